// The look-alike index finds, among many sites, the one a sender's domain imitates, and agrees with
// comparing the domain to every site in turn (senderImitationOf), which is what it replaces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { imitationOf, linkDomainOf, siteName } from '../../../src/content/links.ts';
import { LookalikeIndex, misspeltNameOf, senderImitationOf } from '../../../src/content/lookalike.ts';

describe('LookalikeIndex', () => {
  const index = new LookalikeIndex(['lieferant.de', 'lieferant.co.uk', 'mail.bosch-rexroth.com', 'sparkasse.de', 'сбербанк.рф', 'ab.de', 'microsoft.com', 'müller-bau.de', 'example.de']);

  it('finds each kind of imitation', () => {
    const cases: Array<[string, string, string]> = [
      ['lieferannt.de', 'lieferant.de', 'misspelt'],
      ['liefernat.de', 'lieferant.de', 'misspelt'],
      ['rnicrosoft.com', 'microsoft.com', 'misspelt'],
      ['micorsfot.com', 'microsoft.com', 'misspelt'],
      ['mail.sparkase.de', 'sparkasse.de', 'misspelt'],
      ['lieferant-de.com', 'lieferant.de', 'brand-hyphen'],
      ['lieferant-co-uk.com', 'lieferant.co.uk', 'brand-hyphen'],
      ['zahlung-lieferant.de', 'lieferant.de', 'brand-hyphen'],
      ['bosch-rexroth-service.com', 'bosch-rexroth.com', 'brand-hyphen'],
      ['müller-bau-rechnung.de', linkDomainOf('müller-bau.de')!, 'brand-hyphen'],
      ['lieferant.de.rechnung.example', 'lieferant.de', 'domain-inside'],
      ['lieferant.de-zahlung.example', 'lieferant.de', 'domain-inside'],
      ['сбербанк-онлайн.рф', linkDomainOf('сбербанк.рф')!, 'brand-hyphen'],
      // letter pairs that pass for one letter ("rn" for "m"), two edits in a name of seven
      ['exarnple.de', 'example.de', 'misspelt'],
    ];
    for (const [host, site, why] of cases) assert.deepEqual(index.find(host), { site, why }, host);
  });

  it('the sites themselves, their subdomains, short names and strangers are no imitation', () => {
    for (const host of ['lieferant.de', 'LIEFERANT.DE.', 'rechnung.lieferant.de', 'bosch-rexroth.com', 'ab-x.de', 'ac.de', 'example.org', 'microsoft.com', 'sparkasse.at']) {
      assert.equal(index.find(host), null, host);
    }
    assert.equal(index.has('www.sparkasse.de'), true);
    assert.equal(index.has('sparkase.de'), false);
    assert.equal(index.size, 9);
  });

  it('is narrower for senders than for links: other suffixes are other organisations', () => {
    // a link showing lieferant.de that leads to any of these is deceptive; a sender's domain among
    // thousands of correspondents resembles one of them by chance (bench/lookalike.ts)
    for (const [host, site] of [['lieferannt.com', 'lieferant.de'], ['lieferant-bau.com', 'lieferant.de'], ['gnu.org.in', 'gnu.org'], ['heanet.ie', 'hevanet.com']] as const) {
      assert.notEqual(imitationOf(site, host), null, `${host} imitates ${site} as a link`);
      assert.equal(senderImitationOf(site, host), null, `${host} as a sender`);
    }
    assert.equal(senderImitationOf('lieferant.de', 'lieferant-de.com'), 'brand-hyphen', "the word is the site's own suffix");
    assert.equal(senderImitationOf('gnu.org', 'gnu.org.mail-relay.in'), 'domain-inside');
    // the site's whole name with its dots as hyphens, a label of a foreign host (a tenant's address at a "service")
    assert.equal(imitationOf('examplegroup.eu', 'examplegroup-eu.mailprotect-gateway.net'), 'domain-inside');
    assert.equal(imitationOf('gov.gr', 'wallet.gov-gr-kliseis.com'), 'domain-inside');
    assert.equal(imitationOf('lieferant-gmbh.de', 'portal.lieferant-gmbh-de.invoices.test'), 'domain-inside');
    assert.equal(imitationOf('example.com', 'www.myexample-com.test'), null, 'inside another word it is another name');
    assert.notEqual(imitationOf('amazonaws.com', 'bucket.s3.amazonaws.com'), null);
    assert.equal(senderImitationOf('amazonaws.com', 'bucket.s3.amazonaws.com'), null, 'under the site, by a private suffix');
  });

  it('the same hyphenated words in another order, for links and senders, through the index too', () => {
    assert.equal(imitationOf('revisione-audit-italia.com', 'audit-revisione-italia.com'), 'reordered');
    assert.equal(senderImitationOf('revisione-audit-italia.com', 'mail.audit-revisione-italia.com'), 'reordered');
    assert.equal(senderImitationOf('revisione-audit-italia.com', 'audit-revisione-italia.it'), null, 'another suffix is another organisation for a sender');
    assert.deepEqual(new LookalikeIndex(['ferretti-trasporti.it', 'lieferant.de']).find('trasporti-ferretti.it'), { site: 'ferretti-trasporti.it', why: 'reordered' });
    // not the same name, other words, or a short name
    for (const [site, host] of [['revisione-audit.com', 'revisione-audit.com'], ['revisione-audit.com', 'audit-consulting.com'], ['a-bc.de', 'bc-a.de']] as const) assert.equal(imitationOf(site, host), null, host);
  });

  it('names of digits are names, not IPv4 addresses', () => {
    assert.equal(siteName('163.com'), '163', "node's domainToUnicode('163') is '0.0.0.163'");
    assert.equal(siteName('xn--80abap1arsf.xn--p1ai'), 'сбербанк');
    assert.equal(imitationOf('163.com', '263.net'), null, 'a three-letter name is too short to be misspelt');
  });

  it('agrees with comparing the host to every site, on 2000 generated hosts', () => {
    // a small deterministic generator: sites of 3 to 14 letters and hosts made from them by the
    // edits imitationOf knows, plus unrelated names
    let seed = 42;
    const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    const letters = 'abcdefghiklmnoprstuvz';
    const word = (min: number, max: number): string => Array.from({ length: min + rand(max - min + 1) }, () => letters[rand(letters.length)]).join('');
    const tlds = ['de', 'com', 'it', 'co.uk', 'pl'];
    const sites = Array.from({ length: 300 }, () => `${word(3, 14)}.${tlds[rand(tlds.length)]}`);
    const edit = (w: string): string => {
      const i = rand(w.length + 1);
      switch (rand(4)) {
        case 0: return w.slice(0, i) + letters[rand(letters.length)] + w.slice(i);
        case 1: return w.slice(0, i) + w.slice(i + 1);
        case 2: return w.slice(0, i) + letters[rand(letters.length)] + w.slice(i + 1);
        default: return i + 1 < w.length ? w.slice(0, i) + w[i + 1] + w[i] + w.slice(i + 2) : w;
      }
    };
    const big = new LookalikeIndex(sites);
    const siteSet = new Set(sites.map((s) => linkDomainOf(s)!));
    let found = 0;
    for (let n = 0; n < 2000; n++) {
      const site = sites[rand(sites.length)]!;
      const [name, ...rest] = site.split('.');
      const tld = rest.join('.');
      const host = [
        () => `${edit(name!)}.${tld}`,
        () => `${edit(edit(name!))}.${tld}`,
        () => `${name}-${word(2, 6)}.${rand(2) ? tld : tlds[rand(tlds.length)]}`,
        () => (rand(2) ? `${word(2, 5)}.${site}.${word(3, 8)}.com` : `${site}.${tlds[rand(tlds.length)]}`),
        () => `${word(3, 14)}.${tlds[rand(tlds.length)]}`,
      ][rand(5)]!();
      const target = linkDomainOf(host);
      const expected = !target || siteSet.has(target) ? [] : [...siteSet].filter((s) => senderImitationOf(s, host));
      const got = big.find(host);
      if (!expected.length) { assert.equal(got, null, host); continue; }
      found++;
      assert.ok(got && expected.includes(got.site), `${host}: expected one of ${expected.join(', ')}, got ${JSON.stringify(got)}`);
      assert.equal(got.why, senderImitationOf(got.site, host), host);
    }
    assert.ok(found > 700, `only ${found} generated hosts were imitations`);
  });
});

describe('misspeltNameOf: the sender\'s domain misspells the name the sender writes with', () => {
  const signed = (name: string): string[] => [`Accounts ${name}`, `Dear Sir or Madam,\nplease note our new account.\n\nKind regards\n${name}\nTel. +48 61 842 77 10`];
  it('finds the misspellings impostors register', () => {
    const cases: Array<[string, string]> = [
      ['partner-logistic.pl', 'Partner Logistik'], // k read as c
      ['partner-logistyk.pl', 'Partner Logistik'], // i as y
      ['partner-logistlk.pl', 'Partner Logistik'], // i as l
      ['hellascoid.gr', 'Hellas Cold'],
      ['hellasaircarqo.gr', 'Hellas Aircargo'],
      ['ferreti-trasporti.it', 'Ferretti Trasporti'], // a double letter undone
      ['lieferannt.de', 'Lieferant'], // one made double
      ['lieferatn.de', 'Lieferant'], // neighbours swapped
      ['rnetallbau-schmidt.de', 'Metallbau Schmidt'], // m drawn as rn
    ];
    for (const [domain, name] of cases) assert.equal(misspeltNameOf(domain, signed(`${name} sp. z o.o.`)), name, domain);
    assert.equal(misspeltNameOf('mail.partner-logistic.pl', ['Księgowość Partner Logistik', '']), 'Partner Logistik', 'a host under the domain, a name with marks beside it');
  });
  it('not the ways honest domains differ from their names', () => {
    const cases: Array<[string, string]> = [
      ['aegeanterminals.gr', 'Aegean Terminal'], // a letter added at the end
      ['hsierranorte.es', 'Sierra Norte'], // or at the start
      ['limpiezaslevante.es', 'Limpieza Levante'], // or inside, not doubling one
      ['meier-bau.de', 'Maier Bau'], // a letter that neither looks nor sounds alike
      ['mueller-bau.de', 'Müller Bau'], // umlauts spelt either way
      ['muller-bau.de', 'Müller Bau'],
      ['partner-logistik.pl', 'Partner Logistik'], // the name itself
      ['acne.de', 'Acme'], // too short to tell
      ['ferreti-trasporti.it', 'Феррети Траспорти'], // a name in another script
    ];
    for (const [domain, name] of cases) assert.equal(misspeltNameOf(domain, signed(name)), null, domain);
  });
  it('a domain the texts spell exactly anywhere is the sender\'s own, whatever else they write', () => {
    assert.equal(misspeltNameOf('kalypsohotels.gr', signed('Calypso Hotels')), 'Calypso Hotels', 'a k for a c, with nothing else');
    assert.equal(misspeltNameOf('kalypsohotels.gr', signed('Calypso Hotels\nwww.kalypsohotels.gr')), null, 'its web address in the signature');
    assert.equal(misspeltNameOf('kalypso-hotels.gr', ['Calypso Hotels', 'reservations@kalypso-hotels.gr']), null, 'its mail address, hyphenated');
  });
});
