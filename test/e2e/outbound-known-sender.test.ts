// Auto-learned senders end to end: outbound mail teaches the gateway who our users write to;
// a reply from that correspondent gets KNOWN_SENDER only when SPF passes (a real DNS server
// publishes the SPF record); a forged copy from another address gets no bonus and the log
// says why. The admin functions list and revoke learned senders in the same store. Replies to
// the mail sent (In-Reply-To/References) are known as such, and bounces of mail it never sent as
// backscatter (check reply).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { listKnownSenders, revokeKnownSender } from '../../src/outbound/known-senders.ts';
import type { Store } from '../../src/store/types.ts';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { openGatewayStore, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { oleDocument } from '../helpers/files.ts';
import { message, sendMail } from '../unit/outbound/smtp-dialog.ts';

describe('auto-learned senders', () => {
  let dns: DnsServer;
  let smarthost: Sink;
  let backend: Sink;
  let gw: Gateway;
  let store: Store;

  before(async () => {
    smarthost = await startSink();
    backend = await startSink();
    dns = await startDns({
      zones: {
        'partner.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' }, a: { mail: '127.0.0.1' } },
        'stranger.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } },
      },
    });
    gw = await startGateway({
      config: {
        dns: { servers: [dns.server], timeoutMs: 1000 },
        backend: { host: '127.0.0.1', port: backend.port },
        delivery: { smarthost: { host: '127.0.0.1', port: smarthost.port } },
        smtp: { outbound: { allowFrom: ['127.0.0.1/32'] } },
      },
    });
    store = await openGatewayStore(gw);
  });
  after(async () => {
    await store?.close();
    await gw?.cleanup();
    await dns?.stop();
    await smarthost?.stop();
    await backend?.stop();
  });

  /** sends inbound mail and returns the symbols the gateway logged for it */
  async function inbound(from: string, subject: string, localAddress = '127.0.0.1', headers = '', raw?: string): Promise<string[]> {
    const r = await sendMail(gw.smtpPort, { localAddress, helo: 'mail.partner.test', from, to: ['alice@example.com'], message: raw ?? message(from, 'alice@example.com', subject).replace('MIME-Version', `${headers}MIME-Version`) });
    assert.ok(r.data, `inbound transaction reached DATA: ${JSON.stringify(r)}`);
    const line = await waitFor(() => gw.logLines().find((l) => l.msg === 'transaction' && l.mailFrom === from && String(l.rcpt) === 'alice@example.com' && l.tx && !seen.has(String(l.tx))), 10000, `transaction log for ${subject}`);
    seen.add(String(line.tx));
    return (line.symbols as string[]) ?? [];
  }
  const seen = new Set<string>();

  it('records (internal sender, external recipient) for accepted outbound mail', async () => {
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['bob@partner.test'], message: message('alice@example.com', 'bob@partner.test', 'hello partner') });
    assert.match(r.data ?? '', /^250/);
    const pairs = await waitFor(async () => {
      const l = await listKnownSenders(store, { q: 'partner.test' });
      return l.length ? l : null;
    }, 5000, 'learned pair');
    assert.equal(pairs[0]!.internal, 'alice@example.com');
    assert.equal(pairs[0]!.external, 'bob@partner.test');
    assert.equal(pairs[0]!.count, 1);
    // auto-replies teach nothing
    const auto = message('alice@example.com', 'spammer@stranger.test', 'Out of office').replace('MIME-Version', 'Auto-Submitted: auto-replied\r\nMIME-Version');
    assert.match((await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['spammer@stranger.test'], message: auto })).data ?? '', /^250/);
    assert.equal((await listKnownSenders(store, { q: 'stranger.test' })).length, 0);
  });

  it('gives KNOWN_SENDER to the learned correspondent when SPF passes', async () => {
    const symbols = await inbound('bob@partner.test', 'reply from bob');
    assert.ok(symbols.includes('SPF_PASS'), symbols.join(','));
    assert.ok(symbols.includes('KNOWN_SENDER'), symbols.join(','));
    const relayed = await waitFor(() => backend.messages.find((m) => m.data.toString().includes('reply from bob')), 10000, 'relayed reply');
    assert.match(relayed.data.toString(), /^X-Spam-Status: .*tests=[^\r\n]*KNOWN_SENDER/m);
  });

  it('gives the smaller KNOWN_DOMAIN to another address of a learned domain', async () => {
    const symbols = await inbound('carol@partner.test', 'from carol');
    assert.ok(symbols.includes('KNOWN_DOMAIN'), symbols.join(','));
    assert.ok(!symbols.includes('KNOWN_SENDER'), symbols.join(','));
  });

  it('knows a reply to mail our users sent: REPLY from a domain it went to, authenticated; REPLY_UNAUTH forged; REPLY_FOREIGN_SENDER from elsewhere', async () => {
    const id = `<offer-${Date.now()}@example.com>`;
    const sent = message('alice@example.com', 'dan@partner.test', 'our offer').replace(/^Message-ID: .*$/m, `Message-ID: ${id}`);
    assert.match((await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['dan@partner.test'], message: sent })).data ?? '', /^250/);
    // a colleague of the recipient answers (In-Reply-To), SPF passes
    const reply = await inbound('erin@partner.test', 'Re: our offer', '127.0.0.1', `In-Reply-To: ${id}\r\nReferences: <older@partner.test> ${id}\r\n`);
    assert.ok(reply.includes('REPLY') && reply.includes('SPF_PASS'), reply.join(','));
    // later in the thread: our message is in References only, not last
    const later = await inbound('erin@partner.test', 'Re: Re: our offer', '127.0.0.1', `In-Reply-To: <newer@partner.test>\r\nReferences: ${id} <newer@partner.test>\r\n`);
    assert.ok(later.includes('REPLY'), later.join(','));
    // the same answer from a server SPF does not allow: no bonus
    const forged = await inbound('erin@partner.test', 'Re: our offer (forged)', '127.0.0.2', `In-Reply-To: ${id}\r\n`);
    assert.ok(forged.includes('REPLY_UNAUTH') && !forged.includes('REPLY'), forged.join(','));
    // an authenticated sender of a domain the offer never went to answers the thread: a hijack's look
    const foreign = await inbound('billing@stranger.test', 'Re: our offer', '127.0.0.1', `In-Reply-To: ${id}\r\n`);
    assert.ok(foreign.includes('REPLY_FOREIGN_SENDER') && !foreign.includes('REPLY'), foreign.join(','));
    // a reply to something we never sent is nothing
    const unknown = await inbound('erin@partner.test', 'Re: something else', '127.0.0.1', 'In-Reply-To: <never-sent@example.com>\r\n');
    assert.ok(!unknown.some((s) => s.startsWith('REPLY')), unknown.join(','));
  });

  it('a hijacked thread: the known partner\'s authenticated reply with a macro document is tagged, its credits not counted', async () => {
    const id = `<order-${Date.now()}@example.com>`;
    const sent = message('alice@example.com', 'bob@partner.test', 'order 4471').replace(/^Message-ID: .*$/m, `Message-ID: ${id}`);
    assert.match((await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['bob@partner.test'], message: sent })).data ?? '', /^250/);
    const raw = [
      'From: bob@partner.test', 'To: alice@example.com', 'Subject: Re: order 4471', `Date: ${new Date().toUTCString()}`, `Message-ID: <r${Date.now()}@partner.test>`,
      `In-Reply-To: ${id}`, `References: ${id}`, 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b"', '',
      '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Hello Alice, the updated order is attached, please enable editing.', '',
      '--b', 'Content-Type: application/vnd.ms-excel; name="Bestellung_4471.xls"', 'Content-Disposition: attachment; filename="Bestellung_4471.xls"', 'Content-Transfer-Encoding: base64', '',
      oleDocument({ macros: true }).toString('base64').replace(/.{76}/g, '$&\r\n'), '--b--', '',
    ].join('\r\n');
    const symbols = await inbound('bob@partner.test', 'Re: order 4471', '127.0.0.1', '', raw);
    for (const s of ['ATTACH_MACRO', 'REPLY', 'KNOWN_SENDER', 'SPF_PASS']) assert.ok(symbols.includes(s), `${s} in ${symbols.join(',')}`);
    const relayed = await waitFor(() => backend.messages.find((m) => m.data.toString().includes('Subject: [SPAM] Re: order 4471')), 10000, 'the tagged reply');
    // the credits (REPLY −3, KNOWN_SENDER −4, SPF_PASS −0.5) would have taken the macro's +5 below zero
    const score = Number(/^X-Spam-Score: (\S+)/m.exec(relayed.data.toString())?.[1]);
    assert.ok(score >= 5, `score ${score}`);
    assert.match(relayed.data.toString(), /^X-Spam-Status: Yes, /m);
  });

  it('marks a bounce of (or an out-of-office reply to) mail "from" us that the gateway never sent as BACKSCATTER; one of real mail is not', async () => {
    // as if the gateway had begun to remember sent mail two days ago
    await store.cache.set('reply:since', String(Date.now() - 2 * 86_400_000), 86_400);
    const id = `<invoice-${Date.now()}@example.com>`;
    const sent = message('alice@example.com', 'nobody@partner.test', 'invoice').replace(/^Message-ID: .*$/m, `Message-ID: ${id}`);
    assert.match((await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['nobody@partner.test'], message: sent })).data ?? '', /^250/);
    const dsn = (returnedId: string, subject: string) => [
      'From: Mail Delivery System <MAILER-DAEMON@mail.partner.test>', 'To: alice@example.com', `Subject: ${subject}`, `Date: ${new Date().toUTCString()}`,
      `Message-ID: <dsn-${Math.random().toString(36).slice(2)}@mail.partner.test>`, 'MIME-Version: 1.0',
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B"', '',
      '--B', 'Content-Type: text/plain', '', 'Your message could not be delivered to nobody@partner.test.',
      '--B', 'Content-Type: message/delivery-status', '', 'Reporting-MTA: dns; mail.partner.test', '', 'Final-Recipient: rfc822; nobody@partner.test', 'Action: failed', 'Status: 5.1.1',
      '--B', 'Content-Type: text/rfc822-headers', '', 'From: alice@example.com', 'To: nobody@partner.test', 'Subject: invoice',
      `Date: ${new Date(Date.now() - 600_000).toUTCString()}`, `Message-ID: ${returnedId}`, '', '--B--', '',
    ].join('\r\n');
    const real = await inbound('', 'Undelivered Mail Returned to Sender', '127.0.0.1', '', dsn(id, 'Undelivered Mail Returned to Sender'));
    assert.ok(!real.includes('BACKSCATTER'), real.join(','));
    const forged = await inbound('', 'Undelivered: Cheap watches', '127.0.0.1', '', dsn('<f00d-1@example.com>', 'Undelivered: Cheap watches'));
    assert.ok(forged.includes('BACKSCATTER'), forged.join(','));
    const relayed = await waitFor(() => backend.messages.find((m) => m.data.toString().includes('Undelivered: Cheap watches')), 10000, 'relayed bounce');
    assert.match(relayed.data.toString(), /^Subject: \[SPAM\] Undelivered: Cheap watches/m);
    // an out-of-office notice: to the forged message, and to the real one
    const ooo = await inbound('bob@partner.test', 'Automatic reply: Cheap watches', '127.0.0.1', 'Auto-Submitted: auto-replied\r\nIn-Reply-To: <f00d-2@example.com>\r\n');
    assert.ok(ooo.includes('BACKSCATTER'), ooo.join(','));
    const oooReal = await inbound('bob@partner.test', 'Automatic reply: invoice', '127.0.0.1', `Auto-Submitted: auto-replied\r\nIn-Reply-To: ${id}\r\n`);
    assert.ok(!oooReal.includes('BACKSCATTER') && oooReal.includes('REPLY'), oooReal.join(','));
  });

  it('gives no bonus to a forged known sender (SPF fail) and logs why', async () => {
    const symbols = await inbound('bob@partner.test', 'forged bob', '127.0.0.2');
    assert.ok(!symbols.includes('KNOWN_SENDER'), symbols.join(','));
    assert.ok(!symbols.includes('KNOWN_DOMAIN'), symbols.join(','));
    assert.ok(symbols.includes('KNOWN_SENDER_UNAUTH'), symbols.join(','));
    assert.ok(gw.logLines().some((l) => typeof l.msg === 'string' && l.msg.startsWith('learned correspondent not authenticated') && /spf=fail/.test(l.msg)), 'log says why');
  });

  it('an admin can revoke a learned sender; the bonus stops', async () => {
    const n = await revokeKnownSender(store, { external: '@partner.test' }, 'admin');
    assert.ok(n >= 1);
    assert.equal((await listKnownSenders(store, { q: 'partner.test' })).length, 0);
    const symbols = await inbound('bob@partner.test', 'after revoke');
    assert.ok(!symbols.includes('KNOWN_SENDER') && !symbols.includes('KNOWN_DOMAIN'), symbols.join(','));
  });
});
