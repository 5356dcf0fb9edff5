import assert from 'node:assert/strict';
import { test } from 'node:test';
import pino from 'pino';
import { authCheck } from '../../../src/pipeline/checks/auth.ts';
import { headersCheck } from '../../../src/pipeline/checks/headers.ts';
import { heloCheck } from '../../../src/pipeline/checks/helo.ts';
import { parseMessage } from '../../../src/pipeline/index.ts';
import { decidingEntry, listsCheck } from '../../../src/pipeline/checks/lists.ts';
import type { AuthResults, CheckDeps, DataContext } from '../../../src/pipeline/types.ts';
import { startQuarantineExpiry } from '../../../src/quarantine/expire.ts';
import type { ListEntry, QuarantineItem } from '../../../src/store/types.ts';
import { fakeStore } from './fake-store.ts';
import { authResults, quietLog, session, testConfig } from './util.ts';

const deps = <O>(options: O, store = fakeStore()): CheckDeps<O> => ({ options, config: testConfig(), store, log: quietLog, signal: new AbortController().signal });

const entry = (owner: string, kind: 'allow' | 'block', address: string): ListEntry => ({ id: address, owner, kind, address, createdAt: 0 });

test("lists: the recipient's own entry beats the global one; the most specific entry wins", () => {
  const es = [entry('', 'block', '@spam.test'), entry('bob@example.com', 'allow', 'news@spam.test'), entry('bob@example.com', 'block', '@spam.test')];
  assert.equal(decidingEntry(es, 'bob@example.com')!.kind, 'allow');
  assert.equal(decidingEntry(es, 'carol@example.com')!.owner, '');
  assert.equal(decidingEntry([entry('bob@example.com', 'allow', '@spam.test'), entry('bob@example.com', 'block', '@spam.test')], 'bob@example.com')!.kind, 'block');
  assert.equal(decidingEntry([], 'bob@example.com'), null);
});

test('lists check: symbols by scope and kind; the null sender is never listed', async () => {
  const store = fakeStore();
  await store.lists.add('', 'block', '@evil.test');
  await store.lists.add('bob@example.com', 'allow', 'friend@pal.test');
  const run = (mailFrom: string, recipient: string) => listsCheck.run({ session: session(), mailFrom, recipient }, deps({}, store));
  assert.deepEqual((await run('x@mail.evil.test', 'bob@example.com')).map((h) => h.symbol), ['LIST_GLOBAL_BLOCK']);
  assert.deepEqual((await run('friend@pal.test', 'Bob@Example.com')).map((h) => h.symbol), ['LIST_USER_ALLOW']);
  assert.deepEqual(await run('friend@pal.test', 'carol@example.com'), []);
  assert.deepEqual(await run('', 'bob@example.com'), []);
});

test('helo check: bare IP, single word, localhost, our own name; address literals and FQDNs are fine', async () => {
  const run = async (helo: string) => (await heloCheck.run({ session: session({ helo }) }, deps({}))).map((h) => h.symbol);
  assert.deepEqual(await run('192.0.2.1'), ['HELO_BARE_IP']);
  assert.deepEqual(await run('desktop'), ['HELO_NOT_FQDN']);
  assert.deepEqual(await run('localhost'), ['HELO_LOCALHOST']);
  assert.deepEqual(await run('example.com'), ['HELO_OUR_NAME']);
  assert.deepEqual(await run('[192.0.2.1]'), []);
  assert.deepEqual(await run('mail.sender.example'), []);
  assert.deepEqual(await heloCheck.run({ session: session({ helo: 'localhost', trusted: true }) }, deps({})), []);
});

function authCtx(a: Partial<AuthResults>): DataContext {
  const full = authResults({ fromDomain: 'sender.example', ...a });
  return { session: session(), envelope: { mailFrom: 'a@sender.example', recipients: ['b@example.com'] }, raw: Buffer.from(''), parsed: async () => { throw new Error('unused'); }, auth: async () => full };
}

test('auth check maps SPF/DKIM/DMARC/ARC results to symbols, with the DMARC policy', async () => {
  const run = async (a: Partial<AuthResults>) => (await authCheck.run(authCtx(a), deps({}))).map((h) => h.symbol).sort();
  assert.deepEqual(await run({ spf: 'pass', dkim: 'pass', dkimPass: ['sender.example'], dmarc: 'pass', arc: 'pass' }), ['ARC_PASS', 'DKIM_PASS', 'DMARC_PASS', 'SPF_PASS']);
  assert.deepEqual(await run({ spf: 'fail', dkim: 'fail', dmarc: 'fail', dmarcPolicy: 'reject' }), ['DKIM_FAIL', 'DMARC_FAIL_REJECT', 'SPF_FAIL']);
  assert.deepEqual(await run({ spf: 'softfail', dmarc: 'fail', dmarcPolicy: 'quarantine', arc: 'fail' }), ['ARC_FAIL', 'DKIM_NONE', 'DMARC_FAIL_QUARANTINE', 'SPF_SOFTFAIL']);
  assert.deepEqual(await run({ spf: 'temperror', dkim: 'temperror', dmarc: 'temperror' }), ['DKIM_ERROR', 'DMARC_ERROR', 'SPF_ERROR']);
  assert.deepEqual(await run({ dmarc: 'fail', dmarcPolicy: 'none' }), ['DKIM_NONE', 'DMARC_FAIL_NONE', 'SPF_NONE']);
});

test('quarantine expiry removes what is due, keeps the rest, and counts', async () => {
  const store = fakeStore();
  const item = (id: string, kind: QuarantineItem['kind'], expiresAt: number): QuarantineItem => ({
    id, kind, direction: 'inbound', receivedAt: 0, expiresAt, mailFrom: '', recipients: [], from: '', subject: '', score: 0, action: 'quarantine', symbols: [], clientIp: '', helo: '', size: 0,
  });
  await store.quarantine.put(item('old', 'quarantine', 1000), Buffer.from('x'));
  await store.quarantine.put(item('old-rejected', 'rejected', 1500), Buffer.from('x'));
  await store.quarantine.put(item('new', 'quarantine', 5000), Buffer.from('x'));
  const job = startQuarantineExpiry(store, pino({ level: 'silent' }), 3600_000, () => 2000);
  try {
    assert.equal(await job.runOnce(), 2);
    assert.equal(await store.quarantine.count(), 1);
    assert.ok(await store.quarantine.get('new'));
  } finally {
    job.stop();
  }
});

test('headers check: missing Date, Message-ID, From; a Date far in the future', async () => {
  const run = async (raw: string) => {
    const buf = Buffer.from(raw);
    const ctx: DataContext = { session: session(), envelope: { mailFrom: 'a@x.example', recipients: ['b@example.com'] }, raw: buf, parsed: () => parseMessage(buf), auth: async () => { throw new Error('unused'); } };
    return (await headersCheck.run(ctx, deps({ futureToleranceHours: 24 }))).map((h) => h.symbol).sort();
  };
  assert.deepEqual(await run('Subject: x\r\n\r\nbody\r\n'), ['HEADER_MISSING_DATE', 'HEADER_MISSING_FROM', 'HEADER_MISSING_MESSAGE_ID']);
  assert.deepEqual(await run(`From: a@x.example\r\nDate: ${new Date().toUTCString()}\r\nMessage-ID: <1@x.example>\r\n\r\nbody\r\n`), []);
  assert.deepEqual(await run(`From: a@x.example\r\nDate: ${new Date(Date.now() + 3 * 86400_000).toUTCString()}\r\nMessage-ID: <1@x.example>\r\n\r\nbody\r\n`), ['HEADER_DATE_FUTURE']);
  // parts nested 300 deep: the MIME parser refuses the message, so every content check would fail
  // and add nothing; MIME_UNREADABLE (force: reject) judges it instead
  let nested = 'Content-Type: text/plain\r\n\r\nbuy now\r\n';
  for (let i = 0; i < 300; i++) nested = `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n${nested}--b${i}--\r\n`;
  const buf = Buffer.from(`From: a@x.example\r\nMIME-Version: 1.0\r\n${nested}`);
  const ctx: DataContext = { session: session(), envelope: { mailFrom: 'a@x.example', recipients: ['b@example.com'] }, raw: buf, parsed: () => parseMessage(buf), auth: async () => { throw new Error('unused'); } };
  assert.deepEqual((await headersCheck.run(ctx, deps({ futureToleranceHours: 24 }))).map((h) => [h.symbol, h.detail]), [['MIME_UNREADABLE', 'Maximum MIME nesting depth of 256 levels exceeded']]);
});
