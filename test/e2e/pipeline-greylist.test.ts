// Greylisting through the real gateway (mode "all": deferral at RCPT), small delays, and two
// gateway nodes sharing one real redis-server.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { startRedis, type RedisServer } from '../helpers/redis.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { smtpSend } from './pipeline-client.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const cleanups: Array<() => Promise<unknown>> = [];
after(async () => { for (const c of cleanups.reverse()) await c(); });

async function sinkAndGateway(config: Record<string, unknown>, rulesDir?: string): Promise<{ sink: Sink; gw: Gateway }> {
  const sink = await startSink();
  cleanups.push(() => sink.stop());
  const gw = await startGateway({ rulesDir, config: { backend: { host: '127.0.0.1', port: sink.port }, ...config } as never });
  cleanups.push(() => gw.cleanup());
  return { sink, gw };
}

test('greylisting: first try and early retry deferred, retry after the delay passes (also from the same /24), another /24 deferred, expiry starts over', async () => {
  const { sink, gw } = await sinkAndGateway({ greylist: { enabled: true, mode: 'all', delay: 2, window: 60, expire: 5 } });
  const send = (ip: string, subject: string) => smtpSend({ port: gw.smtpPort, localAddress: ip, from: 'news@sender.test', to: ['bob@example.com'], subject });
  const first = await send('127.0.1.2', 'first');
  assert.match(first.rcpt[0]!, /^451 4\.7\.1/);
  const early = await send('127.0.1.2', 'early');
  assert.match(early.rcpt[0]!, /^451 4\.7\.1/);
  await sleep(2200);
  const retry = await send('127.0.1.3', 'retry');
  assert.match(retry.rcpt[0]!, /^250/, 'a retry from the same /24 after the delay passes');
  assert.match(retry.final, /^250/);
  assert.ok(sink.messages.some((m) => m.data.toString().includes('Subject: retry')));
  const otherNet = await send('127.0.2.2', 'other net');
  assert.match(otherNet.rcpt[0]!, /^451 4\.7\.1/, 'another /24 is a new triplet');
  await sleep(6000);
  const expired = await send('127.0.1.2', 'expired');
  assert.match(expired.rcpt[0]!, /^451 4\.7\.1/, 'after the expiry without mail it is greylisted again');
  assert.equal(sink.messages.filter((m) => /Subject: (first|early|other net|expired)/.test(m.data.toString())).length, 0);
});

test('two gateway nodes sharing Redis share greylisting: first try on A, retry on B passes', async () => {
  const redis: RedisServer = await startRedis();
  cleanups.push(() => redis.stop());
  const config = { store: { redis: redis.url }, greylist: { enabled: true, mode: 'all', delay: 1, window: 60, expire: 600 } };
  const a = await sinkAndGateway(config);
  const b = await sinkAndGateway(config);
  const onA = await smtpSend({ port: a.gw.smtpPort, localAddress: '127.0.3.2', from: 'shared@sender.test', to: ['bob@example.com'], subject: 'node a' });
  assert.match(onA.rcpt[0]!, /^451 4\.7\.1/);
  const earlyB = await smtpSend({ port: b.gw.smtpPort, localAddress: '127.0.3.2', from: 'shared@sender.test', to: ['bob@example.com'], subject: 'node b early' });
  assert.match(earlyB.rcpt[0]!, /^451 4\.7\.1/, 'node B knows the triplet is still within its delay');
  await sleep(1300);
  const onB = await smtpSend({ port: b.gw.smtpPort, localAddress: '127.0.3.2', from: 'shared@sender.test', to: ['bob@example.com'], subject: 'node b' });
  assert.match(onB.rcpt[0]!, /^250/);
  assert.match(onB.final, /^250/);
  assert.equal(b.sink.messages.length, 1);
});

test('mode suspicious: only a message scoring at the greylist threshold is deferred (451 4.7.1 after DATA), and its retry passes', async () => {
  const rulesDir = mkdtempSync(join(tmpdir(), 'mm-e2e-rules-'));
  cleanups.push(async () => rmSync(rulesDir, { recursive: true, force: true }));
  cpSync(join(REPO_ROOT, 'rules'), rulesDir, { recursive: true });
  writeFileSync(join(rulesDir, 'dnsbl.yaml'), 'lists: []\n');
  // HELO_LOCALHOST (2) reaches greylist: 1 but not tag: 5
  writeFileSync(join(rulesDir, 'actions.yaml'), readFileSync(join(rulesDir, 'actions.yaml'), 'utf8').replace(/^greylist: .*$/m, 'greylist: 1'));
  const { sink, gw } = await sinkAndGateway({ greylist: { enabled: true, mode: 'suspicious', delay: 1, window: 60, expire: 600 } }, rulesDir);
  const clean = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.4.2', helo: 'mail.sender.test', to: ['bob@example.com'], subject: 'clean' });
  assert.match(clean.final, /^250/, 'a low score is not greylisted');
  const suspicious = () => smtpSend({ port: gw.smtpPort, localAddress: '127.0.5.2', helo: 'localhost', from: 'bot@sender.test', to: ['bob@example.com'], subject: 'suspicious' });
  const first = await suspicious();
  assert.match(first.rcpt[0]!, /^250/);
  assert.match(first.final, /^451 4\.7\.1/);
  await sleep(1200);
  const retry = await suspicious();
  assert.match(retry.final, /^250/);
  const delivered = sink.messages.filter((m) => m.data.toString().includes('Subject: suspicious'));
  assert.equal(delivered.length, 1);
  assert.match(delivered[0]!.data.toString(), /X-Spam-Status: No, score=[\d.]+ required=5 tests=.*GREYLIST_PASSED/);
});
