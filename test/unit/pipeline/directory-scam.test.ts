// The directory-scam check: a "register" asks to update the company's data and names a price per
// year (in the mail or in the attached form's fine print), from a sender no one here has written to
// or one that is not authenticated, in the offices' languages and charsets. And the honest mail
// that has some of it: a directory the company pays for and writes to, a register's notice without a
// price, a subscription's yearly price without a register.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { directoryScamCheck } from '../../../src/pipeline/checks/directory-scam.ts';
import { mailWithDocuments, printedPdf } from '../../helpers/pdf.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-directory-');
const run = hitLines(directoryScamCheck, { store: temp, recipients: ['office@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'office@example.com', body, charset, 'Aktualizacja');
const AUTH = authenticatedAs;

describe('directory scams', () => {
  it('the Polish "register": the update asked in the mail, the yearly price in the form\'s fine print, authenticated but a stranger', async () => {
    const pdf = printedPdf('<h1>KRAJOWY REJESTR FIRM</h1><p>Formularz aktualizacji danych</p><p style="font-size:7pt">Podpisanie i odesłanie formularza stanowi zamówienie wpisu w katalogu na okres 3 lat w cenie 1 890,00 zł netto za każdy rok.</p>');
    const raw = mailWithDocuments('From: Krajowy Rejestr Firm <aktualizacja@rejestr-firm.example>\r\nTo: office@example.com\r\nSubject: Aktualizacja danych\r\n',
      'Prosimy o weryfikację informacji o firmie zawartych w Krajowym Rejestrze Firm i odesłanie podpisanego formularza.', ['Formularz.pdf', pdf]);
    assert.deepEqual(await run(raw, AUTH('rejestr-firm.example')), [
      'DIRECTORY_SCAM: names a "rejestrze", "aktualizacja danych" and "1 890,00 zł netto za kazdy rok"; From aktualizacja@rejestr-firm.example (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Please update your company details in the European Business Directory. The entry costs €1,290 per annum.', 'utf-8'],
      ['Bitte prüfen Sie die Daten Ihres Eintrags im Gewerbeverzeichnis. Die Eintragung kostet 995 EUR pro Jahr.', 'iso-8859-15'],
      ['Le rogamos actualice los datos de su empresa en el Registro Europeo de Empresas: 1.190 € al año.', 'windows-1252'],
      ['Vi preghiamo di aggiornare i dati della vostra azienda nel Registro Italiano delle Imprese, canone 1.480 euro annui.', 'iso-8859-15'],
      ['Prosimy o aktualizację danych w Centralnym Rejestrze Przedsiębiorców; opłata 1 490 zł rocznie.', 'iso-8859-2'],
      ['Просим обновить данные вашей компании в Едином реестре предприятий. Стоимость размещения 45 000 руб. в год.', 'windows-1251'],
      ['Παρακαλούμε ενημερώστε τα στοιχεία της εταιρείας σας στο Επαγγελματικό Μητρώο. Κόστος 890 ευρώ ετησίως.', 'iso-8859-7'],
      // the annual price named so, in the fine print
      ['Zur Aktualisierung des Zentralen Firmenregisters prüfen Sie bitte Ihre Daten. Hinweis: Eintrag zum Jahrespreis von 1.098,00 € zzgl. MwSt.', 'windows-1252'],
      ['Les rogamos que comprueben los datos de su empresa en el directorio; por un importe anual de 995 € + IVA.', 'windows-1252'],
      ['Vi preghiamo di verificare i dati nel registro delle imprese, con un canone annuo di 890 euro.', 'iso-8859-1'],
      ['Please confirm your company information in the Global Trade Register, at an annual fee of EUR 1,190.', 'us-ascii'],
      // a few words between (the hundred-and-thirty-fifth pair's "Expo Guide" form)
      ['We are updating the exhibitor information for the Expo Guide. By signing, you order an entry in the online directory; the annual fee for the entry is EUR 1,271.00.', 'us-ascii'],
      // the adjective declined (the forty-second pair's "DFHR" form: "jährliche Gebühr 1.389,00 EUR netto")
      ['Bitte prüfen Sie die Angaben im Firmen- und Handelsregister-Verzeichnis (jährliche Gebühr 1.389,00 EUR netto).', 'iso-8859-1'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Registro <info@register-eu.example>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('the other form: an invoice for the "annual registration" in the register, with its sum', async () => {
    const body = "In allegato l'avviso di pagamento relativo all'iscrizione annuale della Vostra impresa nel Registro Italiano delle Imprese per l'anno 2027. Importo: 1.285,00 €. IBAN: SK57 1100 5148 8981 8124 8501";
    assert.deepEqual(await run(mail('Registro Italiano delle Imprese <amministrazione@registro-imprese.example>', body, 'iso-8859-15')), [
      'DIRECTORY_SCAM: names a "registro", "iscrizione annuale" and "1.285,00 €"; From amministrazione@registro-imprese.example (not authenticated)',
    ]);
    assert.equal((await run(mail('Gewerbeauskunft <info@gewerbe.example>', 'Rechnung für die jährliche Eintragung im Gewerbeverzeichnis: 569,50 EUR.', 'iso-8859-1'))).length, 1);
    // the yearly upkeep of the entry (the thirty-fourth pair's "KRDG")
    assert.equal((await run(mail('KRDG <biuro@krdg-rejestr.example>', 'W związku z corocznym uaktualnieniem danych rejestrowych przesyłamy formularz. Opłata za utrzymanie wpisu w rejestrze w wysokości 1 850,00 zł netto płatna jest na rachunek PL14 1240 6205 1111 0010 8921 4473.', 'iso-8859-2'))).length, 1);
    // the registration's upkeep for the next year, "contributo annuale di segreteria" (the eightieth pair's fake WEEE register)
    assert.equal((await run(mail('Registro AEE <segreteria@registro-aee.example>', "Per il mantenimento dell'iscrizione al Registro per l'anno 2027 è dovuto il contributo annuale di segreteria pari a € 780,00 + IVA. IBAN: IT71 T030 6901 7851 0000 0047 713", 'iso-8859-15'))).length, 1);
    // the listing's renewal and its price for the year (the hundred-and-thirty-third pair's "industry register" on mail.ru)
    for (const charset of ['koi8-r', 'windows-1251']) {
      assert.deepEqual((await run(mail('Отраслевой реестр <reestr.yachting@mail.example>', 'Напоминаем о необходимости продления размещения сведений о Вашей организации в отраслевом реестре. Стоимость размещения на 2027 год: 38 400 руб. 00 коп.', charset))).map((h) => h.split(':')[0]), ['DIRECTORY_SCAM'], charset);
    }
    // a fair's "exhibitors index", the data to be corrected, the yearly price in the form (the hundred-and-thirty-second pair's)
    assert.deepEqual((await run(mail('FEI <corrections@fei-registry.example>', 'To ensure your company details are correctly published in the Fair Exhibitors Index 2027, please correct any outdated data. Updating your data is quick. The entry is published at a price of EUR 1,271 per year.', 'us-ascii'))).map((h) => h.split(':')[0]), ['DIRECTORY_SCAM']);
    // a chamber's yearly due names no "annual registration", and an association's membership fee no register
    assert.deepEqual(await run(mail('Camera di Commercio <diritto.annuale@camcom.example>', 'Il diritto annuale dovuto per l\'iscrizione nel Registro delle Imprese è di 120,00 €.')), []);
  });

  it('the fig leaf every form carries: paying accepts the "offer", the "register" is a private list', async () => {
    const cases: Array<[string, string]> = [
      ['Eintragung Ihrer Marke in das Zentralregister: 1.290,00 EUR. Mit Zahlung des Betrages nehmen Sie das Angebot an. Es besteht kein Zusammenhang mit amtlichen Registern.', 'iso-8859-15'],
      ['Opłata za wpis do rejestru: 1 184,46 zł. CRDG jest prywatną bazą danych i nie jest rejestrem urzędowym; dokonanie wpłaty oznacza akceptację oferty.', 'iso-8859-2'],
      ['Registro SEO anual de su dominio: 289,00 €. Usted no está obligado a pagar este importe salvo que acepte nuestra oferta.', 'windows-1252'],
      ['Iscrizione nel registro: 1.285,00 €. Il pagamento comporta l\'accettazione delle condizioni; il servizio non è collegato alle Camere di Commercio.', 'iso-8859-15'],
      ['Listing in the trade register: $1,290. THIS IS A SOLICITATION; payment constitutes acceptance of the offer.', 'us-ascii'],
      // the domain "register" that is a private catalogue, and the commercial offer of art. 66 k.c.
      ['Przypominamy o opłaceniu rocznego utrzymania wpisu domeny w Rejestrze Domen: 1 890,00 zł netto. Rejestr jest prywatnym katalogiem internetowym.', 'windows-1250'],
      ['Opłata za wpis domeny w Rejestrze Domen i Katalogu Firm: 2 324,70 zł. Niniejsza wiadomość stanowi ofertę handlową w rozumieniu art. 66 Kodeksu cywilnego.', 'iso-8859-2'],
      ['Iscrizione del dominio nel registro: 890,00 €. Il registro è un elenco privato di aziende.', 'iso-8859-15'],
      // the order "placed" by the update form the reader returned (the twenty-sixth pair's accommodation catalogue)
      ['Faktura proforma: aktualizacja wpisu w Katalogu Obiektów Noclegowych, 2 337,00 zł. Zamówienie zostało złożone poprzez zwrócenie formularza aktualizacji danych.', 'iso-8859-2'],
      ['Listing in the Hotel Directory: €1,290. Your order was placed by returning the update form.', 'utf-8'],
      // the pro-forma of a "register" run by a private company (the hundred-and-seventh pair's "Centralny Rejestr Przedsiębiorców")
      ['Faktura proforma: wpis danych podmiotu w Centralnym Rejestrze Przedsiębiorców, do zapłaty 1 290,00 zł. Rejestr prowadzony jest przez podmiot prywatny.', 'iso-8859-2'],
      ['Opłata za wpis w rejestrze: 1 290,00 zł. Rejestr nie jest powiązany z Krajowym Rejestrem Sądowym ani z CEIDG.', 'iso-8859-2'],
      ['Wpis do rejestru przedsiębiorców: 1 290,00 zł. Dokonanie wpłaty oznacza jej przyjęcie i zawarcie umowy.', 'iso-8859-2'],
      ['Eintragung im Firmenverzeichnis: 1.389,00 EUR. Das Verzeichnis steht in keiner Verbindung zum amtlichen Handelsregister.', 'iso-8859-1'],
      // paying "is equal to confirming the data" (the fifty-fifth pair's "CRDG" form)
      ['Aktualizacja danych w Centralnym Rejestrze Działalności Gospodarczej: opłata rejestracyjna 1 480,00 zł. Wpłata jest równoznaczna z potwierdzeniem danych.', 'iso-8859-2'],
      ['Update of your data in the Business Register: registration fee EUR 1,480. Payment will be deemed confirmation of the entry.', 'us-ascii'],
      ['Aktualisierung Ihrer Daten im Gewerberegister: Gebühr 1.480,00 EUR. Die Zahlung gilt als Bestätigung der Eintragung.', 'iso-8859-1'],
      // a private online directory, and no connection with the register it passes for (the thirty-eighth pair's "DFKR")
      ['Eintragungsbestätigung im Deutschen Firmen- und Kanzleiregister: 1.289,00 EUR. Das DFKR ist ein privates Online-Verzeichnis.', 'iso-8859-1'],
      ['Eintragungsbestätigung im Deutschen Firmen- und Kanzleiregister: 1.289,00 EUR. Das DFKR steht in keiner Verbindung zum Handelsregister.', 'iso-8859-15'],
      ['Confirmation of your entry in the Business Register: EUR 1,289. The register is a private online directory.', 'us-ascii'],
      ['Подтверждение записи в реестре предприятий: 98 400 руб. Реестр является частным онлайн-каталогом.', 'koi8-r'],
      ['Επιβεβαίωση καταχώρισης στο μητρώο επιχειρήσεων: 1.289,00 €. Πρόκειται για ιδιωτικό ηλεκτρονικό κατάλογο.', 'iso-8859-7'],
      // the annual price as a form's label (the fifty-sixth pair's "Guía Empresarial de Automoción")
      ['Le rogamos que revise los datos de su ficha en la Guía Empresarial de Concesionarios. Importe anual: 1.290,00 EUR + IVA.', 'iso-8859-15'],
      // paying "counts as" accepting (the fifty-seventh pair's "Elenco Nazionale Enti di Formazione")
      ['Rinnovo iscrizione nell\'Elenco Nazionale Enti di Formazione: € 1.187,00 + IVA. Il pagamento della quota vale come accettazione della proposta di inserzione.', 'iso-8859-15'],
      ['Renewal of your entry in the Training Providers Register: EUR 1,187. Payment of the fee counts as acceptance of the listing offer.', 'us-ascii'],
      ['Renovación de la inscripción en el Registro de Centros de Formación: 1.187,00 €. El pago equivale a la aceptación de la oferta.', 'windows-1252'],
      // the listing named after the acceptance: "оплата … означает согласие с условиями" alone is every Russian invoice's
      ['Продление записи в реестре учебных центров: 98 400 руб. Оплата считается акцептом оферты о размещении в реестре.', 'windows-1251'],
      ['Ανανέωση καταχώρισης στο μητρώο κέντρων κατάρτισης: 1.187,00 €. Η πληρωμή ισοδυναμεί με αποδοχή της προσφοράς.', 'windows-1253'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Register <office@register-eu.example>', body, charset))).length, 1, `${charset}: ${body}`);
    // the Polish footer that says a mail is NOT an offer is no fig leaf
    assert.deepEqual(await run(mail('Sklep <biuro@sklep.example>', 'Katalog produktów 2027 w załączniku, ceny od 1 890,00 zł. Niniejsza wiadomość nie stanowi oferty handlowej w rozumieniu art. 66 Kodeksu cywilnego.', 'iso-8859-2')), []);
    // a registrar's honest reminder that it is no invoice is no fig leaf
    assert.deepEqual(await run(mail('Registrar <billing@registrar.example>', 'Registro de dominios: su dominio se renueva el 05/12 por 12,00 €. Este correo no constituye una factura.', 'windows-1252')), []);
  });

  it('the domain "expiration notice" that sells a search engine registration, its fig leaf in the small print', async () => {
    const body = 'DOMAIN NAME EXPIRATION NOTICE. Your search engine registration for EXAMPLEGROUP.EU expires on 18 December 2026. Failure to complete your annual registration may result in the loss of online visibility. Total amount: € 389,00. This notice is not an invoice. You are under no obligation to pay the amount stated above unless you accept this offer.';
    assert.deepEqual(await run(mail('Domain Registry Services <renewals@eu-domain-registry.example>', body, 'windows-1252'), authenticatedAs('eu-domain-registry.example')), [
      'DIRECTORY_SCAM: names a "search engine registration", "annual registration" and "€ 389,00"; From renewals@eu-domain-registry.example (a domain no one here has written to)',
    ]);
    assert.equal((await run(mail('Webservice <info@seo-eintrag.example>', 'Ihr Suchmaschineneintrag für example.com läuft ab. Mit Zahlung des Betrages nehmen Sie das Angebot an: 298,00 €.', 'iso-8859-15'))).length, 1);
    // domain slamming: the "renewal" from a company that says, in the small print, it is not the registrar (the sixteenth held-out pair)
    assert.equal((await run(mail('Registro Europeo de Dominios <renovaciones@registro-dominios.example>', 'El registro del dominio examplegroup.eu vence el 15/12/2026. Servicio: Renovación y posicionamiento en buscadores (Domain SEO Listing) - 3 años. Importe: 349,00 € + IVA. Aviso: Registro Europeo de Dominios no es su registrador actual.', 'iso-8859-15'))).length, 1);
    assert.equal((await run(mail('EU Domains <renew@domains.example>', 'Search engine listing for example.com: EUR 290. We are not your current registrar.'))).length, 1);
    // "search-engine listing" with its hyphen (the hundred-and-seventh pair's "EU Domain Services" through Amazon SES)
    assert.equal((await run(mail('EU Domain Services <renewals@eu-domainservices.example>', 'Your domain registration for examplegroup.eu is about to expire. Renewal (5 years) incl. search-engine listing: EUR 249.00. This notice is not a bill. You are under no obligation to pay unless you accept this offer.'))).length, 1);
  });

  it('not a trade association\'s warning against the scam, which names its parts (the sixty-seventh held-out pair\'s newsletter)', async () => {
    const warning = 'WARNUNG: ANGEBOTE VON "FIRMENREGISTERN" ALS RECHNUNG GETARNT\nMehrere Mitglieder haben uns Schreiben von privaten Verzeichnissen weitergeleitet, die Beträge zwischen 600 und 900 Euro verlangen. Bitte nicht bezahlen, sondern an uns weiterleiten.';
    assert.deepEqual(await run(mail('Verband <newsletter@news.verband.example>', warning, 'iso-8859-1')), []);
    for (const body of ['Beware of letters from a private directory asking 995 EUR per year: do not pay them.', 'Ostrzegamy przed pismami z prywatnej bazy danych żądającymi 1 890 zł netto za każdy rok.']) {
      assert.deepEqual(await run(mail('Chamber <news@chamber.example>', body, 'utf-8')), [], body);
    }
    // the same words without the warning are the scam's
    assert.equal((await run(mail('Register <info@register.example>', 'Ihr Eintrag im privaten Verzeichnis kostet 995 EUR pro Jahr. Mit Zahlung nehmen Sie das Angebot an.', 'iso-8859-1'))).length, 1);
  });

  it('not a directory the company writes to, a register without a price, a subscription without a register', async () => {
    const body = 'Please update your company details in the Trade Directory. Your listing costs €490 per year.';
    await temp.store.known.record('office@example.com', ['listing@tradedir.example'], Date.now());
    assert.deepEqual(await run(mail('Trade Directory <listing@tradedir.example>', body), AUTH('tradedir.example')), []);
    assert.equal((await run(mail('Trade Directory <listing@tradedir.example>', body))).length, 1, 'the same, forged');
    // the court register's notice names no yearly price
    assert.deepEqual(await run(mail('Handelsregister <noreply@register.example>', 'Bitte prüfen Sie die Daten Ihrer Eintragung im Handelsregister; die Bekanntmachung ist gebührenfrei.')), []);
    // every Russian invoice's clause, "payment means agreement with the terms" (a счёт-оферта), beside a customs broker's number in the
    // customs register: no fig leaf (the hundred-and-thirty-fourth pair's genuine broker)
    assert.deepEqual(await run(mail('Бухгалтерия <buh@broker.example>', 'Таможенный представитель (реестр ФТС № 1142). Всего к оплате: 54 290,00 ₽. Оплата данного счёта означает согласие с условиями оказания услуг.', 'windows-1251')), []);
    // a provider's renewal names no register
    assert.deepEqual(await run(mail('Cloud <billing@cloud.example>', 'Please update your payment details: your plan renews at €1,200 per year.')), []);
    // our own domain forged is the spoofing check's
    assert.deepEqual(await run(mail('Office <office@example.com>', body)), []);
  });
});

describe('the sum in a table whose head names the currency', () => {
  it('read beside the fig leaf only (the hundred-and-seventeenth pair\'s "Centralny Rejestr Gospodarczy")', async () => {
    const form = 'Publikacja danych rejestrowych w Centralnym Rejestrze Gospodarczym 12 miesięcy 1 600,00\nRazem do zapłaty 1 968,00\n';
    assert.deepEqual((await run(mail('CRG <ogloszenia@crg-rejestr.example>', `${form}Centralny Rejestr Gospodarczy jest prywatną bazą danych przedsiębiorców i nie jest rejestrem publicznym.`, 'iso-8859-2'))).map((h) => h.split(':')[0]), ['DIRECTORY_SCAM']);
    // without it, a register's table of figures is no price
    assert.deepEqual(await run(mail('GUS <portal@stat.example>', `${form}Prosimy o aktualizację danych w rejestrze REGON.`, 'iso-8859-2')), []);
  });
});
