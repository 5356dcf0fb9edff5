// The job-scam check: work offered for a pay per day or hour, the talk moved to a messenger, from a
// sender whose word is not to be taken, in the offices' languages and charsets. And the honest mail
// that has some of it: a temp agency's authenticated offer, a colleague's WhatsApp group, a price per hour.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { jobScamCheck } from '../../../src/pipeline/checks/job-scam.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import { hitLines } from './util.ts';

const run = hitLines(jobScamCheck);
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: carol@example.com\r\nSubject: Oferta\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);
const AUTH = (d: string): Partial<AuthResults> => ({ spf: 'pass', spfDomain: d, dkimPass: [d], authenticatedDomain: d });

describe('job scams', () => {
  it('the "recruiter" of a task scam, in Spanish: pay per day, WhatsApp', async () => {
    assert.deepEqual(await run(mail('Laura Gómez | TalentoHub <laura.gomez@talentohub-rrhh.example>', 'Colaboración a tiempo parcial desde casa, sin experiencia. Pago diario de 250 a 450 €/día. Escríbeme por WhatsApp: https://wa.me/34613428871', 'iso-8859-15')), [
      'JOB_SCAM: offers "desde casa" for "pago diario" and moves the talk to whatsapp; From laura.gomez@talentohub-rrhh.example (not authenticated)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Part-time job from your phone, no experience needed: earn $300 a day. Message me on Telegram: https://t.me/hr_anna_jobs', 'us-ascii'],
      ['Nebenjob im Homeoffice: 35 € pro Stunde, tägliche Auszahlung. Schreiben Sie mir auf WhatsApp.', 'iso-8859-1'],
      ['Lavoro da casa, 1-2 ore al giorno: 200 euro al giorno. Contattami su WhatsApp +39 351 884 2716.', 'iso-8859-15'],
      ['Praca zdalna, 2 godziny dziennie, 400 zł dziennie. Napisz na WhatsApp: wa.me/48512345678', 'iso-8859-2'],
      ['Подработка на дому: от 5000 руб. в день. Пишите в Telegram @hr_olga.', 'koi8-r'],
      ['Εργασία από το σπίτι με 150 € την ημέρα. Στείλτε μήνυμα στο Viber.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('HR <hr.team.jobs@gmail.com>', body, charset))).length, 1, body);
  });

  it('not a temp agency from its own domain, a messenger without pay, a price per hour without work, or "signal" as a word', async () => {
    const offer = 'Stelle als Lagerhelfer, 15 € pro Stunde. Bewerbung gern per WhatsApp an 0171 5550123.';
    assert.deepEqual(await run(mail('Jobs <jobs@zeitarbeit.example>', offer), AUTH('zeitarbeit.example')), []);
    assert.equal((await run(mail('Jobs <jobs@zeitarbeit.example>', offer))).length, 1, 'the same offer unauthenticated');
    assert.deepEqual(await run(mail('Anna <anna.k@gmail.com>', 'Für das Sommerfest haben wir eine WhatsApp-Gruppe; die Stelle der Küche ist noch offen.')), []);
    assert.deepEqual(await run(mail('IT <it@partner.example>', 'Our support costs 95 €/h for the new position of the rack; ask on WhatsApp.')).then((h) => h.length), 1, 'position + 95 €/h + WhatsApp from an unauthenticated sender: a gap the check accepts (+5 alone tags it; most partners pass SPF or DKIM)');
    assert.deepEqual(await run(mail('Lab <lab@uni.example>', 'The job of the signal processor: 40 €/h for the analysis.')), []);
  });

  it('the money mule\'s job: customers\' payments into the recruit\'s own account, sent on; no pay per day or messenger needed', async () => {
    assert.deepEqual(await run(mail('Nordvik Trading <rrhh@nordvik-trading.example>', 'Puesto de asistente de pagos en remoto. Sus funciones: recibir pagos de clientes en su cuenta bancaria personal y reenviar los importes según nuestras instrucciones. Salario: 2.400 € al mes.', 'windows-1252')), [
      'JOB_SCAM: offers "puesto" to "pagos de clientes en su cuenta bancaria personal" and send it on; From rrhh@nordvik-trading.example (not authenticated)',
    ]);
    const cases: Array<[string, string]> = [
      ['Remote position as a payment assistant: receive payments from our clients into your personal bank account and forward the funds to our suppliers within 24 hours.', 'us-ascii'],
      ['Nebenjob als Finanzassistent: Sie empfangen Zahlungen unserer Kunden auf Ihr privates Konto und leiten sie per Überweisung weiter.', 'iso-8859-15'],
      ['Lavoro da casa: riceverai i bonifici dei clienti sul tuo conto personale e dovrai inoltrare le somme ai nostri fornitori.', 'iso-8859-15'],
      ['Praca zdalna: przyjmowanie przelewów od klientów na Twoje prywatne konto i przekazywanie środków dalej.', 'iso-8859-2'],
      ['Удалённая работа: получать платежи клиентов на ваш личный счёт и переводить средства дальше поставщикам.', 'windows-1251'],
      ['Εργασία από το σπίτι: θα λαμβάνετε πληρωμές πελατών στον προσωπικό σας λογαριασμό και θα μεταφέρετε τα ποσά στους προμηθευτές.', 'iso-8859-7'],
      // the recruit's cut kept, the rest sent on
      ['Part-time position: receive payments from our European clients on your personal bank account, keep 8% commission and forward the balance to our settlement partners.', 'windows-1252'],
      ['Lavoro part-time: ricevi i pagamenti sul tuo conto personale, trattieni l\'8% e trasferisci il resto ai nostri partner.', 'iso-8859-15'],
      ['Работа на дому: платежи клиентов на ваш личный счёт, 8% ваши, остаток переводите партнёрам — отправляйте остаток в тот же день.', 'koi8-r'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('HR <hr@trading-jobs.example>', body, charset))).length, 1, `${charset}: ${body}`);
    // a salary paid into the employee's account, a job mail that forwards a colleague's CV: nothing sent on from the recruit's own account
    assert.deepEqual(await run(mail('HR <hr@trading-jobs.example>', 'Position: warehouse clerk. Your salary payments are made monthly into your bank account. Please forward the CV to a friend.')), []);
    assert.deepEqual(await run(mail('HR <hr@trading-jobs.example>', 'Stelle als Buchhalter: das Gehalt wird auf Ihr Konto überwiesen; leiten Sie die Anzeige gern weiter.', 'iso-8859-1')), []);
  });
});
