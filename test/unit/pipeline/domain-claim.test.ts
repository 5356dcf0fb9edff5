// The Asian domain-registration scam: someone "applied" for the company's name as an internet keyword
// and Chinese domains, "please forward to your CEO". And the honest mail about domains: a registrar
// the company uses, a renewal, a trade-mark watch service's report.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { domainClaimCheck } from '../../../src/pipeline/checks/domain-claim.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-domain-claim-');
const run = hitLines(domainClaimCheck, { store: temp });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'ceo@example.com', body, charset, 'examplegroup Brand Name and Domain Registration');

describe('the Asian domain-registration scam', () => {
  it('the Shanghai "registration centre" (the hundred-and-eighteenth pair), from a domain no one here writes to, authenticated or not', async () => {
    const body = '(If you are not the person who is in charge of this, please forward this to your CEO, because this is urgent.)\nDear CEO,\n'
      + 'We are the domain name registration center in Shanghai, China. We received an application from Hongxin Holdings Ltd requested "examplegroup" as their internet keyword and China (CN) domain names (examplegroup.cn, examplegroup.com.cn). '
      + 'But after checking it, we find this name conflict with your company name.';
    assert.deepEqual(await run(mail('Jack Liu <jack.liu@cnreg-service.cn>', body), authenticatedAs('cnreg-service.cn')), [
      'DOMAIN_NAME_CLAIM: says someone applied for "internet keyword" and "forward this to your ceo"; From jack.liu@cnreg-service.cn (a domain no one here has written to)',
    ]);
    const de = 'Wir haben einen Antrag erhalten, "examplegroup" als Internet-Schlüsselwort und CN-Domains zu registrieren. Der Name kollidiert mit Ihrem Firmennamen.';
    assert.equal((await run(mail('Registry <info@asia-domain-center.example>', de, 'iso-8859-1'))).length, 1);
  });

  it('not the registrar the company uses, a renewal, or a trade-mark watch report', async () => {
    await temp.store.known.record('ceo@example.com', ['support@our-registrar.example'], Date.now());
    const renewal = 'Your domains examplegroup.cn and examplegroup.com.cn expire on 1 March. Please confirm whether this company is your subsidiary before we renew the China domain names registered for it.';
    assert.deepEqual(await run(mail('Registrar <support@our-registrar.example>', renewal), authenticatedAs('our-registrar.example')), []);
    assert.deepEqual(await run(mail('Watch <report@tm-watch.example>', 'Monthly watch report: 2 new .cn domain names resemble your trade mark EXAMPLE. No action needed.'), authenticatedAs('tm-watch.example')), [],
      'no application said to conflict, nothing to forward');
  });
});
