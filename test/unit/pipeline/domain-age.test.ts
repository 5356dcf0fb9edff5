// The domain-age check: which domains of a message it asks about (senders', links', not ours, not a
// platform's customers'), and how a registration date becomes a symbol. A loopback HTTP server plays
// the bootstrap server and the registries, at an address (no name to resolve); the Store is real.
// Through SMTP with names in a real DNS server: test/e2e/pipeline-sender-domain.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, beforeEach, describe, it } from 'node:test';
import { resetRdapState } from '../../../src/dns/rdap.ts';
import { forgetUnreachable } from '../../../src/dns/web.ts';
import { domainAgeCheck, newDomainHit, registeredDomainOf } from '../../../src/pipeline/checks/domain-age.ts';
import { dataContext, quietLog, tempStore, testConfig } from './util.ts';

const DAY = 86_400_000;
let server: Server;
let base = '';
const asked: string[] = [];
/** domain → registration date (ms), or 'slow' (answers after 2 s) */
const registry = new Map<string, number | 'slow'>();

before(async () => {
  server = createServer((req, res) => {
    asked.push(req.url!);
    if (req.url === '/dns.json') {
      res.writeHead(200).end(JSON.stringify({ services: [[['com', 'shop', 'eu', 'dev', 'uk'], [`${base}/rdap/`]]] }));
      return;
    }
    const when = registry.get(req.url!.replace('/rdap/domain/', ''));
    if (when === undefined) return void res.writeHead(404).end();
    const answer = (at: number) => res.writeHead(200).end(JSON.stringify({ events: [{ eventAction: 'registration', eventDate: new Date(at).toISOString() }] }));
    if (when === 'slow') setTimeout(() => answer(Date.now() - DAY), 2000);
    else answer(when);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

const db = tempStore('mm-domain-age-');
beforeEach(() => {
  asked.length = 0;
  registry.clear();
  resetRdapState();
  forgetUnreachable();
});

const config = testConfig({ 'smtp.localDomains': ['example.com', 'examplegroup.eu'] });
async function hits(raw: string, o: { mailFrom?: string; trusted?: boolean; options?: Record<string, unknown> } = {}): Promise<string[]> {
  const ctx = await dataContext(Buffer.from(raw.replace(/\n/g, '\r\n')), { mailFrom: o.mailFrom ?? 'bounce@mailer.com', trusted: o.trusted });
  const options = domainAgeCheck.options.parse({ bootstrapUrl: `${base}/dns.json`, ...o.options });
  const out = await domainAgeCheck.run(ctx, { options, config, store: db.store, log: quietLog, signal: new AbortController().signal });
  return out.map((h) => `${h.symbol} ${h.weight}: ${h.detail}`);
}
const mail = (from: string, body: string, extra = '') => `From: ${from}\nTo: carol@example.com\nSubject: Invoice\n${extra}MIME-Version: 1.0\nContent-Type: text/html; charset=utf-8\n\n<p>${body}</p>\n`;

describe('the domains a message is judged by', () => {
  it('a sender domain registered today: full weight; its own links are not counted again; an old link domain gives nothing', async () => {
    // an hour ago: in the first hour after midnight (UTC) that is yesterday's date, and still "today" by its age
    const registered = Date.now() - 3600_000;
    registry.set('examplegroup-it.com', registered);
    registry.set('mailer.com', Date.now() - 4000 * DAY);
    registry.set('microsoft.com', Date.now() - 11_000 * DAY);
    const out = await hits(mail('"IT Service Desk" <it@examplegroup-it.com>', '<a href="https://login.examplegroup-it.com/mfa">re-register</a> <a href="https://www.microsoft.com/">Microsoft</a>'));
    assert.deepEqual(out, [`SENDER_DOMAIN_NEW 1: From: examplegroup-it.com registered ${new Date(registered).toISOString().slice(0, 10)} (today)`]);
    assert.deepEqual(asked.filter((p) => p !== '/dns.json').sort(), ['/rdap/domain/examplegroup-it.com', '/rdap/domain/mailer.com', '/rdap/domain/microsoft.com']);
  });

  it('an old sender with a link to a new shop: LINK_DOMAIN_NEW, smaller as the domain ages; at newDays nothing', async () => {
    registry.set('mailer.com', Date.now() - 4000 * DAY);
    registry.set('sportschuhe-outlet.shop', Date.now() - 15 * DAY - 3600_000);
    registry.set('old-friend.com', Date.now() - 900 * DAY);
    const body = '<a href="https://www.sportschuhe-outlet.shop/sale?utm=1">-70 %</a>';
    assert.deepEqual(await hits(mail('Deals <news@mailer.com>', body)), [
      `LINK_DOMAIN_NEW 0.75: link: sportschuhe-outlet.shop registered ${new Date(Date.now() - 15 * DAY - 3600_000).toISOString().slice(0, 10)} (15 days ago)`,
    ]);
    assert.deepEqual(await hits(mail('Deals <news@mailer.com>', body), { options: { newDays: 14 } }), []);
    assert.deepEqual(await hits(mail('Old friend <a@old-friend.com>', 'hello')), []);
  });

  it('the youngest sender domain of envelope, From and Reply-To; ours and private suffixes\' customers are not asked', async () => {
    registry.set('lieferant-gmbh-de.com', Date.now() - 2 * DAY);
    registry.set('pages.dev', Date.now() - 2000 * DAY);
    const out = await hits(mail('Lieferant GmbH <buchhaltung@lieferant-gmbh.de>', 'Neue Bankverbindung: <a href="https://rechnung.pages.dev/">Rechnung</a> <a href="https://www.examplegroup.eu/">intranet</a>',
      'Reply-To: <buchhaltung@lieferant-gmbh-de.com>\n'), { mailFrom: 'buchhaltung@lieferant-gmbh.de' });
    assert.equal(out.length, 1);
    assert.match(out[0]!, /^SENDER_DOMAIN_NEW 0\.9\d: Reply-To: lieferant-gmbh-de\.com registered \d{4}-\d\d-\d\d \(2 days ago\)$/);
    const domains = asked.filter((p) => p !== '/dns.json').map((p) => p.replace('/rdap/domain/', '')).sort();
    assert.deepEqual(domains, ['lieferant-gmbh-de.com', 'pages.dev'],
      'lieferant-gmbh.de: no RDAP server for .de in this bootstrap file, so not asked; rechnung.pages.dev as pages.dev; examplegroup.eu is ours');
  });

  it('a trusted client\'s mail: nothing asked', async () => {
    registry.set('examplegroup-it.com', Date.now());
    assert.deepEqual(await hits(mail('<it@examplegroup-it.com>', 'x'), { trusted: true }), []);
    assert.deepEqual(asked, []);
  });

  it('a registry slower than budgetMs: nothing scored now, its answer kept for the next message', async () => {
    registry.set('mailer.com', Date.now() - 4000 * DAY);
    registry.set('slow-shop.shop', 'slow');
    assert.deepEqual(await hits(mail('<news@mailer.com>', '<a href="https://slow-shop.shop/">x</a>'), { options: { budgetMs: 300 } }), []);
    await new Promise((resolve) => setTimeout(resolve, 2200));
    const again = await hits(mail('<news@mailer.com>', '<a href="https://slow-shop.shop/">x</a>'), { options: { budgetMs: 300 } });
    assert.equal(again.length, 1);
    assert.match(again[0]!, /^LINK_DOMAIN_NEW 0\.98: link: slow-shop\.shop registered .* \(1 day ago\)$/);
  });
});

describe('a registration date as a symbol', () => {
  const now = Date.parse('2026-12-05T12:00:00Z');
  const age = (domain: string, days: number) => ({ domain, where: '', registered: now - days * DAY, days });
  it('the youngest under newDays, full weight on its first day, half at newDays; a date ahead counts as today', () => {
    assert.deepEqual(newDomainHit('SENDER_DOMAIN_NEW', [age('old.com', 400), age('new.com', 0.5), age('newer.com', 0)], 30), { symbol: 'SENDER_DOMAIN_NEW', weight: 1, detail: 'newer.com registered 2026-12-05 (today)' });
    assert.equal(newDomainHit('X', [age('a.com', 15)], 30)?.weight, 0.75);
    assert.equal(newDomainHit('X', [age('a.com', 29.9)], 30)?.weight, 0.5);
    assert.equal(newDomainHit('X', [age('a.com', 30)], 30), null);
    assert.equal(newDomainHit('X', [], 30), null);
  });

  it('the registered domain of a host: public suffixes only, ASCII', () => {
    assert.equal(registeredDomainOf('mail.lieferant.co.uk'), 'lieferant.co.uk');
    assert.equal(registeredDomainOf('rechnung.pages.dev'), 'pages.dev');
    assert.equal(registeredDomainOf('login.EXАMPLEGROUP.eu.'), 'xn--exmplegroup-zij.eu');
    assert.equal(registeredDomainOf('192.0.2.7'), null);
    assert.equal(registeredDomainOf('[2001:db8::1]'), null);
    assert.equal(registeredDomainOf('localhost'), null);
  });
});
