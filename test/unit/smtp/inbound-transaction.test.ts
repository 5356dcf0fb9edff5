// What happens after the verdict, with a fake relay and a fake quarantine store.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../../src/config.ts';
import type { Verdict } from '../../../src/pipeline/types.ts';
import { disposeMessage, type DisposeInput, type MessageRelay } from '../../../src/smtp/inbound-transaction.ts';
import type { RelayResult } from '../../../src/smtp/relay.ts';
import type { QuarantineItem, QueueItem, Store } from '../../../src/store/types.ts';

const log = pino({ level: 'silent' });

function fakes(relayResult: Partial<RelayResult> = {}, putFails = false) {
  const relayed: Array<{ recipients: string[]; body: string }> = [];
  const held: Array<{ item: QuarantineItem; body: string }> = [];
  const relay: MessageRelay = {
    sendStuffed: async (env, stuffed) => {
      relayed.push({ recipients: env.recipients, body: stuffed.toString('latin1') });
      const refused = relayResult.refused ?? [];
      const accepted = env.recipients.filter((r) => !refused.some((x) => x.recipient === r));
      return { ok: true, code: 250, enhanced: '2.0.0', message: 'ok', backendReply: '250 2.0.0 ok', accepted, refused: [], ...relayResult };
    },
  };
  const queued: Array<{ items: QueueItem[]; body: string }> = [];
  const store = {
    queue: { enqueue: async (items: QueueItem[], body: Buffer) => { queued.push({ items, body: body.toString('latin1') }); } },
    quarantine: {
      put: async (item: QuarantineItem, body: Buffer) => {
        if (putFails) throw new Error('disk full');
        held.push({ item, body: body.toString('latin1') });
      },
    },
  } as unknown as Store;
  return { relay, store, relayed, held, queued };
}

function verdict(v: Partial<Verdict>): Verdict {
  return { score: 0, action: 'accept', symbols: [], reply: null, headers: ['X-Spam-Score: 0'], subjectPrefix: null, allowRecipients: [], ...v };
}

function input(v: Verdict, recipients = ['a@example.com', 'b@example.com']): DisposeInput {
  return {
    txId: 'tx1',
    session: { id: 's', direction: 'inbound', clientIp: '192.0.2.7', clientHostname: null, helo: 'h.test', tls: false, authUser: null, trusted: false },
    envelope: { mailFrom: 'x@s.test', recipients },
    raw: Buffer.from('From: =?utf-8?q?J=C3=B6rg?= <x@s.test>\r\nSubject: offer\r\n\r\n.body\r\n'),
    verdict: v,
    received: 'Received: from h.test',
    now: 1_000_000,
  };
}

const config = loadConfig({ env: {}, overrides: { 'quarantine.retentionDays': 30, 'quarantine.rejectedRetentionDays': 7, 'delivery.retryBase': 300 } });

describe('disposeMessage', () => {
  test('accept: relayed with our headers and dot-stuffed; 250 after the backend 250', async () => {
    const f = fakes();
    const r = await disposeMessage(input(verdict({})), { config, store: f.store, relay: f.relay, log });
    assert.deepEqual(r.reply, { code: 250, enhanced: '2.0.0', message: 'Ok: queued as tx1' });
    assert.equal(f.relayed[0]!.body, 'Received: from h.test\r\nX-Spam-Score: 0\r\nFrom: =?utf-8?q?J=C3=B6rg?= <x@s.test>\r\nSubject: offer\r\n\r\n..body\r\n');
  });

  test('tag: the subject prefix is applied', async () => {
    const f = fakes();
    await disposeMessage(input(verdict({ action: 'tag', subjectPrefix: '[SPAM]' })), { config, store: f.store, relay: f.relay, log });
    assert.match(f.relayed[0]!.body, /\r\nSubject: \[SPAM\] offer\r\n/);
  });

  test('a backend refusal is passed back as the reply', async () => {
    const f = fakes({ ok: false, code: 452, enhanced: '4.2.2', message: 'mailbox full', backendReply: '452 4.2.2 mailbox full' });
    const r = await disposeMessage(input(verdict({})), { config, store: f.store, relay: f.relay, log });
    assert.deepEqual(r.reply, { code: 452, enhanced: '4.2.2', message: 'mailbox full' });
  });

  test('quarantine: stored durably, nothing relayed, 250', async () => {
    const f = fakes();
    const r = await disposeMessage(input(verdict({ action: 'quarantine', score: 9, symbols: [{ name: 'BAYES_SPAM', score: 9 }] })), { config, store: f.store, relay: f.relay, log });
    assert.equal(r.reply.code, 250);
    assert.equal(f.relayed.length, 0);
    assert.equal(f.held.length, 1);
    const { item, body } = f.held[0]!;
    assert.equal(r.quarantineId, item.id);
    assert.equal(item.kind, 'quarantine');
    assert.deepEqual(item.recipients, ['a@example.com', 'b@example.com']);
    assert.equal(item.from, 'Jörg <x@s.test>');
    assert.equal(item.subject, 'offer');
    assert.equal(item.expiresAt, 1_000_000 + 30 * 86_400_000);
    assert.equal(item.clientIp, '192.0.2.7');
    assert.match(body, /^Received: from h\.test\r\nX-Spam-Score: 0\r\n/);
  });

  test('quarantine with allow-listed recipients: theirs is relayed, the rest held', async () => {
    const f = fakes();
    const r = await disposeMessage(input(verdict({ action: 'quarantine', allowRecipients: ['b@example.com'] }), ['a@example.com', 'B@example.com']), { config, store: f.store, relay: f.relay, log });
    assert.equal(r.reply.code, 250);
    assert.deepEqual(f.relayed.map((x) => x.recipients), [['B@example.com']]);
    assert.deepEqual(f.held[0]!.item.recipients, ['a@example.com']);
  });

  test('quarantine: a failing store is an error (the caller answers 451), never a silent 250', async () => {
    const f = fakes({}, true);
    await assert.rejects(disposeMessage(input(verdict({ action: 'quarantine' })), { config, store: f.store, relay: f.relay, log }), /disk full/);
  });

  test('reject: 550 5.7.1 by default, an admin-only copy kept as kind "rejected"', async () => {
    const f = fakes();
    const r = await disposeMessage(input(verdict({ action: 'reject', score: 20 })), { config, store: f.store, relay: f.relay, log });
    assert.deepEqual([r.reply.code, r.reply.enhanced], [550, '5.7.1']);
    assert.equal(f.relayed.length, 0);
    assert.equal(f.held[0]!.item.kind, 'rejected');
    assert.equal(f.held[0]!.item.expiresAt, 1_000_000 + 7 * 86_400_000);
  });

  test('reject: the verdict reply wins (virus 554), and a failing copy does not change the answer', async () => {
    const f = fakes({}, true);
    const reply = { code: 554, enhanced: '5.7.1', message: 'Virus found: Eicar-Signature' };
    const r = await disposeMessage(input(verdict({ action: 'reject', reply })), { config, store: f.store, relay: f.relay, log });
    assert.deepEqual(r.reply, reply);
  });

  test('reject of mail only to spam traps: 250 once the admin-only copy is stored; without a copy (none kept, or the store fails) 550', async () => {
    const trapped = verdict({ action: 'reject', score: 20, silentDiscard: true });
    const f = fakes();
    const r = await disposeMessage(input(trapped), { config, store: f.store, relay: f.relay, log });
    assert.deepEqual([r.reply.code, r.reply.enhanced, r.reply.message], [250, '2.0.0', 'Ok: queued as tx1']);
    assert.equal(f.relayed.length, 0);
    assert.equal(f.held[0]!.item.kind, 'rejected');
    assert.equal(r.quarantineId, f.held[0]!.item.id);
    const failing = fakes({}, true);
    assert.equal((await disposeMessage(input(trapped), { config, store: failing.store, relay: failing.relay, log })).reply.code, 550);
    const noCopies = loadConfig({ env: {}, overrides: { 'quarantine.rejectedRetentionDays': 0 } });
    const none = fakes();
    assert.equal((await disposeMessage(input(trapped), { config: noCopies, store: none.store, relay: none.relay, log })).reply.code, 550);
    assert.equal(none.held.length, 0);
  });

  test('tempfail: the verdict reply (greylisting 451 4.7.1)', async () => {
    const f = fakes();
    const r = await disposeMessage(input(verdict({ action: 'tempfail', reply: { code: 451, enhanced: '4.7.1', message: 'Greylisted' } })), { config, store: f.store, relay: f.relay, log });
    assert.deepEqual([r.reply.code, r.reply.enhanced], [451, '4.7.1']);
    assert.equal(f.relayed.length + f.held.length, 0);
  });

  test('backend defers one recipient: delivered to the others, a durable queue copy for the deferred one, then 250', async () => {
    const f = fakes({ refused: [{ recipient: 'b@example.com', reply: '452 4.2.2 mailbox full' }] });
    const r = await disposeMessage(input(verdict({})), { config, store: f.store, relay: f.relay, log });
    assert.equal(r.reply.code, 250);
    assert.deepEqual(r.relayedTo, ['a@example.com']);
    assert.equal(f.queued.length, 1);
    const [item] = f.queued[0]!.items;
    assert.equal(item!.domain, 'example.com');
    assert.equal(item!.mailFrom, 'x@s.test');
    assert.deepEqual(item!.recipients.map((x) => [x.address, x.status]), [['b@example.com', 'pending']]);
    assert.equal(item!.nextAttemptAt, 1_000_000 + 300_000);
    assert.match(f.queued[0]!.body, /^Received: from h\.test\r\n/);
  });

  test('backend refuses one recipient after DATA: a bounce (DSN) to the sender is queued', async () => {
    const f = fakes({ refused: [{ recipient: 'b@example.com', reply: '550 5.1.1 no such user' }] });
    const r = await disposeMessage(input(verdict({})), { config, store: f.store, relay: f.relay, log });
    assert.equal(r.reply.code, 250);
    assert.equal(f.queued.length, 1);
    const [item] = f.queued[0]!.items;
    assert.equal(item!.mailFrom, '', 'a bounce has the null sender');
    assert.deepEqual(item!.recipients.map((x) => x.address), ['x@s.test']);
    assert.match(f.queued[0]!.body, /5\.1\.1/);
    assert.match(f.queued[0]!.body, /b@example\.com/);
  });

  test('the queue cannot take the deferred copy: an error (451 for the client), never a silent 250', async () => {
    const f = fakes({ refused: [{ recipient: 'b@example.com', reply: '451 4.3.0 later' }] });
    (f.store.queue as { enqueue: unknown }).enqueue = async () => { throw new Error('store down'); };
    await assert.rejects(disposeMessage(input(verdict({})), { config, store: f.store, relay: f.relay, log }), /store down/);
  });
});
