// Search-engine "agencies" (inbound): "I analysed examplegroup.eu and found 27 technical errors that
// keep Google from indexing your pages. We bring companies of your sector to Google's first page
// in 90 days, results guaranteed. May I send you the full report for free?" Cold mail to every
// company with a web site, in every language, from a fresh domain with valid SPF and DKIM.
//  - SEO_PITCH: the text (or an attached document's) promises search-engine ranking ("first page of
//    Google", "erste Seite bei Google", "primera página de Google", "prima pagina su Google",
//    "pierwsza strona Google", "первая страница Яндекса", "πρώτη σελίδα της Google", search-engine
//    optimisation by name), says the reader's web site was analysed or has errors ("I analysed your
//    website", "ho analizzato il sito", "Fehler auf Ihrer Website"), and offers a free report or a
//    guarantee; from a sender that is not authenticated, on free mail, asks for replies elsewhere, or
//    from a domain no one here has written to.
// The agency the company pays writes as a correspondent; an SEO tool's own report on a site the
// company registered there offers no free report and guarantees nothing.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

const ENGINE = String.raw`(?:google|yandex|яндекс\p{L}*|bing)`;
/** ranking promised (as comparableText reads: no accents, small letters; й reads и) */
const RANKING = phrasePattern([
  String.raw`(?:first|top|front) page (?:of |on |in )?${ENGINE}`, String.raw`page one (?:of |on )?${ENGINE}`, String.raw`top (?:of |positions? (?:on |in )?)?${ENGINE}`,
  String.raw`${ENGINE} rankings?`, String.raw`search engine (?:ranking|optimi[sz]ation)`,
  String.raw`erste[nr]? seite (?:bei|von|auf|in) ${ENGINE}`, String.raw`${ENGINE}-?ranking`, String.raw`suchmaschinenoptimierung`,
  String.raw`primera pagina (?:de |en )?${ENGINE}`, String.raw`posicionamiento (?:web|seo|en ${ENGINE})`,
  String.raw`prima pagina (?:di |su |in )?${ENGINE}`, String.raw`posizionamento (?:sui motori|su ${ENGINE}|seo)`,
  String.raw`pierwsz\p{L}* stron\p{L}* (?:w |wynikow )?${ENGINE}`, String.raw`pozycjonowani\p{L}* (?:stron\p{L}*|w ${ENGINE})`,
  String.raw`(?:в )?топ\p{L}* (?:выдачи )?${ENGINE}`, String.raw`перв\p{L}* страниц\p{L}* (?:выдачи )?${ENGINE}`, String.raw`продвижени\p{L}* (?:вашего )?сайта`, String.raw`поисков\p{L}* оптимизаци\p{L}*`,
  String.raw`πρωτη σελιδα (?:της |του |στη |στο )?${ENGINE}`, String.raw`βελτιστοποιηση (?:για )?μηχαν\p{L}* αναζητησης`,
]);
/** the reader's web site analysed, or its errors named */
const SITE_AUDITED = phrasePattern([
  // the site named by its address while being looked at: "He estado revisando examplegroup.eu", "I was reviewing example.com"
  String.raw`(?:analy[sz]ing|reviewing|auditing|checking|looking at|revisando|analizando|auditando|analizzando|esaminando|controllando|analysiere|prufe|analizuje|przegladam|анализиру\p{L}*|изуча\p{L}*|αναλυοντας|ελεγχοντας) (?:\p{L}+ ){0,2}[a-z0-9-]+\.(?:com|eu|de|it|es|pl|ru|gr|net|org|co\.uk|uk)(?![\p{L}])`,
  // the errors as the pitch names them: "27 errores técnicos de SEO", "technical SEO errors"
  String.raw`technical (?:seo )?(?:errors|issues)`, String.raw`technische(?:n)? (?:seo-)?fehler`, String.raw`errores tecnicos`, String.raw`errori tecnici`, String.raw`b[łl]ed\p{L}* techniczn\p{L}*`, String.raw`технически\p{L}* ошиб\p{L}*`, String.raw`τεχνικα σφαλματα`,
  String.raw`(?:analy[sz]ed|audited|checked|reviewed|looked at|went through) (?:your |the )?(?:web ?site|site|domain|home ?page)`, String.raw`(?:errors|issues|problems) (?:on|with|of) your (?:web ?site|site)`,
  String.raw`(?:ihre|eure) (?:website|webseite|internetseite|homepage|seite) (?:\p{L}+ ){0,3}(?:analysiert|gepruft|untersucht)`, String.raw`fehler auf ihrer (?:website|webseite|internetseite|homepage)`,
  String.raw`(?:he |hemos )?(?:analizado|revisado|auditado) (?:su |tu |vuestra |la )?(?:sitio|web|pagina)`, String.raw`errores en (?:su |tu )?(?:sitio|web|pagina)`,
  String.raw`(?:ho |abbiamo )?(?:analizzato|controllato|verificato|esaminato) (?:il |il vostro |il suo )?sito`, String.raw`errori (?:sul|nel) (?:vostro |suo )?sito`,
  String.raw`przeanalizowa\p{L}* (?:\p{L}+ )?(?:stron\p{L}*|witryn\p{L}*)`, String.raw`b[łl]ed\p{L}* na (?:\p{L}+ )?stronie`,
  String.raw`(?:проанализировал\p{L}*|проверил\p{L}*|изучил\p{L}*) (?:ваш |ваш сайт|сайт)`, String.raw`ошибк\p{L}* на (?:вашем )?сайте`,
  String.raw`(?:αναλυσα|αναλυσαμε|ελεγξα|ελεγξαμε) (?:την |τον )?(?:ιστοσελιδα|ιστοτοπο|σελιδα)`, String.raw`σφαλματα (?:στην|στον) (?:ιστοσελιδα|ιστοτοπο)`,
]);
/** the bait: a free report, or results guaranteed */
const BAIT = phrasePattern([
  String.raw`free (?:of charge )?(?:seo )?(?:report|audit|analysis|consultation)`, String.raw`guarantee\p{L}*`,
  String.raw`kostenlos\p{L}*`, String.raw`gratis`, String.raw`garantier\p{L}*`,
  String.raw`gratuit\p{L}*`, String.raw`garantizad\p{L}*`, String.raw`garantit\p{L}*`, String.raw`garanzi\p{L}*`,
  String.raw`bezpłatn\p{L}*`, String.raw`bezplatn\p{L}*`, String.raw`darmow\p{L}*`, String.raw`gwarant\p{L}*`, String.raw`gwarancj\p{L}*`,
  String.raw`бесплатн\p{L}*`, String.raw`гарант\p{L}*`,
  String.raw`δωρεαν`, String.raw`εγγυ\p{L}*`,
]);

/** The ranking promised, the site audited and the bait in texts (see readerTexts), each the first found. */
export function seoPitchSigns(texts: ReadonlyArray<{ text: string }>): { ranking: string | null; audited: string | null; bait: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return { ranking: firstPhrase(read, RANKING), audited: firstPhrase(read, SITE_AUDITED), bait: firstPhrase(read, BAIT) };
}

export { scamFormOptionsSchema as seoPitchOptionsSchema } from './scam-form.ts';

export const seoPitchCheck = scamFormCheck({
  name: 'seo-pitch',
  symbol: 'SEO_PITCH',
  // the ranking first: few messages promise one
  gate: (texts) => texts.some((t) => RANKING.test(comparableText(t.text))),
  describe: (texts) => {
    const { ranking, audited, bait } = seoPitchSigns(texts);
    return ranking && audited && bait ? `promises "${ranking}", says "${audited}" and offers "${bait}"` : null;
  },
  strangersDoubtful: true,
});

export default seoPitchCheck;
