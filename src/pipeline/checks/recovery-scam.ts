// Recovery scams (inbound): "Our legal service found your name in the register of victims of
// illegal brokers and crypto exchanges. Through chargeback we return up to 94 % of the lost funds;
// only a state fee of 1.5 % is due." The second scam on the victims of the first: the "lawyers"
// take the fee and the victim's documents, and nothing comes back.
//  - RECOVERY_SCAM: the text (or an attached document's) speaks of money lost to fraud ("funds
//    lost to fraudulent brokers", "Opfer von Anlagebetrug", "víctimas de estafas", "пострадавших
//    от нелегальных брокеров") and promises to get it back ("recover your funds", "Rückholung",
//    "recuperar su dinero", "recuperare i fondi", "odzyskać środki", "возврат похищенных
//    средств", "ανάκτηση των χρημάτων", "chargeback"), from a doubtful sender (see scam-form.ts).
// A bank's or a regulator's warning against these scams says the same words; it comes from its
// own authenticated domain.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** up to three words between a phrase's parts */
const WORDS = String.raw`(?:\p{L}+ ){0,3}`;

/** money lost to fraud, in the offices' languages (as comparableText reads: no accents, small letters) */
const LOST = phrasePattern([
  // English
  String.raw`(?:lost|stolen|scammed) ${WORDS}(?:funds|money|savings|investments?|crypto\p{L}*|bitcoins?)`,
  String.raw`(?:funds|money|savings|investments?) ${WORDS}(?:lost|stolen|scammed)`,
  String.raw`victims? of ${WORDS}(?:scams?|fraud\p{L}*|brokers?)`,
  String.raw`(?:fraudulent|scam|fake|unregulated|illegal|rogue) (?:brokers?|trading platforms?|platforms?|exchanges?|investment)`,
  // German
  String.raw`(?:verloren\p{L}*|gestohlen\p{L}*|veruntreut\p{L}*|ergaunert\p{L}*) ${WORDS}(?:gelder|geld|ersparnisse|investitionen|einlagen|krypto\p{L}*)`,
  String.raw`(?:betrugerisch|unserios|illegal|unreguliert|gefalscht)\p{L}* (?:broker|online-broker|plattform\p{L}*|handelsplattform\p{L}*|krypto\p{L}*|borse\p{L}*)`,
  String.raw`opfer ${WORDS}(?:\p{L}*betrug\p{L}*|broker\p{L}*|betruger\p{L}*)`,
  // Spanish
  String.raw`(?:dinero|fondos|ahorros|inversion\p{L}*) ${WORDS}(?:perdid|robad|estafad)\p{L}*`,
  String.raw`(?:brokers?|plataformas?|exchanges?) (?:fraudulent|ilegal|fals|no regulad|pirata)\p{L}*`,
  String.raw`victimas? de ${WORDS}(?:estafa|fraude|brokers?)\p{L}*`,
  // Italian
  String.raw`(?:denaro|fondi|soldi|risparmi|somme|investiment\p{L}*) ${WORDS}(?:pers|rubat|truffat|sottratt)\p{L}*`,
  String.raw`(?:broker|piattaform\p{L}*|exchange) (?:fraudolent|illegal|abusiv|non autorizzat|fals)\p{L}*`,
  String.raw`vittim\p{L}* ${WORDS}(?:truff|frod|broker)\p{L}*`,
  // Polish
  String.raw`(?:utracon|skradzion|stracon|wyludzon)\p{L}* ${WORDS}(?:srodk|pieniadz|pieniedz|oszczednosc|inwestycj|kryptowalut)\p{L}*`,
  String.raw`(?:nieuczciw|oszuk|nielegaln|falszyw)\p{L}* (?:broker|platform|gield)\p{L}*`,
  String.raw`ofiar\p{L}* ${WORDS}(?:oszust|brokerow|piramid|inwestycyjn)\p{L}*`,
  // Russian
  String.raw`(?:утрачен|похищен|украден|потерян)\p{L}* ${WORDS}(?:средств|денег|деньги|сбережени|инвестици|криптовалют|вклад)\p{L}*`,
  String.raw`(?:нелегальн|мошенническ|недобросовестн|черн)\p{L}* (?:брокер|платформ|криптобирж|бирж|форекс)\p{L}*`,
  String.raw`лжеброкер\p{L}*`,
  String.raw`пострадавш\p{L}* от ${WORDS}(?:мошенни|брокер|пирамид|деятельност)\p{L}*`,
  // Greek
  String.raw`(?:χαμεν|κλεμμεν|απολεσθεν)\p{L}* ${WORDS}(?:χρηματ|κεφαλαι|επενδυσ|αποταμιευσ)\p{L}*`,
  String.raw`(?:απατηλ|παρανομ|ψευτ|ψευδ)\p{L}* (?:brokers?|πλατφορμ\p{L}*|μεσιτ\p{L}*|χρηματιστ\p{L}*)`,
  String.raw`θυματ\p{L}* ${WORDS}(?:απατ|brokers?)\p{L}*`,
]);

/** the promise to get the money back */
const RECOVER = phrasePattern([
  String.raw`recover\p{L}* ${WORDS}(?:funds|money|losses|investments?|crypto\p{L}*|assets|deposits?)`, String.raw`(?:funds|money|asset|crypto) recovery`,
  String.raw`get ${WORDS}(?:money|funds) back`, 'chargeback', 'charge-back', 'чарджбэк',
  String.raw`(?:ruckholung|ruckforderung|ruckgewinnung|zuruckhol|zuruckforder|zuruckerhalt|zuruckbekomm|zuruckzubekomm|zuruckzuhol)\p{L}*`,
  String.raw`recupera\p{L}* ${WORDS}(?:dinero|fondos|inversion\p{L}*|perdidas|activos|deposit\p{L}*)`, String.raw`recuperacion de (?:fondos|activos|dinero)`,
  String.raw`recuper\p{L}* ${WORDS}(?:denaro|fondi|soldi|somme|investiment\p{L}*|perdite|capitale)`,
  String.raw`odzysk\p{L}* ${WORDS}(?:srodk|pieniadz|pieniedz|inwestycj|strat|kapital)\p{L}*`,
  String.raw`(?:возврат\p{L}*|вернуть|вернем|взыскани\p{L}*) ${WORDS}(?:средств|денег|деньги|инвестици|потер|вклад)\p{L}*`,
  String.raw`(?:ανακτ|επιστροφ)\p{L}* ${WORDS}(?:χρηματ|κεφαλαι|επενδυσ|απωλει)\p{L}*`,
]);

export { scamFormOptionsSchema as recoveryScamOptionsSchema } from './scam-form.ts';

/** The loss to fraud and the promise to recover it in texts (see readerTexts), each the first found. */
export function recoveryScamSigns(texts: ReadonlyArray<{ text: string }>): { lost: string | null; recover: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return {
    lost: firstPhrase(read, LOST),
    recover: firstPhrase(read, RECOVER),
  };
}

export const recoveryScamCheck = scamFormCheck({
  name: 'recovery-scam',
  symbol: 'RECOVERY_SCAM',
  // the promise first: few messages promise to get money back
  gate: (texts) => texts.some((t) => RECOVER.test(comparableText(t.text))),
  describe: (texts) => {
    const { lost, recover } = recoveryScamSigns(texts);
    return lost && recover ? `speaks of "${lost}" and promises "${recover}"` : null;
  },
});

export default recoveryScamCheck;
