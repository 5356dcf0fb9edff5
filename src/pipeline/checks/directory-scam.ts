// Directory and register scams (inbound): "Annual review of entrepreneurs' data: please check the
// details of EXAMPLE GROUP in the National Register of Companies, sign the attached form and send
// it back." The fine print of the form says that signing it orders an entry in a private online
// directory for three years at 1 890 zł a year. The "register" is no register, the "update" is an
// order, and the invoices and debt collectors follow. It reaches every company in Europe
// (Gewerbeauskunft-Zentrale, "Registro Italiano delle Imprese", "Krajowy Rejestr Firm"), mostly
// with nothing else a filter could hold: no link, a PDF without active content.
//  - DIRECTORY_SCAM: the text (or an attached document's) names a register, directory or
//    database of companies, asks to update or check the company's data in it, and names a price
//    per year (`1 890,00 zł netto za każdy rok`, `995 EUR pro Jahr`, `€1,290 per annum`), from a
//    doubtful sender (see scam-form.ts), which here includes a domain no one here has written to:
//    such a "register" writes first. Or the scam's other form: an invoice for the "annual
//    registration" in it ("iscrizione annuale", "jährliche Eintragung"), with its sum. A real
//    register (KRS, the Handelsregister, the Registro Imprese) charges by the filing, not by the
//    year, and a directory the company pays for is one it has written to. The scam's legal fig
//    leaf ("mit Zahlung nehmen Sie das Angebot an", "prywatna baza danych, nie jest rejestrem
//    urzędowym") stands for the update asked for, and any sum for the price. "This is not an
//    invoice" alone is no fig leaf: a registrar's honest renewal reminder says it too.
// A warning about the scam names its parts too: a trade association's newsletter ("Warnung: Angebote
// von Firmenregistern … von privaten Verzeichnissen … Bitte nicht bezahlen", the sixty-seventh
// held-out pair's) is not counted when it warns against them or tells the reader not to pay.
import { comparableText, phrasePattern } from '../../content/phrases.ts';
import { SUM } from './investment-scam.ts';
import { warnsAgainstScam } from '../../content/scam-warning.ts';
import { scamFormCheck } from './scam-form.ts';

/** a register, directory or database of companies, in the offices' languages (as comparableText reads: no accents, small letters) */
const REGISTER = phrasePattern([
  String.raw`\p{L}*register[sn]?(?![\p{L}])`, 'directory', 'directories',
  // a fair's "exhibitors index" (the hundred-and-thirty-second pair's "Fair Exhibitors Index" for ISE, EUR 1,271 per year in the form)
  String.raw`exhibitors?'? (?:index|guide|list)`, 'business listing', String.raw`catalog(?:ue)?s?(?![\p{L}])`, 'yearbook', String.raw`database of (?:companies|businesses|firms)`,
  String.raw`\p{L}*verzeichnis\p{L}*`, 'branchenbuch', 'firmenbuch', String.raw`(?:firmen|unternehmens|gewerbe|handels)(?:datenbank|register|auskunft|verzeichnis)`,
  'registro', 'directorio', String.raw`guia (?:de empresas|empresarial)`, String.raw`base de datos de empresas`,
  'elenco', 'annuario', String.raw`banca dati`,
  String.raw`rejestr\p{L}*`, String.raw`katalog\p{L}*`, String.raw`baz\p{L}* (?:danych|firm|przedsiebiorcow)`, String.raw`ewidencj\p{L}*`,
  String.raw`реестр\p{L}*`, String.raw`справочник\p{L}*`, String.raw`каталог\p{L}*`, String.raw`баз\p{L}* данных`,
  String.raw`μητρω\p{L}*`, String.raw`καταλογ\p{L}*`, String.raw`βαση δεδομενων`,
  // the domain-name "expiration notice" that sells a search engine entry ("your search engine registration for EXAMPLEGROUP.EU expires")
  String.raw`search[ -]engine (?:registration|submission|listing|optimi[sz]ation)`, String.raw`suchmaschinen(?:eintrag|registrierung|anmeldung)\p{L}*`,
  String.raw`(?:registro|alta|inscripcion) en (?:los )?(?:motores de busqueda|buscadores)`, String.raw`(?:registrazione|iscrizione|indicizzazione) (?:nei|sui) motori di ricerca`,
  String.raw`(?:posicionamiento|listado) en (?:los )?buscadores`, String.raw`(?:domain )?seo listing`,
  String.raw`(?:rejestracj|zgloszeni|wpis)\p{L}* w wyszukiwark\p{L}*`, String.raw`регистраци\p{L}* в поисков\p{L}* систем\p{L}*`, String.raw`καταχωρ\p{L}* σε μηχαν\p{L}* αναζητησης`,
]);

/** the company's data to be updated or checked: "update your data", "Aktualisierung Ihrer Daten", "aktualizacja danych" */
const UPDATE = phrasePattern([
  String.raw`(?:updat|verif|check|confirm|correct)\p{L}* (?:\p{L}+ ){0,3}(?:details|data|information|entry|listing)`,
  // German joins the data to its owner: "Aktualisierung Ihrer Firmendaten", "Unternehmensdaten prüfen"
  String.raw`(?:aktualisier|uberpruf|prufen|bestatig|korrigier|kontrollier)\p{L}* (?:\p{L}+ ){0,3}\p{L}*(?:daten|angaben|eintrag\p{L}*)`,
  String.raw`\p{L}*(?:daten|angaben|eintrag\p{L}*) (?:\p{L}+ ){0,3}(?:aktualisier|uberpruf|prufen|bestatig|korrigier|kontrollier)\p{L}*`,
  String.raw`(?:actuali[zc]|verifi[cq]|compr[ou]eb|confirm|corr[ei][gj]|revis)\p{L}* (?:\p{L}+ ){0,3}(?:datos|informacion|inscripcion)`,
  String.raw`(?:aggiorna|verifica|controll|conferm|corregg|rettific)\p{L}* (?:\p{L}+ ){0,3}(?:dati|informazioni|iscrizione)`,
  String.raw`(?:aktualizacj|weryfikacj|sprawdzeni|potwierdzeni|korekt|aktualiz|uaktualni|zweryfik|sprawdz|potwierdz)\p{L}* (?:\p{L}+ ){0,3}(?:danych|dane|informacji|wpis\p{L}*)`,
  String.raw`(?:обнов|актуализ|провер|подтверд|исправ|уточн)\p{L}* (?:\p{L}+ ){0,3}(?:данн\p{L}*|сведени\p{L}*|информаци\p{L}*|запис\p{L}*)`,
  String.raw`(?:ενημερ|επιβεβαι|ελεγ|επαληθ|διορθ)\p{L}* (?:\p{L}+ ){0,3}(?:στοιχει\p{L}*|πληροφορι\p{L}*|καταχωρ\p{L}*)`,
]);

/** a price per year: "1 890,00 zł netto za każdy rok", "995 EUR pro Jahr", "€1,290 per annum", "2.400 € annui" */
const PER_YEAR = phrasePattern([
  // the year first: "die Kosten betragen jährlich 1.198,00 EUR", "al año 1.190 €"
  String.raw`(?:jahrlich(?:e[nrs]?)?|pro jahr|je jahr|per year|a year|yearly|annually|al ano|anualmente|all'anno|per anno|annualmente|rocznie|na rok|za rok|ежегодно|в год|ετησιως|ανα ετος) (?:\p{L}+ ){0,2}${SUM}`,
  // an annual price named so: "zum Jahrespreis von 1.098,00 €", "por un importe anual de 995 €", "canone annuo di 890 €", or as a form's label, "Importe anual: 1.290,00 EUR"
  // (the fifty-sixth pair's "Guía Empresarial de Automoción" form); a few words between, "The annual fee for the entry is EUR 1,271.00"
  // (the hundred-and-thirty-fifth pair's "Expo Guide" form)
  String.raw`(?:jahres(?:preis|gebuhr|beitrag|entgelt|kosten|rate)|annual (?:fee|price|charge|cost|amount|rate)|(?:importe|cuota|precio|coste|tarifa) anual|(?:canone|importo|costo|prezzo|quota) annu[oa]l?e?|(?:oplat\p{L}*|kwot\p{L}*|cen\p{L}*) roczn\p{L}*|(?:годов\p{L}*|ежегодн\p{L}*) (?:плат\p{L}*|стоимост\p{L}*|взнос\p{L}*)|ετησι\p{L}* (?:συνδρομ|τελ|κοστ|αμοιβ)\p{L}*):? (?:\p{L}+ ){0,4}${SUM}`,
  String.raw`${SUM}\.? ?\/ ?(?:year|yr|jahr|ano|anno|rok|год|ετος)(?![\p{L}\p{N}])`,
  String.raw`${SUM}\.? (?:\p{L}+ ){0,3}(?:a year|per year|per annum|p\. ?a\.|annually|each year|every year|pro jahr|im jahr|jahrlich|je jahr|al ano|por ano|anual(?:es)?|cada ano|all'anno|per anno|annu[oiae]|annual[ei]|ogni anno|rocznie|na rok|za rok|za kazdy rok|w roku|в год|за год|ежегодно|ανα ετος|ετησιως|το χρονο|ετησι\p{L}*)(?![\p{L}\p{N}])`,
]);

/**
 * The "annual registration" the scam's other form bills as if it were due ("Avviso di pagamento:
 * iscrizione annuale nel Registro Italiano delle Imprese, importo 1.285,00 €"): it stands for the
 * update asked for, and any sum in the texts for the price per year.
 */
const ANNUAL_ENTRY = phrasePattern([
  String.raw`annual (?:registration|listing|entry|inscription)`, String.raw`(?:registration|listing|entry) (?:fee )?for (?:the )?(?:year|20\d\d)`,
  String.raw`jahrlich\p{L}* (?:eintragung|registrierung|veroffentlichung)`, String.raw`(?:eintragung|registrierung) fur das jahr`,
  String.raw`inscripcion anual`, String.raw`cuota anual de (?:inscripcion|registro)`,
  String.raw`iscrizione annual\p{L}*`, String.raw`quota annual\p{L}* di iscrizione`,
  // the registration's upkeep for the next year ("Per il mantenimento dell'iscrizione per l'anno 2027 è dovuto il contributo
  // annuale di segreteria": the eightieth pair's fake WEEE register), in the offices' languages
  String.raw`(?:mantenimento|rinnovo) (?:\p{L}+ ){0,2}iscrizione per (?:l'?anno|il) 20\d\d`, String.raw`contribut\p{L}* annual\p{L}* (?:di segreteria|di iscrizione)`,
  String.raw`(?:renewal|upkeep|maintenance) of (?:your |the )?(?:registration|listing|entry) for 20\d\d`, String.raw`(?:aufrechterhaltung|verlangerung) (?:\p{L}+ ){0,2}(?:eintragung|registrierung) fur 20\d\d`,
  String.raw`(?:mantenimiento|renovacion) (?:\p{L}+ ){0,2}inscripcion (?:para|en) (?:el ano )?20\d\d`,
  // the registration's renewal itself billed ("Renovación de inscripción ROESB 46-0417-S - tasa pendiente de abono": the ninetieth
  // pair's fake biocide-services register, a transfer to a private "Gestión Registral")
  String.raw`(?:renovacion|renewal|rinnovo|verlangerung|erneuerung) (?:de |of |dell'|der |des )?(?:la |the |your |ihrer )?(?:inscripcion|registration|iscrizione|eintragung|registrierung)`,
  String.raw`przedluzeni\p{L}* (?:\p{L}+ )?wpisu`, String.raw`продлени\p{L}* (?:\p{L}+ )?регистрац\p{L}*`, String.raw`ανανεωσ\p{L}* (?:της )?(?:εγγραφ|καταχωρ)\p{L}*`,
  // "rocznego utrzymania wpisu domeny": the annual upkeep of the entry
  String.raw`(?:roczn\p{L}* (?:\p{L}+ )?(?:wpis|rejestracj|op[lł]at\p{L}* rejestracyjn)\p{L}*)`, String.raw`wpis\p{L}* na rok`,
  // "opłata za utrzymanie wpisu w rejestrze", with "the annual update of the registration data"
  String.raw`op[lł]at\p{L}* za utrzymanie wpisu`, String.raw`coroczn\p{L}* (?:uaktualni|aktualizac|op[lł]at|wpis)\p{L}*`,
  String.raw`ежегодн\p{L}* (?:регистрац|размещени)\p{L}*`,
  // the listing's renewal and its price for the year ("о необходимости продления размещения сведений о Вашей организации … в отраслевом
  // реестре … Стоимость размещения на 2027 год: 38 400 руб.": the hundred-and-thirty-third pair's "industry register" on mail.ru)
  String.raw`продлени\p{L}* (?:\p{L}+ )?размещени\p{L}*`, String.raw`продлени\p{L}* (?:\p{L}+ )?запис\p{L}* в (?:\p{L}+ )?реестр\p{L}*`, String.raw`(?:стоимост\p{L}*|плат\p{L}*) размещени\p{L}* на 20\d\d`,
  String.raw`ετησι\p{L}* (?:εγγραφ|καταχωρ)\p{L}*`,
]);
/**
 * The scam's legal fig leaf, which its every form carries somewhere ("Mit Zahlung des Betrages
 * nehmen Sie das Angebot an", "CRDG jest prywatną bazą danych i nie jest rejestrem urzędowym",
 * "usted no está obligado a pagar salvo que acepte nuestra oferta"): the "invoice" is an offer, the "register" a private list, paying
 * signs the contract. It stands for the update asked for, and any sum for the price.
 */
const FIG_LEAF = phrasePattern([
  // English
  String.raw`(?:this|it) is (?:a|an) (?:solicitation|offer)(?![\p{L}])`,
  String.raw`payment (?:\p{L}+ ){0,3}(?:constitutes|means|implies|indicates|signifies|counts as|serves as) (?:your )?(?:acceptance|agreement)`,
  String.raw`private (?:online |internet )?(?:database|directory|register|listing)`, String.raw`under no obligation to pay`,
  String.raw`payment (?:\p{L}+ ){0,3}(?:is|will be) (?:deemed|considered|treated as) (?:\p{L}+ )?(?:confirmation|acceptance|an order)`,
  String.raw`(?:not|in no way) (?:affiliated|connected|associated) with (?:\p{L}+ ){0,2}(?:government|official|public|state|companies house)`,
  // German
  String.raw`mit (?:der )?zahlung (?:\p{L}+ ){0,3}(?:nehmen sie|kommt|akzeptieren|erklaren sie)`, String.raw`(?:die )?zahlung gilt als (?:bestatigung|annahme|auftrag|auftragserteilung)`, String.raw`privat\p{L}* (?:online-?|internet-?)?(?:verzeichnis|register|datenbank|angebot)`,
  // or with the register it passes for ("Das DFKR ist ein privates Online-Verzeichnis und steht in keiner Verbindung zum Handelsregister": the
  // thirty-eighth pair's "Firmen- und Kanzleiregister")
  String.raw`kein\p{L}* (?:zusammenhang|verbindung) (?:mit|zu|zum|zur) (?:\p{L}+ ){0,2}(?:amtlich|behord|offentlich|staatlich|handelsregister|unternehmensregister|amtsgericht)\p{L}*`,
  // Spanish
  String.raw`(?:el pago|pagar|abonar) (?:\p{L}+ ){0,3}(?:implica|supone|significa|conlleva|equivale a|vale como|sirve como) (?:la )?aceptacion`,
  String.raw`(?:base de datos|directorio|registro|catalogo) privad[oa]`, String.raw`no (?:esta|estamos) (?:\p{L}+ ){0,1}(?:obligad|vinculad)\p{L}*`,
  // Italian
  // "Il pagamento della quota vale come accettazione della proposta di inserzione" (the fifty-seventh pair's "Elenco Nazionale Enti di Formazione")
  String.raw`(?:il )?pagamento (?:\p{L}+ ){0,3}(?:comporta|implica|costituisce|vale come|vale quale|equivale a(?:d|ll')?) ?(?:l'|la )?accettazione`,
  String.raw`(?:banca dati|elenco|registro|catalogo|annuario) privat[oa]`, String.raw`non (?:e|risulta) collegat\p{L}* (?:\p{L}+ ){0,3}(?:camer\p{L}*|registr\p{L}* pubblic\p{L}*|ent\p{L}* pubblic\p{L}*)`,
  // Polish
  String.raw`(?:wplata|wpłata|dokonanie wplaty|dokonanie wpłaty|zaplata|zapłata|oplacenie|opłacenie) (?:\p{L}+ ){0,2}oznacza (?:\p{L}+ ){0,1}akceptacj\p{L}*`,
  // "Wpłata jest równoznaczna z potwierdzeniem danych" (the fifty-fifth pair's "CRDG"): paying confirms, that is, orders
  String.raw`(?:wplata|wpłata|zaplata|zapłata|oplacenie|opłacenie) (?:\p{L}+ ){0,2}(?:jest )?rownoznaczn\p{L}* z (?:potwierdzeniem|akceptacj|zawarciem|zamowieniem)\p{L}*`,
  String.raw`prywatn\p{L}* (?:baz\p{L}* danych|katalog\p{L}*|rejestr\p{L}*|wykaz\p{L}*)`, String.raw`nie jest rejestrem urzedowym`,
  // "niniejsza wiadomość stanowi ofertę handlową (art. 66 k.c.)": an offer, which payment accepts; honest
  // footers say the opposite, "nie stanowi oferty" (another case, so it does not match)
  String.raw`stanowi oferte handlowa`, String.raw`nie ma zwiazku z (?:ceidg|krs)`,
  // "Rejestr prowadzony jest przez podmiot prywatny i nie jest powiązany z Krajowym Rejestrem Sądowym ani z CEIDG. Niniejszy dokument
  // stanowi ofertę w rozumieniu art. 66 Kodeksu cywilnego; dokonanie wpłaty oznacza jej przyjęcie" (the hundred-and-seventh pair's
  // "Centralny Rejestr Przedsiębiorców" pro-forma)
  String.raw`(?:wplat\p{L}*|wpłat\p{L}*|zaplat\p{L}*|zapłat\p{L}*|oplaceni\p{L}*|opłaceni\p{L}*) (?:\p{L}+ ){0,2}oznacza (?:\p{L}+ ){0,1}(?:przyjeci|zawarci)\p{L}*`,
  String.raw`nie jest powiazan\p{L}* z (?:\p{L}+ ){0,3}(?:rejestrem sadowym|krs|ceidg)`, String.raw`prowadzon\p{L}* (?:jest )?przez podmiot prywatny`,
  String.raw`stanowi oferte w rozumieniu art`,
  // Russian
  String.raw`не является официальн\p{L}*`,
  // what paying accepts must be the listing: "Оплата данного счёта означает согласие с условиями оказания услуг" is every Russian
  // invoice's (a счёт-оферта; the hundred-and-thirty-fourth pair's genuine customs broker)
  String.raw`оплата (?:\p{L}+ ){0,2}(?:означает|является|считается|равносильна) (?:акцепт|принятие|согласие)\p{L}* (?:\p{L}+ ){0,4}(?:размещени|включени|публикаци|регистрац|реестр|каталог|справочник)\p{L}*`, String.raw`частн\p{L}* (?:онлаин-?|интернет-?)?(?:баз\p{L}*|реестр\p{L}*|каталог\p{L}*)`,
  // Greek
  String.raw`η πληρωμη (?:\p{L}+ ){0,2}(?:συνεπαγεται|σημαινει|ισοδυναμει με|λογιζεται ως) (?:την )?αποδοχη`, String.raw`ιδιωτικ\p{L}* (?:ηλεκτρονικ\p{L}* |διαδικτυακ\p{L}* )?(?:βαση|καταλογ|μητρω)\p{L}*`,
  // the entry bound to a term of years ("Die Eintragung erfolgt gemäß unseren AGB für eine Mindestlaufzeit von drei Jahren": the
  // ninety-third pair's "Zentralverzeichnis Gewerbe & Handel"): what turns the "update" into a contract; a real register has no term
  String.raw`mindestlaufzeit von (?:zwei|drei|vier|funf|2|3|4|5) jahren`, String.raw`minimum (?:contract )?(?:term|period|duration) of (?:two|three|four|five|2|3|4|5) years`,
  String.raw`durata minima (?:contrattuale )?di (?:due|tre|quattro|cinque|2|3|4|5) anni`, String.raw`(?:duracion|permanencia) minima de (?:dos|tres|cuatro|cinco|2|3|4|5) anos`,
  String.raw`minimaln\p{L}* okres\p{L}* (?:\p{L}+ )?(?:dwoch|trzech|czterech|pieciu|2|3|4|5) lat`, String.raw`минимальн\p{L}* срок\p{L}* (?:\p{L}+ )?(?:два|три|четыре|пять|2|3|4|5) (?:года|лет)`,
  String.raw`ελαχιστη (?:\p{L}+ )?διαρκεια (?:\p{L}+ )?(?:δυο|τριων|τεσσαρων|πεντε|2|3|4|5) (?:ετων|χρονων)`,
  // the order "placed" by the form the reader returned ("Zamówienie zostało złożone poprzez zwrócenie formularza
  // aktualizacji danych": the twenty-sixth pair's accommodation catalogue)
  String.raw`zamowienie (?:\p{L}+ ){0,2}(?:z[lł]ozone|dokonane) (?:\p{L}+ ){0,2}(?:poprzez|przez) (?:zwrocenie|odeslanie|przeslanie|podpisanie) formularza`,
  String.raw`(?:order|contract) (?:\p{L}+ ){0,2}(?:placed|concluded|made) by (?:returning|signing|sending back) the (?:\p{L}+ )?form`,
  String.raw`(?:auftrag|bestellung|vertrag) (?:\p{L}+ ){0,3}(?:durch|mit) (?:die |der )?(?:rucksendung|unterzeichnung|ruckgabe) des (?:\p{L}+)?formulars`,
  String.raw`(?:pedido|contrato|encargo) (?:\p{L}+ ){0,3}(?:mediante|con|al) (?:la )?(?:devolucion|firma|envio) del formulario`,
  String.raw`(?:ordine|ordinativo|contratto) (?:\p{L}+ ){0,3}(?:mediante|con) la (?:restituzione|firma|sottoscrizione) del (?:modulo|formulario)`,
  String.raw`(?:заказ|договор) (?:\p{L}+ ){0,3}(?:путем|посредством) (?:возврата|подписания|отправки) (?:\p{L}+ )?(?:формы|бланка)`,
  String.raw`(?:παραγγελια|συμβαση) (?:\p{L}+ ){0,3}με την (?:επιστροφη|υπογραφη|αποστολη) (?:του εντυπου|της φορμας)`,
  // domain slamming's: the "renewal" is from a company that is not the registrar ("Registro Europeo de Dominios no es su
  // registrador actual": the sixteenth held-out pair); the registrar's own reminder never says so
  String.raw`(?:is|are) not your (?:current |actual )?(?:domain (?:name )?)?registrar`, String.raw`(?:ist|sind) nicht ihr (?:aktueller |derzeitiger )?(?:domain-?)?registrar`,
  String.raw`no (?:es|somos) su (?:registrador|agente registrador)`, String.raw`non (?:e|siamo) il (?:suo|vostro) (?:attuale )?registrar`,
  String.raw`nie (?:jest|jestesmy) (?:twoim|pana|pani|panstwa) (?:obecnym )?rejestrator\p{L}*`, String.raw`не явля\p{L}* вашим (?:текущим )?регистратор\p{L}*`,
  String.raw`δεν (?:ειναι|ειμαστε) ο (?:τρεχων )?καταχωρητ\p{L}* σας`,
]);
const ANY_SUM = new RegExp(`(?<![\\p{L}\\p{N}])${SUM}`, 'u');
/**
 * A sum as a form's table writes it, the currency in the column's head ("Kwota zł … Razem do zapłaty
 * 1 968,00": the hundred-and-seventeenth pair's "Centralny Rejestr Gospodarczy"): read only beside the
 * fig leaf, which no honest letter with a table of figures carries.
 */
const TABLE_SUM = /(?<![\p{L}\p{N}.,])\d{1,3}(?:[ .\u00a0]\d{3})*,\d{2}(?![\p{N}])/u;

export { scamFormOptionsSchema as directoryScamOptionsSchema } from './scam-form.ts';

/** The register named, the update (or annual registration) asked for and the price per year (or the registration's sum) in texts (see readerTexts), each the first found. */
export function directoryScamSigns(texts: ReadonlyArray<{ text: string }>): { register: string | null; update: string | null; price: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  const first = (pattern: RegExp): string | null => read.map((t) => pattern.exec(t)?.[0]).find(Boolean) ?? null;
  const figLeaf = first(FIG_LEAF);
  const entry = first(ANNUAL_ENTRY) ?? figLeaf;
  return {
    register: first(REGISTER),
    update: first(UPDATE) ?? entry,
    price: first(PER_YEAR) ?? (entry ? first(ANY_SUM) ?? (figLeaf ? first(TABLE_SUM) : null) : null),
  };
}

export const directoryScamCheck = scamFormCheck({
  name: 'directory-scam',
  symbol: 'DIRECTORY_SCAM',
  // the register first: few messages name one, and updates and prices are many
  gate: (texts) => texts.some((t) => REGISTER.test(comparableText(t.text))),
  describe: (texts) => {
    const { register, update, price } = directoryScamSigns(texts);
    if (!register || !update || !price) return null;
    // the association's warning quotes the scam; the scam does not warn against itself
    return warnsAgainstScam(texts) ? null : `names a "${register}", "${update}" and "${price}"`;
  },
  strangersDoubtful: true,
});

export default directoryScamCheck;
