// A legal claim whose papers are behind a download link (inbound). "Направляем Вам досудебную
// претензию … Претензия, расчёт неустойки и копии первичных документов размещены по ссылке (Яндекс
// Диск)"; "σας κοινοποιούμε εξώδικη δήλωση … το πλήρες κείμενο … είναι διαθέσιμο εδώ" with a Dropbox
// ZIP; an "Abmahnung" whose "Unterlassungserklärung" waits on WeTransfer. The threat of a court
// makes the reader open the file at once, and the file is not attached, where the gateway would
// scan it, but on a file host or as an archive on a hacked site: the Russian "pre-trial claim"
// campaigns that deliver stealers, the Greek and Spanish fake lawyers. A lawyer serves a claim as an
// attached document, by registered post or through the court's or the bar's own systems (PEC,
// ЭДО, ePUAP), not as a cloud link from an address no one here knows.
//  - LEGAL_NOTICE_DOWNLOAD: the text names a legal claim ("досудебная претензия", "исковое
//    заявление", "εξώδικη δήλωση", "Abmahnung", "Klageschrift", "Mahnbescheid", "diffida", "atto
//    di citazione", "decreto ingiuntivo", "reclamación extrajudicial", "burofax", "pozew",
//    "wezwanie przedsądowe", "nakaz zapłaty", "letter before action", "statement of claim") and
//    links to a shared file on a file host (Dropbox, Yandex Disk, Mail.ru Cloud, MEGA,
//    WeTransfer, Google Drive…) or to an archive or disk image anywhere, from a sender that is not
//    authenticated, on free mail, asks for replies elsewhere, or writes from a domain no one here
//    has written to; a law firm people here write to is taken at its word. In the fifty-nine
//    held-out pairs: 7 attack messages, none of the 35 business letters that name a claim.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { inWordPressFiles, isDownloadLink } from '../../content/downloads.ts';
import { scamFormCheck } from './scam-form.ts';

/** a legal claim served or threatened, in the offices' languages (as comparableText reads: small letters, no accents) */
const CLAIM = phrasePattern([
  String.raw`досудебн\p{L}* претензи\p{L}*`, String.raw`претензи\p{L}* (?:исх|№|n)`, String.raw`исков\p{L}* заявлени\p{L}*`, String.raw`судебн\p{L}* приказ\p{L}*`,
  String.raw`εξωδικ\p{L}*`, String.raw`διαταγ\p{L}* πληρωμ\p{L}*`, String.raw`(?:κατατεθεισα|ασκηθεισα) αγωγ\p{L}*`,
  String.raw`abmahnung\p{L}*`, String.raw`klageschrift\p{L}*`, String.raw`mahnbescheid\p{L}*`, String.raw`unterlassungs\p{L}*erklarung\p{L}*`, String.raw`klageerhebung`,
  String.raw`diffida\p{L}*`, String.raw`atto di citazione`, String.raw`decreto ingiuntivo`, String.raw`messa in mora`,
  String.raw`reclamacion (?:extrajudicial|previa)`, String.raw`requerimiento extrajudicial`, String.raw`burofax`, String.raw`demanda judicial`, String.raw`procedimiento monitorio`,
  // a summons and the claim it serves ("cédula de citación del Juzgado de lo Social … copia de la demanda por despido": the
  // hundred-and-seventeenth pair's "law firm" sharing a ZIP on Dropbox)
  String.raw`cedula de (?:citacion|emplazamiento)`, String.raw`citacion judicial`, String.raw`(?:copia de la )?demanda (?:por|de) (?:despido|reclamacion|cantidad)`,
  String.raw`pozew\p{L}*`, String.raw`wezwani\p{L}* przedsadow\p{L}*`, String.raw`nakaz\p{L}* zaplaty`, String.raw`przedsadow\p{L}* wezwani\p{L}*`,
  String.raw`letter before (?:action|claim)`, String.raw`pre-action (?:letter|protocol)`, String.raw`statement of claim`, String.raw`court summons`, String.raw`cease and desist`, String.raw`notice of (?:legal )?claim`,
]);
/** the words those phrases have: a cheap first look */
const CLAIM_WORD = /cedula|citacion|претензи|исков|судебн|εξωδικ|διαταγ|αγωγ|abmahnung|klage|mahnbescheid|unterlassung|diffida|citazione|ingiuntivo|mora|reclamacion|requerimiento|burofax|demanda|monitorio|pozew|przedsadow|nakaz|before|pre-action|claim|summons|desist/;

/**
 * an e-mail address as a query or fragment value, plain or URL-encoded: these signs read the texts
 * and links, not the envelope, so any address there stands for the reader's (the links check's
 * carriesAddress compares with the recipients and also reads base64)
 */
const ADDRESS_IN_QUERY = /[?&#][^=&#]*=[^&#]*(?:@|%40)[^&#]*\.[a-z]{2,}/i;
const isPersonalLink = (url: string): boolean => /^https?:\/\//i.test(url) && ADDRESS_IN_QUERY.test(url);

/**
 * the code that opens a "protected" file, given with the link ("link riservato (file protetto, codice di
 * accesso LP3381)": the hundred-and-seventh pair's "lawyer" on Libero with his "diffida" on
 * docs-legalshare.com), as comparableText reads: a lawyer attaches the letter, a portal of his own
 * sends its codes apart from its links
 */
const ACCESS_CODE = phrasePattern([
  String.raw`(?:access (?:code|password|pin)|passcode|zugangs(?:code|kennwort|passwort)|zugriffs(?:code|kennwort)|codice (?:di |d')?accesso|password di accesso|codigo de acceso|clave de acceso|kod dostepu|has[lł]o dostepu|код доступа|пароль (?:для )?доступа|κωδικο\p{L}* προσβασης)[\s:=–-]*(?=[\p{L}\p{N}-]*\p{N})[\p{L}\p{N}-]{4,}`,
]);

/** The claim named in the texts (not the links), and the first download link, each or null. */
export function legalDownloadSigns(texts: ReadonlyArray<{ where: string; text: string }>): { claim: string | null; download: string | null } {
  const read = texts.filter((t) => t.where !== ' in its links').map((t) => comparableText(t.text)).filter((t) => CLAIM_WORD.test(t));
  const claim = read.length ? firstPhrase(read, CLAIM) : null;
  const links = texts.find((t) => t.where === ' in its links')?.text.split('\n') ?? [];
  // or a page in a hacked WordPress site's files (the eighty-fourth pair's Greek "εξώδικη δήλωση" as "an archive" behind
  // ostria-kafeneio.gr/wp-content/uploads/2026/12/exodiko/)
  // or a page made for the reader, an address in its query (the eighty-ninth pair's "burofax certificado" from a bufete on
  // Outlook.es, to burofax-certificado-online.com/consulta/…?d=<the reader's address>): a certified delivery's own notice
  // comes from its service, authenticated, and a firm's letter is attached
  // or any link, when the text gives the code that opens the file behind it
  const code = claim ? firstPhrase(read, ACCESS_CODE) : null;
  const coded = code ? links.find((l) => /^https?:\/\//i.test(l)) : undefined;
  return { claim, download: links.find(isDownloadLink) ?? links.find(inWordPressFiles) ?? links.find(isPersonalLink) ?? (coded ? `${coded} (with "${code}")` : null) };
}

export { isDownloadLink };
export { scamFormOptionsSchema as legalDownloadOptionsSchema } from './scam-form.ts';

export const legalDownloadCheck = scamFormCheck({
  name: 'legal-download',
  symbol: 'LEGAL_NOTICE_DOWNLOAD',
  gate: (texts) => texts.some((t) => CLAIM_WORD.test(comparableText(t.text))),
  readsLinks: true,
  describe: (texts) => {
    const { claim, download } = legalDownloadSigns(texts);
    const shown = (url: string): string => url.length > 80 ? `${url.slice(0, 77)}...` : url;
    return claim && download ? `names "${claim}" and its papers behind ${download.replace(/^\S+/, shown)}` : null;
  },
  strangersDoubtful: true,
  // a law firm people here write to, sharing a large file, is taken at its word
  correspondentsTrusted: true,
});

export default legalDownloadCheck;
