// The pharma-spam check: a prescription-only drug sold "without prescription", from a stranger or a
// sender that is not authenticated, in the offices' languages and charsets. And the honest mail
// with part of it: a pharmacy the company buys from, an over-the-counter product "rezeptfrei",
// news that names a drug.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pharmaSpamCheck } from '../../../src/pipeline/checks/pharma-spam.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-pharma-');
const run = hitLines(pharmaSpamCheck, { store: temp, recipients: ['info@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'info@example.com', body, charset, 'examplegroup.eu');

describe('pharmacy spam', () => {
  it('the Italian pharmacy: sildenafil from 0.89 € a tablet, no prescription, from a fresh domain with valid SPF and DKIM', async () => {
    const body = 'Farmacia Italia Online. Sildenafil 100 mg – da 0,89 € a compressa. Tadalafil 20 mg da 1,19 €. Nessuna ricetta necessaria · Pacco anonimo.';
    assert.deepEqual(await run(mail('Farmacia Italia Online <offerte@farmacia-discreta24.example>', body, 'iso-8859-15'), authenticatedAs('farmacia-discreta24.example')), [
      'PHARMA_NO_PRESCRIPTION: sells "sildenafil" with "nessuna ricetta"; From offerte@farmacia-discreta24.example (a domain no one here has written to)',
    ]);
  });

  it('the drug spelt with signs for letters: "Sem@glutide", "V1agra"; not signs between words or in numbers', async () => {
    assert.deepEqual(await run(mail('CanRx Direct <deals@canrx-pharmadirect.example>', 'Sem@glutide 0.25/0.5/1 mg pens from $89. Tirzep@tide pens from $119. Free discreet shipping - no prescription required.'), authenticatedAs('canrx-pharmadirect.example')), [
      'PHARMA_NO_PRESCRIPTION: sells "semaglutide" with "no prescription required"; From deals@canrx-pharmadirect.example (a domain no one here has written to)',
    ]);
    assert.equal((await run(mail('Shop <x@pills.example>', 'V1agra and C!alis without prescription.'))).length, 1);
    assert.deepEqual(await run(mail('Shop <x@shop.example>', 'Order 4 items @ $5 each, no prescription required for vitamins.')), []);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Buy Viagra and Cialis online without prescription, discreet shipping worldwide.', 'us-ascii'],
      ['Kamagra und Sildenafil ohne Rezept bestellen – diskreter Versand in 24 Stunden.', 'iso-8859-1'],
      ['Compre tramadol sin receta, envío discreto a toda España.', 'windows-1252'],
      ['Ozempic bez recepty – dostawa w 48 godzin, płatność przy odbiorze.', 'iso-8859-2'],
      ['Виагра и сиалис без рецепта с доставкой по всей Европе.', 'koi8-r'],
      ['Βιάγκρα χωρίς συνταγή, αποστολή σε όλη την Ελλάδα.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Shop <sales@meds-online.example>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not the pharmacy the company buys from, an over-the-counter product, news that names a drug', async () => {
    await temp.store.known.record('info@example.com', ['orders@apotheke-partner.example'], Date.now());
    assert.deepEqual(await run(mail('Apotheke <orders@apotheke-partner.example>', 'Ihre Bestellung: Sildenafil 50 mg (Rezept liegt vor). Rezeptfreie Artikel: Ibuprofen.'), authenticatedAs('apotheke-partner.example')), []);
    assert.deepEqual(await run(mail('Shop <news@apotheke-shop.example>', 'Diese Woche rezeptfrei: Ibuprofen 400 mg und Hustensaft zum Sonderpreis.')), []);
    assert.deepEqual(await run(mail('News <news@zeitung.example>', 'Gesundheit: Der Hype um Ozempic – warum Ärzte vor dem Kauf im Internet warnen.')), []);
  });
});
