import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkDomain, checkOutboundAddress } from '../../../src/outbound/address.ts';
import { checkOutboundMail, checkOutboundRcpt, networkMatcher } from '../../../src/outbound/relay-control.ts';

const trusted = { trusted: true, authUser: null };

describe('outbound address validation refuses open-relay tricks', () => {
  const tricks: Array<[string, RegExp]> = [
    ['user%victim.example@ourhost.example', /%/],
    ['@relay.example:user@victim.example', /source route/],
    ['@a.example,@b.example:user@c.example', /source route/],
    ['"user@victim.example"@ourhost.example', /quoted/],
    ['"user%victim"@ourhost.example', /quoted/],
    ['user@victim.example.', /trailing dot/],
    ['victim.example!user@ourhost.example', /UUCP/],
    ['user@victim.example@ourhost.example', /more than one/],
    ['user@[192.0.2.1]', /literal/],
    ['user@localhost', /fully qualified/],
    ['user', /fully qualified/],
    ['user.@example.com', /dot/],
    ['.user@example.com', /dot/],
    ['us..er@example.com', /dot/],
    ['user@exa_mple.com', /label/],
    ['user@-example.com', /label/],
    ['user@example..com', /empty label/],
    ['user@example.123', /numeric/],
    ['us\\er@example.com', /escaped/],
    ['user@host:25', /source route|illegal/],
  ];
  for (const [addr, reason] of tricks) {
    it(`refuses ${addr}`, () => {
      const r = checkOutboundAddress(addr);
      assert.equal(r.ok, false, `${addr} must be refused`);
      if (!r.ok) assert.match(r.reason, reason);
    });
  }

  it('accepts ordinary and international addresses', () => {
    for (const a of ['john.smith@example.com', 'a+tag@sub.example.co.uk', "o'brien@example.ie", 'x_y-z@xn--bcher-kva.example', 'иван@пример.рф']) {
      const r = checkOutboundAddress(a);
      assert.equal(r.ok, true, `${a} should pass: ${r.ok ? '' : r.reason}`);
    }
    const idn = checkOutboundAddress('user@bücher.example');
    assert.ok(idn.ok && idn.domain === 'xn--bcher-kva.example');
  });

  it('domain check lower-cases and requires at least two labels', () => {
    assert.deepEqual(checkDomain('Example.COM'), { ok: true, domain: 'example.com' });
    assert.equal(checkDomain('com').ok, false);
  });
});

describe('relay control', () => {
  it('matches allowFrom including IPv4-mapped IPv6 clients', () => {
    const m = networkMatcher(['127.0.0.1/32', '10.0.0.0/8', '2001:db8::/32']);
    assert.equal(m('127.0.0.1'), true);
    assert.equal(m('::ffff:127.0.0.1'), true);
    assert.equal(m('127.0.0.2'), false);
    assert.equal(m('10.200.1.1'), true);
    assert.equal(m('2001:db8::5'), true);
    assert.equal(m('2001:db9::5'), false);
    assert.equal(m('not-an-ip'), false);
  });

  it('denies unlisted, unauthenticated clients with 554 5.7.1', () => {
    const r = checkOutboundRcpt({ trusted: false, authUser: null }, 'user@remote.example');
    assert.equal(r?.code, 554);
    assert.equal(r?.enhanced, '5.7.1');
    assert.equal(checkOutboundMail({ trusted: false, authUser: null }, 'me@example.com')?.code, 554);
  });

  it('lets listed or authenticated clients relay to valid addresses', () => {
    assert.equal(checkOutboundRcpt(trusted, 'user@remote.example'), null);
    assert.equal(checkOutboundRcpt({ trusted: false, authUser: 'alice@example.com' }, 'user@remote.example'), null);
    assert.equal(checkOutboundMail(trusted, ''), null, 'null sender allowed for bounces');
  });

  it('refuses tricks even from a listed client with 550 5.7.1', () => {
    for (const a of ['user%victim.example@ourhost.example', 'a!b@ourhost.example', 'user@victim.example.']) {
      const r = checkOutboundRcpt(trusted, a);
      assert.equal(r?.code, 550, a);
      assert.equal(r?.enhanced, '5.7.1');
    }
    assert.equal(checkOutboundMail(trusted, 'x%y@ourhost.example')?.code, 550);
  });
});
