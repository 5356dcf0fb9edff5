// A supplier's bank account that changed, end to end, with real SMTP (Python's smtplib) and a real
// DNS server (dnsmasq) for SPF: Alice's outgoing mail makes the supplier a known correspondent and
// our invoice to three customers makes our own account known; the supplier's authenticated
// invoices teach the gateway its account. Then the supplier's own mailbox, authenticated and
// known, announces "neue Bankverbindung" with an account in another country: tagged
// (PAYEE_ACCOUNT_CHANGED, PAYEE_ACCOUNT_ABROAD), the known sender's credits not counted. Its mail quoting our account is nothing; an invoice forged
// from another server teaches nothing.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { ourKeyOf, senderKeyOf } from '../../src/pipeline/checks/payee-accounts.ts';
import type { Store } from '../../src/store/types.ts';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { REPO_ROOT, openGatewayStore, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';

const exec = promisify(execFile);
// argv: port, client address, envelope sender, From header, To (comma-separated), Subject, body (UTF-8, sent 8-bit in charset), charset
const SEND = `
import smtplib, sys
from email.message import EmailMessage
port, source, sender, from_, to, subject, body, charset = sys.argv[1:9]
m = EmailMessage()
m['From'] = from_; m['To'] = to; m['Subject'] = subject
m['Date'] = 'Thu, 03 Dec 2026 09:00:00 +0000'; m['Message-ID'] = '<%s@py.test>' % abs(hash(subject + source))
m.set_content(body, charset=charset, cte='8bit' if charset != 'utf-8' else 'quoted-printable')
s = smtplib.SMTP('127.0.0.1', int(port), local_hostname='mail.lieferant.test', timeout=30, source_address=(source, 0))
try:
    s.send_message(m, from_addr=sender, to_addrs=to.split(','))
    print('250')
except smtplib.SMTPResponseException as e:
    print(e.smtp_code)
s.quit()
`;
const OLD = 'DE89 3704 0044 0532 0130 00', NEW = 'LT12 1000 0111 0100 1000', THIRD = 'PL61 1090 1014 0000 0712 1981 2874', OURS = 'GB29 NWBK 6016 1331 9268 19';

describe('a supplier\'s bank account that changed', () => {
  let dns: DnsServer;
  let smarthost: Sink;
  let backend: Sink;
  let gw: Gateway;
  let store: Store;
  let rulesDir: string;

  before(async () => {
    smarthost = await startSink();
    backend = await startSink();
    dns = await startDns({ zones: { 'lieferant.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } } } });
    // an account named once is the sender's own at once here; by default after 14 days
    rulesDir = mkdtempSync(join(tmpdir(), 'mm-e2e-payee-'));
    cpSync(join(REPO_ROOT, 'rules'), rulesDir, { recursive: true });
    writeFileSync(join(rulesDir, 'dnsbl.yaml'), 'lists: []\n');
    const checks = readFileSync(join(rulesDir, 'checks.yaml'), 'utf8');
    assert.match(checks, /^ {2}establishDays: 14$/m);
    writeFileSync(join(rulesDir, 'checks.yaml'), checks.replace(/^ {2}establishDays: 14$/m, '  establishDays: 0'));
    gw = await startGateway({
      rulesDir,
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
    rmSync(rulesDir, { recursive: true, force: true });
  });

  const send = async (port: number, o: { source?: string; sender: string; from?: string; to: string; subject: string; body: string; charset?: string }): Promise<string> =>
    (await exec('python3', ['-c', SEND, String(port), o.source ?? '127.0.0.1', o.sender, o.from ?? o.sender, o.to, o.subject, o.body, o.charset ?? 'utf-8'])).stdout.trim();
  /** an inbound message from the supplier to Alice: what the gateway logged for it */
  async function inbound(subject: string, body: string, o: { source?: string; charset?: string } = {}): Promise<{ symbols: string[]; action: unknown }> {
    assert.equal(await send(gw.smtpPort, { ...o, sender: 'rechnungen@lieferant.test', from: 'Lieferant GmbH <rechnungen@lieferant.test>', to: 'alice@example.com', subject, body }), '250');
    // the supplier's messages go one at a time: its first transaction not yet read is this one's
    const line = await waitFor(() => gw.logLines().find((l) => l.msg === 'transaction' && l.mailFrom === 'rechnungen@lieferant.test' && !seen.has(String(l.tx))), 10000, `log of ${subject}`);
    seen.add(String(line.tx));
    return { symbols: (line.symbols as string[]) ?? [], action: line.action };
  }
  const seen = new Set<string>();
  const accounts = async (): Promise<number> => Object.keys(JSON.parse((await store.cache.get(senderKeyOf('lieferant.test'))) ?? '{}') as object).length;

  it('learns the supplier as a correspondent and our account from outbound mail', async () => {
    assert.equal(await send(gw.outboundPort, { sender: 'alice@example.com', from: 'Alice <alice@example.com>', to: 'rechnungen@lieferant.test', subject: 'Bestellung 4471', body: 'Sehr geehrte Damen und Herren,\nanbei unsere Bestellung.' }), '250');
    const invoice = `Rechnung 2026-77 über 1.200,00 GBP, zahlbar auf unser Konto IBAN ${OURS}.`;
    assert.equal(await send(gw.outboundPort, { sender: 'billing@example.com', to: 'ap@kunde-eins.test,einkauf@kunde-zwei.test,office@kunde-drei.test', subject: 'Rechnung 2026-77', body: invoice }), '250');
    const ours = await waitFor(async () => ((await store.cache.get(ourKeyOf(OURS.replace(/ /g, ''))))?.split(',').length ?? 0) >= 3 || null, 10000, 'our account learned');
    assert.ok(ours);
  });

  it('learns the supplier\'s account from its accepted, authenticated invoices', async () => {
    const r = await inbound('Rechnung RE-2026-118', `Sehr geehrte Frau Schmidt,\nanbei unsere Rechnung RE-2026-118 über 4.180,00 EUR.\nBitte überweisen Sie auf IBAN ${OLD}.`, { charset: 'iso-8859-1' });
    assert.equal(r.action, 'accept');
    assert.ok(r.symbols.includes('SPF_PASS') && r.symbols.includes('KNOWN_SENDER') && !r.symbols.some((s) => s.startsWith('PAYEE_')), r.symbols.join(','));
    await waitFor(async () => (await accounts()) === 1 || null, 10000, 'the supplier\'s account remembered');
  });

  it('tags the known supplier\'s authenticated change of bank details to a foreign account its mail never named', async () => {
    const r = await inbound('Neue Bankverbindung', `Sehr geehrte Damen und Herren,\naufgrund eines Bankwechsels gilt ab sofort unsere neue Bankverbindung:\nIBAN ${NEW}\nBitte passen Sie Ihre Stammdaten an und überweisen Sie die offene Rechnung RE-2026-118 dorthin.`, { charset: 'iso-8859-1' });
    for (const s of ['PAYEE_ACCOUNT_CHANGED', 'PAYEE_ACCOUNT_ABROAD', 'KNOWN_SENDER', 'SPF_PASS']) assert.ok(r.symbols.includes(s), `${s} in ${r.symbols.join(',')}`);
    assert.equal(r.action, 'tag');
    const relayed = (await waitFor(() => backend.messages.find((m) => m.data.toString().includes('Neue Bankverbindung')), 10000, 'the tagged change')).data.toString();
    assert.match(relayed, /^Subject: \[SPAM\] Neue Bankverbindung/m);
    assert.match(relayed, /PAYEE_ACCOUNT_CHANGED/);
    // tagged, not accepted: its account does not become the supplier's
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await accounts(), 1);
  });

  it('leaves alone its mail quoting our own account; learns nothing from an invoice forged from another server', async () => {
    const quoting = await inbound('Zahlungseingang', `Wir haben Ihre Gutschrift auf Ihr Konto ${OURS} veranlasst. Unsere Bankverbindung bleibt ${OLD}.`);
    assert.ok(!quoting.symbols.some((s) => s.startsWith('PAYEE_')), quoting.symbols.join(','));
    const forged = await inbound('Rechnung RE-2026-119', `Rechnung RE-2026-119 über 980,00 EUR, zahlbar auf IBAN ${THIRD}.`, { source: '127.0.0.2' });
    assert.ok(forged.symbols.includes('SPF_FAIL') && forged.symbols.includes('PAYEE_ACCOUNT_UNFAMILIAR'), forged.symbols.join(','));
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await accounts(), 1, 'the forged invoice taught nothing');
    const again = await inbound('Rechnung RE-2026-120', `Rechnung RE-2026-120 über 310,00 EUR, zahlbar auf IBAN ${THIRD}.`);
    assert.ok(again.symbols.includes('SPF_PASS') && again.symbols.includes('PAYEE_ACCOUNT_UNFAMILIAR'), again.symbols.join(','));
  });
});
