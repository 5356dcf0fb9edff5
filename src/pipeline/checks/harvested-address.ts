// Unsolicited bulk mail that says so (inbound): "Ricevi questa comunicazione perché il tuo indirizzo
// è presente in elenchi pubblici di imprese", "Ihre Adresse stammt aus öffentlich zugänglichen
// Quellen", "hemos obtenido sus datos de fuentes de acceso público", "your address was obtained
// from a purchased list". Cold marketers write the line for the data-protection law; a newsletter
// the reader subscribed to says the reader subscribed.
//  - HARVESTED_ADDRESS: the text (or an attached document's) says the reader's address came from
//    public sources, lists or registers of companies (or, in English, from any list, database or
//    web site), in the offices' languages, from a sender that is not authenticated, on free mail,
//    asks for replies elsewhere, or from a domain no one here has written to.
// A supplier people here write to, authenticated, is not counted, whatever its footer says.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** a couple of words between ("aus allgemein zugänglichen", "in elenchi pubblici di imprese") */
const FEW = String.raw`(?:\p{L}+ ){0,2}`;
/** where the address came from, said (as comparableText reads: small letters, no accents, й as и; "ł" has no mark to lose) */
const HARVESTED = phrasePattern([
  // English: 2002's "your address was obtained from an opt-in list" (50 spam of the corpus, no ham) and today's;
  // not "from our customer database", the company's own customers'
  String.raw`address (?:\p{L}+ ){0,6}(?:obtained|taken|collected|gathered|acquired|harvested|compiled|extracted|sourced) (?:from|through|via|on|off) (?!(?:our|your) )(?:[\p{L}-]+ ){0,4}(?:lists?|databases?|director(?:y|ies)|sources?|registers?|registries|internet|web|web ?sites?|newsgroups?)`,
  String.raw`(?:address|contact details) (?:\p{L}+ ){0,4}(?:listed |published |present |included )?(?:in|on) ${FEW}(?:public(?:ly)?|open)(?: available| accessible)? ${FEW}(?:sources?|lists?|registers?|registries|directories|databases?|records)`,
  String.raw`(?:aus|in) (?:\p{L}+ )?(?:offentlich|allgemein) (?:zuganglich|verfugbar|einsehbar)\p{L}* (?:quellen|verzeichniss\p{L}*|registern?|datenbank\p{L}*|listen)`,
  String.raw`(?:elenchi|registri|fonti|banche dati|database|albi) (?:\p{L}+ ){0,2}(?:pubblic\p{L}*|accessibil\p{L}* (?:al|a) pubblico|di pubblico dominio)`,
  String.raw`(?:fuentes|listados|registros|bases de datos|directorios|guias) (?:\p{L}+ ){0,2}(?:accesibles al publico|de acceso publico|publicos|publicas)`,
  String.raw`z (?:\p{L}+ )?(?:ogolnodostepn|publiczn|jawn|otwart)\p{L}* (?:zrod\p{L}*|rejestr\p{L}*|baz\p{L}*|katalog\p{L}*|list\p{L}*|ewidencj\p{L}*)`,
  String.raw`из (?:\p{L}+ )?(?:открыт|общедоступн|публичн)\p{L}* (?:источник|баз|реестр|справочник|каталог|списк)\p{L}*`,
  String.raw`(?:απο|σε|στις|στους) (?:\p{L}+ )?(?:δημοσια|δημοσιως|ελευθερα) (?:διαθεσιμ\p{L}* |προσβασιμ\p{L}* )?(?:πηγ\p{L}*|καταλογ\p{L}*|μητρω\p{L}*|βασ\p{L}*|λιστ\p{L}*)`,
  // the address itself said to be public: "επειδή η διεύθυνσή σας είναι δημόσια διαθέσιμη", "находится в открытом доступе"
  String.raw`address (?:is |was )?(?:publicly (?:available|accessible|listed)|in the public domain)`,
  String.raw`adresse (?:\p{L}+ ){0,2}(?:offentlich|allgemein) (?:zuganglich|verfugbar|einsehbar)`,
  String.raw`(?:direccion|correo) (?:\p{L}+ ){0,2}(?:es )?(?:publica|de acceso publico|publicamente (?:disponible|accesible))`,
  String.raw`indirizzo (?:\p{L}+ ){0,2}(?:e )?(?:pubblico|pubblicamente (?:disponibile|accessibile)|di pubblico dominio)`,
  String.raw`adres (?:\p{L}+ ){0,3}(?:publicznie|ogolnie) dostepn\p{L}*`,
  String.raw`(?:адрес|e-?mail|почт\p{L}*) (?:\p{L}+ ){0,3}(?:в|из) открыт\p{L}* (?:доступ|источник)\p{L}*`,
  String.raw`διευθυνση (?:\p{L}+ ){0,3}(?:ειναι )?δημοσια (?:διαθεσιμη|προσβασιμη)`,
]);

/** Where the address came from, as the texts say it (the first found), or null. */
export function harvestedSigns(texts: ReadonlyArray<{ text: string }>): { harvested: string | null } {
  return { harvested: firstPhrase(texts.map((t) => comparableText(t.text)), HARVESTED) };
}

export { scamFormOptionsSchema as harvestedAddressOptionsSchema } from './scam-form.ts';

export const harvestedAddressCheck = scamFormCheck({
  name: 'harvested-address',
  symbol: 'HARVESTED_ADDRESS',
  gate: (texts) => harvestedSigns(texts).harvested !== null,
  describe: (texts) => {
    const { harvested } = harvestedSigns(texts);
    return harvested ? `says the address came from "${harvested}"` : null;
  },
  strangersDoubtful: true,
});

export default harvestedAddressCheck;
