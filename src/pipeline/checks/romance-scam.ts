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
// A partner or a relative whom the reader writes to from here is a correspondent and not counted;
// a greeting card or a wedding invitation asks for no payment.
import { sumsOfMoney } from '../../content/crypto-wallets.ts';
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

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

/** The endearment, a sum and the request in texts (see readerTexts), each the first found. */
export function romanceSigns(texts: ReadonlyArray<{ text: string }>): { endearment: string | null; sum: string | null; request: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return { endearment: firstPhrase(read, ENDEARMENT), sum: texts.flatMap((t) => sumsOfMoney(t.text))[0] ?? null, request: firstPhrase(read, PAY_FOR_ME) };
}

export { scamFormOptionsSchema as romanceScamOptionsSchema } from './scam-form.ts';

export const romanceScamCheck = scamFormCheck({
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

export default romanceScamCheck;
