// Lead-list sellers (inbound): "Would you be interested in acquiring the Attendees list of European
// Logistics Expo 2026? Counts: 18,742. Information: Contact Name, Title, Email Address, Phone…".
// Data brokers write to every company that exhibits or visits a trade fair, in every language, from
// fresh domains with valid SPF and DKIM, under a "RE:" that answers nothing.
//  - LEAD_LIST_OFFER: the text (or an attached document's) offers a list of people for sale: a list
//    of a fair's attendees, visitors or exhibitors, or of e-mail contacts and decision makers
//    ("Attendees list", "Teilnehmerliste", "lista de asistentes", "lista dei visitatori", "lista
//    wystawców", "список участников", "λίστα εκθετών", "decision makers contacts"), or a database
//    of companies ("базы данных предприятий Европы", "Firmendatenbank", "base de datos de empresas"), a word of
//    buying or pricing ("acquire", "purchase", "pricing", "erwerben", "adquirir", "acquistare",
//    "zakup", "приобрести", "αγορά") and the goods: a number of records ("18,742 Attendees",
//    "Counts: 12,400", in thousands) or at least three fields of a contact's data (e-mail address,
//    phone number, job title, contact name…); from a sender that is not authenticated, on free mail, asks for
//    replies elsewhere, or from a domain no one here has written to.
// A fair's organiser sends its own exhibitors their list, and a colleague the list of a meeting's
// participants; neither prices it nor writes as a stranger.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** people whose list is sold: a fair's, or anyone's contacts (as comparableText reads: no accents, small letters) */
const PEOPLE_LIST = phrasePattern([
  // English: "attendees list", "attendee/visitor list", "list of attendees", "decision makers contacts", "email list"
  String.raw`(?:attendee|visitor|exhibitor|delegate|registrant|participant)s?(?:\s?/\s?\p{L}+)? (?:list|lists|database|data|contacts|email list)(?![\p{L}])`,
  String.raw`list of (?:the )?(?:attendees|visitors|exhibitors|delegates|registrants|participants)`,
  // a database of companies: "databases of European companies", "company database"
  String.raw`(?:database|databases|lists?) of (?:\p{L}+ ){0,2}(?:companies|businesses|firms|contacts|decision makers)`, String.raw`(?:company|business|b2b) (?:databases?|email lists?|contact lists?)(?![\p{L}])`,
  // the brokers' own words; a bare "mailing list" or "email list" is every newsletter's
  String.raw`(?:decision[- ]makers?|c-level|cxo|b2b|verified|targeted|opt-in) (?:\p{L}+ )?(?:contacts|lists?|database|leads|email list)(?![\p{L}])`,
  // German: "Teilnehmerliste", "Besucher- und Ausstellerliste", "Kontaktdatenbank"
  String.raw`(?:teilnehmer|besucher|aussteller)(?:-? und (?:teilnehmer|besucher|aussteller))?-?(?:liste|listen|daten|datenbank|kontakte)`,
  String.raw`(?:e-mail|adress|kontakt|firmen|unternehmens|b2b)(?:-?liste|-?listen|-?datenbank\p{L}*|-?adressen)(?![\p{L}])`, String.raw`entscheiderdaten|entscheiderkontakte`,
  // Spanish, Italian
  String.raw`(?:lista|listado|bases? de datos) de (?:los )?(?:asistentes|visitantes|expositores|participantes|contactos|correos|empresas)`,
  String.raw`(?:lista|elenco|database|banc(?:a|he) dati) (?:dei |degli |delle |di )?(?:partecipanti|visitatori|espositori|contatti|aziende|imprese)`,
  // Polish, Russian, Greek
  String.raw`(?:lista|liste|listy|baz[aey]|bazy danych) (?:\p{L}+ )?(?:uczestnik\p{L}*|odwiedzajac\p{L}*|wystawc\p{L}*|kontakt\p{L}*|firm\p{L}*|przedsiebiorstw\p{L}*)`,
  String.raw`(?:список|списка|списки|базу|база|базы) (?:\p{L}+ )?(?:участник\p{L}*|посетител\p{L}*|экспонент\p{L}*|контакт\p{L}*|предприяти\p{L}*|компани\p{L}*|организаци\p{L}*|фирм\p{L}*|клиент\p{L}*|юрлиц)`,
  // "клиентские базы 2027", "базы клиентов": the Russian brokers' own words
  String.raw`клиентск\p{L}* баз\p{L}*`,
  String.raw`(?:λιστ\p{L}*|βαση δεδομενων) (?:των )?(?:συμμετεχοντ\p{L}*|επισκεπτ\p{L}*|εκθετ\p{L}*|επαφ\p{L}*|εταιρει\p{L}*|επιχειρησ\p{L}*)`,
]);
/** buying it, or what it costs */
const BUY = phrasePattern([
  String.raw`acquir\p{L}*`, String.raw`purchas\p{L}*`, String.raw`buy(?:ing)?(?![\p{L}])`, String.raw`pricing`, String.raw`price quote`, String.raw`cost and (?:other )?details`,
  String.raw`erwerb\p{L}*`, String.raw`kauf(?:en|s)?(?![\p{L}])`, String.raw`preis(?:e|angebot)?(?![\p{L}])`, String.raw`kosten(?![\p{L}])`,
  String.raw`adquiri\p{L}*`, String.raw`compra(?:r)?(?![\p{L}])`, String.raw`precio\p{L}*`,
  String.raw`acquisi\p{L}*`, String.raw`acquist\p{L}*`, String.raw`prezz\p{L}*`,
  String.raw`zakup\p{L}*`, String.raw`kupi\p{L}*`, String.raw`cen(?:a|e|y|ie|nik)(?![\p{L}])`,
  String.raw`приобре\p{L}*`, String.raw`купит\p{L}*`, String.raw`покупк\p{L}*`, String.raw`стоимост\p{L}*`, String.raw`цен(?:а|у|ы|е)(?![\p{L}])`,
  String.raw`αγορα(?![\p{L}])`, String.raw`αγορασ\p{L}*`, String.raw`αποκτησ\p{L}*`, String.raw`τιμ(?:η|ες|ης)(?![\p{L}])`, String.raw`κοστος`,
  // a discount on the lists: "Скидка 40% до 05.12!"
  String.raw`discount`, String.raw`rabatt`, String.raw`descuento`, String.raw`scont[oi](?![\p{L}])`, String.raw`rabat(?![\p{L}])`, String.raw`скидк\p{L}*`, String.raw`εκπτωσ\p{L}*`,
  // or cheap: "Много! Быстро! Недорого!"
  String.raw`cheap(?:ly)?(?![\p{L}])`, String.raw`affordabl\p{L}*`, String.raw`low[- ]cost`, String.raw`gunstig\p{L}*`, String.raw`barat[oa]s?(?![\p{L}])`, String.raw`a basso costo`,
  String.raw`tani(?:o|e|ej)(?![\p{L}])`, String.raw`недорог\p{L}*`, String.raw`дешев\p{L}*`, String.raw`φθην\p{L}*`,
]);
/** the goods counted, in thousands: "18,742 Attendees", "Counts: 12,400", "12 000 контактов" (a meeting's list has a dozen) */
const RECORDS = phrasePattern([
  // digits bounded: a run of " 000 000 …" must not make every start try the whole rest
  String.raw`counts?\s?:\s?\d[\d.,']{0,16}\d`,
  // the count labelled: "Numero di contatti: 48.230", "Anzahl Kontakte: 12.400", "Количество контактов: 14 500"
  String.raw`(?:number of (?:contacts|records|attendees)|anzahl (?:der )?(?:kontakte|datensatze)|numero de (?:contactos|registros)|numero di (?:contatti|record|nominativi)|liczba (?:kontaktow|rekordow)|количество (?:контактов|записей)|αριθμος (?:επαφων|εγγραφων))\s?:\s?\d[\d.,' ]{0,16}\d`,
  String.raw`(?:\d{1,3}(?:[.,' ]\d{3}){1,4}|\d{4,12})\+? (?:\p{L}+ )?(?:attendees|visitors|exhibitors|delegates|contacts|records|leads|decision makers|teilnehmer|besucher|aussteller|kontakte|datensatze|asistentes|visitantes|expositores|contactos|registros|partecipanti|visitatori|espositori|contatti|uczestnikow|odwiedzajacych|wystawcow|kontaktow|rekordow|участник\p{L}*|посетител\p{L}*|контакт\p{L}*|записей|συμμετεχοντες|επισκεπτες|εκθετες|επαφες|companies|businesses|firms|unternehmen|firmen|empresas|aziende|imprese|firm|przedsiebiorstw|компани\p{L}*|предприяти\p{L}*|организаци\p{L}*|εταιρειες|επιχειρησεις)(?![\p{L}])`,
]);
/** a field of a contact's data; three different ones are a record's description (a colleague's list may give an address and a phone) */
const FIELD = new RegExp(String.raw`(?<![\p{L}])(email address|e-mail address|phone number|contact name|job title|company name|e-mail-adresse|telefonnummer|ansprechpartner|firmenname|correo electronico|telefono|nombre de contacto|indirizzo email|nome del contatto|adres e-mail|numer telefonu|stanowisko|nazwa firmy|электронн\p{L}* почт\p{L}*|телефон\p{L}*|должность|название компании|названи\p{L}* компани\p{L}*|фио(?: руководител\p{L}*)?|инн|ηλεκτρονικ\p{L}* διευθυνσ\p{L}*|τηλεφωνο|θεση|επωνυμια)(?![\p{L}])`, 'gu');

/** The list offered, the word of buying and the goods in texts (see readerTexts), each the first found. */
export function leadListSigns(texts: ReadonlyArray<{ text: string }>): { list: string | null; buy: string | null; goods: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return { list: firstPhrase(read, PEOPLE_LIST), buy: firstPhrase(read, BUY), goods: read.map(goodsIn).find(Boolean) ?? null };
}

/** The goods of one text: a number of records, or three fields of a contact's data. */
function goodsIn(plain: string): string | null {
  const fields = [...new Set([...plain.matchAll(FIELD)].map((m) => m[1]!))];
  return RECORDS.exec(plain)?.[0] ?? (fields.length >= 3 ? fields.slice(0, 3).join(', ') : null);
}

export { scamFormOptionsSchema as leadListOptionsSchema } from './scam-form.ts';

export const leadListCheck = scamFormCheck({
  name: 'lead-list',
  symbol: 'LEAD_LIST_OFFER',
  // the list first: few messages name one
  gate: (texts) => texts.some((t) => PEOPLE_LIST.test(comparableText(t.text))),
  describe: (texts) => {
    const { list, buy, goods } = leadListSigns(texts);
    return list && buy && goods ? `offers "${list}" ("${buy}", ${goods})` : null;
  },
  strangersDoubtful: true,
});

export default leadListCheck;
