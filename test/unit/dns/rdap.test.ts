// Asking registries when a domain was registered (RDAP): a real HTTP server on loopback plays IANA's
// bootstrap server and two registries (names mapped to it by the test's lookup); the cache is a Map.
// What is asked, how often, what is kept and for how long, and what a failure leaves.
import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { LookupFunction } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import { rdapHealth, rdapOptionsSchema, registrationDateOf, registrationOf, resetRdapState, serversOfBootstrap, type RdapDeps } from '../../../src/dns/rdap.ts';
import { forgetUnreachable } from '../../../src/dns/web.ts';
import type { CacheStore } from '../../../src/store/types.ts';

let server: Server;
let port: number;
const asked: string[] = [];
/** host + path → how the server answers */
const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
const json = (body: unknown, status = 200) => (_req: IncomingMessage, res: ServerResponse) => {
  res.writeHead(status, { 'content-type': 'application/rdap+json' }).end(JSON.stringify(body));
};
const status = (code: number) => (_req: IncomingMessage, res: ServerResponse) => { res.writeHead(code).end(); };
const registered = (date: string, ldh = 'x.test') => json({
  objectClassName: 'domain', ldhName: ldh,
  events: [{ eventAction: 'last changed', eventDate: '2026-12-02T08:00:00Z' }, { eventAction: 'registration', eventDate: date }, { eventAction: 'expiration', eventDate: '2027-12-01T10:11:12Z' }],
});

before(async () => {
  server = createServer((req, res) => {
    const host = req.headers.host!.replace(/:\d+$/, '');
    asked.push(`${host}${req.url}`);
    const route = routes.get(`${host}${req.url}`);
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** every name is this machine, but "down.test" (nothing listens there: a firewall that refuses) */
const lookup: LookupFunction = (hostname, options, callback) => {
  const address = hostname === 'down.test' ? '127.0.0.2' : '127.0.0.1';
  if (options.all) callback(null, [{ address, family: 4 }]);
  else callback(null, address, 4);
};

function mapCache(): CacheStore & { entries: Map<string, { value: string; ttl: number }> } {
  const entries = new Map<string, { value: string; ttl: number }>();
  return {
    entries,
    async get(k) { return entries.get(k)?.value ?? null; },
    async set(k, value, ttl) { entries.set(k, { value, ttl }); },
  };
}

const url = (host: string, path: string) => `http://${host}:${port}${path}`;
const bootstrapFile = () => ({
  version: '1.0', publication: '2026-11-30T00:00:00Z',
  services: [
    [['shop', 'online'], [url('rdap.shop.test', '/v1/')]],
    [['com', 'net'], [url('rdap.com.test', '/')]],
    [['eu'], [url('rdap.eu.test', '/')]],
  ],
});
const opts = (o: Record<string, unknown> = {}) => rdapOptionsSchema.parse({ bootstrapUrl: url('iana.test', '/rdap/dns.json'), requestTimeoutMs: 500, ...o });
let deps: RdapDeps & { cache: ReturnType<typeof mapCache> };
beforeEach(() => {
  asked.length = 0;
  routes.clear();
  resetRdapState();
  forgetUnreachable();
  deps = { lookup, cache: mapCache(), proxy: null };
  routes.set('iana.test/rdap/dns.json', json(bootstrapFile()));
});

describe('asking a registry when a domain was registered', () => {
  it('reads the bootstrap file once, asks the TLD\'s registry, keeps the date for cacheDays', async () => {
    routes.set('rdap.shop.test/v1/domain/fresh-shoes.shop', registered('2026-12-01T09:30:00Z'));
    routes.set('rdap.shop.test/v1/domain/old-shoes.shop', registered('2017-03-05T00:00:00.000Z'));
    assert.equal(await registrationOf('fresh-shoes.shop', opts(), deps), Date.parse('2026-12-01T09:30:00Z'));
    assert.equal(await registrationOf('Old-Shoes.shop.', opts(), deps), Date.parse('2017-03-05T00:00:00Z'));
    assert.deepEqual(asked, ['iana.test/rdap/dns.json', 'rdap.shop.test/v1/domain/fresh-shoes.shop', 'rdap.shop.test/v1/domain/old-shoes.shop']);
    // the second message with the domain: from the Store, nothing asked
    assert.equal(await registrationOf('fresh-shoes.shop', opts(), deps), Date.parse('2026-12-01T09:30:00Z'));
    assert.equal(asked.length, 3);
    assert.equal(deps.cache.entries.get('rdap:domain:fresh-shoes.shop')?.ttl, 7 * 86_400);
    assert.equal(deps.cache.entries.get(`rdap:bootstrap:${url('iana.test', '/rdap/dns.json')}`)?.ttl, 86_400);
  });

  it('the https server where the bootstrap file lists two; an internationalised name asked in ASCII', async () => {
    routes.set('rdap.com.test/domain/xn--exmplegroup-zij.com', registered('2026-11-29T00:00:00Z'));
    assert.equal(serversOfBootstrap(bootstrapFile())?.get('com'), url('rdap.com.test', '/'));
    // the real file lists https servers (here the loopback server is http)
    const file = bootstrapFile();
    file.services[1] = [['com'], ['https://secure.test/rdap', 'http://plain.test/rdap/']];
    assert.equal(serversOfBootstrap(file)?.get('com'), 'https://secure.test/rdap/');
    assert.equal(await registrationOf('exаmplegroup.com', opts(), deps), Date.parse('2026-11-29T00:00:00Z'));
    assert.ok(asked.includes('rdap.com.test/domain/xn--exmplegroup-zij.com'));
  });

  it('a domain the registry does not know, or one it gives no date for: null, kept a day; a refusal: nothing, not kept', async () => {
    routes.set('rdap.shop.test/v1/domain/undated.shop', json({ objectClassName: 'domain', ldhName: 'undated.shop', events: [{ eventAction: 'last changed', eventDate: '2026-01-01T00:00:00Z' }] }));
    routes.set('rdap.shop.test/v1/domain/busy.shop', status(429));
    routes.set('rdap.shop.test/v1/domain/broken.shop', status(503));
    assert.equal(await registrationOf('nobody.shop', opts(), deps), null);
    assert.equal(await registrationOf('undated.shop', opts(), deps), null);
    assert.equal(await registrationOf('busy.shop', opts(), deps), undefined);
    assert.equal(await registrationOf('broken.shop', opts(), deps), undefined);
    assert.equal(deps.cache.entries.get('rdap:domain:nobody.shop')?.ttl, 86_400);
    assert.equal(deps.cache.entries.get('rdap:domain:undated.shop')?.ttl, 86_400);
    assert.equal(deps.cache.entries.has('rdap:domain:busy.shop'), false);
    assert.equal(deps.cache.entries.has('rdap:domain:broken.shop'), false);
    // 429: the registry is left alone for a minute; a 503 is asked again next time
    assert.equal(deps.cache.entries.get('rdap:down:rdap.shop.test')?.ttl, 60);
    forgetUnreachable();
    deps.cache.entries.delete('rdap:down:rdap.shop.test');
    routes.set('rdap.shop.test/v1/domain/busy.shop', registered('2026-12-03T00:00:00Z'));
    assert.equal(await registrationOf('busy.shop', opts(), deps), Date.parse('2026-12-03T00:00:00Z'));
  });

  it('a TLD with no RDAP server is not asked; `servers` adds one and overrides the file\'s', async () => {
    routes.set('rdap.de.test/domain/lieferant-gmbh.de', registered('2004-05-06T00:00:00Z'));
    routes.set('mirror.test/rdap/domain/fresh-shoes.shop', registered('2026-12-02T00:00:00Z'));
    assert.equal(await registrationOf('lieferant-gmbh.de', opts(), deps), undefined);
    assert.deepEqual(asked, ['iana.test/rdap/dns.json']);
    const own = opts({ servers: { de: url('rdap.de.test', ''), shop: url('mirror.test', '/rdap/') } });
    assert.equal(await registrationOf('lieferant-gmbh.de', own, deps), Date.parse('2004-05-06T00:00:00Z'));
    assert.equal(await registrationOf('fresh-shoes.shop', own, deps), Date.parse('2026-12-02T00:00:00Z'));
    assert.deepEqual(asked.slice(1), ['rdap.de.test/domain/lieferant-gmbh.de', 'mirror.test/rdap/domain/fresh-shoes.shop']);
  });

  it('follows a registry\'s redirect; two messages asking at once make one request', async () => {
    routes.set('rdap.eu.test/domain/example-eu.eu', (_req, res) => { res.writeHead(301, { location: '/v2/domain/example-eu.eu' }).end(); });
    routes.set('rdap.eu.test/v2/domain/example-eu.eu', registered('2026-11-20T00:00:00Z'));
    const [a, b] = await Promise.all([registrationOf('example-eu.eu', opts(), deps), registrationOf('example-eu.eu', opts(), deps)]);
    assert.equal(a, Date.parse('2026-11-20T00:00:00Z'));
    assert.equal(b, a);
    assert.deepEqual(asked, ['iana.test/rdap/dns.json', 'rdap.eu.test/domain/example-eu.eu', 'rdap.eu.test/v2/domain/example-eu.eu']);
  });

  it('the bootstrap file read by one node is read from the Store by the next', async () => {
    routes.set('rdap.shop.test/v1/domain/a.shop', registered('2026-12-01T00:00:00Z'));
    routes.set('rdap.shop.test/v1/domain/b.shop', registered('2020-12-01T00:00:00Z'));
    await registrationOf('a.shop', opts(), deps);
    resetRdapState();
    await registrationOf('b.shop', opts(), deps);
    assert.deepEqual(asked, ['iana.test/rdap/dns.json', 'rdap.shop.test/v1/domain/a.shop', 'rdap.shop.test/v1/domain/b.shop']);
  });

  it('a registry that cannot be reached is not asked again for a while, and the health report says so until one answers', async () => {
    assert.equal(await rdapHealth(deps.cache), null);
    const down = opts({ servers: { top: 'http://down.test:9/' } });
    assert.equal(await registrationOf('cheap-pills.top', down, deps), undefined);
    assert.equal(await registrationOf('other-pills.top', down, deps), undefined);
    assert.equal(deps.cache.entries.get('rdap:down:down.test')?.ttl, 600);
    const health = await rdapHealth(deps.cache);
    assert.equal(health?.ok, false);
    assert.match(health!.detail, /^down\.test could not be reached at .* UTC \(ECONNREFUSED\): the age of senders' and links' domains is not known\. Allow outgoing HTTPS to data\.iana\.org/);
    await new Promise((resolve) => setTimeout(resolve, 5));
    routes.set('rdap.shop.test/v1/domain/a.shop', registered('2026-12-01T00:00:00Z'));
    await registrationOf('a.shop', opts(), deps);
    assert.match((await rdapHealth(deps.cache))!.detail, /^rdap\.shop\.test answered at /);
  });

  it('no bootstrap file (the server answers nonsense): only `servers` are asked until it is tried again, unreachableSeconds later', async () => {
    routes.set('iana.test/rdap/dns.json', json({ nothing: true }));
    routes.set('rdap.shop.test/v1/domain/a.shop', registered('2026-12-01T00:00:00Z'));
    routes.set('mirror.test/domain/b.top', registered('2026-11-01T00:00:00Z'));
    assert.equal(await registrationOf('a.shop', opts(), deps), undefined);
    routes.set('iana.test/rdap/dns.json', json(bootstrapFile()));
    assert.equal(await registrationOf('a.shop', opts(), deps), undefined, 'not read again at once');
    assert.equal(await registrationOf('b.top', opts({ servers: { top: url('mirror.test', '/') } }), deps), Date.parse('2026-11-01T00:00:00Z'));
    assert.deepEqual(asked, ['iana.test/rdap/dns.json', 'mirror.test/domain/b.top']);
    resetRdapState();
    assert.equal(await registrationOf('a.shop', opts({ unreachableSeconds: 0 }), deps), Date.parse('2026-12-01T00:00:00Z'));
    assert.equal(await registrationOf('a.shop', opts({ unreachableSeconds: 0 }), deps), Date.parse('2026-12-01T00:00:00Z'));
  });

  it('a bootstrap server that cannot be reached is tried once for all messages until unreachableSeconds pass', async () => {
    const down = opts({ bootstrapUrl: 'http://down.test:9/rdap/dns.json' });
    assert.equal(await registrationOf('a.shop', down, deps), undefined);
    assert.equal(await registrationOf('b.shop', down, deps), undefined);
    assert.equal(deps.cache.entries.get('rdap:down:down.test')?.ttl, 600);
    assert.equal((await rdapHealth(deps.cache))?.ok, false);
  });
});

describe('the registration date in an RDAP answer', () => {
  it('the registration event, whatever its case and time zone; nothing else', () => {
    assert.equal(registrationDateOf({ events: [{ eventAction: 'Registration', eventDate: '2026-12-01T10:00:00+02:00' }] }), Date.parse('2026-12-01T08:00:00Z'));
    assert.equal(registrationDateOf({ events: [{ eventAction: 'expiration', eventDate: '2027-01-01T00:00:00Z' }] }), null);
    assert.equal(registrationDateOf({ events: [{ eventAction: 'registration', eventDate: 'yesterday' }] }), null);
    assert.equal(registrationDateOf({ errorCode: 404, title: 'Not Found' }), null);
    assert.equal(registrationDateOf('<html>'), null);
  });
});
