// Following short links: a real HTTP server on loopback plays the shorteners (names mapped to it by
// the test's lookup); the cache is a Map. What is asked, how often, and how each ending is told.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LookupFunction } from 'node:net';
import { after, before, beforeEach, describe, it } from 'node:test';
import pino from 'pino';
import {
  bareShortLinks, followShortLink, isShortenerHost, placesOf, resetShortLinkState, shortenerHealth, shortLinksOf, shortLinksOptionsSchema, type FollowDeps, type ShortLinks,
} from '../../../src/content/short-links.ts';
import { resolverLookup } from '../../../src/dns/web.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { shortLinks as shortLinksMetric } from '../../../src/metrics.ts';
import { testConfig } from '../pipeline/util.ts';
import type { CacheStore } from '../../../src/store/types.ts';
import { startTinyproxy } from '../../helpers/tinyproxy.ts';

interface Asked { method: string; host: string; path: string; via?: string }
let server: Server;
let port: number;
const asked: Asked[] = [];
/** path → how the "shortener" answers it */
const routes = new Map<string, (req: IncomingMessage, res: ServerResponse) => void>();
const redirect = (to: string, status = 301) => (_req: IncomingMessage, res: ServerResponse) => { res.writeHead(status, { location: to }).end(); };

before(async () => {
  server = createServer((req, res) => {
    asked.push({ method: req.method!, host: req.headers.host!.replace(/:\d+$/, ''), path: req.url!, ...req.headers.via ? { via: req.headers.via } : {} });
    const route = routes.get(`${req.headers.host!.replace(/:\d+$/, '')}${req.url}`);
    if (route) route(req, res);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});
after(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** every name is this machine, but "down.test" (nothing listens there: a firewall that refuses) and "unknown.test" (NXDOMAIN) */
const lookups: string[] = [];
const lookup: LookupFunction = (hostname, options, callback) => {
  lookups.push(hostname);
  if (hostname === 'unknown.test') return callback(Object.assign(new Error('NXDOMAIN'), { code: 'ENOTFOUND' }), '', 4);
  const address = hostname === 'down.test' ? '127.0.0.2' : '127.0.0.1';
  if (options.all) callback(null, [{ address, family: 4 }]);
  else callback(null, address, 4);
};

/** a Map as the Store's cache; `answers` are the cached answers alone (not the health and unreachable marks) */
function mapCache(): CacheStore & { entries: Map<string, { value: string; ttl: number }>; answers(): Array<{ value: string; ttl: number }> } {
  const entries = new Map<string, { value: string; ttl: number }>();
  return {
    entries,
    answers: () => [...entries].filter(([k]) => !/^shortlink:(?:health|down):/.test(k)).map(([, v]) => v),
    async get(k) { return entries.get(k)?.value ?? null; },
    async set(k, value, ttl) { entries.set(k, { value, ttl }); },
  };
}

const opts = (o: Record<string, unknown> = {}) => shortLinksOptionsSchema.parse({ hosts: ['sho.rt', 'tiny.test', 'down.test', 'unknown.test'], requestTimeoutMs: 500, ...o });
let deps: FollowDeps & { cache: ReturnType<typeof mapCache> };
beforeEach(() => {
  asked.length = 0;
  lookups.length = 0;
  routes.clear();
  resetShortLinkState();
  deps = { lookup, cache: mapCache() };
});
const at = (host: string, path: string) => `http://${host}:${port}${path}`;

describe('following a short link', () => {
  it('one redirect leads to the target, asked with HEAD; the target itself is never contacted', async () => {
    routes.set('sho.rt/abc', redirect('https://evil.example/login?u=1'));
    assert.deepEqual(await followShortLink(at('sho.rt', '/abc'), opts(), deps), { hops: ['https://evil.example/login?u=1'], end: 'target' });
    assert.deepEqual(asked, [{ method: 'HEAD', host: 'sho.rt', path: '/abc' }]);
    assert.deepEqual(lookups, ['sho.rt']);
  });

  it('a relative Location, every redirect status, and a chain of two shorteners', async () => {
    for (const status of [302, 303, 307, 308]) routes.set(`sho.rt/s${status}`, redirect('/next', status));
    routes.set('sho.rt/next', redirect(at('tiny.test', '/x')));
    routes.set('tiny.test/x', redirect('https://target.example/'));
    for (const status of [302, 303, 307, 308]) {
      assert.deepEqual(await followShortLink(at('sho.rt', `/s${status}`), opts(), deps), {
        hops: [at('sho.rt', '/next'), at('tiny.test', '/x'), 'https://target.example/'], end: 'target',
      }, String(status));
    }
  });

  it('more shorteners than maxHops: too deep; a shortener that redirects to itself too', async () => {
    routes.set('sho.rt/1', redirect(at('tiny.test', '/2')));
    routes.set('tiny.test/2', redirect(at('sho.rt', '/3')));
    routes.set('sho.rt/3', redirect(at('tiny.test', '/4')));
    routes.set('tiny.test/4', redirect('https://target.example/'));
    assert.equal((await followShortLink(at('sho.rt', '/1'), opts(), deps)).end, 'too-deep');
    assert.equal(asked.length, 3, 'maxHops requests, no more');
    deps.cache.entries.clear();
    assert.deepEqual(await followShortLink(at('sho.rt', '/1'), opts({ maxHops: 4, cacheSeconds: 0 }), deps), {
      hops: [at('tiny.test', '/2'), at('sho.rt', '/3'), at('tiny.test', '/4'), 'https://target.example/'], end: 'target',
    });
    routes.set('sho.rt/loop', redirect('/loop'));
    assert.equal((await followShortLink(at('sho.rt', '/loop'), opts(), deps)).end, 'too-deep');
  });

  it('a link the shortener removed is dead; a preview page is a page; a server error, a refusal and a redirect without Location failed', async () => {
    assert.deepEqual(await followShortLink(at('sho.rt', '/gone'), opts(), deps), { hops: [], end: 'dead' });
    routes.set('sho.rt/410', (_q, s) => s.writeHead(410).end());
    assert.equal((await followShortLink(at('sho.rt', '/410'), opts(), deps)).end, 'dead');
    routes.set('sho.rt/preview', (_q, s) => s.writeHead(200, { 'content-type': 'text/html' }).end('<html>preview</html>'));
    assert.equal((await followShortLink(at('sho.rt', '/preview'), opts(), deps)).end, 'page');
    routes.set('sho.rt/500', (_q, s) => s.writeHead(503).end());
    assert.equal((await followShortLink(at('sho.rt', '/500'), opts(), deps)).end, 'failed');
    routes.set('sho.rt/403', (_q, s) => s.writeHead(403).end());
    assert.equal((await followShortLink(at('sho.rt', '/403'), opts(), deps)).end, 'failed', 'a refusal (bot protection) is no answer');
    routes.set('sho.rt/noloc', (_q, s) => s.writeHead(302).end());
    assert.equal((await followShortLink(at('sho.rt', '/noloc'), opts(), deps)).end, 'failed');
  });

  it('a shortener that refuses HEAD is asked with GET', async () => {
    routes.set('sho.rt/get', (req, res) => (req.method === 'HEAD' ? res.writeHead(405).end() : res.writeHead(302, { location: 'https://t.example/' }).end('moved')));
    assert.deepEqual(await followShortLink(at('sho.rt', '/get'), opts(), deps), { hops: ['https://t.example/'], end: 'target' });
    assert.deepEqual(asked.map((a) => a.method), ['HEAD', 'GET']);
  });

  it('a move from http to https on the shortener itself is no hop', async () => {
    // the https side cannot be served here: the upgrade is seen as not counted, then the https request fails
    routes.set('sho.rt/up', redirect(`https://sho.rt:${port}/up`));
    const r = await followShortLink(at('sho.rt', '/up'), opts(), deps);
    assert.deepEqual(r, { hops: [], end: 'failed' });
  });

  it('a redirect to another scheme ends there: the scheme is the target', async () => {
    routes.set('sho.rt/msdt', redirect('search-ms:query=invoice&crumb=location:\\\\evil.example\\share'));
    const r = await followShortLink(at('sho.rt', '/msdt'), opts(), deps);
    assert.equal(r.end, 'target');
    assert.match(r.hops[0]!, /^search-ms:/);
  });

  it('answers are cached for cacheSeconds, failures are not; the same link in two messages at once is asked once', async () => {
    routes.set('sho.rt/c', redirect('https://cached.example/'));
    const o = opts({ cacheSeconds: 120 });
    const [a, b] = await Promise.all([followShortLink(at('sho.rt', '/c'), o, deps), followShortLink(at('sho.rt', '/c'), o, deps)]);
    assert.deepEqual(a, b);
    assert.equal(asked.length, 1);
    assert.deepEqual(deps.cache.answers().map((e) => e.ttl), [120]);
    routes.delete('sho.rt/c');
    assert.deepEqual(await followShortLink(at('sho.rt', '/c'), o, deps), { hops: ['https://cached.example/'], end: 'target' }, 'from the cache');
    assert.equal(asked.length, 1);
    routes.set('sho.rt/err', (_q, s) => s.writeHead(502).end());
    await followShortLink(at('sho.rt', '/err'), o, deps);
    assert.equal(deps.cache.answers().length, 1, 'the failure was not kept');
  });

  it('a shortener that cannot be reached is not asked again for unreachableSeconds; one that does not answer in time neither', async () => {
    const o = opts();
    assert.equal((await followShortLink(at('down.test', '/a'), o, deps)).end, 'failed');
    assert.equal((await followShortLink(at('down.test', '/b'), o, deps)).end, 'failed');
    assert.equal(lookups.filter((h) => h === 'down.test').length, 1, 'the second link was not tried');
    assert.equal((await followShortLink('https://unknown.test/a', o, deps)).end, 'failed');
    assert.equal((await followShortLink('https://unknown.test/b', o, deps)).end, 'failed');
    assert.equal(lookups.filter((h) => h === 'unknown.test').length, 1);

    routes.set('tiny.test/slow', () => { /* never answers */ });
    const started = Date.now();
    assert.equal((await followShortLink(at('tiny.test', '/slow'), o, deps)).end, 'failed');
    const took = Date.now() - started;
    assert.ok(took >= 450 && took < 3000, `gave up after the request time-out (${took} ms)`);
    assert.equal((await followShortLink(at('tiny.test', '/other'), o, deps)).end, 'failed');
    assert.equal(asked.filter((a) => a.host === 'tiny.test').length, 1);
    // another worker or node (its own process state, the same Store) does not try it either
    resetShortLinkState();
    assert.equal((await followShortLink(at('down.test', '/c'), o, deps)).end, 'failed');
    assert.equal(lookups.filter((h) => h === 'down.test').length, 1, 'the Store said it is down');
    // with unreachableSeconds 0 every link is tried
    resetShortLinkState();
    deps.cache.entries.clear();
    await followShortLink(at('down.test', '/a'), opts({ unreachableSeconds: 0 }), deps);
    await followShortLink(at('down.test', '/b'), opts({ unreachableSeconds: 0 }), deps);
    assert.equal(lookups.filter((h) => h === 'down.test').length, 3);
  });
});

describe('through the company\'s web proxy (a real tinyproxy)', () => {
  it('http short links are forwarded by the proxy, which resolves the names; with its user and password; a refusal is a failure, not kept', async () => {
    const proxy = await startTinyproxy({ user: 'gw', password: 's3cret' });
    try {
      routes.set('127.0.0.1/p', redirect('https://target.example/x'));
      const o = opts({ hosts: ['127.0.0.1'], proxy: proxy.url.replace('//', '//gw:s3cret@') });
      assert.deepEqual(await followShortLink(at('127.0.0.1', '/p'), o, deps), { hops: ['https://target.example/x'], end: 'target' });
      assert.equal(asked.length, 1);
      assert.match(asked[0]!.via ?? '', /tinyproxy/, 'the request came through the proxy');
      assert.deepEqual(lookups, [], 'the gateway resolved nothing itself');
      // a wrong password: the proxy refuses (tinyproxy answers 401; others 407)
      deps.cache.entries.clear();
      const wrong = opts({ hosts: ['127.0.0.1'], proxy: proxy.url.replace('//', '//gw:wrong@') });
      const warnings: Array<{ msg: string; proxy?: string }> = [];
      const log = pino({ level: 'warn' }, { write: (line: string) => void warnings.push(JSON.parse(line)) });
      assert.deepEqual(await followShortLink(at('127.0.0.1', '/p'), wrong, { ...deps, log }), { hops: [], end: 'failed' });
      assert.match(warnings[0]?.msg ?? '', /user and password \(links\.shortLinks\.proxy\)/, 'the admin is told');
      assert.equal(warnings[0]?.proxy, proxy.url.replace('//', '//…@'), 'without the password');
      assert.equal(deps.cache.answers().length, 0);
      assert.equal(asked.length, 1, 'nothing reached the shortener');
    } finally {
      await proxy.stop();
    }
  });

  it('https short links go through a CONNECT tunnel, and a certificate no known authority signed is refused', async () => {
    const proxy = await startTinyproxy();
    const dir = mkdtempSync(join(tmpdir(), 'mm-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-subj', '/CN=127.0.0.1', '-days', '1',
      '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: 'ignore' });
    let connections = 0;
    const tls = createTlsServer({ key: readFileSync(join(dir, 'key.pem')), cert: readFileSync(join(dir, 'cert.pem')) }, (_req, res) => res.writeHead(301, { location: 'https://t.example/' }).end());
    tls.on('connection', () => { connections++; });
    await new Promise<void>((resolve) => tls.listen(0, '127.0.0.1', resolve));
    try {
      const tlsPort = (tls.address() as { port: number }).port;
      const r = await followShortLink(`https://127.0.0.1:${tlsPort}/s`, opts({ hosts: ['127.0.0.1'], proxy: proxy.url }), deps);
      assert.deepEqual(r, { hops: [], end: 'failed' });
      assert.equal(connections, 1, 'the proxy opened the tunnel to the shortener');
      assert.match(proxy.log(), new RegExp(`CONNECT.*127\\.0\\.0\\.1:${tlsPort}`));
    } finally {
      await new Promise((resolve) => tls.close(resolve));
      await proxy.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the proxy must be a URL with no path', () => {
    assert.equal(shortLinksOptionsSchema.safeParse({ proxy: 'proxy.example:3128' }).success, false);
    assert.equal(shortLinksOptionsSchema.safeParse({ proxy: 'http://proxy.example:3128/x' }).success, false);
    assert.equal(shortLinksOptionsSchema.parse({ proxy: 'http://u:p@proxy.example:3128' }).proxy, 'http://u:p@proxy.example:3128');
  });
});

describe('the shorteners in the health report', () => {
  it('none asked: nothing; one unreachable: not ok, named with what to do; one answering after: ok', async () => {
    assert.equal(await shortenerHealth(deps.cache), null);
    await followShortLink(at('down.test', '/a'), opts(), deps);
    const down = await shortenerHealth(deps.cache);
    assert.equal(down?.ok, false);
    assert.match(down!.detail, /^down\.test could not be reached at \d{4}-\d\d-\d\d \d\d:\d\d UTC \(ECONNREFUSED\): short links are not followed\. Allow outgoing HTTPS to the shorteners, set links\.shortLinks\.proxy, or links\.shortLinks\.enabled: false$/);
    await new Promise((resolve) => setTimeout(resolve, 5));
    routes.set('sho.rt/ok', redirect('https://t.example/'));
    await followShortLink(at('sho.rt', '/ok'), opts(), deps);
    const up = await shortenerHealth(deps.cache);
    assert.equal(up?.ok, true);
    assert.match(up!.detail, /^sho\.rt answered at /);
  });
});

describe('the lookup through the gateway\'s DNS servers', () => {
  const ask = (resolver: Parameters<typeof resolverLookup>[0], all: boolean) => new Promise<unknown>((resolve) => {
    resolverLookup(resolver)('sho.rt', { all }, (err, address, family) => resolve(err ? (err as NodeJS.ErrnoException).code : { address, family }));
  });
  const fail = (code: string) => Promise.reject(Object.assign(new Error(code), { code }));
  it('IPv4 first, IPv6 for a name with no A record, the DNS error otherwise', async () => {
    const v4 = { resolve4: async () => [{ address: '192.0.2.1', ttl: 60 }], mailauth: async () => ['2001:db8::1'] };
    assert.deepEqual(await ask(v4, false), { address: '192.0.2.1', family: 4 });
    assert.deepEqual(await ask(v4, true), { address: [{ address: '192.0.2.1', family: 4 }], family: undefined });
    const v6only = { resolve4: () => fail('ENODATA'), mailauth: async () => ['2001:db8::1'] };
    assert.deepEqual(await ask(v6only, false), { address: '2001:db8::1', family: 6 });
    assert.equal(await ask({ resolve4: () => fail('ENOTFOUND'), mailauth: async () => ['2001:db8::1'] }, false), 'ENOTFOUND', 'NXDOMAIN has no AAAA either');
    assert.equal(await ask({ resolve4: () => fail('ENODATA'), mailauth: async () => [] }, false), 'ENODATA');
  });
});

describe('which links are short links', () => {
  const hosts = ['bit.ly', 't.co', 'clck.ru'];
  it('the hosts and their subdomains, nothing that only ends alike', () => {
    assert.ok(isShortenerHost('bit.ly', hosts));
    assert.ok(isShortenerHost('BIT.LY.', hosts));
    assert.ok(isShortenerHost('go.bit.ly', hosts));
    assert.ok(!isShortenerHost('orbit.ly', hosts));
    assert.ok(!isShortenerHost('t.com', hosts));
  });

  it('short links written without https:// in the text, but not inside addresses, longer names or URLs', () => {
    const text = 'Track it at bit.ly/3xYzAbc or clck.ru/38Ab_c-d. Mail me@bit.ly/x, see orbit.ly/abc, https://bit.ly/full and www.t.co/Q1.';
    assert.deepEqual(bareShortLinks(text, hosts, 10), ['https://bit.ly/3xYzAbc', 'https://clck.ru/38Ab_c-d', 'https://www.t.co/Q1']);
    assert.deepEqual(bareShortLinks(text, hosts, 1), ['https://bit.ly/3xYzAbc']);
    assert.deepEqual(bareShortLinks(text, [], 10), []);
    assert.deepEqual(bareShortLinks('/usr/bin and bit.ly/Zz9', hosts, 10), ['https://bit.ly/Zz9'], 'a text that starts with a slash');
  });

  it('the places a link leads: itself, a redirector\'s target, and the hops of a followed short link with their own targets', () => {
    const short: ShortLinks = {
      followed: new Map([['https://bit.ly/x', { hops: ['https://t.co/y', 'https://www.google.com/url?q=https%3A%2F%2Fevil.example%2F'], end: 'target' }]]),
      bare: [],
    };
    assert.deepEqual(placesOf('https://bit.ly/x', short), [
      { url: 'https://bit.ly/x', via: 'link' },
      { url: 'https://t.co/y', via: 'short link' },
      { url: 'https://www.google.com/url?q=https%3A%2F%2Fevil.example%2F', via: 'short link' },
      { url: 'https://evil.example/', via: 'short link' },
    ]);
    assert.deepEqual(placesOf('https://www.google.com/url?q=https://a.example/', short), [
      { url: 'https://www.google.com/url?q=https://a.example/', via: 'link' },
      { url: 'https://a.example/', via: 'redirect' },
    ]);
    // a redirector behind a redirector; and a short link carried by a redirector, followed
    const nested = 'https://www.google.com/url?q=' + encodeURIComponent('https://ad.doubleclick.net/ddm/clk/1;2;https://evil.example/x');
    assert.deepEqual(placesOf(nested, short).map((p) => `${p.via} ${p.url}`), [
      `link ${nested}`, 'redirect https://ad.doubleclick.net/ddm/clk/1;2;https://evil.example/x', 'redirect https://evil.example/x',
    ]);
    assert.deepEqual(placesOf('https://www.google.com/url?q=https%3A%2F%2Fbit.ly%2Fx', short).map((p) => `${p.via} ${p.url}`), [
      'link https://www.google.com/url?q=https%3A%2F%2Fbit.ly%2Fx', 'redirect https://bit.ly/x', 'short link https://t.co/y',
      'short link https://www.google.com/url?q=https%3A%2F%2Fevil.example%2F', 'short link https://evil.example/',
    ]);
  });

  it('the hosts must be host names', () => {
    assert.equal(shortLinksOptionsSchema.safeParse({ hosts: ['https://bit.ly/'] }).success, false);
    assert.equal(shortLinksOptionsSchema.safeParse({ maxHops: 0 }).success, false);
  });
});

describe('the short links of a message', () => {
  // the test config's DNS server refuses (127.0.0.1:9): every link is tried and fails at once
  const links = async (raw: string, shortLinks: Record<string, unknown> = {}) => {
    const view = await parseMessage(Buffer.from(raw));
    const found = await shortLinksOf(view, { rules: { checks: { links: { shortLinks: { hosts: ['bit.ly', 'clck.ru'], ...shortLinks } } } }, config: testConfig(), store: { cache: mapCache() } });
    return { followed: [...found.followed].map(([url, r]) => `${url} ${r.end}`), bare: found.bare.map((l) => l.url) };
  };
  const html = (body: string) => `From: a@sender.test\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n${body}\r\n`;

  it('the listed hosts\' links of the HTML and the text, and those written without https://, each once, up to maxLinks', async () => {
    const raw = html('<a href="https://bit.ly/a1">offer</a> <a href="https://www.example.com/">home</a> Also bit.ly/b2, clck.ru/c3 and again <a href="https://bit.ly/a1">here</a>');
    const failedBefore = (await shortLinksMetric.get()).values.find((v) => v.labels.end === 'failed')?.value ?? 0;
    assert.deepEqual(await links(raw), {
      followed: ['https://bit.ly/a1 failed', 'https://bit.ly/b2 failed', 'https://clck.ru/c3 failed'],
      bare: ['https://bit.ly/b2', 'https://clck.ru/c3'],
    });
    assert.equal((await shortLinksMetric.get()).values.find((v) => v.labels.end === 'failed')?.value, failedBefore + 3, 'counted in the metrics');
    assert.deepEqual((await links(raw, { maxLinks: 2 })).followed, ['https://bit.ly/a1 failed', 'https://bit.ly/b2 failed']);
    // one carried by a redirector
    assert.deepEqual((await links(html('<a href="https://www.google.com/url?q=https%3A%2F%2Fbit.ly%2Fg7">offer</a>'))).followed, ['https://bit.ly/g7 failed']);
  });

  it('nothing when disabled, without hosts, or without short links', async () => {
    const raw = html('<a href="https://bit.ly/a1">offer</a>');
    assert.deepEqual(await links(raw, { enabled: false }), { followed: [], bare: [] });
    assert.deepEqual(await links(raw, { hosts: [] }), { followed: [], bare: [] });
    assert.deepEqual(await links(html('<a href="https://www.example.com/">home</a> orbit.ly/x')), { followed: [], bare: [] });
  });
});
