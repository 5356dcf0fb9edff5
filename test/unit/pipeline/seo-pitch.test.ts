// The seo-pitch check: search-engine ranking promised, the reader's site "analysed", a free report
// or a guarantee, from a stranger or a sender that is not authenticated, in the offices' languages
// and charsets. And the honest mail with some of it: the agency the company writes to, an SEO
// tool's report, a newsletter about search engines.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { seoPitchCheck } from '../../../src/pipeline/checks/seo-pitch.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-seo-pitch-');
const run = hitLines(seoPitchCheck, { store: temp, recipients: ['office@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'office@example.com', body, charset, 'examplegroup.eu');
const AUTH = authenticatedAs;

describe('search-engine agencies\' cold pitches', () => {
  it('the Italian agency: 27 errors found, first page in 90 days guaranteed, a free report', async () => {
    const body = 'Ho analizzato il sito examplegroup.eu e ho riscontrato 27 errori tecnici. Con il nostro metodo portiamo le aziende in prima pagina su Google in 90 giorni, '
      + 'con risultati garantiti per contratto. Posso inviarvi gratuitamente il report completo?';
    assert.deepEqual(await run(mail('Luca Moretti <luca.moretti@primapagina.example>', body, 'iso-8859-15'), AUTH('primapagina.example')), [
      'SEO_PITCH: promises "prima pagina su google", says "ho analizzato il sito" and offers "garantiti"; From luca.moretti@primapagina.example (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['I analysed your website and found 14 issues. We will get you on the first page of Google, guaranteed. Can I send you a free SEO report?', 'us-ascii'],
      ['Ich habe Ihre Website kurz analysiert: 19 Fehler. Wir bringen Sie auf die erste Seite bei Google – kostenlose Analyse inklusive.', 'iso-8859-1'],
      ['He analizado su web y tiene 12 errores. Le posicionamos en la primera página de Google con resultados garantizados.', 'windows-1252'],
      ['Przeanalizowaliśmy Państwa stronę: 21 błędów. Pierwsza strona w Google w 3 miesiące, darmowy audyt.', 'iso-8859-2'],
      ['Я проанализировал ваш сайт и нашёл 18 ошибок. Выведем в топ Яндекса за 2 месяца, гарантия по договору.', 'koi8-r'],
      ['Αναλύσαμε την ιστοσελίδα σας: 11 σφάλματα. Σας φέρνουμε στην πρώτη σελίδα της Google, με δωρεάν αναφορά.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('SEO <hello@rank-agency.example>', body, charset), AUTH('rank-agency.example'))).length, 1, `${charset}: ${body}`);
  });

  it('not the agency the company writes to, a tool\'s report, or a newsletter about search engines', async () => {
    await temp.store.known.record('office@example.com', ['reports@our-agency.example'], Date.now());
    const monthly = 'We analysed your website again this month: 3 issues left. You are on the first page of Google for 12 keywords, as guaranteed in our contract.';
    assert.deepEqual(await run(mail('Our Agency <reports@our-agency.example>', monthly), AUTH('our-agency.example')), []);
    assert.deepEqual(await run(mail('Site Audit <noreply@seo-tool.example>', 'Site audit for examplegroup.eu: we checked your site and found 27 errors. Your Google rankings: 14 keywords on page one.'), AUTH('seo-tool.example')), [],
      'no bait');
    assert.deepEqual(await run(mail('Webinar <news@marketing.example>', 'Free webinar: how to reach the first page of Google in 2027.'), AUTH('marketing.example')), [], 'no site audited');
  });
});
