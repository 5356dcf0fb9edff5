// The sender-domain check's reading of DNS answers (a fake resolver: every branch, failures
// included), and which senders it does not look up at all. The real DNS path is test/e2e/pipeline-sender-domain.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DnsError } from '../../../src/dns/index.ts';
import { domainToCheck, senderDomainVerdict } from '../../../src/pipeline/checks/sender-domain.ts';

type Answer = string[] | Array<{ exchange: string; priority: number }> | string;
/** A resolver answering from a table: a string is the error code it fails with. */
function fakeDns(table: Record<string, Answer>) {
  const answer = <T>(key: string): Promise<T> => {
    const a = table[key] ?? 'ENOTFOUND';
    return typeof a === 'string' ? Promise.reject(new DnsError(a, a)) : Promise.resolve(a as T);
  };
  return {
    resolveMx: (name: string) => answer<Array<{ exchange: string; priority: number }>>(`${name} MX`),
    mailauth: (name: string, type: string) => answer<string[]>(`${name} ${type}`),
  };
}

describe('sender domain verdict', () => {
  it('reads MX first, then the address records, as RFC 5321 does', async () => {
    const dns = fakeDns({
      'mx.test MX': [{ exchange: 'mail.mx.test', priority: 10 }],
      'a.test MX': 'ENODATA', 'a.test A': ['192.0.2.1'],
      'v6.test MX': 'ENODATA', 'v6.test A': 'ENODATA', 'v6.test AAAA': ['2001:db8::1'],
      'none.test MX': 'ENODATA', 'none.test A': 'ENODATA', 'none.test AAAA': 'ENODATA',
      'null.test MX': [{ exchange: '', priority: 0 }],
      'dotnull.test MX': [{ exchange: '.', priority: 0 }],
      'sf.test MX': 'ESERVFAIL',
      'half.test MX': 'ENODATA', 'half.test A': 'ETIMEOUT', 'half.test AAAA': 'ENODATA',
    });
    assert.equal(await senderDomainVerdict('mx.test', dns), 'ok');
    assert.equal(await senderDomainVerdict('a.test', dns), 'ok');
    assert.equal(await senderDomainVerdict('v6.test', dns), 'ok');
    assert.equal(await senderDomainVerdict('none.test', dns), 'no-mail-host');
    assert.equal(await senderDomainVerdict('null.test', dns), 'null-mx');
    assert.equal(await senderDomainVerdict('dotnull.test', dns), 'null-mx');
    assert.equal(await senderDomainVerdict('nx.test', dns), 'unknown');
    // a failure says nothing about the domain
    assert.equal(await senderDomainVerdict('sf.test', dns), 'dns-error');
    assert.equal(await senderDomainVerdict('half.test', dns), 'dns-error');
  });
});

describe('the domain looked up', () => {
  it('is the envelope sender\'s, in ASCII; none for a bounce, an address literal, a dotless name, our own domain or a trusted client', () => {
    const local = ['example.com', '.example.org'];
    assert.equal(domainToCheck('Anna@Mail.Partner.TEST.', false, local), 'mail.partner.test');
    assert.equal(domainToCheck('info@bücher.de', false, local), 'xn--bcher-kva.de');
    for (const mailFrom of ['', 'postmaster@[192.0.2.1]', 'x@nodots', 'anna@example.com', 'x@sub.example.org']) assert.equal(domainToCheck(mailFrom, false, local), null, mailFrom);
    assert.equal(domainToCheck('anna@partner.test', true, local), null);
  });
});
