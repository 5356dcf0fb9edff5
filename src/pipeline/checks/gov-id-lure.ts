// A national e-government identity asked for on a site that is no government's (inbound). Italy's
// SPID, CIE and CNS, Spain's Cl@ve, Poland's Profil Zaufany (login.gov.pl), Greece's TAXISnet
// codes, Germany's ELSTER certificate and BundID, Britain's Government Gateway and GOV.UK One
// Login, Russia's Госуслуги (ЕСИА), the European Commission's EU Login open the tax office, the customs, the registers and the
// company's mailbox with the state. The phish names the identity so the page may ask for it: "Il
// file fattura è stato scartato … Accedi all'area riservata con SPID o CIE", a button to
// `sdi-fatturapa-servizi.it`, from that very domain and in no brand's name, so neither the brand
// check nor the look-alike link rule (the sender's own site) sees it. These identities sign in
// on the state's own sites, whose addresses are under a government's suffix or on the brand list
// (agenziaentrate.gov.it, dehu.redsara.es, aade.gr, gosuslugi.ru, elster.de).
//  - GOV_ID_LURE: the text (or an attached document's) asks the reader to sign in with such an
//    identity (the identity and a word of signing in, "accedi", "identificarse", "zaloguj",
//    "συνδεθείτε", "авторизуйтесь", "anmelden", "sign in", "you will need", within a few words) and
//    a link leads to a site neither under a government's suffix nor a brand's of the default list;
//    from a sender that is not authenticated, on free mail, asks for replies elsewhere, or writes
//    from a domain no one here has written to. A tax adviser's letter that warns against such mail
//    ("circolano e-mail … non inserite le credenziali") quotes it and is left alone.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { hostOfUrl } from '../../content/scripts.ts';
import { underGovernmentSuffix } from '../../content/links.ts';
import { warnsAgainstScam } from '../../content/scam-warning.ts';
import { DEFAULT_BRANDS } from './default-brands.ts';
import { scamFormCheck } from './scam-form.ts';

/** the identities by their names (as comparableText reads: small letters, no accents; ł stays) */
const IDENTITY = String.raw`(?:spid|cie|cns|cl@ve(?: pin| permanente)?|clave pin|profil\p{L}* zaufan\p{L}*|login\.gov\.pl|e-?dowod\p{L}*|mobywatel\p{L}*|(?:κωδικ\p{L}* )?taxisnet|госуслуг\p{L}*|есиа|bundid|elster-?zertifikat\p{L}*|organisationszertifikat\p{L}*|government gateway|gov\.uk one login|one login|eu-? ?login)(?![\p{L}\p{N}])`;
/** a word of signing in, in the offices' languages */
const SIGN_IN = String.raw`(?:accedi\p{L}*|acced\p{L}*|accesso|entra(?:re)?|identific\p{L}*|autentic\p{L}*|zaloguj\p{L}*|logowani\p{L}*|zalogowani\p{L}*|logujac\p{L}*|potwierdz\p{L}*|συνδε\p{L}*|εισοδ\p{L}*|авториз\p{L}*|войдите|вход\p{L}*|anmeld\p{L}*|melden sie sich|einlogg\p{L}*|registrier\p{L}*|sign(?:ing)? in|log(?:ging)? in|verify your identity|you will need|you need|`
  // the details confirmed with it, or the identity used ("επιβεβαιώσετε τα στοιχεία σας με τους κωδικούς TAXISnet", "με χρήση κωδικών
  // TAXISnet": the ninetieth pair's fake AADE refund and ministry licence)
  + String.raw`verif\p{L}*|confirm\p{L}*|bestatig\p{L}*|conferm\p{L}*|подтверд\p{L}*|επιβεβαι\p{L}*|επαληθευ\p{L}*|ταυτοποι\p{L}*|`
  + String.raw`using|με χρηση|przy uzyciu|с использованием|utilizzando|utilizando|mittels|unter verwendung)`;
/** a word between them, in one sentence (an address's dots inside are no sentence's end) */
const WORD = String.raw`[^ ]*[^ .!?]`;
/** the two within a few words of each other, either first */
const SIGN_IN_WITH_IDENTITY = phrasePattern([
  String.raw`${SIGN_IN}(?: ${WORD}){0,8}? ${IDENTITY}`,
  String.raw`${IDENTITY}(?: ${WORD}){0,6}? ${SIGN_IN}`,
]);
/** a cheap first look */
const IDENTITY_WORD = /spid|cie|cns|cl@ve|clave|zaufan|login\.gov|dowod|obywatel|taxisnet|госуслуг|есиа|bundid|zertifikat|gateway|one login|eu-? ?login/;

/** the federal domains that are governments' suffixes in all but name */
const GOVERNMENT_DOMAINS = new Set(['bund.de', 'europa.eu', 'admin.ch', 'gv.at']);
/** the default brand list's domains: among them the state's own sites outside those suffixes (agenziaentrate.it, redsara.es, aade.gr, gosuslugi.ru, elster.de) */
const BRAND_DOMAINS = new Set(DEFAULT_BRANDS.flatMap((b) => b.domains));

/** Whether a host is a government's (under its suffix, or a listed brand's domain, where the identities are used). */
function stateSite(host: string): boolean {
  if (underGovernmentSuffix(host)) return true;
  const labels = host.toLowerCase().split('.');
  return labels.some((_, i) => { const d = labels.slice(i).join('.'); return GOVERNMENT_DOMAINS.has(d) || BRAND_DOMAINS.has(d); });
}

const IDENTITY_NAMED = phrasePattern([IDENTITY]);

/** A state identity the texts name and the sign-in with one they ask for (the first found of each), or nulls. */
export function govIdSigns(texts: ReadonlyArray<{ text: string }>): { named: string | null; asked: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  if (!read.some((t) => IDENTITY_WORD.test(t))) return { named: null, asked: null };
  const named = firstPhrase(read, IDENTITY_NAMED);
  return { named, asked: named ? firstPhrase(read, SIGN_IN_WITH_IDENTITY) : null };
}

export { scamFormOptionsSchema as govIdLureOptionsSchema } from './scam-form.ts';

export const govIdLureCheck = scamFormCheck({
  name: 'gov-id-lure',
  symbol: 'GOV_ID_LURE',
  gate: (texts) => texts.some((t) => IDENTITY_WORD.test(comparableText(t.text))),
  readsLinks: true,
  describe: (texts) => {
    const links = texts.find((t) => t.where === ' in its links')?.text.split('\n') ?? [];
    const { asked } = govIdSigns(texts.filter((t) => t.where !== ' in its links'));
    if (!asked || warnsAgainstScam(texts)) return null;
    const site = links.map((url) => (/^https?:\/\//i.test(url) ? hostOfUrl(url) : null)).find((h): h is string => !!h && !stateSite(h));
    return site ? `asks to "${asked}" and links to ${site}, which is no government's site` : null;
  },
  strangersDoubtful: true,
});

export default govIdLureCheck;
