// The credential-lure check: the mailbox's or work account's password asked for, in the offices'
// languages and charsets, with a link to someone else's site. And the honest mail that asks for a
// password: Microsoft's own notice, a provider's sign-in to its own site, our own IT, a SaaS reset.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import iconv from 'iconv-lite';
import { credentialLureCheck, credentialLureOptionsSchema, credentialsAsked } from '../../../src/pipeline/checks/credential-lure.ts';
import { dataContext, quietLog, testConfig } from './util.ts';

const config = testConfig({ 'smtp.localDomains': ['example.com'] });
const store = undefined as unknown as Parameters<typeof credentialLureCheck.run>[1]['store']; // short links are not followed here

async function run(raw: Buffer): Promise<string[]> {
  const hits = await credentialLureCheck.run(await dataContext(raw, {}),
    { options: credentialLureOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal });
  return hits.map((h) => `${h.symbol}: ${h.detail}`);
}

const html = (from: string, body: string, charset = 'utf-8'): Buffer => Buffer.concat([
  Buffer.from(`From: ${from}\r\nTo: carol@example.com\r\nSubject: Info\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
  iconv.encode(body, charset), Buffer.from('\r\n'),
]);

describe('mailbox credentials asked for on someone else\'s site', () => {
  it('the payroll lure signed as HR, from an outside domain, to an Azure web app', async () => {
    const raw = html('"Recursos Humanos" <rrhh@portal-empleado-nominas.com>', '<p>Se ha publicado un ajuste en su nómina. Inicie sesión con sus credenciales de Microsoft 365 corporativas.</p><p><a href="https://nominas-rrhh-portal.azurewebsites.net/login?u=carol@example.com">Ver mi nómina</a></p>');
    // (the reader's address on that free host is the links check's LINK_PERSONAL_PAGE, not counted again here)
    assert.deepEqual(await run(raw), [
      'MAILBOX_CREDENTIALS_LURE: asks for "sus credenciales de microsoft 365" and links to nominas-rrhh-portal.azurewebsites.net; From rrhh@portal-empleado-nominas.com',
      'CREDENTIALS_FREE_PAGE: the sign-in is asked for on https://nominas-rrhh-portal.azurewebsites.net/login?u=carol@example.com, a page anyone makes for free',
    ]);
  });

  it('CREDENTIALS_PERSONAL_PAGE: the sign-in link carries the reader\'s own address, as written, URL-encoded or in base64 (the fifty-sixth pair\'s hijacked supplier)', async () => {
    const body = (href: string) => `<p>Wegen der Dateigröße habe ich die Unterlagen über unser Kundenportal freigegeben: <a href="${href}">Dokumente anzeigen</a></p><p>Bitte melden Sie sich mit Ihrer geschäftlichen E-Mail-Adresse an.</p>`;
    const from = 'Petra Lang <p.lang@lieferant.example>';
    for (const href of ['https://lieferant.docs-freigabe.example/s/RE-19044?e=carol%40example.com', `https://docs-freigabe.example/s/RE-19044#${Buffer.from('carol@example.com').toString('base64')}`]) {
      // "Wegen der Dateigröße": the file said too large to attach, behind a link to a page elsewhere, is SHARE_NOTICE_ELSEWHERE too
      assert.deepEqual((await run(html(from, body(href), 'iso-8859-1'))).map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_PERSONAL_PAGE', 'SHARE_NOTICE_ELSEWHERE'], href);
    }
    // the same lure without the address: the lure alone; the address without a lure: nothing
    assert.deepEqual((await run(html(from, body('https://lieferant.docs-freigabe.example/s/RE-19044'), 'iso-8859-1'))).map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE', 'SHARE_NOTICE_ELSEWHERE']);
    // the files too large "for the mail attachment", or shared through an area of the sender's own that the link is not (the
    // hundred-and-twelfth and hundred-and-thirteenth pairs' hijacked Lieferant and Ferretti, to Adobe Express and Canva)
    for (const [text, charset] of [
      ['Da die Dateien für den Mailanhang zu groß sind, finden Sie die AB hier:', 'iso-8859-1'],
      ['Ich habe Ihnen die Unterlagen über unseren Dokumentenbereich freigegeben:', 'iso-8859-1'],
      ['Per motivi di riservatezza i documenti sono condivisi tramite il nostro spazio documentale:', 'iso-8859-15'],
      ['The revised drawings are available through our secure document portal:', 'us-ascii'],
      ['Los documentos están disponibles en nuestro espacio documental:', 'iso-8859-15'],
      ['Dokumenty udostępniliśmy na naszym portalu klienta:', 'iso-8859-2'],
      ['Документы размещены в нашем личном кабинете:', 'koi8-r'],
      ['Τα έγγραφα είναι διαθέσιμα στην πλατφόρμα εγγράφων μας:', 'iso-8859-7'],
    ] as const) {
      const page = `<p>${text} <a href="https://lieferant-docs.example-pages.dev/ab/8831">Dokumente ansehen</a></p>`;
      assert.deepEqual((await run(html(from, page, charset))).map((h) => h.split(':')[0]), ['SHARE_NOTICE_ELSEWHERE'], text);
      // the same words with the link to the sender's own site are its portal
      assert.deepEqual(await run(html(from, page.replace('lieferant-docs.example-pages.dev', 'portal.lieferant.example'), charset)), [], text);
    }
    assert.deepEqual(await run(html(from, '<p>Ihre Bestellung: <a href="https://shop.example/orders?email=carol%40example.com">ansehen</a></p>')), []);
  });

  it('a free page among the links: the Italian payslip lure from a hacked office, to a Canva design', async () => {
    const body = '<p>Il cedolino di dicembre è disponibile. Per accedere utilizza le credenziali aziendali Microsoft 365.</p>'
      + '<p><a href="https://www.studiomedico.example/">Studio</a> <a href="https://www.canva.com/design/DAGx1/view">Visualizza cedolino</a></p>';
    const hits = await run(html('"Risorse Umane | Example Group" <segreteria@studiomedico.example>', body, 'iso-8859-15'));
    assert.deepEqual(hits.map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE']);
    assert.match(hits[1]!, /canva\.com\/design\/DAGx1/);
    // a Microsoft Form is a page anyone makes, though on Microsoft's domain
    const form = await run(html('Recursos Humanos <recepcion@clinica.example>', '<p>El formulario le pedirá su correo corporativo y su contraseña de Microsoft 365.</p><a href="https://forms.office.com/Pages/ResponsePage.aspx?id=swKt">Acceder</a>', 'windows-1252'));
    assert.deepEqual(form.map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE'], form.join('\n'));
    // a lure to an ordinary site of someone else's: the lure alone
    assert.deepEqual((await run(html('HR <hr@payroll.example>', '<p>Accedi con le credenziali aziendali.</p><a href="https://cedolini-online.example/login">Accedi</a>'))).map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE']);
    // the account named with the company's name before it, no "password" word (the seventeenth held-out pair's calendar invitation)
    const invite = await run(html('"Julia Becker (HR)" <hr.examplegroup.people@gmail.com>', '<p>Please open your personalised letter: <a href="https://sites.google.com/view/exg-hr-2026/review">letter</a>. Sign in with your Example Group Microsoft 365 account (SSO) to access the letter.</p>'));
    assert.deepEqual(invite.map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE'], invite.join('\n'));
    assert.deepEqual((await run(html('Kadry <kadry@biuro.example>', '<p>Prosimy o potwierdzenie (logowanie kontem służbowym Microsoft 365): <a href="https://premie-2026.example/regulamin">Regulamin</a></p>', 'iso-8859-2'))).map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE']);
    // "con l'account" (the forty-fifth pair's hijacked dealer thread on a Canva page)
    assert.deepEqual((await run(html('Roberto Galli <r.galli@agricola.example>', '<p>Li abbiamo caricati nella nostra area documenti: <a href="https://www.canva.com/design/DAGx7Qm2LpE/view">documenti</a>. Per aprire i documenti ti verrà chiesto di accedere con l\'account Microsoft aziendale.</p>', 'iso-8859-15'))).map((h) => h.split(':')[0]),
      // "caricati nella nostra area documenti" with the link to a Canva page: a share notice around a page elsewhere too
      ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE', 'SHARE_NOTICE_ELSEWHERE', 'SHARE_FREE_PAGE']);
    // the noun of the verb ("wymaga zalogowania kontem firmowym"), the forty-second pair's BOM on a Canva page
    assert.deepEqual((await run(html('Katarzyna Dąbrowska <k.dabrowska@pomiar.example>', '<p><a href="https://www.canva.com/design/DAGx7Q2kL9s/view">Zapytanie ofertowe - dokumentacja</a></p><p>Dostęp wymaga zalogowania kontem firmowym Microsoft 365.</p>', 'iso-8859-2'))).map((h) => h.split(':')[0]),
      // and a request for quotation is no design (SHARE_DESIGN_AS_DOCUMENT)
      ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE', 'SHARE_DESIGN_AS_DOCUMENT']);
    // signing in with the provider's own account on the provider's own site is no lure
    assert.deepEqual(await run(html('Slack <no-reply@slack.example>', '<p>Sign in with your Google account to join the workspace: <a href="https://slack.example/join">Join</a></p>')), []);
    // the sixty-eighth and sixty-ninth pairs: "melden Sie sich dort mit Ihrem Microsoft-365-Konto an", "inicies sesión con tu correo de
    // empresa", and the work address "confirmed" to open a tender's documents
    const asked: Array<[string, string, string[]]> = [
      ['<p><a href="https://lieferant-kundenportal.pages.dev/ab/26-11873">AB öffnen</a>. Bitte melden Sie sich dort mit Ihrem Microsoft-365-Konto an.</p>', 'iso-8859-1', ['MAILBOX_CREDENTIALS_LURE']],
      ['<p><a href="https://sites.google.com/view/justificante-pago/inicio">Justificante.pdf</a>. Te pedirá que inicies sesión con tu correo de empresa.</p>', 'iso-8859-1', ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE']],
      ['<p><a href="https://new.express.adobe.com/webpage/Xk3pQ7">Έγγραφα διαγωνισμού</a>. Η πρόσβαση γίνεται με επιβεβαίωση του εταιρικού σας email.</p>', 'iso-8859-7', ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE']],
      ['<p><a href="https://tender-docs.example/rfq/7">RFQ documents</a>. Access requires you to verify your business email.</p>', 'utf-8', ['MAILBOX_CREDENTIALS_LURE']],
    ];
    for (const [body, charset, symbols] of asked) assert.deepEqual((await run(html('Partner <info@partner-firma.example>', body, charset))).map((h) => h.split(':')[0]), symbols, body);
    // the infinitive "zalogować", which the check's first look had not let through (the forty-third pair's hijacked Partner Logistik thread)
    assert.deepEqual((await run(html('Tadeusz <t.zielinski@partner-logistik.example>', '<p><a href="https://www.canva.com/design/DAGx9/view">Dokumenty</a>. Aby je otworzyć, należy zalogować się kontem służbowym Microsoft 365.</p>', 'iso-8859-2'))).map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE']);
    // a newsletter's double opt-in asks to confirm an address, not the work mailbox's
    assert.deepEqual(await run(html('News <news@verlag.example>', '<p>Please confirm your email address: <a href="https://links.mailer.example/c/1">Confirm</a></p>')), []);
  });

  it('in the offices\' languages and charsets', () => {
    const cases: Array<[string, string]> = [
      ['Please confirm your Office 365 password to keep your mailbox.', 'iso-8859-1'],
      ['Bitte bestätigen Sie Ihre Microsoft 365-Zugangsdaten, sonst wird Ihr Postfach gesperrt.', 'iso-8859-15'],
      ['Per continuare, inserisca le sue credenziali di posta entro oggi.', 'iso-8859-15'],
      ['Prosimy o potwierdzenie hasła do poczty: zaloguj się.', 'iso-8859-2'],
      ['Ваш почтовый ящик переполнен. Подтвердите пароль от почты по ссылке.', 'koi8-r'],
      ['Επιβεβαιώστε τους κωδικούς του email σας για να μη χαθούν μηνύματα.', 'iso-8859-7'],
      ['Das Kennwort für Ihr Postfach läuft heute ab.', 'iso-8859-1'],
      ['The password for your email account expires today.', 'utf-8'],
      ['В связи с переходом на новый сервер просим подтвердить свою учётную запись.', 'windows-1251'],
      // a "supplier portal" that takes the reader's existing Microsoft 365 login as single sign-on
      ['Please complete the supplier registration; your existing Microsoft 365 login can be used as single sign-on.', 'us-ascii'],
      // the work e-mail address as the sign-in of a "protected document" (the twenty-third held-out pair's manifest PDF)
      ['This document is protected. Open it in the secure viewer (sign in with your company e-mail).', 'us-ascii'],
      ['Para ver la nómina deberás iniciar sesión con tu cuenta de Microsoft corporativa.', 'iso-8859-15'],
      ['Bitte melden Sie sich dazu mit Ihrer Firmen-E-Mail-Adresse an.', 'iso-8859-1'],
      // the hacked hospital's tender documents (the twenty-seventh held-out pair)
      ['Zur Freigabe melden Sie sich bitte mit Ihrer geschäftlichen E-Mail-Adresse an.', 'iso-8859-15'],
      // the company's Microsoft 365 account as the sign-in of an "e-invoice inbox" (the twenty-fourth pair)
      ['Melden Sie sich mit Ihrem Microsoft 365 Firmenkonto an, eine separate Registrierung ist nicht erforderlich.', 'iso-8859-1'],
      ['Per visualizzare il documento accedi con la tua email aziendale.', 'iso-8859-15'],
      ['Aby otworzyć dokument, zaloguj się służbowym adresem e-mail.', 'iso-8859-2'],
      ['Чтобы открыть документ, войдите с вашей корпоративной почтой.', 'windows-1251'],
      ['Για να δείτε το έγγραφο συνδεθείτε με το εταιρικό σας email.', 'iso-8859-7'],
      // the "e-invoice portals" of the fifty-second and fifty-third pairs, the fiftieth's fake tender, the fifty-second's hijacked freelancer, the CQC lure
      ['Die Anmeldung erfolgt mit Ihrem bestehenden Microsoft-365-Geschäftskonto.', 'iso-8859-1'],
      ['Zur Anmeldung verwenden Sie bitte Ihr Microsoft-365-Geschäftskonto.', 'iso-8859-15'],
      ['Para acceder deberá identificarse con su cuenta de correo corporativa de Microsoft 365.', 'windows-1252'],
      ['Για λόγους ασφαλείας θα σου ζητήσει να συνδεθείς με το email της εταιρείας σου.', 'windows-1253'],
      ["You can sign in with your organisation's Microsoft account.", 'us-ascii'],
      ['Zur Anzeige bitte mit Ihrer geschäftlichen E-Mail-Adresse anmelden.', 'iso-8859-1'],
      // the mailbox's provider before the company account, the verb last (the hundred-and-ninth pair's hijacked structural engineer)
      ['Zum Öffnen bitte mit Ihrem Microsoft-365-Firmenkonto anmelden.', 'iso-8859-1'],
      // the company account before the mailbox (the sixty-first pair's "e-invoice registration")
      ['Die Anmeldung erfolgt bequem mit Ihrem bestehenden Unternehmenskonto (Microsoft 365 oder DATEV).', 'iso-8859-1'],
      // the noun, "previa identificación con su cuenta corporativa (Microsoft 365)" (the sixty-fifth pair's "Aena" tender)
      ['Los pliegos están disponibles previa identificación con su cuenta corporativa (Microsoft 365).', 'iso-8859-15'],
      // "la cuenta" (the sixty-third pair's "AEPD" on a look-alike seat)
      ['Para acceder, identifíquese con la cuenta corporativa del responsable del tratamiento.', 'windows-1252'],
      // the work address and its password named together (the ninety-ninth pair's hijacked crusher supplier, to a Sway)
      ['Bitte bestätigen Sie den Zugriff mit Ihrer geschäftlichen E-Mail-Adresse und Ihrem Kennwort.', 'iso-8859-1'],
      ['Confirm access with your work email and password.', 'us-ascii'],
      ['Confermi l\'accesso con la sua email aziendale e la password.', 'iso-8859-15'],
      ['Confirme el acceso con su correo corporativo y contraseña.', 'iso-8859-15'],
      ['Potwierdź dostęp służbowym adresem e-mail i hasłem.', 'iso-8859-2'],
      ['Подтвердите доступ рабочей почтой и паролем.', 'koi8-r'],
      ['Επιβεβαιώστε με το εταιρικό σας email και τον κωδικό.', 'iso-8859-7'],
      // the company after the password (the hundred-and-tenth pair's hijacked customs broker, a real Dropbox share)
      ['Για λόγους ασφαλείας θα σας ζητηθεί επιβεβαίωση με το email και τον κωδικό της εταιρείας σας πριν την προβολή.', 'iso-8859-7'],
    ];
    for (const [text, charset] of cases) {
      const decoded = iconv.decode(iconv.encode(text, charset), charset);
      assert.ok(credentialsAsked([{ where: '', text: decoded }]), `${charset}: ${text}`);
    }
    // a word of the Polish phrase needs its stroke: "hasło" and "haslo" both read
    assert.ok(credentialsAsked([{ where: '', text: 'Podaj haslo do skrzynki' }]));
  });

  it('a SharePoint share on a tenant named after neither us nor the sharer, with the sign-in asked (the seventy-seventh pair\'s hijacked supplier)', async () => {
    const share = (host: string) => `<p>Da die Dateien zu groß sind, habe ich sie über unseren SharePoint freigegeben: <a href="https://${host}/:b:/g/personal/s_maier/EWq3Lx0mT1ZH?e=Kf83Qp">Auftragsbestätigung</a></p><p>Bitte melden Sie sich mit Ihrem Microsoft-365-Konto an, damit die Freigabe greift.</p>`;
    assert.deepEqual(await run(html('Stefan Maier <s.maier@lieferant-gmbh.example>', share('netorgft17342981-my.sharepoint.com'), 'iso-8859-1')), [
      'MAILBOX_CREDENTIALS_LURE: asks for "melden sie sich mit ihrem microsoft-365-konto" and links to netorgft17342981-my.sharepoint.com; From s.maier@lieferant-gmbh.example',
    ]);
    // the sharer's own tenant, by its name, its name with more words, or ours
    for (const host of ['lieferantgmbh-my.sharepoint.com', 'lieferantgmbhhannover-my.sharepoint.com', 'examplegroup-my.sharepoint.com'])
      assert.deepEqual(await run(html('Stefan Maier <s.maier@lieferant-gmbh.example>', share(host), 'iso-8859-1')), [], host);
  });

  it('"you will be asked to confirm with your Microsoft 365 account" (the eightieth pair\'s "Dell partner portal")', async () => {
    assert.deepEqual((await run(html('Partner Program <partner@deal-review.example>', '<p>Sign in with your Partner Portal credentials. If your organisation uses single sign-on, you will be asked to confirm with your Microsoft 365 account.</p><a href="https://partner-portal.sso-review.example/login">Review</a>'))).map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE']);
  });

  it('a Sway page is anyone\'s, though on Microsoft\'s domain (the ninety-ninth pair\'s hijacked crusher supplier)', async () => {
    const body = '<p>Dokumente ansehen: <a href="https://sway.cloud.microsoft/f9KqX2tLmR7vYc3B?ref=Link">PDF, 2,4 MB</a></p><p>Bitte bestätigen Sie den Zugriff mit Ihrer geschäftlichen E-Mail-Adresse und Ihrem Kennwort.</p>';
    assert.deepEqual((await run(html('Rainer Kessler <r.kessler@kessler.example>', body, 'iso-8859-1'))).map((h) => h.split(':')[0]), ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE']);
    // Microsoft's own apps there are Microsoft's
    assert.deepEqual(await run(html('Rainer Kessler <r.kessler@kessler.example>', body.replace('sway.cloud.microsoft/f9KqX2tLmR7vYc3B', 'outlook.cloud.microsoft/mail'), 'iso-8859-1')), []);
  });

  it('not honest mail that asks for a password', async () => {
    const link = (href: string) => `<p>Please confirm your Microsoft 365 password.</p><a href="${href}">Sign in</a>`;
    // Microsoft's own notice links to Microsoft
    assert.deepEqual(await run(html('Microsoft <account-security-noreply@accountprotection.microsoft.com>', link('https://login.microsoftonline.com/common'))), []);
    // a provider asks its customers to sign in on its own site
    assert.deepEqual(await run(html('Acme Cloud <support@acme-cloud.example>', link('https://portal.acme-cloud.example/login'))), []);
    // our own IT (a forgery of it is the spoofing check's)
    assert.deepEqual(await run(html('IT-Service <it@example.com>', link('https://owa.partner.example/'))), []);
    // a SaaS password reset names no mailbox
    assert.deepEqual(await run(html('Shop <noreply@shop.example>', '<p>Reset your password for your shop account.</p><a href="https://links.mailer.example/x">Reset</a>')), []);
    // the phrase without a link elsewhere
    assert.deepEqual(await run(html('HR <hr@payroll.example>', '<p>Never share your Microsoft 365 password with anyone.</p>')), []);
  });
});

describe('payroll bank details asked for on a page anyone makes for free', () => {
  it('"HR Department (via Google Forms)": the payroll IBAN confirmed in a Google Form, in the offices\' languages', async () => {
    const form = 'https://docs.google.com/forms/d/e/1FAIpQLSbAybl/viewform?usp=mail_form_link';
    assert.deepEqual(await run(html('"Τμήμα Ανθρώπινου Δυναμικού (μέσω Φορμών Google)" <forms-receipts-noreply@google.com>',
      `<p>Λόγω της μετάβασης στο νέο σύστημα μισθοδοσίας επιβεβαιώστε ΑΦΜ και IBAN μισθοδοσίας.</p><a href="${form}">ΣΥΜΠΛΗΡΩΣΗ ΦΟΡΜΑΣ</a>`, 'iso-8859-7')), [
      `PAYROLL_DETAILS_FREE_FORM: speaks of the "μισθοδοσιας" and "iban" and links to ${form}, a page anyone makes for free`,
    ]);
    for (const [body, charset] of [
      ['Please confirm the bank account for your salary before 1 January.', 'us-ascii'],
      ['Bitte bestätigen Sie Ihre Bankverbindung für die Gehaltsabrechnung.', 'iso-8859-1'],
      ['Confirme sus datos bancarios para la nómina de diciembre.', 'iso-8859-1'],
      ['Conferma le coordinate bancarie per lo stipendio di dicembre.', 'iso-8859-15'],
      ['Prosimy o potwierdzenie numeru konta do wypłaty wynagrodzenia.', 'iso-8859-2'],
      ['Подтвердите реквизиты для перечисления зарплаты.', 'koi8-r'],
    ] as const) {
      const hits = await run(html('HR <hr@payroll-update.example>', `<p>${body}</p><a href="https://forms.office.com/r/Ab12Cd">Form</a>`, charset));
      assert.deepEqual(hits.map((h) => h.split(':')[0]), ['PAYROLL_DETAILS_FREE_FORM'], body);
    }
  });

  it('or replies going to a free-mail account that is not the sender\'s own: an e-signature envelope "sent" by a free-mail HR (the forty-second held-out pair)', async () => {
    const envelope = (replyTo: string, body: string, charset = 'utf-8'): Buffer => Buffer.from(html('RRHH Nóminas via Adobe Acrobat Sign <adobesign@adobesign.example>',
      `<p>${body}</p><a href="https://secure.eu1.adobesign.example/public/apiesign?pid=CBF">Revisar y firmar</a>`, charset).toString('latin1').replace('\r\nTo: ', `\r\nReply-To: ${replyTo}\r\nTo: `), 'latin1');
    assert.deepEqual(await run(envelope('RRHH Nóminas <rrhh.nominas@outlook.com>', 'Es necesario confirmar sus datos personales y bancarios antes del 18/12 para que se apliquen en la nómina de diciembre.', 'iso-8859-1')), [
      'PAYROLL_DETAILS_FREE_FORM: speaks of the "nomina" and "datos personales y bancarios" from adobesign@adobesign.example, and replies go to rrhh.nominas@outlook.com, a free-mail account',
    ]);
    assert.equal((await run(envelope('HR <hr.payroll@gmail.com>', 'Conferma i tuoi dati anagrafici e bancari per lo stipendio di dicembre.', 'iso-8859-15'))).length, 1);
    // replies to the company's own domain, or a free-mail sender answering at its own address, are not this
    assert.deepEqual(await run(envelope('HR <hr@provider.example>', 'Confirme sus datos bancarios para la nómina.')), []);
    assert.deepEqual(await run(html('Marta <marta.private@gmail.com>', '<p>Confirme sus datos bancarios para la nómina.</p>')), []);
  });

  it('not a payroll notice that links to the payroll system, nor a Google Form about something else', async () => {
    assert.deepEqual(await run(html('Payroll <payroll@provider.example>', '<p>Your December payslip is ready. Bank details can be changed in the portal.</p><a href="https://portal.provider.example/">Portal</a>')), []);
    assert.deepEqual(await run(html('Events <events@partner.example>', '<p>Register for the Christmas party (IBAN for the ticket refund optional).</p><a href="https://docs.google.com/forms/d/e/x/viewform">Register</a>')), []);
  });
});


describe('a one-time code and a form anyone makes (BANKING_CODE_FREE_FORM)', () => {
  const form = 'https://docs.google.com/forms/d/e/1FAIpQLSmTE8ZfTZtl/viewform';
  it('a "bank" collecting sign-in names and codes in a Google Form, in the offices\' languages (the hundred-and-sixteenth pair\'s "Piraeus Business")', async () => {
    for (const [text, charset] of [
      ['Απαιτούμενα: επωνυμία, ΑΦΜ, όνομα χρήστη winbank, κωδικός μίας χρήσης (OTP).', 'iso-8859-7'],
      ['Bitte tragen Sie Ihren Anmeldenamen und die SMS-TAN ein.', 'iso-8859-1'],
      ['Enter your user ID and the one-time passcode we sent you.', 'us-ascii'],
      ['Введите логин и одноразовый код из СМС.', 'koi8-r'],
    ] as const) {
      assert.deepEqual((await run(html('Bank (via Google Forms) <forms-receipts-noreply@google.example>', `<p>${text}</p><p><a href="${form}">Fill in</a></p>`, charset))).map((l) => l.split(':')[0]), ['BANKING_CODE_FREE_FORM'], text);
    }
  });
  it('not the bank\'s warning never to give the code, nor a code with no free form', async () => {
    assert.deepEqual(await run(html('Bank <news@bank.example>', `<p>Never share your one-time code with anyone. Tell us what you think: <a href="${form}">survey</a></p>`)), []);
    assert.deepEqual(await run(html('Bank <news@bank.example>', '<p>Enter the one-time code on <a href="https://online.bank.example/login">our site</a>.</p>')), []);
  });
});

describe('a sharing or e-signature service\'s notification for a department on free mail (SHARE_DEPARTMENT_FREE_MAIL)', () => {
  const notice = (from: string, replyTo: string | null, body = '<p>Ha condiviso un file con te: Ordine_PO-2026-771.pdf</p><p><a href="https://www.dropbox.com/scl/fi/abc/Ordine.pdf?dl=0">Apri</a></p>'): Buffer =>
    Buffer.concat([Buffer.from(`From: ${from}\r\n${replyTo ? `Reply-To: ${replyTo}\r\n` : ''}To: carol@example.com\r\nSubject: Condivisione\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`), Buffer.from(body), Buffer.from('\r\n')]);
  it('a supplier\'s accounts office on Gmail sharing through Dropbox, a purchasing department on Outlook through Docusign, a Greek procurement office', async () => {
    assert.deepEqual(await run(notice('"Valvole Brambilla Amministrazione (tramite Dropbox)" <no-reply@dropbox.com>', 'Valvole Brambilla Amministrazione <brambilla.amministrazione@gmail.com>')), [
      'SHARE_DEPARTMENT_FREE_MAIL: dropbox.com\'s notification for "Valvole Brambilla Amministrazione", whose address brambilla.amministrazione@gmail.com is on free mail',
    ]);
    assert.deepEqual((await run(notice('NRE Einkauf über Adobe Acrobat Sign <adobesign@adobesign.com>', '<nre.einkauf@outlook.de>'))).map((h) => h.split(':')[0]), ['SHARE_DEPARTMENT_FREE_MAIL'],
      'the department in the From name before "über"');
    assert.deepEqual((await run(notice('Aegean Blue Resort – Τμήμα Προμηθειών (μέσω Google Drive) <drive-shares-dm-noreply@google.com>', 'Aegean Blue Resort – Τμήμα Προμηθειών <aegeanblue.procurement@gmail.com>'))).map((h) => h.split(':')[0]), ['SHARE_DEPARTMENT_FREE_MAIL']);
    // a buyer's tenders office and a provider's customer service on Google Forms (the hundred-and-twenty-third and -fourth pairs)
    assert.deepEqual((await run(notice('"Licitaciones Autoridad Portuaria (a través de Formularios de Google)" <forms-receipts-noreply@google.com>', 'Licitaciones APV <licitaciones.apv.valencia@gmail.com>'))).map((h) => h.split(':')[0]), ['SHARE_DEPARTMENT_FREE_MAIL']);
    assert.deepEqual((await run(notice('"Servizio Clienti Legalmail (tramite Moduli Google)" <forms-receipts-noreply@google.com>', '<rinnovi.pec.legalmail@gmail.com>'))).map((h) => h.split(':')[0]), ['SHARE_DEPARTMENT_FREE_MAIL'],
      'the department in the From name before "tramite"');
    // a port's contracting office asking to sign an NDA before the tender's papers (the hundred-and-twenty-seventh pair)
    assert.deepEqual((await run(notice('"Puerto de Sagunto - Contratación (a través de Adobe Acrobat Sign)" <adobesign@adobesign.com>', '<contratacion.puertosagunto@gmail.com>'))).map((h) => h.split(':')[0]), ['SHARE_DEPARTMENT_FREE_MAIL']);
    // or the address is the firm's department, its name run together (the hundred-and-twenty-sixth pair's supplier "homologation" form)
    assert.deepEqual(await run(notice('"Eólica del Moncayo (vía Formularios de Google)" <forms-receipts-noreply@google.com>', '<compras.eolicamoncayo@gmail.com>')), [
      'SHARE_DEPARTMENT_FREE_MAIL: google.com\'s notification for "Eólica del Moncayo", whose department\'s address compras.eolicamoncayo@gmail.com is on free mail',
    ]);
    assert.deepEqual((await run(notice('Valvole Brambilla (tramite Dropbox) <no-reply@dropbox.com>', '<brambilla.amministrazione@gmail.com>'))).map((h) => h.split(':')[0]), ['SHARE_DEPARTMENT_FREE_MAIL']);
  });
  it('not a person sharing from private mail, a department at its company\'s own domain, or free mail that is no service\'s notification', async () => {
    assert.deepEqual(await run(notice('Γιώργος Αντωνίου (μέσω Google Drive) <drive-shares-dm-noreply@google.com>', 'Γιώργος Αντωνίου <g.antoniou@otenet.gr>')), []);
    // a person's own address, and a department's word beside another firm's name than the one shown
    assert.deepEqual(await run(notice('"Javier Romero (vía Formularios de Google)" <forms-receipts-noreply@google.com>', '<javier.romero@gmail.com>')), []);
    assert.deepEqual(await run(notice('"Eólica del Moncayo (vía Formularios de Google)" <forms-receipts-noreply@google.com>', '<compras.talleresgil@gmail.com>')), []);
    assert.deepEqual(await run(notice('Harinera del Turia Administración via Docusign <dse@eumail.docusign.net>', 'Administración <administracion@harineradelturia.es>')), []);
    assert.deepEqual(await run(notice('Amministrazione Brambilla <brambilla.amministrazione@gmail.com>', null)), []);
  });
});

describe('the reader\'s mailbox said to be full, with a link elsewhere (MAILBOX_QUOTA_LURE)', () => {
  it('a Google Form "verifying" the Italian mailbox (the hundred-and-eighteenth pair), in the offices\' languages and charsets', async () => {
    assert.deepEqual(await run(html('"Amministratore di sistema (tramite Moduli Google)" <forms-receipts-noreply@google.com>', '<p>Gentile utente, la tua casella di posta ha raggiunto il 98% dello spazio disponibile. Verifica il tuo account entro 24 ore.</p><a href="https://docs.google.com/forms/d/e/1FAIpQLSd/viewform">COMPILA MODULO</a>')), [
      'MAILBOX_QUOTA_LURE: says "la tua casella di posta ha raggiunto" and links to docs.google.com',
    ]);
    for (const [body, charset] of [
      ['Your mailbox is almost full. Increase your storage here.', 'us-ascii'], ['Ihr Postfach ist fast voll. Speicher jetzt erweitern.', 'iso-8859-1'],
      ['Su buzón está casi lleno. Amplíe su espacio aquí.', 'iso-8859-15'], ['Twoja skrzynka pocztowa jest prawie pełna.', 'iso-8859-2'],
      ['Ваш почтовый ящик переполнен.', 'koi8-r'], ['Το γραμματοκιβώτιό σας είναι σχεδόν γεμάτο.', 'iso-8859-7'],
      // the address between, the share reached (the hundred-and-thirty-sixth pair's OWA "quota")
      ['Το γραμματοκιβώτιό σας nikos@example.com έχει φτάσει το 98% του επιτρεπόμενου ορίου.', 'iso-8859-7'], ['Your mailbox nikos@example.com has reached 98% of its storage limit.', 'us-ascii'],
      // over the limit, and the reader's address named (the hundred-and-thirtieth and -thirty-third pairs' Google Forms)
      ['La tua casella di posta aziendale ha superato il limite di archiviazione.', 'iso-8859-15'], ['Su buzón lucia.fernandez@example.com ha alcanzado el 98% de su capacidad.', 'iso-8859-15'],
      ['Your mailbox has exceeded its storage limit.', 'us-ascii'], ['Ваш почтовый ящик превысил лимит.', 'koi8-r'],
    ] as const) {
      assert.deepEqual((await run(html('Mail Admin <admin@mail-storage-center.example>', `<p>${body}</p><a href="https://quota-upgrade.web-app.example/login">OK</a>`, charset))).map((h) => h.split(':')[0]), ['MAILBOX_QUOTA_LURE'], body);
    }
    // a provider's notice that links to its own site (the sender's organisation) is its own customer service
    assert.deepEqual(await run(html('Mail Admin <admin@mail-storage-center.example>', '<p>Your mailbox is almost full.</p><a href="https://mail-storage-center.example/upgrade">Upgrade</a>')), []);
  });
  it('not Microsoft\'s own notice, a bounce of mail to someone else\'s full mailbox, or a notice without a link', async () => {
    assert.deepEqual(await run(html('Microsoft Outlook <no-reply@microsoft.com>', '<p>Your mailbox is almost full.</p><a href="https://outlook.office.com/mail/options">Manage storage</a>')), []);
    assert.deepEqual(await run(html('Mail Delivery Subsystem <mailer-daemon@googlemail.com>', '<p>The email account that you tried to reach is over quota.</p><a href="https://support.google.com/mail/?p=OverQuotaTemp">Learn more</a>')), []);
    assert.deepEqual(await run(html('Mail Admin <admin@mail-storage-center.example>', '<p>Your mailbox is almost full. Please delete old messages.</p>')), []);
  });
});

