// Spoofing of the company end to end, with real SMTP (Python's smtplib) and a real DNS server
// (dnsmasq) for SPF: a colleague's display name is learned from her outgoing mail, and a stranger
// who then writes under that name is tagged (IMPERSONATE_LOCAL_NAME), while a namesake at a company
// she writes to is not; mail from outside that forges our own domain is quarantined (SPOOF_LOCAL_DOMAIN);
// the dashboard counts both and the admin API lists the learned name. The phishing check on the
// same path: a link that shows the bank's address and leads to a look-alike (PHISHING_LINK), and an
// invoice whose replies go to a free-mail account (REPLYTO_FREEMAIL), unless a colleague has
// written to that account. Senders whose domain imitates ours (LOOKALIKE_LOCAL_DOMAIN) or a supplier
// Bob writes to (LOOKALIKE_CORRESPONDENT), authenticated by SPF for the look-alike itself.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';

const exec = promisify(execFile);
const TOKEN = 'spoofing-e2e-token';

/** the end of both senders below: send `m` to `to` through port, print the reply code */
const SMTP_SEND = `
s = smtplib.SMTP('127.0.0.1', int(port), local_hostname='mail.sender.test', timeout=30)
try:
    s.send_message(m, from_addr=sender, to_addrs=[to])
    print('250')
except smtplib.SMTPResponseException as e:
    print(e.smtp_code)
s.quit()
`;

// argv: port, envelope sender, From header, To, Subject, Reply-To ('' = none), HTML body ('' = text only)
const SEND = `
import smtplib, sys
from email.message import EmailMessage
port, sender, from_, to, subject, reply_to, html = sys.argv[1:8]
m = EmailMessage()
m['From'] = from_; m['To'] = to; m['Subject'] = subject
if reply_to: m['Reply-To'] = reply_to
m['Date'] = 'Wed, 02 Dec 2026 09:00:00 +0000'; m['Message-ID'] = '<%s@py.test>' % abs(hash(subject))
m.set_content('Hello,\\nplease see the attached payment details and confirm today.\\nRegards')
if html: m.add_alternative(html, subtype='html')
${SMTP_SEND}`;

// argv: port, envelope sender, From header, To, Subject, iTIP method, event UID, organiser: a meeting
// invitation as Outlook sends one (text and a text/calendar part, base64)
const SEND_INVITE = `
import smtplib, sys
from email.message import EmailMessage
port, sender, from_, to, subject, method, uid, organizer = sys.argv[1:9]
m = EmailMessage()
m['From'] = from_; m['To'] = to; m['Subject'] = subject
m['Date'] = 'Wed, 02 Dec 2026 09:00:00 +0000'; m['Message-ID'] = '<%s@py.test>' % abs(hash(subject))
m.set_content('You have been invited to: %s' % subject)
ics = '\\r\\n'.join(['BEGIN:VCALENDAR', 'METHOD:' + method, 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'BEGIN:VEVENT',
  'UID:' + uid, 'SUMMARY:' + subject, 'ORGANIZER;CN=Organizer:mailto:' + organizer, 'ATTENDEE;RSVP=TRUE:mailto:' + to,
  'DTSTART:20270115T090000Z', 'DTEND:20270115T100000Z', 'END:VEVENT', 'END:VCALENDAR', ''])
m.add_alternative(ics.encode(), maintype='text', subtype='calendar', params={'method': method}, cte='base64')
${SMTP_SEND}`;

describe('spoofing of the company', () => {
  let dns: DnsServer;
  let smarthost: Sink;
  let backend: Sink;
  let gw: Gateway;

  before(async () => {
    smarthost = await startSink();
    backend = await startSink();
    dns = await startDns({
      zones: {
        'partner.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } },
        'freemail.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } },
        'stahlwerk.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } },
        'stahlwerrk.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } },
        'example-com.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } },
        // our own domain: only its real mail servers may send for it
        'example.com': { txt: { '@': 'v=spf1 ip4:192.0.2.25 -all', '_dmarc': 'v=DMARC1; p=none' } },
      },
    });
    gw = await startGateway({
      config: {
        dns: { servers: [dns.server], timeoutMs: 1000 },
        backend: { host: '127.0.0.1', port: backend.port },
        delivery: { smarthost: { host: '127.0.0.1', port: smarthost.port } },
        smtp: { outbound: { allowFrom: ['127.0.0.1/32'] } },
        admin: { apiToken: TOKEN },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await dns?.stop();
    await smarthost?.stop();
    await backend?.stop();
  });

  const send = async (port: number, sender: string, from: string, to: string, subject: string, extra: { replyTo?: string; html?: string } = {}): Promise<string> =>
    (await exec('python3', ['-c', SEND, String(port), sender, from, to, subject, extra.replyTo ?? '', extra.html ?? ''])).stdout.trim();
  /** what the gateway logged for an inbound message (each test sender writes once) */
  async function inbound(sender: string, from: string, subject: string, extra: { replyTo?: string; html?: string } = {}): Promise<{ symbols: string[]; action: unknown }> {
    assert.equal(await send(gw.smtpPort, sender, from, 'bob@example.com', subject, extra), '250');
    const line = await waitFor(() => gw.logLines().find((l) => l.msg === 'transaction' && l.mailFrom === sender), 10000, `log of ${subject}`);
    return { symbols: (line.symbols as string[]) ?? [], action: line.action };
  }
  const relayed = async (subject: string): Promise<string> =>
    (await waitFor(() => backend.messages.find((m) => m.data.toString().includes(subject)), 10000, `relayed ${subject}`)).data.toString('utf8');

  it('learns the suppliers Bob writes to from his outgoing mail', async () => {
    // three messages make stahlwerk.test a correspondent (lookalikeMinCount); the look-alike index
    // is read when the first inbound message arrives, after this
    for (const n of [1, 2, 3]) assert.equal(await send(gw.outboundPort, 'bob@example.com', 'Bob <bob@example.com>', 'einkauf@stahlwerk.test', `order ${n}`), '250');
    await waitFor(() => smarthost.messages.find((m) => m.data.toString().includes('order 3')), 10000, 'outbound delivery');
  });

  it("learns a colleague's display name from her outgoing mail", async () => {
    assert.equal(await send(gw.outboundPort, 'anna@example.com', 'Анна Шмидт <anna@example.com>', 'ivan@partner.test', 'contract draft'), '250');
    await waitFor(() => smarthost.messages.find((m) => m.data.toString().includes('contract draft')), 10000, 'outbound delivery');
  });

  it('tags a stranger who writes under that name (IMPERSONATE_LOCAL_NAME)', async () => {
    // the same name in another order and with a Latin "A" that looks Cyrillic to the reader
    const r = await inbound('director@freemail.test', 'Шмидт Aнна <director@freemail.test>', 'urgent payment');
    assert.ok(r.symbols.includes('IMPERSONATE_LOCAL_NAME'), r.symbols.join(','));
    assert.ok(r.symbols.includes('SPF_PASS'), 'the stranger is authenticated for his own domain: ' + r.symbols.join(','));
    assert.equal(r.action, 'tag');
    assert.match(await relayed('urgent payment'), /^Subject: \[SPAM\] urgent payment/m);
  });

  it('leaves alone a namesake at a company she writes to', async () => {
    const r = await inbound('anna.schmidt@partner.test', 'Anna Schmidt <anna.schmidt@partner.test>', 'namesake at partner');
    assert.ok(!r.symbols.includes('IMPERSONATE_LOCAL_NAME'), r.symbols.join(','));
    const same = await inbound('a.shmidt@partner.test', 'Анна Шмидт <a.shmidt@partner.test>', 'same name at partner');
    assert.ok(same.symbols.includes('KNOWN_DOMAIN') && !same.symbols.includes('IMPERSONATE_LOCAL_NAME'), same.symbols.join(','));
  });

  it('marks mail from outside that forges our own domain (SPOOF_LOCAL_DOMAIN)', async () => {
    const r = await inbound('ceo@example.com', 'CEO <ceo@example.com>', 'wire transfer today');
    assert.ok(r.symbols.includes('SPOOF_LOCAL_DOMAIN') && r.symbols.includes('SPF_FAIL'), r.symbols.join(','));
    // 6 + SPF_FAIL 3 + DMARC_FAIL_NONE 1 + DKIM_NONE 0.2 reaches the quarantine threshold (10)
    assert.equal(r.action, 'quarantine');
    const unrelated = await inbound('news@freemail.test', 'News <news@freemail.test>', 'plain newsletter');
    assert.ok(!unrelated.symbols.some((s) => s.startsWith('SPOOF_') || s === 'IMPERSONATE_LOCAL_NAME'), unrelated.symbols.join(','));
  });

  it('tags a link that shows the bank and leads to a look-alike (PHISHING_LINK), a fake of our webmail login, a login form in the mail', async () => {
    const html = '<p>Please confirm your account at <a href="http://www.sparkase.de/login">https://www.sparkasse.de/login</a> today.</p>';
    // signed without a brand's name: signed "Sparkasse" it would add BRAND_IMPERSONATION and be held (the brand-impersonation tests);
    // nor on a host that begins with the bank's domain ("www.sparkasse.de.konto-check.test"), which LINK_BRAND_DOMAIN_INSIDE holds
    // even on the sender's own site
    const r = await inbound('service@konto-check.test', 'Online-Banking <service@konto-check.test>', 'account check', { html });
    assert.ok(r.symbols.includes('PHISHING_LINK'), r.symbols.join(','));
    assert.equal(r.action, 'tag');
    assert.match(await relayed('account check'), /^X-Spam-Status: Yes, .*tests=.*PHISHING_LINK/m);
    const honest = await inbound('news@partner.test', 'Partner News <news@partner.test>', 'partner newsletter',
      { html: '<p>Our new shop: <a href="http://click.mailer.test/t?u=42">www.partner.test</a></p>' });
    assert.ok(!honest.symbols.includes('PHISHING_LINK'), 'click tracking is not phishing: ' + honest.symbols.join(','));
    // a fake of our own webmail login, behind a link that shows no address
    const owa = await inbound('it-support@helpdesk-mail.test', 'IT Support <it-support@helpdesk-mail.test>', 'mailbox quota',
      { html: '<p>Your mailbox is almost full. <a href="https://example.com.owa-login.test/owa/auth">Sign in</a> to keep receiving mail.</p>' });
    assert.ok(owa.symbols.includes('LINK_LOOKALIKE_LOCAL'), owa.symbols.join(','));
    assert.match(await relayed('mailbox quota'), /^X-Spam-Status: Yes, .*tests=.*LINK_LOOKALIKE_LOCAL/m);
    // the login page in the mail itself (PHISHING_FORM)
    const form = await inbound('it-desk@mailbox-verify.test', 'IT Desk <it-desk@mailbox-verify.test>', 'verify your mailbox',
      { html: '<form method="post" action="https://mail-verify.test/collect.php"><p>Sign in to verify your mailbox:</p><input name="u"><input type="password" name="p"><input type="submit" value="Verify"></form>' });
    assert.ok(form.symbols.includes('PHISHING_FORM'), form.symbols.join(','));
    assert.match(await relayed('verify your mailbox'), /^X-Spam-Status: Yes, .*tests=.*PHISHING_FORM/m);
  });

  it("marks replies that go to a look-alike of the sender's domain when the sender is not authenticated (REPLYTO_LOOKALIKE)", async () => {
    const r = await inbound('billing@lieferant.test', 'Lieferant Billing <billing@lieferant.test>', 'new bank account', { replyTo: 'billing@lieferannt.test' });
    assert.ok(r.symbols.includes('REPLYTO_LOOKALIKE'), r.symbols.join(','));
    assert.match(await relayed('new bank account'), /^X-Spam-Status: .*tests=.*REPLYTO_LOOKALIKE/m);
    // partner.test passes SPF: it chose its Reply-To itself
    const own = await inbound('accounts@partner.test', 'Partner Accounts <accounts@partner.test>', 'help desk reply-to', { replyTo: 'help@partner-support.test' });
    assert.ok(!own.symbols.includes('REPLYTO_LOOKALIKE') && own.symbols.includes('SPF_PASS'), own.symbols.join(','));
  });

  it('marks replies that go to a free-mail account, unless a colleague writes to it (REPLYTO_FREEMAIL)', async () => {
    const r = await inbound('billing@partner.test', 'Partner Billing <billing@partner.test>', 'changed bank details', { replyTo: 'partner.billing.dept@gmail.com' });
    assert.ok(r.symbols.includes('REPLYTO_FREEMAIL'), r.symbols.join(','));
    assert.match(await relayed('changed bank details'), /^X-Spam-Status: .*tests=.*REPLYTO_FREEMAIL/m);
    // bob writes to the consultant's private account through the gateway; from then on it is a correspondent
    assert.equal(await send(gw.outboundPort, 'bob@example.com', 'Bob <bob@example.com>', 'k.meyer.consulting@gmail.com', 'workshop dates'), '250');
    await waitFor(() => smarthost.messages.find((m) => m.data.toString().includes('workshop dates')), 10000, 'outbound delivery');
    const known = await inbound('office@partner.test', 'Meyer Consulting <office@partner.test>', 'workshop reply', { replyTo: 'k.meyer.consulting@gmail.com' });
    assert.ok(!known.symbols.includes('REPLYTO_FREEMAIL'), known.symbols.join(','));
  });

  it("marks a sender whose domain imitates a supplier's (LOOKALIKE_CORRESPONDENT) or ours (LOOKALIKE_LOCAL_DOMAIN), SPF or not", async () => {
    const fake = await inbound('rechnung@stahlwerrk.test', 'Stahlwerk Buchhaltung <rechnung@stahlwerrk.test>', 'updated invoice');
    assert.ok(fake.symbols.includes('LOOKALIKE_CORRESPONDENT') && fake.symbols.includes('SPF_PASS'), fake.symbols.join(','));
    assert.match(await relayed('updated invoice'), /^X-Spam-Status: .*tests=.*LOOKALIKE_CORRESPONDENT/m);
    const real = await inbound('verkauf@stahlwerk.test', 'Stahlwerk Verkauf <verkauf@stahlwerk.test>', 'order confirmation');
    assert.ok(!real.symbols.some((x) => x.startsWith('LOOKALIKE_')) && real.symbols.includes('KNOWN_DOMAIN'), real.symbols.join(','));
    const ours = await inbound('ceo@example-com.test', 'CEO <ceo@example-com.test>', 'confidential acquisition');
    assert.ok(ours.symbols.includes('LOOKALIKE_LOCAL_DOMAIN'), ours.symbols.join(','));
    assert.equal(ours.action, 'tag');
  });

  it("counts them on the dashboard and lists the learned name for the admin", async () => {
    const api = async (path: string): Promise<unknown> => (await fetch(`http://127.0.0.1:${gw.webPort}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    type Totals = { spoofedDomain: number; impersonation: number; lookalikeLocal: number; lookalikeCorrespondent: number; spoofing: number };
    const totals = ((await api('/api/admin/stats')) as { traffic: { totals: Totals } }).traffic.totals;
    assert.deepEqual([totals.spoofedDomain, totals.impersonation, totals.lookalikeLocal, totals.lookalikeCorrespondent, totals.spoofing], [1, 1, 1, 1, 4]);
    const names = (await api('/api/admin/senders/names')) as Array<{ shown: string; address: string }>;
    assert.deepEqual(names.map((n) => [n.shown, n.address]), [['Анна Шмидт', 'anna@example.com']]);
  });

  it('marks an invitation from outside organised in a colleague\'s name (SPOOF_CALENDAR_ORGANIZER), not her own meeting forwarded by an attendee', async () => {
    const invite = async (port: number, sender: string, from: string, to: string, subject: string, method: string, uid: string, organizer: string): Promise<string> =>
      (await exec('python3', ['-c', SEND_INVITE, String(port), sender, from, to, subject, method, uid, organizer])).stdout.trim();
    // Anna invites Ivan at the partner through the outbound gateway; Ivan forwards the meeting to Bob
    const uid = '040000008200E00074C5B7101A82E00800000000A1B2C3D4@example.com';
    assert.equal(await invite(gw.outboundPort, 'anna@example.com', 'Anna <anna@example.com>', 'ivan@partner.test', 'Contract review', 'REQUEST', uid, 'anna@example.com'), '250');
    await waitFor(() => smarthost.messages.find((m) => m.data.toString().includes('Contract review')), 10000, 'outbound delivery');
    assert.equal(await invite(gw.smtpPort, 'ivan@partner.test', 'Ivan <ivan@partner.test>', 'bob@example.com', 'FW: Contract review', 'REQUEST', uid, 'anna@example.com'), '250');
    const forwarded = await waitFor(() => gw.logLines().find((l) => l.msg === 'transaction' && l.mailFrom === 'ivan@partner.test'), 10000, 'log of the forward');
    assert.ok(!(forwarded.symbols as string[]).includes('SPOOF_CALENDAR_ORGANIZER'), (forwarded.symbols as string[]).join(','));
    // a stranger's "salary review" organised by HR, from his own authenticated domain
    assert.equal(await invite(gw.smtpPort, 'hr.portal@freemail.test', 'HR <hr.portal@freemail.test>', 'bob@example.com', 'Salary review 2027', 'REQUEST', 'a81f@freemail.test', 'hr@example.com'), '250');
    const forged = await waitFor(() => gw.logLines().find((l) => l.msg === 'transaction' && l.mailFrom === 'hr.portal@freemail.test'), 10000, 'log of the forged invitation');
    assert.ok((forged.symbols as string[]).includes('SPOOF_CALENDAR_ORGANIZER') && (forged.symbols as string[]).includes('SPF_PASS'), (forged.symbols as string[]).join(','));
    assert.equal(forged.action, 'tag');
    assert.match(await relayed('Salary review 2027'), /^X-Spam-Status: .*tests=.*SPOOF_CALENDAR_ORGANIZER/m);
  });
});
