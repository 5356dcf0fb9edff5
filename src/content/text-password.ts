// The password a message's text gives for its locked attachment ("Password: 2024", "Пароль — 7781",
// "Hasło: faktura1"): how Emotet, Qakbot and their kind get a locked archive past scanners. The
// attachment check opens the archive with it (and scores the giveaway, ATTACH_ENCRYPTED_PASSWORD);
// the document readers read the documents in it (document-text.ts).
import { visibleText } from '../fuzzy/fingerprint.ts';
import { withoutMarks } from './scripts.ts';

/**
 * "password" in the offices' languages and a few more (inflected where the password follows the
 * word: "hasło", "hasłem", "пароль", "паролем", "κωδικός"), then a colon, a dash or "is"/"ist"/
 * "lautet"/"es"/"è"/"jest"/"είναι"/"—" (and up to four words and a colon after it: "Das Kennwort lautet wie am
 * Telefon vereinbart:", the password on the next line), or up to three words and a colon ("Passwort für das Archiv:",
 * "Пароль для открытия:", "zabezpieczone hasłem:"), then the password itself. Matched on the text
 * without accents (ΚΩΔΙΚΟΣ and κωδικός alike), so the words are written without them here; "ł"
 * has none to lose, so both spellings are listed.
 */
const PASSWORD_IN_TEXT = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:password|passwort|kennwort|passcode|pwd|contrasena|clave|hasło|hasła|hasłem|haslo|hasla|haslem|κωδικος|κωδικος προσβασης|κωδικο|συνθηματικο|пароль|пароля|паролем|mot de passe|senha|wachtwoord|heslo)`
  // the instrumental ("архив защищен паролем 2026", "zabezpieczone hasłem faktura1": the ninety-third pair's fake tax office) needs no
  // colon before a password with a digit ("войдите с паролем администратора" names none)
  + String.raw`(?![\p{L}\p{N}])(?:(?<=паролем|hasłem|haslem)\s+(?=[\p{N}\p{L}][^\s]*\p{N})|\s*(?:[:：=]|\p{Pd})|\s+(?:is|ist|lautet|es|e|jest|ειναι|—)(?![\p{L}\p{N}])(?:(?:\s+\p{L}{1,14}){1,4}\s*[:：])?\s*[:：]?|(?:\s+\p{L}{1,14}){1,3}\s*[:：])\s*["'«„“‘]?([^\s"'»“”‘’<>]{3,40})`,
  'giu',
);


/**
 * Words that follow "password is" / "Passwort:" in honest mail and are no password: "your password
 * is expiring", "the password is the invoice number", "Passwort: siehe unten", "Пароль: ниже".
 */
const NOT_A_PASSWORD = new Set([
  'expiring', 'expired', 'expires', 'required', 'incorrect', 'wrong', 'invalid', 'missing', 'needed', 'changed', 'reset', 'the', 'your', 'our', 'not',
  'below', 'above', 'attached', 'sent', 'same', 'coming', 'separate', 'different', 'following', 'unchanged', 'empty', 'blank',
  'siehe', 'folgt', 'unten', 'oben', 'dein', 'ihr', 'ihre', 'das', 'die', 'der', 'gleich', 'abgelaufen', 'falsch', 'leer',
  'abajo', 'tu', 'su', 'el', 'la', 'sotto', 'il', 'tuo', 'vostra', 'poniżej', 'powyżej', 'twoje', 'ниже', 'выше', 'будет', 'прежний',
  'παρακάτω', 'ίδιος', 'это', 'этот', 'эта', 'эти', 'вам', 'вас', 'мы',
  // the password agreed before, not given: "das Passwort ist unverändert das Ihnen bekannte Mandantenkennwort" (the fifty-ninth
  // pair's tax adviser), "the password is as agreed", "la password è la solita", "la contraseña es la de siempre"
  'unverändert', 'bekannt', 'bekannte', 'bisherige', 'wie', 'gewohnt', 'vereinbart', 'usual', 'known', 'as', 'agreed',
  'invariata', 'invariato', 'solita', 'solito', 'quella', 'quello', 'come', 'igual', 'misma', 'mismo', 'habitual', 'de',
  'niezmienione', 'bez', 'takie', 'jak', 'прежнее', 'прежним', 'тот', 'такой', 'как', 'без', 'ίδιο', 'γνωστό', 'όπως', 'αμετάβλητος',
].map(withoutMarks));

/** The text without accents (as the pattern reads it), and for each of its characters where it came from in the text. */
function withoutMarksMapped(text: string): { plain: string; from: number[] } {
  let plain = '';
  const from: number[] = [];
  for (let i = 0; i < text.length;) {
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    const bare = withoutMarks(ch);
    for (let k = 0; k < bare.length; k++) from.push(i);
    plain += bare;
    i += ch.length;
  }
  from.push(text.length);
  return { plain, from };
}

/**
 * The password a text gives for an attachment ("Password: 2024", "Пароль — 7781", "Hasło: faktura1",
 * "Passwort: Müller1"), or null. The words are matched without accents; the password is taken as
 * written, accents and all: the archive was locked with that.
 */
export function passwordInText(text: string): string | null {
  const { plain, from } = withoutMarksMapped(text);
  for (const m of plain.matchAll(PASSWORD_IN_TEXT)) {
    const start = m.index + m[0].length - m[1]!.length;
    const password = text.slice(from[start]!, from[start + m[1]!.length]!).replace(/[.,;:!)]+$/, '');
    if (password.length < 3 || NOT_A_PASSWORD.has(withoutMarks(password).toLowerCase())) continue;
    // after a dash the sentence may go on ("Архив защищён паролем – это требование…", "password —
    // that's the rule"): there a word of small letters only is read as a word, not as the password
    const afterDash = /\p{Pd}\s*["'«„“‘]?$/u.test(plain.slice(m.index, start));
    if (afterDash && /^\p{Ll}+$/u.test(password)) continue;
    return password;
  }
  return null;
}

/** per message: the walk (to open a locked ZIP), the symbol and the document readers read the same password */
const textPasswords = new WeakMap<object, string | null>();
/** The password the text a reader sees gives, or null; read once per message. */
export function textPassword(view: { text: string; html: string | null; subject: string }): string | null {
  let password = textPasswords.get(view);
  if (password === undefined) textPasswords.set(view, (password = passwordInText(visibleText(view))));
  return password;
}
