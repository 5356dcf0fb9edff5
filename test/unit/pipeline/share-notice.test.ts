// SHARE_NOTICE_ELSEWHERE (the credential-lure check): "shared a file with you" in the offices'
// languages and charsets, from no file-sharing service, with no link to one or to the sender's own
// site. And the honest shares: the service's own notification, a partner's Nextcloud, our intranet.
// SHARE_ONENOTE: a OneNote notebook shared from another company's SharePoint or OneDrive.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { credentialLureCheck } from '../../../src/pipeline/checks/credential-lure.ts';
import { authenticatedAs, dataContext, hitLines, quietLog, testConfig } from './util.ts';
import type { Store } from '../../../src/store/types.ts';

const run = hitLines(credentialLureCheck);
const share = (from: string, body: string, charset = 'utf-8'): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: anna@example.com\r\nSubject: Shared\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);

describe('a sharing notification that leads elsewhere', () => {
  it('a compromised partner\'s SharePoint-style notice linking to a look-alike host, in the offices\' languages', async () => {
    assert.deepEqual(await run(share('Tomasz Wiśniewski <tomasz.wisniewski@partner-logistik.example>', '<p>Tomasz Wiśniewski udostępnił Ci plik: Rozliczenie_CMR_listopad_2026.pdf</p><p><a href="https://partnerlogistik-my.sharepoint-pl.example/personal/doc?id=7">Otwórz</a></p>', 'iso-8859-2'), authenticatedAs('partner-logistik.example')), [
      'SHARE_NOTICE_ELSEWHERE: "udostepnił ci plik", and the links lead to partnerlogistik-my.sharepoint-pl.example, no file-sharing service\'s or the sender\'s site',
    ]);
    const cases: Array<[string, string]> = [
      ['Anna Berger has shared a file with you: Q4_payments.xlsx', 'us-ascii'],
      ['Thomas Braun hat eine Datei für Sie freigegeben: Rechnung_4471.pdf', 'iso-8859-1'],
      ['Lucía ha compartido contigo un archivo: Factura_2026.pdf', 'iso-8859-1'],
      ['Marco ha condiviso un file con te: Fattura_318.pdf', 'iso-8859-15'],
      ['Ирина поделилась с вами файлом «Акт сверки.pdf»', 'koi8-r'],
      ['Ο Νίκος μοιράστηκε ένα αρχείο μαζί σας: Τιμολόγιο.pdf', 'iso-8859-7'],
      ['Σας κοινοποιήθηκε: Αναλυτικό Manifest MV SEA BREEZE', 'iso-8859-7'],
      // in the first person, the way a hijacked mailbox writes it (the forty-eighth pair's Libero mailbox)
      ['Buonasera, vi ho condiviso i documenti aggiornati del computo metrico.', 'iso-8859-15'],
      ["I've shared the updated documents with you, click below to view them.", 'us-ascii'],
      ['Ich habe Ihnen die aktuellen Unterlagen freigegeben.', 'iso-8859-1'],
      ['Le he compartido los documentos del proyecto.', 'iso-8859-15'],
      ['Σας έχω κοινοποιήσει ένα έγγραφο μέσω OneDrive.', 'windows-1253'],
      // the notification's own footer around the phisher's link (the sixty-eighth pair's hijacked Greek dealer)
      ['Παραγγελία_2027.pdf. Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους παραλήπτες αυτού του μηνύματος.', 'iso-8859-7'],
      ['Angebot.pdf. Dieser Link funktioniert nur für die direkten Empfänger dieser Nachricht.', 'iso-8859-1'],
      ['Offer.pdf. This link only works for the direct recipients of this message.', 'us-ascii'],
    ];
    for (const [text, charset] of cases) {
      const out = await run(share('Colleague <someone@sender.example>', `<p>${text}</p><p><a href="https://docs-view.example/file?id=1">Open</a></p>`, charset));
      assert.deepEqual(out.map((l) => l.split(':')[0]), ['SHARE_NOTICE_ELSEWHERE'], `${charset}: ${text}`);
    }
  });

  it('a page made on a sharing service\'s domain is no share there: "μέσω OneDrive" to a Google Sites page (the sixty-third pair\'s hijacked photographer)', async () => {
    const body = '<p>Σας έχω κοινοποιήσει ένα έγγραφο μέσω OneDrive.</p><p><a href="https://sites.google.com/view/kdimitriou-onedrive-share/">ΠΡΟΒΟΛΗ ΕΓΓΡΑΦΟΥ</a></p>';
    assert.deepEqual((await run(share('Κώστας Δημητρίου <k.dimitriou@otenet.example>', body, 'iso-8859-7'))).map((l) => l.split(':')[0]), ['SHARE_NOTICE_ELSEWHERE', 'SHARE_FREE_PAGE']);
    // a document on Google Docs is a share on Google's service
    assert.deepEqual(await run(share('Κώστας <k.dimitriou@otenet.example>', '<p>Σας έχω κοινοποιήσει ένα έγγραφο.</p><a href="https://docs.google.com/document/d/1AbC/edit">Άνοιγμα</a>', 'iso-8859-7')), []);
  });

  it('CREDENTIALS_PERSONAL_PAGE beside it: the "shared file\'s" link carries the reader\'s address in base64 (the sixtieth pair\'s hijacked installer)', async () => {
    const run = hitLines(credentialLureCheck, { recipients: ['anna@example.com'] });
    const b64 = Buffer.from('anna@example.com').toString('base64');
    const body = (href: string) => `<p>Fabio Lombardi ha condiviso un file con te: Offerta_2027.pdf</p><p><a href="${href}">Apri</a></p>`;
    assert.deepEqual((await run(share('Fabio Lombardi <f.lombardi@teleimpianti.example>', body(`https://teleimpianti.share-docs365.example/:b:/s/Offerte/EVx9q?e=${b64}`), 'iso-8859-15'))).map((l) => l.split(':')[0]),
      ['SHARE_NOTICE_ELSEWHERE', 'CREDENTIALS_PERSONAL_PAGE']);
    assert.deepEqual((await run(share('Fabio Lombardi <f.lombardi@teleimpianti.example>', body('https://teleimpianti.share-docs365.example/:b:/s/Offerte/EVx9q'), 'iso-8859-15'))).map((l) => l.split(':')[0]),
      ['SHARE_NOTICE_ELSEWHERE']);
  });

  it('a file "too large to attach" behind a link elsewhere; SHARE_FREE_PAGE when that is a page anyone makes for free (the twenty-second held-out pair)', async () => {
    assert.deepEqual(await run(share('Studio Bellini <segreteria@studiobellini.example>', '<p>Il file è troppo grande per l\'invio in allegato, potete scaricarlo qui: <a href="https://studiobellini-documenti.webflow.io/condivisi/fattura-118">Fattura_118.pdf (2,4 MB)</a></p>', 'iso-8859-15')), [
      'SHARE_NOTICE_ELSEWHERE: "file e troppo grande", and the links lead to studiobellini-documenti.webflow.io, no file-sharing service\'s or the sender\'s site',
      'SHARE_FREE_PAGE: the "file" is on https://studiobellini-documenti.webflow.io/condivisi/fattura-118, a page anyone makes for free',
    ]);
    for (const [text, charset] of [
      ['The invoice is too large to attach, please download it here:', 'us-ascii'],
      ['Die Datei ist leider zu groß für den Versand per E-Mail, hier zum Download:', 'iso-8859-1'],
      ['El archivo es demasiado grande para enviarlo por correo, descárguelo aquí:', 'iso-8859-1'],
      ['Plik jest zbyt duży, aby go wysłać jako załącznik, proszę pobrać tutaj:', 'iso-8859-2'],
      ['Файл слишком большой для отправки, скачайте его по ссылке:', 'windows-1251'],
      ['Документ размещен на Диске (файл большой, почта не пропускает):', 'koi8-r'],
      ['Το αρχείο είναι πολύ μεγάλο για αποστολή, κατεβάστε το εδώ:', 'iso-8859-7'],
      // or shared "through OneDrive" while the link goes elsewhere (the seventy-eighth to eightieth pairs' hijacked partners)
      ['Ze względu na rozmiar plików udostępniam je przez OneDrive:', 'iso-8859-2'],
      ['I file sono condivisi tramite OneDrive perché troppo pesanti per la posta:', 'iso-8859-15'],
      ['Σας στέλνουμε τα έγγραφα της παραγγελίας και το αποδεικτικό πληρωμής μέσω OneDrive:', 'iso-8859-7'],
      ['I have shared the signed documents via OneDrive:', 'us-ascii'],
      ['Die Unterlagen habe ich über unser SharePoint geteilt:', 'iso-8859-1'],
      // or the link called the service's (the eighty-fourth pair's music school, the eighty-second's supplier)
      ['Pueden consultar el pedido completo en el siguiente enlace de OneDrive:', 'windows-1252'],
      ['Wegen der Dateigröße habe ich sie Ihnen über unsere SharePoint-Freigabe bereitgestellt:', 'iso-8859-1'],
      ['Here is the OneDrive link to the order:', 'us-ascii'],
      ['Trovate l\'ordine al link di OneDrive:', 'iso-8859-15'],
      ['Zamówienie jest pod linkiem do OneDrive:', 'iso-8859-2'],
      ['Заказ по ссылке на Яндекс Диск:', 'koi8-r'],
      // the file's size as the reason, the mail server said to refuse attachments, "uploaded to OneDrive" (the ninety-eighth and
      // ninety-ninth pairs' hijacked partners, to an r2.dev page, a Sway, a Canva design and an Azure blob)
      ['Wegen der Dateigröße haben wir das Dokument in unserem Kundenportal abgelegt:', 'iso-8859-1'],
      ['Due to the file size the drawings are on our document portal:', 'us-ascii'],
      ['A causa delle dimensioni del file trovate i documenti qui:', 'iso-8859-15'],
      ['Debido al tamaño del archivo, los planos están aquí:', 'iso-8859-15'],
      ['Dokumenty udostępniłem przez Canva, ponieważ nasz serwer odrzuca większe załączniki:', 'iso-8859-2'],
      ['Наш сервер не пропускает большие вложения, документы по ссылке:', 'windows-1251'],
      ['Σου έχω ανεβάσει στο OneDrive τα αναθεωρημένα σχέδια. Είναι μεγάλο αρχείο:', 'iso-8859-7'],
      // an e-signature envelope's words around a link elsewhere (the hundred-and-third pair's hijacked electrician, to Adobe Express)
      ['Josef Reindl hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet.', 'iso-8859-1'],
      ['Anna sent you a document to review and sign.', 'us-ascii'],
      ['Le ha enviado un documento para revisar y firmar.', 'iso-8859-15'],
      ['Ti ha inviato un documento da rivedere e firmare.', 'iso-8859-15'],
      ['Anna wysłała Ci dokument do przejrzenia i podpisania.', 'iso-8859-2'],
      ['Анна отправила вам документ на подпись.', 'koi8-r'],
      ['Η Άννα σας έστειλε ένα έγγραφο για υπογραφή.', 'iso-8859-7'],
    ] as const) {
      const out = await run(share('Office <office@sender.example>', `<p>${text} <a href="https://docs-view.example/file?id=1">Download</a></p>`, charset));
      assert.deepEqual(out.map((l) => l.split(':')[0]), ['SHARE_NOTICE_ELSEWHERE'], `${charset}: ${text}`);
    }
    // a large file sent the honest way: WeTransfer, the sender's own server; a big shipment is no file
    const big = '<p>Die Datei ist leider zu groß für den Anhang, hier der Link: <a href="https://we.tl/t-Xk2">WeTransfer</a></p>';
    assert.deepEqual(await run(share('Office <office@sender.example>', big.replace('https://we.tl/t-Xk2', 'https://wetransfer.com/downloads/7f2a'), 'iso-8859-1')), []);
    assert.deepEqual(await run(share('Office <office@sender.example>', '<p>The file is too large to attach: <a href="https://files.sender.example/s/Q7">download</a></p>')), []);
    assert.deepEqual(await run(share('Spedizioni <info@sender.example>', '<p>Il carico è troppo grande per un solo camion. <a href="https://docs-view.example/x">Dettagli</a></p>')), []);
  });

  it('not the sharing service\'s own notice, a share on its site, the sender\'s own server, our intranet, or a notice with no link', async () => {
    const text = '<p>Anna Berger has shared a file with you: Q4_payments.xlsx</p>';
    assert.deepEqual(await run(share('Anna Berger (via SharePoint) <no-reply@sharepointonline.com>', `${text}<a href="https://notify.example/x">Open</a>`), authenticatedAs('sharepointonline.com')), []);
    assert.deepEqual(await run(share('Anna Berger <anna@partner.example>', `${text}<a href="https://partner-my.sharepoint.com/:x:/g/personal/anna/EQ">Open</a>`)), []);
    assert.deepEqual(await run(share('Anna Berger <anna@partner.example>', `${text}<a href="https://cloud.partner.example/s/Xk2">Open</a>`)), [], 'the partner\'s own Nextcloud');
    assert.deepEqual(await run(share('Anna Berger <anna@partner.example>', `${text}<a href="https://intranet.example.com/files/7">Open</a>`)), []);
    assert.deepEqual(await run(share('Anna Berger <anna@partner.example>', text)), []);
    // the words of a share in another sense: a "shared library", a "freigegeben" release
    assert.deepEqual(await run(share('Dev list <dev@lists.example>', '<p>The shared library was updated; the build is freigegeben. <a href="https://git.example.org/x">diff</a></p>')), []);
  });
});

describe('a OneNote notebook shared from outside (SHARE_ONENOTE)', () => {
  const config = testConfig({ 'smtp.localDomains': ['example.com', 'examplegroup.eu'] });
  const weighed = async (raw: Buffer): Promise<Array<[string, number, string]>> => {
    const hits = await credentialLureCheck.run(await dataContext(raw, { auth: authenticatedAs('sharepointonline.com') }),
      { options: credentialLureCheck.options.parse({}), config, store: undefined as unknown as Store, log: quietLog, signal: new AbortController().signal });
    return hits.map((h) => [h.symbol, h.weight ?? 1, h.detail ?? '']);
  };
  const notice = (shown: string, link: string, charset = 'utf-8', subject = 'Shared'): Buffer => Buffer.concat([
    Buffer.from(`From: "Daniel Reeve (via SharePoint Online)" <no-reply@sharepointonline.com>\r\nTo: anna@example.com\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
    iconv.encode(`<p>${shown}</p><p><a href="${link}">Open</a></p>`, charset), Buffer.from('\r\n'),
  ]);
  const partnerNotebook = 'https://reevepartners-my.sharepoint.com/:o:/g/personal/d_reeve/EbR7mK2x?e=5fRk2P';

  it('full weight for a notebook presented as a payment document, in the offices\' languages and charsets', async () => {
    assert.deepEqual(await weighed(notice('Daniel Reeve shared a file with you: REMITTANCE ADVICE - Example Group Ltd - 48,920.00 GBP', partnerNotebook)), [
      ['SHARE_ONENOTE', 1, `a OneNote notebook shared from outside: ${partnerNotebook}, presented as "remittance"`],
    ]);
    for (const [shown, charset] of [
      ['Thomas Braun hat ein Dokument für Sie freigegeben: Zahlungsavis November', 'iso-8859-1'],
      ['Marco ha condiviso un file con te: Fatture scadute ottobre', 'iso-8859-15'],
      ['Tomasz udostępnił Ci plik: Potwierdzenie przelewu 11/2026', 'iso-8859-2'],
      ['Lucía ha compartido contigo un archivo: Justificante de transferencia', 'windows-1252'],
      ['Ирина поделилась с вами файлом «Счёт на оплату №1842»', 'koi8-r'],
      ['Ο Νίκος μοιράστηκε ένα αρχείο μαζί σας: Τιμολόγια Νοεμβρίου', 'iso-8859-7'],
    ] as const) {
      const out = await weighed(notice(shown, partnerNotebook, charset));
      assert.deepEqual(out.map(([s, w]) => [s, w]), [['SHARE_ONENOTE', 1]], `${charset}: ${shown}`);
    }
  });

  it('full weight for a notebook presented as a file of another type; three fifths for a plain notebook', async () => {
    const sheet = await weighed(notice('J. Whitmore shared a file with you: Rooming_List_AlderPharma_Apr2026.xlsx', 'https://northlighttravel-my.sharepoint.com/:o:/g/personal/j_whitmore/EbV3?e=1'));
    assert.deepEqual(sheet.map(([s, w, d]) => [s, w, d.replace(/.*, presented/, 'presented')]), [['SHARE_ONENOTE', 1, 'presented as a ".xlsx" file']]);
    const plain = await weighed(notice('Mehmet Yilmaz hat ein Dokument für Sie freigegeben: NT-07 Nachtrag Vorsatzschalen 3.OG.one', 'https://trockenbauyilmaz-my.sharepoint.com/:o:/g/personal/m_yilmaz/EQm3?e=X'));
    assert.deepEqual(plain.map(([s, w]) => [s, w]), [['SHARE_ONENOTE', 0.6]]);
    // OneDrive's short link to a personal notebook
    assert.deepEqual((await weighed(notice('Project notes', 'https://1drv.ms/o/s!AkX2pQ7vT1hN'))).map(([s, w]) => [s, w]), [['SHARE_ONENOTE', 0.6]]);
    // full weight when the note asks for the company sign-in (the fifty-fifth pair's hijacked subcontractor tenant)
    const signIn = await weighed(notice('Για προβολή πατήστε Άνοιγμα και συνδεθείτε με τα εταιρικά σας. KBP_Προσφορά_ΗΜ_2027', 'https://lambroutechniki-my.sharepoint.com/:o:/g/personal/k_lambrou/EaB3?e=4f', 'iso-8859-7'));
    assert.deepEqual(signIn.map(([s, w, d]) => [s, w, d.replace(/.*, the note/, 'the note')]), [['SHARE_ONENOTE', 1, 'the note asking "συνδεθειτε με τα εταιρικα σας"']]);
  });

  it('full weight for a notebook on the OneDrive of someone at another organisation than the sharer\'s', async () => {
    // the forty-seventh pair's hijacked winery thread: the partner's mailbox passes on a stranger's notebook
    const direct = (from: string, replyTo: string, link: string): Buffer => Buffer.from(`From: ${from}\r\n${replyTo ? `Reply-To: ${replyTo}\r\n` : ''}To: anna@example.com\r\nSubject: Re: Offerta\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nLe ho condiviso il contratto aggiornato: ${link}\r\n`);
    const stranger = 'https://alpinaimmobiliare-my.sharepoint.com/:o:/g/personal/amministrazione_alpinaimmobiliare_it/EnW4?e=Kp7';
    assert.deepEqual(await weighed(direct('Roberto Ferri <r.ferri@cantinavaldadige.example>', '', stranger)), [
      ['SHARE_ONENOTE', 1, 'a OneNote notebook shared from outside: https://alpinaimmobiliare-my.sharepoint.com/:o:/g/personal/amministrazione_al..., from the OneDrive of amministrazione_alpinaimmobiliare_it (not cantinavaldadige.example)'],
    ]);
    // the sharer's own OneDrive, named in the From or, for Microsoft's notification, in the Reply-To; an onmicrosoft.com sign-in says nothing
    const own = 'https://cantinavaldadige-my.sharepoint.com/:o:/g/personal/r_ferri_cantinavaldadige_example/EnW4?e=Kp7';
    assert.deepEqual((await weighed(direct('Roberto Ferri <r.ferri@cantinavaldadige.example>', '', own))).map(([s, w]) => [s, w]), [['SHARE_ONENOTE', 0.6]]);
    assert.deepEqual((await weighed(direct('"Roberto Ferri (via SharePoint Online)" <no-reply@sharepointonline.com>', 'Roberto Ferri <r.ferri@cantinavaldadige.example>', own))).map(([s, w]) => [s, w]), [['SHARE_ONENOTE', 0.6]]);
    const tenantOnly = 'https://cantinavaldadige-my.sharepoint.com/:o:/g/personal/r_ferri_cantinavaldadige_onmicrosoft_com/EnW4?e=Kp7';
    assert.deepEqual((await weighed(direct('Roberto Ferri <r.ferri@cantinavaldadige.example>', '', tenantOnly))).map(([s, w]) => [s, w]), [['SHARE_ONENOTE', 0.6]]);
  });

  it('not our own tenant\'s notebook, nor a partner\'s document, sheet or folder share', async () => {
    for (const ours of ['https://example-my.sharepoint.com/:o:/g/personal/anna/Eb1', 'https://examplegroup.sharepoint.com/:o:/s/IT/Eb2', 'https://example-group-my.sharepoint.com/:o:/g/personal/x/Eb3']) {
      assert.deepEqual(await weighed(notice('Remittance advice notebook', ours)), [], ours);
    }
    for (const other of [':w:', ':x:', ':b:', ':f:', ':p:']) {
      assert.deepEqual(await weighed(notice('Daniel Reeve shared a file with you: Remittance advice', partnerNotebook.replace(':o:', other))), [], other);
    }
  });
});

describe('an e-signature envelope for a notice of payment (SIGN_PAYMENT_NOTICE)', () => {
  const envelope = (from: string, subject: string, body: string, charset = 'utf-8'): Buffer => Buffer.concat([
    Buffer.from(`From: ${from}\r\nReply-To: Accounts <accounts@harrowfinch-ltd.example>\r\nTo: anna@example.com\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
    iconv.encode(body, charset), Buffer.from('\r\n'),
  ]);

  it('a remittance advice to countersign (the forty-seventh pair\'s abused DocuSign account), in the offices\' languages', async () => {
    assert.deepEqual(await run(envelope('Harrow & Finch Accounts via Docusign <dse_NA3@docusign.net>', 'Complete with Docusign: H&F Remittance Advice EGUK-2026-0412.pdf',
      'Our bank requires the supplier to countersign the advice before the transfer is released.')), [
      'SIGN_PAYMENT_NOTICE: an envelope from docusign.net to sign "remittance", a notice of payment nobody signs',
    ]);
    for (const [subject, charset] of [
      ['Bitte mit Docusign unterzeichnen: Zahlungsavis November 2026', 'iso-8859-1'],
      ['Completa con Docusign: Avviso di pagamento fatture ottobre', 'iso-8859-15'],
      ['Complete con Docusign: Justificante de transferencia factura 118', 'iso-8859-15'],
      ['Podpisz w Docusign: Potwierdzenie przelewu 11/2026', 'iso-8859-2'],
      ['Подпишите в Docusign: Платёжное поручение № 1842', 'koi8-r'],
      ['Υπογράψτε με Docusign: Αποδεικτικό πληρωμής τιμολογίων', 'iso-8859-7'],
    ] as const) {
      // the envelope's title in the text, in the letter's charset
      const raw = envelope('Accounts via Adobe Acrobat Sign <adobesign@adobesign.com>', 'Signature requested', subject, charset);
      assert.deepEqual((await run(raw)).map((l) => l.split(':')[0]), ['SIGN_PAYMENT_NOTICE'], `${charset}: ${subject}`);
    }
  });

  it('the sender\'s new bank, to be "confirmed" by signing (the seventy-fourth pair\'s look-alike supplier in a real Docusign envelope)', async () => {
    assert.deepEqual(await run(envelope('Accounts Team - Pennine Dental Supplies via Docusign <dse@eumail.docusign.net>', 'Complete with Docusign: PDS_Supplier_Bank_Details_Confirmation_2026.pdf',
      'As part of our move to a new banking partner, please review and sign the attached supplier bank details confirmation. All payments from 25 November 2026 should be made to the account shown in the form.')), [
      'SIGN_PAYMENT_NOTICE: an envelope from eumail.docusign.net to sign "move to a new banking partner", a change of the sender\'s bank details nobody signs',
    ]);
    // a customer's vendor form asks for the reader's own details and says nothing of a change
    assert.deepEqual(await run(envelope('Procurement via Docusign <dse@eumail.docusign.net>', 'Complete with Docusign: Supplier_Onboarding_Form.pdf',
      'Please complete and sign our supplier onboarding form, including your company\'s bank details, so that we can set you up as a vendor.')), []);
  });

  it('not a contract, an order or an invoice to sign, nor a remittance advice mailed by the payer itself', async () => {
    for (const subject of ['Complete with Docusign: Harrow & Finch Supply Agreement 2027.pdf', 'Please DocuSign: Call-off Order 2027', 'Please DocuSign: Payment terms addendum 2027']) {
      assert.deepEqual(await run(envelope('Oliver Grant via Docusign <dse@eumail.docusign.net>', subject, 'Please review and sign.')), [], subject);
    }
    assert.deepEqual(await run(envelope('Accounts <accounts@harrowfinch.example>', 'Remittance advice EGUK-2026-0412', 'Please find our remittance advice attached.')), []);
  });
});

describe('a Google Drawing shared (SHARE_GOOGLE_DRAWING)', () => {
  const drive = (shown: string, link: string, charset = 'utf-8'): Buffer => Buffer.concat([
    Buffer.from(`From: "Payments (via Google Drive)" <drive-shares-dm-noreply@google.com>\r\nReply-To: payments.dept.gr@gmail.example\r\nTo: anna@example.com\r\nSubject: Shared\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
    iconv.encode(`<p>${shown}</p><p><a href="${link}">Open</a></p>`, charset), Buffer.from('\r\n'),
  ]);
  const drawing = 'https://docs.google.com/drawings/d/1qX7vKp2mR9tYb4LcN0wE3sZaF6hJ8uGdT5iO1yVkB2M/edit?usp=sharing';
  const weights = async (raw: Buffer): Promise<Array<[string, number]>> => (await credentialLureCheck.run(await dataContext(raw), {
    options: credentialLureCheck.options.parse({}), config: testConfig({ 'smtp.localDomains': ['example.com'] }), store: undefined as unknown as Store, log: quietLog, signal: new AbortController().signal,
  })).map((h) => [h.symbol, h.weight ?? 1]);

  it('full weight presented as a proof of payment or a PDF (the forty-ninth pair\'s "payments department" on Gmail), three fifths plain', async () => {
    assert.deepEqual(await weights(drive('Σας στέλνουμε το αποδεικτικό πληρωμής: Αποδεικτικό πληρωμής 27.11.2026.pdf', drawing, 'iso-8859-7')), [['SHARE_GOOGLE_DRAWING', 1]]);
    assert.deepEqual(await weights(drive('Signed_Contract_2027.pdf', drawing)), [['SHARE_GOOGLE_DRAWING', 1]]);
    assert.deepEqual(await weights(drive('Stand layout sketch', drawing)), [['SHARE_GOOGLE_DRAWING', 0.6]]);
  });

  it('not a Google document, sheet or slide deck', async () => {
    for (const kind of ['document', 'spreadsheets', 'presentation']) {
      assert.deepEqual(await weights(drive('Invoice 2026-118.pdf', drawing.replace('drawings', kind))), [], kind);
    }
  });
});

describe('a Canva design presented as a document (SHARE_DESIGN_AS_DOCUMENT)', () => {
  const design = 'https://www.canva.com/design/DAGx7Kp2QmA/Jr4n0sV1cYbq8FzLw2EtuQ/view?utm_content=DAGx7Kp2QmA&utm_campaign=designshare';
  const canva = (title: string, note: string, charset = 'utf-8', attachment = ''): Buffer => {
    const head = `From: Canva <no-reply@canva.com>\r\nTo: anna@example.com\r\nSubject: ${title}\r\nMIME-Version: 1.0\r\n`;
    const html = Buffer.concat([Buffer.from(`Content-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`), iconv.encode(`<p>${note}</p><p><a href="${design}">Apri design</a></p>`, charset), Buffer.from('\r\n')]);
    if (!attachment) return Buffer.concat([Buffer.from(head), html]);
    return Buffer.concat([Buffer.from(`${head}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n`), html,
      Buffer.from(`--b\r\nContent-Type: application/pdf; name="${attachment}"\r\nContent-Disposition: attachment; filename="${attachment}"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n`)]);
  };

  it('a request for quotation, a contract to sign, a file of another type (the hundred-and-fourteenth to seventeenth pairs)', async () => {
    const cases: Array<[string, string, string]> = [
      ['Cantiere Navale Adriatico ha condiviso "RdO C-2219 - Noleggio gru" con te', 'in allegato la richiesta di offerta per il noleggio gru', 'iso-8859-15'],
      ['Compras Acerías del Zadorra te ha invitado a ver «Contrato de suministro 2027 – pendiente de firma»', 'Rogamos revisar y firmar antes del viernes.', 'iso-8859-1'],
      ['Endabrechnung Dezember', 'Die Datei ist zu groß, ich habe sie über Canva freigegeben: Endabrechnung_Dezember_2026.pdf', 'iso-8859-1'],
      ['Jan udostępnił projekt', 'Przesyłam zapytanie ofertowe na dostawy 2027.', 'iso-8859-2'],
    ];
    for (const [title, note, charset] of cases) {
      assert.deepEqual((await run(canva(title, note, charset))).map((l) => l.split(':')[0]), ['SHARE_DESIGN_AS_DOCUMENT'], title);
    }
  });

  it('an order or court papers (the hundred-and-twenty-second to -fourth pairs)', async () => {
    const cases: Array<[string, string, string]> = [
      ['Roberto Galli ha condiviso un design con te: ORDINE 4417 - documentazione e pagamento', 'trovate qui l\'ordine 4417 con le nuove coordinate', 'iso-8859-15'],
      ['Roberta Gialdi ha condiviso «Proposta ordini 2027 - Salumificio Val d\'Enza» con te', 'ti mando la proposta per il 2027 con volumi e prezzi', 'utf-8'],
      ['Avv. Martina Greco ti ha inviato "Atto di citazione - Example Terminal Italia S.r.l."', 'Si notifica atto di citazione avanti il Tribunale di La Spezia', 'iso-8859-1'],
      ['Zamówienie nr 2026/118', 'Przesyłam zamówienie nr 2026/118 do realizacji.', 'iso-8859-2'],
      ['Исковое заявление', 'Направляем исковое заявление для ознакомления.', 'koi8-r'],
    ];
    for (const [title, note, charset] of cases) {
      assert.deepEqual((await run(canva(title, note, charset))).map((l) => l.split(':')[0]), ['SHARE_DESIGN_AS_DOCUMENT'], title);
    }
    // "order now" and an Italian "ordine" that is no purchase order are no order
    assert.deepEqual(await run(canva('Maria shared "Spring menu" with you', 'Order now for Easter! Tutto in ordine per la festa.')), []);
  });

  it('not a design shown as a design, nor one beside the document itself (an agency\'s invoice with the artwork\'s link)', async () => {
    assert.deepEqual(await run(canva('Maria shared "Christmas poster 2026" with you', 'Here is the poster for the foyer, let me know what you think.')), []);
    assert.deepEqual(await run(canva('Invoice 2026-118 and the final artwork', 'Please find our invoice attached; the artwork is in Canva.', 'utf-8', 'Invoice_2026-118.pdf')), []);
  });
});

describe('a payment document shared on a file-sharing service (SHARE_PAYMENT_DOCUMENT)', () => {
  const encoded = (text: string, charset: string): string => `=?${charset}?B?${iconv.encode(text, charset).toString('base64')}?=`;
  const shared = (from: string, subject: string, link: string, charset = 'utf-8', attachment = ''): Buffer => {
    const head = `From: ${from}\r\nTo: anna@example.com\r\nSubject: ${encoded(subject, charset)}\r\nMIME-Version: 1.0\r\n`;
    const html = Buffer.from(`Content-Type: text/html; charset=utf-8\r\n\r\n<p>Please review and confirm receipt.</p><p><a href="${link}">Open</a></p>\r\n`);
    if (!attachment) return Buffer.concat([Buffer.from(head), html]);
    return Buffer.concat([Buffer.from(`${head}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\n`), html,
      Buffer.from(`--b\r\nContent-Type: application/pdf; name="${attachment}"\r\nContent-Disposition: attachment; filename="${attachment}"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n`)]);
  };
  const notifier = '"Harrowfield Joinery Accounts (via SharePoint Online)" <no-reply@sharepointonline.com>';
  const pdfShare = 'https://harrowfieldjoinery-my.sharepoint.com/:b:/g/personal/accounts_harrowfieldjoinery_co_uk/EY7kR2c4n1xNp0QbV6fW3hA?e=Kp3xQ2';

  it('a remittance advice shared from a partner\'s tenant (the eighty-seventh pair\'s hijacked joinery)', async () => {
    assert.deepEqual(await run(shared(notifier, 'Harrowfield Joinery Accounts shared "Pennine Foodservice - Remittance Advice 13.11.2026.pdf" with you', pdfShare)), [
      'SHARE_PAYMENT_DOCUMENT: "remittance" in the Subject, shared as https://harrowfieldjoinery-my.sharepoint.com/:b:/g/personal/accounts_harrowfi... with no document attached',
    ]);
  });

  it('in the offices\' languages and charsets, on the file-sharing services', async () => {
    const cases: Array<[string, string, string]> = [
      ['Thomas Braun hat „Zahlungsavis KW 47.pdf“ für Sie freigegeben', 'https://www.dropbox.com/scl/fi/q8x2mh1v7k/Zahlungsavis_KW47.pdf?rlkey=ab12&dl=0', 'iso-8859-1'],
      ['Chiara Colombo ha condiviso "Fatture ottobre 2026 - nuove coordinate" con te', 'https://ferrettitrasporti-my.sharepoint.com/:f:/g/personal/c_colombo/EkX2?e=1', 'iso-8859-15'],
      ['Bartosz Lis udostępnił Ci plik „Korekta faktury 11-2026.pdf”', 'https://1drv.ms/b/s!AkX2pQ7vT1hN', 'iso-8859-2'],
      ['Núria Serra ha compartido un archivo contigo: «Albaranes y facturas pendientes - noviembre 2026.pdf»', 'https://drive.google.com/file/d/1kUWHltwWr267HbVH/view?usp=sharing', 'iso-8859-1'],
      ['Счета на оплату за ноябрь', 'https://disk.yandex.ru/d/Xq2kP8vL3mN9aB', 'koi8-r'],
      ['Ο χρήστης Κώστας Ιωαννίδης μοιράστηκε το "ΕΝΤΟΛΗ ΠΛΗΡΩΜΗΣ - ΕΞΟΦΛΗΣΗ 4.870,00€.pdf" μαζί σας', 'https://ioannidistrofima-my.sharepoint.com/:b:/g/personal/k_ioannidis/EQ1?e=2', 'iso-8859-7'],
      ['Payment order 2026-11-30', 'https://wetransfer.com/downloads/4f2a9c1e7b/8d3e', 'us-ascii'],
      // a file's name with its words apart at "_" (the hundred-and-twenty-sixth pair's hijacked Ferretti tenant)
      ['Chiara Colombo ha condiviso "Ferretti_Trasporti_Estratto_conto_Q4_2026" con te', 'https://ferrettitrasporti-my.sharepoint.com/:b:/g/personal/c_colombo/EVqR?e=4', 'iso-8859-15'],
    ];
    for (const [subject, link, charset] of cases) {
      assert.deepEqual((await run(shared('Sender <accounts@partner.example>', subject, link, charset))).map((l) => l.split(':')[0]), ['SHARE_PAYMENT_DOCUMENT'], `${charset}: ${subject}`);
    }
  });

  it('not our own tenant\'s share, one beside the document itself, another document, nor a service\'s own receipt', async () => {
    assert.deepEqual(await run(shared(notifier, 'Anna shared "Remittance advice November" with you', 'https://examplegroup.sharepoint.com/:b:/s/Finance/EbT3?e=1')), []);
    assert.deepEqual(await run(shared('Accounts <accounts@partner.example>', 'Invoice 2026-118', 'https://www.dropbox.com/scl/fi/x1/delivery-photos?dl=0', 'utf-8', 'Invoice_2026-118.pdf')), []);
    assert.deepEqual(await run(shared(notifier, 'Harrowfield Joinery shared "Q1 2027 volume forecast.xlsx" with you', pdfShare.replace(':b:', ':x:'))), []);
    assert.deepEqual(await run(shared('Dropbox <no-reply@dropbox.com>', 'Your Dropbox invoice for December', 'https://www.dropbox.com/account/billing')), []);
    // a notebook presented as the payment document is SHARE_ONENOTE's at full weight, not both
    assert.deepEqual((await run(shared(notifier, 'Daniel Reeve shared "Remittance Advice - Nov 2026" with you', pdfShare.replace(':b:', ':o:')))).map((l) => l.split(':')[0]), ['SHARE_ONENOTE']);
  });
});
