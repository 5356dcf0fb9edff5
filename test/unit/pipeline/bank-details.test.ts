// The bank-details check: "our bank details changed" with a valid account, in the offices'
// languages and in an attached document, from a sender this company does not know and trust. And
// the honest mail: a supplier people here write to, authenticated; an invoice that only gives its
// IBAN; a web shop's "new account"; an account whose checksum fails.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { accountsIn, ibansIn, polishAccountsIn, russianAccountsIn } from '../../../src/content/bank-accounts.ts';
import { bankDetailsCheck } from '../../../src/pipeline/checks/bank-details.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import { mailWithDocuments, pdfDocument, printedPdf } from '../../helpers/pdf.ts';
import type { Rules } from '../../../src/rules/schema.ts';
import { hitLines, tempStore } from './util.ts';

const temp = tempStore('mm-bank-');
const run = hitLines(bankDetailsCheck, { store: temp, recipients: ['ap@example.com'] });

const mail = (from: string, body: string, charset = 'utf-8', extra = ''): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: ap@example.com\r\n${extra}Subject: Rechnung\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);
const AUTH = (d: string): Partial<AuthResults> => ({ spf: 'pass', spfDomain: d, dkimPass: [d], authenticatedDomain: d });

describe('bank details changed', () => {
  it('accounts are read by their checksums: IBANs in groups or not, a Russian account with its BIC', () => {
    assert.deepEqual(ibansIn('IBAN: LT12 1000 0111 0100 1000 BIC: REVOLT21'), ['LT121000011101001000']);
    assert.deepEqual(ibansIn('IT60X0542811101000000123456, PL61 1090 1014 0000 0712 1981 2874'), ['IT60X0542811101000000123456', 'PL61109010140000071219812874']);
    assert.deepEqual(ibansIn('DE89 3704 0044 0532 0130 01 and XX89 3704 0044 0532 0130 00'), [], 'a wrong check digit; no such country');
    assert.deepEqual(russianAccountsIn('р/с 40702810938000012345, БИК 044525225'), ['40702810938000012345']);
    assert.deepEqual(ibansIn('IBAN: IT 30 P 03669 01600 CC0010457821'), ['IT30P0366901600CC0010457821']);
    assert.deepEqual(polishAccountsIn('nr rachunku: 66 1160 2202 0000 0006 1234 5678 / 66116022020000000612345678'), ['PL66116022020000000612345678']);
    assert.deepEqual(polishAccountsIn('NIP 8992796896, REGON 123456785, zamówienie 66 1160 2202 0000 0006 1234 5679'), [], 'the check digits fail');
    assert.deepEqual(accountsIn('PL61 1090 1014 0000 0712 1981 2874 = 61 1090 1014 0000 0712 1981 2874'), ['PL61109010140000071219812874'], 'one account written both ways');
    assert.deepEqual(russianAccountsIn('р/с 40702810138000012345, БИК 044525225'), [], 'the control digit fails');
  });

  it('in the offices\' languages and charsets, from a sender not known and trusted', async () => {
    assert.deepEqual(await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.de>', 'Aufgrund der Änderung unserer Bankverbindung überweisen Sie bitte an\nIBAN: LT12 1000 0111 0100 1000', 'iso-8859-1')), [
      'BANK_DETAILS_CHANGE: "anderung unserer bankverbindung" and the account LT121000011101001000; From buchhaltung@lieferannt-gmbh.de (not authenticated)',
      "BANK_DETAILS_ABROAD: accounts in LT, where lieferannt-gmbh.de's suffix names DE",
    ]);
    for (const [body, charset] of [
      ['Vi comunichiamo le nuove coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Uprzejmie informujemy o zmianie numeru rachunku: PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Сообщаем о смене реквизитов: р/с 40702810938000012345, БИК 044525225', 'koi8-r'],
      ['Σας ενημερώνουμε για αλλαγή τραπεζικού λογαριασμού: GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
      ['Les informamos de nuestra nueva cuenta bancaria: ES91 2100 0418 4502 0005 1332', 'windows-1252'],
      ['Please note our new bank details: DE89 3704 0044 0532 0130 00', 'utf-8'],
      // the usual account refusing payments, another "until further notice"; our own account frozen
      ['Our EUR account at mBank will not accept incoming SEPA transfers from 15 December. IBAN: LT12 1000 0111 0100 1000', 'us-ascii'],
      ['Bitte überweisen Sie bis auf Weiteres auf folgendes Konto: LT12 1000 0111 0100 1000', 'iso-8859-1'],
      ['Il nostro conto presso Banco BPM è temporaneamente vincolato. IBAN: IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      // a new account for payments, the details "updated", the old account no longer to be used
      ['Please arrange the payment to our new collection account: IBAN LT64 3990 0044 7190 2283', 'windows-1252'],
      ['Oggetto: aggiornamento coordinate bancarie. IBAN: IT27 L084 4011 7020 0000 0447 190', 'iso-8859-15'],
      ['Il nostro conto presso la banca non è più operativo; IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Previous account details must no longer be used. IBAN DE89 3704 0044 0532 0130 00', 'us-ascii'],
      ['Die bisherige Bankverbindung ist ab sofort nicht mehr gültig: DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Poprzedni numer rachunku jest nieaktywny. PL61 1090 1014 0000 0712 1981 2874', 'windows-1250'],
      ['Старые реквизиты недействительны: р/с 40702810938000012345, БИК 044525225', 'windows-1251'],
      // the payments moved for an audit, the old account's payments bounced
      ['Im Rahmen der Jahresabschlussprüfung stellen wir unseren Zahlungsverkehr um: IBAN LT64 3990 0044 7190 2283', 'utf-8'],
      ['Zahlungen auf die alte Verbindung werden ab sofort von der Bank zurückgewiesen. IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Payments to the old account will be rejected by the bank. IBAN DE89 3704 0044 0532 0130 00', 'us-ascii'],
      // another account for now, the usual one under audit or frozen
      ['A causa di una verifica fiscale sul nostro conto principale, i pagamenti vanno effettuati sul conto della controllata: IBAN LT59 3660 4001 7236 5820', 'iso-8859-15'],
      ['Due to an audit, kindly remit to our temporary account: LT64 3990 0044 7190 2283', 'windows-1252'],
      ['Bitte überweisen Sie vorübergehend auf unser Ausweichkonto DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Por una inspección, use nuestra cuenta temporal ES91 2100 0418 4502 0005 1332', 'iso-8859-1'],
      ['Do odwołania prosimy o wpłaty na tymczasowy rachunek PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Основной счет заблокирован на время проверки, оплату просим направить: р/с 40702810938000012345, БИК 044525225', 'koi8-r'],
      ['Ο κύριος λογαριασμός μας είναι δεσμευμένος. Παρακαλώ καταθέστε στο GR16 0110 1250 0000 0001 2300 695', 'windows-1253'],
      // the sole trader's own account (the forty-ninth pair's haulier on Gmail, paid into his wife's account)
      ['Δεν μπορώ να στείλω. Ο λογαριασμός μου στην Εθνική είναι δεσμευμένος. Πληρώστε στον λογαριασμό της γυναίκας μου: GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
      ['My account is frozen by the tax office, please pay to LT64 3990 0044 7190 2283', 'us-ascii'],
      // the account at a named bank blocked, the "our" said before (the hundred-and-twenty-fourth pair's look-alike customer)
      ['Επιστρέψτε το ποσό στον λογαριασμό μας στην Optima bank, καθώς ο λογαριασμός της Πειραιώς είναι δεσμευμένος: GR16 0110 1250 0000 0001 2300 695', 'windows-1253'],
      // the usual account not available for now, this once to another (the eighteenth held-out pair's look-alike supplier)
      ['Unsere bisherige Bankverbindung bei der Commerzbank steht aufgrund der Jahresabschlussprüfung vorübergehend nicht für Zahlungseingänge zur Verfügung. IBAN: LT12 1000 0111 0100 1000', 'iso-8859-1'],
      ['Bitte veranlassen Sie die Zahlung daher ausnahmsweise auf unser Treuhandkonto: IBAN LT12 1000 0111 0100 1000', 'iso-8859-1'],
      ['Please make this payment exceptionally to our escrow account: LT12 1000 0111 0100 1000', 'us-ascii'],
      ['Vi chiediamo di effettuare il pagamento eccezionalmente sul conto seguente: IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Le rogamos que realice el pago excepcionalmente a la cuenta siguiente: ES91 2100 0418 4502 0005 1332', 'iso-8859-1'],
      ['Prosimy wyjątkowo o wpłatę na rachunek: PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Просим в виде исключения перечислить оплату на счет: р/с 40702810938000012345, БИК 044525225', 'koi8-r'],
      ['Παρακαλούμε κατ\' εξαίρεση να καταθέσετε στον λογαριασμό GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
      // this account, not the one in the contract (the hundred-and-fourth pair's look-alike club asking a transfer instalment)
      ['Les rogamos que el pago se realice en la siguiente cuenta y no en la indicada en el contrato: IBAN ES91 2100 0418 4502 0005 1332', 'iso-8859-15'],
      ['Please pay to the account below rather than the one on the invoice: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      // a Polish account written as Poles write it, without the country; "a change of bank"
      ['W związku ze zmianą banku prosimy o płatności na nowy rachunek bankowy: nr rachunku 66 1160 2202 0000 0006 1234 5678', 'iso-8859-2'],
      // an Italian IBAN in the CIN's groups, in an attached letter's way
      ['Vi comunichiamo la variazione coordinate bancarie: IBAN: IT 30 P 03669 01600 CC0010457821', 'iso-8859-15'],
      // the sender's account being closed, payments to the other (the twenty-third held-out pair's customs broker)
      ['Por cierre de nuestra cuenta operativa de Bankinter, realicen la transferencia a nuestra cuenta de provisiones: IBAN ES91 2100 0418 4502 0005 1332', 'iso-8859-15'],
      ['Due to the closure of our account at Barclays please remit to IBAN LT12 1000 0111 0100 1000', 'us-ascii'],
      ['Wegen der Schließung unseres Kontos bei der Sparkasse zahlen Sie bitte auf IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['A seguito della chiusura del nostro conto presso Banco BPM vi preghiamo di pagare su IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['W związku z zamknięciem naszego rachunku w PKO BP prosimy o wpłaty na PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Старый счёт закрывается, оплату прошу производить: р/с 40702810938000012345, БИК 044525225', 'windows-1251'],
      ['Λόγω κλεισίματος του λογαριασμού μας στην Εθνική, καταθέστε στο GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
    ] as const) {
      // the usual account frozen or under audit is also BANK_CHANGE_ACCOUNT_FROZEN (a test of its own below)
      const hits = (await run(mail('Accounts <accounts@supplier.example>', body, charset))).filter((h) => !h.startsWith('BANK_CHANGE_ACCOUNT_FROZEN'));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
    }
    // authenticated, yet free mail, or replies elsewhere, or a domain no one here has written to
    const body = 'Please note our new bank details: DE89 3704 0044 0532 0130 00';
    assert.match((await run(mail('Ferretti <ferretti.amm@gmail.com>', body), AUTH('gmail.com')))[0] ?? '', /\(free mail\)$/);
    assert.match((await run(mail('Ferretti <amm@ferretti.example>', body, 'utf-8', 'Reply-To: ferretti.amm@gmail.com\r\n'), AUTH('ferretti.example')))[0] ?? '', /replies go to ferretti\.amm@gmail\.com/);
    assert.match((await run(mail('Lieferant <info@lieferannt.example>', body), AUTH('lieferannt.example')))[0] ?? '', /a domain no one here has written to/);
  });

  it('in an attached PDF letter', async () => {
    const pdf = printedPdf('<h1>Mitteilung</h1><p>Wir teilen Ihnen unsere neue Bankverbindung mit: IBAN DE89 3704 0044 0532 0130 00</p>');
    const raw = mailWithDocuments('From: Lieferant <info@lieferannt.example>\r\nTo: ap@example.com\r\nSubject: Mitteilung\r\n', 'Anbei unser Schreiben.', ['Mitteilung.pdf', pdf]);
    assert.deepEqual(await run(raw), ['BANK_DETAILS_CHANGE: "neue bankverbindung" in the PDF Mitteilung.pdf and the account DE89370400440532013000; From info@lieferannt.example (not authenticated)']);
  });

  it('the change said, the account left to an attached letter that names none readable (a scan): the same symbol', async () => {
    const head = 'From: Lieferant <info@lieferannt.example>\r\nTo: ap@example.com\r\nSubject: Mitteilung\r\n';
    const body = 'Bitte hinterlegen Sie die neue Bankverbindung aus dem beigefügten Schreiben unserer Geschäftsführung.';
    const scan = pdfDocument({ text: ['Lieferant GmbH - Mitteilung', 'Hamburg, 30.03.2026'] });
    assert.deepEqual(await run(mailWithDocuments(head, body, ['Mitteilung_Bankverbindung.pdf', scan])), [
      'BANK_DETAILS_CHANGE: "neue bankverbindung" and the attached Mitteilung_Bankverbindung.pdf, where no account could be read; From info@lieferannt.example (not authenticated)',
    ]);
    assert.equal((await run(mailWithDocuments(head, body, ['brief.jpg', Buffer.from('not really a picture')]))).length, 1, 'a photo of the letter');
    // no letter: a calendar invitation, or nothing attached; a logo shown in the text is no letter
    assert.deepEqual(await run(mailWithDocuments(head, body, ['termin.ics', Buffer.from('BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n')])), []);
    assert.deepEqual(await run(mail('Lieferant <info@lieferannt.example>', body)), []);
    const logo = Buffer.from(`${head}MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary="r"\r\n\r\n--r\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>${body}</p><img src="cid:logo">\r\n`
      + `--r\r\nContent-Type: image/png\r\nContent-ID: <logo>\r\nContent-Disposition: inline; filename="logo.png"\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n--r--\r\n`);
    assert.deepEqual(await run(logo), []);
  });

  it('not a supplier people here write to, authenticated; nor an invoice\'s IBAN alone, a shop\'s new account, a wrong checksum', async () => {
    await temp.store.known.record('ap@example.com', ['accounts@lieferant.example'], Date.now());
    const body = 'Bitte beachten Sie unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00';
    assert.deepEqual(await run(mail('Lieferant <accounts@lieferant.example>', body), AUTH('lieferant.example')), []);
    assert.equal((await run(mail('Lieferant <accounts@lieferant.example>', body))).length, 1, 'the same, forged');
    assert.deepEqual(await run(mail('Lieferant <info@new.example>', 'Rechnung RE-1 über 100 EUR, zahlbar auf IBAN DE89 3704 0044 0532 0130 00')), []);
    assert.deepEqual(await run(mail('Shop <info@shop.example>', 'Welcome! Your new account is ready. Pay by card or to DE89 3704 0044 0532 0130 00.')), []);
    // a change denied: "no change of bank details has been made", "we never change bank details by e-mail"
    assert.deepEqual(await run(mail('Λογιστήριο <logistirio@new.example>', 'Τιμολόγιο 118: GR16 0110 1250 0000 0001 2300 695 (ο λογαριασμός μας παραμένει ο ίδιος, δεν έχει γίνει καμία αλλαγή τραπεζικών στοιχείων).', 'iso-8859-7')), []);
    // an invoice's fraud warning: payments only to the account on the invoice
    assert.deepEqual(await run(mail('Lieferant <info@new.example>', 'Invoice 4471. Payments are to be made only to the account below; we never change bank details by e-mail. IBAN DE89 3704 0044 0532 0130 00')), []);
    assert.deepEqual(await run(mail('Lieferant <info@new.example>', 'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 01')), []);
    // our own domain forged is the spoofing check's
    assert.deepEqual(await run(mail('CFO <cfo@example.com>', body)), []);
  });

  it('BANK_DETAILS_ABROAD: every account in another country than the sender\'s domain suffix names', async () => {
    const kinds = async (from: string, body: string, charset = 'utf-8'): Promise<string[]> => (await run(mail(from, body, charset))).map((h) => h.split(':')[0]!);
    // a Greek supplier's new account in Belgium (Wise), a Cypriot one; a Polish payroll change to Lithuania (the held-out pairs' look-alikes)
    assert.deepEqual(await run(mail('Λογιστήριο <logistirio@thessmet.com.gr>', 'Σας ενημερώνουμε για αλλαγή τραπεζικού λογαριασμού: IBAN BE68 5390 0754 7034', 'iso-8859-7')), [
      'BANK_DETAILS_CHANGE: "αλλαγη τραπεζικου λογαριασμου" and the account BE68539007547034; From logistirio@thessmet.com.gr (not authenticated)',
      "BANK_DETAILS_ABROAD: accounts in BE, where thessmet.com.gr's suffix names GR",
    ]);
    assert.deepEqual(await kinds('Hotel <info@kalypso-hotel.gr>', 'Νέος τραπεζικός λογαριασμός: CY17 0020 0128 0000 0012 0052 7600', 'windows-1253'), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_ABROAD']);
    assert.deepEqual(await kinds('Jan <jan.k@onet.pl>', 'Zmiana numeru rachunku do wypłaty: LT12 1000 0111 0100 1000', 'iso-8859-2'), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_ABROAD']);
    // the account at home, one of two at home (the old account beside the new), a suffix that names no country or one sold as generic, a Russian account from Mail.ru, a British sort code from .co.uk
    assert.deepEqual(await kinds('X <x@lieferannt-gmbh.de>', 'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'), ['BANK_DETAILS_CHANGE']);
    assert.deepEqual(await kinds('X <x@lieferannt-gmbh.de>', 'Unsere neue Bankverbindung: IBAN LT12 1000 0111 0100 1000 (bisher DE89 3704 0044 0532 0130 00)', 'iso-8859-1'), ['BANK_DETAILS_CHANGE']);
    for (const from of ['X <x@lieferant-gmbh.com>', 'X <x@lieferant.eu>', 'X <x@lieferant.me>', 'X <x@lieferant-gmbh.de.com>']) {
      assert.deepEqual(await kinds(from, 'Unsere neue Bankverbindung: IBAN LT12 1000 0111 0100 1000', 'iso-8859-1'), ['BANK_DETAILS_CHANGE'], from);
    }
    assert.deepEqual(await kinds('Бухгалтерия <buh@mail.ru>', 'Смена реквизитов: р/с 40702810938000012345, БИК 044525225', 'koi8-r'), ['BANK_DETAILS_CHANGE']);
    assert.deepEqual(await kinds('Accounts <accounts@harlowfreight.co.uk>', 'Our new bank details: Sort code: 04-00-75 Account number: 31846259'), ['BANK_DETAILS_CHANGE']);
  });

  it('BANK_DETAILS_ABROAD: every account in another country than the holder\'s legal form names, from a domain whose suffix names none', async () => {
    const kinds = async (from: string, body: string, charset = 'utf-8'): Promise<string[]> => (await run(mail(from, body, charset))).map((h) => h.split(':')[0]!);
    // the eighty-ninth pair's Ferretti look-alike on .com: an Italian S.p.A.'s "new account" at Revolut in Spain
    assert.deepEqual(await run(mail('Ferretti Trasporti - Amministrazione <amministrazione@ferretti-trasporti.com>',
      'Nuove coordinate bancarie:\nBeneficiario: Ferretti Trasporti S.p.A.\nIBAN: ES20 1583 0001 1470 9031 7442\nBIC: REVOESM2', 'iso-8859-15')), [
      'BANK_DETAILS_CHANGE: "nuove coordinate bancarie" and the account ES2015830001147090317442; From amministrazione@ferretti-trasporti.com (not authenticated)',
      'BANK_DETAILS_ABROAD: accounts in ES, where their holder "Ferretti Trasporti S.p.A." is a company of IT, SM',
      'BANK_DETAILS_EMONEY: the new account is at an app bank or e-money institution (ES2015830001147090317442)',
    ]);
    // a GmbH in Lithuania; an OOO; a sp. z o.o. in Belgium; a Greek Ι.Κ.Ε. in Cyprus is at home (Cypriot law has the form's Greek too)
    assert.deepEqual(await kinds('Buchhaltung <rechnungen@lieferantgmbh.eu>', 'Unsere neue Bankverbindung lautet ab sofort:\nKontoinhaber: Lieferant GmbH\nIBAN: LT12 1000 0111 0100 1000', 'iso-8859-1'), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_ABROAD']);
    assert.deepEqual(await kinds('Księgowość <ksiegowosc@partnerlogistik.com>', 'Zmiana numeru rachunku bankowego.\nOdbiorca: Partner Logistik sp. z o.o.\nIBAN: BE68 5390 0754 7034', 'iso-8859-2'), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_ABROAD']);
    assert.deepEqual(await kinds('Λογιστήριο <info@olive-union.com>', 'Αλλαγή τραπεζικού λογαριασμού.\nΔικαιούχος: Ελαιουργική Ι.Κ.Ε.\nIBAN: CY17 0020 0128 0000 0012 0052 7600', 'windows-1253'), ['BANK_DETAILS_CHANGE']);
    // the holder at home; a factoring company's account held by the factor (its own form first), not the supplier; no form; the recipient named as "Empfänger", which is no holder
    assert.deepEqual(await kinds('Buchhaltung <rechnungen@lieferantgmbh.eu>', 'Unsere neue Bankverbindung:\nKontoinhaber: Lieferant GmbH\nIBAN: DE89 3704 0044 0532 0130 00', 'iso-8859-1'), ['BANK_DETAILS_CHANGE']);
    assert.deepEqual(await kinds('Buchhaltung <rechnungen@lieferantgmbh.eu>', 'Unsere neue Bankverbindung (Factoring):\nKontoinhaber: Nordic Trade Finance UAB, Treuhandkonto Lieferant GmbH\nIBAN: LT12 1000 0111 0100 1000', 'iso-8859-1'), ['BANK_DETAILS_CHANGE']);
    assert.deepEqual(await kinds('Accounts <accounts@harlow.com>', 'Our new bank details:\nAccount name: Harlow Freight\nIBAN: LT12 1000 0111 0100 1000'), ['BANK_DETAILS_CHANGE']);
    assert.deepEqual(await kinds('Buchhaltung <rechnungen@lieferantgmbh.eu>', 'Empfänger: Example Group GmbH\nUnsere neue Bankverbindung: IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-1'), ['BANK_DETAILS_CHANGE']);
  });

  it('BANK_DETAILS_EMONEY: the new account at an app bank or e-money institution, by its name, BIC or IBAN bank code', async () => {
    const kinds = async (from: string, body: string, charset = 'utf-8'): Promise<string[]> => (await run(mail(from, body, charset))).map((h) => h.split(':')[0]!);
    // the ninety-third pair's Spanish supplier look-alike: Revolut's Spanish branch (ES…1583), named too
    assert.deepEqual((await run(mail('Administración <admin@distribuciones-levante.example>', 'Les comunicamos nuestra nueva cuenta bancaria:\nTitular: Distribuciones Alimentarias Levante S.L.\nEntidad: Revolut Bank UAB, Sucursal en España\nIBAN: ES20 1583 0001 1470 9031 7442', 'iso-8859-15'))).slice(1), [
      'BANK_DETAILS_EMONEY: the new account is at an app bank or e-money institution (ES2015830001147090317442)',
    ]);
    assert.deepEqual(await kinds('X <x@lieferannt.example>', 'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00, BIC NTSBDEB1', 'iso-8859-1'), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_EMONEY']);
    assert.deepEqual(await kinds('X <x@partner.example>', 'Nowy numer rachunku: LT12 1000 0111 0100 1000 (Paysera)', 'iso-8859-2'), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_EMONEY']);
    // a bank's own name and BIC, and a word that only contains one of the names, are none
    assert.deepEqual(await kinds('X <x@lieferannt.example>', 'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00, Commerzbank, BIC COBADEFFXXX. Wiseman GmbH', 'iso-8859-1'), ['BANK_DETAILS_CHANGE']);
    // the supplier's genuine change that warns of the forged one "(Konto bei der N26)" sent from a hijacked webmail names the
    // app bank of someone else's account, in a paragraph of its own (the hundred-and-twentieth pair's Lieferant GmbH)
    const warned = 'Die neue Bankverbindung gilt ab dem 01.12.2026:\nKreissparkasse Heilbronn, IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX\n\n'
      + 'In eigener Sache: Ende Oktober wurden über das missbrauchte Webmail-Konto eines Kollegen gefälschte Bankdaten (Konto bei der N26) verschickt.';
    assert.deepEqual(await kinds('X <x@lieferannt.example>', warned, 'iso-8859-1'), ['BANK_DETAILS_CHANGE']);
    // the app bank named in the paragraph that gives the account is the account's
    assert.deepEqual(await kinds('X <x@lieferannt.example>', 'Die neue Bankverbindung gilt ab sofort:\nBank: N26\nIBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_EMONEY']);
    // or in the paragraph beside it
    assert.deepEqual(await kinds('X <x@lieferannt.example>', 'Wir sind mit unserem Geschäftskonto zu N26 gewechselt.\n\nUnsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_EMONEY']);
  });

  it('BANK_DETAILS_NAMESAKE: the change from a correspondent\'s very name under another suffix', async () => {
    const fresh = hitLines(bankDetailsCheck, { store: temp, recipients: ['ap@example.com'], rules: { checks: { spoofing: { lookalikeRefreshSeconds: 0 } } } as unknown as Rules });
    for (let i = 0; i < 3; i++) await temp.store.known.record('einkauf@example.com', ['buchhaltung@lieferant-gmbh.de', 'office@partner-logistik.pl'], Date.now());
    const body = 'Mitteilung über die Änderung unserer Bankverbindung: IBAN DE89 3704 0044 0532 0130 00';
    assert.deepEqual(await fresh(mail('Lieferant GmbH <buchhaltung@lieferant-gmbh.com>', body, 'iso-8859-1'), AUTH('lieferant-gmbh.com')), [
      'BANK_DETAILS_CHANGE: "anderung unserer bankverbindung" and the account DE89370400440532013000; From buchhaltung@lieferant-gmbh.com (a domain no one here has written to)',
      'BANK_DETAILS_NAMESAKE: lieferant-gmbh.com is the name of lieferant-gmbh.de, a correspondent, under another suffix',
    ]);
    assert.deepEqual((await fresh(mail('Partner <k.nowak@partner-logistik.com.pl>', 'Zmiana numeru rachunku: PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_DETAILS_NAMESAKE']);
    // another name, or the correspondent itself forged: the change alone
    assert.deepEqual((await fresh(mail('X <x@lieferanten-gmbh.com>', body, 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    assert.deepEqual((await fresh(mail('Lieferant <buchhaltung@lieferant-gmbh.de>', body, 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
  });

  it('BANK_DETAILS_NAMESAKE with nothing learned: the sender quotes its own address under another suffix (a copied thread)', async () => {
    const body = 'Buongiorno Giulia,\nabbiamo cambiato banca: nuove coordinate bancarie IBAN IT60 X054 2811 1010 0000 0123 456.\n\nDa: Giulia Ferraro <g.ferraro@example.com>\nA: Chiara Colombo <c.colombo@ferretti-trasporti.it>\nOggetto: Fatture febbraio';
    assert.deepEqual((await run(mail('Chiara Colombo <c.colombo@ferretti-trasporti.com>', body, 'iso-8859-15'))).slice(1), [
      'BANK_DETAILS_NAMESAKE: c.colombo@ferretti-trasporti.com is c.colombo@ferretti-trasporti.it under another suffix, which the message itself names',
    ]);
    // the Reply-To at the sender's name under another suffix (a hijacked mailbox sending the answers to the fraudster's)
    assert.deepEqual((await run(mail('Ferretti <amministrazione@ferretti-trasporti.it>', 'Il nostro conto presso Intesa Sanpaolo risulta temporaneamente vincolato: IBAN LT12 1000 0111 0100 1000.', 'iso-8859-15', 'Reply-To: amministrazione@ferretti-trasporti.com\r\n'))).slice(3), [
      'BANK_DETAILS_NAMESAKE: replies go to amministrazione@ferretti-trasporti.com, the name of ferretti-trasporti.it under another suffix',
    ]);
    // another person of that name's domain, or the company's site under another suffix in a signature: the change alone
    for (const named of ['amministrazione@ferretti-trasporti.it', 'www.ferretti-trasporti.it']) {
      assert.deepEqual((await run(mail('Chiara Colombo <c.colombo@ferretti-trasporti.com>', body.replace('c.colombo@ferretti-trasporti.it', named), 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE'], named);
    }
  });

  it('an account at a bank "temporarily frozen" in the sentence that names it is a change; the reader\'s own ("your account") is a bank\'s notice', async () => {
    const greek = 'Η πληρωμή να μη γίνει στον λογαριασμό της Εθνικής, ο οποίος λόγω ελέγχου συμμόρφωσης είναι προσωρινά δεσμευμένος. IBAN: GR16 0110 1250 0000 0001 2300 695';
    assert.deepEqual((await run(mail('Λογιστήριο <logistirio@thermo.example>', greek, 'iso-8859-7'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_ACCOUNT_FROZEN']);
    const suspended = 'Λόγω ελέγχου στον λογαριασμό μας στην Τράπεζα Πειραιώς, οι εισερχόμενες πληρωμές έχουν προσωρινά ανασταλεί. IBAN: CY17 0020 0128 0000 0012 0052 7600';
    assert.deepEqual((await run(mail('Λογιστήριο <logistirio@foods.example>', suspended, 'windows-1253'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_ACCOUNT_FROZEN']);
    assert.deepEqual((await run(mail('Bank <alerts@bank.example>', 'Your account DE89 3704 0044 0532 0130 00 has been temporarily suspended.', 'utf-8'))), []);
    assert.deepEqual((await run(mail('Τράπεζα <alerts@bank.example>', 'Ο λογαριασμός σας GR16 0110 1250 0000 0001 2300 695 είναι προσωρινά δεσμευμένος.', 'iso-8859-7'))), []);
    assert.deepEqual((await run(mail('Τράπεζα <alerts@bank.example>', 'Ο λογαριασμός της εταιρείας σας GR16 0110 1250 0000 0001 2300 695 είναι δεσμευμένος.', 'iso-8859-7'))), [], 'the reader\'s own, "σας"');
    // the usual account "temporarily blocked" during an audit, payments held back, an auxiliary account (the thirty-first pair's hijacked thread)
    const polish = 'Prosimy o wstrzymanie przelewu na dotychczasowy rachunek w Pekao – do 30.11 trwa audyt rachunku po zmianie zarządu i wpływy są tymczasowo blokowane przez bank. Prosimy o płatność na rachunek pomocniczy spółki: PL61 1090 1014 0000 0712 1981 2874';
    assert.deepEqual((await run(mail('Księgowość <ksiegowosc@logistyka.example>', polish, 'iso-8859-2'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_ACCOUNT_FROZEN']);
    // the invoice's account "not enabled" to receive transfers (the hundred-and-thirty-fourth pair's Ferretti thread)
    const notEnabled = 'Il conto corrente indicato in fattura non è al momento abilitato alla ricezione di bonifici. Vi chiediamo di disporre il pagamento sul seguente conto: IBAN IT60 X054 2811 1010 0000 0123 456.';
    assert.deepEqual((await run(mail('Amministrazione <amministrazione@trasporti.example>', notEnabled, 'iso-8859-15'))).map((h) => h.split(':')[0]).slice(0, 2), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_ACCOUNT_FROZEN']);
    for (const held of ['Please hold all payments to our current account until further notice: IBAN GB33 BUKB 2020 1555 5555 55',
      'Bitte keine Zahlungen mehr auf unser bisheriges Konto, sondern auf DE89 3704 0044 0532 0130 00.']) {
      assert.deepEqual((await run(mail('Accounts <accounts@supplier.example>', held, 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE'], held);
    }
    // a landlord's account closed, the rent to "the new account"; the reader's own new account is a bank's notice
    const landlord = 'Έκλεισα τον λογαριασμό μου στην Εθνική και από το μίσθωμα Δεκεμβρίου παρακαλώ να καταθέτετε στον νέο λογαριασμό: IBAN GR16 0110 1250 0000 0001 2300 695';
    assert.deepEqual((await run(mail('Γιώργος <g.antoniou@yahoo.example>', landlord, 'iso-8859-7'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    // "our new corporate account" (the forty-fifth pair's refund of a deposit to a look-alike's account)
    const refund = 'Παρακαλούμε να μας επιστρέψετε την προκαταβολή στον νέο εταιρικό μας λογαριασμό: IBAN GR16 0110 1250 0000 0001 2300 695';
    assert.deepEqual((await run(mail('Κώστας <k.dimitriou@agro.example>', refund, 'windows-1253'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    assert.deepEqual(await run(mail('Τράπεζα <info@bank.example>', 'Τα χρήματα μεταφέρθηκαν στον νέο λογαριασμό σας GR16 0110 1250 0000 0001 2300 695.', 'iso-8859-7')), []);
    // from now on only to another account, the old one running out (the thirty-third and thirty-fifth pairs' look-alikes of Lieferant)
    for (const body of ['Unser Konto bei der Volksbank wird nur noch für Lastschrifteinzüge genutzt. Überweisungen bitten wir ab sofort ausschließlich auf unser Geschäftskonto bei der Commerzbank vorzunehmen: IBAN DE89 3704 0044 0532 0130 00',
      'Im Zuge unserer Umstellung läuft unser bisheriges Konto bei der Kreissparkasse zum Monatsende aus. Kontoinhaber: Lieferant GmbH, IBAN DE89 3704 0044 0532 0130 00']) {
      assert.deepEqual((await run(mail('Stefan Maier <s.maier@lieferanten-handel.example>', body, 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE'], body);
    }
    // the change denied at the phrase's own verb is none; the account closing and taking no more payments is one (the thirty-sixth pair's Ferretti and its look-alike)
    assert.deepEqual(await run(mail('Amministrazione <amministrazione@trasporti.example>', 'Il conguaglio va accreditato come sempre sul nostro conto, IBAN IT60 X054 2811 1010 0000 0123 456: le nostre coordinate bancarie NON sono cambiate.', 'iso-8859-15')), []);
    assert.deepEqual(await run(mail('Accounts <accounts@supplier-x.example>', 'Our bank details have not changed: IBAN GB33 BUKB 2020 1555 5555 55.', 'us-ascii')), []);
    assert.deepEqual((await run(mail('Amministrazione <amministrazione@trasporti-x.example>', 'Il conto presso Banco BPM è in chiusura e non può più ricevere accrediti. Vi preghiamo di disporre il rimborso su IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    // "a la cuenta nueva" (the thirty-second pair's olive cooperative on Gmail)
    assert.deepEqual((await run(mail('Cooperativa <administracion.coop@gmail.example>', 'El anticipo hay que hacerlo a la cuenta nueva que hemos abierto en BBVA: IBAN ES91 2100 0418 4502 0005 1332', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    // "cobramos en la nueva cuenta de Openbank" (the sixty-fourth pair's look-alike olive oil supplier)
    assert.deepEqual((await run(mail('Carmen Ruiz <c.ruiz@aceites-delsur.example>', 'Desde este mes cobramos en la nueva cuenta de Openbank: IBAN ES91 2100 0418 4502 0005 1332.', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    // the old account said to stop working (the seventy-fifth pair's look-alike toy maker), a move to a new bank, in the offices' languages
    for (const [text, charset] of [
      ['Los cobros los gestionamos con Openbank. La cuenta de CaixaBank deja de estar operativa a final de mes: IBAN ES91 2100 0418 4502 0005 1332', 'iso-8859-15'],
      ['Our Barclays account will no longer be active from 1 December; please pay to IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Unser Konto bei der Sparkasse ist ab Dezember nicht mehr aktiv. Bitte überweisen Sie auf DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Il conto presso Banco BPM non sarà più operativo: IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['As part of our move to a new banking partner, please pay invoice 118 to IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Wegen des Wechsels zu unserer neuen Hausbank bitten wir um Zahlung auf DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      // the account moved to another bank, in the third person, and the payments "with immediate effect" (the hundred-and-twelfth pair's look-alike haulier)
      ['Midland Freight Ltd has moved its operating account from Barclays to Starling Bank: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['With immediate effect all payments should be remitted to IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Please note our updated remittance details: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      // frozen "and cannot receive payments": the clause after it goes on, it denies nothing (the eighty-first pair's hijacked carrier)
      ['Il nostro conto presso Banco BPM è temporaneamente vincolato e non può ricevere accrediti. IBAN: IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Ο λογαριασμός μας στην Εθνική είναι σε διαδικασία κλεισίματος, η επιστροφή να γίνει στο IBAN LT12 1000 0111 0100 1000', 'iso-8859-7'],
    ] as const) assert.deepEqual((await run(mail('Accounts <accounts@supplier-y.example>', text, charset))).map((h) => h.split(':')[0]).filter((s) => s !== 'BANK_CHANGE_ACCOUNT_FROZEN'), ['BANK_DETAILS_CHANGE'], text);
    // an "alternative" account while the usual one is under review (the sixty-fifth pair's look-alike cleaning contractor), in the offices' languages
    for (const [text, charset] of [
      ['Please remit invoice NAS-24117 and any further payments to our alternative business account: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Bitte überweisen Sie vorübergehend auf unsere alternative Bankverbindung: IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Les rogamos que abonen la factura en nuestra cuenta alternativa: IBAN ES91 2100 0418 4502 0005 1332', 'windows-1252'],
      ['Vi preghiamo di effettuare il bonifico sul nostro conto alternativo: IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Prosimy o wpłatę na nasz alternatywny rachunek: PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Просим оплатить на альтернативный расчётный счёт: р/с 40702810938000012345, БИК 044525225', 'koi8-r'],
      ['Παρακαλούμε την εξόφληση στον εναλλακτικό τραπεζικό λογαριασμό μας: IBAN GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
    ] as const) assert.deepEqual((await run(mail('Accounts <accounts@airside.example>', text, charset))).map((h) => h.split(':')[0]).slice(0, 1), ['BANK_DETAILS_CHANGE'], text);
    // the usual account blocked or unable to take payments for now (the sixty-sixth, sixty-eighth and sixty-ninth pairs), and "sul mio nuovo conto"
    for (const [text, charset] of [
      ['Our account with Mega International Commercial Bank temporarily cannot receive incoming foreign remittances. Kindly remit to IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Our NatWest account is currently frozen for new credits, so please pay to IBAN GB33 BUKB 2020 1555 5555 55 instead.', 'us-ascii'],
      ['Unser Konto kann derzeit keine Zahlungen empfangen, bitte überweisen Sie auf IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['La mia banca mi ha bloccato il conto, ti chiedo il pagamento sul mio nuovo conto: IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Ο λογαριασμός μας στην Εθνική δεν δέχεται προσωρινά εισερχόμενα εμβάσματα: IBAN GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
    ] as const) assert.deepEqual((await run(mail('Accounts <accounts@airside.example>', text, charset))).map((h) => h.split(':')[0]).slice(0, 1), ['BANK_DETAILS_CHANGE'], text);
    // payments that cannot be credited to the usual account (the thirty-fourth pair's hijacked hotel), in the offices' languages
    for (const [text, charset] of [
      ['Λόγω του ετήσιου ελέγχου του λογαριασμού μας, οι πληρωμές από εξωτερικούς συνεργάτες δεν μπορούν να πιστωθούν εκεί μέχρι τέλος Δεκεμβρίου. IBAN LT86 7332 5000 7103 8859', 'iso-8859-7'],
      ['Due to the annual review of our account, payments from partners cannot be credited there until January. IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Eingehende Zahlungen können dort ab Mitte November nicht mehr gutgeschrieben werden. IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['I pagamenti sul conto precedente non potranno più essere accreditati. IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Los pagos a la cuenta habitual no podrán ser abonados hasta enero. IBAN ES91 2100 0418 4502 0005 1332', 'windows-1252'],
      ['Wpłaty na dotychczasowy rachunek nie mogą zostać zaksięgowane do końca roku. PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Платежи на прежний счёт не могут быть зачислены до конца месяца: р/с 40702810938000012345, БИК 044525225', 'koi8-r'],
    ] as const) assert.deepEqual((await run(mail('Accounts <accounts@airside.example>', text, charset))).map((h) => h.split(':')[0]).slice(0, 1), ['BANK_DETAILS_CHANGE'], text);
    // the usual account no longer enabled to take transfers (the eighty-seventh pair's hijacked carrier thread), and "sulle nuove coordinate:"
    for (const [text, charset] of [
      ['Il conto Banco BPM non è più abilitato a ricevere bonifici. IBAN LT13 3250 0719 0446 2281', 'iso-8859-15'],
      ['Vi chiedo di disporre il saldo entro venerdì sulle nuove coordinate: IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Our Barclays account is no longer enabled to receive payments. IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['La cuenta del Sabadell ya no está habilitada para recibir transferencias. IBAN ES91 2100 0418 4502 0005 1332', 'windows-1252'],
      ['Das Konto ist nicht mehr für Zahlungseingänge freigeschaltet. IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Rachunek nie jest już aktywny do przyjmowania wpłat. PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Ο λογαριασμός δεν είναι πλέον ενεργός για λήψη πληρωμών. IBAN GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
    ] as const) assert.deepEqual((await run(mail('Accounts <accounts@airside.example>', text, charset))).map((h) => h.split(':')[0]).slice(0, 1), ['BANK_DETAILS_CHANGE'], text);
    // a change of bank said as "entidad bancaria"
    assert.deepEqual((await run(mail('Admin <administracion@clima.example>', 'Hemos cambiado de entidad bancaria: IBAN ES91 2100 0418 4502 0005 1332.', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    // payments "for now" into the sender's trust, escrow or clearing account (the hundred-and-twenty-eighth pair's hijacked supplier thread)
    for (const [text, charset] of [
      ['Bis zum Jahresende werden Zahlungseingänge über unser Treuhand-/Verrechnungskonto abgewickelt: IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Until the audit is closed please pay into our escrow account: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Per questo mese vi chiediamo di versare sul conto di appoggio: IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Mientras tanto, los pagos a nuestra cuenta puente: IBAN ES91 2100 0418 4502 0005 1332', 'windows-1252'],
      ['Prosimy o wpłatę na nasz rachunek techniczny: PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Παρακαλούμε καταθέστε στον μεταβατικό λογαριασμό: IBAN GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
    ] as const) assert.deepEqual((await run(mail('Accounts <accounts@airside.example>', text, charset))).map((h) => h.split(':')[0]).slice(0, 1), ['BANK_DETAILS_CHANGE'], text);
  });

  it('BANK_CHANGE_ACCOUNT_FROZEN: the usual account frozen, blocked or under audit as the reason to pay elsewhere, in the offices\' languages', async () => {
    const symbols = async (text: string, charset: string): Promise<string[]> => (await run(mail('Accounts <accounts@supplier-z.example>', text, charset))).map((h) => h.split(':')[0]!);
    for (const [text, charset] of [
      // the hundred-and-first pair's hijacked carrier, the ninety-ninth pair's look-alike Russian supplier and Greek fuel supplier
      ['A causa di una verifica fiscale in corso, il nostro conto presso Intesa Sanpaolo è temporaneamente vincolato e i bonifici in entrata vengono respinti. IBAN: IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Сообщаем, что наш расчётный счёт в ПАО Сбербанк временно заблокирован банком в рамках проверки по 115-ФЗ. Просим оплату произвести по новым реквизитам: р/с 40702810938000012345, БИК 044525225', 'windows-1251'],
      ['Ο λογαριασμός μας στην Τράπεζα Πειραιώς έχει προσωρινά δεσμευτεί για εισερχόμενες πληρωμές. Παρακαλούμε να εξοφληθούν στον νέο λογαριασμό: GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
      // the hundredth pair's look-alike fuel supplier: an audit of the company's accounts, payments "temporarily" to the account below
      ['Αλλαγή τραπεζικού λογαριασμού. Λόγω διαδικασίας ελέγχου που διενεργείται αυτή την περίοδο στους λογαριασμούς της εταιρείας μας, οι πληρωμές θα πρέπει να πραγματοποιούνται προσωρινά στον παρακάτω λογαριασμό: IBAN GR16 0110 1250 0000 0001 2300 695', 'windows-1253'],
      ['Due to an ongoing audit of our bank accounts, please remit to our temporary account: IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Unser Geschäftskonto ist wegen einer Betriebsprüfung vorübergehend gesperrt, bitte überweisen Sie auf DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Nuestra cuenta bancaria está bloqueada temporalmente por una inspección; paguen en nuestra cuenta alternativa ES91 2100 0418 4502 0005 1332', 'iso-8859-15'],
      ['Nasz rachunek w PKO BP jest tymczasowo zablokowany, prosimy o wpłatę na rachunek pomocniczy PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
    ] as const) assert.deepEqual(await symbols(text, charset), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_ACCOUNT_FROZEN'], text);
    for (const [text, charset] of [
      // a planned change of banks, the old account open meanwhile; an audit that is no reason for the change
      ['Wegen des Wechsels zu unserer neuen Hausbank bitten wir ab 1. Dezember um Zahlung auf DE89 3704 0044 0532 0130 00; das alte Konto bleibt bis März aktiv.', 'iso-8859-1'],
      ['Nuove coordinate bancarie dal 1° dicembre: IBAN IT60 X054 2811 1010 0000 0123 456. La revisione del bilancio è stata completata a ottobre.', 'iso-8859-15'],
      // denied: "our account is not blocked"
      ['Nasz rachunek nie jest zablokowany. Nowy rachunek dla faktur od grudnia: PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
    ] as const) assert.deepEqual(await symbols(text, charset), ['BANK_DETAILS_CHANGE'], text);
  });

  it('PAYEE_CHECK_EXCUSE: the payee-name check of the payer\'s bank explained away, in the offices\' languages', async () => {
    const cases: Array<[string, string, string]> = [
      ['Bitte überweisen Sie an unsere neue Bankverbindung IBAN DE89 3704 0044 0532 0130 00. Bei der Empfängerüberprüfung Ihrer Bank kann ein abweichender Name angezeigt werden (Treuhandkonto), das ist normal.', 'iso-8859-1', 'de'],
      ['Please note our new bank details: IBAN GB33 BUKB 2020 1555 5555 55. Confirmation of Payee may show a different name as the account is held by our factoring partner.', 'us-ascii', 'en'],
      ['Les comunicamos nuestra nueva cuenta bancaria IBAN ES91 2100 0418 4502 0005 1332. La verificación del beneficiario puede indicar que el nombre no coincide; es normal.', 'iso-8859-15', 'es'],
      ['Vi comunichiamo le nuove coordinate bancarie IBAN IT60 X054 2811 1010 0000 0123 456. La verifica del beneficiario potrebbe mostrare un nome diverso: è normale.', 'iso-8859-15', 'it'],
      ['Informujemy o zmianie numeru rachunku: PL61 1090 1014 0000 0712 1981 2874. Nowy rachunek pojawi się w wykazie podatników VAT (tzw. biała lista) w ciągu kilku dni.', 'iso-8859-2', 'pl'],
      ['Уведомляем о смене реквизитов: р/с 40702810938000012345, БИК 044525225. При проверке получателя банком наименование может не совпадать, это нормально.', 'koi8-r', 'ru'],
      ['Σας ενημερώνουμε για νέο τραπεζικό λογαριασμό IBAN GR16 0110 1250 0000 0001 2300 695. Η επαλήθευση δικαιούχου μπορεί να δείξει διαφορετικό όνομα.', 'iso-8859-7', 'el'],
      // the white list "may take a few days, do not mind it", and split payment to be left out (the twenty-sixth pair's hijacked partner)
      ['Prosimy o przelew na nasz nowy rachunek PL61 1090 1014 0000 0712 1981 2874. Aktualizacja białej listy może potrwać kilka dni.', 'iso-8859-2', 'pl'],
      ['Zmiana numeru rachunku: PL61 1090 1014 0000 0712 1981 2874. Proszę wyjątkowo nie stosować MPP przy tej płatności.', 'iso-8859-2', 'pl'],
      // "on the white list" in its cases, split payment with its ł, the listing still to come and payment not to wait for it (the
      // ninety-eighth, hundredth and hundred-and-first pairs' look-alike logistics partners)
      ['Nowy rachunek PL61 1090 1014 0000 0712 1981 2874 pojawi się na białej liście podatników VAT w ciągu kilku dni roboczych.', 'iso-8859-2', 'pl'],
      ['Zmiana rachunku: PL61 1090 1014 0000 0712 1981 2874. Do tego czasu prosimy o przelew zwykły, bez mechanizmu podzielonej płatności.', 'windows-1250', 'pl'],
      ['Nowy rachunek PL61 1090 1014 0000 0712 1981 2874 zostanie zgłoszony do wykazu podatników VAT w ciągu kilku dni.', 'iso-8859-2', 'pl'],
      ['Nowy rachunek PL61 1090 1014 0000 0712 1981 2874 został zgłoszony. Aktualizacja danych w wykazie może potrwać – prosimy nie wstrzymywać z tego powodu płatności.', 'iso-8859-2', 'pl'],
    ];
    for (const [body, charset, lang] of cases) {
      const hits = await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body, charset));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'PAYEE_CHECK_EXCUSE'], `${lang}: ${hits.join('; ')}`);
    }
    // the honest supplier: its account is on the white list, the name matches; a payee check named with nothing explained away
    for (const body of [
      'Informujemy o zmianie numeru rachunku: PL61 1090 1014 0000 0712 1981 2874. Rachunek znajduje się w wykazie podatników VAT (biała lista).',
      'Our new bank details: IBAN GB33 BUKB 2020 1555 5555 55. Confirmation of Payee will show our registered name, Lieferant Ltd.',
    ]) assert.deepEqual((await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body, 'utf-8'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE'], body);
    // no change of bank details said, or a correspondent trusted: no excuse is read
    assert.deepEqual(await run(mail('X <x@lieferannt-gmbh.example>', 'Bei der Empfängerüberprüfung kann ein abweichender Name angezeigt werden, das ist normal.', 'iso-8859-1')), []);
  });

  it('BANK_CHANGE_LETTER_LATER: the signed letter that proves the change promised for later, none attached, in the offices\' languages', async () => {
    const cases: Array<[string, string]> = [
      // the held-out pairs' look-alike suppliers (the fifty-second's Russian, the eighteenth's German, the twenty-fifth's Italian, the thirtieth's Polish, the thirty-fifth's Greek)
      ['Сообщаем, что у ООО «Невская Упаковка» изменились банковские реквизиты: р/с 40702810938000012345, БИК 044525225. Письмо об изменении реквизитов за подписью генерального директора направим оригиналом почтой.', 'koi8-r'],
      ['В связи со сменой обслуживающего банка направляю новые реквизиты: р/с 40702810938000012345, БИК 044525225. Письмо о смене реквизитов с подписью и печатью привезу позже.', 'windows-1251'],
      ['Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Das offizielle Schreiben unserer Geschäftsführung reichen wir in den nächsten Tagen nach.', 'iso-8859-1'],
      ['Vi comunichiamo le nuove coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456. La lettera su carta intestata firmata dal nostro amministratore seguirà nei prossimi giorni.', 'iso-8859-15'],
      ['Informujemy o zmianie numeru rachunku: PL61 1090 1014 0000 0712 1981 2874. Oficjalne pismo z podpisem zarządu prześlemy pocztą.', 'iso-8859-2'],
      ['Σας ενημερώνουμε για νέο τραπεζικό λογαριασμό IBAN GR16 0110 1250 0000 0001 2300 695. Η επίσημη επιστολή θα σταλεί με courier.', 'iso-8859-7'],
      ['Please note our new bank details: IBAN GB33 BUKB 2020 1555 5555 55. A signed letter on our letterhead will follow by post.', 'us-ascii'],
      ['Les comunicamos nuestra nueva cuenta bancaria IBAN ES91 2100 0418 4502 0005 1332. El certificado bancario firmado se lo enviaremos por correo postal.', 'windows-1252'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body, charset));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_LETTER_LATER'], `${charset}: ${hits.join('; ')}`);
    }
    assert.match((await run(mail('X <x@lieferannt-gmbh.example>', cases[0]![0], 'utf-8')))[1]!, /"письмо об изменении реквизитов за подписью генерального директора направим", and no letter is attached$/);
    // the honest change: the signed letter attached (and the original by post besides), or already sent
    const head = 'From: Buchhaltung <buchhaltung@lieferannt-gmbh.example>\r\nTo: ap@example.com\r\nSubject: Bankverbindung\r\n';
    const attached = mailWithDocuments(head, 'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Das unterschriebene Schreiben liegt bei, das Original erhalten Sie in den nächsten Tagen per Post.',
      ['Mitteilung_Bankverbindung.pdf', pdfDocument({ text: ['Lieferant GmbH', 'Neue Bankverbindung ab 01.01.2027', 'IBAN DE89 3704 0044 0532 0130 00'] })]);
    assert.deepEqual((await run(attached)).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    // an attached invoice is not the letter (the hundredth pair's look-alike parts supplier: "Во вложении счёт … письмо … направим почтой")
    const invoiceOnly = mailWithDocuments(head, 'Новые реквизиты: р/с 40702810938000012345, БИК 044525225. Во вложении счёт с новыми реквизитами. Официальное письмо за подписью генерального директора направим почтой.',
      ['Счет_1193_от_12.11.2026.pdf', pdfDocument({ text: ['Schet 1193', 'r/s 40702810938000012345'] })]);
    assert.deepEqual((await run(invoiceOnly)).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_LETTER_LATER']);
    for (const body of [
      'Νέος τραπεζικός λογαριασμός IBAN GR16 0110 1250 0000 0001 2300 695. Η υπογεγραμμένη επιστολή έχει σταλεί και ταχυδρομικά.',
      'Смена реквизитов: р/с 40702810938000012345, БИК 044525225. Письмо об изменении реквизитов подписано директором и направлено вам через Диадок.',
    ]) assert.deepEqual((await run(mail('X <x@lieferannt-gmbh.example>', body, 'utf-8'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE'], body);
    // a letter promised without any change of bank details is no part of this
    assert.deepEqual(await run(mail('X <x@lieferannt-gmbh.example>', 'Das unterschriebene Schreiben zum Rahmenvertrag reichen wir nach.', 'iso-8859-1')), []);
  });

  it('BANK_CHANGE_CALLBACK_ASKED: the change to be confirmed by a call to a number the reader already has, in the offices\' languages', async () => {
    const cases: Array<[string, string]> = [
      ['We are moving our business banking to Lloyds; our new bank details: IBAN GB33 BUKB 2020 1555 5555 55. Please don\'t change anything on the strength of this email alone - ring me or Sue on the usual numbers and we\'ll confirm verbally.', 'us-ascii'],
      ['Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Bitte verifizieren Sie die Änderung telefonisch über die Ihnen bekannte Rufnummer unserer Buchhaltung.', 'iso-8859-1'],
      ['Nuove coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456. Verificate la comunicazione telefonando al numero che avete già in anagrafica.', 'iso-8859-15'],
      // the number "in the contract" (the forty-first pair's genuine Ferretti letter)
      ['Variazione coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456. Vi invitiamo a verificare la variazione telefonando al nostro ufficio amministrativo al numero riportato nel contratto.', 'iso-8859-15'],
      ['Neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Bitte bestätigen Sie die Änderung telefonisch unter der Nummer aus dem Vertrag.', 'iso-8859-1'],
      ['Nueva cuenta bancaria: IBAN ES91 2100 0418 4502 0005 1332. Confírmelo llamando a nuestro número de siempre.', 'windows-1252'],
      ['Zmiana numeru rachunku: PL61 1090 1014 0000 0712 1981 2874. Prosimy o weryfikację pod znanym Państwu numerem telefonu.', 'iso-8859-2'],
      ['Смена реквизитов: р/с 40702810938000012345, БИК 044525225. Перед внесением изменений позвоните нашему финансовому директору по номеру из договора.', 'koi8-r'],
      ['Νέος τραπεζικός λογαριασμός IBAN GR16 0110 1250 0000 0001 2300 695. Επιβεβαιώστε την αλλαγή στο γνωστό σας τηλέφωνο.', 'iso-8859-7'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body, charset));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_CALLBACK_ASKED'], `${charset}: ${hits.join('; ')}`);
    }
    // a number the mail itself gives is no number the reader has: the fraud's "call me to confirm"
    assert.deepEqual((await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', 'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Zur Bestätigung rufen Sie mich unter +49 171 5550123 an.', 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    // the call asked for in the real firm's copied footer and ruled out above it: no call is offered (the fifty-third pair's look-alike solicitors)
    const footer = 'Our client account has moved to Lloyds Bank; that account no longer accepts incoming payments. IBAN GB33 BUKB 2020 1555 5555 55. '
      + 'I am in back-to-back completions today and may not be able to take calls, so email is the quickest way to reach me.\n\n'
      + 'CYBER CRIME WARNING: we will never change our bank details by email. Please always call us on a known number to verify our details before transferring funds.';
    assert.deepEqual((await run(mail('Eleanor Pike <e.pike@ashworthpike-llp.example>', footer, 'us-ascii'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
  });

  it('BANK_CHANGE_CONFIRM_BY_MAIL: the change to be confirmed by a reply, no call asked, in the offices\' languages', async () => {
    const cases: Array<[string, string]> = [
      ['Our new bank details: IBAN GB33 BUKB 2020 1555 5555 55. Please confirm the update by replying to this e-mail.', 'us-ascii'],
      ['Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Bitte bestätigen Sie uns die Änderung Ihrer Stammdaten kurz per Antwort auf diese E-Mail.', 'iso-8859-1'],
      ['Nuove coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456. Vi saremmo grati se poteste confermarci l\'avvenuto aggiornamento rispondendo a questa e-mail.', 'iso-8859-15'],
      ['Nueva cuenta bancaria: IBAN ES91 2100 0418 4502 0005 1332. Les rogamos que nos confirmen el cambio respondiendo a este correo.', 'windows-1252'],
      ['Zmiana numeru rachunku: PL61 1090 1014 0000 0712 1981 2874. Prosimy o potwierdzenie wprowadzenia zmiany zwrotnym e-mailem.', 'iso-8859-2'],
      ['Смена реквизитов: р/с 40702810938000012345, БИК 044525225. Просим подтвердить получение ответным письмом.', 'koi8-r'],
      ['Νέος τραπεζικός λογαριασμός IBAN GR16 0110 1250 0000 0001 2300 695. Παρακαλώ επιβεβαιώστε μου με e-mail μόλις γίνει η αλλαγή.', 'iso-8859-7'],
      // a reply "message", a few words between (the sixty-eighth and eighty-sixth pairs' look-alikes)
      ['Смена реквизитов: р/с 40702810938000012345, БИК 044525225. Просим подтвердить получение письма ответом на это сообщение.', 'windows-1251'],
      ['Zmiana numeru rachunku: PL61 1090 1014 0000 0712 1981 2874. Prosimy o potwierdzenie zmiany zwrotną wiadomością e-mail.', 'iso-8859-2'],
    ];
    for (const [body, charset] of cases) {
      const hits = await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body, charset));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_CONFIRM_BY_MAIL'], `${charset}: ${hits.join('; ')}`);
    }
    // the honest supplier says e-mail alone will not do, or that no e-mail is needed, or asks for the call
    for (const body of [
      'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Bitte bestätigen Sie die Änderung nicht nur per E-Mail, sondern rufen Sie uns an.',
      'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Eine Bestätigung per E-Mail ist nicht nötig.',
      'Unsere neue Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Bitte verifizieren Sie die Änderung telefonisch über die Ihnen bekannte Rufnummer; eine kurze Bestätigung per E-Mail genügt danach.',
    ]) {
      const symbols = (await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body, 'iso-8859-1'))).map((h) => h.split(':')[0]);
      assert.ok(!symbols.includes('BANK_CHANGE_CONFIRM_BY_MAIL'), `${body}: ${symbols.join(', ')}`);
    }
  });

  it('BANK_CHANGE_SUM_DUE: a sum to pay into the new account now, in the offices\' languages', async () => {
    const cases: Array<[string, string, string]> = [
      ['Our bank details have changed. Please pay invoice 4471 (£12,480.00) into our new account: IBAN GB33 BUKB 2020 1555 5555 55.', 'windows-1252', '£12,480.00'],
      ['Änderung unserer Bankverbindung: IBAN DE89 3704 0044 0532 0130 00. Die offenen Rechnungen über 38.412,60 EUR bitten wir bereits auf das neue Konto zu überweisen.', 'iso-8859-1', '38.412,60 eur'],
      ['Variazione coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456. Vi preghiamo di disporre su questo conto anche il saldo delle fatture n. 231/2026 e 247/2026 (totale € 18.940,00).', 'iso-8859-15', '€ 18.940,00'],
      ['Cambio de cuenta bancaria: IBAN ES91 2100 0418 4502 0005 1332. ¿Podéis hacer el pago de las dos facturas (37.355,12 € y 21.906,40 €) a la nueva cuenta?', 'windows-1252', '37.355,12 €'],
      ['Zmiana rachunku: PL61 1090 1014 0000 0712 1981 2874. Płatność za fakturę FV/1187/11/2026 (48 216,30 zł brutto) prosimy zrealizować już na nowy rachunek.', 'iso-8859-2', '48 216,30 zł'],
      ['Смена реквизитов: р/с 40702810938000012345, БИК 044525225. Оплату по счёту № 1184 на сумму 86 400,00 руб. просим произвести по новым реквизитам.', 'koi8-r', '86 400,00 руб'],
      ['Αλλαγή τραπεζικού λογαριασμού: IBAN GR16 0110 1250 0000 0001 2300 695. Παρακαλούμε να εξοφλήσετε στον νέο λογαριασμό και το ΤΠΥ 1543 (4.960,00 €).', 'iso-8859-7', '4.960,00 €'],
    ];
    for (const [body, charset, sum] of cases) {
      const hits = await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body, charset));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_SUM_DUE'], `${charset}: ${hits.join('; ')}`);
      assert.equal(hits[1], `BANK_CHANGE_SUM_DUE: ${sum} to pay into the new account`);
    }
    // the account the mail goes on to name; a payment asked for after the account's details; an open invoice by its number
    const more: Array<[string, string, string]> = [
      ['Variazione coordinate bancarie: i pagamenti andranno effettuati esclusivamente sul seguente conto corrente: IBAN IT60 X054 2811 1010 0000 0123 456. Vi preghiamo di disporre su queste coordinate il saldo della fattura: EUR 11.980,00', 'iso-8859-15', 'eur 11.980,00'],
      ['Αλλαγή τραπεζικού λογαριασμού. Παρακαλούμε η εξόφληση του τιμολογίου (126.480,00 €) να γίνει στον παρακάτω λογαριασμό: IBAN GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7', '126.480,00 €'],
      ['Изменение банковских реквизитов. Просим с 16.11.2026 производить оплату только по новым реквизитам:\nПолучатель: ООО «Северная рыба»\nР/с 40702810910000448127\nБанк: АО «Банк», г. Москва\nБИК 044525974\n'
        + 'Старый счет в Сбербанке закрывается, платежи на него будут возвращаться.\nТакже просим оплатить счет № 1187 от 10.11.2026 на сумму 1 286 400,00 руб. до пятницы.', 'windows-1251', '1 286 400,00 руб'],
      ['Смена банковских реквизитов. Просим оплату по счету № 412 от 13.11.2026 и все последующие платежи производить по новым реквизитам: р/с 40702810938000012345, БИК 044525225.', 'windows-1251', 'счету no. 412'],
      ['Zmiana rachunku: prosimy o dokonywanie wszystkich płatności, również za faktury już wystawione (FV/2026/10/118), wyłącznie na nowy rachunek PL61 1090 1014 0000 0712 1981 2874.', 'iso-8859-2', 'faktury juz wystawione (fv/2026/10/118'],
    ];
    for (const [body, charset, due] of more) {
      const hits = await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body, charset));
      assert.ok(hits.includes(`BANK_CHANGE_SUM_DUE: ${due} to pay into the new account`), `${charset}: ${hits.join('; ')}`);
    }
    // a sum for the old account, the new one for the invoices to come in a paragraph of its own (the thirty-second pair's
    // genuine Partner Logistik invoice); a warning against mail about a new account beside a deposit (the seventy-fifth pair's toy maker)
    for (const [body, charset] of [
      ['Kwota brutto: 48 977,40 zł\nTermin płatności: 21.11.2026\nRachunek: PKO BP, PL11 1020 4043 0000 2702 0158 8431\n\n'
        + 'Przypominamy, że zgodnie z pismem z 30.10.2026 (potwierdzonym telefonicznie) od 01.12.2026 zmieniamy bank. Płatności za faktury z terminem po 1 grudnia '
        + 'prosimy kierować na rachunek w mBank S.A.: PL58 1140 2004 4000 3302 7710 4518. Nowy rachunek jest już widoczny w Wykazie podatników VAT.', 'iso-8859-2'],
      ['The deposit is 30% = USD 46,197.60. Bank information is same as before, no change of our bank account IBAN GB33 BUKB 2020 1555 5555 55. If you receive any mail about a new bank account, please call me first.', 'us-ascii'],
      // the invoices to come by their date (the hundred-and-eighteenth pair's genuine Ferretti letter); the firm's capital in a later sentence
      ['A partire dal 01/12/2026 i pagamenti delle nostre fatture dovranno essere effettuati sul seguente conto corrente: IBAN IT60 X054 2811 1010 0000 0123 456. Le fatture emesse dal 01/12/2026 riporteranno le nuove coordinate.', 'iso-8859-15'],
      ['Nuove coordinate bancarie: IBAN IT60 X054 2811 1010 0000 0123 456.\nVi preghiamo di aggiornare l\'anagrafica.\nFerretti Trasporti S.p.A. - Capitale sociale € 2.500.000 i.v.', 'iso-8859-15'],
      ['Neue Bankverbindung ab 01.12.2026: IBAN DE89 3704 0044 0532 0130 00. Die neue Bankverbindung steht ab Rechnung RE-2026-12500 auch im Rechnungsfuß.', 'iso-8859-1'],
    ]) {
      const symbols = (await run(mail('Buchhaltung <buchhaltung@lieferannt-gmbh.example>', body!, charset))).map((h) => h.split(':')[0]);
      assert.ok(!symbols.includes('BANK_CHANGE_SUM_DUE'), `${body}: ${symbols.join(', ')}`);
    }
  });

  it('a law firm\'s client account by its kind, the old account named by its bank', async () => {
    const body = 'Please release the retention to our client account. Following our banking review our client account details have changed; the previous Barclays account must no longer be used: IBAN GB33 BUKB 2020 1555 5555 55.';
    assert.deepEqual((await run(mail('Rachel Ames <r.ames@harrington.example>', body, 'us-ascii'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE']);
    // the account moved to another bank, the old one taking nothing, in the offices' languages
    for (const [text, charset] of [
      ['Our client account has moved to Lloyds Bank. IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'], ['The old account no longer accepts incoming payments. IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Unser Geschäftskonto ist zur Commerzbank umgezogen: IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'], ['Das bisherige Konto nimmt keine Zahlungen mehr an. IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Il nostro conto è stato trasferito presso Intesa: IBAN IT60 X054 2811 1010 0000 0123 456', 'iso-8859-15'],
      ['Nuestra cuenta se ha trasladado a BBVA: IBAN ES91 2100 0418 4502 0005 1332', 'windows-1252'],
      ['Nasz rachunek został przeniesiony do mBanku: PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Ο λογαριασμός μας μεταφέρθηκε στην Πειραιώς: GR16 0110 1250 0000 0001 2300 695', 'iso-8859-7'],
      // the supplier's invoices assigned to a factor, paid to its account (the fifty-fourth pair's "Vistula Faktoring")
      ['Spółka Partner Logistik przelała na naszą rzecz wierzytelności; zapłata wyłącznie na rachunek PL61 1090 1014 0000 0712 1981 2874', 'iso-8859-2'],
      ['Notice of assignment of receivables: please pay all invoices to IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
      ['Anzeige der Forderungsabtretung: Zahlungen bitte auf IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      // or a new factor and its account (the hundred-and-thirtieth pair's hijacked Lieferant thread)
      ['Seit dieser Woche laufen unsere Forderungen über unseren neuen Factoring-Partner. Zahlungen bitte nur noch auf IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'],
      ['Our receivables are now handled by our new factoring company; please pay to its factoring account IBAN GB33 BUKB 2020 1555 5555 55', 'us-ascii'],
    ] as const) assert.deepEqual((await run(mail('Accounts <accounts@firm.example>', text, charset))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE'], text);
    // the usual account "only of limited use" during an audit, so a fallback account this once (the hundred-and-thirty-first pair's Lieferant thread)
    assert.deepEqual((await run(mail('Accounts <accounts@firm.example>', 'Wegen der laufenden Jahresabschlussprüfung ist unser Konto bei der Sparkasse derzeit nur eingeschränkt nutzbar; bitte ausnahmsweise auf IBAN DE89 3704 0044 0532 0130 00', 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_ACCOUNT_FROZEN']);
    // the account by its bank's name, its reason told at length (the hundred-and-nineteenth pair's hijacked Lieferant thread)
    assert.deepEqual((await run(mail('Accounts <accounts@firm.example>', 'Bitte beachten Sie, dass die Zahlung diesmal auf unser Konto bei der Commerzbank erfolgen muss: IBAN DE89 3704 0044 0532 0130 00. Unser Sparkassenkonto ist wegen der Umstellung auf das neue Zahlungsverkehrssystem bis Mitte Dezember nur eingeschränkt nutzbar.', 'iso-8859-1'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE', 'BANK_CHANGE_ACCOUNT_FROZEN']);
    // the reader's own account details updated: a service's notice, no change of the sender's bank
    assert.deepEqual(await run(mail('Shop <no-reply@shop.example>', 'Your account details have been updated. Invoice total 49,00 EUR, IBAN GB33 BUKB 2020 1555 5555 55.', 'us-ascii')), []);
  });
});

describe('the account itself moved, or the old one closing by its bank\'s name (the hundred-and-fifteenth pair\'s look-alike booking agency)', () => {
  it('reads it as a change', async () => {
    for (const text of [
      'Please note that our client money account has moved: we now hold artist deposits with Wise Business. IBAN GB33 BUKB 2020 1555 5555 55',
      'The Barclays account will be closed on 1 December, so any payment there will be returned. IBAN GB33 BUKB 2020 1555 5555 55',
    ]) assert.deepEqual((await run(mail('Agent <oliver@agency.example>', text, 'us-ascii'))).map((h) => h.split(':')[0]), ['BANK_DETAILS_CHANGE'], text);
    // the reader's account, or a customer account that moved to a new plan, with no account of the sender's to pay into
    assert.deepEqual(await run(mail('Shop <no-reply@shop.example>', 'Your account has moved to our new platform; sign in as before.', 'us-ascii')), []);
  });
});
