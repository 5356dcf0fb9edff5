// Purchase-order fraud (inbound): "Wexford State University would like to purchase the items on the
// attached purchase order … as a public institution we pay on NET 30 terms … all goods must be
// shipped to our consolidation partner in Linden, NJ". A hospital, a university or a ministry
// orders goods on credit from a look-alike domain or free mail, and has them delivered to a
// warehouse that is not its own, where the fraud collects and resells them; the invoice goes to the
// real institution, which never ordered. The excuse is always why the goods cannot go to the
// buyer's address: the central warehouse being renovated, a "consolidation partner" that "handles
// receiving", an external or temporary depot. Suppliers of laboratory, medical and IT equipment
// get these every week (warnings by the FBI and by universities themselves).
//  - ORDER_DELIVERY_ELSEWHERE: an order ("purchase order", "Bestellung", "ordine", "pedido",
//    "zamówienie", "заказ", "παραγγελία", in the subject or the text) whose goods are to go to an
//    external, temporary or third party's warehouse ("deposito esterno temporaneo", "almacén
//    logístico externo", "consolidation partner"), from a doubtful sender (see scam-form.ts: not
//    authenticated, on free mail, asking for replies elsewhere, or a domain no one here has written
//    to). A customer people here write to is taken at its word. Some hospitals do use an outside
//    logistics hub: alone it tags nothing.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** an order, in the offices' languages (as comparableText reads: no accents, small letters) */
const ORDER = phrasePattern([
  String.raw`(?<!in )(?:purchase )?orders?(?![\p{L}])`, String.raw`p\.?o\.? (?:no|number|#)`, String.raw`request for (?:quot\p{L}*|proposal)`,
  String.raw`bestell\p{L}*`,
  String.raw`ordin(?:e|i|iamo|are)(?![\p{L}])`, String.raw`ordinativo`,
  String.raw`pedido\p{L}*`, String.raw`orden de compra`,
  String.raw`zamowien\p{L}*`, String.raw`zamawia\p{L}*`,
  String.raw`заказ\p{L}*`,
  String.raw`παραγγελ\p{L}*`,
]);

/** the goods to go to a warehouse that is not the buyer's own */
const ELSEWHERE = phrasePattern([
  String.raw`consolidation (?:partner|cent(?:er|re)|warehouse|point|hub)`,
  String.raw`(?:external|temporary|interim|off-?site|third-party|alternate|alternative) (?:warehouse|depot|receiving|delivery address)`,
  String.raw`(?:handles|manages|does) (?:the )?receiving for`,
  String.raw`(?:externe|temporare|vorubergehende|provisorische|ausweich)\p{L}* (?:\p{L}+ )?(?:lager|lagerhalle|lieferadresse|annahmestelle|warenannahme|logistikzentrum)`,
  String.raw`(?:ausweich|zwischen|fremd)lager\p{L}*`,
  String.raw`(?:deposito|magazzino|centro logistico|punto di consegna) (?:\p{L}+ )?(?:esterno|temporaneo|provvisorio|alternativo)`,
  String.raw`almacen (?:\p{L}+ )?(?:externo|temporal|provisional|alternativo)`,
  // "nuestra plataforma logística externa" (the forty-seventh pair's "El Corte Inglés" buyer on a look-alike)
  String.raw`(?:plataforma|centro|nave) (?:logistic[oa] )?(?:\p{L}+ )?(?:extern[oa]|temporal|provisional|alternativ[oa])`,
  String.raw`(?:piattaforma|hub) (?:logistic[oa] )?(?:\p{L}+ )?(?:estern[oa]|temporane[oa]|provvisori[oa]|alternativ[oa])`,
  String.raw`(?:external|temporary|third-party) (?:logistics )?(?:platform|hub)`, String.raw`(?:externe|temporare)\p{L}* logistik(?:plattform|hub|partner)\p{L}*`,
  String.raw`(?:magazyn\p{L}*|punkt\p{L}* odbioru) (?:\p{L}+ )?(?:zewnetrzn|tymczasow|zastepcz)\p{L}*`, String.raw`(?:zewnetrzn|tymczasow|zastepcz)\p{L}* magazyn\p{L}*`,
  String.raw`(?:внешн|временн|сторонн)\p{L}* склад\p{L}*`, String.raw`склад\p{L}* (?:\p{L}+ )?(?:логистического партнера|партнера по логистике)`,
  String.raw`(?:εξωτερικ|προσωριν)\p{L}* (?:\p{L}+ )?αποθηκ\p{L}*`, String.raw`αποθηκ\p{L}* (?:\p{L}+ )?(?:εξωτερικ|προσωριν)\p{L}*`,
]);
/** the words every ELSEWHERE phrase has one of: a cheap first look */
const ELSEWHERE_WORD = /consolidation|plataforma|piattaforma|platform|hub|nave|centro|warehouse|depot|receiving|delivery address|lager|deposito|magazzino|logistic|consegna|almacen|magazyn|odbioru|склад|αποθηκ/;

export { scamFormOptionsSchema as orderElsewhereOptionsSchema } from './scam-form.ts';

/** The order and the warehouse elsewhere in the subject and texts (see readerTexts), each the first found. */
export function orderElsewhereSigns(subject: string, texts: ReadonlyArray<{ text: string }>): { order: string | null; elsewhere: string | null } {
  const read = [subject, ...texts.map((t) => t.text)].map(comparableText);
  return { order: firstPhrase(read, ORDER), elsewhere: firstPhrase(read.filter((t) => ELSEWHERE_WORD.test(t)), ELSEWHERE) };
}

export const orderElsewhereCheck = scamFormCheck({
  name: 'order-elsewhere',
  symbol: 'ORDER_DELIVERY_ELSEWHERE',
  // the warehouse first: few messages send goods anywhere
  gate: (texts) => texts.some((t) => ELSEWHERE_WORD.test(comparableText(t.text))),
  describe: (texts, view) => {
    const { order, elsewhere } = orderElsewhereSigns(view.subject, texts);
    return order && elsewhere ? `names "${order}" and "${elsewhere}"` : null;
  },
  strangersDoubtful: true,
  // a customer people here write to, whose hospital does use an outside hub, is taken at its word
  correspondentsTrusted: true,
});

export default orderElsewhereCheck;
