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
//  - ORDER_ON_CREDIT_ELSEWHERE: besides, the goods are to be paid for later ("NET 30 terms", "pago a
//    60 días fecha factura", "extend to 60 days for this order", "ampliar nuestro límite de
//    crédito"). Goods on credit are what the fraud is after: it resells them before the invoice is
//    due, and a buyer who paid up front would have nothing to gain. Six of the seven such frauds of
//    the held-out pairs ask for it.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { privateAddressSigns } from './private-address.ts';
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
  // the warehouse of the buyer's forwarder or logistics operator ("se entregue directamente en el
  // almacén de nuestro operador logístico", the forty-second pair's look-alike customer)
  String.raw`(?:warehouse|depot|premises) of our (?:logistics |freight |3pl )?(?:provider|operator|partner|forwarder|carrier)`,
  String.raw`our (?:logistics|3pl|freight) (?:provider|operator|partner|forwarder)(?:'?s)? (?:warehouse|depot)`,
  String.raw`(?:lager|halle|warenannahme)\p{L}* (?:unseres|unserer) (?:logistik|spedit|dienstleist|lagerhalter)\p{L}*`,
  String.raw`(?:almacen|nave|centro logistico)\p{L}* de (?:nuestro|nuestra) (?:operador|proveedor logistico|socio logistico|transitario|agente de carga)\p{L}*`,
  String.raw`(?:magazzino|deposito) (?:del nostro|della nostra) (?:operatore|partner logistico|spedizionier|vettore)\p{L}*`,
  String.raw`magazyn\p{L}* (?:naszego|naszej) (?:operator|partner|spedytor|przewoznik|firmy logistyczn)\p{L}*`,
  String.raw`склад\p{L}* (?:нашего |нашей )?(?:логистическ\p{L}* )?(?:оператор|партнер|экспедитор|перевозчик|компани)\p{L}*`,
  String.raw`αποθηκ\p{L}* (?:του |της )?(?:συνεργατη|μεταφορεα|διαμεταφορεα|εταιρειας logistics) μας`,
  // tickets, vouchers or licences sent to an agency the buyer names, not to the buyer ("inviare i biglietti nominativi … alla nostra
  // agenzia incaricata, Eventi Lario S.r.l.s.": the hundred-and-fifteenth pair's look-alike insurer ordering 350 hospitality tickets)
  String.raw`(?:our|the) (?:appointed|designated|authori[sz]ed|contracted) (?:travel |event |ticketing |booking )?(?:agency|agent)`,
  String.raw`(?:unsere[rnm]? |die |der )?(?:beauftragte[rnm]?|zustandige[rnm]?) (?:reise|event|veranstaltungs)?agentur`,
  String.raw`(?:nostra |alla nostra |la nostra )?agenzia (?:incaricata|designata|autorizzata)`,
  String.raw`(?:nuestra |a nuestra |la )?agencia (?:designada|encargada|autorizada|contratada)`,
  String.raw`(?:nasz\p{L}* )?(?:upowaznion|wyznaczon)\p{L}* agencj\p{L}*`,
  String.raw`(?:уполномоченн|доверенн)\p{L}* агентств\p{L}*`,
  String.raw`(?:εξουσιοδοτημεν|ορισμεν)\p{L}* πρακτορει\p{L}*`,
  // a new depot, said to differ from the one the supplier knows ("our new Midlands depot - please
  // note this is different from Leeds", the sixty-ninth pair's look-alike customer)
  String.raw`(?:new|neue[sn]?|nuev[oa]|nuov[oa]|now\p{L}*|нов\p{L}*|νε\p{L}*) [^.]{0,40}(?:depot|warehouse|lager|almacen|magazzino|deposito|magazyn|склад|αποθηκ)\p{L}*[^.]{0,40}(?:different from|not (?:our|the) usual|instead of|(?:an)?statt|en lugar de|en vez de|invece d|anziche|zamiast|вместо|αντι για)`,
]);
/** payment later: terms in days, a credit limit or application, deferred payment */
const ON_CREDIT = phrasePattern([
  String.raw`net ?(?:14|15|21|30|45|60|90|120)`, String.raw`(?:30|45|60|90|120) (?:days?|tage\p{L}*|giorni|gg|dias|dni|дн\p{L}*|ημερ\p{L}*)`,
  String.raw`credit (?:limit|line|terms|application|account)`, String.raw`kredit(?:limit|rahmen|linie)\p{L}*`, String.raw`zahlungsziel\p{L}*`,
  String.raw`limite (?:de|di) (?:credito|fido)`, String.raw`fido`, String.raw`linea de credito`,
  String.raw`limit\p{L}* kredyt\p{L}*`, String.raw`kredyt\p{L}* kupieck\p{L}*`, String.raw`odroczon\p{L}* (?:termin\p{L}* )?platnosc\p{L}*`,
  String.raw`отсрочк\p{L}*`, String.raw`кредитн\p{L}* (?:лимит|лини)\p{L}*`,
  String.raw`πιστωσ\p{L}*`, String.raw`πιστωτικ\p{L}* (?:οριο|γραμμη)`,
]);

/** the words every ELSEWHERE phrase has one of: a cheap first look */
const ELSEWHERE_WORD = /agency|agent|agentur|agenzia|agencia|agencj|агентств|πρακτορει|consolidation|premises|plataforma|piattaforma|platform|hub|nave|centro|warehouse|depot|receiving|delivery address|lager|deposito|magazzino|logistic|consegna|almacen|magazyn|odbioru|склад|αποθηκ/;

export { scamFormOptionsSchema as orderElsewhereOptionsSchema } from './scam-form.ts';

/**
 * A new warehouse named: alone an ordinary move, but from a buyer who also writes from a new address
 * ("Te escribo desde mi nueva dirección porque estamos migrando el correo … La entrega sería en
 * nuestro nuevo almacén logístico": the ninety-sixth pair's look-alike customer) it is the order
 * fraud's delivery elsewhere, both the supplier's records of the buyer replaced at once.
 */
const NEW_WAREHOUSE = phrasePattern([
  String.raw`(?:new|neue[nmrs]?|nuev[oa]|nuov[oa]|now\p{L}*|нов\p{L}*|νε\p{L}*) (?:\p{L}+ ){0,2}(?:depot|warehouse|lager|logistikzentrum|almacen|nave|magazzino|deposito|magazyn|склад|αποθηκ)\p{L}*`,
]);

/** The order and the warehouse elsewhere in the subject and texts (see readerTexts), each the first found. */
export function orderElsewhereSigns(subject: string, texts: ReadonlyArray<{ text: string }>): { order: string | null; elsewhere: string | null } {
  const read = [subject, ...texts.map((t) => t.text)].map(comparableText);
  const elsewhere = firstPhrase(read.filter((t) => ELSEWHERE_WORD.test(t)), ELSEWHERE);
  const moved = elsewhere ? null : firstPhrase(read, NEW_WAREHOUSE);
  const fromNew = moved ? privateAddressSigns(texts).fromPrivate : null;
  return { order: firstPhrase(read, ORDER), elsewhere: elsewhere ?? (moved && fromNew ? `${moved}" from "${fromNew}` : null) };
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
  aggravated: {
    symbol: 'ORDER_ON_CREDIT_ELSEWHERE',
    describe: (texts) => {
      const terms = firstPhrase(texts.map((t) => comparableText(t.text)), ON_CREDIT);
      return terms ? `asks for payment later: "${terms}"` : null;
    },
  },
});

export default orderElsewhereCheck;
