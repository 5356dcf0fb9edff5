// The content checks on the Redis store (what a cluster shares): `mailmoat train` into Redis,
// then BAYES_SPAM, BULK_LOW and a virus reject through SMTP with a real clamd; a spam trap hit on one
// node marks the sender for a second node on the same Redis.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { EICAR, startClamd, type Clamd } from '../helpers/clamd.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { startRedis, type RedisServer } from '../helpers/redis.ts';
import { rawSmtp, startSink, type Sink } from '../helpers/sink.ts';
import { waitFor } from '../helpers/ports.ts';
import { syntheticMail } from '../helpers/synthetic-mail.ts';

const exec = promisify(execFile);
const synth = syntheticMail(11);

async function send(port: number, rcpt: string, raw: string): Promise<{ code: number; text: string }> {
  const c = await rawSmtp(port);
  try {
    await c.read();
    await c.cmd('EHLO client.sender.test');
    await c.cmd('MAIL FROM:<someone@sender.test>');
    assert.equal((await c.cmd(`RCPT TO:<${rcpt}>`)).code, 250);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write(raw.replace(/^\./gm, '..') + '.\r\n');
    const r = await c.read(60000);
    return { code: r.code, text: r.text };
  } finally {
    c.close();
  }
}
const statusOf = (raw: Buffer): string => /X-Spam-Status: ([^\r\n]*)/.exec(raw.toString('utf8'))?.[1] ?? '';

describe('content checks on the Redis store', () => {
  let dir: string;
  let redis: RedisServer;
  let clamd: Clamd;
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-content-redis-'));
    const rules = join(dir, 'rules');
    cpSync(join(REPO_ROOT, 'rules'), rules, { recursive: true });
    writeFileSync(join(rules, 'checks.yaml'), readFileSync(join(rules, 'checks.yaml'), 'utf8').replace(/^(\s+low:) \d+/m, '$1 2')
      .replace(/^ {2}addresses: \[\]$/m, '  addresses: [old.sales@example.com]'));
    for (const k of ['spam', 'ham']) {
      mkdirSync(join(dir, k));
      for (let i = 0; i < 25; i++) writeFileSync(join(dir, k, `${i}.eml`), synth(k as 'spam' | 'ham', i));
    }
    [redis, clamd, sink] = await Promise.all([startRedis(), startClamd(), startSink()]);
    gw = await startGateway({
      rulesDir: rules,
      config: {
        store: { redis: redis.url }, backend: { host: '127.0.0.1', port: sink.port }, bayes: { minSpam: 10, minHam: 10 },
        clamav: { enabled: true, host: clamd.host, port: clamd.port, timeoutMs: 20000 },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await Promise.all([sink?.stop(), clamd?.stop(), redis?.stop()]);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('train into Redis, then spam gets BAYES_SPAM, repeated text BULK_LOW, EICAR 554', async () => {
    const { stdout } = await exec(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'train', '--spam', join(dir, 'spam'), '--ham', join(dir, 'ham'), '--config', gw.configFile], { cwd: dir });
    assert.match(stdout, /learned 25 spam and 25 ham/);
    const before = sink.messages.length;
    assert.equal((await send(gw.smtpPort, 'bob@example.com', synth('spam', 500))).code, 250);
    const letter = (n: string): string => `From: news@shop.test\r\nTo: x@example.com\r\nSubject: Weekly news\r\n\r\nHello ${n},\r\nthis week we have new arrivals in the garden section, fresh offers on tools and a workshop on Saturday morning for everyone who likes plants.\r\n`;
    await send(gw.smtpPort, 'anna@example.com', letter('Anna'));
    await send(gw.smtpPort, 'boris@example.com', letter('Boris'));
    const got = sink.messages.slice(before);
    assert.match(statusOf(got[0]!.raw), /BAYES_SPAM/);
    assert.doesNotMatch(statusOf(got[1]!.raw), /BULK_/);
    assert.match(statusOf(got[2]!.raw), /BULK_LOW/);
    const virus = `From: a@b.test\r\nTo: bob@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=Z\r\n\r\n--Z\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${EICAR.toString('base64')}\r\n--Z--\r\n`;
    const r = await send(gw.smtpPort, 'bob@example.com', virus);
    assert.equal(r.code, 554);
    assert.match(r.text, /5\.7\.1 .*Eicar-Test-Signature/);
  });

  test('a model learned on the embedded store moves to Redis (bayes export, import) and scores there as before', async () => {
    const redis2 = await startRedis();
    try {
      const mailmoat = (args: string[], env: Record<string, string>) =>
        exec(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), ...args], { cwd: dir, env: { ...process.env, MAILMOAT_RULES: join(dir, 'rules'), MAILMOAT_BAYES_MIN_SPAM: '10', MAILMOAT_BAYES_MIN_HAM: '10', MAILMOAT_CLAMAV_ENABLED: 'false', ...env } });
      const embedded = { MAILMOAT_DATADIR: join(dir, 'trial') };
      const cluster = { MAILMOAT_DATADIR: join(dir, 'node'), MAILMOAT_STORE_REDIS: redis2.url };
      await mailmoat(['train', '--spam', join(dir, 'spam'), '--ham', join(dir, 'ham')], embedded);
      const model = join(dir, 'model.jsonl.gz');
      await mailmoat(['bayes', 'export', model], embedded);
      const { stdout } = await mailmoat(['bayes', 'import', model], cluster);
      assert.match(stdout, /imported 25 spam and 25 ham learned: \d+ features, 50 message signatures, .* into Redis/);
      const spam = join(dir, 'probe.eml');
      writeFileSync(spam, synth('spam', 700));
      const bayesOf = async (env: Record<string, string>): Promise<string> => {
        const out = JSON.parse((await mailmoat(['classify', spam], env)).stdout) as { symbols: Array<{ name: string; detail?: string }> };
        const hit = out.symbols.find((x) => x.name.startsWith('BAYES_'));
        return `${hit?.name} ${hit?.detail}`;
      };
      const before = await bayesOf(embedded);
      assert.match(before, /^BAYES_SPAM P\(spam\)=/);
      assert.equal(await bayesOf(cluster), before, 'the same symbol and P(spam) from Redis');
    } finally {
      await redis2.stop();
    }
  });

  test('a spam trap hit on one node marks its sender and its text for another node on the same Redis', async () => {
    const token = 'second-node-api-token-0123';
    const node2 = await startGateway({ rulesDir: join(dir, 'rules'), config: { store: { redis: redis.url }, backend: { host: '127.0.0.1', port: sink.port }, clamav: { enabled: false }, admin: { apiToken: token } } });
    try {
      const offer = (name: string, n: number): string => `From: deals@offers.test\r\nTo: x@example.com\r\nSubject: Exclusive offer ${n}\r\n\r\nDear ${name},\r\nonly today you can order our premium replica watches with a discount of ${n} percent and free express shipping to your door, pay by card or bank transfer.\r\n`;
      const before = sink.messages.length;
      const trapped = await send(gw.smtpPort, 'old.sales@example.com', offer('Anna', 40));
      assert.equal(trapped.code, 250, trapped.text);
      assert.equal(sink.messages.length, before, 'nothing delivered for the trap');
      // the second node has seen neither: its score comes from the marks the first node left in Redis
      const copy = await send(node2.smtpPort, 'bob@example.com', offer('Boris', 55));
      assert.equal(copy.code, 550, copy.text);
      assert.equal(sink.messages.length, before);
      // the message log (in Redis too) has the copy's symbols; its entry is written as the reply goes out
      const logged = await waitFor(async () => {
        const res = await fetch(`http://127.0.0.1:${node2.webPort}/api/admin/log?subject=${encodeURIComponent('Exclusive offer 55')}`, { headers: { authorization: `Bearer ${token}` } });
        return ((await res.json()) as { items: Array<{ symbols: Array<{ name: string }> }> }).items[0];
      }, 5000, 'the copy in the message log');
      const names = logged.symbols.map((s) => s.name);
      assert.ok(names.includes('SPAMTRAP_IP') && names.includes('SPAMTRAP_FUZZY'), names.join(','));
    } finally {
      await node2.cleanup();
    }
  });
});
