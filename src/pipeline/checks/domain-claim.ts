// The Asian domain-registration scam (inbound): "We are the domain name registration center in
// Shanghai. We received an application from Hongxin Holdings Ltd requesting 'examplegroup' as their
// internet keyword and China (CN) domain names (examplegroup.cn, examplegroup.com.cn …). After
// checking, we find this name conflicts with your company. Please forward this to your CEO and
// confirm whether this company is your business partner." Nobody applied: the "registrar" sells the
// company its own name under a dozen Asian suffixes at ten times the price, within "7 workdays".
// Sent since the 2000s to every company with a web site, lately in other languages too.
//  - DOMAIN_NAME_CLAIM: the text (or an attached document's) says someone applied for the
//    reader's name as an "internet keyword" or Chinese/Asian domain names, and that it conflicts
//    with the company's name or asks to forward the mail to the CEO or to confirm whether the
//    applicant is a partner; from a sender that is not authenticated, on free mail, asks for
//    replies elsewhere, or from a domain no one here has written to.
// A registrar the company uses writes about domains it holds there, as a correspondent, and names
// no one else's application.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** the Asian suffixes and the "keyword" the scam offers (as comparableText reads: no accents, small letters; й reads и) */
const ASIAN = String.raw`(?:cn|china|chinese|asia|asian|hong kong|hk|tw|taiwan)`;
/** someone's application for the reader's name under Asian suffixes, or as an "internet keyword" */
const CLAIM = phrasePattern([
  String.raw`internet keywords?`, String.raw`\(?${ASIAN}\)? (?:\(cn\) )?domain names?`, String.raw`domain names? (?:\p{L}+ ){0,2}(?:in|under) (?:the )?${ASIAN}`,
  String.raw`internet-?(?:schlusselwort|stichwort)\p{L}*`, String.raw`(?:cn|china|asien)-?domain(?:namen|s)?`,
  String.raw`palabras? clave de internet`, String.raw`nombres? de dominio (?:cn|chinos?|de china|asiaticos?|de asia)`,
  String.raw`parol[ae] chiave (?:di )?internet`, String.raw`nom[ei] (?:a )?dominio (?:cn|cines[ei]|asiatic[oi])`,
  String.raw`s[łl]ow\p{L}* kluczow\p{L}* internet\p{L}*`, String.raw`domen\p{L}* (?:cn|chinsk\p{L}*|azjatyck\p{L}*)`,
  String.raw`интернет-?ключев\p{L}* слов\p{L}*`, String.raw`доменн\p{L}* им\p{L}* (?:\p{L}+ ){0,2}(?:cn|китаи\p{L}*|китаиск\p{L}*|азиатск\p{L}*)`,
  String.raw`λεξ\p{L}*-?κλειδι\p{L}* (?:του )?διαδικτυου`, String.raw`ονοματα? τομεα (?:\p{L}+ ){0,2}(?:cn|κινα\p{L}*|κινεζικ\p{L}*|ασιατικ\p{L}*)`,
]);
/** what makes it the scam: the "conflict" with the company's name, "forward to your CEO", "is this company your partner" */
const PRESSURE = phrasePattern([
  String.raw`conflicts? with (?:your|the) (?:company|brand|trade ?mark|name)`, String.raw`forward (?:this |the )?(?:e-?mail |message |letter )?to your (?:ceo|boss|manager|director|president|principal)`,
  String.raw`(?:confirm|tell us|let us know) (?:whether|if) (?:this|the|that) (?:company|applicant) is your`, String.raw`(?:is|are) (?:this|that|the) (?:company|applicant) your (?:business )?(?:partner|distributor|subsidiary|agent)`,
  String.raw`(?:did not|didn'?t|do not|don'?t) authori[sz]e (?:them|this|it)`,
  String.raw`(?:kollidiert|konflikt) mit (?:ihrem|ihrer) (?:firmen|marken|unternehmens)?(?:name|marke)\p{L}*`, String.raw`leiten sie (?:diese|die) (?:e-?mail|nachricht) (?:bitte )?an (?:ihren|ihre) (?:geschaftsfuhr|ceo|vorgesetzt|chef)\p{L}*`,
  String.raw`(?:entra en )?conflicto con (?:el nombre de )?(?:su|vuestra) (?:empresa|marca)`, String.raw`reenvie (?:este|el) (?:correo|mensaje) a (?:su )?(?:director|ceo|gerente|responsable)`,
  String.raw`(?:in )?conflitto con (?:il nome (?:della )?)?(?:la )?(?:sua|vostra) (?:azienda|societa|marchio)`, String.raw`inoltr\p{L}* (?:questa|la) (?:e-?mail|mail|comunicazione) al (?:suo |vostro )?(?:ceo|direttore|responsabile|titolare)`,
  String.raw`(?:koliduje|konflikt) z (?:nazw\p{L}* )?(?:panstwa|pana|pani)? ?(?:firm\p{L}*|mark\p{L}*)`, String.raw`przeka\p{L}* (?:t\p{L}* )?(?:wiadomosc|e-?mail) (?:do )?(?:prezes\p{L}*|dyrektor\p{L}*|kierownik\p{L}*)`,
  String.raw`(?:конфликту\p{L}*|совпада\p{L}*) с (?:названием|наименованием) (?:вашеи )?(?:компании|торговои марки)`, String.raw`перешлите (?:это )?письмо (?:вашему )?(?:руководител\p{L}*|директор\p{L}*)`,
  String.raw`(?:συγκρουεται|ερχεται σε συγκρουση) με (?:την επωνυμια )?(?:της )?(?:εταιρειας|επιχειρησης) σας`, String.raw`προωθηστε (?:το )?(?:μηνυμα|email) (?:αυτο )?στον (?:διευθυνοντα|διευθυντη|προισταμενο)`,
]);

export { scamFormOptionsSchema as domainClaimOptionsSchema } from './scam-form.ts';

export const domainClaimCheck = scamFormCheck({
  name: 'domain-claim',
  symbol: 'DOMAIN_NAME_CLAIM',
  // the claim first: few messages speak of Asian domain names or internet keywords
  gate: (texts) => texts.some((t) => CLAIM.test(comparableText(t.text))),
  describe: (texts) => {
    const read = texts.map((t) => comparableText(t.text));
    const claim = firstPhrase(read, CLAIM);
    const pressure = claim ? firstPhrase(read, PRESSURE) : null;
    return claim && pressure ? `says someone applied for "${claim}" and "${pressure}"` : null;
  },
  strangersDoubtful: true,
});

export default domainClaimCheck;
