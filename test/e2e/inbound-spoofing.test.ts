// Spoofing of the company end to end, with real SMTP (Python's smtplib) and a real DNS server
// (dnsmasq) for SPF: a colleague's display name is learned from her outgoing mail, and a stranger
// who then writes under that name is tagged (IMPERSONATE_LOCAL_NAME), while a namesake at a company
// she writes to is not; mail from outside that forges our own domain is quarantined (SPOOF_LOCAL_DOMAIN);
// the dashboard counts both and the admin API lists the learned name.
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

// argv: port, envelope sender, From header, To, Subject
const SEND = `
import smtplib, sys
from email.message import EmailMessage
port, sender, from_, to, subject = sys.argv[1:6]
m = EmailMessage()
m['From'] = from_; m['To'] = to; m['Subject'] = subject
m['Date'] = 'Wed, 02 Dec 2026 09:00:00 +0000'; m['Message-ID'] = '<%s@py.test>' % abs(hash(subject))
m.set_content('Hello,\\nplease see the attached payment details and confirm today.\\nRegards')
s = smtplib.SMTP('127.0.0.1', int(port), local_hostname='mail.sender.test', timeout=30)
try:
    s.send_message(m, from_addr=sender, to_addrs=[to])
    print('250')
except smtplib.SMTPResponseException as e:
    print(e.smtp_code)
s.quit()
`;

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

  const send = async (port: number, sender: string, from: string, to: string, subject: string): Promise<string> =>
    (await exec('python3', ['-c', SEND, String(port), sender, from, to, subject])).stdout.trim();
  /** what the gateway logged for an inbound message (each test sender writes once) */
  async function inbound(sender: string, from: string, subject: string): Promise<{ symbols: string[]; action: unknown }> {
    assert.equal(await send(gw.smtpPort, sender, from, 'bob@example.com', subject), '250');
    const line = await waitFor(() => gw.logLines().find((l) => l.msg === 'transaction' && l.mailFrom === sender), 10000, `log of ${subject}`);
    return { symbols: (line.symbols as string[]) ?? [], action: line.action };
  }
  const relayed = async (subject: string): Promise<string> =>
    (await waitFor(() => backend.messages.find((m) => m.data.toString().includes(subject)), 10000, `relayed ${subject}`)).data.toString('utf8');

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

  it("counts both on the dashboard and lists the learned name for the admin", async () => {
    const api = async (path: string): Promise<unknown> => (await fetch(`http://127.0.0.1:${gw.webPort}${path}`, { headers: { authorization: `Bearer ${TOKEN}` } })).json();
    const totals = ((await api('/api/admin/stats')) as { traffic: { totals: { spoofedDomain: number; impersonation: number } } }).traffic.totals;
    assert.deepEqual([totals.spoofedDomain, totals.impersonation], [1, 1]);
    const names = (await api('/api/admin/senders/names')) as Array<{ shown: string; address: string }>;
    assert.deepEqual(names.map((n) => [n.shown, n.address]), [['Анна Шмидт', 'anna@example.com']]);
  });
});
