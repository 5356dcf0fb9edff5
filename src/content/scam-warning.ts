// A warning against a scam names its parts too: a trade association's newsletter ("Warnung: Angebote
// für Einträge in private Register … bitte nicht bezahlen"), a tax adviser's client letter ("Derzeit
// kursieren E-Mails, die zur „Pflichtregistrierung“ auffordern … Bitte geben Sie dort keine Daten
// ein"). The scam never warns against itself, so a check whose signs it quotes leaves such a text
// alone (directory-scam, einvoice-lure).
import { comparableText, phrasePattern } from './phrases.ts';

/** the warning, in the offices' languages (as comparableText reads: no accents, small letters; ł stays) */
const SCAM_WARNING = phrasePattern([
  // "do not pay", "beware of", "we warn against"
  String.raw`(?:bitte )?nicht (?:be)?zahlen`, String.raw`(?:warnung|warnen|warnt|vorsicht) vor`,
  String.raw`(?:do not|don't|never) pay`, String.raw`(?:warning|warn(?:s|ed)?(?: you| members)?) (?:about|against|of)`, String.raw`beware of`,
  String.raw`no (?:pague|paguen|pagar|abone|abonen)(?![\p{L}])`, String.raw`(?:advertencia|alerta|advertimos) (?:sobre|contra|de)`, String.raw`cuidado con`,
  String.raw`non (?:pagate|paghi|pagare|pagatela|versate)(?![\p{L}])`, String.raw`(?:mettiamo in guardia|avvertiamo|allerta) (?:da|contro|su)`, String.raw`attenzione (?:a|alle|agli) (?:false|falsi|richieste|offerte|truffe)`,
  String.raw`nie (?:p[lł]a[cć]\p{L}*|wp[lł]aca\p{L}*|op[lł]aca\p{L}*)`, String.raw`(?:ostrzegamy|ostrzezenie|ostrzeżenie|uwaga) (?:przed|na)`,
  String.raw`не (?:оплачивайте|платите|перечисляйте|переводите)`, String.raw`(?:предупреждаем|предупреждение|осторожно)(?: о| об|,)`,
  String.raw`μην (?:πληρωσετε|πληρωνετε|καταβαλετε|καταβαλλετε)`, String.raw`(?:προειδοποιηση|προειδοποιουμε|προσοχη) (?:για|σε|στις|στα)`,
  // such mails said to be going round, the reader told to enter nothing there
  String.raw`(?:derzeit |aktuell )?kursieren (?:\p{L}+ ){0,2}(?:e-?mails|mails|nachrichten|schreiben)`, String.raw`geben sie (?:dort |dort bitte )?keine (?:daten|zugangsdaten|passworter)`,
  String.raw`(?:fake|fraudulent|phishing|scam) (?:e-?mails|messages) (?:are|have been) (?:circulating|going round|doing the rounds)`, String.raw`do not enter (?:any )?(?:data|details|credentials|passwords)`,
  String.raw`circulan (?:\p{L}+ ){0,2}(?:correos|e-?mails|mensajes)`, String.raw`no introduzca (?:sus |ningun )?(?:datos|credenciales|contrasenas)`,
  String.raw`circolano (?:\p{L}+ ){0,2}(?:e-?mail|mail|messaggi)`, String.raw`non inserite (?:i vostri |alcun )?(?:dati|credenziali|password)`,
  String.raw`kraz(?:a|ą) (?:\p{L}+ ){0,2}(?:e-?maile|wiadomosci)`, String.raw`nie (?:podawaj|podawajcie|wpisuj|wpisujcie)\p{L}* (?:tam )?(?:danych|hasel|hasla)`,
  String.raw`(?:рассылаются|распространяются|ходят) (?:\p{L}+ ){0,2}(?:письма|сообщения)`, String.raw`не вводите (?:\p{L}+ )?(?:данные|пароли|пароль)`,
  String.raw`κυκλοφορουν (?:\p{L}+ ){0,2}(?:email|e-mail|μηνυματα)`, String.raw`μην (?:δωσετε|εισαγετε|καταχωρισετε) (?:\p{L}+ )?(?:στοιχεια|κωδικους)`,
]);

/** Whether any of the texts warns against a scam (see above). */
export const warnsAgainstScam = (texts: ReadonlyArray<{ text: string }>): boolean => texts.some((t) => SCAM_WARNING.test(comparableText(t.text)));
