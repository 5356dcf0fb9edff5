// Gift-card fraud (inbound): "I'm in a board meeting and can't call. Please buy ten Amazon gift
// cards of 100 € for our clients, scratch off the codes and send me photos of them." The "CEO" or a
// "colleague" writes from a private address; the codes are spent within minutes and cannot be traced
// or taken back. No link, no attachment, no account number: only the request.
//  - GIFT_CARD_REQUEST: the text (or an attached document's) names gift cards in one of the
//    offices' languages ("gift cards", "Geschenkkarten", "tarjetas regalo", "carte regalo", "karty
//    podarunkowe", "подарочные карты", "δωροκάρτες", "Apple/Google Play/Steam cards",
//    "paysafecard") and asks for their codes or pictures of them to be sent, or scratched free ("send
//    me the codes", "schick mir Fotos der Codes", "rubbel die Codes frei", "envíame los códigos",
//    "inviami i codici", "wyślij mi kody", "пришлите коды", "στείλε μου τους κωδικούς"), while the
//    sender's word is not to be taken: not authenticated for its From domain, on free mail, or
//    asking for replies at another organisation.
// A shop's newsletter offers gift cards and sends its own codes, from its authenticated domain; it
// never asks the reader for them.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** up to four words between a phrase's parts ("send me the ten codes") */
const WORDS = String.raw`(?:\p{L}+ ){0,4}`;

/** gift cards, by their name in the offices' languages or by the stores whose cards fraud asks for (as comparableText reads: no accents, small letters) */
const GIFT_CARDS = phrasePattern([
  String.raw`gift ?cards?`, String.raw`e-?gift`, 'paysafecard', String.raw`(?:apple|itunes|google play|steam|amazon|razer gold|vanilla|ebay)[ -]?(?:gift ?)?(?:cards?|karten?|codes?|gutschein\p{L}*)`,
  String.raw`geschenk ?karten?`, String.raw`geschenk-?gutschein\p{L}*`, String.raw`gutschein ?karten?`, String.raw`guthaben ?karten?`,
  String.raw`tarjetas? (?:de )?regalo`, String.raw`carte? (?:regalo|prepagat\p{L}*)`,
  // vouchers ("10 buoni regalo Amazon da 100 EUR": the ninety-second pair's "CEO" on Gmail), in the languages that call them so
  String.raw`buon[io] (?:regalo|acquisto)`, String.raw`vales? (?:de )?regalo`, String.raw`gift ?vouchers?`, String.raw`cheques? regalo`,
  String.raw`kart\p{L}* podarunkow\p{L}*`, String.raw`bony? podarunkow\p{L}*`,
  String.raw`подарочн\p{L}* (?:карт\p{L}*|сертификат\p{L}*)`,
  String.raw`δωροκαρτ\p{L}*`, String.raw`δωροεπιταγ\p{L}*`,
  // the store after the word for cards: "κάρτες Google Play", "karty Google Play", "tarjetas de Amazon", "карты Apple"
  String.raw`(?:cards?|karten?|tarjetas?|carte?|kart[ayi]|карт[аыу]?|καρτ(?:α|ες|ων))(?: (?:de|di|von))? (?:apple|itunes|google play|steam|amazon|razer gold|vanilla|ebay)(?![\p{L}])`,
]);

/** the codes (or pictures of the cards) asked for, or the cards' codes to be scratched free */
const CODES_ASKED = phrasePattern([
  // English
  String.raw`(?:send|e-?mail|forward|text|share|reply with) (?:me |us )?${WORDS}(?:codes?|pins?|pictures?|photos?|images?|scans?|snapshots?)`,
  String.raw`scratch (?:off )?${WORDS}(?:codes?|back|cards?)`,
  // German
  String.raw`(?:schick|send|mail|ubermittel|leite)\p{L}* ${WORDS}(?:codes?|fotos?|bilder|scans?)`,
  String.raw`(?:codes?|fotos?|bilder) ${WORDS}(?:schick|send|mailen|zukommen|ubermittel)\p{L}*`,
  String.raw`(?:frei ?rubbel\p{L}*|rubbel\p{L}* ${WORDS}frei)`,
  // Spanish
  String.raw`(?:envi|mand|remit)\p{L}* ${WORDS}(?:codigos?|fotos?|imagenes|capturas?)`,
  String.raw`rasc\p{L}* ${WORDS}(?:codigos?|tarjetas?|parte)`,
  // Italian
  String.raw`(?:invi|mand|inoltr)\p{L}* ${WORDS}(?:codici|codice|foto|immagini|scansion\p{L}*)`,
  String.raw`gratt\p{L}* ${WORDS}(?:codici|codice|carte?|retro)`,
  // Polish
  String.raw`(?:wysl|przesl|podesl)\p{L}* ${WORDS}(?:kody|kod|zdjeci\p{L}*|skan\p{L}*)`,
  String.raw`zdrap\p{L}*`,
  // Russian
  String.raw`(?:пришл|отправ|вышл|скин|перешл)\p{L}* ${WORDS}(?:коды|код|фото\p{L}*|снимк\p{L}*)`,
  String.raw`сотр\p{L}* ${WORDS}(?:защитн\p{L}*|слой)`,
  // Greek
  String.raw`(?:στειλ|στειλτ|προωθησ)\p{L}* ${WORDS}(?:κωδικ\p{L}*|φωτογραφι\p{L}*)`,
  String.raw`ξυσ\p{L}* ${WORDS}(?:κωδικ\p{L}*|καρτ\p{L}*)`, String.raw`(?:βγαλ|τραβηξ)\p{L}* φωτογραφι\p{L}* ${WORDS}κωδικ\p{L}*`,
]);

/**
 * The opener: the cards asked to be bought, in the same sentence ("Can you pick up some Apple gift
 * cards today? I'll explain", the forty-eighth pair's "office manager" on Gmail). The codes come in
 * the next mail, once the reader has answered; this one must be held already. Questions and
 * requests only: a shop's "buy our gift cards" is its own (and a noun, "Kauf", "compra", "zakup").
 */
const BUY = phrasePattern([
  String.raw`(?:can|could|would|will) you ${WORDS}(?:buy|purchase|pick up|get|grab|order)`, String.raw`(?:please|i need you to|need you to) (?:buy|purchase|pick up|get|grab)`,
  // or wished for ("I'd like you to purchase some Apple gift cards - 10 x £200": the hundred-and-ninth pair's "CEO" on Gmail)
  String.raw`(?:i['’]d|i would|id)(?: really)? like you to (?:buy|purchase|pick up|get|grab|order)`, String.raw`i want you to (?:buy|purchase|pick up|get|grab|order)`,
  String.raw`(?:quiero|me gustaria|quisiera) que (?:me )?(?:compres|compre|comprara|compraras|consigas|adquieras)`,
  String.raw`(?:vorrei|voglio) che (?:tu )?(?:comprassi|compri|acquistassi|acquisti|prendessi)`,
  String.raw`(?:chcia[lł]\p{L}*|chce),? (?:zeby|aby)\p{L}* ${WORDS}(?:kupi|zakupi)\p{L}*`,
  String.raw`(?:хочу|хотел\p{L}* бы),? (?:чтобы|что бы) (?:ты|вы) ${WORDS}(?:купил|приобрел)\p{L}*`,
  String.raw`(?:θελω|θα ηθελα) να (?:μου )?(?:αγορασ|παρ)\p{L}*`,
  String.raw`(?:puedes|podrias|puede|podria|necesito que) ${WORDS}(?:comprar|compres|compre|conseguir|consigas|adquirir)`,
  String.raw`(?:puoi|potresti|puo|potrebbe|ho bisogno che) ${WORDS}(?:comprare|compri|acquistare|acquisti|prendere)`,
  String.raw`(?:mozesz|moglbys|moglabys|czy moze pan|czy moze pani|czy mog[lł]\p{L}*|prosze) ${WORDS}(?:kupic|zakupic|nabyc)`,
  String.raw`(?:можешь|можете|могли бы|сможешь|сможете|нужно) ${WORDS}(?:купить|приобрести)`,
  String.raw`(?:μπορεις|μπορειτε|θα μπορουσες|θα μπορουσατε|χρειαζομαι) ${WORDS}να (?:αγορασ|παρ)\p{L}*`,
]);
/** German asks first and puts the verb last ("Kannst du heute ein paar Apple-Karten besorgen?") */
const GERMAN_ASK = String.raw`(?<![\p{L}])(?:(?:kannst|konntest|konnen|konnten|wurdest|wurden) (?:du|sie)|ich mochte,? dass (?:du|sie))(?![\p{L}])`;
const GERMAN_BUY = String.raw`(?:kaufen|kaufst|besorgen|besorgst|holen|holst|bestellen|bestellst)(?![\p{L}])`;
/** the purchase asked and the cards named in one sentence */
const BUY_CARDS = new RegExp(String.raw`${BUY.source}[^.!?\n]{0,60}?(?:${GIFT_CARDS.source})|${GERMAN_ASK}[^.!?\n]{0,60}?(?:${GIFT_CARDS.source})[^.!?\n]{0,30}?${GERMAN_BUY}`, 'u');

export { scamFormOptionsSchema as giftCardOptionsSchema } from './scam-form.ts';

/** The gift cards named and the codes asked for in texts (see readerTexts), each the first found. */
export function giftCardSigns(texts: ReadonlyArray<{ text: string }>): { cards: string | null; codes: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return {
    cards: firstPhrase(read, GIFT_CARDS),
    codes: firstPhrase(read, CODES_ASKED) ?? firstPhrase(read, BUY_CARDS),
  };
}

export const giftCardCheck = scamFormCheck({
  name: 'gift-card',
  symbol: 'GIFT_CARD_REQUEST',
  // the cards first: few messages name them, and the requests to send something are many
  gate: (texts) => texts.some((t) => GIFT_CARDS.test(comparableText(t.text))),
  describe: (texts) => {
    const { cards, codes } = giftCardSigns(texts);
    return cards && codes ? `names "${cards}" and asks "${codes}"` : null;
  },
});

export default giftCardCheck;
