import assert from 'node:assert/strict';
import { beforeEach, test } from 'node:test';
import { DnsError, type DnsResolver } from '../../../src/dns/index.ts';
import { dnsblListErrors } from '../../../src/metrics.ts';
import { dnsblOptionsSchema, queryLists, resetDnsblState, reverseName } from '../../../src/pipeline/checks/dnsbl.ts';
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
