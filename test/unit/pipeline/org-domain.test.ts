// DMARC alignment compares organisational domains (RFC 7489 §3.2), taken from the public-suffix list.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { orgDomain } from '../../../src/mail/address.ts';

test('organisational domain follows the public-suffix list, not a label count', () => {
  assert.equal(orgDomain('mail.example.com'), 'example.com');
  assert.equal(orgDomain('bounce.mail.example.co.uk'), 'example.co.uk');
  assert.equal(orgDomain('smtp.firma.com.pl'), 'firma.com.pl');
  assert.equal(orgDomain('a.b.example.com.au'), 'example.com.au');
  assert.equal(orgDomain('www.gov.gr'), 'www.gov.gr');
  assert.equal(orgDomain('Example.DE.'), 'example.de');
});

test('customers of one hosting suffix (private PSL section) are different organisations', () => {
  assert.equal(orgDomain('alice.github.io'), 'alice.github.io');
  assert.notEqual(orgDomain('alice.github.io'), orgDomain('mallory.github.io'));
});
