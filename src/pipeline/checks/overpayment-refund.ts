// Overpayment fraud (inbound): "our client's accounting sent EUR 41,900 instead of 38,400 by
// mistake; please return the difference of EUR 3,500 directly to the account of our carrier", with
// a forged SWIFT MT103 attached. The "payment" never arrives, the refund does. Or the look-alike
// supplier "paid twice" by its home banking's fault and wants the excess back on the account of its
// "subsidiary that runs the treasury from this month". Sellers of goods and services to strangers
// get it (a translation agency, a jeweller, a brewery), in every language.
//  - OVERPAYMENT_REFUND_ELSEWHERE: the text (or an attached document's) says more was paid than
//    owed, twice or by mistake ("paid twice", "ha transferido 4.850,00 € en lugar de los 485,00 €",
//    "pagata due volte", "zu viel überwiesen", "nadpłata", "переплата", "εκ παραδρομής … επιπλέον"),
//    names the account of a third party to send it back to ("the account of our carrier", "a la
//    cuenta de mi gestor", "sul conto della nostra controllata", "στον λογαριασμό του μεταφορέα"),
//    or says the sender's own account changed (as BANK_DETAILS_CHANGE reads it: "the Piraeus account
//    closes, so to our account at Eurobank"; who really paid twice wants it back where it paid from),
//    and gives an account whose checksum holds; from a sender that is not authenticated, on free
//    mail, asks for replies elsewhere, or writes from a domain no one here has written to.
// A customer who really paid twice asks for the excess back on its own account, or for a credit
// note ("зачесть переплату в счёт будущих платежей"), and is a correspondent.
import { accountsOf } from '../../content/bank-accounts.ts';
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { changeSaid } from './bank-details.ts';
import { scamFormCheck } from './scam-form.ts';

/** words, numbers and sums between ("ha transferido 4.850,00 € en lugar de") */
const FEW = String.raw`(?:[\p{L}\p{N}.,€$£/-]+ ){0,4}`;
/** more paid than owed (as comparableText reads: small letters, no accents; ł stays) */
const OVERPAID = phrasePattern([
  String.raw`overpa(?:id|yment)`, String.raw`paid (?:\p{L}+ ){0,2}twice`, String.raw`double payment`, String.raw`(?:paid|sent|transferred|remitted) ${FEW}(?:by mistake|in error|instead of)`,
  String.raw`zu viel (?:uberwiesen|gezahlt|bezahlt)`, String.raw`doppelt (?:uberwiesen|bezahlt|gezahlt)`, String.raw`(?:versehentlich|irrtumlich) ${FEW}(?:uberwiesen|gezahlt|bezahlt)`, String.raw`(?:uberwiesen|gezahlt) ${FEW}statt (?:der|den|des)`,
  String.raw`pagad\p{L}* dos veces`, String.raw`pago duplicado`, String.raw`pagado de mas`, String.raw`(?:transferido|pagado|enviado|ingresado|abonado) ${FEW}(?:en lugar de|por error)`, String.raw`por error ${FEW}(?:transferido|pagado|enviado|ingresado)`,
  String.raw`pagat\p{L}* due volte`, String.raw`doppio pagamento`, String.raw`(?:pagat|versat|bonificat)\p{L}* in eccesso`, String.raw`(?:per errore|erroneamente) ${FEW}(?:pagat|versat|bonificat|inviat)\p{L}*`, String.raw`(?:pagat|versat|bonificat|inviat)\p{L}* ${FEW}invece (?:di|dei)`,
  String.raw`nadp[lł]at\p{L}*`, String.raw`(?:zap[lł]acil|przela[lł]|wp[lł]acil)\p{L}* (?:\p{L}+ ){0,2}dwukrotnie`, String.raw`podwojn\p{L}* (?:p[lł]atnos|wp[lł]at|przelew)\p{L}*`, String.raw`omy[lł]kowo ${FEW}(?:przela|wp[lł]aci|zap[lł]aci)\p{L}*`,
  String.raw`переплат\p{L}*`, String.raw`(?:оплатил|перечислил|перевел)\p{L}* (?:\p{L}+ ){0,2}дважды`, String.raw`двоин\p{L}* оплат\p{L}*`, String.raw`ошибочно ${FEW}(?:перечисл|оплат|перевел|отправ)\p{L}*`,
  String.raw`εκ παραδρομης`, String.raw`διπλη (?:πληρωμη|καταβολη|εξοφληση)`, String.raw`(?:πληρωθηκε|εξοφληθηκε|καταβληθηκε) δυο φορες`, String.raw`(?:καταβληθηκε|στειλε|εστειλε|μεταφερθηκε) ${FEW}επιπλεον`,
]);
/** the account of a third party to send the excess to: a subsidiary, an agent, a carrier, an accountant */
const THIRD_PARTY_ACCOUNT = phrasePattern([
  String.raw`account of (?:our|my|the) (?:\p{L}+ ){0,2}(?:subsidiary|affiliate|sister company|agent|carrier|forwarder|freight forwarder|logistics (?:partner|company)|shipping agent|accountant|manager|broker|trustee|representative)`,
  String.raw`konto (?:unserer|unseres|meiner|meines|der|des) (?:\p{L}+ ){0,2}(?:tochtergesellschaft|tochterfirma|schwestergesellschaft|spediteurs|spedition|agentur|agenten|vertreters|steuerberaters|treuhanders|maklers|frachtfuhrers)`,
  String.raw`cuenta (?:de|del) (?:mi|nuestro|nuestra|la|el) (?:\p{L}+ ){0,2}(?:gestor|gestoria|asesor|filial|agente|transportista|representante|abogado|socio|empresa hermana|transitario)`,
  String.raw`conto (?:della|del|dello) (?:nostra|nostro|mia|mio) (?:\p{L}+ ){0,2}(?:controllata|consociata|filiale|agente|spedizioniere|trasportatore|vettore|commercialista|rappresentante|fiduciario)`,
  String.raw`(?:rachun\p{L}*|kont\p{L}*) (?:naszej|naszego|mojego|mojej) (?:\p{L}+ ){0,2}(?:spolki zaleznej|spedytora|przewoznika|agenta|ksiegowej|ksiegowego|przedstawiciela|pe[lł]nomocnika)`,
  String.raw`(?:сч\p{L}*|реквизит\p{L}*) (?:нашеи|нашего|моего|моеи) (?:\p{L}+ ){0,2}(?:дочернеи компании|дочерн\p{L}* обществ\p{L}*|агента|перевозчика|экспедитора|бухгалтера|представителя|поверенного)`,
  String.raw`λογαριασμο (?:του|της) (?:\p{L}+ ){0,2}(?:μεταφορεα|θυγατρικης|πρακτορα|λογιστη|εκπροσωπου|διαμεσολαβητη|διαμεταφορεα)`,
]);
/**
 * The scam's first stage, before any payment: a third party "will pay" more than the fee, and the
 * balance is to go on to the sender's agent ("The balance after your fees should be paid by you
 * directly to our cargo agent": the ninety-fourth pair's "repatriation" of a brother's remains to
 * Lagos, the agent's details to follow). No honest customer pays a supplier to pay someone else.
 */
const BALANCE_ONWARD = phrasePattern([
  // also the agent's fee, included in the payment to come, to be forwarded ("My financial adviser will transfer EUR 246,500, which
  // includes the agent's fee of EUR 17,500 … I will kindly ask you to forward the agent's fee to them once the funds have cleared":
  // the hundred-and-thirty-third pair's yacht "buyer" on an offshore platform)
  String.raw`forward (?:the )?(?:agent|shipper|shipping agent|carrier|mover|courier|transport(?:er)?)'?s? (?:fee|payment|share|commission|costs?)`,
  String.raw`(?:the )?(?:balance|remaining (?:amount|sum|balance)|difference|excess|rest)(?: after (?:your|the) (?:fees?|charges?|costs?))? (?:\p{L}+ ){0,4}(?:paid|sent|forwarded|transferred|wired|remitted) (?:by you |back )?(?:directly )?to (?:our|my|the) (?:\p{L}+ ){0,2}(?:agent|cargo agent|shipper|shipping agent|mover|movers|carrier|forwarder|freight forwarder|logistics|driver|courier|clearing agent|representative)`,
  String.raw`(?:restbetrag|rest|differenz|uberschuss|saldo),? (?:[\p{L}\p{N}.,€$£]+ ){0,8}(?:an|auf das konto) (?:unseren|unserem|meinen|meinem|den|dem) (?:\p{L}+ ){0,2}(?:spediteur|agenten|frachtagenten|umzugsunternehmen|kurier|fahrer|vertreter)`,
  String.raw`(?:el )?(?:saldo|resto|importe restante|diferencia|sobrante),? (?:[\p{L}\p{N}.,€$£]+ ){0,8}(?:a|al) (?:nuestro|mi|el) (?:\p{L}+ ){0,2}(?:agente|transportista|transitario|mensajero|conductor|representante)`,
  String.raw`(?:la )?(?:differenza|rimanenza|parte restante|eccedenza|saldo),? (?:[\p{L}\p{N}.,€$£]+ ){0,8}(?:al|a) (?:nostro|mio) (?:\p{L}+ ){0,2}(?:agente|spedizioniere|trasportatore|corriere|autista|rappresentante)`,
  String.raw`(?:pozosta[lł]\p{L}* (?:kwot|sum|czes)\p{L}*|roznic\p{L}*|nadwyzk\p{L}*|reszt\p{L}*),? (?:[\p{L}\p{N}.,€$£]+ ){0,8}(?:naszemu|mojemu) (?:\p{L}+ ){0,2}(?:agentowi|spedytorowi|przewoznikowi|kurierowi|kierowcy|przedstawicielowi)`,
  String.raw`(?:остаток|оставш\p{L}* (?:сумм|част)\p{L}*|разниц\p{L}*),? (?:[\p{L}\p{N}.,€$£]+ ){0,8}(?:нашему|моему) (?:\p{L}+ ){0,2}(?:агенту|перевозчику|экспедитору|курьеру|водителю|представителю)`,
  String.raw`(?:το )?(?:υπολοιπο|υπολοιπο ποσο|διαφορα|πλεοναζον),? (?:[\p{L}\p{N}.,€$£]+ ){0,8}(?:στον|στο) (?:\p{L}+ ){0,2}(?:πρακτορα|μεταφορεα|διαμεταφορεα|οδηγο|κουριερ|εκπροσωπο) (?:μας|μου)`,
]);

/** the words those phrases have: a cheap first look */
const OVERPAID_WORD = /forward|balance|remaining|restbetrag|differenz|uberschuss|saldo|resto|restante|diferencia|sobrante|differenza|rimanenza|eccedenza|pozosta|roznic|nadwyzk|reszt|остаток|оставш|разниц|υπολοιπο|διαφορα|πλεοναζον|overpa|twice|double|mistake|error|instead|zu viel|doppelt|versehentlich|irrtumlich|statt|dos veces|duplicado|de mas|en lugar|due volte|doppio|eccesso|errore|invece|nadp|dwukrotnie|podwojn|omy|переплат|дважды|двоин|ошибочно|παραδρομης|διπλη|δυο φορες|επιπλεον/;

export { scamFormOptionsSchema as overpaymentRefundOptionsSchema } from './scam-form.ts';

/** The overpayment said and the third party's account named (the first phrase of each), or nulls. */
export function overpaymentSigns(texts: ReadonlyArray<{ where: string; text: string }>): { overpaid: string | null; elsewhere: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  const overpaid = firstPhrase(read, OVERPAID);
  // or the sender's own account, said to be new ("στον λογαριασμό μας στη Eurobank, επειδή ο λογαριασμός στην Πειραιώς κλείνει":
  // the hundred-and-seventeenth pair's look-alike builder asking a "double payment" back): who paid twice wants it back where it paid from
  const changed = overpaid ? firstPhrase(read, THIRD_PARTY_ACCOUNT) ?? changeSaid(texts)?.phrase ?? null : null;
  return { overpaid, elsewhere: changed };
}

export const overpaymentRefundCheck = scamFormCheck({
  name: 'overpayment-refund',
  symbol: 'OVERPAYMENT_REFUND_ELSEWHERE',
  gate: (texts) => texts.some((t) => OVERPAID_WORD.test(comparableText(t.text))),
  describe: (texts) => {
    const { overpaid, elsewhere } = overpaymentSigns(texts);
    const account = overpaid && elsewhere ? accountsOf(texts)[0] : undefined;
    if (account) return `says "${overpaid}" and asks for it back on "${elsewhere}", ${account}`;
    const onward = firstPhrase(texts.map((t) => comparableText(t.text)), BALANCE_ONWARD);
    return onward ? `asks for the balance of a payment to come to be paid on: "${onward}"` : null;
  },
  strangersDoubtful: true,
});

export default overpaymentRefundCheck;
