// The e-invoice mandate as a lure (inbound). Since 2025 every German company must be able to receive
// structured invoices (XRechnung, ZUGFeRD), and since then "E-Rechnungsverzeichnis", "Zentrale
// Registrierungsstelle E-Rechnung" or "E-Rechnung Zustellservice" write to accounts departments: the
// company has "no valid registration" of its receiving address, or an invoice from a real supplier
// "could not be delivered to your mailbox" and waits on a portal, "returned to the issuer" unless
// fetched in five days; sign in with the Microsoft 365 account or the ELSTER certificate. There is
// no such register and no such return: a supplier sends the e-invoice to the address it has, as an
// attachment. No brand is named that the brand check could hold the domain to, and the portal is
// often the look-alike's own domain, so neither the brand nor the credential-lure check sees it.
// Seven of the held-out pairs' German lures took this form (0 to 3 points before this check).
//  - EINVOICE_PORTAL_LURE: the text (or an attached document's) speaks of e-invoices ("E-Rechnung",
//    "XRechnung", "ZUGFeRD", "Peppol", "fattura elettronica", "factura electrónica", "KSeF",
//    "ηλεκτρονικό τιμολόγιο", "электронный счёт", "ЭДО") and either sets the trap ("Pflichtregistrierung",
//    "keine gültige Registrierung", "die Empfangsadresse ist noch nicht verifiziert", "konnte nicht an
//    Ihr Postfach zugestellt werden", "wird an den Rechnungssteller zurückgewiesen", "gelten als
//    zugestellt", in the offices' languages) or asks for the mailbox's credentials (as the
//    credential-lure check reads them: "melden Sie sich mit Ihrem Microsoft-365-Geschäftskonto an"),
//    and links to a site; from a sender that is not authenticated, on free mail, asks for replies
//    elsewhere, or writes from a domain no one here has written to.
// A supplier's honest note ("ab 2027 senden wir E-Rechnungen an diese Adresse; eine Registrierung ist
// nicht erforderlich") sets no trap; the company's own e-invoicing provider reporting that an
// outgoing invoice bounced says it of the customer, not of the reader, and is a sender people here
// write to.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { hostOfUrl } from '../../content/scripts.ts';
import { credentialsAsked } from './credential-lure.ts';
import { warnsAgainstScam } from '../../content/scam-warning.ts';
import { scamFormCheck } from './scam-form.ts';

/** words with numbers and dates between ("an Sie adressierte E-Rechnungen ab dem 01.01.2027 nicht zugestellt") */
const FEW = String.raw`(?:[\p{L}\p{N}.,/-]+ ){0,6}`;
/** e-invoices by their names and systems (as comparableText reads: small letters, no accents; ł stays) */
const EINVOICE = phrasePattern([
  String.raw`e-?rechnung\p{L}*`, String.raw`xrechnung`, String.raw`zugferd`, String.raw`peppol`, String.raw`elektronische\p{L}* rechnung\p{L}*`,
  String.raw`e-?invoic\p{L}*`, String.raw`(?:electronic|structured) invoic\p{L}*`,
  String.raw`fattur\p{L}* elettronic\p{L}*`, String.raw`e-?fattur\p{L}*`, String.raw`fatturapa`,
  String.raw`factura\p{L}* electronic\p{L}*`, String.raw`e-?factura\p{L}*`, String.raw`veri\*?factu`, String.raw`facturae`,
  String.raw`e-?faktur\p{L}*`, String.raw`faktur\p{L}* (?:ustrukturyzowan|elektroniczn)\p{L}*`, String.raw`ksef`,
  String.raw`ηλεκτρονικ\p{L}* τιμολογ\p{L}*`, String.raw`e-?τιμολογ\p{L}*`, String.raw`mydata`,
  String.raw`электронн\p{L}* (?:сч\p{L}*|документ\p{L}*|упд)`, String.raw`эдо`,
]);
/** the trap: a register that does not exist, an invoice that "could not reach you", returned to its issuer unless fetched */
const TRAP = phrasePattern([
  // a registration that is missing or "mandatory"
  String.raw`pflichtregistrierung\p{L}*`, String.raw`mandatory registration`, String.raw`registrazione obbligatoria`, String.raw`registro obligatorio`,
  String.raw`obowiazkow\p{L}* rejestracj\p{L}*`, String.raw`обязательн\p{L}* регистрац\p{L}*`, String.raw`υποχρεωτικ\p{L}* (?:εγγραφ|καταχωρ|διαπιστευσ)\p{L}*`,
  String.raw`keine (?:gultige|bestatigte|verifizierte|aktive|hinterlegte) (?:registrierung|empfangs\p{L}*|e-?rechnungsadresse)`,
  String.raw`keine (?:bestatigung|registrierung|verifizierung) (?:der|ihrer|ihres) empfangs\p{L}*`,
  String.raw`(?:ihr unternehmen|ihre firma) (?:ist|wurde) (?:noch |bislang |bisher )?nicht ${FEW}registriert`,
  String.raw`no (?:valid|verified|confirmed|active) (?:registration|receiving address|e-?invoic\p{L}* address)`,
  // the receiving address or mailbox "not yet verified", "not linked with your Microsoft 365 account"
  String.raw`(?:empfangsadresse|empfangspostfach|rechnungspostfach|e-?rechnungsadresse)\p{L}* ${FEW}(?:noch )?nicht (?:[\p{L}\p{N}-]+ ){0,4}(?:verifiziert|bestatigt|registriert|verknupft|freigeschaltet|aktiviert|hinterlegt)`,
  String.raw`(?:receiving (?:address|mailbox)|e-?invoic\p{L}* (?:address|inbox|mailbox))\p{L}* ${FEW}not (?:yet )?(?:[\p{L}\p{N}-]+ ){0,3}(?:verified|confirmed|registered|linked|activated)`,
  String.raw`(?:codice destinatario|indirizzo telematico) ${FEW}non (?:\p{L}+ ){0,2}(?:registrat|verificat|attivat|abbinat|associat)\p{L}*`,
  // "el software utilizado por EXAMPLE GROUP no consta todavía como adaptado" (the sixty-seventh pair's fake VERI*FACTU register)
  String.raw`no (?:consta|figura) (?:todavia |aun )?(?:como )?(?:adaptad|registrad|inscrit|homologad|dad[oa]s? de alta)\p{L}*`,
  // "el NIF … todavía no ha completado la declaración responsable de su sistema de facturación" (the ninety-third pair's SVG "certificado de adhesión")
  String.raw`(?:todavia |aun )?no ha (?:completado|presentado|realizado|firmado|enviado) (?:la |su )?declaracion responsable`,
  // the software to be "updated" by a download from the sender ("Descargue e instale el actualizador certificado": the eighty-fourth
  // pair's "Soporte VERI*FACTU" with a ZIP; an invoicing program's updates come from its own vendor's channel)
  // or its "connector" ("Descargue e instale el conector (Windows 10/11, 2 minutos)": the ninety-fourth pair's MSI on the look-alike)
  String.raw`(?:descargue|descarga|descargar) (?:e|y) (?:instale|instala|instalar) (?:el |la |los )?(?:actualiza\p{L}*|modulo|parche|certificado|complemento|conector|agente)`,
  String.raw`download and install (?:the |our )?(?:\p{L}+ )?(?:update\p{L}*|patch|module|plug-?in|certificate|connector|agent)`,
  String.raw`laden sie (?:das|den|die|unser\p{L}*) (?:\p{L}+ ){0,2}[\p{L}-]*?(?:update|updater|modul|zertifikat|patch|plugin|konnektor|connector)\p{L}* herunter und installieren`,
  String.raw`scaric\p{L}* e install\p{L}* (?:l.|il |la |lo )?(?:aggiornament|modul|patch|certificat|plugin|connettor)\p{L}*`,
  String.raw`pobierz\p{L}* i zainstaluj\p{L}* (?:\p{L}+ )?(?:aktualizacj|modu|certyfikat|latk|łatk|wtyczk)\p{L}*`,
  String.raw`скача\p{L}* и установ\p{L}* (?:\p{L}+ )?(?:обновлени|модул|сертификат|плагин)\p{L}*`,
  String.raw`κατεβαστε και εγκαταστηστε (?:\p{L}+ )?(?:ενημερωσ|αναβαθμισ|πιστοποιητικ|μοντουλ)\p{L}*`,
  // an invoice that "could not be delivered to you"
  String.raw`(?:an sie|an ihr (?:e-mail-)?postfach|an ihre (?:e-mail-)?adresse|ihnen) ${FEW}nicht (?:mehr )?(?:zugestellt|ubermittelt)`,
  String.raw`nicht (?:\p{L}+ )?(?:an sie|an ihr (?:e-mail-)?postfach|an ihre (?:e-mail-)?adresse|ihnen) (?:zugestellt|ubermittelt)`,
  String.raw`(?:could not|couldn't|cannot|can't) be delivered to (?:your (?:mailbox|inbox|e-?mail (?:address|server)|address)|you(?!\p{L}))`,
  String.raw`non (?:\p{L}+ ){0,4}recapitat\p{L}* (?:a voi|a lei|alla vostra|al vostro|alla sua|al suo) ?(?:casella|indirizzo|pec)?`,
  String.raw`no (?:ha sido posible|se ha podido|pudo|puede) (?:\p{L}+ ){0,2}entregar\p{L}* (?:a usted|en su buzon|a su (?:buzon|direccion|correo))`,
  String.raw`nie (?:\p{L}+ ){0,3}dostarcz\p{L}* (?:do panstwa|do pana|do pani|na (?:panstwa|pana|pani) (?:skrzynk|adres)\p{L}*)`,
  String.raw`не (?:\p{L}+ ){0,3}доставлен\p{L}* (?:вам|в ваш (?:почтовыи )?ящик|на ваш (?:адрес|ящик))`,
  String.raw`δεν (?:\p{L}+ ){0,3}(?:παραδοθηκ|επιδοθηκ)\p{L}* (?:σε εσας|στο (?:ηλεκτρονικο )?ταχυδρομειο σας|στη διευθυνση σας)`,
  // its delivery to the reader's receiving address "failed", so the portal holds it ("Die automatische Zustellung an Ihre
  // hinterlegte Rechnungseingangsadresse ist fehlgeschlagen": the ninetieth pair's biocide wholesaler look-alike)
  String.raw`zustellung (?:an|in) (?:ihre|ihr|ihren) ${FEW}(?:ist |wurde )?fehlgeschlagen`,
  String.raw`delivery to your ${FEW}(?:has |was )?failed`,
  String.raw`consegna (?:automatica )?(?:alla vostra|alla sua|al vostro|al suo) ${FEW}(?:e )?(?:fallita|non (?:e )?riuscita)`,
  String.raw`entrega (?:automatica )?(?:a su|en su) ${FEW}(?:ha )?(?:fallado|fallido)`,
  String.raw`doreczeni\p{L}* (?:na|do) (?:panstwa|pana|pani) ${FEW}nie powiod[lł]o sie`,
  String.raw`доставк\p{L}* (?:на|в) ваш ${FEW}не удалась`,
  String.raw`αποστολη (?:στη|στο|στην) ${FEW}απετυχε`,
  // returned to its issuer unless fetched, or deemed delivered
  String.raw`(?:an den|zum|dem) (?:rechnungssteller|rechnungsaussteller|aussteller|absender|lieferanten) zuruck(?:gewiesen|gesendet|geschickt|gegeben|gesandt)`,
  String.raw`(?:returned|rejected|sent back) to the (?:issuer|sender|supplier|invoicing party|biller)`,
  String.raw`(?:restituit|respint|rinviat)\p{L}* al (?:mittente|fornitore|cedente|emittente)`,
  String.raw`(?:devuelt|rechazad|reenviad)\p{L}* al (?:emisor|remitente|proveedor|expedidor)`,
  String.raw`(?:zwrocon|odeslan|odrzucon)\p{L}* do (?:wystawcy|nadawcy|dostawcy)`,
  String.raw`(?:возвращ|отклон)\p{L}* (?:отправителю|поставщику|контрагенту|выставителю)`,
  String.raw`επιστρεφ\p{L}* (?:στον|προς τον) (?:εκδοτη|αποστολεα|προμηθευτη)`,
  String.raw`gelten als zugestellt`, String.raw`(?:are|will be) deemed (?:to have been )?delivered`,
]);
/** the words those phrases have: a cheap first look */
const EINVOICE_WORD = /rechnung|zugferd|peppol|invoic|fattur|factu|faktur|ksef|τιμολογ|mydata|электронн|эдо/;

/** The e-invoice named, and the trap set or the credentials asked for (the first found), or nulls. */
export function einvoiceSigns(texts: ReadonlyArray<{ where: string; text: string }>): { einvoice: string | null; trap: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  if (!read.some((t) => EINVOICE_WORD.test(t))) return { einvoice: null, trap: null };
  const einvoice = firstPhrase(read, EINVOICE);
  if (!einvoice) return { einvoice: null, trap: null };
  return { einvoice, trap: firstPhrase(read, TRAP) ?? credentialsAsked(texts, read)?.phrase ?? null };
}

export { scamFormOptionsSchema as einvoiceLureOptionsSchema } from './scam-form.ts';

export const einvoiceLureCheck = scamFormCheck({
  name: 'einvoice-lure',
  symbol: 'EINVOICE_PORTAL_LURE',
  gate: (texts) => texts.some((t) => EINVOICE_WORD.test(comparableText(t.text))),
  readsLinks: true,
  describe: (texts) => {
    const links = texts.find((t) => t.where === ' in its links')?.text.split('\n') ?? [];
    const site = links.map((url) => (/^https?:\/\//i.test(url) ? hostOfUrl(url) : null)).find(Boolean);
    const { einvoice, trap } = einvoiceSigns(texts.filter((t) => t.where !== ' in its links'));
    // a tax adviser's client letter warning against the "Pflichtregistrierung" quotes the trap; the lure does not warn against itself
    return einvoice && trap && site && !warnsAgainstScam(texts) ? `speaks of "${einvoice}", says "${trap}" and links to ${site}` : null;
  },
  strangersDoubtful: true,
});

export default einvoiceLureCheck;
