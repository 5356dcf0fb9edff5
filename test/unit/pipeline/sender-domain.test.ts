// The sender-domain check's reading of DNS answers (a fake resolver: every branch, failures
// included), and which senders it does not look up at all. The real DNS path is test/e2e/pipeline-sender-domain.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DnsError } from '../../../src/dns/index.ts';
import { domainToCheck, fromDomainToCheck, senderDomainVerdict } from '../../../src/pipeline/checks/sender-domain.ts';

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
      'mx.test MX': [{ exchange: 'mail.mx.test', priority: 10 }], 'mail.mx.test A': ['192.0.2.25'], 'mail.mx.test AAAA': 'ENODATA',
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

  it('asks the mail hosts an MX names for an address: none among them is a domain that cannot take mail', async () => {
    const dns = fakeDns({
      // the most preferred host is gone, the backup works
      'backup.test MX': [{ exchange: 'gone.backup.test', priority: 10 }, { exchange: 'mx2.backup.test.', priority: 20 }], 'mx2.backup.test AAAA': ['2001:db8::25'],
      // made-up domain pointed at a made-up host
      'ghost.test MX': [{ exchange: 'mx.ghost.test', priority: 10 }],
      'nodata.test MX': [{ exchange: 'mx.nodata.test', priority: 10 }], 'mx.nodata.test A': 'ENODATA', 'mx.nodata.test AAAA': 'ENODATA',
      // an address written as the host: wrong, yet delivered to by some mailers
      'literal.test MX': [{ exchange: '192.0.2.7', priority: 10 }],
      // a host whose lookup times out says nothing
      'slow.test MX': [{ exchange: 'mx.slow.test', priority: 10 }], 'mx.slow.test A': 'ETIMEOUT', 'mx.slow.test AAAA': 'ENODATA',
      // only the three most preferred are asked
      'many.test MX': ['a', 'b', 'c', 'd'].map((h, i) => ({ exchange: `${h}.many.test`, priority: i })), 'd.many.test A': ['192.0.2.9'],
    });
    assert.equal(await senderDomainVerdict('backup.test', dns), 'ok');
    assert.equal(await senderDomainVerdict('ghost.test', dns), 'mx-no-address');
    assert.equal(await senderDomainVerdict('nodata.test', dns), 'mx-no-address');
    assert.equal(await senderDomainVerdict('literal.test', dns), 'ok');
    assert.equal(await senderDomainVerdict('slow.test', dns), 'dns-error');
    assert.equal(await senderDomainVerdict('many.test', dns), 'mx-no-address');
  });
});

describe('the domain looked up', () => {
  it('is the sender\'s (envelope or From), in ASCII; none for a bounce, an address literal, a dotless name, our own domain or a trusted client', () => {
    const local = ['example.com', '.example.org'];
    assert.equal(domainToCheck('Anna@Mail.Partner.TEST.', false, local), 'mail.partner.test');
    assert.equal(domainToCheck('info@bücher.de', false, local), 'xn--bcher-kva.de');
    for (const mailFrom of ['', 'postmaster@[192.0.2.1]', 'x@nodots', 'anna@example.com', 'x@sub.example.org']) assert.equal(domainToCheck(mailFrom, false, local), null, mailFrom);
    assert.equal(domainToCheck('anna@partner.test', true, local), null);
  });

  it('of the From header is not a private network\'s name (a device behind a partner\'s relay), which the envelope\'s may be', () => {
    for (const from of ['scanner@firma.local', 'erp@srv.corp', 'x@router.lan', 'x@nas.home.arpa', 'x@app.internal']) {
      assert.equal(fromDomainToCheck(from, []), null, from);
      assert.equal(domainToCheck(from, false, []), from.split('@')[1], `${from} as the envelope sender`);
    }
    assert.equal(fromDomainToCheck('security@paypal-verify.com', []), 'paypal-verify.com');
    assert.equal(fromDomainToCheck('x@local.example.net', []), 'local.example.net');
    assert.equal(fromDomainToCheck('anna@example.com', ['example.com']), null);
  });
});
