import assert from 'node:assert/strict';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { dkimVerify } from 'mailauth';
import { loadConfig, ConfigError } from '../../../src/config.ts';
import { createLogger } from '../../../src/log.ts';
import { createDkimSigner } from '../../../src/outbound/dkim.ts';
import { outboundData } from '../../../src/outbound/transaction.ts';
import type { Pipeline, SessionInfo, Verdict } from '../../../src/pipeline/types.ts';
import type { Rules } from '../../../src/rules/schema.ts';
import type { QueueItem, Store } from '../../../src/store/types.ts';

const log = createLogger({ log: { level: 'silent', pretty: false } });
const dir = mkdtempSync(join(tmpdir(), 'mm-out-'));
after(() => rmSync(dir, { recursive: true, force: true }));
writeFileSync(join(dir, 'actions.yaml'), 'reject: 15\noutbound:\n  reject: 8\n');

const raw = Buffer.from('From: Alice <alice@example.com>\r\nTo: bob@remote.test, carol@other.test\r\nSubject: hi\r\nDate: Sun, 22 Nov 2026 00:00:00 +0000\r\n\r\nbody\r\n');
const session: SessionInfo = { id: 's', direction: 'outbound', clientIp: '127.0.0.1', clientHostname: null, helo: 'mail.example.com', tls: false, authUser: null, trusted: true };

function fakes(verdict: Partial<Verdict>) {
  const queued: Array<{ items: QueueItem[]; body: Buffer }> = [];
  const learned: Array<[string, readonly string[]]> = [];
  const remembered: Array<[string, string, number]> = [];
  const counts = new Map<string, number>();
  const store = {
    queue: { async enqueue(items: QueueItem[], body: Buffer) { queued.push({ items, body }); } },
    known: { async record(i: string, e: readonly string[]) { learned.push([i, e]); } },
    counters: { async hit(k: string, _w: number, _n: number, by = 1) { counts.set(k, (counts.get(k) ?? 0) + by); return counts.get(k)!; } },
    cache: { async set(k: string, v: string, ttl: number) { remembered.push([k, v, ttl]); }, async get() { return null; } },
  } as unknown as Store;
  const pipeline = {
    async data() { return { score: 0, action: 'accept', symbols: [], reply: null, headers: [], subjectPrefix: null, allowRecipients: [], ...verdict }; },
  } as unknown as Pipeline;
  return { store, pipeline, queued, learned, remembered };
}

const rules = { outbound: { reject: 8 }, symbols: { CLAM_VIRUS: { weight: 0, force: 'reject', description: { en: 'x', ru: 'x' }, source: 'symbols.yaml' } } } as unknown as Rules;

function config(over: Record<string, unknown> = {}) {
  return loadConfig({ env: {}, overrides: { rules: dir, 'smtp.localDomains': ['example.com'], ...over } });
}

const input = { txId: 'TX1', session, envelope: { mailFrom: 'alice@example.com', recipients: ['bob@remote.test', 'carol@other.test', 'dave@remote.test'] }, raw, received: 'Received: from mail.example.com by mx.test; now' };

describe('outbound disposition', () => {
  it('queues one item per domain before answering 250, and learns the recipients', async () => {
    const f = fakes({ score: 1 });
    const r = await outboundData(input, { config: config(), store: f.store, log, pipeline: f.pipeline, rules: () => rules, dkim: null });
    assert.equal(r.reply.code, 250);
    assert.equal(f.queued.length, 1);
    assert.deepEqual(f.queued[0]!.items.map((i) => [i.domain, i.recipients.map((x) => x.address)]), [['remote.test', ['bob@remote.test', 'dave@remote.test']], ['other.test', ['carol@other.test']]]);
    assert.match(f.queued[0]!.body.toString(), /^Received: from mail\.example\.com/);
    assert.deepEqual(f.learned, [['alice@example.com', ['bob@remote.test', 'carol@other.test', 'dave@remote.test']]]);
  });

  it('remembers the sent message\'s Message-ID (hashed) with the external domains, for the reply check, unless that check is off', async () => {
    const withId = { ...input, raw: Buffer.from(raw.toString().replace('Subject: hi', 'Message-ID: <m1@example.com>\r\nSubject: hi')) };
    const f = fakes({});
    assert.equal((await outboundData(withId, { config: config(), store: f.store, log, pipeline: f.pipeline, rules: () => rules, dkim: null })).reply.code, 250);
    // the message, and when the gateway began to remember (for the backscatter rule; and meetings, for the spoofing check)
    assert.deepEqual(f.remembered.map(([k]) => k.replace(/^reply:[\w-]{32}$/, 'reply:<hash>')).sort(), ['invite:since', 'reply:<hash>', 'reply:since']);
    const [key, value, ttl] = f.remembered.find(([k]) => !k.endsWith(':since'))!;
    assert.ok(!key.includes('m1@example.com'), 'only a hash is kept');
    assert.deepEqual(JSON.parse(value), { domains: ['remote.test', 'other.test'], many: false });
    assert.equal(ttl, 90 * 86_400);
    const off = fakes({});
    await outboundData(withId, { config: config(), store: off.store, log, pipeline: off.pipeline, rules: () => ({ ...rules, checks: { reply: { enabled: false } } }) as unknown as Rules, dkim: null });
    assert.deepEqual(off.remembered.map(([k]) => k), ['invite:since'], 'no Message-ID (the spoofing check still starts its memory of meetings)');
    assert.equal(off.learned.length, 1, 'correspondents are still learned');
  });

  it('remembers the meetings a sent message invites to (their UIDs, hashed) for the spoofing check, unless that check is off', async () => {
    const ics = 'BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nBEGIN:VEVENT\r\nUID:meeting-7@example.com\r\nORGANIZER:mailto:alice@example.com\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n';
    const invitation = { ...input, raw: Buffer.from(`From: Alice <alice@example.com>\r\nTo: bob@remote.test\r\nSubject: Review\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nReview\r\n--B\r\nContent-Type: text/calendar; method=REQUEST\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(ics).toString('base64')}\r\n--B--\r\n`) };
    const checks = (c: Record<string, unknown>) => () => ({ ...rules, checks: c }) as unknown as Rules;
    const f = fakes({});
    await outboundData(invitation, { config: config(), store: f.store, log, pipeline: f.pipeline, rules: checks({ reply: { enabled: false } }), dkim: null });
    // when the memory began (once), then the meeting: for a year and more, longer than reply.days (90)
    assert.deepEqual(f.remembered.map(([k, , ttl]) => [k.replace(/^invite:[\w-]{32}$/, 'invite:<hash>'), ttl]), [['invite:since', 10 * 365 * 86_400], ['invite:<hash>', 400 * 86_400]]);
    assert.ok(!f.remembered.some(([k]) => k.includes('meeting-7')), 'only a hash is kept');
    const off = fakes({});
    await outboundData(invitation, { config: config(), store: off.store, log, pipeline: off.pipeline, rules: checks({ reply: { enabled: false }, spoofing: { enabled: false } }), dkim: null });
    assert.equal(off.remembered.length, 0);
  });

  it('learns nothing from mail the server forwards for an outside sender', async () => {
    const f = fakes({});
    const r = await outboundData({ ...input, envelope: { ...input.envelope, mailFrom: 'someone@outside.test' } }, { config: config(), store: f.store, log, pipeline: f.pipeline, rules: () => rules, dkim: null });
    assert.equal(r.reply.code, 250);
    assert.equal(f.learned.length, 0);
  });

  it('refuses outbound spam at the outbound threshold (not the inbound one) and learns nothing', async () => {
    const f = fakes({ score: 9, action: 'tag' });
    const r = await outboundData(input, { config: config(), store: f.store, log, pipeline: f.pipeline, rules: () => rules, dkim: null });
    assert.equal(r.reply.code, 550);
    assert.equal(r.reply.enhanced, '5.7.1');
    assert.equal(f.queued.length, 0);
    assert.equal(f.learned.length, 0);
  });

  it('refuses a virus with the rule reply and passes a tempfail (e.g. clamd down) through', async () => {
    const virus = fakes({ score: 0, action: 'reject', symbols: [{ name: 'CLAM_VIRUS', score: 0, detail: 'Eicar-Test-Signature' }], reply: { code: 554, enhanced: '5.7.1', message: 'Virus found: Eicar-Test-Signature' } });
    const r = await outboundData(input, { config: config(), store: virus.store, log, pipeline: virus.pipeline, rules: () => rules, dkim: null });
    assert.equal(r.reply.code, 554);
    assert.match(r.reply.message, /Eicar/);
    const temp = fakes({ action: 'tempfail', reply: { code: 451, enhanced: '4.3.0', message: 'scanner unavailable' } });
    assert.equal((await outboundData(input, { config: config(), store: temp.store, log, pipeline: temp.pipeline, rules: () => rules, dkim: null })).reply.code, 451);
  });

  it('rate-limits recipients per sender per hour', async () => {
    const f = fakes({});
    const deps = { config: config({ 'smtp.outbound.rateLimitPerHour': 4 }), store: f.store, log, pipeline: f.pipeline, rules: () => rules, dkim: null };
    assert.equal((await outboundData(input, deps)).reply.code, 250);
    const second = await outboundData(input, deps);
    assert.equal(second.reply.code, 450);
    assert.equal(second.reply.enhanced, '4.7.1');
    assert.equal(f.queued.length, 1);
  });

  it('an infrastructure failure is a generic 451 4.3.0', async () => {
    const f = fakes({});
    f.store.queue.enqueue = async () => { throw new Error('disk full'); };
    const r = await outboundData(input, { config: config(), store: f.store, log, pipeline: f.pipeline, rules: () => rules, dkim: null });
    assert.deepEqual([r.reply.code, r.reply.enhanced], [451, '4.3.0']);
    assert.doesNotMatch(r.reply.message, /disk/);
  });

  it('refuses nothing by score when the outbound threshold is off', async () => {
    const f = fakes({ score: 50, action: 'tag' });
    const off = { ...rules, outbound: { reject: null } } as Rules;
    const r = await outboundData(input, { config: config(), store: f.store, log, pipeline: f.pipeline, rules: () => off, dkim: null });
    assert.equal(r.reply.code, 250);
  });
});

describe('DKIM signing', () => {
  it('signs mail of a configured domain so that it verifies against the published key', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyFile = join(dir, 'example.com.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const signer = createDkimSigner([{ domain: 'example.com', selector: 'mm', keyFile }], log);
    const signed = await signer.sign(raw, 'example.com', 'example.com');
    assert.match(signed.toString(), /^DKIM-Signature: .*d=example\.com/s);
    const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const res = await dkimVerify(signed, {
      resolver: async (name: string, type: string) => {
        if (name === 'mm._domainkey.example.com' && type === 'TXT') return [[`v=DKIM1; k=rsa; p=${pub}`]];
        throw Object.assign(new Error('nx'), { code: 'ENOTFOUND' });
      },
    });
    assert.equal(res.results[0]?.status.result, 'pass');
    const other = await signer.sign(raw, 'other.test', 'other.test');
    assert.equal(other, raw, 'other domains are not signed');
  });

  it('the signature holds when the clock moves on while signing (t= is fixed once)', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const keyFile = join(dir, 'clock.pem');
    writeFileSync(keyFile, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const signer = createDkimSigner([{ domain: 'example.com', selector: 'mm', keyFile }], log);
    const realNow = Date.now;
    let now = Math.floor(realNow() / 1000) * 1000;
    Date.now = () => (now += 1000); // every reading of the clock is a second later
    let signed: Buffer;
    try {
      signed = await signer.sign(raw, 'example.com', 'example.com');
    } finally {
      Date.now = realNow;
    }
    const pub = publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
    const res = await dkimVerify(signed, {
      resolver: async (name: string, type: string) => {
        if (name === 'mm._domainkey.example.com' && type === 'TXT') return [[`v=DKIM1; k=rsa; p=${pub}`]];
        throw Object.assign(new Error('nx'), { code: 'ENOTFOUND' });
      },
    });
    assert.equal(res.results[0]?.status.result, 'pass', JSON.stringify(res.results[0]?.status));
  });

  it('an unreadable key stops the start with the key path', () => {
    assert.throws(() => createDkimSigner([{ domain: 'example.com', selector: 'mm', keyFile: join(dir, 'missing.pem') }], log),
      (err: unknown) => err instanceof ConfigError && /delivery\.dkim\.0\.keyFile/.test(err.message));
  });
});
