// The einvoice-lure check: a fake e-invoice portal's "no valid registration", "could not be
// delivered to your mailbox", "returned to the issuer" or sign-in with the mailbox's account, from a
// stranger, in the offices' languages and charsets. And the honest mail about e-invoices: a
// supplier's note that needs no registration, a tax adviser's newsletter, the company's own
// e-invoicing provider reporting a bounce to a customer, a sender people here write to.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { einvoiceLureCheck } from '../../../src/pipeline/checks/einvoice-lure.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-einvoice-');
const run = hitLines(einvoiceLureCheck, { store: temp, recipients: ['a.schmidt@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'a.schmidt@example.com', body, charset, 'Mitteilung');

describe('fake e-invoice portals', () => {
  it('the missing "registration" of the receiving address, on the look-alike\'s own domain (the fifty-first held-out pair)', async () => {
    const body = 'mit dem Wachstumschancengesetz ist der Empfang elektronischer Rechnungen im B2B-Bereich verpflichtend. Für Ihr Unternehmen liegt bislang keine gültige Registrierung vor. Ohne Registrierung können an Sie adressierte E-Rechnungen ab dem 01.01.2027 nicht zugestellt werden.\nDie Registrierung erfolgt mit Ihrem ELSTER-Organisationszertifikat: https://erechnung-bund.example/registrierung/elster/anmeldung?vid=EG-QP5';
    assert.deepEqual(await run(mail('E-Rechnungsverzeichnis <noreply@erechnung-bund.example>', body, 'iso-8859-1'), authenticatedAs('erechnung-bund.example')), [
      'EINVOICE_PORTAL_LURE: speaks of "elektronischer rechnungen", says "keine gultige registrierung" and links to erechnung-bund.example; From noreply@erechnung-bund.example (a domain no one here has written to)',
    ]);
  });

  it('an invoice "not delivered to your mailbox", returned to its issuer unless fetched; a sign-in with the mailbox\'s account; in the offices\' languages', async () => {
    const cases: Array<[string, string, RegExp]> = [
      ['Die E-Rechnung (XRechnung 3.0) konnte nicht an Ihr Postfach zugestellt werden. Rechnung im Portal abrufen: https://u43.ct.sendgrid.example/ls/click?upn=x', 'windows-1252', /says "nicht an ihr postfach zugestellt"/],
      ['Für Ihr Unternehmen wurde eine E-Rechnung im Empfangsportal hinterlegt: https://erechnung-portal.example/beleg/1\nDer Abruf ist 72 Stunden möglich. Danach wird der Beleg an den Rechnungssteller zurückgewiesen.', 'iso-8859-15', /says "an den rechnungssteller zuruckgewiesen"/],
      ['Da Ihr Empfangspostfach noch nicht mit Ihrem Microsoft-365-Konto verknüpft ist, konnte die E-Rechnung nicht übergeben werden: https://erechnung-postfach.example/x', 'utf-8', /says "empfangspostfach noch nicht mit ihrem microsoft-365-konto verknupft"/],
      ['A new e-invoice (Peppol BIS 3.0) could not be delivered to your mailbox. It will be returned to the issuer after 5 days: https://einvoice-inbox.example/doc/7', 'us-ascii', /says "could not be delivered to your mailbox"/],
      ['Il vostro codice destinatario per la fattura elettronica non risulta registrato presso il Sistema di Interscambio. Registrazione obbligatoria entro il 30/11: https://sdi-registro.example/r', 'iso-8859-15', /says "registrazione obbligatoria"|says "codice destinatario/],
      ['La factura electrónica no se ha podido entregar en su buzón. Descárguela aquí antes de que sea devuelta al emisor: https://efactura-buzon.example/f/3', 'iso-8859-1', /says "(?:no se ha podido entregar en su buzon|devuelta al emisor)"/],
      ['Obowiązkowa rejestracja adresu do odbioru e-faktur w KSeF do 30.11.2026: https://ksef-rejestracja.example/r', 'iso-8859-2', /says "obowiazkowa rejestracja"/],
      ['Электронный счёт не был доставлен вам: ящик переполнен. Через 3 дня он будет возвращён отправителю. Скачать: https://edo-portal.example/d/5', 'koi8-r', /says "не был доставлен вам"/],
      ['Το ηλεκτρονικό τιμολόγιο δεν παραδόθηκε στο ταχυδρομείο σας. Θα επιστραφεί στον εκδότη σε 5 ημέρες: https://timologio-pyli.example/t/8', 'iso-8859-7', /says "δεν παραδοθηκε στο ταχυδρομειο σας"/],
      ['Según nuestros registros, el software utilizado por su empresa no consta todavía como adaptado a VERI*FACTU. Complete el registro y abone la tasa: https://verifactu-registro.example/alta', 'iso-8859-1', /speaks of "veri\*factu", says "no consta todavia como adaptado"/],
      ['Ihre XRechnung liegt zum Abruf bereit. Melden Sie sich mit Ihrem Microsoft-365-Geschäftskonto an: https://xr-portal-login.example/', 'iso-8859-1', /says "melden sie sich mit ihrem microsoft-365-geschaftskonto"/],
      ['Según nuestros registros, el NIF B49195209 todavía no ha completado la declaración responsable de su sistema de facturación VERI*FACTU: https://verifactu-activacion.example/alta', 'utf-8', /says "todavia no ha completado la declaracion responsable"/],
      // the ninetieth pair's biocide wholesaler look-alike: the delivery "failed", the portal holds the XRechnung, "wie gewohnt" Microsoft 365
      ['Für Sie liegt eine neue elektronische Rechnung im Format XRechnung bereit. Die automatische Zustellung an Ihre hinterlegte Rechnungseingangsadresse ist fehlgeschlagen. Rechnung abrufen: https://u48.ct.sendgrid.example/ls/click?upn=u001', 'utf-8', /says "zustellung an ihre hinterlegte rechnungseingangsadresse ist fehlgeschlagen"/],
      ['Nowa e-faktura czeka w portalu: automatyczne doręczenie na Państwa adres nie powiodło się. Pobierz: https://efaktura-portal.example/f/2', 'iso-8859-2', /says "doreczenie na panstwa adres nie powiodło sie"/],
      ['Die E-Rechnung steht im Portal bereit: https://xr-portal.example/r\nDie Anmeldung erfolgt wie gewohnt mit Ihrem Microsoft-365-Geschäftskonto (Single Sign-on).', 'iso-8859-15', /says "anmeldung erfolgt wie gewohnt mit ihrem microsoft-365-geschaftskonto"/],
    ];
    for (const [body, charset, said] of cases) {
      const hits = await run(mail('E-Invoice Service <noreply@einvoice-notify.example>', body, charset));
      assert.equal(hits.length, 1, `${charset}: ${body}`);
      assert.match(hits[0]!, said, body);
    }
  });

  it('the invoicing software to be "updated" by a download from the sender (the eighty-fourth held-out pair\'s "Soporte VERI*FACTU"), in the offices\' languages', async () => {
    const body = 'Según nuestros registros, su instalación todavía no dispone del módulo VERI*FACTU. Descargue e instale el actualizador certificado antes del 31 de diciembre: https://verifactu-actualizaciones.example/descargas/Actualizador_2027.zip';
    assert.deepEqual(await run(mail('Soporte VERI*FACTU <soporte@verifactu-actualizaciones.example>', body, 'windows-1252')), [
      'EINVOICE_PORTAL_LURE: speaks of "veri*factu", says "descargue e instale el actualizador" and links to verifactu-actualizaciones.example; From soporte@verifactu-actualizaciones.example (not authenticated)',
    ]);
    for (const [text, charset] of [
      ['Ab 2027 gilt die E-Rechnung. Bitte laden Sie das XRechnung-Modul herunter und installieren Sie es: https://erechnung-modul.example/setup.zip', 'iso-8859-1'],
      ['Per la fattura elettronica scarichi e installi l\'aggiornamento: https://fe-update.example/fe.zip', 'iso-8859-15'],
      ['Do obsługi KSeF pobierz i zainstaluj aktualizację: https://ksef-update.example/ksef.zip', 'iso-8859-2'],
      ['Для работы с ЭДО скачайте и установите обновление: https://edo-update.example/edo.zip', 'windows-1251'],
      ['Για το myDATA κατεβάστε και εγκαταστήστε την ενημέρωση: https://mydata-update.example/m.zip', 'iso-8859-7'],
      ['For Peppol e-invoicing, download and install the update: https://peppol-update.example/p.zip', 'us-ascii'],
    ] as const) assert.equal((await run(mail('Support <support@updates.example>', text, charset))).length, 1, text);
  });

  it('not a supplier\'s honest note, a newsletter, our provider\'s bounce report, a sender people here write to, nor a trap without a link', async () => {
    const supplier = 'Ab dem 01.01.2027 versenden wir unsere Rechnungen ausschließlich als E-Rechnung im Format ZUGFeRD 2.3 an diese Adresse. Eine Registrierung oder Anmeldung ist dafür nicht erforderlich. https://www.lieferant.example';
    assert.deepEqual(await run(mail('Lieferant <rechnungen@lieferant.example>', supplier, 'iso-8859-1')), []);
    const newsletter = 'Seit 2025 müssen alle Unternehmen E-Rechnungen empfangen können. Prüfen Sie jetzt Ihre ERP-Prozesse. Weiterlesen: https://www.steuerberater.example/info';
    assert.deepEqual(await run(mail('Steuerberater <info@steuerberater.example>', newsletter)), []);
    const bounce = 'Die E-Rechnung RE-2026-118 an Ihren Kunden Muster AG konnte nicht zugestellt werden (Peppol-ID unbekannt). Details: https://app.einvoice-provider.example/out/118';
    assert.deepEqual(await run(mail('Provider <noreply@einvoice-provider.example>', bounce)), []);
    const trap = 'Die E-Rechnung konnte nicht an Ihr Postfach zugestellt werden. Rechnung abrufen: https://portal.partner.example/r/1';
    await temp.store.known.record('a.schmidt@example.com', ['billing@partner.example'], Date.now());
    assert.deepEqual(await run(mail('Partner <billing@partner.example>', trap), authenticatedAs('partner.example')), []);
    assert.deepEqual(await run(mail('E-Rechnung <noreply@erechnung.example>', 'Die E-Rechnung konnte nicht an Ihr Postfach zugestellt werden. Bitte rufen Sie uns an.')), []);
  });

  it('not a tax adviser\'s client letter that warns against the trap and quotes it (the eighty-first held-out pair), in the offices\' languages', async () => {
    const warnings: Array<[string, string]> = [
      ['Für den Empfang von E-Rechnungen ist keine Registrierung nötig. Derzeit kursieren E-Mails, die zur „Pflichtregistrierung“ auffordern. Bitte geben Sie dort keine Daten ein. Mandantenportal: https://portal.stb.example/', 'iso-8859-1'],
      ['No registration is needed to receive e-invoices. Fake e-mails are circulating that ask for a "mandatory registration"; do not enter any data there. https://portal.adviser.example/', 'us-ascii'],
      ['Circolano e-mail che chiedono una "registrazione obbligatoria" per la fattura elettronica: non inserite i vostri dati. https://portal.studio.example/', 'iso-8859-15'],
      ['Circulan correos sobre la factura electrónica que piden un "registro obligatorio": no introduzca sus datos. https://portal.asesoria.example/', 'iso-8859-15'],
    ];
    for (const [body, charset] of warnings) assert.deepEqual(await run(mail('Kanzlei <mandanteninfo@stb.example>', body, charset)), [], body);
    // the same trap without the warning is the lure's
    assert.equal((await run(mail('E-Rechnung <info@erechnung-register.example>', 'Ihr Unternehmen benötigt die Pflichtregistrierung für den E-Rechnungsempfang: https://erechnung-register.example/reg', 'iso-8859-1'))).length, 1);
  });
});
