// Mail that asks for the company mailbox's password on someone else's site (inbound). "HR: your
// October payslip was adjusted; sign in with your corporate Microsoft 365 credentials" from an
// outside domain, a link to an Azure web app. Brand impersonation needs a brand in the display
// name; this lure signs as HR, IT, the administrator or the payroll office and names the brand
// only in the text.
//  - MAILBOX_CREDENTIALS_LURE: the text (or an attached document's) asks for the credentials of
//    the reader's mailbox or work account in one of the offices' languages ("your Microsoft 365
//    credentials", "Ihre Outlook-Zugangsdaten", "sus credenciales de Microsoft 365", "le sue
//    credenziali di posta", "hasło do poczty", "пароль от почты", "τους κωδικούς του email"), and
//    the mail links to a site that is neither Microsoft's, nor ours, nor the sender's own
//    organisation's. The company's own IT writes from our domains; Microsoft's notices link to
//    Microsoft; a provider that asks its customers to sign in links to its own site. A SharePoint
//    share on a tenant named after neither us nor the sharer counts as someone else's site: the
//    hijacked supplier "sharing" from "netorgft17342981-my.sharepoint.com" (foreignTenantShare).
//  - CREDENTIALS_FREE_PAGE: besides, a link leads to a page anyone makes for free (`links.freeHosts`:
//    a Canva design, a Google Form, an azurewebsites.net app, a Microsoft Form, which counts as
//    someone else's site though it is on Microsoft's domain): nobody's sign-in lives there, and the
//    payroll lure "signed" by HR from a hacked doctor's office links to a Canva page.
//  - CREDENTIALS_PERSONAL_PAGE: besides, the link to that site carries the reader's own address (as
//    written, URL-encoded or in base64): the phishing kit fills it in so that only the password is
//    asked for ("lieferant-gmbh.docs-freigabe.com/s/RE-2026-19044?e=markus.goebel%40example.com", the
//    fifty-sixth pair's hijacked supplier). A provider's sign-in on its own site is no lure at all;
//    a free host or a bare IP address with the address is the links check's LINK_PERSONAL_PAGE.
//    Also beside SHARE_NOTICE_ELSEWHERE: the "shared file" behind a link with the reader's address
//    in base64 ("teleimpianti-lombardi.share-docs365.com/:b:/s/…?e=ZWxlbmEu…", the sixtieth pair's).
//  - PAYROLL_DETAILS_FREE_FORM: the text speaks of the salary or payroll and of bank details (IBAN,
//    "Bankverbindung", "coordinate bancarie", "datos bancarios", "реквизиты", "τραπεζικός
//    λογαριασμός"), and a link leads to a page anyone makes for free: "HR Department (via Google
//    Forms)" asking every employee to confirm the payroll IBAN before the new system starts. A
//    payroll office keeps bank details in the payroll system, never in someone's Google Form. Or,
//    instead of the link, replies go to a free-mail account that is not the sender's own: an
//    e-signature service's real envelope "sent" by "RRHH Nóminas (rrhh.nominas@outlook.com)",
//    asking every employee to confirm "sus datos personales y bancarios" before the December payroll.
//  - BANKING_CODE_FREE_FORM: the text names a one-time code (an OTP, an SMS TAN, "κωδικός μίας
//    χρήσης", "одноразовый код"), not in a warning against giving it, and a link leads to a page
//    anyone makes for free: a "bank" collecting sign-in names and codes in a Google Form.
//  - SHARE_NOTICE_ELSEWHERE: the text says a file was shared with the reader ("Tomasz Wiśniewski
//    udostępnił Ci plik", "has shared a document with you", "hat eine Datei für Sie freigegeben"),
//    yet the mail is not authenticated for a file-sharing service (`shareServices`: SharePoint and
//    OneDrive, Google Drive, Dropbox, Box, WeTransfer…) and none of its links leads to one, to the
//    sender's own site (a partner's Nextcloud) or to ours: the sharing notification's layout copied
//    around a link to the phisher's page. A real share is opened where it was shared. Also the
//    file said to be too large to attach ("Il file è troppo grande per l'invio in allegato, potete
//    scaricarlo qui"), which is what the link then stands for.
//  - SHARE_FREE_PAGE: besides, a link leads to a page anyone makes for free (`links.freeHosts`: a
//    webflow.io or Canva page), where no file-sharing service keeps a file.
//  - SHARE_ONENOTE: a link to a OneNote notebook shared from SharePoint or OneDrive (a sharing link of
//    type ":o:", "…-my.sharepoint.com/:o:/g/personal/…", or OneDrive's "1drv.ms/o/…"), on a tenant
//    not named after ours, in mail from outside: the hop of 2024–2026's thread hijacks from
//    compromised partner tenants. The notebook holds nothing but a "View document" button to the
//    phishing page, and the share itself is Microsoft's, so no link, domain or attachment looks
//    wrong. Partners share documents, sheets and PDFs; a notebook shared outside the company is
//    rare. Full weight when the notebook is presented as a payment document (remittance advice,
//    invoice, "Zahlungsavis", "fattura", "przelew", "счёт", "τιμολόγιο") or under a file name of
//    another type ("Rooming_List_Apr2026.xlsx" opening a notebook), or shared by a partner from the
//    OneDrive of someone at another organisation (the path names its owner); three fifths otherwise.
//  - SHARE_GOOGLE_DRAWING: a link to a Google Drawing (docs.google.com/drawings/…): the same canvas
//    for a single button, shared from any Google account and delivered by Google itself ("Τμήμα
//    Πληρωμών (μέσω Google Drive)" sharing "Αποδεικτικό πληρωμής 27.11.2026.pdf", which opens a
//    drawing). Full weight when presented as a payment document or a file of another type; three
//    fifths otherwise. Partners share documents and sheets, not drawings.
//  - SHARE_DESIGN_AS_DOCUMENT: a link to a Canva design (canva.com/design/…, also in Canva's own
//    sharing notice) presented as a document no one makes in a design tool: a payment document, a
//    file of another type ("Endabrechnung_Dezember_2026.pdf" that opens a design: a venue's hijacked
//    mailbox), or a request for quotation or a tender ("RdO C-2219 - Noleggio gru", "richiesta di
//    offerta" shared by "Cantiere Navale Adriatico"), a contract, an order by its number or as a
//    proposal ("ORDINE 4417", "Proposta ordini 2027"), or court papers ("Atto di citazione"), which
//    courts and lawyers serve by certified mail. The design holds a "download
//    documents" button to the sign-in page. Not when a document is attached beside it: an agency
//    sends its invoice with the artwork's link.
//  - SHARE_PAYMENT_DOCUMENT: the Subject names a payment document (a remittance advice, an invoice,
//    a payment order: "Pennine Foodservice - Remittance Advice 13.11.2026.pdf", "ΕΞΟΦΛΗΣΗ
//    ΤΙΜΟΛΟΓΙΩΝ", "Korekta faktury") and the mail links to a file or folder shared on a file-sharing
//    service (a SharePoint or OneDrive tenant not ours, Google Drive or Docs, Dropbox, WeTransfer,
//    Box, MEGA, Yandex Disk…), with no document attached: a hijacked partner tenant's genuine share,
//    whose page holds the button to the phishing page. Payers send remittance advices and suppliers
//    invoices as attachments or through their invoicing portal. Not on top of a notebook, drawing or
//    design already presented as the payment document.
//  - SHARE_DEPARTMENT_FREE_MAIL: a file-sharing, e-signature or form service's notification sent
//    for a department (its word in the display name: "Administración", "Einkauf", "Accounts
//    Payable", "RRHH", "Dpto. Jurídico", "Τμήμα Προμηθειών") whose own address, the Reply-To, is on
//    free mail: "Valvole Brambilla Amministrazione (tramite Dropbox)" replying to a Gmail account.
//    A company's departments send envelopes and shares from the company's account.
//  - MAILBOX_QUOTA_LURE: the text says the reader's own mailbox is (almost) full or over its quota
//    ("your mailbox is almost full", "la tua casella di posta ha raggiunto il 98%", "Ihr Postfach
//    ist fast voll", "ваш почтовый ящик переполнен"), and a link leads to a site that is neither
//    Microsoft's, nor ours, nor the sender's organisation's (a Google Form "verifying" the account).
//    The mail system that keeps the mailbox warns from our own domains; a bounce speaks of someone
//    else's mailbox and is a delivery report.
//  - SIGN_PAYMENT_NOTICE: an e-signature service's envelope (`signServices`: DocuSign, Adobe Acrobat
//    Sign, Dropbox Sign…) for a notice of payment (a remittance advice, "Zahlungsavis", "avviso di
//    pagamento", "justificante de pago", "potwierdzenie przelewu", "платёжное поручение",
//    "αποδεικτικό πληρωμής"): a document that informs, never one to sign. Or for the sender's
//    change of bank ("As part of our move to a new banking partner, please review and sign the
//    supplier bank details confirmation", as the bank-details check reads a change).
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { DENIAL, comparableText, firstPhrase, phraseMatches, phrasePattern } from '../../content/phrases.ts';
import { readableHost } from '../../content/scripts.ts';
import { linkSites, type LinkSite } from '../../content/short-links.ts';
import { addressParts, inDomains, orgDomain, viaServiceAt } from '../../mail/address.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { Check, Hit, ParsedMessage } from '../types.ts';
import { carriesAddress, sharePointShare, siteName } from '../../content/links.ts';
import { isSharedFileLink } from '../../content/downloads.ts';
import { PAYMENT_DOCUMENT } from '../../content/payment-documents.ts';
import { isOfficeDocument } from '../../content/ooxml.ts';
import { isOpenDocument } from '../../content/office-text.ts';
import { isPdf } from '../../content/pdf.ts';
import { defaultBrandDomains } from './brand-impersonation.ts';
import { isAuthenticatedFor, isFreeMail, knownSenderOptionsSchema, related } from './known-sender.ts';
import { isFreePage, linksOptionsSchema, personalPageCounted, shownUrl } from './links.ts';
import { SALARY } from './payroll-diversion.ts';
import { changeSaid } from './bank-details.ts';
import { departmentAddressNamed, namesDepartment, tenantLabelNamedAfter } from './spoofing.ts';

/** the words every BANK_DETAILS phrase has one of */
const BANK_WORDS = /iban|bank|konto|cuenta|conto|coordinate|datos|dati|dane|numer|rachun|реквизит|банковск|номер|τραπεζ/;
/** bank details, in the offices' languages (as comparableText reads: no accents, small letters; ł stays) */
const BANK_DETAILS = phrasePattern([
  String.raw`iban(?![\p{L}])`, String.raw`bank (?:details|account|information)`, String.raw`(?:bankverbindung|kontodaten|bankdaten|kontonummer|kontoverbindung)`,
  String.raw`(?:datos (?:personales y |fiscales y )?bancarios|cuenta bancaria|numero de cuenta)`, String.raw`(?:coordinate bancarie|dati (?:personali e |anagrafici e )?bancari|conto corrente)`,
  String.raw`(?:dane (?:osobowe i )?bankowe|numer\p{L}* (?:konta|rachunku)|rachun\p{L}* bankow\p{L}*|kont\p{L}* bankow\p{L}*)`,
  String.raw`(?:реквизит\p{L}*|банковск\p{L}* (?:сч\p{L}*|карт\p{L}*|данн\p{L}*)|номер\p{L}* (?:счета|карты))`,
  String.raw`τραπεζικ\p{L}* (?:λογαριασμ\p{L}*|στοιχει\p{L}*)`,
]);

/** the mailbox or work account whose password is asked for (written as comparableText reads: no accents, small letters) */
const MAILBOX = String.raw`(?:microsoft 365|microsoft|office 365|o365|outlook|webmail|e-?mail|mailbox|sharepoint|onedrive|windows)`;

/** "your Microsoft 365 credentials" in the offices' languages (й reads и, ł stays) */
const CREDENTIALS_ASKED = phrasePattern([
  // the work address "confirmed" to open a document ("η πρόσβαση στα έγγραφα γίνεται με επιβεβαίωση του εταιρικού σας email": the
  // sixty-ninth pair's hotel tender on Adobe Express from Gmail): the page asks for the address and then its password
  String.raw`(?:verify|confirm|validate|verifying|confirming) your (?:corporate|business|work|company) e-?mail`,
  String.raw`(?:bestatigung|bestatigen sie|verifizierung|verifizieren sie) (?:\p{L}+ ){0,2}(?:ihre[rns]?|ihrer) (?:firmen|geschaftlichen?|dienstlichen?|beruflichen?)[- ]?e-?mail`,
  String.raw`(?:verifique|verifica|confirme|confirma|verificacion|confirmacion|verificando|confirmando) (?:de )?(?:su|tu) (?:correo|email|e-mail)(?: electronico)? (?:corporativo|de (?:la )?empresa|de trabajo|profesional)`,
  String.raw`(?:verifica|conferma|confermi|verifichi|verificando|confermando) (?:la sua|la tua|della sua|della tua|la vostra|della vostra) (?:e-?mail|mail|casella) (?:aziendale|di lavoro)`,
  String.raw`(?:potwierdz\p{L}*|weryfikacj\p{L}*|zweryfikuj\p{L}*) (?:\p{L}+ ){0,2}(?:sluzbow|firmow)\p{L}* (?:adres\p{L}* )?(?:e-?mail\p{L}*|poczt\p{L}*|skrzynk\p{L}*)`,
  String.raw`(?:подтвердите|подтверждени\p{L}*|верифицируите|верификаци\p{L}*) (?:\p{L}+ ){0,2}(?:рабоч|корпоративн)\p{L}* (?:почт\p{L}*|e-?mail|адрес\p{L}*|ящик\p{L}*)`,
  String.raw`(?:επιβεβαιωση|επιβεβαιωστε|επαληθευση|επαληθευστε) (?:του |την |το )?(?:εταιρικου|εταιρικο) (?:σας )?(?:email|e-mail|mail|ηλεκτρονικου ταχυδρομειου)`,
  // English
  String.raw`(?:your|the) (?:existing |current |usual )?(?:${MAILBOX}|corporate|company|work|network|domain) (?:account )?(?:credentials|password|login(?: details)?|sign-in(?: details)?)`,
  String.raw`(?:sign|log)[ -]?in with your (?:corporate |company |work )?(?:${MAILBOX} )?(?:credentials|password)`,
  String.raw`password (?:for|of|to) your (?:${MAILBOX}|email account|mail account|work account)`,
  // the account named with the company's name before it: "Sign in with your Example Group Microsoft 365 account (SSO)", and
  // "logowanie kontem służbowym Microsoft 365" (the seventeenth held-out pair's calendar invitation and HR link)
  String.raw`(?:sign|log)[ -]?in (?:with|using) your (?:[\p{L}'’]+ ){0,3}${MAILBOX}(?: 365)? account`,
  // the account to be verified again with the mailbox's provider ("Re-verify with Microsoft", "Your organisation signs in with
  // Microsoft single sign-on. Re-verify now": the ninetieth pair's rodent-monitoring "TrapSense Cloud"); a service's own sign-in
  // button ("Sign in with Microsoft") verifies nothing again
  String.raw`re-?(?:verify|authenticate|confirm|validate) (?:your (?:identity|account|access) )?(?:with|via|using|through) ${MAILBOX}(?: 365)?`,
  String.raw`(?:organisation|organization|company|account|team) (?:signs|logs) in (?:with|using|via) ${MAILBOX}(?: 365)? (?:single sign-on|sso)`,
  String.raw`erneut (?:mit|uber) (?:ihrem )?${MAILBOX}(?:[- ]365)?(?:[- ]konto)? (?:verifizieren|bestatigen|authentifizieren)`,
  // "you will be asked to confirm with your Microsoft 365 account" (the eightieth pair's "Dell partner portal")
  String.raw`(?:confirm|verify|authenticate|authorise|authorize) (?:it |this )?(?:with|using) your (?:[\p{L}'’]+ ){0,3}${MAILBOX}(?: 365)? account`,
  String.raw`(?:inicie sesion|inicia sesion|acceda|accede) con su cuenta (?:\p{L}+ ){0,3}${MAILBOX}`,
  // with "tu" and the work mail as the account: "te pedirá que inicies sesión con tu correo de empresa" (the sixty-eighth pair's hijacked dealer, to a Google Sites page)
  String.raw`(?:inicies|inicie|inicia|iniciar|inicien) sesion con (?:tu|su|vuestro) (?:cuenta de )?(?:correo|email|e-mail|cuenta)(?: electronico)? (?:de (?:la )?empresa|corporativ[oa]|del trabajo|de trabajo|profesional)`, String.raw`(?:accedi|acceda|accedere) con (?:il tuo |il suo |l['’])account (?:\p{L}+ ){0,3}${MAILBOX}`,
  String.raw`(?:zaloguj\p{L}*|zalogowa\p{L}*|logowani\p{L}*) (?:sie )?(?:\p{L}+ ){0,2}kontem (?:\p{L}+ ){0,2}${MAILBOX}`,
  // also "melden Sie sich dort mit Ihrem Microsoft-365-Konto an" (the sixty-eighth pair's hijacked Lieferant, to a pages.dev "portal")
  String.raw`(?:melden sie sich|anmeldung)(?: dort| hier| bitte| dazu| direkt| einfach){0,2} mit (?:ihrem|deinem) (?:\p{L}+ ){0,3}${MAILBOX}[- ]?(?:365[- ]?)?(?:firmen|unternehmens|arbeits|dienst|geschafts)?(?:konto|account)`,
  // "Die Anmeldung erfolgt mit Ihrem bestehenden Microsoft-365-Geschäftskonto", "Zur Anmeldung verwenden Sie bitte Ihr
  // Microsoft-365-Geschäftskonto" (the fifty-second and fifty-third pairs' "e-invoice portals")
  String.raw`(?:anmeldung|login) (?:erfolgt )?(?:\p{L}+ ){0,3}mit (?:ihrem|deinem) (?:\p{L}+ ){0,3}${MAILBOX}[- ]?(?:365[- ]?)?(?:firmen|unternehmens|arbeits|dienst|geschafts)?(?:konto|account)`,
  // the company account named before the mailbox: "Die Anmeldung erfolgt bequem mit Ihrem bestehenden Unternehmenskonto (Microsoft 365
  // oder DATEV)" (the sixty-first pair's "Zentrale Registrierungsstelle E-Rechnung" through SendGrid)
  String.raw`(?:anmeldung|login) (?:erfolgt )?(?:\p{L}+ ){0,2}mit (?:ihrem|deinem) (?:\p{L}+ ){0,2}(?:unternehmens|firmen|geschafts|dienst|arbeits)konto \(?${MAILBOX}`,
  // the work address and its password, named together ("Bitte bestätigen Sie den Zugriff mit Ihrer geschäftlichen E-Mail-Adresse und
  // Ihrem Kennwort": the ninety-ninth pair's hijacked crusher supplier, to a Sway page); a shop's "your e-mail and password" is no work mailbox's
  String.raw`(?:geschaftlich|dienstlich|beruflich|firmen)\p{L}*[- ]?(?:e-?mail-adresse|e-?mail|adresse) und (?:ihr|ihrem|dein|deinem|das|dem) (?:\p{L}+ )?(?:kennwort|passwort)`,
  String.raw`(?:work|business|company|corporate|office) (?:e-?mail(?: address)?|account) and (?:your |its |the )?(?:\p{L}+ )?password`,
  String.raw`(?:e-?mail|indirizzo e-?mail|casella|account) (?:aziendale|di lavoro) e (?:la )?(?:relativa |sua |tua )?password`,
  String.raw`(?:correo|e-?mail|cuenta)(?: electronico)? (?:corporativ[oa]|de (?:la )?empresa|de trabajo) y (?:su |tu |la )?contrasena`,
  String.raw`(?:s[lł]uzbow|firmow)\p{L}* (?:adres\p{L}* )?(?:e-?mail\p{L}*|poczt\p{L}*|kont\p{L}*) i has[lł]\p{L}*`,
  String.raw`(?:рабоч|корпоративн)\p{L}* (?:почт\p{L}*|e-?mail|адрес\p{L}*|учетн\p{L}* запис\p{L}*) и парол\p{L}*`,
  String.raw`(?:εταιρικ|επαγγελματικ)\p{L}* (?:σας |σου )?(?:email|e-mail|λογαριασμ\p{L}*) (?:σας |σου )?και (?:τον |το )?κωδικ\p{L}*`,
  // the company after the password ("θα σας ζητηθεί επιβεβαίωση με το email και τον κωδικό της εταιρείας σας": the hundred-and-tenth
  // pair's hijacked customs broker, a real Dropbox share)
  String.raw`(?:email|e-mail|λογαριασμο) και (?:τον |το )?κωδικ\p{L}* (?:προσβασης )?(?:της|του) (?:εταιρειας|δουλειας|γραφειου) (?:σας|σου)`,
  // the verb last: "Zur Anzeige bitte mit Ihrer geschäftlichen E-Mail-Adresse anmelden" (the fifty-fourth pair's hijacked supplier, to an r2.dev page)
  String.raw`mit (?:ihrer|ihrem|deiner|deinem) (?:geschaftlichen|dienstlichen|beruflichen|firmen-?) ?(?:e-?mail-adresse|e-?mail|adresse|konto|zugangsdaten) (?:\p{L}+ ){0,1}anmelden`,
  // or the mailbox's provider named ("Zum Öffnen bitte mit Ihrem Microsoft-365-Firmenkonto anmelden": the hundred-and-ninth pair's hijacked
  // structural engineer, to a webflow.io "project room")
  String.raw`mit (?:ihrem|deinem) ${MAILBOX}[- ]?(?:365[- ]?)?(?:firmen|unternehmens|arbeits|dienst|geschafts)?(?:konto|account) (?:\p{L}+ ){0,1}anmelden`,
  String.raw`(?:zur|fur die) anmeldung (?:verwenden|nutzen|benutzen) sie (?:bitte )?(?:ihr|ihren|ihre|dein|deinen) (?:\p{L}+ ){0,3}${MAILBOX}[- ]?(?:365[- ]?)?(?:firmen|unternehmens|arbeits|dienst|geschafts)?(?:konto|account|zugangsdaten)`,
  // or the work e-mail address itself as the sign-in, in a "protected document" ("sign in with your company e-mail",
  // the twenty-third held-out pair's manifest PDF behind a SharePoint look-alike)
  String.raw`(?:sign|log)[ -]?in (?:with|using) your (?:company|work|corporate|business|office) (?:e-?mail|email address|account)`,
  String.raw`(?:iniciar|inicie|inicia) sesion con (?:su|tu) (?:cuenta|correo) (?:de microsoft |microsoft )?(?:corporativ[ao]|de (?:la )?empresa|de trabajo)`,
  // "Para acceder deberá identificarse con su cuenta de correo corporativa de Microsoft 365" (the fiftieth pair's fake tender)
  String.raw`(?:identificarse|identifiquese|identificate|identificacion|acceder|acceda|accede) con (?:su|tu|la) (?:cuenta|correo|direccion)(?: de correo)?(?: electronico)? (?:corporativ[ao]|de (?:la )?empresa|de trabajo|de ${MAILBOX})`,
  String.raw`(?:melden sie sich|anmelden|anmeldung) (?:\p{L}+ ){0,2}mit (?:ihrer|ihrem|deiner|deinem) (?:(?:firmen|geschafts|dienst|arbeits)[- ]?|(?:geschaftlichen|dienstlichen|beruflichen) )(?:e-?mail|e-mail-adresse|adresse|konto)`,
  String.raw`(?:accedi|acceda|accedere) con (?:la tua|la sua|il tuo|il suo) (?:e-?mail|email|casella|account) (?:di lavoro|aziendale)`,
  String.raw`(?:zaloguj\p{L}*|zalogowa\p{L}*|logowani\p{L}*) (?:sie )?(?:\p{L}+ ){0,2}(?:firmowym|s[łl]u[zż]bowym) (?:adresem (?:e-?mail)?|e-?mailem|kontem)`,
  String.raw`(?:воидите|авторизуитесь|войдите) (?:\p{L}+ ){0,2}(?:с|через) (?:вашеи |своеи |вашего |своего )?(?:корпоративн|рабоч)\p{L}* (?:почт|учетн|адрес|e-?mail)\p{L}*`,
  String.raw`(?:συνδεθειτε|συνδεθεις|συνδεση|εισελθετε) με (?:το|τον|τη) (?:εταιρικο|επαγγελματικο|εταιρικη) (?:σας |σου )?(?:email|e-mail|λογαριασμο|διευθυνση)`,
  // "θα σου ζητήσει να συνδεθείς με το email της εταιρείας σου" (the fifty-second pair's hijacked freelancer's "WeTransfer")
  String.raw`(?:συνδεθειτε|συνδεθεις|συνδεση) με (?:το|τον) (?:email|e-mail|mail|λογαριασμο) της (?:εταιρειας|δουλειας) (?:σας|σου)`,
  // the noun left out: "συνδεθείτε με τα εταιρικά σας" (the fifty-fifth pair's OneNote share)
  String.raw`(?:συνδεθειτε|συνδεθεις) με τα (?:εταιρικα|επαγγελματικα) (?:σας|σου)(?![\p{L}])`,
  // German
  String.raw`(?:ihre[mn]?|deine[mn]?|die) (?:${MAILBOX}|firmen|unternehmens|netzwerk)[- ]?(?:zugangsdaten|anmeldedaten|login-daten|passwort|kennwort)`,
  String.raw`(?:kennwort|passwort) (?:fur|zu) (?:ihr|dein|das)(?:em|en|e)? (?:${MAILBOX}|postfach|e-?mail-konto|mailkonto)`,
  // Spanish
  String.raw`(?:sus|tus|las) credenciales (?:de )?(?:${MAILBOX}|correo|acceso al correo|corporativas|de la empresa|de red)`,
  String.raw`contrasena (?:de|del) (?:su |tu )?(?:${MAILBOX}|correo|buzon|cuenta de correo)`,
  // Italian
  String.raw`(?:le sue|le tue|sue|tue|le) credenziali (?:di |della |del )?(?:${MAILBOX}|posta|casella|aziendali|di rete)`,
  String.raw`password (?:della|di|del) (?:sua |tua )?(?:${MAILBOX}|posta|casella|account di posta)`,
  // Polish
  String.raw`(?:dane logowania|has[łl][oa]|poswiadczenia) (?:do )?(?:swojej |twojej |swojego |twojego )?(?:${MAILBOX}|poczty|skrzynki|konta pocztowego|konta e-?mail|konta firmowego|sieci firmowej)`,
  // Russian
  String.raw`(?:логин и пароль|пароль|учетн\p{L}* данн\p{L}*) (?:от|к|для) (?:вашеи |своеи |вашего |своего )?(?:${MAILBOX}|почты|почтового ящика|электроннои почты|корпоративн\p{L}*)`,
  String.raw`(?:подтверд|обнов)\p{L}* (?:сво|ваш)\p{L}* учетн\p{L}* запис\p{L}*`,
  // Greek
  String.raw`(?:κωδικους|κωδικο|διαπιστευτηρια|στοιχεια συνδεσης) (?:προσβασης )?(?:(?:του|της|σας) )*(?:${MAILBOX}|ηλεκτρονικου ταχυδρομειου|εταιρικ\p{L}*)`,
]);

/** the words for a password or credentials in those phrases: a cheap first look, most mail has none */
const PASSWORD_WORD = /(?:verify|confirm|validat)[^ ]* your (?:corporate|business|work|company)|(?:bestatig|verifizier)[^ ]* (?:[^ ]+ ){0,2}ihre[^ ]* (?:firmen|geschaftlich|dienstlich|beruflich)|(?:verifi|confirm)[^ ]* (?:de )?(?:su|tu) (?:correo|email|e-mail)|(?:verific|conferm)[^ ]* (?:la|della) (?:sua|tua|vostra) (?:e-?mail|mail|casella)|(?:potwierdz|weryfik|zweryfik)[^ ]*(?: [^ ]+){0,2} (?:sluzbow|firmow)|(?:подтверд|верифи)[^ ]*(?: [^ ]+){0,2} (?:рабоч|корпоративн)|(?:επιβεβαιωσ|επαληθευσ)[^ ]* (?:του |την |το )?εταιρικ|identifi|re-?(?:verify|authenticate|confirm|validate) |(?:signs|logs) in (?:with|using|via) |erneut (?:mit|uber) |acceder con|anmeldung|anmelden|password|sign[ -]?in (?:with|using)|log[ -]?in (?:with|using)|inicie sesion|inicia sesion|iniciar sesion|inicies sesion|inicien sesion|mit (?:ihrer|ihrem|deiner|deinem) (?:firmen|geschaft|dienst|arbeits|beruflich)|воидите|войдите|авторизуитесь|συνδεθειτε|συνδεθεις|συνδεση με|εισελθετε|acceda con|accede con|accedi con|accedere con|zaloguj|zalogowa|logowani|melden sie sich|anmeldung mit|passwort|kennwort|credential|zugangsdaten|anmeldedaten|login|credenciales|contrasena|credenziali|has[łl]|dane logowania|poswiadczenia|пароль|учетн|κωδικ|διαπιστευτ|στοιχεια συνδεσης/;

const MICROSOFT = defaultBrandDomains('Microsoft');

export const credentialLureOptionsSchema = z.strictObject({
  /** links looked at per message */
  maxLinks: z.number().int().min(1).default(200),
  /**
   * the file-sharing services whose notifications say "shared a file with you" (registered domains;
   * a share on one of them, or mail authenticated for one, is no SHARE_NOTICE_ELSEWHERE)
   */
  shareServices: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'a domain, e.g. sharepoint.com')).default([
    'sharepoint.com', 'onedrive.com', 'live.com', '1drv.ms', 'office.com', 'microsoft.com', 'microsoftonline.com', 'sharepointonline.com',
    'google.com', 'goo.gl', 'dropbox.com', 'dropboxusercontent.com', 'db.tt', 'box.com', 'wetransfer.com', 'we.tl', 'icloud.com', 'apple.com',
    'mega.nz', 'tresorit.com', 'pcloud.com', 'sync.com', 'swisstransfer.com', 'filemail.com', 'sharefile.com', 'egnyte.com', 'proton.me',
    'yandex.ru', 'yadi.sk', 'mail.ru', 'adobe.com', 'zoho.com', 'smartsheet.com', 'atlassian.net', 'slack.com',
  ]),
  /** the e-signature services whose envelopes ask to sign a document (registered domains; SIGN_PAYMENT_NOTICE) */
  signServices: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'a domain, e.g. docusign.net')).default([
    'docusign.net', 'docusign.com', 'adobesign.com', 'echosign.com', 'adobe.com', 'hellosign.com', 'dropboxsign.com', 'yousign.com', 'yousign.fr',
    'signnow.com', 'pandadoc.com', 'skribble.com', 'signrequest.com', 'oneflow.com', 'scrive.com', 'autenti.com',
  ]),
});
export type CredentialLureOptions = z.infer<typeof credentialLureOptionsSchema>;

/** "shared a file with you", as sharing services' notifications and their copies say it, in the offices' languages (ł stays) */
/** a file-sharing service by its name, as the text says it shared through it */
const SHARE_SERVICE = String.raw`(?:onedrive|one drive|sharepoint|google drive|dropbox|wetransfer|we transfer|box\.com|icloud drive|yandex ?disk|яндекс ?диск\p{L}*|облак\p{L}*|cloud ?mail\.ru)(?![\p{L}])`;
const SHARED_WITH_YOU = phrasePattern([
  // the sharing notification's own footer, copied around the phisher's link ("Αυτός ο σύνδεσμος λειτουργεί μόνο για τους άμεσους
  // παραλήπτες αυτού του μηνύματος": the sixty-eighth pair's hijacked Greek dealer on otenet.gr, to a hacked WordPress site)
  String.raw`this link (?:will )?only works? for the direct recipients`, String.raw`dieser link funktioniert nur fur die direkten empfanger`,
  String.raw`este (?:vinculo|enlace) solo funciona para los destinatarios directos`, String.raw`questo (?:collegamento|link) funziona solo per i destinatari diretti`,
  String.raw`ten link dziala tylko (?:dla|w przypadku) bezposrednich (?:adresatow|odbiorcow)`, String.raw`эта ссылка работает только для (?:прямых|непосредственных) получателеи`,
  String.raw`αυτος ο συνδεσμος λειτουργει μονο για τους αμεσους παραληπτες`,
  // or an e-signature envelope's ("Josef Reindl hat Ihnen ein Dokument zum Prüfen und Unterzeichnen gesendet … Diese E-Mail enthält einen
  // sicheren Link zu DocuSign": the hundred-and-third pair's hijacked electrician, to an Adobe Express page), whose real one links to the service
  String.raw`sent you (?:a |an )?(?:document|envelope|contract)s? to (?:review and )?sign`, String.raw`this (?:e-?mail|message) contains a secure link to (?:docusign|adobe (?:acrobat )?sign)`,
  String.raw`(?:hat )?ihnen (?:ein|das) dokument zum (?:prufen und )?(?:unterzeichnen|unterschreiben|signieren) (?:gesendet|geschickt|zugesandt)`, String.raw`diese e-?mail enthalt einen sicheren link zu (?:docusign|adobe (?:acrobat )?sign)`,
  String.raw`le ha enviado un documento para (?:revisar y )?firmar`, String.raw`este (?:correo|mensaje)(?: electronico)? contiene un (?:enlace|vinculo) seguro a docusign`,
  String.raw`(?:le|ti) ha inviato un documento da (?:rivedere e )?firmare`, String.raw`questa e-?mail contiene un (?:link|collegamento) sicuro a docusign`,
  String.raw`wys[lł]a[lł]\p{L}* (?:ci|panu|pani|panstwu) dokument do (?:przejrzenia i )?podpisania`,
  String.raw`(?:отправил|направил)\p{L}* вам документ (?:на подпись|для подписания)`,
  String.raw`σας (?:εστειλε|απεστειλε) (?:ενα )?εγγραφο (?:για (?:ελεγχο και )?υπογραφη|προς υπογραφη)`,
  // also in the first person, with a word of the file's state ("I've shared the updated documents with you")
  String.raw`(?:has |have |i've |we've )?shared (?:a |an |the |\d+ )?(?:(?:updated|latest|revised|new|final) )?(?:file|document|folder|spreadsheet|presentation|workbook|pdf|item)s? with you`,
  String.raw`(?:invited you to (?:view|edit|review)|gave you access to) (?:a |an |the )?(?:file|document|folder|spreadsheet)`,
  String.raw`(?:hat|habe|haben) (?:ihnen |dir |euch )?(?:eine |die |ein |den |\d+ )?(?:aktuellen |aktualisierten |neuen )?(?:datei|dokument|ordner|unterlagen)\p{L}* (?:mit ihnen |mit dir |fur sie |fur dich )?(?:geteilt|freigegeben)`,
  String.raw`(?:ha|he|hemos) compartido (?:contigo |con usted |con ustedes )?(?:un |el |una |la |los |las |\d+ )?(?:archivo|documento|carpeta|fichero)s?`,
  // "vi ho condiviso i documenti aggiornati" (the forty-eighth pair's hijacked Libero mailbox, linking to a Canva page)
  String.raw`(?:ha|ho|abbiamo) condiviso (?:con te |con lei |con voi )?(?:un |il |una |la |i |le |gli |\d+ )?(?:file|documento|cartella|documenti|cartelle)`,
  String.raw`udostepni[lł]\p{L}* (?:ci|panu|pani|wam|tobie|panstwu) (?:plik|dokument|folder)\p{L}*`,
  String.raw`(?:поделил\p{L}* с вами|предоставил\p{L}* вам доступ к) (?:фаил|документ|папк)\p{L}*`,
  String.raw`μοιραστηκε (?:μαζι σας |με εσας )?(?:ενα |το |\d+ )?(?:αρχει|εγγραφ|φακελ)\p{L}*`, String.raw`σας κοινοποιηθηκε`,
  // in the first person, "Σας έχω κοινοποιήσει ένα έγγραφο μέσω OneDrive" (the sixty-third pair's hijacked photographer, to a Google Sites page)
  String.raw`(?:σας |σου )?(?:εχω|εχουμε) (?:κοινοποιησει|μοιραστει) (?:μαζι σας |μαζι σου )?(?:ενα |το |τα |\d+ )?(?:αρχει|εγγραφ|φακελ)\p{L}*`,
  // or the file "too large to attach", so it is behind the link instead
  String.raw`(?:file|document|attachment|invoice)s? (?:is|are|was|were) too (?:large|big) (?:to (?:attach|send|email|be attached|be sent)|for (?:an )?(?:e-?mail|attachment))`,
  String.raw`(?:datei|dokument|anhang|unterlagen|rechnung)\p{L}* (?:ist|sind|war|waren) (?:leider )?(?:zu gross|zu umfangreich) (?:fur|um|als)`,
  // "Da die Dateien für den Mailanhang zu groß sind" (the hundred-and-twelfth pair's hijacked Lieferant, to an Adobe Express page)
  String.raw`(?:datei|dokument|unterlagen|rechnung)\p{L}* (?:fur|in) (?:den|die|das|einen|eine) (?:\p{L}+ )?(?:e-?mail-?|mail)?(?:anhang|anhange|versand) (?:leider )?(?:zu gross|zu umfangreich)`,
  String.raw`(?:archivo|documento|fichero|adjunto|factura)s? (?:es|son|era|eran) (?:demasiado|muy) (?:grande|pesado)s?`,
  String.raw`(?:file|documento|allegato|fattura|documenti) (?:e|sono|era|erano) troppo (?:grand|pesant)[ei]`,
  String.raw`(?:plik|dokument|za[lł]acznik|faktura)\p{L}* (?:jest|sa|byl|by[lł]) (?:zbyt|za) (?:duz)\p{L}*`,
  String.raw`(?:фаил|документ|вложени)\p{L}* слишком (?:больш|велик)\p{L}*`,
  // "файл большой, почта не пропускает" (the thirtieth pair's counterparty's reconciliation act on a look-alike Yandex Disk)
  String.raw`(?:фаил|документ|вложени)\p{L}* (?:очень )?больш\p{L}*,? (?:\p{L}+ ){0,2}не пропуска\p{L}*`,
  String.raw`(?:αρχει|εγγραφ|συνημμεν)\p{L}* (?:ειναι )?(?:πολυ|υπερβολικα) μεγαλ\p{L}*`,
  // or the file's size as the reason ("Wegen der Dateigröße haben wir das Dokument in unserem Kundenportal abgelegt": the ninety-eighth
  // pair's hijacked supplier, to an r2.dev page; "Aufgrund der Dateigröße … in unserem gesicherten Dokumentenbereich": the ninety-ninth
  // pair's, to a Sway), or the mail server said to refuse large attachments ("nasz serwer odrzuca większe załączniki", to a Canva page)
  String.raw`(?:due to|because of|given) (?:the|its) (?:file )?size`, String.raw`(?:wegen|aufgrund) der (?:datei)?gro(?:ss|ß)e`,
  String.raw`(?:a causa delle|per le|date le) (?:dimension[ei]|grandezza) (?:del file|dei file|dell.allegato|degli allegati)`,
  String.raw`(?:debido al|por el) (?:tamano|peso) (?:del archivo|de los archivos|del adjunto|de los adjuntos)`,
  String.raw`(?:ze wzgledu na|z powodu) (?:rozmiar|wielkosc) (?:plik|za[lł]acznik|dokument)\p{L}*`,
  String.raw`(?:из-за|ввиду) (?:большого )?(?:размера|объема) (?:файл|вложени|документ)\p{L}*`,
  String.raw`(?:λογω|εξαιτιας) (?:του )?μεγεθους (?:του |των )?(?:αρχει|συνημμεν|εγγραφ)\p{L}*`,
  String.raw`(?:server|mail server|mailbox|mail system) (?:\p{L}+ ){0,2}(?:rejects|blocks|bounces|refuses|won't accept|does not accept|doesn't accept) (?:\p{L}+ ){0,2}(?:attachments|files)`,
  String.raw`(?:server|mailserver|postfach|mailsystem) (?:\p{L}+ ){0,2}(?:blockiert|lehnt|weist|akzeptiert keine|nimmt keine) (?:\p{L}+ ){0,3}(?:anhange|anhang|dateien)`,
  String.raw`(?:server|casella|sistema di posta) (?:\p{L}+ ){0,2}(?:rifiuta|blocca|respinge|non accetta) (?:\p{L}+ ){0,2}(?:allegati|file)`,
  String.raw`(?:servidor|buzon|correo) (?:\p{L}+ ){0,2}(?:rechaza|bloquea|no acepta|devuelve) (?:\p{L}+ ){0,2}(?:adjuntos|archivos)`,
  String.raw`(?:serwer|skrzynka|poczta) (?:\p{L}+ ){0,2}(?:odrzuca|blokuje|nie przyjmuje|nie przepuszcza) (?:\p{L}+ ){0,2}(?:za[lł]acznik|plik)\p{L}*`,
  String.raw`(?:сервер|почта|ящик) (?:\p{L}+ ){0,2}(?:отклоняет|блокирует|не принимает|не пропускает) (?:\p{L}+ ){0,2}(?:вложени|файл)\p{L}*`,
  String.raw`(?:ο )?(?:server|διακομιστης) (?:\p{L}+ ){0,2}(?:απορριπτει|μπλοκαρει|δεν δεχεται) (?:\p{L}+ ){0,2}(?:συνημμεν|αρχει)\p{L}*`,
  // "Είναι μεγάλο αρχείο" (the ninety-eighth pair's hijacked Greek builder, "uploaded to OneDrive" on an Azure blob)
  String.raw`ειναι (?:πολυ |αρκετα )?μεγαλ\p{L}* (?:αρχει|εγγραφ)\p{L}*`,
  // or the files said to be shared through a named service ("udostępniam je przez OneDrive", "I file sono condivisi tramite
  // OneDrive", "σας στέλνουμε τα έγγραφα … μέσω OneDrive": the seventy-eighth to eightieth pairs' hijacked partners, linking elsewhere)
  String.raw`(?:shar(?:e|ed|ing)|send(?:ing)?|sent|uploaded) (?:\p{L}+ ){0,4}(?:via|through|using|on|in) (?:our |my )?${SHARE_SERVICE}`,
  String.raw`(?:geteilt|freigegeben|teile|sende|schicke|hochgeladen)\p{L}* (?:\p{L}+ ){0,4}(?:uber|per|via|auf|in) (?:unser\p{L}* |mein\p{L}* )?${SHARE_SERVICE}`,
  String.raw`(?:uber|per|via|auf|in) (?:unser\p{L}* |mein\p{L}* )?${SHARE_SERVICE} (?:\p{L}+ ){0,2}(?:geteilt|freigegeben|hochgeladen|bereitgestellt)`,
  String.raw`(?:comparto|compartimos|compartido|compartidos|envio|enviamos|subido|subidos) (?:\p{L}+ ){0,4}(?:por|a traves de|mediante|via|en) (?:nuestro |mi )?${SHARE_SERVICE}`,
  String.raw`(?:condivis\p{L}*|invio|inviamo|caricat\p{L}*) (?:\p{L}+ ){0,4}(?:tramite|via|su|con|attraverso) (?:il nostro |il mio )?${SHARE_SERVICE}`,
  String.raw`(?:udostepniam\p{L}*|udostepni\p{L}*|przesy[lł]am\p{L}*|wys[lł]am\p{L}*) (?:\p{L}+ ){0,4}(?:przez|na|w|poprzez) (?:nasz\p{L}* |moj\p{L}* )?${SHARE_SERVICE}`,
  String.raw`(?:отправля\p{L}*|направля\p{L}*|выложил\p{L}*|размести\p{L}*|поделил\p{L}*) (?:\p{L}+ ){0,4}(?:через|на|в) ${SHARE_SERVICE}`,
  String.raw`(?:στελνουμε|στελνω|μοιραζομαστε|μοιραζομαι|ανεβασαμε|ανεβασα) (?:\p{L}+ ){0,8}μεσω (?:του )?${SHARE_SERVICE}`,
  // "σου έχω ανεβάσει στο OneDrive τα αναθεωρημένα σχέδια" (the ninety-eighth pair's hijacked builder)
  String.raw`(?:ανεβασει|ανεβασα|ανεβασαμε) (?:\p{L}+ ){0,8}(?:στο|στον) ${SHARE_SERVICE}`,
  // or through an "area" or "space" of the sender's own that the link then is not ("über unseren Dokumentenbereich freigegeben": the
  // hundred-and-twelfth pair's hijacked Lieferant, to an Adobe Express page; "condivisi tramite il nostro spazio documentale": the
  // hundred-and-thirteenth pair's hijacked Ferretti, to a Canva site)
  String.raw`(?:shared|uploaded|made available|available|provided) (?:\p{L}+ ){0,4}(?:via|through|on|in) our (?:secure |document |client |customer |file |project )*(?:portal|area|space|platform|data room)(?![\p{L}])`,
  String.raw`(?:uber|in|auf) (?:unseren|unserem|unsere|unser) (?:gesicherten |sicheren )?\p{L}*(?:bereich|portal|raum|plattform|ablage)(?![\p{L}]) (?:\p{L}+ ){0,2}(?:freigegeben|bereitgestellt|abgelegt|hochgeladen|geteilt)`,
  String.raw`(?:compartid|subid|disponible)\p{L}* (?:\p{L}+ ){0,3}(?:a traves de|mediante|en|por) (?:nuestro|nuestra) (?:espacio|area|portal|plataforma)(?: documental| de documentos| de clientes)?(?![\p{L}])`,
  String.raw`(?:condivis|caricat|disponibil)\p{L}* (?:\p{L}+ ){0,3}(?:tramite|via|su|attraverso|nel|nella|sul|sulla) (?:il nostro |la nostra |nostro |nostra )(?:spazio|area|portale|piattaforma|cartella)(?: documentale| riservata| clienti)?(?![\p{L}])`,
  String.raw`(?:udostepni|zamieszcz|wgra)\p{L}* (?:\p{L}+ ){0,3}(?:przez|na|w) (?:naszym|nasz|nasza|naszej) (?:portal|platform|przestrzen|obszar|stref)\p{L}*`,
  String.raw`(?:размещ|выложил|загрузил|доступн)\p{L}* (?:\p{L}+ ){0,3}(?:на|в|через) (?:нашем|наш|нашеи) (?:портал|личн\p{L}* кабинет|хранилищ|раздел)\p{L}*`,
  String.raw`(?:μεσω|στην|στο|στον) (?:της |την |του |το |τον )?(?:πλατφορμα|πυλη|χωρο|χωρου|πλατφορμας|πυλης) (?:εγγραφων )?μας`,
  // or the link itself called the service's ("en el siguiente enlace de OneDrive": the eighty-fourth pair's hijacked music school,
  // to onedrive-docs-compartidos.com; "über unsere SharePoint-Freigabe bereitgestellt", the eighty-second pair's hijacked supplier, to pages.dev)
  String.raw`${SHARE_SERVICE}[ -](?:link|share link|folder|freigabe\p{L}*|ordner)`,
  String.raw`(?:enlace|vinculo|carpeta) (?:compartido |compartida )?de ${SHARE_SERVICE}`,
  String.raw`(?:link|collegamento|cartella) (?:condivis\p{L}* )?(?:di|a|su) ${SHARE_SERVICE}`,
  String.raw`(?:link\p{L}*|odnosnik\p{L}*|folder\p{L}*) (?:\p{L}+ )?(?:do|na|w) ${SHARE_SERVICE}`,
  String.raw`(?:ссылк\p{L}*|папк\p{L}*) (?:\p{L}+ )?(?:на|в) ${SHARE_SERVICE}`,
  String.raw`(?:συνδεσμ\p{L}*|φακελ\p{L}*) (?:\p{L}+ )?(?:του|στο|στον) ${SHARE_SERVICE}`,
]);
/** pages made on a sharing service's domain that hold no shared file: a Google Sites page, a form, an InDesign or Adobe Express page */
const PAGES_NOT_SHARES = ['sites.google.com', 'docs.google.com/forms', 'forms.office.com', 'indd.adobe.com', 'express.adobe.com', 'new.express.adobe.com'];
/** hosts of markup's own addresses (DOCTYPEs, XML namespaces), which pages and documents carry */
const MARKUP_HOSTS = new Set(['www.w3.org', 'w3.org', 'schemas.microsoft.com', 'schemas.openxmlformats.org', 'purl.org', 'ns.adobe.com']);
/** the words those phrases have: a cheap first look */
const SHARED_WORD = /onedrive|one drive|sharepoint|google drive|dropbox|wetransfer|we transfer|box\.com|icloud|yandex ?disk|яндекс|облак|cloud ?mail|direct recipients|direkten empfanger|destinatarios directos|destinatari diretti|bezposrednich|получателеи|αμεσους παραληπτες|shared|invited you|gave you access|geteilt|freigegeben|compartido|condiviso|udostepni|поделил|предоставил|μοιραστηκε|too (?:large|big)|zu gro|zu umfangreich|demasiado grande|muy grande|muy pesado|troppo (?:grand|pesant)|(?:zbyt|za) du|слишком (?:больш|велик)|не пропуска|(?:πολυ|υπερβολικα) μεγαλ|κοινοποιηθηκε|κοινοποιησει|μοιραστει|docusign|adobe sign|acrobat sign|sign|unterzeichnen|unterschreiben|signieren|firmar|podpisania|подпис|υπογραφη|size|gro(?:ss|ß)e|dimension|grandezza|tamano|peso|rozmiar|wielkosc|размер|объем|μεγεθ|μεγαλ|server|servidor|serwer|сервер|διακομιστ|postfach|casella|buzon|skrzynka|ανεβασ|condivis|portal|area|space|platform|data room|bereich|raum|plattform|ablage|espacio|spazio|piattaforma|przestrzen|obszar|stref|портал|кабинет|хранилищ|раздел|πλατφορμ|πυλη|χωρο/;

/** The first phrase that asks for the mailbox's credentials, and where (see readerTexts). */
export function credentialsAsked(texts: ReadonlyArray<{ where: string; text: string }>, read = texts.map((t) => comparableText(t.text))): { phrase: string; where: string } | null {
  for (const [i, t] of texts.entries()) {
    const text = read[i]!;
    const m = PASSWORD_WORD.test(text) ? CREDENTIALS_ASKED.exec(text) : null;
    if (m) return { phrase: m[0], where: t.where };
  }
  return null;
}

export const credentialLureCheck: Check<'data', CredentialLureOptions> = {
  name: 'credential-lure',
  phase: 'data',
  symbols: ['MAILBOX_CREDENTIALS_LURE', 'CREDENTIALS_FREE_PAGE', 'CREDENTIALS_PERSONAL_PAGE', 'PAYROLL_DETAILS_FREE_FORM', 'BANKING_CODE_FREE_FORM', 'SHARE_NOTICE_ELSEWHERE', 'SHARE_FREE_PAGE', 'SHARE_ONENOTE', 'SHARE_GOOGLE_DRAWING', 'SHARE_DESIGN_AS_DOCUMENT', 'SHARE_PAYMENT_DOCUMENT', 'SHARE_DEPARTMENT_FREE_MAIL', 'SIGN_PAYMENT_NOTICE', 'MAILBOX_QUOTA_LURE'],
  options: credentialLureOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
    const local = deps.config.smtp.localDomains;
    // our own domains forged are the spoofing check's
    if (from.domain && inDomains(from.domain, local)) return [];
    const texts = await readerTexts(view);
    const read = texts.map((t) => comparableText(t.text));
    const asked = credentialsAsked(texts, read);
    // where the links lead, read once (the links and short links themselves are found once per message for every check)
    const sites = await linkSites(view, deps, deps.options.maxLinks);
    // a share's or an envelope's title is its subject as often as its text
    const titled = [comparableText(view.subject ?? ''), ...read];
    const canvases = [
      ...oneNoteShare(sites, titled, local, sharerDomain(from.domain, view.headers), asked?.phrase ?? null),
      ...drawingShare(sites, titled),
      ...designShare(sites, titled, view.attachments),
    ];
    const shares = [
      ...signedPaymentNotice(from.domain, titled, deps.options.signServices),
      ...await shareNoticeElsewhere(read, from.domain, sites, ctx, deps),
      ...canvases,
      // a canvas presented as the payment document is that symbol's at full weight already
      ...(canvases.some((h) => h.weight === undefined) ? [] : paymentDocumentShared(sites, titled[0]!, local, view.attachments)),
      ...departmentOnFreeMail(from, addressParts(view.headers.find((h) => h.key === 'reply-to')?.value ?? ''), deps),
    ];
    const own = from.domain ? orgDomain(from.domain) : null;
    const linksOptions = sectionOptions(deps.rules?.checks, 'links', linksOptionsSchema);
    const { freeHosts } = linksOptions;
    // a page anyone makes for free is someone else's even on Microsoft's own domain (a Microsoft Form asking for the password),
    // and so is a share on a tenant named after neither us nor the sharer (see foreignTenantShare)
    const sharer = sharerDomain(from.domain, view.headers);
    const elsewhere = sites.filter(({ url, host, domain }) => {
      const site = domain ?? host; // a bare IP address is someone else's too
      return /^https?:\/\//i.test(url) && ((site !== own && !MICROSOFT.some((d) => related(site, d)) && !inDomains(site, local)) || isFreePage(url, freeHosts) || foreignTenantShare(url, sharer, local));
    });
    // the sign-in's or the "shared file's" link carrying the reader's address; on a free host or a bare IP address
    // the links check counts it already (LINK_PERSONAL_PAGE)
    const personal = elsewhere.find(({ url }) => carriesAddress(url, ctx.envelope.recipients) && !personalPageCounted(url, linksOptions));
    const personalHit: Hit[] = personal ? [{ symbol: 'CREDENTIALS_PERSONAL_PAGE', detail: `${shownUrl(personal.url)} carries the recipient's address` }] : [];
    const quota = quotaLure(read, elsewhere, view);
    if (!asked) {
      const sharedElsewhere = shares.some((h) => h.symbol === 'SHARE_NOTICE_ELSEWHERE');
      return [...shares, ...quota, ...(sharedElsewhere ? personalHit : []), ...payrollOnFreeForm(read, sites, from, addressParts(view.headers.find((h) => h.key === 'reply-to')?.value ?? ''), deps),
        ...oneTimeCodeOnFreeForm(read, sites, deps)];
    }
    if (!elsewhere.length) return shares;
    const hits: Hit[] = [{ symbol: 'MAILBOX_CREDENTIALS_LURE', detail: `asks for "${asked.phrase}"${asked.where} and links to ${readableHost(elsewhere[0]!.host)}; From ${from.address || '(none)'}` }];
    const freePage = elsewhere.find(({ url }) => isFreePage(url, freeHosts));
    if (freePage) hits.push({ symbol: 'CREDENTIALS_FREE_PAGE', detail: `the sign-in is asked for on ${shownUrl(freePage.url)}, a page anyone makes for free` });
    return [...hits, ...personalHit, ...shares, ...quota];
  },
};

/**
 * Whether a link is a SharePoint or OneDrive for Business share on a tenant named after neither
 * our domains nor the sharer's organisation: the supplier's hijacked mailbox "sharing" the order
 * confirmation from "netorgft17342981-my.sharepoint.com", a tenant the phisher made, and asking to
 * sign in with the Microsoft 365 account (the seventy-seventh pair). A partner's own tenant bears
 * its name ("lieferantgmbh-my" for lieferant-gmbh.de); whose tenant this is, only its name tells.
 */
function foreignTenantShare(url: string, sharer: string | null, local: readonly string[]): boolean {
  const tenant = sharePointShare(url)?.tenant?.replace(/-/g, '');
  if (!tenant || tenantLabelNamedAfter(tenant, local)) return false;
  // Microsoft's own notification without the sharer's Reply-To: whose organisation shares is not known
  if (!sharer) return false;
  // or its name with more words ("polfitdystrybucja" for polfit.pl), or a part of it
  const name = siteName(sharer).replace(/-/g, '');
  return !tenantLabelNamedAfter(tenant, [sharer]) && !(name.length >= 4 && tenant.includes(name)) && !(tenant.length >= 4 && name.includes(tenant));
}

/** OneDrive's short link to a OneNote notebook */
const ONEDRIVE_ONENOTE = /^https?:\/\/1drv\.ms\/o\//i;
/** a file name of a document type other than a notebook's or a drawing's, as the share presents the "file" */
const OTHER_FILE_NAME = /[\p{L}\p{N}_)-]\.(?:pdf|docx?|xlsx?|xlsm|pptx?|csv)(?![\p{L}\p{N}])/iu;
/** SHARE_ONENOTE's and SHARE_GOOGLE_DRAWING's share of their weight for a canvas presented as neither a payment nor another file */
const PLAIN_CANVAS_FACTOR = 0.6;

/** Microsoft's sharing notifications come from these; the sharer is then the Reply-To */
const SHARING_NOTIFIERS = ['sharepointonline.com', 'microsoft.com', 'onedrive.com'];

/** The organisation of whoever shares: the From domain's, or the Reply-To's when Microsoft sent the notification. */
function sharerDomain(fromDomain: string, headers: ReadonlyArray<{ key: string; value: string }>): string | null {
  const notifier = fromDomain !== '' && SHARING_NOTIFIERS.some((d) => related(fromDomain, d));
  const domain = notifier ? addressParts(headers.find((h) => h.key === 'reply-to')?.value ?? '').domain : fromDomain;
  return domain ? orgDomain(domain) : null;
}

/**
 * Whether a OneDrive's owner (the path's spelling of the sign-in address, "r_ferri_cantinavaldadige_it")
 * is at another organisation than the sharer's: a partner's employee sharing a notebook from a
 * stranger's OneDrive is the compromised mailbox passing on the phisher's link. An owner on an
 * onmicrosoft.com address says nothing of the organisation.
 */
function ownerElsewhere(owner: string | null, sharer: string | null): boolean {
  if (!owner || !sharer || /_onmicrosoft_com$/.test(owner)) return false;
  return !owner.endsWith(`_${sharer.replace(/\./g, '_')}`);
}

/**
 * Business papers no one makes in a design tool, in the offices' languages (as comparableText
 * reads): a request for quotation, a tender, a contract, an order, court papers. The fake tender is
 * a favourite canvas for the button to the sign-in page ("RDO 2027 - Fornitura …" shared as a Canva
 * design); a buyer sends its tender documents, contracts and orders as files, through its portal or
 * an e-signature service, and courts serve by certified mail.
 */
const BUSINESS_PAPERS = phrasePattern([
  String.raw`request for (?:quotation|quote|proposal|tender)s?`, String.raw`(?:rfq|rfp|itt)(?![\p{L}\p{N}])`, String.raw`invitation to tender`, String.raw`tender (?:documents?|documentation|dossier|invitation)`,
  String.raw`angebotsanfrage\p{L}*`, String.raw`preisanfrage\p{L}*`, String.raw`ausschreibung\p{L}*`, String.raw`leistungsverzeichnis\p{L}*`,
  String.raw`richiesta (?:di )?(?:offerta|quotazione|preventivo)`, String.raw`rdo(?![\p{L}\p{N}])`, String.raw`gara (?:d'?appalto|di appalto)`, String.raw`bando di gara`, String.raw`capitolato\p{L}*`,
  String.raw`solicitud (?:de )?(?:oferta|cotizacion|presupuesto)`, String.raw`licitacion\p{L}*`, String.raw`pliego\p{L}* de (?:condiciones|prescripciones)`,
  String.raw`zapytani\p{L}* ofertow\p{L}*`, String.raw`przetarg\p{L}*`, String.raw`specyfikacj\p{L}* warunkow zamowienia`,
  String.raw`запрос\p{L}* (?:коммерческ\p{L}* )?предложени\p{L}*`, String.raw`тендер\p{L}*`, String.raw`конкурсн\p{L}* документаци\p{L}*`,
  String.raw`προσκληση (?:υποβολης )?προσφορ\p{L}*`, String.raw`αιτημα (?:για )?προσφορ\p{L}*`, String.raw`διαγωνισμ\p{L}*`,
  // or a contract ("Contrato de suministro chatarra 2027 – pendiente de firma" as a Canva design: the hundred-and-fourteenth pair's)
  String.raw`contracts?(?![\p{L}])`, String.raw`\p{L}*vertrag(?:e|es|s)?(?![\p{L}])`, String.raw`contratt[oi]`, String.raw`contratos?(?![\p{L}])`, String.raw`umow[aey](?![\p{L}])`, String.raw`договор\p{L}*`, String.raw`συμβασ\p{L}*`,
  // or an order, by its number or as a proposal ("ORDINE 4417 - documentazione e pagamento", "Proposta ordini 2027" as Canva
  // designs: the hundred-and-twenty-second and -fourth pairs' Italian customers on free mail and a hijacked account)
  String.raw`purchase orders?`, String.raw`order (?:(?:no|nr|number)(?![\p{L}])|#|\p{N}+)`, String.raw`bestellung (?:nr(?![\p{L}])|\p{N}+)`, String.raw`auftragsbestatigung`,
  String.raw`ordin[ei] (?:di acquisto|(?:n|nr)(?![\p{L}])|\p{N}+)`, String.raw`(?:proposta|conferma) (?:d'?|di )?ordin[ei]`, String.raw`orden(?:es)? de compra`, String.raw`pedido (?:(?:n|nº)(?![\p{L}])|\p{N}+)`,
  String.raw`zamowieni\p{L}* (?:nr(?![\p{L}])|\p{N}+)`, String.raw`заказ\p{L}* (?:n(?![\p{L}])|\p{N}+)`, String.raw`παραγγελι\p{L}* (?:αρ(?![\p{L}])|\p{N}+)`,
  // or court papers, which a court or a lawyer serves by certified mail, never as a design ("Atto di citazione - Example
  // Terminal Italia S.r.l." from a lawyer on Gmail: the hundred-and-twenty-third pair)
  String.raw`writ of summons`, String.raw`court (?:summons|claim|order)`, String.raw`klageschrift`, String.raw`mahnbescheid`, String.raw`atto di citazione`, String.raw`decreto ingiuntivo`,
  String.raw`demanda judicial`, String.raw`citacion judicial`, String.raw`pozew\p{L}*`, String.raw`nakaz\p{L}* zap[lł]aty`, String.raw`исков\p{L}* заявлени\p{L}*`, String.raw`судебн\p{L}* приказ\p{L}*`, String.raw`αγωγη`, String.raw`διαταγη πληρωμης`,
]);

/** How a shared canvas (a notebook, a drawing, a design) is presented: as a payment document or a file of another type, or null. */
function presentedAs(read: readonly string[]): string | null {
  const payment = firstPhrase(read, PAYMENT_DOCUMENT);
  if (payment) return `presented as "${payment}"`;
  const fileName = read.map((t) => OTHER_FILE_NAME.exec(t)?.[0]).find(Boolean);
  return fileName ? `presented as a "${fileName.slice(1)}" file` : null;
}

/**
 * SHARE_ONENOTE (see above): a OneNote notebook shared from a tenant not named after ours. Full weight
 * too when the share's note asks for the company sign-in ("Για προβολή πατήστε Άνοιγμα και
 * συνδεθείτε με τα εταιρικά σας": the fifty-fifth pair's hijacked subcontractor tenant): a notebook
 * opens with the reader's own Microsoft account, and the sign-in asked for is the phishing page's.
 */
function oneNoteShare(links: ReadonlyArray<LinkSite>, read: readonly string[], local: readonly string[], sharer: string | null, signInAsked: string | null): Hit[] {
  const found = links.map((link) => ({ link, share: sharePointShare(link.url) })).find(({ link, share }) =>
    share ? share.type === 'o' && share.tenant !== null && tenantLabelNamedAfter(share.tenant, local) === null : ONEDRIVE_ONENOTE.test(link.url));
  if (!found) return [];
  const { link: notebook, share } = found;
  const owner = share?.owner ?? null;
  const presented = presentedAs(read);
  const foreign = !presented && ownerElsewhere(owner, sharer);
  const why = presented ? `, ${presented}` : foreign ? `, from the OneDrive of ${owner} (not ${sharer})` : signInAsked ? `, the note asking "${signInAsked}"` : '';
  return [{ symbol: 'SHARE_ONENOTE', detail: `a OneNote notebook shared from outside: ${shownUrl(notebook.url)}${why}`, ...(presented || foreign || signInAsked ? {} : { weight: PLAIN_CANVAS_FACTOR }) }];
}

/** a Google Drawings document's address */
const GOOGLE_DRAWING = /^https?:\/\/docs\.google\.com\/drawings\//i;

/** SHARE_GOOGLE_DRAWING (see above): a Google Drawing shared, the canvas for a button to the phishing page. */
function drawingShare(links: ReadonlyArray<LinkSite>, read: readonly string[]): Hit[] {
  const drawing = links.find(({ url }) => GOOGLE_DRAWING.test(url));
  if (!drawing) return [];
  const presented = presentedAs(read);
  return [{ symbol: 'SHARE_GOOGLE_DRAWING', detail: `a Google Drawing shared: ${shownUrl(drawing.url)}${presented ? `, ${presented}` : ''}`, ...(presented ? {} : { weight: PLAIN_CANVAS_FACTOR }) }];
}

/** a Canva design's address, as Canva's sharing notice and a "view" link give it */
const CANVA_DESIGN = /^https?:\/\/(?:www\.)?canva\.com\/design\//i;

/**
 * SHARE_DESIGN_AS_DOCUMENT (see above): a Canva design presented as a document that no one makes in a
 * design tool, with no document attached beside it: a payment document, a file of another type
 * ("Endabrechnung_Dezember_2026.pdf" opening a design), or a tender ("RdO C-2219 - Noleggio gru").
 * A design with the real document attached is the artwork of an agency's invoice.
 */
function designShare(links: ReadonlyArray<LinkSite>, read: readonly string[], attachments: ParsedMessage['attachments']): Hit[] {
  const design = links.find(({ url }) => CANVA_DESIGN.test(url));
  if (!design || documentAttached(attachments)) return [];
  const deal = firstPhrase(read, BUSINESS_PAPERS);
  const presented = presentedAs(read) ?? (deal ? `presented as "${deal}"` : null);
  return presented ? [{ symbol: 'SHARE_DESIGN_AS_DOCUMENT', detail: `a Canva design shared: ${shownUrl(design.url)}, ${presented}` }] : [];
}

/** Whether a document is attached, as the links and document-text readers tell one: a PDF, an Office or OpenDocument file. */
function documentAttached(attachments: ParsedMessage['attachments']): boolean {
  return attachments.some((a) => isPdf(a.content) || isOfficeDocument(a) || isOpenDocument(a));
}

/**
 * SHARE_PAYMENT_DOCUMENT (see above): the Subject names a payment document (a remittance advice, an
 * invoice, a payment order, "Zahlungsavis", "εξόφληση τιμολογίων") and the mail links to a file
 * shared on a file-sharing service (a SharePoint or OneDrive tenant not ours, Google Drive,
 * Dropbox, WeTransfer…), with no document attached. Payers and suppliers send remittance advices
 * and invoices as attachments or through their e-invoicing portal; a payment document "shared"
 * from a tenant is the hop of hijacked partner mailboxes to the phishing page behind it.
 */
function paymentDocumentShared(links: ReadonlyArray<LinkSite>, subject: string, local: readonly string[], attachments: ParsedMessage['attachments']): Hit[] {
  // a file's name in the Subject has its words apart at "_" ("Ferretti_Trasporti_Estratto_conto_Q4_2026")
  const payment = PAYMENT_DOCUMENT.exec(subject.replace(/_+/g, ' '))?.[0];
  if (!payment || documentAttached(attachments)) return [];
  const shared = links.find(({ url }) => {
    const share = sharePointShare(url);
    return share ? share.tenant === null || tenantLabelNamedAfter(share.tenant, local) === null : isSharedFileLink(url);
  });
  return shared ? [{ symbol: 'SHARE_PAYMENT_DOCUMENT', detail: `"${payment}" in the Subject, shared as ${shownUrl(shared.url)} with no document attached` }] : [];
}

/**
 * SHARE_DEPARTMENT_FREE_MAIL (see above): a file-sharing, e-signature or form service's notification
 * sent for a department or a company's office ("Administración Harinera del Turia via DocuSign",
 * "Valvole Brambilla Amministrazione (tramite Dropbox)", "Dpto. Jurídico"), whose own address, the
 * Reply-To, is on free mail. A company's accounts, purchasing or HR department sends its envelopes
 * from the company's account; one on Gmail is whoever typed the company's name into the service.
 */
function departmentOnFreeMail(from: { name: string; domain: string }, replyTo: { name: string; address: string; domain: string }, deps: Parameters<typeof credentialLureCheck.run>[1]): Hit[] {
  const services = [...deps.options.shareServices, ...deps.options.signServices];
  if (!from.domain || !replyTo.domain || !services.some((d) => related(from.domain, d))) return [];
  if (!isFreeMail(replyTo.domain, sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema))) return [];
  const via = viaServiceAt(from.name);
  // the user's part of the display name the service wrote ("… (tramite Dropbox)")
  const shown = via < 0 ? from.name : from.name.slice(0, via);
  const name = [replyTo.name, shown].find((n) => n.trim() && namesDepartment(n));
  if (name) return [{ symbol: 'SHARE_DEPARTMENT_FREE_MAIL', detail: `${from.domain}'s notification for "${name.trim()}", whose address ${replyTo.address} is on free mail` }];
  // or the address itself is the firm's department ("compras.eolicamoncayo@gmail.com" for "Eólica del Moncayo (vía Formularios de Google)":
  // the hundred-and-twenty-sixth pair's supplier "homologation" asking for bank details and the portal's sign-in)
  const firm = [replyTo.name, shown].find((n) => n.trim() && departmentAddressNamed(replyTo.address, n));
  return firm ? [{ symbol: 'SHARE_DEPARTMENT_FREE_MAIL', detail: `${from.domain}'s notification for "${firm.trim()}", whose department's address ${replyTo.address} is on free mail` }] : [];
}

/** a notice that a payment was made, in the offices' languages (as comparableText reads): informs, and is never signed */
const PAYMENT_NOTICE = new RegExp(String.raw`${phrasePattern([
  'remittance', String.raw`payment advice`, 'proof of payment',
  'zahlungsavis', String.raw`uberweisungs(?:beleg|bestatigung)`,
  String.raw`avviso di (?:pagamento|bonifico)`, String.raw`contabile (?:di |del )?bonifico`,
  String.raw`justificante de (?:pago|transferencia)`, 'aviso de pago', String.raw`comprobante de (?:pago|transferencia)`,
  String.raw`potwierdzeni\p{L}* (?:przelewu|wp[lł]aty|platnosci)`,
  String.raw`платежн\p{L}* поручени\p{L}*`, String.raw`уведомлени\p{L}* об оплате`,
  String.raw`αποδεικτικο (?:πληρωμης|καταθεσης|εμβασματος)`, String.raw`ειδοποιηση πληρωμης`,
]).source}(?![\p{L}\p{N}])`, 'u');

/**
 * SIGN_PAYMENT_NOTICE: an e-signature service's envelope (DocuSign, Adobe Acrobat Sign, Dropbox
 * Sign…) for a notice of payment: "Complete with Docusign: H&F Remittance Advice …", "our bank
 * requires the supplier to countersign the advice before the transfer is released". A remittance
 * advice or a proof of payment informs; nobody signs one. The envelope is the service's own, so
 * nothing else in it looks wrong: the document behind it holds the link to the phishing page.
 */
function signedPaymentNotice(fromDomain: string, read: readonly string[], services: readonly string[]): Hit[] {
  if (!fromDomain || !services.some((d) => related(fromDomain, d))) return [];
  const notice = firstPhrase(read, PAYMENT_NOTICE);
  if (notice) return [{ symbol: 'SIGN_PAYMENT_NOTICE', detail: `an envelope from ${fromDomain} to sign "${notice}", a notice of payment nobody signs` }];
  // or the sender's new bank, to be "confirmed" by signing ("As part of our move to a new banking partner, please review and sign
  // the supplier bank details confirmation": the seventy-fourth pair's look-alike supplier); a customer's vendor form asks for
  // the reader's own details and says nothing of a change
  const change = changeSaid(read.map((text) => ({ where: '', text })));
  return change ? [{ symbol: 'SIGN_PAYMENT_NOTICE', detail: `an envelope from ${fromDomain} to sign "${change.phrase}", a change of the sender's bank details nobody signs` }] : [];
}

/** SHARE_NOTICE_ELSEWHERE (see above): a file shared, by a sender no sharing service vouches for, and no link to where it would be. */
async function shareNoticeElsewhere(read: readonly string[], fromDomain: string, sites: ReadonlyArray<LinkSite>,
  ctx: Parameters<typeof credentialLureCheck.run>[0], deps: Parameters<typeof credentialLureCheck.run>[1]): Promise<Hit[]> {
  if (!read.some((t) => SHARED_WORD.test(t))) return [];
  const phrase = firstPhrase(read, SHARED_WITH_YOU);
  if (!phrase) return [];
  // an e-signature service's envelope is opened on the service too
  const services = [...deps.options.shareServices, ...deps.options.signServices];
  const auth = await ctx.auth();
  if (services.some((d) => isAuthenticatedFor(`postmaster@${d}`, auth))) return [];
  const own = fromDomain ? orgDomain(fromDomain) : null;
  const local = deps.config.smtp.localDomains;
  // a document type's or namespace's address (an attached page's DOCTYPE) leads nowhere a reader goes
  const links = sites.filter(({ url, host }) => /^https?:\/\//i.test(url) && !MARKUP_HOSTS.has(host.toLowerCase()));
  // no link at all: an attachment is the "file" (judged by the attachments check), or the text alone
  if (!links.length) return [];
  const where = (site: string): boolean => services.some((d) => related(site, d)) || (own !== null && related(site, own)) || inDomains(site, local);
  // a web page or a form made on a sharing service's domain is no file shared there ("Σας έχω κοινοποιήσει ένα έγγραφο μέσω
  // OneDrive" linking to sites.google.com: the sixty-third pair's hijacked photographer)
  if (links.some(({ url, host, domain }) => where(domain ?? host) && !isFreePage(url, PAGES_NOT_SHARES))) return [];
  const hits: Hit[] = [{ symbol: 'SHARE_NOTICE_ELSEWHERE', detail: `"${phrase}", and the links lead to ${readableHost(links[0]!.host)}, no file-sharing service's or the sender's site` }];
  const { freeHosts } = sectionOptions(deps.rules?.checks, 'links', linksOptionsSchema);
  const freePage = links.find(({ url }) => isFreePage(url, freeHosts));
  if (freePage) hits.push({ symbol: 'SHARE_FREE_PAGE', detail: `the "file" is on ${shownUrl(freePage.url)}, a page anyone makes for free` });
  return hits;
}

/**
 * A one-time code (an OTP, an SMS or push TAN), in the offices' languages (as comparableText reads):
 * what a bank's or a service's sign-in confirms with, and what no form ever needs.
 */
const ONE_TIME_CODE = phrasePattern([
  String.raw`one[- ]time (?:pass(?:word|code)|code|pin)s?`, String.raw`otp(?![\p{L}\p{N}])`, String.raw`(?:sms|mobile|push|photo|chip)[- ]?tan(?![\p{L}])`, String.raw`sms (?:code|verification code)`,
  String.raw`einmal(?:passwort|kennwort|code)\p{L}*`, String.raw`tan-?(?:nummer|code)\p{L}*`,
  String.raw`codice (?:otp|monouso|usa e getta|ricevuto (?:via|per) sms)`, String.raw`password (?:monouso|usa e getta)`,
  String.raw`(?:codigo|clave) (?:otp|de un solo uso|de un unico uso|recibid[oa] por sms|sms)`,
  String.raw`kod\p{L}* (?:jednorazow|sms|autoryzacyjn)\p{L}*`, String.raw`has[lł]\p{L}* jednorazow\p{L}*`,
  String.raw`одноразов\p{L}* (?:код|парол)\p{L}*`, String.raw`код\p{L}* из (?:смс|sms)`,
  String.raw`κωδικ\p{L}* (?:μιας χρησης|otp|sms)`,
]);

/**
 * BANKING_CODE_FREE_FORM: a one-time code named, not in a warning against giving it, and a link to a
 * page anyone makes for free (a Google Form, a Microsoft Form): "Piraeus Business (μέσω Φορμών
 * Google)" collecting the winbank user name, the mobile number and the "κωδικός μίας χρήσης (OTP)"
 * for an "AMLR update" (the hundred-and-sixteenth pair's). Only the sign-in page of whoever sent the
 * code asks for it, and that page is never a form anyone can make.
 */
function oneTimeCodeOnFreeForm(read: readonly string[], sites: ReadonlyArray<LinkSite>, deps: Parameters<typeof credentialLureCheck.run>[1]): Hit[] {
  const { freeHosts } = sectionOptions(deps.rules?.checks, 'links', linksOptionsSchema);
  const form = sites.find(({ url }) => /^https?:\/\//i.test(url) && isFreePage(url, freeHosts));
  if (!form) return [];
  for (const text of read) {
    for (const m of phraseMatches(text, ONE_TIME_CODE)) {
      // a denial just before: the bank's warning "never share your one-time code"
      if (DENIAL.test(text.slice(Math.max(0, m.index - 40), m.index))) continue;
      return [{ symbol: 'BANKING_CODE_FREE_FORM', detail: `names a "${m[0]}" and links to ${shownUrl(form.url)}, a page anyone makes for free` }];
    }
  }
  return [];
}

/**
 * The reader's own mailbox said to be full, in the offices' languages (as comparableText reads): the
 * quota lure. Said to the reader ("your mailbox", "la tua casella", "Ihr Postfach"): a bounce says
 * the mailbox of someone the reader wrote to is full ("the email account that you tried to reach is
 * over quota").
 */
const MAILBOX_FULL = phrasePattern([
  String.raw`your (?:mailbox|inbox|e-?mail (?:account|box|storage)|mail (?:box|storage)) (?:\S+@\S+ )?(?:is |has )?(?:almost |nearly |now )?(?:full|over (?:its |the )?quota|(?:reached|exceeded) (?:\d+ ?% of )?(?:its|the) (?:storage |allowed |permitted )?(?:limit|quota|capacity))`,
  String.raw`your (?:mailbox|e-?mail|storage) quota (?:is |has been )?(?:exceeded|reached|full)`,
  String.raw`(?:ihr|dein) (?:e-?mail-?)?postfach (?:ist )?(?:fast |nahezu |bald )?(?:voll|uberfullt)`, String.raw`(?:ihr|dein) (?:e-?mail-?)?postfach hat (?:\p{L}+ ){0,3}(?:speicher)?(?:grenze|limit|kontingent) (?:\p{L}+ ){0,2}(?:erreicht|uberschritten)`,
  String.raw`(?:su|tu) buzon (?:de correo )?(?:\S+@\S+ )?(?:\p{L}+ )?(?:esta )?(?:casi )?(?:lleno|ha alcanzado|ha superado|ha excedido)`,
  String.raw`(?:la )?(?:tua|sua|vostra) casella (?:di posta )?(?:\S+@\S+ )?(?:\p{L}+ )?(?:e )?(?:quasi )?(?:piena|ha raggiunto|ha superato)`,
  String.raw`(?:twoja|pana|pani|panstwa) skrzynk\p{L}* (?:pocztow\p{L}* )?(?:jest )?(?:prawie |niemal )?(?:pełn|przepełnion|zapełnion|przekroczy[lł])\p{L}*`,
  String.raw`(?:ваш|твои) (?:почтовыи )?ящик (?:почти )?(?:переполнен|заполнен|превысил)\p{L}*`,
  String.raw`(?:το )?(?:ηλεκτρονικο )?γραμματοκιβωτιο σας (?:\S+@\S+ )?(?:ειναι |εχει )?(?:σχεδον )?(?:γεματο|πληρες|ξεπερασε|υπερβηκε|φτασει|φθασει|γεμισει)`,
]);

/**
 * MAILBOX_QUOTA_LURE (see above): the reader's mailbox said to be full, with a link to someone else's
 * site: the mail system that keeps the mailbox says so from our domains, Microsoft from its own.
 */
function quotaLure(read: readonly string[], elsewhere: ReadonlyArray<LinkSite>, view: ParsedMessage): Hit[] {
  if (!elsewhere.length || /multipart\/report/i.test(view.headers.find((h) => h.key === 'content-type')?.value ?? '')) return [];
  const full = firstPhrase(read, MAILBOX_FULL);
  return full ? [{ symbol: 'MAILBOX_QUOTA_LURE', detail: `says "${full}" and links to ${readableHost(elsewhere[0]!.host)}` }] : [];
}

/** PAYROLL_DETAILS_FREE_FORM (see above): the salary and bank details spoken of, and a link to a page anyone makes for free, or replies to someone's free mail. */
function payrollOnFreeForm(read: readonly string[], sites: ReadonlyArray<LinkSite>,
  from: { address: string; domain: string }, replyTo: { address: string; domain: string }, deps: Parameters<typeof credentialLureCheck.run>[1]): Hit[] {
  // a plain scan for the bank's words first (no look-behind, so the engine skips ahead): most mail names none
  if (!read.some((t) => BANK_WORDS.test(t))) return [];
  const salary = firstPhrase(read, SALARY);
  const bank = salary && firstPhrase(read, BANK_DETAILS);
  if (!bank) return [];
  const { freeHosts } = sectionOptions(deps.rules?.checks, 'links', linksOptionsSchema);
  const form = sites.find(({ url }) => /^https?:\/\//i.test(url) && isFreePage(url, freeHosts));
  if (form) return [{ symbol: 'PAYROLL_DETAILS_FREE_FORM', detail: `speaks of the "${salary}" and "${bank}" and links to ${shownUrl(form.url)}, a page anyone makes for free` }];
  // replies to a free-mail account that is not the sender's own (an e-signature envelope "sent" by it)
  const freeReplies = replyTo.domain !== '' && orgDomain(replyTo.domain) !== orgDomain(from.domain)
    && isFreeMail(replyTo.domain, sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema));
  return freeReplies ? [{ symbol: 'PAYROLL_DETAILS_FREE_FORM', detail: `speaks of the "${salary}" and "${bank}" from ${from.address}, and replies go to ${replyTo.address}, a free-mail account` }] : [];
}

export default credentialLureCheck;
