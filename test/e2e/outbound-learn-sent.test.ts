// `mailmoat learn-sent` as a process beside a running gateway: a Sent folder exported from the mail
// server teaches the correspondents on the day mailmoat is installed. A reply from one of them then
// gets KNOWN_SENDER (SPF passes on a real DNS server), and a look-alike of its domain
// LOOKALIKE_CORRESPONDENT, as if months of outbound mail had passed through the gateway. Running
// the command again learns nothing twice.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';
import { listKnownSenders } from '../../src/outbound/known-senders.ts';
import type { Store } from '../../src/store/types.ts';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { REPO_ROOT, openGatewayStore, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { message, sendMail } from '../unit/outbound/smtp-dialog.ts';

const run = promisify(execFile);
const DAY = 86_400_000;

describe('learn-sent: correspondents from the Sent folder, before any mail was relayed', () => {
  let dns: DnsServer;
  let backend: Sink;
  let gw: Gateway;
  let store: Store;
  let dir: string;

  before(async () => {
    backend = await startSink();
    dns = await startDns({
      zones: {
        'lieferant.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } },
        'lieferannt.test': { txt: { '@': 'v=spf1 ip4:127.0.0.1 -all' } },
      },
    });
    dir = mkdtempSync(join(tmpdir(), 'mm-sent-e2e-'));
    // the look-alike check re-reads the correspondents every 5 minutes (spoofing.lookalikeRefreshSeconds); here for every message
    const rules = join(dir, 'rules');
    cpSync(join(REPO_ROOT, 'rules'), rules, { recursive: true });
    const checks = readFileSync(join(rules, 'checks.yaml'), 'utf8');
    assert.match(checks, /^ {2}lookalikeRefreshSeconds: \d+/m);
    writeFileSync(join(rules, 'checks.yaml'), checks.replace(/^( {2}lookalikeRefreshSeconds:) \d+/m, '$1 0'));
    gw = await startGateway({ rulesDir: rules, config: { dns: { servers: [dns.server], timeoutMs: 1000 }, backend: { host: '127.0.0.1', port: backend.port } } });
    store = await openGatewayStore(gw);
    const cur = join(dir, 'Sent', 'cur');
    mkdirSync(cur, { recursive: true });
    // three orders to the supplier over the last weeks (LF line endings, as a maildir keeps them), and a message received
    for (let i = 1; i <= 3; i++) {
      writeFileSync(join(cur, `order${i}`), [
        'From: Anna Schmidt <alice@example.com>', 'To: Stefan Maier <s.maier@lieferant.test>', `Date: ${new Date(Date.now() - i * 7 * DAY).toUTCString()}`,
        `Message-ID: <order${i}@example.com>`, `Subject: Bestellung ${4500 + i}`, '', 'Guten Tag Herr Maier, anbei unsere Bestellung.', '',
      ].join('\n'));
    }
    writeFileSync(join(cur, 'received'), 'From: s.maier@lieferant.test\nTo: alice@example.com\nSubject: AB\nMessage-ID: <ab1@lieferant.test>\n\nDanke\n');
  });
  after(async () => {
    await store?.close();
    await gw?.cleanup();
    await dns?.stop();
    await backend?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const learnSent = () => run(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'learn-sent', join(dir, 'Sent'), '--config', gw.configFile, '--quiet']);

  const seen = new Set<string>();
  /** sends inbound mail and returns the symbols the gateway logged for it */
  async function inbound(from: string, subject: string): Promise<string[]> {
    const r = await sendMail(gw.smtpPort, { helo: 'mail.lieferant.test', from, to: ['alice@example.com'], message: message(from, 'alice@example.com', subject) });
    assert.ok(r.data, `inbound transaction reached DATA: ${JSON.stringify(r)}`);
    const line = await waitFor(() => gw.logLines().find((l) => l.msg === 'transaction' && l.mailFrom === from && l.tx && !seen.has(String(l.tx))), 10000, `transaction log for ${subject}`);
    seen.add(String(line.tx));
    return (line.symbols as string[]) ?? [];
  }

  it('before: the supplier is a stranger', async () => {
    const symbols = await inbound('s.maier@lieferant.test', 'Auftragsbestätigung');
    assert.ok(symbols.includes('SPF_PASS'), symbols.join(','));
    assert.ok(!symbols.includes('KNOWN_SENDER'), symbols.join(','));
  });

  it('learns the three orders and skips the message received', async () => {
    const { stdout } = await learnSent();
    assert.match(stdout, /^learned 3 of 4 messages in [\d.]+ s: 1 correspondent at 1 domain, 1 display name of our senders; skipped 1 not sent from example\.com$/m);
    const pairs = await listKnownSenders(store, { q: 'lieferant.test' });
    assert.deepEqual(pairs.map((p) => [p.internal, p.external, p.count]), [['alice@example.com', 's.maier@lieferant.test', 3]]);
  });

  it('after: the supplier\'s reply gets KNOWN_SENDER, its look-alike LOOKALIKE_CORRESPONDENT', async () => {
    const known = await inbound('s.maier@lieferant.test', 'Re: Bestellung 4501');
    assert.ok(known.includes('KNOWN_SENDER'), known.join(','));
    const lookalike = await inbound('s.maier@lieferannt.test', 'Neue Bankverbindung');
    assert.ok(lookalike.includes('LOOKALIKE_CORRESPONDENT'), lookalike.join(','));
    assert.ok(!lookalike.includes('KNOWN_SENDER'), lookalike.join(','));
  });

  it('run again, it learns nothing twice', async () => {
    const { stdout } = await learnSent();
    assert.match(stdout, /^learned 0 of 4 messages .*skipped 1 not sent from example\.com, 3 learned before$/m);
    assert.equal((await listKnownSenders(store, { q: 'lieferant.test' }))[0]?.count, 3);
  });
});
