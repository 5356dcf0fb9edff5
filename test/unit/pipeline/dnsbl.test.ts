import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { DnsError, type DnsResolver } from '../../../src/dns/index.ts';
import { dnsblListErrors } from '../../../src/metrics.ts';
import { dnsblOptionsSchema, queryDomains, queryLists, resetDnsblState, reverseName } from '../../../src/pipeline/checks/dnsbl.ts';
import { domainsToCheck, uriblOptionsSchema } from '../../../src/pipeline/checks/uribl.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { embeddedUrls, linkDomainOf } from '../../../src/content/links.ts';
import { dnsblListSchema, type DnsblList } from '../../../src/rules/schema.ts';
import { quietLog } from './util.ts';

const desc = { en: 'x', ru: 'x' };
const list = (name: string, zone: string, extra: Partial<DnsblList> = {}): DnsblList => dnsblListSchema.parse({
  name, zone, ipv6: true,
  symbols: { [`RBL_${name.toUpperCase()}`]: { codes: ['127.0.0.2'], weight: 3, description: desc }, [`RBL_${name.toUpperCase()}_PBL`]: { codes: ['127.0.0.10', '127.0.0.11'], weight: 1, description: desc } },
  ...extra,
});

type Answer = string[] | 'nx' | 'servfail' | 'timeout';
function fakeResolver(answers: Record<string, Answer>, servers = ['fake']): DnsResolver & { queries: string[] } {
  const queries: string[] = [];
  return {
    queries, servers,
    async resolve4(name) {
      queries.push(name);
      const a = answers[name] ?? 'nx';
      if (a === 'nx') throw new DnsError('ENOTFOUND', 'nx');
      if (a === 'servfail') throw new DnsError('ESERVFAIL', 'servfail');
      if (a === 'timeout') throw new DnsError('ETIMEOUT', 'timeout');
      return a.map((address) => ({ address, ttl: 300 }));
    },
    mailauth: async () => [], resolveTxt: async () => [], resolveMx: async () => [], reverse: async () => [],
  };
}
const opts = dnsblOptionsSchema.parse({});
const signal = new AbortController().signal;
let serverN = 0;
const uniqueServers = (): string[] => [`fake${++serverN}`];

beforeEach(() => resetDnsblState());

test('reverse names: IPv4 octets, IPv6 nibbles, IPv4-mapped as IPv4', () => {
  assert.deepEqual(reverseName('192.0.2.99'), { name: '99.2.0.192', family: 4 });
  assert.deepEqual(reverseName('::ffff:192.0.2.99'), { name: '99.2.0.192', family: 4 });
  assert.equal(reverseName('2001:db8::1')!.name, '1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2');
  assert.equal(reverseName('nonsense'), null);
});

test('a listed address yields the symbols of the codes that match, from every list in parallel', async () => {
  const r = fakeResolver({ '5.2.0.192.a.test': ['127.0.0.2', '127.0.0.11'], '5.2.0.192.b.test': ['127.0.0.10'] });
  const hits = await queryLists('192.0.2.5', [list('a', 'a.test'), list('b', 'b.test'), list('c', 'c.test')], r, opts, quietLog, signal);
  assert.deepEqual(hits.map((h) => h.symbol).sort(), ['RBL_A', 'RBL_A_PBL', 'RBL_B_PBL']);
  assert.equal(r.queries.length, 3);
});

test('an answer that matches no code of the list counts for nothing', async () => {
  const r = fakeResolver({ '5.2.0.192.a.test': ['127.0.0.99'] });
  assert.deepEqual(await queryLists('192.0.2.5', [list('a', 'a.test')], r, opts, quietLog, signal), []);
});

for (const code of ['127.255.255.252', '127.255.255.254', '127.255.255.255', '10.1.2.3', '192.0.2.1']) {
  test(`error answer ${code} never lists and disables the list for a while`, async () => {
    const before = (await dnsblListErrors.get()).values.find((v) => v.labels.list === 'a')?.value ?? 0;
    const r = fakeResolver({ '5.2.0.192.a.test': ['127.0.0.2', code], '6.2.0.192.a.test': ['127.0.0.2'] }, uniqueServers());
    assert.deepEqual(await queryLists('192.0.2.5', [list('a', 'a.test')], r, opts, quietLog, signal), []);
    // the list is off now: a genuinely listed address is not even queried
    assert.deepEqual(await queryLists('192.0.2.6', [list('a', 'a.test')], r, opts, quietLog, signal), []);
    assert.equal(r.queries.length, 1);
    const after = (await dnsblListErrors.get()).values.find((v) => v.labels.list === 'a')!.value;
    assert.equal(after, before + 1);
  });
}

test("a list's own error codes count as errors (dnswl 127.0.0.255)", async () => {
  const r = fakeResolver({ '5.2.0.192.a.test': ['127.0.0.255'] }, uniqueServers());
  const l = list('a', 'a.test', { errorCodes: ['127.0.0.255'] });
  l.symbols.RBL_A = { ...l.symbols.RBL_A!, codes: 'any' };
  assert.deepEqual(await queryLists('192.0.2.5', [l], r, opts, quietLog, signal), []);
});

test('SERVFAIL and timeouts never list anybody and do not disable the list', async () => {
  const r = fakeResolver({ '5.2.0.192.a.test': 'servfail', '5.2.0.192.b.test': 'timeout', '7.2.0.192.a.test': ['127.0.0.2'] }, uniqueServers());
  assert.deepEqual(await queryLists('192.0.2.5', [list('a', 'a.test'), list('b', 'b.test')], r, opts, quietLog, signal), []);
  const hits = await queryLists('192.0.2.7', [list('a', 'a.test')], r, opts, quietLog, signal);
  assert.deepEqual(hits.map((h) => h.symbol), ['RBL_A']);
});

test('IPv6 clients are queried in nibble format, only on lists that serve IPv6', async () => {
  const name = `${reverseName('2001:db8::5')!.name}.a.test`;
  const r = fakeResolver({ [name]: ['127.0.0.2'] }, uniqueServers());
  const hits = await queryLists('2001:db8::5', [list('a', 'a.test'), list('v4only', 'v4.test', { ipv6: false })], r, opts, quietLog, signal);
  assert.deepEqual(hits.map((h) => h.symbol), ['RBL_A']);
  assert.deepEqual(r.queries, [name]);
});

test('answers are cached for their TTL; disabled lists are skipped', async () => {
  const r = fakeResolver({ '5.2.0.192.a.test': ['127.0.0.2'] }, uniqueServers());
  await queryLists('192.0.2.5', [list('a', 'a.test')], r, opts, quietLog, signal);
  const again = await queryLists('192.0.2.5', [list('a', 'a.test'), list('x', 'x.test', { enabled: false })], r, opts, quietLog, signal);
  assert.equal(again.length, 1);
  assert.equal(r.queries.length, 1);
});

test('private clients are skipped when skipPrivate, loopback test points are not', async () => {
  const r = fakeResolver({ '2.0.0.127.a.test': ['127.0.0.2'] }, uniqueServers());
  assert.deepEqual(await queryLists('10.1.2.3', [list('a', 'a.test')], r, opts, quietLog, signal), []);
  assert.equal((await queryLists('127.0.0.2', [list('a', 'a.test')], r, opts, quietLog, signal)).length, 1);
});

test('RFC 5782 self-test: a list that does not list 127.0.0.2 (or lists 127.0.0.1) is disabled', async () => {
  const selfOpts = dnsblOptionsSchema.parse({ selfTest: true });
  const good = fakeResolver({ '2.0.0.127.a.test': ['127.0.0.2'], '5.2.0.192.a.test': ['127.0.0.2'] }, uniqueServers());
  assert.equal((await queryLists('192.0.2.5', [list('a', 'a.test')], good, selfOpts, quietLog, signal)).length, 1);
  const wildcard = fakeResolver({ '2.0.0.127.w.test': ['127.0.0.2'], '1.0.0.127.w.test': ['127.0.0.2'], '5.2.0.192.w.test': ['127.0.0.2'] }, uniqueServers());
  assert.deepEqual(await queryLists('192.0.2.5', [list('w', 'w.test')], wildcard, selfOpts, quietLog, signal), []);
  const dead = fakeResolver({ '5.2.0.192.d.test': ['127.0.0.2'] }, uniqueServers());
  assert.deepEqual(await queryLists('192.0.2.5', [list('d', 'd.test')], dead, selfOpts, quietLog, signal), []);
});

// ---- domain lists (URIBL) ----

const domainList = (name: string, zone: string, extra: Partial<DnsblList> = {}): DnsblList => dnsblListSchema.parse({
  name, zone, type: 'domain', errorCodes: ['127.0.1.255'],
  symbols: { DBL_SPAM: { codes: ['127.0.1.2'], weight: 5, description: desc }, DBL_PHISH: { codes: ['127.0.1.4'], weight: 7, description: desc } },
  ...extra,
});

test('queryDomains: each domain in each domain list; the detail says which domain, where it was found and the code', async () => {
  const r = fakeResolver({ 'evil.test.dbl.test': ['127.0.1.2'], 'phish.test.dbl.test': ['127.0.1.4'], 'spam.test.other.test': ['127.0.1.2'] });
  const domains = new Map([['sender.test', 'From'], ['evil.test', 'link'], ['phish.test', 'link'], ['spam.test', 'link']]);
  const hits = await queryDomains(domains, [domainList('dbl', 'dbl.test'), list('ip', 'ip.test'), domainList('other', 'other.test', { enabled: false })], r, opts, quietLog, signal);
  assert.deepEqual(hits, [
    { symbol: 'DBL_SPAM', detail: 'dbl.test: evil.test (link) 127.0.1.2' },
    { symbol: 'DBL_PHISH', detail: 'dbl.test: phish.test (link) 127.0.1.4' },
  ]);
  // the ip list and the disabled list were not asked
  assert.deepEqual(r.queries.sort(), ['evil.test.dbl.test', 'phish.test.dbl.test', 'sender.test.dbl.test', 'spam.test.dbl.test']);
  // and an ip list is never asked about a domain, nor a domain list about the client address
  assert.deepEqual(await queryLists('192.0.2.5', [domainList('dbl', 'dbl.test')], r, opts, quietLog, signal), []);
});

test("queryDomains: a domain list's error code (DBL's 127.0.1.255) disables it; the domain self-test asks TEST and INVALID", async () => {
  const r = fakeResolver({ 'a.test.dbl.test': ['127.0.1.255'], 'b.test.dbl.test': ['127.0.1.2'] }, uniqueServers());
  assert.deepEqual(await queryDomains(new Map([['a.test', 'link']]), [domainList('dbl', 'dbl.test')], r, opts, quietLog, signal), []);
  assert.deepEqual(await queryDomains(new Map([['b.test', 'link']]), [domainList('dbl', 'dbl.test')], r, opts, quietLog, signal), [], 'disabled for a while');

  const selfTested = { ...opts, selfTest: true };
  const good = fakeResolver({ 'test.dbl.test': ['127.0.1.2'], 'b.test.dbl.test': ['127.0.1.2'] }, uniqueServers());
  assert.equal((await queryDomains(new Map([['b.test', 'link']]), [domainList('dbl', 'dbl.test')], good, selfTested, quietLog, signal)).length, 1);
  assert.ok(good.queries.includes('test.dbl.test') && good.queries.includes('invalid.dbl.test'));
  // a wildcard list (everything listed, INVALID too) is not trusted
  const wildcard = fakeResolver({ 'test.dbl.test': ['127.0.1.2'], 'invalid.dbl.test': ['127.0.1.2'], 'b.test.dbl.test': ['127.0.1.2'] }, uniqueServers());
  assert.deepEqual(await queryDomains(new Map([['b.test', 'link']]), [domainList('dbl', 'dbl.test')], wildcard, selfTested, quietLog, signal), []);
});

test('uribl: the registrable domain of each link, redirect target, sender and address, ASCII, in order, bounded', async () => {
  assert.equal(linkDomainOf('click.mail.Evil.co.uk.'), 'evil.co.uk');
  assert.equal(linkDomainOf('someone.blogspot.com'), 'someone.blogspot.com');
  assert.equal(linkDomainOf('портал.рф'), 'xn--80awhdgm.xn--p1ai');
  assert.equal(linkDomainOf('192.0.2.1'), null);
  assert.equal(linkDomainOf('localhost'), null);
  const view = await parseMessage([
    'From: "Bank" <alerts@notify.bank.test>', 'Reply-To: claims@collect.example', 'Subject: verify', 'MIME-Version: 1.0',
    'Content-Type: multipart/alternative; boundary="B"', '', '--B', 'Content-Type: text/plain', '',
    'Visit www.shop.example/offer or http://192.0.2.7/x now, questions to sales@pills.example', '--B', 'Content-Type: text/html', '',
    '<a href="https://login.phish.example/a?u=1">Log in</a> <a href="https://notify.bank.test/help">help</a>',
    '<a href="https://www.google.com/url?sa=t&amp;url=https%3A%2F%2Fhidden.example%2Fpay&amp;x=1">pay</a>', '--B--', '',
  ].join('\r\n'));
  assert.deepEqual([...await domainsToCheck(view, 'bounce@mailer.example', uriblOptionsSchema.parse({}))], [
    ['mailer.example', 'envelope sender'], ['bank.test', 'From'], ['collect.example', 'Reply-To'], ['phish.example', 'link'],
    ['google.com', 'link'], ['hidden.example', 'redirect target'], ['shop.example', 'link'], ['pills.example', 'address in text'],
  ]);
  assert.deepEqual([...(await domainsToCheck(view, 'bounce@mailer.example', uriblOptionsSchema.parse({ senderDomains: false, maxDomains: 1 }))).keys()], ['phish.example']);
  // the company's own domains are not looked up
  assert.deepEqual([...(await domainsToCheck(view, 'bounce@mailer.example', uriblOptionsSchema.parse({}), new Set(['bank.test', 'shop.example']))).keys()],
    ['mailer.example', 'collect.example', 'phish.example', 'google.com', 'hidden.example', 'pills.example']);
});

test('embeddedUrls: redirect targets in a query, encoded or not; broken escapes are kept as they are', () => {
  assert.deepEqual(embeddedUrls('https://t.example/r?id=7&to=https%3A%2F%2Fb.example%2Fx#frag'), ['https://b.example/x']);
  assert.deepEqual(embeddedUrls('https://a.test/r?next=%E0%A4%A&go=//c.example/y'), ['//c.example/y']);
  assert.deepEqual(embeddedUrls('https://a.test/page?lang=de'), []);
  assert.deepEqual(embeddedUrls('https://a.test/no-query'), []);
  // in the path: ad servers and archives carry the target after their own path
  assert.deepEqual(embeddedUrls('https://ad.doubleclick.example/ddm/clk/123;456;https://evil.example/x?a=1'), ['https://evil.example/x']);
  assert.deepEqual(embeddedUrls('https://r.example/go/https%3A%2F%2Fevil.example%2Fpay'), ['https://evil.example/pay']);
  // Google's AMP viewer shows any site under google.com
  assert.deepEqual(embeddedUrls('https://www.google.com/amp/s/evil.example/login.html'), ['https://evil.example/login.html']);
  assert.deepEqual(embeddedUrls('https://www.google.co.uk/amp/evil.example/x'), ['http://evil.example/x']);
  assert.deepEqual(embeddedUrls('https://amp.example/amp/s/other.example/x'), [], 'only under Google');
  assert.deepEqual(embeddedUrls('https://shop.example/products/http-client'), []);
  // Bing's click tracker: the target as base64url after "a1"
  const target = 'https://evil.example/login?id=7';
  const bing = `https://www.bing.com/ck/a?!&&p=0f3c9b2a&ptn=3&u=a1${Buffer.from(target).toString('base64url')}&ntb=1`;
  assert.deepEqual(embeddedUrls(bing), [target]);
  assert.deepEqual(embeddedUrls(bing.replace('www.bing.com', 'bing.example')), [], 'only under Bing');
  assert.deepEqual(embeddedUrls(`https://www.bing.com/ck/a?u=a1${Buffer.from('not a link at all').toString('base64url')}`), []);
});
