// Phone numbers in mail text: toll-free lines, numbers written for callers abroad, and numbers the
// text asks the reader to call. Callback phishing gives no link, only a number; the checks that
// read such mail (callback-phishing, brand-impersonation) find numbers the same way here.

/**
 * Toll-free numbers, written as people write phone numbers: a line a company pays for, which no
 * private seller or colleague writes from free mail.
 *  - +1 and a North American toll-free area code ("1-888-555-0199", "+1 (844) 555 0199", "(855)555.0199");
 *  - another country's code and its toll-free range 800/803/805/808/900 ("+44 808 164 0123",
 *    "+49 (0) 800 1234567", "+39 800 123 456", "+7 800 555-35-35");
 *  - written the national way: 0800/0805/0808 (the UK, Germany, Austria, Switzerland, France, the
 *    Netherlands) and Russia's 8-800 ("0800 123 4567", "8 (800) 555-35-35"). Italy's, Spain's,
 *    Poland's and Greece's own 800/900 numbers have no leading digit that sets them apart from
 *    other figures ("800 123 456"), and are not read.
 */
const TOLL_FREE = [
  /(?<![\d+])(?:\+?1[\s.-]*)?\(?8(?:00|33|44|55|66|77|88)\)?[\s.-]*\d{3}[\s.-]*\d{4}(?!\d)/,
  /(?<![\d+])\+[2-9]\d{0,2}[\s.-]*(?:\(0\)[\s.-]*)?\(?(?:80[0358]|900)\)?(?:[\s.-]{0,3}\d){5,8}(?!\d)/,
  /(?<![\d+.,/])(?:0[\s.-]?80[058]|8[\s.-]?\(?800\)?)(?:[\s.-]{0,3}\d){5,8}(?!\d)/,
];
/** A number written one digit at a time to slip past filters ("0 8 0 8 - 1 5 7 - 0 3 4 2") closed up ("0808 - 157 - 0342"). */
const closeSpacedDigits = (text: string): string => text.replace(/(?<!\d)\d(?:[ \u00a0]\d(?!\d)){2,}/g, (run) => run.replace(/[ \u00a0]/g, ''));
/** The first toll-free number of a text, as written (a number written a digit at a time closed up), or ''. */
export const tollFreeNumber = (text: string): string => {
  const closed = closeSpacedDigits(text);
  return TOLL_FREE.map((re) => re.exec(closed)).filter((m) => m !== null).sort((a, b) => a.index - b.index)[0]?.[0].trim() ?? '';
};

/** asked to call, in the offices' languages (as comparableText reads: small letters, no accents) */
const CALL = String.raw`(?:call|phone|ring|dial|contact (?:us|our|me)(?![\p{L}])|by phone|anruf\p{L}*|rufen sie|telefonisch|llam\p{L}*|telefonee|por telefono|chiam\p{L}*|telefoni|per telefono|telefonicamente|zadzwon\p{L}*|telefonicznie|позвон\p{L}*|звонит\p{L}*|по телефону|καλεστε|τηλεφωνηστε|τηλεφωνικα|επικοινωνηστε|kontaktieren sie|melden sie sich|contatt\p{L}*|contacte\p{L}*|pongan?se en contacto|comuniquen?se|get in touch|skontaktuj\p{L}*|(?:prosimy|prosze) o (?:pilny |natychmiastowy )?kontakt|свяжит\p{L}*)`;
/** a phone number as people write one: "+44 20 3808 4417", "(0)30 1234567", "8 (495) 123-45-67" */
const PHONE = String.raw`\+?\(?\d[\d ().\/-]{6,18}\d`;
/** a date, which the pattern of a number would read as one: "12/03/2026", "12.03.2026", "2026-03-12" */
const DATE = String.raw`(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2})(?![\d ().\/-]*\d{3})`;
/**
 * a word asking to call, then within 80 characters of the same sentence a number ("llamando al
 * Servicio de Atención Cripto: +34 …", "please call our billing department within 24 hours: +44
 * 20 …", "llame inmediatamente a nuestro Servicio de Seguridad de Empresas en el 910 602 437", "póngase en
 * contacto inmediatamente con nuestro Servicio de Seguridad 24 horas en el 518 88 20 47"):
 * the nearest, so "24 hours" is passed over, not read as the number, nor is a date ("call us
 * before 12/03/2026 on …").
 */
const CALL_A_NUMBER = new RegExp(String.raw`(?<![\p{L}\p{N}])${CALL}[^+.!?\n]{0,80}?(?!${DATE})(${PHONE})`, 'gu');

/**
 * The numbers a text (as comparableText reads it: small letters, no accents) asks the reader to
 * call ("call +44 20 3808 4417", "llame al 910 60 71 43", "позвоните по телефону 8 (495) …"),
 * each with where its call word stands.
 */
export function* numbersToCall(plain: string): Generator<{ number: string; index: number }> {
  for (const m of plain.matchAll(CALL_A_NUMBER)) yield { number: m[1]!.trim(), index: m.index };
}

/** The number a text asks to call: its first toll-free number, or the first number after a word asking to call; '' for none. */
export function numberToCall(text: string, plain: string): string {
  return tollFreeNumber(text) || (numbersToCall(plain).next().value?.number ?? '');
}

/** a number written for callers abroad: a country code ("+44 (0)20 3808 4417", "+49 30 2555 8731") */
export const INTERNATIONAL_PHONE = /(?<![\d+])\+[1-9]\d{0,2}[\s.-]*(?:\(0\)[\s.-]*)?\(?\d{1,4}\)?(?:[\s.-]{0,3}\d){5,10}(?!\d)/g;
