// The payroll-diversion check: an "employee" outside asks to pay their salary into a new account,
// in the offices' languages and charsets. And the honest mail that has some of it: a payroll
// provider people here write to, a supplier's new account without a salary, "Lohnfertigung".
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { payrollDiversionCheck } from '../../../src/pipeline/checks/payroll-diversion.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-payroll-');
const run = hitLines(payrollDiversionCheck, { store: temp, recipients: ['hr@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'hr@example.com', body, charset, 'Cuenta');
const AUTH = authenticatedAs;

describe('payroll diversion', () => {
  it('the British "colleague" who moved the account over to an app bank and is closing the old one (the hundred-and-nineteenth pair)', async () => {
    const body = "I've moved my current account over to Monzo and wanted to get my details updated before the November payroll goes through. I'm closing the old one this week.\nSort code: 04-00-75\nAccount number: 31847265";
    assert.deepEqual(await run(mail('Sarah Collins <sarah.collins.mk@outlook.com>', body), AUTH('outlook.com')), [
      'PAYROLL_DIVERSION: "moved my current account over to", for the "payroll", and the account 04-00-75 31847265; From sarah.collins.mk@outlook.com (free mail)',
    ]);
  });

  it('the bank named without "over", the account number labelled "account" alone (the hundred-and-thirty-sixth pair)', async () => {
    const body = "I've recently moved my current account to Monzo and my old Barclays account will be closed at the end of the month. Could you please update my salary details before the November payroll is processed?\nSort code 04-00-75, account 51873390";
    const hits = await run(mail('James Holloway <james.holloway.uk@outlook.com>', body), AUTH('outlook.com'));
    assert.equal(hits.length, 1);
    assert.match(hits[0]!, /^PAYROLL_DIVERSION: .*the account 04-00-75 51873390 for the "salary"/);
  });

  it('the "employee" on free mail who changed banks, in Spanish', async () => {
    const body = 'He cambiado de banco y quería actualizar la cuenta en la que recibo la nómina.\nNuevo IBAN: ES92 1583 0001 1573 1194 2085\nOs escribo desde el correo personal.';
    assert.deepEqual(await run(mail('Lucía Fernández <lucia.fdez.ortega@outlook.es>', body, 'iso-8859-15'), AUTH('outlook.es')), [
      'PAYROLL_DIVERSION: "he cambiado de banco" and the account ES9215830001157311942085 for the "nomina"; From lucia.fdez.ortega@outlook.es (free mail)',
    ]);
  });

  it('the opener: the writer changed banks, the salary to go elsewhere, the account to follow (the twentieth held-out pair)', async () => {
    const body = 'Ελένη καλημέρα,\nΆλλαξα τράπεζα και θα ήθελα η μισθοδοσία του Δεκεμβρίου να κατατεθεί στον νέο μου λογαριασμό. Πες μου τι στοιχεία χρειάζεσαι.';
    assert.deepEqual(await run(mail('Νίκος Παπαδόπουλος <nikos.papadopoulos.exg@gmail.com>', body, 'iso-8859-7'), AUTH('gmail.com')), [
      'PAYROLL_DIVERSION: "αλλαξα τραπεζα", for the "μισθοδοσια" (the account to follow); From nikos.papadopoulos.exg@gmail.com (free mail)',
    ]);
  });

  it('the opener in other words: the old account closed, the writer gone over to another bank (the twenty-first held-out pair)', async () => {
    const body = 'Ciao Giulia,\nho chiuso il conto su Intesa e sono passata a una banca online, quindi ti chiederei di aggiornare l\'IBAN per l\'accredito dello stipendio già da aprile.';
    assert.deepEqual(await run(mail('Francesca De Santis <fra.desantis88@libero.it>', body, 'iso-8859-15'), AUTH('libero.it')), [
      'PAYROLL_DIVERSION: "ho chiuso il conto", for the "stipendio" (the account to follow); From fra.desantis88@libero.it (free mail)',
    ]);
    for (const [text, charset] of [
      ['Zamknęłam stare konto i przeszłam do innego banku, proszę o wypłatę wynagrodzenia na nowy rachunek.', 'iso-8859-2'],
      ['Я закрыла старый счёт и перешла в другой банк, прошу перечислять зарплату на новую карту.', 'windows-1251'],
      ['Έκλεισα τον παλιό λογαριασμό, θέλω ο μισθός μου να πηγαίνει αλλού.', 'iso-8859-7'],
      ['Ich habe mein altes Konto bei der Sparkasse gekündigt, bitte das Gehalt ab März auf das neue Konto.', 'iso-8859-1'],
      ['He cerrado mi cuenta del Santander, ¿podéis ingresarme la nómina en la nueva?', 'iso-8859-15'],
      ['I have closed my old account, could my salary go to the new one from this month?', 'us-ascii'],
      // a new account opened (the fifty-second pair's "colleague" on Gmail, with the account)
      ['Άνοιξα καινούριο λογαριασμό και θα ήθελα η μισθοδοσία του Νοεμβρίου να πάει εκεί.', 'windows-1253'],
      ['I just opened a new account, please pay my salary there from December.', 'us-ascii'],
      ['Ich habe bei der DKB ein neues Girokonto eröffnet, bitte das Gehalt ab Dezember dorthin.', 'iso-8859-1'],
      ['Ho aperto un nuovo conto, vorrei lo stipendio lì da dicembre.', 'iso-8859-15'],
      ['Otworzyłam nowe konto, proszę o przelew wynagrodzenia tam.', 'iso-8859-2'],
      ['Я открыла новую карту, прошу перечислять зарплату на неё.', 'koi8-r'],
      ['He abierto una cuenta nueva, ¿podéis ingresar la nómina allí?', 'windows-1252'],
    ] as const) assert.equal((await run(mail('Staff <staff.member.1990@gmail.com>', text, charset), AUTH('gmail.com'))).length, 1, text);
    const greek = 'Ελένη καλημέρα,\nάνοιξα καινούριο λογαριασμό και θα ήθελα η μισθοδοσία του Νοεμβρίου να πάει εκεί.\nIBAN: LT15 3250 0719 3402 8815';
    assert.deepEqual(await run(mail('Νίκος <nikos.papadopoulos.ath@gmail.com>', greek, 'windows-1253'), AUTH('gmail.com')), [
      'PAYROLL_DIVERSION: "ανοιξα καινουριο λογαριασμο", for the "μισθοδοσια", and the account LT153250071934028815; From nikos.papadopoulos.ath@gmail.com (free mail)',
    ]);
    // a provider's notice about the reader's account is no opener
    assert.deepEqual(await run(mail('Payroll <noreply@payroll.example>', 'If you have closed your old account, update your salary account in the portal.')), []);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Please pay my salary into my new bank account from this month: IBAN GB82 WEST 1234 5698 7654 32.', 'us-ascii'],
      ['Bitte überweisen Sie mein Gehalt ab Dezember auf meine neue Bankverbindung: DE89 3704 0044 0532 0130 00.', 'iso-8859-1'],
      ['Vi chiedo di accreditare lo stipendio sul nuovo IBAN IT60 X054 2811 1010 0000 0123 456.', 'iso-8859-15'],
      ['Proszę o przelewanie wynagrodzenia na nowy numer rachunku: PL61 1090 1014 0000 0712 1981 2874.', 'iso-8859-2'],
      ['Παρακαλώ καταθέστε τον μισθό μου στον νέο τραπεζικό λογαριασμό: GR16 0110 1250 0000 0001 2300 695.', 'iso-8859-7'],
      ['Прошу перечислять зарплату на новые реквизиты: р/с 40702810200000000001, БИК 044525225.', 'koi8-r'],
      // a British account by sort code and account number, the bank changed (the sixteenth held-out pair's "employee" on Outlook.com)
      ["I've recently moved my current account to a new bank and would like my salary paid into the new account please:\nSort code: 04-00-75\nAccount number: 31846259", 'us-ascii'],
      // the month's "wypłata" and the payroll list (the thirtieth pair's "employee" on wp.pl)
      ['Zmieniłem bank i chciałbym, żeby grudniowa wypłata poszła już na nowe konto: 1090 1014 0000 0001 5884 2291. Daj znać, czy zdążysz przed listą płac.', 'iso-8859-2'],
      // "wypłata za listopad" and "Nowy numer konta" (the thirty-seventh pair's "colleague" on o2.pl)
      ['Założyłam nowe konto w mBanku i chciałabym, żeby wypłata za listopad poszła już na nie.\nNowy numer konta: PL12 1140 2004 4000 3402 1833 7750', 'iso-8859-2'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Staff <staff.member.1990@gmail.com>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not a payroll provider people here write to, a supplier\'s new account without a salary, or contract manufacturing', async () => {
    const body = 'Our new bank details for the payroll service fees: IBAN DE89 3704 0044 0532 0130 00.';
    await temp.store.known.record('hr@example.com', ['billing@payroll-provider.example'], Date.now());
    assert.deepEqual(await run(mail('Payroll Provider <billing@payroll-provider.example>', body), AUTH('payroll-provider.example')), []);
    assert.deepEqual(await run(mail('Lieferant <info@new.example>', 'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00')), []);
    assert.deepEqual(await run(mail('Lieferant <info@new.example>', 'Rechnung für die Lohnfertigung. Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00')), []);
    // any other "wypłata" (a dividend's, a claim's) is no salary
    assert.deepEqual(await run(mail('Spółka <biuro@spolka.example>', 'Zmiana numeru rachunku do wypłaty dywidendy: PL61 1090 1014 0000 0712 1981 2874.', 'iso-8859-2')), []);
    // a sort code without its account number, or numbers without their labels, are no account: the
    // first-person change is the opener then, the account to follow
    assert.deepEqual(await run(mail('Staff <staff.member.1990@gmail.com>', 'I changed banks; please pay my salary into the new account. Sort code 04-00-75, I will send the rest.')), [
      'PAYROLL_DIVERSION: "i changed banks", for the "salary" (the account to follow); From staff.member.1990@gmail.com (not authenticated)',
    ]);
    assert.match((await run(mail('Staff <staff.member.1990@gmail.com>', 'I changed banks; please pay my salary into the new account: 04-00-75 31846259.')))[0] ?? '', /the account to follow/);
    // a provider's notice about the reader's account names no change of the writer's own
    assert.deepEqual(await run(mail('Payroll News <news@payroll-news.example>', 'Changed banks? Update the account your salary is paid into in the employee portal.')), []);
    // a colleague writes from our own domain (a forgery of it is the spoofing check's)
    assert.deepEqual(await run(mail('Anna <anna@example.com>', 'Bitte mein Gehalt auf die neue Bankverbindung DE89 3704 0044 0532 0130 00.')), []);
  });
});
