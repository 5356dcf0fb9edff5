// Replies to our own mail: what the outbound side remembers (a real embedded store), and how the
// check reads In-Reply-To and References of inbound mail against it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { messageIds, rememberSent, replyCheck, replyOptionsSchema, returnedMessage } from '../../../src/pipeline/checks/reply.ts';
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

  it('copies of one Message-ID add their domains; past 50 domains a reply from another is not called foreign', async () => {
    await rememberSent(store, sent('<news-7@example.com>'), ['a@first.test'], options);
    await rememberSent(store, sent('<news-7@example.com>'), ['b@second.test'], options);
    const spf = (d: string) => ({ spf: 'pass' as const, spfDomain: d });
    assert.deepEqual(await check(answer('a@first.test', 'In-Reply-To: <news-7@example.com>\r\n'), { auth: spf('first.test') }), ['REPLY: a@first.test answers <news-7@example.com>']);
    assert.deepEqual(await check(answer('b@second.test', 'In-Reply-To: <news-7@example.com>\r\n'), { auth: spf('second.test') }), ['REPLY: b@second.test answers <news-7@example.com>']);
    const list = Array.from({ length: 60 }, (_, i) => `reader@d${i}.test`);
    await rememberSent(store, sent('<news-8@example.com>'), list, options);
    assert.deepEqual(await check(answer('reader@d3.test', 'In-Reply-To: <news-8@example.com>\r\n'), { auth: spf('d3.test') }), ['REPLY: reader@d3.test answers <news-8@example.com>']);
    assert.deepEqual(await check(answer('reader@d55.test', 'In-Reply-To: <news-8@example.com>\r\n'), { auth: spf('d55.test') }), [], 'one of the domains not kept');
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

describe('bounces of mail we never sent (backscatter)', () => {
  let dir: string;
  let store: Store;
  const DAY = 86_400_000;
  const config = testConfig({ 'smtp.localDomains': ['example.com'] });
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-backscatter-'));
    store = await openStore(testConfig({ dataDir: dir }), quietLog);
    // the gateway began to remember two days ago, with this message
    await rememberSent(store, sent('<real-1@example.com>'), ['dan@partner.test'], options, Date.now() - 2 * DAY);
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** a delivery report (RFC 3464) returning the headers of a message */
  const bounce = (returned: { id: string; from: string; date: Date }, reportType = 'message/delivery-status') => Buffer.from([
    'From: Mail Delivery System <MAILER-DAEMON@mx.partner.test>', 'To: alice@example.com', 'Subject: Undelivered Mail Returned to Sender',
    'MIME-Version: 1.0', 'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
    '--B', 'Content-Type: text/plain', '', 'Your message could not be delivered.',
    '--B', `Content-Type: ${reportType}`, '', 'Reporting-MTA: dns; mx.partner.test', '', 'Final-Recipient: rfc822; nobody@partner.test', 'Action: failed', 'Status: 5.1.1',
    '--B', 'Content-Type: text/rfc822-headers', '', `From: ${returned.from}`, 'To: nobody@partner.test', 'Subject: Cheap watches',
    `Date: ${returned.date.toUTCString()}`, `Message-ID: ${returned.id}`, '', '--B--', '',
  ].join('\r\n'));
  const run = async (raw: Buffer, mailFrom = '') => (await replyCheck.run({ ...(await dataContext(raw)), envelope: { mailFrom, recipients: ['alice@example.com'] } },
    { options, config, store, log: quietLog, signal: new AbortController().signal })).map((h) => `${h.symbol}: ${h.detail}`);
  const hourAgo = new Date(Date.now() - 3600_000);

  it('reads the returned message of a delivery report; none from mail that returns none', async () => {
    const view = await (await dataContext(bounce({ id: '<a-1@example.com>', from: 'Alice <alice@example.com>', date: new Date('2026-12-01T10:00:00Z') }))).parsed();
    assert.deepEqual(returnedMessage(view), { messageId: '<a-1@example.com>', from: 'Alice <alice@example.com>', date: 'Tue, 01 Dec 2026 10:00:00 GMT' });
    assert.equal(returnedMessage({ attachments: [], text: 'Your message was delivered.' }), null);
  });

  it('BACKSCATTER for a bounce of a message from our domain that the gateway never sent', async () => {
    assert.deepEqual(await run(bounce({ id: '<forged-77@example.com>', from: '"Alice" <alice@example.com>', date: hourAgo })), [
      'BACKSCATTER: a bounce of <forged-77@example.com> "from" alice@example.com, which this gateway never sent',
    ]);
    // RFC 6533's internationalised report counts the same
    assert.equal((await run(bounce({ id: '<forged-78@example.com>', from: 'alice@example.com', date: hourAgo }, 'message/global-delivery-status'))).length, 1);
  });

  it('nothing for a bounce of our real mail, of mail from elsewhere, of mail older than the memory, for mail that is no bounce, or a DMARC failure report', async () => {
    assert.deepEqual(await run(bounce({ id: '<real-1@example.com>', from: 'alice@example.com', date: hourAgo })), []);
    assert.deepEqual(await run(bounce({ id: '<x-1@other.test>', from: 'someone@other.test', date: hourAgo })), []);
    // sent before the gateway began to remember (two days ago), or beyond `days`
    assert.deepEqual(await run(bounce({ id: '<old-1@example.com>', from: 'alice@example.com', date: new Date(Date.now() - 3 * DAY) })), []);
    // a report from a real sender address is no bounce (the null sender is)
    assert.deepEqual(await run(bounce({ id: '<forged-79@example.com>', from: 'alice@example.com', date: hourAgo }), 'postmaster@partner.test'), []);
    // a DMARC failure report (ARF) returns forged mail too, but the company asked for it
    assert.deepEqual(await run(bounce({ id: '<forged-80@example.com>', from: 'alice@example.com', date: hourAgo }, 'message/feedback-report')), []);
  });

  it('a bounce without MIME parts (qmail): the message it quotes after "Below this line is a copy of the message"', async () => {
    const qmail = (id: string, from = 'alice@example.com') => Buffer.from([
      'From: MAILER-DAEMON@mx.partner.test', 'To: alice@example.com', 'Subject: failure notice', '',
      'Hi. This is the qmail-send program at mx.partner.test.', "I'm afraid I wasn't able to deliver your message to the following addresses.", '',
      '<nobody@partner.test>:', 'Sorry, no mailbox here by that name. (#5.1.1)', '',
      '--- Below this line is a copy of the message.', '',
      'Return-Path: <alice@example.com>', 'Received: from 203.0.113.9 by mx.partner.test', `Message-ID: ${id}`, `From: ${from}`, 'To: nobody@partner.test',
      `Date: ${hourAgo.toUTCString()}`, 'Subject: Cheap watches', '', 'Rolex from 99 EUR', '',
    ].join('\r\n'));
    assert.deepEqual(await run(qmail('<forged-81@example.com>')), ['BACKSCATTER: a bounce of <forged-81@example.com> "from" alice@example.com, which this gateway never sent']);
    assert.deepEqual(await run(qmail('<real-1@example.com>')), []);
    assert.deepEqual(await run(qmail('<x-2@other.test>', 'someone@other.test')), []);
    // null-sender mail that quotes nothing
    assert.deepEqual(await run(Buffer.from('From: MAILER-DAEMON@mx.partner.test\r\nTo: alice@example.com\r\nSubject: warning\r\n\r\nYour message is delayed.\r\n')), []);
  });

  /** an out-of-office notice answering a message (In-Reply-To) */
  const outOfOffice = (inReplyTo: string, marker = 'Auto-Submitted: auto-replied') => Buffer.from([
    'From: Bob <bob@partner.test>', 'To: alice@example.com', 'Subject: Automatic reply: Cheap watches', marker, `In-Reply-To: ${inReplyTo}`, '',
    'I am out of the office until Monday.', '',
  ].join('\r\n'));

  it('BACKSCATTER for an automatic reply to a message the gateway never sent; not for one to our real mail, nor for other machine mail', async () => {
    assert.deepEqual(await run(outOfOffice('<forged-90@example.com>'), 'bob@partner.test'), [
      'BACKSCATTER: an automatic reply to <forged-90@example.com>, which this gateway never sent',
    ]);
    assert.equal((await run(outOfOffice('<forged-91@example.com>', 'X-Autoreply: yes'))).length, 1, 'the older marker, from the null sender');
    // an answer to our real mail is a reply (unauthenticated here), not backscatter
    assert.deepEqual(await run(outOfOffice('<real-1@example.com>'), 'bob@partner.test'), ['REPLY_UNAUTH: bob@partner.test answers <real-1@example.com> but is not authenticated']);
    // a ticket system's update ("auto-generated") names a thread's first message, maybe weeks old
    assert.deepEqual(await run(outOfOffice('<forged-92@example.com>', 'Auto-Submitted: auto-generated'), 'helpdesk@partner.test'), []);
    // a person's reply to something we never sent is nobody's business here
    assert.deepEqual(await run(outOfOffice('<forged-93@example.com>', 'X-Mailer: Outlook'), 'bob@partner.test'), []);
  });

  it('an automatic reply is judged only once the gateway has remembered for a day', async () => {
    const young = mkdtempSync(join(tmpdir(), 'mm-backscatter-young-'));
    const fresh = await openStore(testConfig({ dataDir: young }), quietLog);
    try {
      await rememberSent(fresh, sent('<real-2@example.com>'), ['dan@partner.test'], options);
      const hits = await replyCheck.run({ ...(await dataContext(outOfOffice('<forged-94@example.com>'))), envelope: { mailFrom: 'bob@partner.test', recipients: ['alice@example.com'] } },
        { options, config, store: fresh, log: quietLog, signal: new AbortController().signal });
      assert.deepEqual(hits, []);
    } finally {
      await fresh.close();
      rmSync(young, { recursive: true, force: true });
    }
  });
});
