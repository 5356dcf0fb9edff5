// The loan-spam check: a loan offered without what a lender must check, from a stranger or a sender
// that is not authenticated, in the offices' languages and charsets. And the honest mail with part
// of it: a bank the company writes to, a bank's newsletter that checks its borrowers, a SaaS trial
// "with no credit card", a supplier's "no paperwork" delivery.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loanSpamCheck } from '../../../src/pipeline/checks/loan-spam.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-loan-');
const run = hitLines(loanSpamCheck, { store: temp, recipients: ['n.konstantinou@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'n.konstantinou@example.com', body, charset, 'example.com');

describe('loan spam', () => {
  it('the Greek broker: up to 50.000 € "without documents", even on Tiresias, from a fresh authenticated domain (the sixteenth held-out pair)', async () => {
    const body = 'Χρειάζεστε χρήματα άμεσα; Δάνειο έως 50.000€ χωρίς δικαιολογητικά και χωρίς εγγυητές. Ακόμη και με καταχώρηση στον Τειρεσία.';
    assert.deepEqual(await run(mail('Άμεσα Δάνεια <info@amesa-daneia.example>', body, 'iso-8859-7'), authenticatedAs('amesa-daneia.example')), [
      'LOAN_NO_CHECKS: offers "δανειο" "χωρις δικαιολογητικα"; From info@amesa-daneia.example (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Personal loans up to $35,000 with no credit check. Bad credit OK, money in 24 hours.', 'us-ascii'],
      ['Sofortkredit bis 25.000 € ohne Schufa – Auszahlung in 24 Stunden.', 'iso-8859-15'],
      ['Préstamos de hasta 6.000 € sin aval, aunque estés en ASNEF. Dinero en 15 minutos.', 'windows-1252'],
      ['Prestiti fino a 30.000 € senza busta paga, anche a cattivi pagatori e protestati.', 'iso-8859-15'],
      ['Pożyczka do 10 000 zł bez BIK i bez zaświadczeń, decyzja w 15 minut.', 'iso-8859-2'],
      ['Кредит до 1 000 000 руб. без справок и поручителей, даже с плохой кредитной историей.', 'koi8-r'],
      ['Займы до 30 000 руб. без отказа за 5 минут.', 'windows-1251'],
      // a corporate loan "without the need of a bank guarantee" (the hundred-and-thirty-fifth pair's Abu Dhabi "family office")
      ['Le ofrecemos financiación de entre 5 y 50 millones de euros, sin necesidad de aval bancario.', 'windows-1252'],
      ['Finanziamenti fino a 5 milioni di euro senza bisogno di garanzie bancarie.', 'iso-8859-15'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Credit <offers@fast-credit.example>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not a bank the company writes to, a loan with checks, a trial with no credit card, or "no paperwork" without a loan', async () => {
    await temp.store.known.record('n.konstantinou@example.com', ['business@bank.example'], Date.now());
    assert.deepEqual(await run(mail('Bank <business@bank.example>', 'Business loans without collateral up to 100.000 € for our clients.'), authenticatedAs('bank.example')), [], 'a correspondent');
    assert.deepEqual(await run(mail('Bank <news@otherbank.example>', 'Ihr Ratenkredit ab 3,9 % effektiv. Voraussetzung: positive Bonitätsprüfung und Einkommensnachweis.', 'iso-8859-15')), []);
    assert.deepEqual(await run(mail('SaaS <trial@saas.example>', 'Start your free 30-day trial, no credit card required.')), []);
    assert.deepEqual(await run(mail('Spedizioni <info@corriere.example>', 'Ritiro a domicilio senza documenti da stampare: basta il QR code.', 'iso-8859-15')), []);
  });
});
