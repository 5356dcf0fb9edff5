// Bayes and bulk fingerprints end to end: `mailmoat train` from an mbox and a maildir of
// multilingual mail (KOI8-R, windows-1251, ISO-8859-x, UTF-8) into the gateway's store, then mail
// through SMTP carries BAYES_SPAM / BAYES_HAM; near-identical mail to many recipients carries
// BULK_*; a fingerprint blocked through the web UI's API gives FUZZY_BLOCKED.
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import pino from 'pino';
import { blockMessageFingerprint } from '../../src/fuzzy/block.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { rawSmtp, startSink, type Sink } from '../helpers/sink.ts';

const exec = promisify(execFile);
const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'mail');

const SPAM = {
  en: ['cheap', 'pills', 'casino', 'winner', 'lottery', 'prize', 'claim', 'urgent', 'discount', 'credit', 'bitcoin', 'investment', 'guaranteed', 'free', 'click'],
  ru: ['скидка', 'бесплатно', 'выигрыш', 'казино', 'кредит', 'срочно', 'акция', 'подарок', 'заработок', 'реклама'],
};
const HAM = {
  en: ['meeting', 'agenda', 'project', 'report', 'review', 'schedule', 'minutes', 'budget', 'deadline', 'team', 'draft', 'invoice', 'attached', 'thanks', 'regards'],
  ru: ['совещание', 'проект', 'отчёт', 'бюджет', 'сроки', 'договор', 'коллеги', 'протокол', 'замечания', 'план'],
};
const FILL = ['the', 'a', 'to', 'of', 'and', 'in', 'for', 'is', 'on', 'with', 'и', 'в', 'на', 'по'];

let seed = 7;
const rnd = (): number => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function synth(kind: 'spam' | 'ham', i: number): string {
  const v = kind === 'spam' ? [...SPAM.en, ...SPAM.ru] : [...HAM.en, ...HAM.ru];
  const words = Array.from({ length: 50 }, () => (rnd() < 0.5 ? pick(v) : pick(FILL)));
  const from = kind === 'spam' ? `offers${i}@promo${i % 4}.test` : `colleague${i % 5}@partner.test`;
  return `From: ${from}\r\nTo: user@example.com\r\nSubject: ${pick(v)} ${pick(v)}\r\nMessage-ID: <${kind}${i}@t.test>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${words.join(' ')}\r\n`;
}

async function send(port: number, rcpt: string, raw: string): Promise<number> {
  const c = await rawSmtp(port);
  try {
    await c.read();
    await c.cmd('EHLO client.sender.test');
    await c.cmd('MAIL FROM:<news@sender.test>');
    assert.equal((await c.cmd(`RCPT TO:<${rcpt}>`)).code, 250);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write(raw.replace(/^\./gm, '..') + '.\r\n');
    return (await c.read(60000)).code;
  } finally {
    c.close();
  }
}

const statusOf = (raw: Buffer): string => /X-Spam-Status: ([^\r\n]*)/.exec(raw.toString('utf8'))?.[1] ?? '';

describe('bayes and bulk through the gateway', () => {
  let dir: string;
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-content-'));
    // rules with low bulk thresholds so a handful of copies count as bulk, and a BAYES_SPAM
    // threshold for a model of 34 + 34 messages (the default is chosen for a trained corpus)
    const rules = join(dir, 'rules');
    cpSync(join(REPO_ROOT, 'rules'), rules, { recursive: true });
    const checks = readFileSync(join(rules, 'checks.yaml'), 'utf8')
      .replace(/^(\s+low:) \d+/m, '$1 2').replace(/^(\s+medium:) \d+/m, '$1 3').replace(/^(\s+high:) \d+/m, '$1 50')
      .replace(/^(\s+spamThreshold:) [\d.]+/m, '$1 0.8').replace(/^(\s+likelySpamThreshold:) [\d.]+/m, '$1 0.8');
    writeFileSync(join(rules, 'checks.yaml'), checks);
    // spam as an mbox (with the multilingual spam fixtures), ham as a maildir (with the ham fixtures)
    const fixtures = readdirSync(FIXTURES);
    // messages as bytes (fixtures are in their own charsets); mbox lines start "From " and body
    // lines that start with "From " are escaped as ">From "
    const spamMsgs = [...Array.from({ length: 30 }, (_, i) => Buffer.from(synth('spam', i), 'utf8')), ...fixtures.filter((f) => f.includes('-spam')).map((f) => readFileSync(join(FIXTURES, f)))];
    writeFileSync(join(dir, 'spam.mbox'), Buffer.concat(spamMsgs.map((m) => Buffer.from(`From MAILER-DAEMON Mon Mar  3 10:00:00 2025\n${m.toString('latin1').replace(/\r\n/g, '\n').replace(/^From /gm, '>From ')}\n`, 'latin1'))));
    for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(dir, 'ham', sub), { recursive: true });
    Array.from({ length: 30 }, (_, i) => synth('ham', i)).forEach((m, i) => writeFileSync(join(dir, 'ham', i % 2 ? 'cur' : 'new', `${1700000000 + i}.M${i}.host:2,S`), m));
    for (const f of fixtures.filter((x) => x.includes('-ham'))) cpSync(join(FIXTURES, f), join(dir, 'ham', 'cur', f));

    sink = await startSink();
    gw = await startGateway({ rulesDir: rules, config: { backend: { host: '127.0.0.1', port: sink.port }, bayes: { minSpam: 10, minHam: 10 } } });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test('mailmoat train learns an mbox and a maildir and reports counts; a second run learns nothing new; --reset starts over', async () => {
    // an untrained classifier adds nothing: the start log says so, with what it needs
    for (let i = 0; i < 50 && !/Bayes classifier/.test(gw.logs()); i++) await new Promise((r) => setTimeout(r, 100));
    assert.match(gw.logs(), /Bayes classifier NOT scoring yet: 0 of 10 spam and 0 of 10 ham learned/);
    const args = [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'train', '--spam', join(dir, 'spam.mbox'), '--ham', join(dir, 'ham'), '--config', gw.configFile];
    const first = await exec(process.execPath, args, { cwd: dir });
    assert.match(first.stdout, /learned 34 spam and 34 ham/);
    // the summary names the store it wrote to: the running gateway's file, which existed already
    assert.ok(first.stdout.includes(`embedded store ${join(gw.dataDir, 'mailmoat.db')} now holds 34 spam, 34 ham`), first.stdout);
    assert.doesNotMatch(first.stderr, /no store at/);
    const again = await exec(process.execPath, args, { cwd: dir });
    assert.match(again.stdout, /learned 0 spam and 0 ham .*68 already learned/);
    const reset = await exec(process.execPath, [...args, '--reset'], { cwd: dir });
    assert.match(reset.stderr, /the Bayes model was cleared/);
    assert.match(reset.stdout, /learned 34 spam and 34 ham/);
    assert.match(reset.stdout, /mailmoat.db now holds 34 spam, 34 ham/);
  });

  test('train against a dataDir that holds no store (not the gateway\'s) says so before it creates one', async () => {
    const elsewhere = join(dir, 'elsewhere');
    const res = await exec(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'train', '--spam', join(dir, 'spam.mbox'), '--ham', join(dir, 'ham'), '--config', gw.configFile],
      { cwd: dir, env: { ...process.env, MAILMOAT_DATADIR: elsewhere } });
    assert.ok(res.stderr.includes(`no store at ${join(elsewhere, 'mailmoat.db')} yet, creating a new one`), res.stderr);
    assert.ok(res.stdout.includes(`embedded store ${join(elsewhere, 'mailmoat.db')} now holds 34 spam, 34 ham`), res.stdout);
  });

  test('Ctrl-C (SIGINT) during a long train stops after the current message and keeps what was learned (exit 130)', async () => {
    const corpus = join(REPO_ROOT, 'node_modules', '@stdlib', 'datasets-spam-assassin', 'data');
    const elsewhere = join(dir, 'interrupted');
    const child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'train', '--spam', join(corpus, 'spam-1'), '--ham', join(corpus, 'easy-ham-1'), '--config', gw.configFile],
      { cwd: dir, env: { ...process.env, MAILMOAT_DATADIR: elsewhere } });
    let stdout = ''; let stderr = '';
    child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); if (/learning: \d+\/\d+ messages read/.test(stderr) && !child.killed) child.kill('SIGINT'); });
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    assert.equal(code, 130, stdout + stderr);
    assert.match(stderr, /interrupted; writing what was learned so far/);
    assert.match(stdout, /interrupted before every message was learned/);
    const m = /now holds (\d+) spam, (\d+) ham, (\d+) tokens/.exec(stdout);
    assert.ok(m, stdout);
    const learned = Number(m[1]) + Number(m[2]);
    assert.ok(learned > 0 && learned < 3000, `${learned} of 3000 learned before the interrupt`);
    assert.ok(Number(m[3]) > 1000, 'their features were written back');
  });

  test('new spam gets BAYES_SPAM and new ham BAYES_HAM in X-Spam-Status', async () => {
    const before = sink.messages.length;
    assert.equal(await send(gw.smtpPort, 'bob@example.com', synth('spam', 1001)), 250);
    assert.equal(await send(gw.smtpPort, 'bob@example.com', synth('ham', 1002)), 250);
    // Russian spam in windows-1251 though it was learned from KOI8-R: same tokens
    const ru = readFileSync(join(FIXTURES, 'ru-koi8r-spam.eml'), 'latin1');
    const bytes = Buffer.from(new TextDecoder('koi8-r').decode(Buffer.from(ru.split('\r\n\r\n').slice(1).join('\r\n\r\n'), 'latin1')), 'utf8');
    const cp1251 = `From: Promo <promo@skidki-mega.test>\r\nTo: bob@example.com\r\nSubject: скидки\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(new TextEncoderCp1251().encode(bytes.toString('utf8'))).toString('base64')}\r\n`;
    assert.equal(await send(gw.smtpPort, 'bob@example.com', cp1251), 250);
    const got = sink.messages.slice(before);
    assert.equal(got.length, 3);
    assert.match(statusOf(got[0]!.raw), /BAYES_SPAM/);
    assert.match(statusOf(got[1]!.raw), /BAYES_HAM/);
    assert.match(statusOf(got[2]!.raw), /BAYES_SPAM/);
  });

  test('mailmoat classify --explain lists the features that pulled each way; without it the output is the contract\'s three keys', async () => {
    const file = join(dir, 'explain-me.eml');
    writeFileSync(file, synth('spam', 2001));
    const bin = join(REPO_ROOT, 'bin', 'mailmoat.js');
    const plain = JSON.parse((await exec(process.execPath, [bin, 'classify', file, '--config', gw.configFile], { cwd: dir })).stdout) as Record<string, unknown>;
    assert.deepEqual(Object.keys(plain), ['score', 'action', 'symbols']);
    const { stdout } = await exec(process.execPath, [bin, 'classify', file, '--explain', '--config', gw.configFile], { cwd: dir });
    const r = JSON.parse(stdout) as { bayes: { probability: number; learned: { spam: number; ham: number }; spam: Array<{ family: string; text: string; weight: number }>; ham: unknown[] } };
    assert.ok(r.bayes.probability > 0.9, stdout);
    assert.ok(r.bayes.learned.spam > 0 && r.bayes.learned.ham > 0);
    assert.ok(r.bayes.spam.length > 0 && r.bayes.spam.length <= 15);
    const spamWords = new Set([...SPAM.en, ...SPAM.ru].map((w) => w.toLowerCase()));
    assert.ok(r.bayes.spam.some((c) => c.text.split(' ').some((w) => spamWords.has(w) || [...spamWords].some((s) => s.startsWith(w)))), JSON.stringify(r.bayes.spam));
  });

  /** one copy to each name's mailbox: the first is no bulk, the second BULK_LOW, the fourth BULK_MEDIUM (the test rules' thresholds 2 and 3) */
  async function assertBulkByVolume(names: readonly string[], copy: (name: string, i: number) => string): Promise<void> {
    const before = sink.messages.length;
    for (const [i, n] of names.entries()) assert.equal(await send(gw.smtpPort, `${n.toLowerCase()}@example.com`, copy(n, i)), 250);
    const statuses = sink.messages.slice(before).map((m) => statusOf(m.raw));
    assert.doesNotMatch(statuses[0]!, /BULK_/);
    assert.match(statuses[1]!, /BULK_LOW/);
    assert.match(statuses[3]!, /BULK_MEDIUM/);
  }

  test('near-identical newsletters to several recipients get BULK_* by volume', async () => {
    const letter = (name: string, n: number): string => `From: Shop <news@shop.test>\r\nTo: ${name}@example.com\r\nSubject: Spring collection\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nDear ${name},\r\n\r\nour new spring collection has arrived in all stores and online. Order number ${n} gives you free delivery on every order this week.\r\nSee the collection at https://shop.test/spring?uid=${n}&utm_campaign=spring and find your favourite pieces.\r\nBest wishes, your shop team\r\n`;
    await assertBulkByVolume(['Alice', 'Boris', 'Chiara', 'Dmitri'], (n, i) => letter(n, 1000 + i));
  });

  test('the same calendar invitation to several recipients gets BULK_* though the mail itself says next to nothing', async () => {
    const invite = (name: string, n: number): string => {
      const ics = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', `UID:${n}@webinar.test`, 'SUMMARY:Exclusive investment webinar',
        `DESCRIPTION:Dear ${name}, join our free online seminar and learn how ordinary people double their savings with crypto trading in four weeks. Reserve seat ${n} now, places are limited.`,
        'DTSTART:20270115T090000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
      return `From: Events <events@webinar.test>\r\nTo: ${name}@example.com\r\nSubject: Invitation\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nYou have been invited.\r\n--B\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n${ics}--B--\r\n`;
    };
    await assertBulkByVolume(['Elena', 'Franz', 'Giorgos', 'Hanna'], (n, i) => invite(n, 2000 + i));
  });

  test('a fingerprint blocked through blockMessageFingerprint gives FUZZY_BLOCKED (mailmoat classify)', async () => {
    const reported = `From: x@scam.test\r\nTo: bob@example.com\r\nSubject: Account notice\r\n\r\nDear Customer,\r\nyour account has been suspended. Confirm your details within 24 hours at https://verify.scam.test/login?id=111 or it will be closed permanently. Security department\r\n`;
    const { openEmbeddedStore } = await import('../../src/store/embedded/index.ts');
    const store = await openEmbeddedStore(join(gw.dataDir), pino({ level: 'silent' }));
    try {
      const hashes = await blockMessageFingerprint(store, Buffer.from(reported), 'reported by admin');
      assert.equal(hashes.length, 8);
    } finally {
      await store.close();
    }
    const variant = join(dir, 'variant.eml');
    writeFileSync(variant, reported.replace('Customer', 'Maria').replace('id=111', 'id=98765'));
    const { stdout } = await exec(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'classify', variant, '--config', gw.configFile], { cwd: dir });
    const result = JSON.parse(stdout) as { symbols: Array<{ name: string }> };
    assert.ok(result.symbols.some((s) => s.name === 'FUZZY_BLOCKED'), stdout);
  });
});

/** windows-1251 encoder for the test (TextEncoder only does UTF-8) */
class TextEncoderCp1251 {
  encode(s: string): Uint8Array {
    return Uint8Array.from([...s].map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x80) return c;
      if (c >= 0x410 && c <= 0x44f) return c - 0x350;
      if (c === 0x401) return 0xa8;
      if (c === 0x451) return 0xb8;
      return 0x3f;
    }));
  }
}
