// Romance scams at the money stage (inbound): "My darling Carmen, my contract ends on 15 December
// and I want to fly straight to Madrid to meet you. But customs want a release fee of 2,800 euros
// for my belongings, and my account is blocked while I am offshore. Could you help me with this
// payment, my love?" Weeks of tender mail, then a sum. Sent to work mailboxes as to any other.
//  - ROMANCE_MONEY_REQUEST: the text (or an attached document's) calls the reader by an endearment
//    ("my love", "mi amor", "amore mio", "mein Schatz", "kochanie", "любимая", "αγάπη μου"), names
//    a sum of money and asks the reader to pay or send it ("help me with this payment", "ayudarme
//    con este pago", "aiutarmi a pagare", "hilf mir … zu bezahlen", "pomóc mi zapłacić", "помочь
//    оплатить", "να με βοηθήσεις να πληρώσω"), from a sender that is not authenticated, on free mail,
//    asks for replies elsewhere, or whom no one here has written to.
//  - ROMANCE_OPENER: the first letter, weeks before any sum: a stranger presents herself or himself
//    for a relationship with at least two of the opener's phrases ("I am a widow", "I feel very
//    lonely", "a sincere friendship", "your profile caught my attention", "soy viuda", "me siento muy
//    sola", "amistad sincera", "ich bin verwitwet", "sono vedova", "jestem wdową", "я вдова",
//    "είμαι χήρα") and asks to go on in a messenger (WhatsApp, Telegram, Viber, Hangouts, WeChat),
//    where no filter reads along; from a sender that is not authenticated, on free mail, asks for
//    replies elsewhere, or whom no one here has written to.
// A partner or a relative whom the reader writes to from here is a correspondent and not counted;
// a greeting card or a wedding invitation asks for no payment; a recruiter's "I saw your profile"
// with a WhatsApp number is one phrase, not two.
import { sumsOfMoney } from '../../content/crypto-wallets.ts';
import { comparableText, firstPhrase, phraseMatches, phrasePattern } from '../../content/phrases.ts';
import type { Check } from '../types.ts';
import { scamFormCheck, type ScamFormOptions } from './scam-form.ts';

/** the reader called by an endearment (as comparableText writes: small letters, no accents, й as и) */
const ENDEARMENT = phrasePattern([
  'my (?:love|darling|dearest|sweetheart|angel|queen|princess|beloved)', 'my dear love', 'sweetheart', 'darling',
  'mein (?:schatz|liebling|engel)', 'meine (?:prinzessin|konigin)',
  'mi (?:amor|vida|cielo|reina|princesa|corazon)', 'carino mio', 'amor mio',
  'amore mio', 'mio amore', 'tesoro mio', 'vita mia', 'mia (?:regina|principessa|dolce)',
  'kochanie', String.raw`moja (?:miłosc|milosc|kochana|ksiezniczko)`, 'skarbie',
  'любимая', String.raw`(?:моя|мои) любим\p{L}*`, String.raw`любим\p{L}* (?:моя|мои)`, String.raw`моя (?:милая|родная|королева|принцесса)`, 'солнышко',
  'αγαπη μου', 'καλη μου', 'μωρο μου', 'γλυκια μου', String.raw`αγαπημεν\p{L}* μου`,
]);
/** money, in the words a request names it with */
const MONEY = String.raw` (?:\p{L}+ ){0,2}(?:money|funds|cash|the (?:sum|amount|fee)|geld|betrag|dinero|importe|soldi|denaro|somma|pieniadz\p{L}*|pieniędz\p{L}*|kwot\p{L}*|деньг\p{L}*|сумм\p{L}*|χρηματα|ποσο|\p{N}|[$€£])`;
/** the reader asked to pay for the writer, or to send or lend money */
const PAY_FOR_ME = phrasePattern([
  String.raw`help me (?:with (?:this|the|a) (?:payment|fee|bill|amount)|(?:to )?pay)`, String.raw`(?:send|lend|wire|transfer) me${MONEY}`, String.raw`(?:could|can|would) you (?:please )?(?:pay|cover) (?:this|the|it)`,
  String.raw`(?:hilf|helfen|hilfst),? (?:\p{L}+,? ){0,4}(?:bezahlen|zahlen|begleichen)`, String.raw`(?:leih|schick|uberweis)\p{L}* mir${MONEY}`, String.raw`mir${MONEY} (?:leihen|schicken|uberweisen)`,
  String.raw`ayudarme (?:con (?:este|el|un|ese) (?:pago|importe|gasto)|a pagar)`, String.raw`ayudame (?:con (?:este|el) pago|a pagar)`, String.raw`(?:enviarme|prestarme|mandarme|transferirme)${MONEY}`,
  String.raw`aiutarmi (?:a pagare|con (?:il|questo|quel) pagamento)`, String.raw`aiutami (?:a pagare|con (?:il|questo) pagamento)`, String.raw`(?:prestarmi|mandarmi|inviarmi)${MONEY}`,
  String.raw`pom(?:oc|ozesz|oz) mi (?:\p{L}+ ){0,2}(?:zapłacic|opłacic|z opłat\p{L}*)`, String.raw`(?:pozycz|przelej|wyslij)\p{L}* mi${MONEY}`,
  String.raw`помо(?:чь|ги|жешь) (?:мне )?(?:оплатить|заплатить|с оплатои|с платежом)`, String.raw`(?:одолжи|переведи|вышли|отправь|пришли)\p{L}* мне${MONEY}`,
  String.raw`να με βοηθησεις (?:να πληρωσω|με την πληρωμη|οικονομικα)`, String.raw`να μου (?:στειλεις|δανεισεις|μεταφερεις)${MONEY}`,
]);

/**
 * The opener's self-presentation, as comparableText writes it: widowhood, loneliness, the friendship
 * or relationship sought, the profile or smile that "caught my attention".
 */
const OPENER = phrasePattern([
  String.raw`i am (?:a )?widow(?:ed|er)?`, String.raw`i lost my (?:wife|husband)`, String.raw`i (?:feel|am) (?:so |very |quite )?lonely`, String.raw`(?:sincere|honest|true) friendship`,
  String.raw`serious relationship`, String.raw`soul ?mate`, String.raw`life partner`, String.raw`your (?:profile|smile|photo|picture) (?:caught|got|attracted) my (?:attention|eye)`, String.raw`came across your profile`,
  String.raw`ich bin (?:verwitwet|witwer?)`, String.raw`(?:fuhle mich|bin) (?:so |sehr )?einsam`, String.raw`(?:aufrichtige|ehrliche|echte) freundschaft`, String.raw`ernsthafte beziehung`, String.raw`seelenverwandt\p{L}*`, String.raw`dein (?:profil|lacheln) (?:\p{L}+ ){0,2}aufgefallen`,
  String.raw`soy viud[oa]`, String.raw`me siento (?:muy |tan )?sol[oa]`, String.raw`amistad sincera`, String.raw`relacion seria`, String.raw`alma gemela`, String.raw`vi tu perfil`, String.raw`(?:me llamo|llamo) la atencion tu (?:sonrisa|perfil|foto)`,
  String.raw`sono (?:vedov[oa]|rimast[oa] vedov[oa])`, String.raw`mi sento (?:molto |cosi )?sol[oa]`, String.raw`amicizia sincera`, String.raw`relazione seria`, String.raw`anima gemella`, String.raw`ho visto il tuo profilo`, String.raw`il tuo sorriso`,
  String.raw`jestem (?:wdow\p{L}*|wdowc\p{L}*)`, String.raw`czuje sie (?:bardzo |taka |taki )?samotn\p{L}*`, String.raw`szczer\p{L}* przyjazn\p{L}*`, String.raw`powazn\p{L}* zwiaz\p{L}*`, String.raw`bratni\p{L}* dusz\p{L}*`, String.raw`(?:widzia[lł]\p{L}*|zobaczy[lł]\p{L}*) (?:twoj|pani|pana) profil`,
  String.raw`я (?:вдова|вдовец)`, String.raw`чувствую себя (?:очень |так )?одиноко`, String.raw`(?:мне )?(?:очень |так )?одиноко`, String.raw`искренн\p{L}* дружб\p{L}*`, String.raw`серьезн\p{L}* отношени\p{L}*`, String.raw`родственн\p{L}* душ\p{L}*`, String.raw`(?:увидел\p{L}*|видел\p{L}*) (?:ваш|твой) профиль`,
  String.raw`ειμαι (?:χηρα|χηρος)`, String.raw`νιωθω (?:πολυ |τοσο )?μον\p{L}*`, String.raw`ειλικριν\p{L}* φιλια`, String.raw`σοβαρ\p{L}* σχεση`, String.raw`αδελφη ψυχη`, String.raw`(?:ειδα|βρηκα) το προφιλ σου`, String.raw`το χαμογελο σου`,
]);
/** a messenger to go on in: "escríbeme por WhatsApp", "write to me on Telegram" */
const MESSENGER = /(?<![\p{L}])(whatsapp|telegram|viber|hangouts|wechat)(?![\p{L}])/u; // not "signal": an English word

/** The opener's phrases (distinct) and the messenger in texts. */
export function openerSigns(texts: ReadonlyArray<{ text: string }>): { phrases: string[]; messenger: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  const phrases = [...new Set(read.flatMap((t) => [...phraseMatches(t, OPENER)].map((m) => m[0].trim())))];
  return { phrases, messenger: read.map((t) => MESSENGER.exec(t)?.[1]).find(Boolean) ?? null };
}

const openerForm = scamFormCheck({
  name: 'romance-scam',
  symbol: 'ROMANCE_OPENER',
  gate: (texts) => texts.some((t) => OPENER.test(comparableText(t.text))),
  describe: (texts) => {
    const { phrases, messenger } = openerSigns(texts);
    return phrases.length >= 2 && messenger ? `presents itself ("${phrases.slice(0, 2).join('", "')}") and asks to go on in ${messenger}` : null;
  },
  strangersDoubtful: true,
  correspondentsTrusted: true,
});

/** The endearment, a sum and the request in texts (see readerTexts), each the first found. */
export function romanceSigns(texts: ReadonlyArray<{ text: string }>): { endearment: string | null; sum: string | null; request: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return { endearment: firstPhrase(read, ENDEARMENT), sum: texts.flatMap((t) => sumsOfMoney(t.text))[0] ?? null, request: firstPhrase(read, PAY_FOR_ME) };
}

export { scamFormOptionsSchema as romanceScamOptionsSchema } from './scam-form.ts';

const moneyForm = scamFormCheck({
  name: 'romance-scam',
  symbol: 'ROMANCE_MONEY_REQUEST',
  // the endearment first: business mail has none
  gate: (texts) => texts.some((t) => ENDEARMENT.test(comparableText(t.text))),
  describe: (texts) => {
    const { endearment, sum, request } = romanceSigns(texts);
    return endearment && sum && request ? `calls the reader "${endearment}", names ${sum} and asks "${request}"` : null;
  },
  strangersDoubtful: true,
  correspondentsTrusted: true,
});

/** ROMANCE_MONEY_REQUEST, or else ROMANCE_OPENER: one romance per message. */
export const romanceScamCheck: Check<'data', ScamFormOptions> = {
  ...moneyForm,
  symbols: ['ROMANCE_MONEY_REQUEST', 'ROMANCE_OPENER'],
  async run(ctx, deps) {
    const money = await moneyForm.run(ctx, deps);
    return money.length ? money : openerForm.run(ctx, deps);
  },
};

export default romanceScamCheck;
