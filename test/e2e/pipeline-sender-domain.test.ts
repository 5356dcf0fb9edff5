// The senders' domains (envelope and From) through the real gateway and a real DNS server
// (dnsmasq): a domain that does not exist, one with no mail host, one whose MX host has no address,
// one with a null MX, one that answers SERVFAIL, and honest ones (an MX, or only an address record).
// And how old the senders' and links' domains are: a loopback HTTP server plays IANA's bootstrap
// server and a registry (RDAP), found by its name in the same DNS server.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { smtpSend } from './pipeline-client.ts';

let dns: DnsServer;
let sink: Sink;
let gw: Gateway;
let rulesDir: string;
/** the registry: RDAP requests asked, and each test domain's registration date */
let registry: Server;
const registryAsked: string[] = [];
const DAY = 86_400_000;
const registered = new Map<string, number>([
  ['lieferant-gmbh-de.test', Date.now() - 2 * DAY],
  ['lieferant-gmbh.test', Date.now() - 6000 * DAY],
  ['schuhe-outlet.test', Date.now() - 10 * DAY],
]);

before(async () => {
  rulesDir = mkdtempSync(join(tmpdir(), 'mm-e2e-sender-'));
  cpSync(join(REPO_ROOT, 'rules'), rulesDir, { recursive: true });
  writeFileSync(join(rulesDir, 'dnsbl.yaml'), 'lists: []\n');
  registry = createServer((req, res) => {
    registryAsked.push(req.url!);
    if (req.url === '/dns.json') return void res.writeHead(200).end(JSON.stringify({ services: [[['test'], [`http://rdap.registry.test:${port()}/rdap/`]]] }));
    const at = registered.get(req.url!.replace('/rdap/domain/', ''));
    if (at === undefined) return void res.writeHead(404).end();
    res.writeHead(200, { 'content-type': 'application/rdap+json' }).end(JSON.stringify({ objectClassName: 'domain', events: [{ eventAction: 'registration', eventDate: new Date(at).toISOString() }] }));
  });
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
  const port = (): number => (registry.address() as { port: number }).port;
  const checks = join(rulesDir, 'checks.yaml');
  const withRegistry = readFileSync(checks, 'utf8').replace(/^(\s+bootstrapUrl:) \S+/m, `$1 http://rdap.registry.test:${port()}/dns.json`);
  assert.notEqual(withRegistry, readFileSync(checks, 'utf8'), 'the shipped checks.yaml names the bootstrap URL');
  writeFileSync(checks, withRegistry);
  dns = await startDns({
    zones: {
      'senders.test': {
        mx: { 'shop': [{ host: 'mx.shop.senders.test', pref: 10 }], 'nomail': [{ host: '.', pref: 0 }], 'ghost': [{ host: 'mx.ghost.senders.test', pref: 10 }] },
        a: { 'mx.shop': '192.0.2.25', 'bare': '192.0.2.26' },
        txt: { 'parked': 'v=spf1 -all' },
      },
    },
    records: { a: { 'rdap.registry.test': '127.0.0.1', 'lieferant-gmbh-de.test': '192.0.2.30', 'lieferant-gmbh.test': '192.0.2.31' } },
    servfail: ['broken.test'],
  });
  sink = await startSink();
  gw = await startGateway({ rulesDir, config: { backend: { host: '127.0.0.1', port: sink.port }, dns: { servers: [dns.server], timeoutMs: 2000 } } });
});

after(async () => {
  await gw?.cleanup();
  await sink?.stop();
  await dns?.stop();
  await new Promise((resolve) => registry?.close(resolve));
  rmSync(rulesDir, { recursive: true, force: true });
});

/** The sender-domain symbols of a message from this envelope sender (and From header), as the X-Spam-Status the mail server sees. */
async function symbolsFor(mailFrom: string, fromHeader?: string, body = 'Hello Bob, see you at the meeting on Tuesday.', prefix = /^SENDER_(?!DOMAIN_NEW)/): Promise<string[]> {
  const subject = `from ${mailFrom} ${fromHeader ?? ''} ${body.length}`.trim();
  const r = await smtpSend({ port: gw.smtpPort, from: mailFrom, fromHeader, to: ['bob@example.com'], subject, body });
  assert.match(r.final, /^250/, `${mailFrom}: ${r.final}`);
  const m = await waitFor(() => sink.messages.find((x) => x.data.toString().includes(`Subject: ${subject}`) || x.data.toString().includes(`Subject: [SPAM] ${subject}`)), 5000, 'delivery');
  const tests = /X-Spam-Status: .* tests=([^\r\n]*)/.exec(m.data.toString())?.[1] ?? '';
  return tests.split(',').filter((s) => prefix.test(s));
}

test('a sender domain that cannot receive mail is scored by what DNS says; honest domains and DNS failures are not', async () => {
  assert.deepEqual(await symbolsFor('info@shop.senders.test'), [], 'an MX');
  assert.deepEqual(await symbolsFor('info@bare.senders.test'), [], 'no MX, but an address: the implicit MX');
  assert.deepEqual(await symbolsFor('x@gone.senders.test'), ['SENDER_DOMAIN_UNKNOWN']);
  assert.deepEqual(await symbolsFor('x@parked.senders.test'), ['SENDER_NO_MAIL_HOST']);
  assert.deepEqual(await symbolsFor('x@nomail.senders.test'), ['SENDER_NULL_MX']);
  assert.deepEqual(await symbolsFor('x@ghost.senders.test'), ['SENDER_NO_MAIL_HOST'], 'its MX names a host without an address');
  assert.deepEqual(await symbolsFor('x@mail.broken.test'), [], 'SERVFAIL scores nothing');
  assert.deepEqual(await symbolsFor(''), [], 'a bounce has no sender domain');
});

test('the From header\'s domain is asked too: a made-up From behind an honest envelope, and a bounce that names only its From', async () => {
  assert.deepEqual(await symbolsFor('bounce-123@shop.senders.test', 'Shop <news@bare.senders.test>'), [], 'both honest');
  assert.deepEqual(await symbolsFor('bounce-124@shop.senders.test', 'Bank <security@gone.senders.test>'), ['SENDER_DOMAIN_UNKNOWN']);
  assert.deepEqual(await symbolsFor('bounce-125@shop.senders.test', '<x@ghost.senders.test>'), ['SENDER_NO_MAIL_HOST']);
  assert.deepEqual(await symbolsFor('', 'Mail Delivery System <mailer-daemon@gone.senders.test>'), ['SENDER_DOMAIN_UNKNOWN'], 'a bounce from a made-up domain');
  // one made-up sender, one sign: envelope and From at two dead domains score once
  assert.deepEqual(await symbolsFor('x@gone.senders.test', '<y@old.senders.test>'), ['SENDER_DOMAIN_UNKNOWN']);
  // a device behind a partner's relay, its From an internal name: a misconfiguration, not a made-up sender
  assert.deepEqual(await symbolsFor('scanner@shop.senders.test', 'Scanner <scanner@firma.local>'), []);
  // our own domains are the spoofing check's business
  assert.deepEqual(await symbolsFor('bounce-126@shop.senders.test', '<ceo@example.com>').then((s) => s.filter((x) => x.startsWith('SENDER_DOMAIN'))), []);
});

test('an admin can leave the From header out (sender-domain.fromHeader: false); the envelope is still asked', async () => {
  const checks = join(rulesDir, 'checks.yaml');
  const edited = readFileSync(checks, 'utf8').replace(/^(\s+fromHeader:) true/m, '$1 false');
  assert.notEqual(edited, readFileSync(checks, 'utf8'), 'the shipped checks.yaml names the option');
  writeFileSync(checks, edited);
  await waitFor(() => /rules reloaded/.test(gw.logs()), 5000, 'reload log line');
  assert.deepEqual(await symbolsFor('bounce-127@shop.senders.test', 'Bank <security@gone.senders.test>'), []);
  assert.deepEqual(await symbolsFor('x@gone.senders.test', '<y@bare.senders.test>'), ['SENDER_DOMAIN_UNKNOWN']);
});

test('a sender\'s or a link\'s domain registered days ago is scored by its age, asked of the registry once', async () => {
  const ages = (mailFrom: string, body?: string) => symbolsFor(mailFrom, undefined, body, /_DOMAIN_NEW$/);
  assert.deepEqual(await ages('buchhaltung@lieferant-gmbh-de.test', 'Bitte überweisen Sie ab sofort auf unser neues Konto.'), ['SENDER_DOMAIN_NEW']);
  assert.deepEqual(await ages('buchhaltung@lieferant-gmbh.test', 'Die Rechnung 4711 liegt bei. Mit freundlichen Grüßen'), [], 'a supplier of sixteen years');
  assert.deepEqual(await ages('news@lieferant-gmbh.test', 'Sneaker -70 %: https://www.schuhe-outlet.test/sale?id=5'), ['LINK_DOMAIN_NEW']);
  assert.deepEqual(await ages('buchhaltung@lieferant-gmbh-de.test', 'Haben Sie unsere Nachricht erhalten?'), ['SENDER_DOMAIN_NEW']);
  assert.deepEqual(registryAsked.filter((p) => /lieferant|schuhe/.test(p)), ['/rdap/domain/lieferant-gmbh-de.test', '/rdap/domain/lieferant-gmbh.test', '/rdap/domain/schuhe-outlet.test'], 'each domain once: the second message read the Store');
  assert.equal(registryAsked.filter((p) => p === '/dns.json').length, 1, 'the bootstrap file read once (the earlier tests\' senders.test and broken.test were asked too)');
  const health = await (await fetch(`http://127.0.0.1:${gw.webPort}/healthz`)).json() as { components: Record<string, { ok: boolean; detail: string }> };
  assert.equal(health.components.registries?.ok, true);
  assert.match(health.components.registries!.detail, /^rdap\.registry\.test answered at /);
});
