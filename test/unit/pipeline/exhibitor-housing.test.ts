// The exhibitor-housing check: a fair's rooms held for the company, released unless paid, with a
// sum, from a sender whose word is not to be taken, in the offices' languages and charsets. And the
// honest mail that has parts of it: the fair's newsletter warning about the scam, a hotel the
// company wrote to, a booking confirmed.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { exhibitorHousingCheck } from '../../../src/pipeline/checks/exhibitor-housing.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-housing-');
const run = hitLines(exhibitorHousingCheck, { store: temp, recipients: ['sales@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'sales@example.com', body, charset, 'interpack 2026');

describe('exhibitor housing scams', () => {
  it('the "official housing provider" of the fair, a deposit to a UK account, rooms released on a date', async () => {
    const body = 'We are the official housing provider for exhibitors at interpack 2026, Düsseldorf. Our records show that Example Group (Hall 5) has not yet confirmed its exhibitor room block. '
      + 'We are currently holding 8 single rooms for your company. To secure these rooms, a 30% deposit (EUR 4,161.60) is required by 20 March 2026. Unconfirmed rooms will be released to the waiting list.\n'
      + 'IBAN: GB74 CLRB 0413 0700 9214 58';
    assert.deepEqual(await run(mail('interpack 2026 Housing Bureau <rooms@interpack-housingbureau.example>', body), authenticatedAs('interpack-housingbureau.example')), [
      'EXHIBITOR_HOUSING_SCAM: names "exhibitors", "housing provider", "not yet confirmed" and eur 4,161.60; From rooms@interpack-housingbureau.example (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Für Ihre Firma als Aussteller der Anuga FoodTec halten wir ein Zimmerkontingent von 6 Zimmern bereit. Ohne Anzahlung von 2.400,00 EUR bis 15.02. verfallen die Zimmer und werden freigegeben werden.', 'iso-8859-1'],
      ['Como expositor de la feria internacional, le hemos reservado 5 habitaciones reservadas para su empresa. Si no recibimos el depósito de 1.850,00 € antes del viernes, serán liberadas.', 'iso-8859-15'],
      ['Per gli espositori della fiera abbiamo 4 camere riservate per la vostra azienda. Senza acconto di 1.200,00 € entro venerdì verranno rilasciate.', 'iso-8859-15'],
      ['Dla wystawców targów mamy pulę pokoi dla Państwa firmy. Bez zaliczki 3 500,00 zł do piątku pokoje zostaną zwolnione.', 'iso-8859-2'],
      ['Для экспонентов выставки за вашей компанией забронированы номера: квота номеров на 5 человек. Без предоплаты 150 000 руб. до пятницы номера будут сняты с брони.', 'koi8-r'],
      ['Για τους εκθέτες της έκθεσης έχουμε 6 δωμάτια δεσμευμένα για την εταιρεία σας. Χωρίς προκαταβολή 1.500,00 € έως την Παρασκευή θα αποδεσμευτούν.', 'iso-8859-7'],
      // the future reflexive (the seventy-sixth pair's "CEVISAMA housing service"), unconfirmed rooms
      ['Como expositor confirmado, el servicio de alojamiento le ofrece tarifas de 138 € por noche. Las reservas no confirmadas se liberarán para el público general.', 'iso-8859-15'],
      ['As an exhibitor, our housing service holds rates of EUR 189.00 per night for your team; unconfirmed rooms go back to the general public on Friday.', 'us-ascii'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('Expo Hotels <booking@expo-hotels.example>', body, charset));
      assert.equal(hits.length, 1, `${charset}: ${body}\n${hits.join('\n')}`);
    }
  });

  it('not the fair\'s newsletter warning about it, a hotel the company wrote to, a booking confirmed, a fair with no rooms', async () => {
    // the fair's own mailing: it warns, it holds no rooms for the reader and says nothing will be released
    assert.deepEqual(await run(mail('interpack <news@messe-duesseldorf.example>', 'Dear exhibitor, beware of unofficial housing agencies: we never ask exhibitors for hotel deposits by e-mail. Stand fee EUR 12,400 due by 31 March.'), authenticatedAs('messe-duesseldorf.example')), []);
    // the hotel asked for an option by someone here
    await temp.store.known.record('sales@example.com', ['groups@hotel-stockum.example'], Date.now());
    const option = 'As requested we are holding 8 rooms for Example Group during the trade fair. The option will be released on 20 March unless a deposit of EUR 1,200.00 is paid.';
    assert.deepEqual(await run(mail('Hotel Stockum <groups@hotel-stockum.example>', option), authenticatedAs('hotel-stockum.example')), []);
    // a booking confirmed: nothing to lose
    assert.deepEqual(await run(mail('Booking <noreply@hotels.example>', 'Your reservation is confirmed: 2 rooms reserved for Example Group during the trade fair, total EUR 1,160.00.'), authenticatedAs('hotels.example')), []);
    // a fair's stand offer: no rooms
    assert.deepEqual(await run(mail('Fiera <info@fiera.example>', 'Gli espositori non ancora confermati: stand da 8.400,00 €.', 'iso-8859-15')), []);
  });
});
