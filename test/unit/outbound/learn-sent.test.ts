// Learning correspondents from mail sent before mailmoat (src/outbound/learn-sent.ts), into a real
// embedded store: what relaying the message would have taught, dated when it was sent; what was not
// sent by us, automatic, internal, too old or learned before is skipped and counted.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { personNameKey } from '../../../src/mail/address.ts';
import { collectMessageFiles } from '../../../src/mail/message-files.ts';
import { learnSent, sentRecipients } from '../../../src/outbound/learn-sent.ts';
import { ourKeyOf } from '../../../src/pipeline/checks/payee-accounts.ts';
import { tempStore } from '../pipeline/util.ts';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-01T12:00:00Z');
const temp = tempStore('mm-learn-sent-');
const rules = { checks: {} };

function sent(o: { from?: string; to: string; cc?: string; bcc?: string; date?: Date | null; id?: string | null; extra?: string; body?: string }): string {
  return [
    `From: ${o.from ?? 'Anna Schmidt <anna.schmidt@example.com>'}`, `To: ${o.to}`, ...(o.cc ? [`Cc: ${o.cc}`] : []), ...(o.bcc ? [`Bcc: ${o.bcc}`] : []),
    ...(o.date === null ? [] : [`Date: ${(o.date ?? new Date(NOW - DAY)).toUTCString()}`]), ...(o.id === null ? [] : [`Message-ID: ${o.id ?? `<${Math.random().toString(36).slice(2)}@example.com>`}`]),
    'Subject: Bestellung', ...(o.extra ? [o.extra] : []), '', o.body ?? 'Guten Tag, anbei die Bestellung.', '',
  ].join('\n');
}

describe('learn-sent', () => {
  let dir: string;
  before(() => { dir = mkdtempSync(join(tmpdir(), 'mm-sent-')); });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('reads To, Cc and Bcc, separated by commas or Outlook\'s semicolons, quoted names with either kept whole', () => {
    const raw = Buffer.from(sent({ to: '"Maier; Stefan" <s.maier@lieferant.test>; p.lang@lieferant.test', cc: 'Colleague <c@example.com>, "Colombo, Chiara" <c.colombo@ferretti.test>', bcc: 'archive@example.com' }).replace(/\n/g, '\r\n'));
    assert.deepEqual(sentRecipients(raw), ['s.maier@lieferant.test', 'p.lang@lieferant.test', 'c@example.com', 'c.colombo@ferretti.test', 'archive@example.com']);
  });

  it('learns each sent message as relaying it would have, dated when it was sent; skips and counts the rest; a second run learns nothing twice', async () => {
    const md = join(dir, 'Sent', 'cur');
    mkdirSync(md, { recursive: true });
    const files: Record<string, string> = {
      a: sent({ to: 'Stefan Maier <s.maier@lieferant.test>', cc: 'colleague@example.com', date: new Date(NOW - 10 * DAY) }),
      b: sent({ to: 's.maier@lieferant.test', date: new Date(NOW - 3 * DAY), body: 'Unser Konto: DE89 3704 0044 0532 0130 00' }),
      // the same message twice in the export (Sent and an archive folder): one lesson
      c1: sent({ to: 'p.lang@lieferant.test', id: '<same@example.com>' }),
      c2: sent({ to: 'p.lang@lieferant.test', id: '<same@example.com>' }),
      received: sent({ from: 'Stranger <x@stranger.test>', to: 'anna.schmidt@example.com' }),
      auto: sent({ to: 'spammer@stranger.test', extra: 'Auto-Submitted: auto-replied' }),
      internal: sent({ to: 'colleague@example.com' }),
      old: sent({ to: 'former@oldpartner.test', date: new Date(NOW - 400 * DAY) }),
      undated: sent({ to: 'Ferretti <c.colombo@ferretti.test>', date: null, id: null, body: 'Our account DE89 3704 0044 0532 0130 00' }),
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(md, name), text);
    writeFileSync(join(dir, 'Sent', 'index.json'), '{"not":"mail"}');
    // an mbox of the same user's older mail, LF line endings as mail clients export it
    writeFileSync(join(dir, 'sent.mbox'), `From anna Mon Nov 30 10:00:00 2026\n${sent({ to: 'Tadeusz <t.zielinski@partner.test>', date: new Date(NOW - 30 * DAY) })}\nFrom anna Mon Nov 30 11:00:00 2026\n${sent({ to: 't.zielinski@partner.test', date: new Date(NOW - 20 * DAY) })}`);

    const { store } = temp;
    const sources = await collectMessageFiles([join(dir, 'Sent'), join(dir, 'sent.mbox')]);
    const done: number[] = [];
    const s = await learnSent(store, sources, { localDomains: ['example.com'], rules, now: NOW, progress: (n) => done.push(n) });
    assert.deepEqual({ ...s }, { read: 12, learned: 6, notOurs: 1, automatic: 1, internalOnly: 1, tooOld: 1, already: 1, notMail: 1, failed: 0, correspondents: 4, domains: 3, names: 1 });
    assert.deepEqual(done, Array.from({ length: 12 }, (_, i) => i + 1));

    const maier = await store.known.lookup('anna.schmidt@example.com', 's.maier@lieferant.test');
    assert.equal(maier.pair?.count, 2);
    assert.equal(maier.pair?.lastSeen, NOW - 3 * DAY, 'dated when sent, not when learned');
    assert.equal(maier.domain?.count, 3, 'two messages to s.maier, one to p.lang');
    assert.equal((await store.known.lookup('anna.schmidt@example.com', 'p.lang@lieferant.test')).pair?.count, 1);
    assert.equal((await store.known.lookup('anna.schmidt@example.com', 't.zielinski@partner.test')).pair?.count, 2);
    // a message without a Date counts as sent now
    assert.equal((await store.known.lookup('anna.schmidt@example.com', 'c.colombo@ferretti.test')).pair?.lastSeen, NOW);
    for (const nobody of ['x@stranger.test', 'spammer@stranger.test', 'former@oldpartner.test', 'colleague@example.com']) {
      assert.equal((await store.known.lookup('anna.schmidt@example.com', nobody)).pair, null, nobody);
    }
    const named = await store.known.namedAs(personNameKey('Anna Schmidt')!);
    assert.deepEqual(named.map((n) => [n.address, n.shown]), [['anna.schmidt@example.com', 'Anna Schmidt']]);
    // the account named to two organisations (lieferant.test, ferretti.test) is remembered as ours for both
    assert.deepEqual((await store.cache.get(ourKeyOf('DE89370400440532013000')))?.split(',').length, 2);

    const again = await learnSent(store, sources, { localDomains: ['example.com'], rules, now: NOW + 60_000 });
    assert.equal(again.learned, 0);
    assert.equal(again.already, 7);
    assert.equal((await store.known.lookup('anna.schmidt@example.com', 's.maier@lieferant.test')).pair?.count, 2, 'not counted twice');
  });

  it('a shorter known-sender.maxAgeDays skips more; a stop learns no further', async () => {
    const md = join(dir, 'Short');
    mkdirSync(md, { recursive: true });
    writeFileSync(join(md, '1'), sent({ to: 'a@recent.test', date: new Date(NOW - 5 * DAY) }));
    writeFileSync(join(md, '2'), sent({ to: 'b@older.test', date: new Date(NOW - 50 * DAY) }));
    const sources = await collectMessageFiles([md]);
    const s = await learnSent(temp.store, sources, { localDomains: ['example.com'], rules: { checks: { 'known-sender': { maxAgeDays: 30 } } }, now: NOW });
    assert.equal(s.learned, 1);
    assert.equal(s.tooOld, 1);
    const stop = new AbortController();
    stop.abort();
    const stopped = await learnSent(temp.store, sources, { localDomains: ['example.com'], rules, now: NOW, signal: stop.signal });
    assert.equal(stopped.read, 0);
  });
});
