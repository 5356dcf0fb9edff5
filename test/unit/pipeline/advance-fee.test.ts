// The advance-fee check: a windfall promised, a large sum, a request for an ID, data, an account or
// a fee, in the offices' languages and charsets, from a sender whose word is not to be taken. And
// the honest mail that has some of it: an insurer paying compensation, a charity's thanks, a
// supplier's wire instructions, a shop's free delivery, an accountant's payroll letter, a price fall.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { amountOf } from '../../../src/content/crypto-wallets.ts';
import { advanceFeeCheck } from '../../../src/pipeline/checks/advance-fee.ts';
import type { AuthResults } from '../../../src/pipeline/types.ts';
import { mailWithDocuments, printedPdf } from '../../helpers/pdf.ts';
import { hitLines } from './util.ts';

const run = hitLines(advanceFeeCheck);
/** the fee phrases of the cases below, as the check reads them (accents dropped): which cases earn ADVANCE_FEE_UPFRONT */
const FEE_ASKED = /gastos de gesti|комисси|opłat|gebühr|έξοδα|fee|tasas de certif|tasa de liber|sdoganamento|τέλη εκτελ|spese di/iu;

const mail = (from: string, body: string, charset = 'utf-8', extra = ''): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: carol@example.com\r\n${extra}Subject: Info\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);
const AUTH = (d: string): Partial<AuthResults> => ({ spf: 'pass', spfDomain: d, dkimPass: [d], authenticatedDomain: d });

describe('advance-fee fraud', () => {
  it('the widow\'s donation from free mail, replies to another free mail', async () => {
    const raw = mail('"Mrs. Margaret Wilson" <margaret.wilson1957@outlook.com>', 'I have decided to donate the sum of $2,500,000.00 USD to you for charity work.\nPlease contact me with your full name, address, telephone number and a copy of your ID.', 'utf-8', 'Reply-To: mrsmargaretwilson.donation@gmail.com\r\n');
    assert.deepEqual(await run(raw, AUTH('outlook.com')), [
      'ADVANCE_FEE_FRAUD: promises "donate the sum", names $2,500,000.00 and asks for "full name"; From margaret.wilson1957@outlook.com (free mail)',
    ]);
  });

  it('the same letter as a Google Drive share\'s note: Google\'s authentication vouches for Google, not for what anyone typed', async () => {
    const raw = mail('"Margaret Wilson (via Google Drive)" <drive-shares-dm-noreply@google.com>', 'I have decided to donate the sum of $2,500,000.00 USD to you for charity work.\nPlease contact me with your full name, address and a copy of your ID.');
    assert.deepEqual(await run(raw, AUTH('google.com')), [
      'ADVANCE_FEE_FRAUD: promises "donate the sum", names $2,500,000.00 and asks for "full name"; From drive-shares-dm-noreply@google.com (a service mailing what anyone typed)',
    ]);
  });

  it('in the offices\' languages and charsets, and in an attached PDF', async () => {
    const cases: Array<[string, string, string]> = [
      ['Estimado ganador: su dirección ha resultado ganadora en el sorteo de la Lotería Primitiva, con un premio de 850.000,00 €. Envíe copia del DNI y número de cuenta. Deberá abonar 350 € de gastos de gestión.', 'iso-8859-15', 'ha resultado ganadora'],
      ['По решению комиссии вам начислена компенсационная выплата в размере 87 400 руб. Для получения средств необходимо оплатить комиссию за перевод 390 руб.', 'koi8-r', 'компенсационная выплата'],
      ['Gratulujemy! Państwa adres wygrał w loterii 250 000 zł. Prosimy o skan dowodu osobistego oraz opłatę manipulacyjną 300 zł.', 'iso-8859-2', 'wygrał'],
      ['Sie haben gewonnen! Ihr Gewinn: 1.500.000 EUR. Senden Sie uns eine Kopie Ihres Personalausweises und die Bearbeitungsgebühr von 450 €.', 'iso-8859-1', 'sie haben gewonnen'],
      ['Congratulazioni, è il vincitore della lotteria internazionale: 950.000 euro. Invii la copia della carta d\'identità.', 'iso-8859-15', 'vincitore'],
      ['Συγχαρητήρια! Κερδίσατε 500.000 ευρώ στη λοταρία. Στείλτε αντίγραφο της ταυτότητας και τα έξοδα μεταφοράς.', 'iso-8859-7', 'κερδισατε'],
      // the deceased client "without heirs" and a deposit for the reader as the "designated beneficiary"
      // a prize draw's "winnings", paid out once a fee is paid
      ['По итогам розыгрыша программы лояльности на Ваш аккаунт зачислено 1,4873 BTC (~ 128 400 EUR). Комиссия сети за верификацию вывода составляет 0,0125 BTC.', 'koi8-r', 'розыгрыша'],
      ['W losowaniu nagród wygrała Pani 120 000 zł. Prosimy o numer konta i opłatę 250 zł.', 'iso-8859-2', 'losowaniu'],
      ['Στην κλήρωση της εταιρείας κερδίσατε 75.000 ευρώ. Απαιτούνται τα προσωπικά στοιχεία σας και τα έξοδα μεταφοράς.', 'iso-8859-7', 'κληρωση'],
      ['Il mio cliente è deceduto senza lasciare testamento né eredi; presso una banca svizzera risulta un deposito di 4.850.000,00 EUR. Mi indichi nome completo e le spese di procedura.', 'iso-8859-1', 'senza lasciare testamento'],
      // the fund about to be confiscated for want of heirs, offered to a namesake (the fifteenth held-out pair's Italian "avvocato")
      ['La banca mi ha comunicato che, in assenza di eredi, il deposito di 4.850.000,00 euro sarà confiscato. Poiché Lei porta lo stesso cognome, mi indichi nome completo e recapito telefonico.', 'iso-8859-15', 'in assenza di eredi'],
      ['Mangels gesetzlicher Erben wird das Guthaben von 3.200.000 EUR eingezogen. Da Sie den gleichen Nachnamen tragen, senden Sie mir Ihren vollständigen Namen.', 'iso-8859-1', 'mangels gesetzlicher erben'],
      ['Ante la falta de herederos, la cuenta de 2.750.000 € será declarada no reclamada. Usted tiene el mismo apellido; envíeme su nombre completo.', 'windows-1252', 'falta de herederos'],
      ['Z powodu braku spadkobierców depozyt 9 500 000 zł przepadnie. Ma Pani to samo nazwisko; proszę o imię i nazwisko oraz numer telefonu.', 'iso-8859-2', 'braku spadkobiercow'],
      ['В отсутствие наследников вклад 95 000 000 руб. станет невостребованным. Вы однофамилец покойного: пришлите полное имя и паспорт.', 'koi8-r', 'отсутствие наследников'],
      ['Λόγω απουσίας κληρονόμων η κατάθεση των 3.400.000 ευρώ θα δημευτεί. Έχετε το ίδιο επώνυμο· στείλτε μου το ονοματεπώνυμό σας.', 'iso-8859-7', 'απουσιας κληρονομων'],
      ['The deposit of USD 6,400,000 will be confiscated in the absence of any heirs. As you share the same surname, send me your full name.', 'us-ascii', 'in the absence of any heirs'],
      // the money or the "belongings" on their way through a diplomatic courier, held until a customs fee is paid
      ['La empresa ha enviado mis pertenencias y mi certificado de pago (45.000 dólares) por una agencia diplomática, y la aduana pide una tasa de liberación de 2.800 euros.', 'iso-8859-15', 'agencia diplomatica'],
      ['Your consignment of USD 3,500,000 is with the diplomatic agent at the airport; the release fee is USD 1,250.', 'us-ascii', 'diplomatic agent'],
      ['Il corriere diplomatico ha in consegna 1.200.000 euro a suo nome; la tassa di sdoganamento è di 980 euro.', 'iso-8859-15', 'corriere diplomatico'],
      ['Η διπλωματική αποστολή με 2.000.000 ευρώ βρίσκεται στο τελωνείο· τα τέλη εκτελωνισμού είναι 1.500 ευρώ.', 'iso-8859-7', 'διπλωματικη αποστολη'],
      // the Christmas draw's "certificate": its fees paid to an IBAN first
      ['Su boleto ha resultado premiado en el sorteo de Navidad con 450.000,00 €. Para la emisión del certificado de premio es necesario abonar las tasas de certificación y custodia (980,00 €).', 'windows-1252', 'sorteo'],
      ['You have won 750,000 EUR in the international draw. The certification fee of EUR 650 is payable before the release.', 'us-ascii', 'you have won'],
    ];
    for (const [body, charset, windfall] of cases) {
      const hits = await run(mail('Premios <premios@loteria.example>', body, charset));
      assert.ok(hits[0]!.startsWith('ADVANCE_FEE_FRAUD:') && hits[0]!.includes(`promises "${windfall}"`), `${charset}: ${hits[0]}`);
      assert.ok(hits[0]!.endsWith('(not authenticated)'), hits[0]);
      // the fee, where one is asked for, is named on its own
      assert.deepEqual(hits.slice(1).map((h) => h.split(':')[0]), FEE_ASKED.test(body) ? ['ADVANCE_FEE_UPFRONT'] : [], `${charset}: ${hits.join(' | ')}`);
    }
    const pdf = printedPdf('<h1>Notification</h1><p>You have won USD 1,200,000 in the Euro Millions draw. Send a copy of your passport to the claims agent.</p>');
    const head = 'From: <claims.agent@gmail.com>\r\nTo: carol@example.com\r\nSubject: Winning notification\r\nMessage-ID: <w@gmail.com>\r\n';
    assert.deepEqual(await run(mailWithDocuments(head, 'See the attachment.', ['notice.pdf', pdf]), AUTH('gmail.com')), [
      'ADVANCE_FEE_FRAUD: promises "winning notification", names USD 1,200,000 and asks for "copy of your passport"; From claims.agent@gmail.com (free mail)',
    ]);
  });

  it('not honest mail that has some of it', async () => {
    // an insurer, authenticated for its own domain, pays compensation and asks for the account number
    assert.deepEqual(await run(mail('Schadenservice <schaden@versicherung.example>', 'Ihre Entschädigungszahlung von 12.400 € ist freigegeben. Bitte bestätigen Sie Ihre Bankverbindung.'), AUTH('versicherung.example')), []);
    // the same from an unauthenticated sender with a small sum: a product's price is no windfall
    assert.deepEqual(await run(mail('Shop <news@shop.example>', 'Sweepstakes! Win a voucher of $25. Just tell us your full name.')), []);
    // a supplier on Gmail with its wire instructions: "beneficiary" is no windfall
    assert.deepEqual(await run(mail('Li Wei <li.wei.trading@gmail.com>', 'Please wire USD 48,200.00. Beneficiary: Li Wei Trading Ltd, account number 1234567890.'), AUTH('gmail.com')), []);
    // an Italian insurance premium is no prize (the thirty-sixth pair's haulier paying its fleet policy)
    assert.deepEqual(await run(mail('Amministrazione <amministrazione@trasporti.example>', 'In allegato la contabile del bonifico di 42.615,00 € a saldo della rata del premio di polizza. Il conguaglio della regolazione premio a nostro favore va accreditato sulle nostre coordinate bancarie.', 'iso-8859-15')), []);
    assert.equal((await run(mail('Sorteo <premios@sorteo.example>', 'Usted ha recibido un premio de 850.000 €. Envíe su nombre completo y una copia de su DNI para el pago.', 'iso-8859-15'))).length, 1);
    // a Greek shop: "δωρεάν" is free of charge
    assert.deepEqual(await run(mail('Κατάστημα <info@katastima.example>', 'Δωρεάν αποστολή για παραγγελίες άνω των 1.500 ευρώ. Αριθμός λογαριασμού: GR16 0110 1250 0000 0001 2300 695.', 'iso-8859-7')), []);
    // a Russian accountant on Yandex about salaries and the company's bank details
    assert.deepEqual(await run(mail('Бухгалтерия <buh.firma@yandex.ru>', 'Выплата зарплаты 250 000 руб. пройдёт в пятницу, пришлите реквизиты и номер счета.', 'windows-1251'), AUTH('yandex.ru')), []);
    // Italian "lotto" is a batch: a fine's notice with its fees is no lottery
    assert.deepEqual(await run(mail('Polizia Locale <verbali@comune.example>', 'Verbale n. 4471, lotto 12: importo € 1.143,00 comprese le spese di accertamento.', 'iso-8859-15')), []);
    // Polish "dni" is days, not the Spanish ID card
    assert.deepEqual(await run(mail('Kancelaria <biuro@kancelaria.example>', 'Wygrana 250 000 zł w loterii: prosimy o numer telefonu w ciągu 14 dni.', 'iso-8859-2')), []);
    // a Polish price fall
    assert.deepEqual(await run(mail('Hurtownia <biuro@hurtownia.example>', 'Spadek cen stali: tona za 3 200 zł. Opłata za transport wg cennika.', 'iso-8859-2')), []);
    // our own domain forged is the spoofing check's
    assert.deepEqual(await run(mail('Boss <boss@example.com>', 'You have won $1,000,000. Send your passport.')), []);
  });

  it('a sum\'s number, whatever its separators', () => {
    for (const [sum, n] of [['US$37,400,000.00', 37_400_000], ['850.000,00 €', 850_000], ['87 400 руб', 87_400], ['1.200 ευρώ', 1200], ['$2.59', 2.59], ['0,042 BTC', 0.042], ['EUR 1.450,00', 1450]] as const) {
      assert.equal(amountOf(sum), n, sum);
    }
  });
});

describe('a grant or a contract "pre-selected", and the royal investor', () => {
  it('the windfall with its fee or its papers asked for (the hundred-and-fifteenth to seventeenth pairs)', async () => {
    for (const [text, charset] of [
      ['η επιχείρησή σας έχει προεπιλεγεί για χρηματοδότηση με ποσό 148.500,00 €. Για την ένταξη απαιτείται καταβολή παραβόλου αξιολόγησης.', 'iso-8859-7'],
      ['ADJUDICACIÓN PROVISIONAL: importe del lote 3.850.000 EUR. La tasa de registro asciende a 4.850,00 EUR.', 'iso-8859-1'],
      ['en nombre de un miembro de una familia real del Golfo ofrecemos un patrocinio de 2.500.000 EUR; remitan copia del documento de identidad del administrador.', 'utf-8'],
    ] as const) {
      assert.deepEqual((await run(mail('Office <office@outlook.example>', text, charset))).map((h) => h.split(':')[0]),
        text.includes('familia real') ? ['ADVANCE_FEE_FRAUD'] : ['ADVANCE_FEE_FRAUD', 'ADVANCE_FEE_UPFRONT'], text);
    }
  });

  it('a fee "refunded with the first payment" of an order, a loan or a purchase that never comes (the hundred-and-thirty-fourth to -sixth pairs)', async () => {
    for (const [text, charset] of [
      ["Come richiesto, i nuovi fornitori devono essere registrati presso il nostro agente. Il costo della registrazione (EUR 2.450,00) è a carico del fornitore e viene rimborsato con il primo pagamento.", 'iso-8859-15'],
      ['Le ofrecemos un préstamo; los costes del expediente (2.750 EUR) corren a cargo del beneficiario y se reembolsan íntegramente con el primer desembolso.', 'windows-1252'],
      ['Θα αγοράσω τα έργα συνολικά 68.000 €. Η τράπεζά μου απαιτεί πιστοποιητικό εκκαθάρισης· το κόστος πληρώνεται από τον δικαιούχο, αλλά θα σας το επιστρέψω μαζί με το τίμημα.', 'iso-8859-7'],
      ['The registration fee of EUR 1,950 is paid by the supplier and refunded with the first payment under the contract.', 'us-ascii'],
    ] as const) {
      assert.deepEqual((await run(mail('Procurement <procurement@outlook.example>', text, charset))).map((h) => h.split(':')[0]), ['ADVANCE_FEE_FRAUD', 'ADVANCE_FEE_UPFRONT'], text);
    }
  });

  it('a grant "awarded" whose funds are "released" once a fee is paid (the hundred-and-eighteenth and -nineteenth pairs)', async () => {
    const grant = 'Nos complace comunicarles que su solicitud ha sido resuelta favorablemente, por un importe de 48.500,00 EUR. Para proceder a la liberación de los fondos es necesario abonar la tasa de tramitación y registro del expediente, por importe de 1.250,00 EUR.';
    assert.deepEqual(await run(mail('Oficina de Gestión <gestion.fondoseuropeos@outlook.es>', grant, 'iso-8859-1'), AUTH('outlook.es')), [
      'ADVANCE_FEE_FRAUD: promises "resuelta favorablemente", names 48.500,00 EUR and asks for "tasa de tramitacion"; From gestion.fondoseuropeos@outlook.es (free mail)',
      'ADVANCE_FEE_UPFRONT: asks for "tasa de tramitacion" before the money comes; From gestion.fondoseuropeos@outlook.es',
    ]);
    const tender = 'Su empresa ha sido preseleccionada para presentar oferta. El presupuesto asignado a este lote es de 2.850.000 USD. La inscripción en el Registro Nacional de Proveedores tiene un coste de 2.350 USD.';
    assert.deepEqual((await run(mail('Ing. Obiang <t.obiang.proyectos@outlook.com>', tender), AUTH('outlook.com'))).map((h) => h.split(':')[0]), ['ADVANCE_FEE_FRAUD', 'ADVANCE_FEE_UPFRONT']);
    // the official's over-invoiced contract, its balance paid to the reader's company for a share (the hundred-and-twenty-first pair)
    const share = 'I write to seek your cooperation in a transaction of mutual benefit. The contract sum was over-invoiced by USD 1,850,000.00. Your company will receive 30% of the sum. Kindly send the company bank name and account details for the transfer.';
    assert.deepEqual(await run(mail('Dr. Kwame Asante-Mensah <k.asantemensah@consultant.com>', share), AUTH('consultant.com')), [
      'ADVANCE_FEE_FRAUD: promises "transaction of mutual benefit", names USD 1,850,000.00 and asks for "account details"; From k.asantemensah@consultant.com (free mail)',
    ]);
    // the authority's own award letter, from its authenticated domain, with the fee of its own procedure
    assert.deepEqual(await run(mail('Ministerio <ayudas@ministerio.example>', grant, 'iso-8859-1'), AUTH('ministerio.example')), []);
    // a prize draw that asks for papers, not a fee, is the scam's first step only
    assert.deepEqual((await run(mail('Sorteo <premios@sorteo.example>', 'Usted ha recibido un premio de 850.000 €. Envíe su nombre completo y una copia de su DNI para el pago.', 'iso-8859-15'))).map((h) => h.split(':')[0]), ['ADVANCE_FEE_FRAUD']);
  });
  it('a supplier\'s "homologation" or accreditation paid before the tender\'s papers come (the hundred-and-twenty-second and -fourth pairs)', async () => {
    const defensa = 'Su empresa ha sido preseleccionada por su capacidad de suministro, con un valor estimado de 1.386.000 € (IVA excluido). La inscripción conlleva una tasa de homologación de 1.850,00 €, que deberá abonarse por transferencia.';
    assert.deepEqual((await run(mail('Contratación <contratacion@defensa-contratacion.example>', defensa, 'iso-8859-15'))).map((h) => h.split(':')[0]), ['ADVANCE_FEE_FRAUD', 'ADVANCE_FEE_UPFRONT']);
    // "preseleccionada como proveedor homologado", the "tasa única de registro" to an agent (the hundred-and-thirtieth pair's "Emirates Flight Catering")
    const catering = 'Su empresa ha sido preseleccionada como proveedor homologado de agua mineral para 2027: 240.000 botellas. La tasa única de registro y verificación documental asciende a 1.850,00 USD.';
    assert.deepEqual((await run(mail('Registro de Proveedores <efc.registro@outlook.example>', catering, 'iso-8859-15'))).map((h) => h.split(':')[0]), ['ADVANCE_FEE_FRAUD', 'ADVANCE_FEE_UPFRONT']);
    const akkreditaciya = 'ООО "Экзампл Кабель Рус" включено в перечень допущенных поставщиков (объем закупок около 86 млн руб. в год). Необходимо оплатить аккредитацию на электронной торговой площадке в размере 48 500,00 руб.';
    for (const charset of ['koi8-r', 'windows-1251']) {
      assert.deepEqual(await run(mail('Отдел закупок <zakupki@energostroy-tender.example>', akkreditaciya, charset)), [
        'ADVANCE_FEE_FRAUD: promises "включено в перечень допущенных поставщиков", names 48 500,00 руб and asks for "оплатить аккредитацию"; From zakupki@energostroy-tender.example (not authenticated)',
        'ADVANCE_FEE_UPFRONT: asks for "оплатить аккредитацию" before the money comes; From zakupki@energostroy-tender.example',
      ], charset);
    }
    // a buyer's real approval of a new supplier asks for its account number, not for a fee: the first step's symbol only
    const approval = 'Your company has been added to our list of approved suppliers; the expected volume is EUR 250,000 a year. Please send your bank account details for our vendor master data.';
    assert.deepEqual((await run(mail('Procurement <procurement@buyer.example>', approval))).map((h) => h.split(':')[0]), ['ADVANCE_FEE_FRAUD']);
    assert.deepEqual(await run(mail('Procurement <procurement@buyer.example>', approval), AUTH('buyer.example')), [], 'from its own authenticated domain');
  });

  it('"shortlisted" for a ministry\'s contract, a certificate\'s non-refundable fee paid first (the hundred-and-twenty-sixth pair)', async () => {
    const vrc = 'Your company has been shortlisted from the European supplier database to participate in the pre-qualification (estimated value EUR 41.6 million). Foreign contractors must hold a Vendor Registration Certificate. The VRC fee is USD 3,850 and is non-refundable.';
    assert.deepEqual(await run(mail('Procurement Directorate <procurement.res.energy@outlook.example>', vrc)), [
      'ADVANCE_FEE_FRAUD: promises "has been shortlisted", names USD 3,850 and asks for "vrc fee"; From procurement.res.energy@outlook.example (not authenticated)',
      'ADVANCE_FEE_UPFRONT: asks for "vrc fee" before the money comes; From procurement.res.energy@outlook.example',
    ]);
    // a buyer's own shortlist from its authenticated domain is ordinary procurement
    assert.deepEqual(await run(mail('Procurement <tenders@utility.example>', vrc), AUTH('utility.example')), []);
    // a shortlist with no sum and no fee is no windfall
    assert.deepEqual(await run(mail('Procurement <tenders@utility.example>', 'Your company has been shortlisted for the second stage; the site visit is on 12 January.')), []);
  });
});
