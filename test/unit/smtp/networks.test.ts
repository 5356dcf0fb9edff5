import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isLocalDomain } from '../../../src/mail/address.ts';
import { canonicalIp, networkMatcher } from '../../../src/smtp/networks.ts';

test('network matcher: IPv4 CIDR, single address, IPv6, IPv4-mapped IPv6', () => {
  const m = networkMatcher(['10.0.0.0/8', '192.0.2.5', '2001:db8::/32']);
  assert.ok(m('10.1.2.3'));
  assert.ok(m('::ffff:10.1.2.3'));
  assert.ok(m('192.0.2.5'));
  assert.ok(!m('192.0.2.6'));
  assert.ok(m('2001:db8::1'));
  assert.ok(!m('2001:db9::1'));
  assert.ok(!m('garbage'));
  assert.ok(!networkMatcher([])('127.0.0.1'), 'no address is exempt unless listed');
  assert.equal(canonicalIp('::ffff:127.0.0.1'), '127.0.0.1');
});

test('local domains: case-insensitive exact match; a leading dot also covers subdomains', () => {
  assert.ok(isLocalDomain(['example.com'], 'Bob@EXAMPLE.com'));
  assert.ok(!isLocalDomain(['example.com'], 'bob@sub.example.com'));
  assert.ok(!isLocalDomain(['example.com'], 'bob@example.com.evil.test'));
  assert.ok(!isLocalDomain(['example.com'], 'bob@notexample.com'));
  assert.ok(isLocalDomain(['.example.com'], 'bob@sub.example.com'));
  assert.ok(!isLocalDomain(['example.com'], 'no-at-sign'));
});
