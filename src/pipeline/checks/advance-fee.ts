// Advance-fee fraud (inbound): the lottery you never entered, the dying widow's donation, the
// inheritance of a namesake, the state's compensation. Money is promised; to receive it the reader
// sends a copy of the passport and bank details, then pays a "handling fee". The mail has no link
// and no attachment, and in Spanish, Polish or Greek no word an English-trained Bayes model knows.
//  - ADVANCE_FEE_FRAUD: the text (or an attached PDF's or Office document's) promises a windfall
//    in one of the offices' languages (a prize, lottery, inheritance, donation, compensation, an
//    unclaimed fund), names a large sum (1000 or more of its currency, 10,000 roubles: a product's
//    price in a prize draw's newsletter is no windfall), and asks for what the fraud needs (a copy of the ID or
//    passport, personal data, an account number, or a fee), while the sender's word is not to be
//    taken: not authenticated for its From domain, on free mail, or asking for replies at another
//    organisation.
//  - ADVANCE_FEE_UPFRONT: besides, what it asks for is a fee ("la tasa de tramitación", "a release
//    fee", "παράβολο", "Bearbeitungsgebühr"): the step that takes the money, where a newsletter's
//    prize draw asks for a name and a date of birth.
// Each part alone is ordinary: a charity thanks for a donation, an insurer pays compensation and
// asks for the account number, a newsletter's prize draw asks for a name and address. An insurer
// or a charity writes from its own authenticated domain and wants the replies there. Words that
// honest business writes every day are not windfalls: "beneficiary" (of a wire transfer),
// "выплата" (a salary payout), Polish "spadek" (also a fall in prices), Greek "δωρεάν" (free of
// charge); nor "реквизиты" a request, the bank details of every Russian invoice.
import { amountOf, sumsOfMoney } from '../../content/crypto-wallets.ts';
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** Money promised to the reader. */
const WINDFALL = phrasePattern([
  // English
  String.raw`you (?:have )?(?:won|been selected)`, 'winning (?:number|ticket|notification|email)', 'lottery', 'sweepstakes?', // not "lotto": Italian for a batch or lot
  'inheritance', 'next of kin', String.raw`(?:sole|named|nominated) (?:as )?(?:the )?beneficiary`, String.raw`donat(?:e|ion) (?:the sum|of \p{N}|to you)`, 'compensation (?:fund|payment|payout)',
  'unclaimed (?:fund|prize|inheritance|sum|deposit)', 'prize draw', 'consignment box', String.raw`without (?:a )?(?:will|heirs?|known heirs?|next of kin)`, 'designated beneficiary',
  // German
  'sie haben (?:gewonnen|einen gewinn)', 'gewinner', 'verlosung', 'lotterie', String.raw`erbschaft\p{L}*`, 'nachlass', 'entschadigungszahlung', String.raw`ohne (?:testament|erben)`,
  // Spanish
  'ha (?:resultado )?ganador[a]?', 'ha ganado', 'loteria', 'sorteo',
  // a prize of a sum, not any "premio": Italian for an insurance premium too ("la rata del premio di polizza")
  String.raw`(?:un|el|su|del) premio (?:de \p{N}|de (?:un|una)|en (?:metalico|efectivo)|mayor|gordo)`, String.raw`premio en (?:metalico|efectivo)`, 'herencia', 'donacion', 'indemnizacion', String.raw`sin (?:dejar )?(?:testamento|herederos)`, 'beneficiario designado',
  // Italian
  'ha vinto', String.raw`vincit\p{L}*`, 'estrazione a premi', 'concorso a premi', 'lotteria', 'eredita', 'donazione', 'risarcimento', 'indennizzo', String.raw`senza (?:lasciare )?(?:testamento|eredi)`, 'beneficiario designato',
  // Polish ("ł" keeps its stroke)
  String.raw`wygrał\p{L}*`, String.raw`wygran\p{L}*`, String.raw`zwyciezc\p{L}*`, String.raw`loteri\p{L}*`, String.raw`losowani\p{L}*`, String.raw`nagrod\p{L}*`, String.raw`spadkobierc\p{L}*`,
  String.raw`darowizn\p{L}*`, String.raw`odszkodowani\p{L}*`, String.raw`rekompensat\p{L}*`, String.raw`bez (?:testamentu|spadkobiercow)`,
  // Russian (й reads и)
  String.raw`выиграл\p{L}*`, String.raw`выигрыш\p{L}*`, String.raw`победител\p{L}*`, String.raw`лотере\p{L}*`, String.raw`розыгрыш\p{L}*`, String.raw`наследств\p{L}*`,
  String.raw`пожертвовани\p{L}*`, String.raw`компенсационн\p{L}* выплат\p{L}*`, String.raw`без (?:завещани|наследник)\p{L}*`,
  // Greek
  String.raw`κερδισ\p{L}*`, String.raw`νικητ\p{L}*`, String.raw`λοταρι\p{L}*`, String.raw`κληρωσ\p{L}*`, String.raw`λαχει\p{L}*`, String.raw`κληρονομι\p{L}*`,
  String.raw`δωρεα(?!ν)\p{L}*`, String.raw`αποζημιωσ\p{L}*`, String.raw`χωρις (?:διαθηκη|κληρονομ)\p{L}*`,
  // the fund left without heirs and about to be confiscated, offered to a namesake: "in assenza di eredi", "dichiarato non
  // reclamato", "Poiché Lei porta lo stesso cognome" (the fifteenth held-out pair's Italian inheritance letter)
  String.raw`(?:in the )?absence of (?:any )?(?:heirs|next of kin)`, String.raw`(?:same|identical) (?:sur|last |family )?name as (?:the )?(?:deceased|late)`, String.raw`share the same (?:sur|last |family )?name`,
  String.raw`mangels (?:gesetzlicher )?erben`, String.raw`in ermangelung (?:von |gesetzlicher )?erben`, String.raw`(?:den )?(?:gleichen|selben) (?:nach|familien)namen`,
  String.raw`(?:en )?(?:ausencia|falta) de herederos`, String.raw`(?:el )?mismo apellido`, String.raw`(?:fondo|deposito|cuenta)s? (?:\p{L}+ ){0,3}no reclamad\p{L}*`,
  String.raw`(?:in )?(?:assenza|mancanza) di eredi`, String.raw`(?:lo )?stesso cognome`, String.raw`non reclamat\p{L}*`,
  String.raw`(?:brak\p{L}*|braku) spadkobiercow`, String.raw`(?:to )?samo nazwisko`,
  String.raw`(?:отсутстви\p{L}*|при отсутствии) наследник\p{L}*`, String.raw`однофамил\p{L}*`, String.raw`(?:ту )?же фамили\p{L}*`, String.raw`невостребованн\p{L}*`,
  String.raw`(?:απουσι|ελλειψ)\p{L}* κληρονομ\p{L}*`, String.raw`(?:το )?ιδιο επωνυμο`, String.raw`αζητητ\p{L}*`,
  // a grant or a contract the reader never applied or bid for, "pre-selected" or provisionally awarded, a fee to be paid first (the
  // hundred-and-sixteenth pair's "ΕΣΠΑ" grant with an evaluation fee, the hundred-and-seventeenth's port contract in Equatorial
  // Guinea with a supplier registration fee)
  String.raw`(?:has been |have been )?pre-?selected for (?:\p{L}+ ){0,2}(?:funding|grant|subsidy|financing|contract|award|supply)`, String.raw`provisional (?:contract )?award`,
  // or "shortlisted" for a ministry's contract from a supplier database (the hundred-and-twenty-sixth pair's wind-farm O&M tender in
  // Kazakhstan, its "Vendor Registration Certificate" fee paid to an agent on Gmail)
  String.raw`(?:has|have) been short-?listed`, String.raw`short-?listed (?:from|for|to participate)`,
  String.raw`(?:fur|zur) (?:eine |die )?(?:forderung|finanzierung|auftragsvergabe) (?:vor)?ausgewahlt`, String.raw`vorlaufige[rn]? zuschlag`,
  // "su empresa ha sido preseleccionada como proveedor homologado … La tasa única de registro … asciende a 1.850,00 USD" (the
  // hundred-and-thirtieth pair's "Emirates Flight Catering" on Outlook.com, the fee to an "authorised agent" at Revolut)
  String.raw`(?:ha sido |han sido )?preseleccionad[oa]s? (?:para|por|como)`, String.raw`adjudicacion provisional`,
  String.raw`(?:e stata |sono state )?preselezionat[aoie] (?:per|dal|dalla)`, String.raw`aggiudicazione provvisoria`,
  String.raw`wstepnie (?:wybran|zakwalifikowan)\p{L}* do (?:dofinansowania|finansowania|dotacji|realizacji|dostawy)`,
  String.raw`предварительно (?:отобран|одобрен)\p{L}* (?:\p{L}+ ){0,2}(?:для|на) (?:получени\p{L}* )?(?:гранта|субсиди\p{L}*|финансировани\p{L}*|поставк\p{L}*|контракт\p{L}*)`,
  String.raw`(?:εχει |εχουν )?προεπιλεγ\p{L}* για (?:\p{L}+ ){0,2}(?:χρηματοδοτηση|επιχορηγηση|ενισχυση|συμβαση|προμηθεια)`, String.raw`προεγκρισ\p{L}* (?:χρηματοδοτησ|επιχορηγησ)\p{L}*`,
  // or put on a buyer's list of admitted suppliers with a year's volume named ("включено в перечень допущенных поставщиков …
  // около 86 млн руб. в год": the hundred-and-twenty-second pair's accreditation fee to a "consultant")
  String.raw`(?:added|included|admitted) (?:to|in|on) (?:the |our )?(?:list|register|panel) of (?:approved |qualified |admitted |pre-?qualified )?(?:suppliers|vendors)`,
  String.raw`(?:включен|допущен)\p{L}* в (?:перечень|реестр|список) (?:\p{L}+ ){0,2}поставщик\p{L}*`,
  // the public official's over-invoiced contract, its balance to be paid to the reader's company "as the beneficiary" for a share
  // ("a transaction of mutual benefit … over-invoiced by USD 1,850,000.00 … Your company will receive 30% of the sum … 100% risk free":
  // the hundred-and-twenty-first pair's "Ghana National Fire Service" on Gmail)
  String.raw`over-?invoiced`, String.raw`(?:transaction|business|deal) of mutual benefit`, String.raw`100 ?% risk[- ]?free`,
  String.raw`(?:you|your company|your firm) (?:will|would|shall) (?:receive|get|be entitled to|take) \p{N}{1,2} ?(?:%|percent)`,
  String.raw`uberhoht\p{L}* (?:abgerechnet|in rechnung gestellt)`, String.raw`sobrefacturad\p{L}*`, String.raw`sovrafatturat\p{L}*`, String.raw`zawyzon\p{L}* faktur\p{L}*`, String.raw`завышен\p{L}* (?:сумм|стоимост|счет)\p{L}*`, String.raw`υπερτιμολογ\p{L}*`,
  // a grant "awarded" and its funds to be "released" once a fee is paid ("la solicitud … ha sido resuelta favorablemente, por un importe de
  // 48.500,00 EUR … Para proceder a la liberación de los fondos es necesario abonar la tasa de tramitación": the hundred-and-eighteenth
  // pair's "Oficina de Gestión de Fondos Europeos" on outlook.es)
  String.raw`release (?:of )?(?:the |your )?(?:funds|grant|award|subsidy)`, String.raw`(?:grant|subsidy|funding) (?:has been |was )?(?:awarded|approved) (?:to you|to your)`,
  String.raw`freigabe (?:der|ihrer) (?:fordermittel|fordergelder|mittel|gelder|forderung)`, String.raw`(?:forderung|zuschuss|fordermittel) (?:wurde|wurden) (?:ihnen |ihrem unternehmen )?bewilligt`,
  String.raw`(?:liberacion|desbloqueo) de (?:los )?fondos`, String.raw`resuelt[oa]s? favorablemente`, String.raw`(?:ayuda|subvencion) concedida`,
  String.raw`(?:sblocco|svincolo) dei fondi`, String.raw`(?:contributo|finanziamento|agevolazione) (?:le |vi )?(?:e stato |e stata )?(?:concess|assegnat)[oa]`,
  String.raw`(?:uwolnieni|odblokowani)\p{L}* (?:srodkow|funduszy)`, String.raw`(?:dotacj|dofinansowani)\p{L}* (?:zostal\p{L}* )?przyznan\p{L}*`,
  String.raw`разблокировк\p{L}* (?:денежных )?средств`, String.raw`(?:грант|субсиди)\p{L}* (?:был\p{L}* )?одобрен\p{L}*`,
  String.raw`αποδεσμευσ\p{L}* (?:των |του )?(?:κονδυλιων|χρηματων|ποσου|επιχορηγησ\p{L}*)`, String.raw`(?:επιχορηγηση|ενισχυση) (?:σας )?(?:εγκριθηκε|εχει εγκριθει)`,
  // the "royal" investor behind the offer ("un miembro de una familia real del Golfo": the hundred-and-fifteenth pair's sponsorship "family office")
  String.raw`(?:member of (?:the|a) )?(?:gulf |saudi |emirati )?royal family`, String.raw`(?:mitglied (?:der|einer) )?(?:konigsfamilie|koniglichen familie)`,
  String.raw`familia real`, String.raw`famiglia reale`, String.raw`rodzin\p{L}* krolewsk\p{L}*`, String.raw`королевск\p{L}* семь\p{L}*`, String.raw`βασιλικ\p{L}* οικογενει\p{L}*`,
  // the money or the "belongings" on their way through a diplomatic courier, held by customs until a
  // fee is paid: the consignment box of the fund, the lottery and the romance scam alike
  String.raw`diplomatic (?:agent|courier|agency|delivery|consignment|bag|pouch|cargo)`, String.raw`diplomatisch\p{L}* (?:kurier|agent\p{L}*|sendung|gepack|fracht)`,
  String.raw`(?:agencia|agente|valija|envio) diplomatic[oa]`, String.raw`(?:corriere|agente|agenzia|valigia|spedizione) diplomatic[oa]`,
  String.raw`(?:kurier\p{L}*|agent\p{L}*|przesyłk\p{L}*|poczt\p{L}*) dyplomatyczn\p{L}*`, String.raw`dyplomatyczn\p{L}* (?:kurier\p{L}*|agent\p{L}*|przesyłk\p{L}*|poczt\p{L}*)`,
  String.raw`дипломатическ\p{L}* (?:курьер\p{L}*|почт\p{L}*|агент\p{L}*|груз\p{L}*|багаж\p{L}*)`, String.raw`διπλωματικ\p{L}* (?:ταχυδρομει\p{L}*|πρακτορει\p{L}*|κουριερ|αποστολ\p{L}*|σακ\p{L}*)`,
  // the fee "refunded with the first payment": the order, the loan or the purchase that never comes ("Il costo della registrazione
  // (euro 2.450,00) è a carico del fornitore e viene rimborsato con il primo pagamento": the hundred-and-thirty-sixth pair's hotel
  // "buyer"; "se reembolsan íntegramente con el primer desembolso", the hundred-and-thirty-fifth's "family office"; "θα σας το
  // επιστρέψω μαζί με το τίμημα", the hundred-and-thirty-fourth's art "collector")
  String.raw`(?:refunded|reimbursed|returned|paid back|credited back) (?:\p{L}+ ){0,3}(?:with|from|against|together with|along with) (?:the |your )?(?:first|initial) (?:payment|disbursement|instalment|installment|order|transfer)`,
  String.raw`(?:refund|reimburse|return|pay back) (?:it|this|the (?:fee|cost|amount)) (?:\p{L}+ ){0,2}(?:with|together with|along with) the (?:payment|purchase price|price)`,
  String.raw`(?:mit|zusammen mit) der ersten (?:zahlung|auszahlung|rate|bestellung|uberweisung) (?:\p{L}+ ){0,2}(?:erstattet|zuruckerstattet|ruckerstattet|zuruckgezahlt)`,
  String.raw`(?:erstattet|zuruckerstattet|ruckerstattet|zuruckgezahlt) (?:\p{L}+ ){0,3}mit der ersten (?:zahlung|auszahlung|rate|bestellung|uberweisung)`,
  String.raw`(?:reembols|devuelv|devuelt|reintegr)\p{L}* (?:\p{L}+ ){0,3}con el primer (?:pago|desembolso|pedido|ingreso|abono)`,
  String.raw`rimborsat\p{L}* (?:\p{L}+ ){0,3}con (?:il |la )?prim[oa] (?:pagamento|ordine|bonifico|versamento|erogazione|fornitura)`,
  String.raw`(?:zwrac|zwrocon|zwroc)\p{L}* (?:\p{L}+ ){0,3}(?:wraz )?z pierwsz\p{L}* (?:płatnosci\p{L}*|platnosci\p{L}*|wypłat\p{L}*|transz\p{L}*|zamowieni\p{L}*)`,
  String.raw`(?:возвращ|возмещ|компенсир|вернем|вернут)\p{L}* (?:\p{L}+ ){0,3}(?:с|вместе с) (?:первым|первои) (?:платеж|транш|оплат|выплат|заказ)\p{L}*`,
  String.raw`(?:επιστρεφ|επιστρεψ|επιστραφ|συμψηφιζ)\p{L}* (?:\p{L}+ ){0,3}(?:με|μαζι με) (?:την πρωτη (?:πληρωμη|εκταμιευση|δοση)|το τιμημα)`,
]);

/** A fee to be paid before the money comes: what the fraud is for ("a processing fee of 1,250 EUR to release the funds"). */
const FEE = [
  String.raw`(?:processing|handling|transfer|release|clearance|delivery|administrative|legal|insurance|certification|custody|registration|activation|verification|notary|courier|accreditation|qualification|prequalification|homologation) (?:fee|charge)s?`,
  // or the fee of a certificate or a tender's papers, "non-refundable" ("The VRC fee is USD 3,850 and is non-refundable")
  String.raw`(?:certificate|vendor|supplier|tender|bid|document|permit|licen[cs]e|vrc) (?:registration )?fees?`, String.raw`non-?refundable`,
  String.raw`\p{L}*gebuhr\p{L}*`, 'bearbeitungskosten',
  // the supplier's "homologation" or accreditation paid before a tender's papers come ("La inscripción conlleva una tasa de
  // homologación de 1.850,00 €": the hundred-and-twenty-fourth pair's "Ministerio de Defensa"; "оплатить аккредитацию на
  // электронной торговой площадке": the hundred-and-twenty-second's energy company)
  'gastos de (?:gestion|envio|tramitacion|transferencia|certificacion|custodia|notaria)', 'tasas? (?:unicas? )?de (?:liberacion|aduana|envio|tramitacion|gestion|desaduanamiento|certificacion|custodia|registro|emision|activacion|homologacion|inscripcion|acreditacion|precalificacion)',
  String.raw`(?:quota|tassa|contributo) di (?:iscrizione|accreditamento|qualificazione|omologazione)`,
  String.raw`оплат\p{L}* (?:\p{L}+ ){0,2}(?:аккредитаци|регистраци|квалификаци)\p{L}*`, String.raw`(?:сбор|взнос)\p{L}* за (?:аккредитаци|регистраци|квалификаци)\p{L}*`,
  // the registration with a "state register of suppliers" through an "accredited agent" that "tiene un coste de 2.350 USD" (the
  // hundred-and-nineteenth pair's port tender in Equatorial Guinea)
  String.raw`tiene un (?:coste|costo) de`, String.raw`(?:coste|costo|importe|cuota) de (?:la )?(?:inscripcion|registro|tramitacion|certificacion|legalizacion|alta)`,
  String.raw`spese (?:di|per) \p{L}+`, String.raw`(?:costo|costi|importo) (?:della |di |dell')?(?:registrazione|iscrizione|certificazione|pratica)`,
  // the fee "borne by" the one to be paid ("cuyos costes (2.750 EUR) corren a cargo del beneficiario", "è a carico del fornitore",
  // "πληρώνεται από τον δικαιούχο"), or a "clearance certificate" the payer's bank wants (the hundred-and-thirty-fourth pair's)
  String.raw`(?:costes?|costos?|gastos) (?:\S+ ){0,5}corren (?:\p{L}+ )?a cargo del? (?:beneficiario|proveedor|solicitante|vendedor)`,
  String.raw`(?:e|sono|viene|vengono) a carico del (?:fornitore|beneficiario|richiedente|venditore)`, String.raw`πληρων\p{L}* απο τον δικαιουχο`,
  String.raw`clearance certificate`, String.raw`πιστοποιητικ\p{L}* εκκαθαρισ\p{L}*`, String.raw`tass[ae] (?:di )?(?:sdoganamento|svincolo|dogana|rilascio)`,
  String.raw`opłat\p{L}*`, String.raw`prowizj\p{L}*`,
  String.raw`комисси\p{L}*`, String.raw`пошлин\p{L}*`,
  String.raw`παραβολ\p{L}*`, String.raw`τελ\p{L}* αξιολογησ\p{L}*`, String.raw`εξοδα`, String.raw`προμηθει\p{L}*`, String.raw`τελ\p{L}* (?:εκτελωνισμ\p{L}*|αποδεσμευσ\p{L}*)`,
];
const FEE_ASKED = phrasePattern(FEE);

/** What the fraud asks for: the identity, personal data, an account to "pay into", a fee. */
const REQUEST = phrasePattern([
  ...FEE,
  // English
  String.raw`cop(?:y|ies) of (?:your )?(?:id|identity|passport|driver'?s licen[cs]e)`, 'passport', 'full names?', 'date of birth', String.raw`(?:bank )?account (?:number|details)`,
  // German
  String.raw`personalausweis\p{L}*`, String.raw`ausweiskopie`, 'reisepass', String.raw`vollstandige[nr]? name`, 'geburtsdatum', 'bankverbindung',
  // Spanish
  // the Spanish ID card by name, not Polish "dni" (days)
  String.raw`(?:(?:foto)?copia|escaneo) (?:de )?(?:su |tu |del? )?dni`, '(?:su|tu|el) dni', 'pasaporte', 'documento de identidad', 'datos personales', 'numero de cuenta', 'fecha de nacimiento', 'nombre completo',
  // Italian
  "carta d'identita", "documento d'identita", 'passaporto', 'dati personali', 'codice fiscale', 'data di nascita', 'nome completo', 'nome e cognome', 'coordinate bancarie',
  // Polish
  String.raw`dowod\p{L}* osobist\p{L}*`, 'paszport', String.raw`dan\p{L}* osobow\p{L}*`, 'pesel', 'imie i nazwisko', String.raw`numer\p{L}* (?:konta|rachunku)`,
  // Russian
  String.raw`паспорт\p{L}*`, String.raw`персональн\p{L}* данн\p{L}*`, String.raw`полн\p{L}* им[яеи]\p{L}*`, 'фио', String.raw`дат\p{L}* рождени\p{L}*`, String.raw`номер\p{L}* (?:карты|счета)`,
  // Greek
  String.raw`ταυτοτητ\p{L}*`, String.raw`διαβατηρι\p{L}*`, String.raw`προσωπικ\p{L}* στοιχει\p{L}*`, 'ονοματεπωνυμο', String.raw`αριθμ\p{L}* λογαριασμ\p{L}*`,
]);

export { scamFormOptionsSchema as advanceFeeOptionsSchema } from './scam-form.ts';

/** a windfall's least sum, in its currency's units (roubles are worth less) */
const LARGE = 1000;
const LARGE_ROUBLES = 10_000;
const isLarge = (sum: string): boolean => (amountOf(sum) ?? 0) >= (/руб|rub|₽/iu.test(sum) ? LARGE_ROUBLES : LARGE);

export interface AdvanceFeeSigns { windfall: string | null; sum: string | null; request: string | null }

/** The scam's three parts in texts, each the first found in any of them (the sum: the first large one). */
export function advanceFeeSigns(texts: ReadonlyArray<{ text: string }>): AdvanceFeeSigns {
  const read = texts.map((t) => comparableText(t.text));
  return {
    windfall: firstPhrase(read, WINDFALL),
    sum: texts.flatMap((t) => sumsOfMoney(t.text)).find(isLarge) ?? null,
    request: firstPhrase(read, REQUEST),
  };
}

export const advanceFeeCheck = scamFormCheck({
  name: 'advance-fee',
  symbol: 'ADVANCE_FEE_FRAUD',
  // the fee itself asked for, not yet the passport or the account: the step that takes the money (a prize draw's newsletter asks
  // for a date of birth, never for a fee)
  aggravated: {
    symbol: 'ADVANCE_FEE_UPFRONT',
    describe: (texts) => {
      const fee = firstPhrase(texts.map((t) => comparableText(t.text)), FEE_ASKED);
      return fee ? `asks for "${fee}" before the money comes` : null;
    },
  },
  // the large sum first: few messages name one, and the phrases cost more to look for
  gate: (texts) => texts.some((t) => sumsOfMoney(t.text).some(isLarge)),
  describe: (texts) => {
    const { windfall, sum, request } = advanceFeeSigns(texts);
    return windfall && sum && request ? `promises "${windfall}", names ${sum} and asks for "${request}"` : null;
  },
});

export default advanceFeeCheck;
