// A copyright claim as a lure (inbound): "our client's photograph is used without a licence on your
// website; the evidence pack (screenshots, metadata) can be downloaded here", with a deadline and a
// threat of solicitors. Malware campaigns have sent it to companies since 2023 (the "evidence" an
// archive with a program in it, or a page asking to sign in), in every language; the reader who
// looks after the web site opens it to see what is meant.
//  - COPYRIGHT_CLAIM_LURE: the text (or an attached document's) claims, of the reader's web site or
//    pages ("on your website", "auf Ihrer Website", "sul vostro sito", "на вашем сайте"), an
//    infringement of copyright or an image, photo or content used without a licence ("copyright infringement", "ohne Lizenz
//    verwendet", "violazione del diritto d'autore", "sin licencia", "naruszenie praw autorskich",
//    "нарушение авторских прав", "παραβίαση πνευματικών δικαιωμάτων") and offers its evidence
//    (screenshots, proof, "Beweise", "pruebas", "prove", "dowody", "доказательства", "αποδεικτικά")
//    behind a link to a site that is not the sender's own, or in an attached archive, from a sender
//    that is not authenticated, on free mail, asks for replies elsewhere, or writes from a domain no
//    one here has written to.
// The claim services that do this honestly (image-licensing agencies) show the claim on their own
// site, from their own domain; a lawyer people here write to is not counted.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { linkDomainOf } from '../../content/links.ts';
import { hostOfUrl } from '../../content/scripts.ts';
import { addressParts, orgDomain } from '../../mail/address.ts';
import type { ParsedMessage } from '../types.ts';
import { related } from './known-sender.ts';
import { scamFormCheck } from './scam-form.ts';

/** a few words between */
const FEW = String.raw`(?:\p{L}+ ){0,4}`;
/** the infringement claimed (as comparableText reads: small letters, no accents, й as и; ł stays) */
const CLAIM = phrasePattern([
  String.raw`copyright (?:infringement|violation|claim)`, String.raw`(?:unlicen[cs]ed|unauthori[sz]ed) use of ${FEW}(?:image|photo|photograph|picture|content|illustration|video|music|work)`,
  String.raw`(?:image|photo|photograph|picture|illustration|content|video)s? ${FEW}(?:used|published|displayed) ${FEW}without (?:a |any )?(?:valid )?(?:licen[cs]e|permission|authori[sz]ation)`,
  String.raw`urheberrechtsverletzung`, String.raw`verletzung ${FEW}(?:urheberrecht|bildrecht|nutzungsrecht)\p{L}*`,
  String.raw`(?:bild|foto|fotografie|grafik|aufnahme|inhalt)\p{L}* ${FEW}ohne (?:gultige )?(?:lizenz|genehmigung|erlaubnis|nutzungsrecht)\p{L}*`,
  String.raw`infraccion de (?:los )?derechos de (?:autor|propiedad intelectual)`, String.raw`(?:imagen|imagenes|fotografia|foto|contenido)\p{L}* ${FEW}sin (?:licencia|autorizacion|permiso)`,
  String.raw`violazione (?:del |dei )?(?:diritt\p{L}* d.?autore|copyright)`, String.raw`(?:immagin|fotograf|foto|contenut)\p{L}* ${FEW}senza (?:licenza|autorizzazione|permesso)`,
  String.raw`naruszeni\p{L}* (?:\p{L}+ )?praw autorskich`, String.raw`(?:zdjeci|zdjęci|obraz|fotografi|grafik|treśc|tresc)\p{L}* ${FEW}bez (?:licencji|zgody|zezwolenia)`,
  String.raw`нарушени\p{L}* (?:авторских|исключительных) прав`, String.raw`(?:изображени|фотографи|фото|контент|снимк)\p{L}* ${FEW}без (?:лицензии|разрешения|согласия)`,
  String.raw`παραβιαση (?:των )?(?:πνευματικων|πνευματικης) (?:δικαιωματων|ιδιοκτησιας)`, String.raw`(?:φωτογραφι|εικον|περιεχομεν)\p{L}* ${FEW}χωρις (?:αδεια|αδειοδοτηση|εγκριση)`,
]);
/** the claim made against the reader: "on your website", "auf Ihrer Website", "sul vostro sito" (not a list's talk of others' cases) */
const YOUR_SITE = phrasePattern([
  String.raw`your (?:company'?s? )?(?:web ?site|site|web ?page|page|blog|online (?:shop|store)|social media|instagram|facebook|linkedin)`,
  String.raw`(?:ihrer|ihre|ihren|deiner|eurer) (?:web ?seite|website|homepage|internetseite|internetprasenz|seite|online-?shop|social-media)\p{L}*`,
  String.raw`(?:su|tu|vuestra|vuestro) (?:sitio web|pagina web|web|pagina|tienda online|perfil|blog)`,
  String.raw`(?:vostro|suo|tuo) (?:sito|blog|profilo|negozio online)`, String.raw`(?:vostra|sua|tua) (?:pagina|pagina web)`,
  String.raw`(?:panstwa|państwa|twoj\p{L}*|wasz\p{L}*|pana|pani) (?:stron|witryn|sklep|profil|blog)\p{L}*`, String.raw`(?:stron|witryn)\p{L}* (?:internetow\p{L}* )?(?:panstwa|państwa|firmy)`,
  String.raw`(?:вашем|вашего|вашеи|вашу|твоем|твоеи) (?:саит|веб-саит|странице|страницу|интернет-магазин|блог|профил)\p{L}*`,
  String.raw`(?:ιστοτοπο|ιστοσελιδα|σελιδα|ιστοχωρο|eshop|e-shop) σας`,
  // or the company's profiles named by their network ("na profilach Example Live Polska w serwisach Facebook i Instagram": the
  // hundred-and-fifteenth pair's "law firm" on Gmail), which a talk about others' cases does not name with a claim
  String.raw`(?:profil\p{L}*|konto|konta|kontach|stron\p{L}*|perfil\p{L}*|profilo|profili|pagin\p{L}*|pages?|account|профил\p{L}*|страниц\p{L}*|аккаунт\p{L}*|σελιδ\p{L}*|προφιλ) (?:[\p{L}\p{N}.&-]+ ){0,6}(?:facebook|instagram|tiktok|linkedin|youtube|вконтакте|vk)(?![\p{L}])`,
]);
/** the evidence offered */
const EVIDENCE = phrasePattern([
  String.raw`evidence`, String.raw`proof`, String.raw`screenshots?`, String.raw`beweis\p{L}*`, String.raw`nachweis\p{L}*`, String.raw`bildschirmfoto\p{L}*`,
  String.raw`pruebas?`, String.raw`capturas? de pantalla`, String.raw`prov[ae]`, String.raw`dowod\p{L}*`, String.raw`zrzut\p{L}* ekranu`,
  String.raw`доказательств\p{L}*`, String.raw`скриншот\p{L}*`, String.raw`αποδεικτικ\p{L}*`, String.raw`αποδειξ\p{L}*`, String.raw`στιγμιοτυπ\p{L}*`,
]);
/** archives and disk images: "the evidence pack", a program inside */
const ARCHIVE = /\.(?:zip|rar|7z|gz|tgz|iso|img|vhdx?)$/i;

/** The claim and its evidence as the texts say them (the first found), or nulls. */
export function copyrightSigns(texts: ReadonlyArray<{ text: string }>): { claim: string | null; evidence: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  const said = firstPhrase(read, CLAIM);
  // a claim against someone else's site is talk about a case, not a claim
  const claim = said !== null && firstPhrase(read, YOUR_SITE) !== null ? said : null;
  return { claim, evidence: claim ? firstPhrase(read, EVIDENCE) : null };
}

/**
 * Where the evidence is: a link to a site neither the sender's organisation's nor the recipients'
 * (the page said to infringe is the reader's own site), or an attached archive; null when neither.
 */
function evidenceElsewhere(texts: ReadonlyArray<{ where: string; text: string }>, view: ParsedMessage): string | null {
  const domainsOf = (key: string) => view.headers.filter((h) => h.key === key).flatMap((h) => h.value.split(',')).map((a) => addressParts(a).domain).filter(Boolean);
  const sites = [...domainsOf('from'), ...domainsOf('to'), ...domainsOf('cc')].map(orgDomain);
  const links = texts.find((t) => t.where === ' in its links')?.text.split('\n') ?? [];
  for (const url of links) {
    const host = hostOfUrl(url);
    const site = host ? linkDomainOf(host) ?? host : null;
    if (site && /^https?:\/\//i.test(url) && !sites.some((d) => related(site, d))) return `a link to ${host}`;
  }
  const archive = view.attachments.find((a) => ARCHIVE.test(a.filename ?? ''));
  return archive ? `the attached ${archive.filename}` : null;
}

export { scamFormOptionsSchema as copyrightClaimOptionsSchema } from './scam-form.ts';

export const copyrightClaimCheck = scamFormCheck({
  name: 'copyright-claim',
  symbol: 'COPYRIGHT_CLAIM_LURE',
  gate: (texts) => copyrightSigns(texts).claim !== null,
  readsLinks: true,
  describe: (texts, view) => {
    const { claim, evidence } = copyrightSigns(texts);
    const where = claim && evidence ? evidenceElsewhere(texts, view) : null;
    return where ? `claims "${claim}", offers "${evidence}" behind ${where}` : null;
  },
  strangersDoubtful: true,
});

export default copyrightClaimCheck;
