// The move to a messenger (inbound): "Are you in the office? Send me your mobile number, I'll add
// you to a WhatsApp group with the lawyer handling the deal." The first message of CEO fraud asks
// for nothing but the reader's number: on WhatsApp or Telegram the "boss" has a profile picture, no
// mail gateway reads what follows, and the payment is asked for there.
//  - MESSENGER_PIVOT: the text asks for the reader's mobile, WhatsApp or private number ("send me
//    your WhatsApp number", "schick mir bitte kurz deine Handynummer", "envíame tu número de móvil",
//    "mi mandi il tuo numero di cellulare?", "wyślij mi swój numer telefonu", "пришлите ваш номер
//    мобильного", "στείλε μου τον αριθμό του κινητού σου"), or says it will add the reader to a
//    WhatsApp or Telegram group (which needs the number), from a doubtful sender (see scam-form.ts:
//    not authenticated, on free mail, asking for replies elsewhere, or a domain no one here has
//    written to). A colleague or a correspondent people here write to is taken at its word. Not a
//    partner's "reach the driver on WhatsApp at +39 …": that gives a number, it does not ask for one.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** up to three words between ("send me please quickly your current mobile number") */
const WORDS = String.raw`(?:[\p{L}\p{N}-]+,? ){0,3}`;
/** the reader's number: mobile, WhatsApp, private (as comparableText reads: small letters, no accents) */
const NUMBER = String.raw`(?:mobile|cell|cellphone|whatsapp|personal|private) ?(?:phone )?(?:number|no|#)`;

/** "send me your mobile number", in the offices' languages */
const ASK_NUMBER = phrasePattern([
  String.raw`(?:send|give|text|share|forward) (?:me )?${WORDS}(?:your|ur) ${WORDS}${NUMBER}`,
  String.raw`(?:schick|schicke|schicken sie|senden sie|sende|gib|geben sie|nenn|nennen sie) (?:mir )?${WORDS}(?:deine|ihre) ${WORDS}(?:handynummer|mobilnummer|handy-nummer|mobilfunknummer|whatsapp-nummer|private nummer|private telefonnummer)`,
  String.raw`(?:deine|ihre) ${WORDS}(?:handynummer|mobilnummer|whatsapp-nummer|private nummer) (?:schicken|senden|geben|mitteilen|zukommen lassen|schickst|sendest|gibst)`,
  String.raw`(?:enviame|mandame|pasame|dame|envieme|facilitame|facilites|facilite|me pasas|me pases|me pase|me envias|me envies|me mandes|me des|(?:me )?(?:puedes|podrias|puede|podria) (?:enviar|mandar|pasar|dar|facilitar)(?:me)?) ${WORDS}(?:tu|su) (?:numero (?:de )?(?:movil|telefono movil|whatsapp|celular|personal)|movil|whatsapp)`,
  String.raw`(?:mandami|inviami|dammi|mi mandi|mi invii|mi puoi mandare|mi dai|mi lasci|mi giri) ${WORDS}(?:il tuo|il suo|tuo|suo) (?:numero (?:di )?(?:cellulare|whatsapp|personale|privato)|cellulare)`,
  // also the infinitive after "proszę" and a word before the number ("Proszę podać mi swój aktualny numer komórki": the forty-eighth pair's "director" on Onet)
  String.raw`(?:wyslij|przeslij|podeslij|podaj|daj|poda[lł]\p{L}*|wys[lł]a\p{L}*|przes[lł]a\p{L}*|podes[lł]a\p{L}*|podac) (?:mi )?${WORDS}(?:swoj|twoj|pana|pani) (?:\p{L}+ )?(?:numer|nr) (?:telefonu komorkowego|telefonu prywatnego|komorki|komorkowy|prywatny|whatsapp)`,
  // the noun: "Proszę o przesłanie mi numeru Pani telefonu komórkowego" (the forty-fifth pair's "CEO" on Outlook.com)
  String.raw`(?:przes[lł]anie|podanie|wys[lł]anie) (?:mi )?${WORDS}numer\p{L}* ${WORDS}(?:telefonu komorkowego|komorki|komorkowego|prywatn\p{L}*|whatsapp|na whatsapp\p{L}*)`,
  String.raw`(?:пришли|пришлите|скинь|скиньте|напиши|напишите|дай|дайте|отправь|отправьте) (?:мне )?${WORDS}(?:свои|ваш|твои) (?:номер (?:мобильного|сотового|личного|в whatsapp|в telegram|whatsapp|ватсапа)|мобильныи)`,
  String.raw`(?:στειλε|στειλτε|δωσε|δωστε) (?:μου )?${WORDS}(?:τον αριθμο (?:του )?κινητου|το κινητο(?: τηλεφωνο)?) (?:σου|σας)`,
  // the subjunctive after "I need" or "can you" ("Χρειάζομαι να μου στείλεις το κινητό σου": the hundredth pair's "manager" on Outlook.com)
  String.raw`να (?:μου )?(?:στειλεις|στειλετε|δωσεις|δωσετε) (?:μου )?${WORDS}(?:τον αριθμο (?:του )?κινητου|το κινητο(?: τηλεφωνο)?) (?:σου|σας)`,
  // or the reader to be added to a messenger group, for which the number is needed ("θέλω να σε προσθέσω σε μια ομάδα στο WhatsApp")
  String.raw`(?:add|invite) you to (?:a|our|the|my) (?:\p{L}+ )?(?:whatsapp|telegram|signal) group`,
  String.raw`(?:dich|sie) (?:\p{L}+ ){0,3}(?:zu|in) (?:einer|unserer|die|der|eine) (?:\p{L}+ )?(?:whatsapp|telegram|signal)[- ]?gruppe (?:\p{L}+ ){0,2}(?:hinzufugen|aufnehmen|einladen)`,
  String.raw`(?:anadirte|anadirle|agregarte|agregarle|te anado|le anado|te agrego|le agrego) (?:a|en) (?:un|nuestro|el) grupo de (?:whatsapp|telegram|signal)`,
  String.raw`(?:aggiungerti|aggiungerla|ti aggiungo|la aggiungo|inserirti|ti inserisco) (?:a|in|nel) (?:un|una|al|nostro) (?:gruppo|chat) (?:di |su )?(?:whatsapp|telegram|signal)`,
  String.raw`(?:dodac|dodam|dodaj\p{L}*) (?:cie|pana|pania) do (?:\p{L}+ )?grup\p{L}* (?:na |w )?(?:whatsapp|telegram|signal)\p{L}*`,
  String.raw`(?:добавить|добавлю|добавим|пригласить|приглашу) (?:тебя|вас) в (?:\p{L}+ )?(?:групп\p{L}*|чат\p{L}*) (?:в )?(?:whatsapp|telegram|ватсап\p{L}*|вотсап\p{L}*|телеграм\p{L}*)`,
  String.raw`(?:να )?(?:σε|σας) (?:προσθεσω|προσθεσουμε|βαλω) σε (?:μια |την )?(?:ομαδα|συνομιλια) (?:στο |του )?(?:whatsapp|viber|telegram|signal)`,
]);
/** the words every phrase has one of: a cheap first look */
const NUMBER_WORD = /number|nummer|numero|movil|whatsapp|telegram|signal|cellulare|numer|nr|номер|мобильн|ватсап|вотсап|телеграм|κινητ|viber/;

/** The request for the reader's number in texts (see readerTexts), or null. */
export function numberAskedFor(texts: ReadonlyArray<{ text: string }>): string | null {
  return firstPhrase(texts.map((t) => comparableText(t.text)).filter((t) => NUMBER_WORD.test(t)), ASK_NUMBER);
}

export { scamFormOptionsSchema as messengerPivotOptionsSchema } from './scam-form.ts';

export const messengerPivotCheck = scamFormCheck({
  name: 'messenger-pivot',
  symbol: 'MESSENGER_PIVOT',
  gate: (texts) => texts.some((t) => NUMBER_WORD.test(comparableText(t.text))),
  describe: (texts) => {
    const said = numberAskedFor(texts);
    return said ? `asks "${said}"` : null;
  },
  strangersDoubtful: true,
  // a colleague or a correspondent people here write to, asking for a number, is taken at its word
  correspondentsTrusted: true,
});

export default messengerPivotCheck;
