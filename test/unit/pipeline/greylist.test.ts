import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientNetwork, greylistGate, greylistException, normalizeSender, greylistOptionsSchema, type GreylistInput } from '../../../src/pipeline/checks/greylist.ts';
import { buildRules, readRuleFiles } from '../../../src/rules/load.ts';
import type { Rules } from '../../../src/rules/schema.ts';
import { fakeStore } from './fake-store.ts';
import { REPO_RULES, testConfig } from './util.ts';

const opts = greylistOptionsSchema.parse({});
async function rules(p: Partial<Rules['greylist']> = {}): Promise<Rules> {
  return buildRules(await readRuleFiles(REPO_RULES), { ...testConfig().greylist, delay: 60, window: 3600, expire: 86400, ...p });
}
const input = (o: Partial<GreylistInput> = {}): GreylistInput => ({
  clientIp: '192.0.2.10', clientHostname: null, mailFrom: 'news@sender.example', recipients: ['bob@example.com'], authenticatedDomain: null, ...o,
});

test('networks: /24 for IPv4, /64 for IPv6, mapped IPv4 as IPv4', () => {
  assert.equal(clientNetwork('192.0.2.77'), '192.0.2.0/24');
  assert.equal(clientNetwork('::ffff:192.0.2.77'), '192.0.2.0/24');
  assert.equal(clientNetwork('2001:db8:1:2:3:4:5:6'), '2001:db8:1:2::/64');
});

test('sender normalisation strips BATV, SRS, +tags and VERP numbers', () => {
  assert.equal(normalizeSender('prvs=1234abcd=News@Sender.Example'), 'news@sender.example');
  assert.equal(normalizeSender('SRS0=HHH=TT=orig.example=alice@forwarder.example'), 'alice@orig.example');
  assert.equal(normalizeSender('bob+list-17@sender.example'), 'bob@sender.example');
  assert.equal(normalizeSender('bounce-12345-678@lists.example'), normalizeSender('bounce-999-1@lists.example'));
  assert.equal(normalizeSender(''), '<>');
});

test('first try deferred, early retry deferred, retry after delay passes, then passes until expiry', async () => {
  const store = fakeStore();
  const r = await rules();
  const t0 = 1_000_000_000;
  assert.equal((await greylistGate(store, r, opts, input(), t0))!.symbol, 'GREYLIST_DEFERRED');
  assert.equal((await greylistGate(store, r, opts, input(), t0 + 30_000))!.symbol, 'GREYLIST_DEFERRED');
  assert.equal((await greylistGate(store, r, opts, input(), t0 + 61_000))!.symbol, 'GREYLIST_PASSED');
  assert.equal((await greylistGate(store, r, opts, input(), t0 + 62_000))!.symbol, 'GREYLIST_PASSED');
  // the record is stored with the expiry as TTL
  const key = [...store.greylistData.keys()].find((k) => k.startsWith('t:'))!;
  assert.equal(store.greylistData.get(key)!.ttl, 86400);
});

test('a retry from another address of the same /24 passes; another /24 does not', async () => {
  const store = fakeStore();
  const r = await rules();
  const t0 = 1_000_000_000;
  await greylistGate(store, r, opts, input({ clientIp: '198.51.100.1' }), t0);
  assert.equal((await greylistGate(store, r, opts, input({ clientIp: '198.51.100.200' }), t0 + 61_000))!.symbol, 'GREYLIST_PASSED');
  assert.equal((await greylistGate(store, r, opts, input({ clientIp: '198.51.101.1', recipients: ['carol@example.com'] }), t0 + 62_000))!.symbol, 'GREYLIST_DEFERRED');
});

test('a client that passed is remembered for other senders and recipients', async () => {
  const store = fakeStore();
  const r = await rules();
  const t0 = 1_000_000_000;
  await greylistGate(store, r, opts, input(), t0);
  await greylistGate(store, r, opts, input(), t0 + 61_000);
  const other = await greylistGate(store, r, opts, input({ mailFrom: 'x@other.example', recipients: ['z@example.com'] }), t0 + 70_000);
  assert.equal(other!.symbol, 'GREYLIST_PASSED');
});

test('after the expiry without mail, and after the retry window, it starts over', async () => {
  const store = fakeStore();
  const r = await rules({ expire: 100 });
  const t0 = 1_000_000_000;
  await greylistGate(store, r, opts, input(), t0);
  await greylistGate(store, r, opts, input(), t0 + 61_000);
  assert.equal((await greylistGate(store, r, opts, input(), t0 + 61_000 + 101_000))!.symbol, 'GREYLIST_DEFERRED');
  // window: a retry long after delay + window is a new first attempt
  const s2 = fakeStore();
  await greylistGate(s2, r, opts, input(), t0);
  assert.equal((await greylistGate(s2, r, opts, input(), t0 + (60 + 3600 + 1) * 1000))!.symbol, 'GREYLIST_DEFERRED');
});

test('exceptions: provider networks and hostnames, sender domains only when authenticated; disabled = null', async () => {
  const r = await rules();
  const store = fakeStore();
  assert.equal(await greylistGate(store, r, opts, input({ clientIp: '209.85.220.41' }), 1), null);
  assert.equal(await greylistGate(store, r, opts, input({ clientHostname: 'mail-sor-f41.google.com' }), 1), null);
  assert.equal(greylistException(r.greylistExceptions, { clientIp: '192.0.2.1', clientHostname: null, mailFrom: 'a@gmail.com', authenticatedDomain: null }), null);
  assert.equal(greylistException(r.greylistExceptions, { clientIp: '192.0.2.1', clientHostname: null, mailFrom: 'a@gmail.com', authenticatedDomain: 'gmail.com' }), 'sender-domain');
  const off = await rules({ enabled: false });
  assert.equal(await greylistGate(store, off, opts, input(), 1), null);
  assert.equal(store.greylistData.size, 0);
});

test('with an authenticated domain the triplet is keyed on it, so a retry from another network passes', async () => {
  const store = fakeStore();
  const r = await rules();
  const t0 = 1_000_000_000;
  await greylistGate(store, r, opts, input({ clientIp: '203.0.113.5', authenticatedDomain: 'sender.example' }), t0);
  const res = await greylistGate(store, r, opts, input({ clientIp: '198.18.7.7', authenticatedDomain: 'sender.example' }), t0 + 61_000);
  assert.equal(res!.symbol, 'GREYLIST_PASSED');
});
