// Replies to our own mail: what the outbound side remembers (a real embedded store), and how the
// check reads In-Reply-To and References of inbound mail against it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { messageIds, rememberSent, replyCheck, replyOptionsSchema } from '../../../src/pipeline/checks/reply.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import { openStore } from '../../../src/store/index.ts';
import type { Store } from '../../../src/store/types.ts';
import { dataContext, quietLog, testConfig } from './util.ts';

const options = replyOptionsSchema.parse({});

const sent = (id: string) => Buffer.from(`From: alice@example.com\r\nTo: dan@partner.test\r\nMessage-ID: ${id}\r\nSubject: offer\r\n\r\nOur offer.\r\n`);

const answer = (from: string, headers: string) => Buffer.from(`From: ${from}\r\nTo: alice@example.com\r\n${headers}Subject: Re: offer\r\n\r\nThanks.\r\n`);

describe('replies to our own mail', () => {
  let dir: string;
  let store: Store;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-reply-'));
    store = await openStore(testConfig({ dataDir: dir }), quietLog);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const check = async (raw: Buffer, o: { mailFrom?: string; auth?: Partial<AuthResults>; maxReferences?: number } = {}) =>
    (await replyCheck.run(await dataContext(raw, { mailFrom: o.mailFrom ?? (/From: (\S+)/.exec(raw.toString())![1]!), auth: o.auth }),
      { options: replyOptionsSchema.parse({ maxReferences: o.maxReferences }), config: testConfig(), store, log: quietLog, signal: new AbortController().signal }))
      .map((h) => `${h.symbol}: ${h.detail}`);

  it('reads Message-IDs from In-Reply-To and References', () => {
    assert.deepEqual(messageIds('<a@x.test> <b.c@y.test>\t<d@z>'), ['<a@x.test>', '<b.c@y.test>', '<d@z>']);
    assert.deepEqual(messageIds('not an id, <> nor <a b@c>'), []);
  });

  it('remembers a sent message with the external domains it went to; nothing without a Message-ID or an external recipient', async () => {
    assert.equal(await rememberSent(store, sent('<offer-1@example.com>'), ['dan@partner.test', 'eve@Sub.Other.test'], options), true);
    assert.equal(await rememberSent(store, Buffer.from('From: a@example.com\r\nSubject: x\r\n\r\nx\r\n'), ['dan@partner.test'], options), false);
    assert.equal(await rememberSent(store, sent('<offer-2@example.com>'), [], options), false);
  });

  it('REPLY for an authenticated answer from a domain the mail went to (or its subdomain), by In-Reply-To or References', async () => {
    const spf = { spf: 'pass' as const, spfDomain: 'partner.test' };
    assert.deepEqual(await check(answer('erin@partner.test', 'In-Reply-To: <offer-1@example.com>\r\n'), { auth: spf }), ['REPLY: erin@partner.test answers <offer-1@example.com>']);
    assert.deepEqual(await check(answer('erin@mail.partner.test', 'References: <offer-1@example.com> <x@partner.test>\r\n'), { auth: { dkimPass: ['partner.test'] } }), ['REPLY: erin@mail.partner.test answers <offer-1@example.com>']);
    // the envelope sender (a bounce of our own mail from the partner's server) counts too
    assert.deepEqual(await check(answer('mailer-daemon@mx.hosting.test', 'In-Reply-To: <offer-1@example.com>\r\n'), { mailFrom: 'bounces@sub.other.test', auth: { spf: 'pass', spfDomain: 'sub.other.test' } }), ['REPLY: bounces@sub.other.test answers <offer-1@example.com>']);
  });

  it('REPLY_UNAUTH without SPF or DKIM for the sender; REPLY_FOREIGN_SENDER from a domain the mail never went to', async () => {
    assert.deepEqual(await check(answer('erin@partner.test', 'In-Reply-To: <offer-1@example.com>\r\n')), ['REPLY_UNAUTH: erin@partner.test answers <offer-1@example.com> but is not authenticated']);
    // DKIM for another domain does not vouch for this sender
    assert.deepEqual(await check(answer('erin@partner.test', 'In-Reply-To: <offer-1@example.com>\r\n'), { auth: { dkimPass: ['mailer.test'] } }), ['REPLY_UNAUTH: erin@partner.test answers <offer-1@example.com> but is not authenticated']);
    assert.deepEqual(await check(answer('billing@stranger.test', 'In-Reply-To: <offer-1@example.com>\r\n'), { auth: { spf: 'pass', spfDomain: 'stranger.test' } }), [
      'REPLY_FOREIGN_SENDER: answers <offer-1@example.com>, which went to partner.test, sub.other.test; from billing@stranger.test',
    ]);
  });

  it('nothing for mail that answers something we did not send, or no reply at all; only the newest References are read', async () => {
    assert.deepEqual(await check(answer('erin@partner.test', 'In-Reply-To: <never@example.com>\r\n'), { auth: { spf: 'pass', spfDomain: 'partner.test' } }), []);
    assert.deepEqual(await check(answer('erin@partner.test', '')), []);
    // our message is the oldest of a long thread: past maxReferences from the end, it is not looked up
    const thread = `References: <offer-1@example.com> ${Array.from({ length: 4 }, (_, i) => `<r${i}@partner.test>`).join(' ')}\r\n`;
    const spf = { spf: 'pass' as const, spfDomain: 'partner.test' };
    assert.deepEqual(await check(answer('erin@partner.test', thread), { auth: spf, maxReferences: 4 }), []);
    assert.deepEqual(await check(answer('erin@partner.test', thread), { auth: spf, maxReferences: 5 }), ['REPLY: erin@partner.test answers <offer-1@example.com>']);
  });
});
