// Bank accounts as mail names them: IBANs (checked), Polish accounts without their country, Russian
// settlement accounts with their bank's BIC, British sort codes with account numbers. Read by the
// checks that weigh payment requests (bank-details, payee-accounts, charity, secret-transfer,
// brand) and by the admin's own rules (`account:`), each account given in one canonical form so
// that the ways of writing one account are one account.

/** IBAN lengths of the SEPA countries and their neighbours (ISO 13616 registry) */
const IBAN_LENGTH: Record<string, number> = {
  AD: 24, AT: 20, BE: 16, BG: 22, CH: 21, CY: 28, CZ: 24, DE: 22, DK: 18, EE: 20, ES: 24, FI: 18, FR: 27, GB: 22, GI: 23, GR: 27,
  HR: 21, HU: 28, IE: 22, IS: 26, IT: 27, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MT: 31, NL: 18, NO: 15, PL: 28, PT: 25, RO: 24,
  SE: 24, SI: 19, SK: 24, SM: 27, VA: 22, AL: 28, BA: 20, ME: 22, MK: 19, RS: 22, TR: 26, UA: 29, GE: 22, MD: 24, AE: 23, IL: 23,
};

/** The country an account is kept in: an IBAN's first letters; a British sort code's; else a Russian settlement account's. */
export const accountCountry = (account: string): string => /^[A-Z]{2}/.exec(account)?.[0] ?? (/^\d{2}-/.test(account) ? 'GB' : 'RU');

/** country codes sold as generic suffixes (.me for personal pages), naming no country a company is in */
const GENERIC_COUNTRY_SUFFIXES = new Set(['me']);

/**
 * The country a domain's suffix names, among those whose accounts the readers here know
 * ("lieferant-gmbh.de" DE, "thessmet.com.gr" GR, "harlow.co.uk" GB, "mail.ru" RU), or null: a
 * generic suffix (.com, .eu, .de.com's .com) says nothing of where a company keeps its money.
 */
export function domainCountry(domain: string): string | null {
  const suffix = domain.toLowerCase().replace(/\.$/, '').split('.').pop() ?? '';
  if (GENERIC_COUNTRY_SUFFIXES.has(suffix)) return null;
  const country = suffix === 'uk' ? 'GB' : suffix.toUpperCase();
  return IBAN_LENGTH[country] || country === 'RU' ? country : null;
}

/**
 * Company legal forms and the countries whose law has them ("S.p.A." Italy's, "sp. z o.o."
 * Poland's, "ООО" Russia's, "GmbH" Germany's, Austria's and Switzerland's). "S.A." is left out: a
 * Spanish, Polish, Greek, French or Belgian company's alike.
 */
const LEGAL_FORMS: ReadonlyArray<{ form: RegExp; countries: readonly string[] }> = [
  { form: /(?<![\p{L}\p{N}])(?:S\.?\s?p\.?\s?A|S\.\s?r\.\s?l(?:\.\s?s)?|Srl|S\.\s?n\.\s?c|S\.\s?a\.\s?s)\.?(?![\p{L}\p{N}])/u, countries: ['IT', 'SM'] },
  { form: /(?<![\p{L}\p{N}])(?:GmbH|AG|KG|UG|e\.\s?K)(?![\p{L}\p{N}])/u, countries: ['DE', 'AT', 'CH', 'LI'] },
  { form: /(?<![\p{L}\p{N}])(?:sp\.\s?z\s?o\.\s?o|sp\.\s?[kj]|spółka)(?![\p{L}\p{N}])/iu, countries: ['PL'] },
  { form: /(?<![\p{L}\p{N}])(?:S\.\s?L(?:\.\s?U)?|SLU?)\.?(?![\p{L}\p{N}])/u, countries: ['ES', 'AD'] },
  { form: /(?<![\p{L}\p{N}])(?:Α\.?\s?Ε|Ε\.?\s?Π\.?\s?Ε|Ι\.?\s?Κ\.?\s?Ε|Ο\.?\s?Ε|Ε\.\s?Ε)\.?(?![\p{L}\p{N}])/u, countries: ['GR', 'CY'] },
  { form: /(?<![\p{L}\p{N}])(?:ООО|ОАО|ПАО|ЗАО|АО|ИП)(?![\p{L}\p{N}])/u, countries: ['RU'] },
  { form: /(?<![\p{L}\p{N}])(?:Ltd|Limited|PLC|LLP)(?![\p{L}\p{N}])/iu, countries: ['GB', 'IE', 'CY', 'MT', 'GI'] },
  { form: /(?<![\p{L}\p{N}])(?:B\.\s?V|N\.\s?V)\.?(?![\p{L}\p{N}])/u, countries: ['NL', 'BE'] },
  { form: /(?<![\p{L}\p{N}])(?:SARL|SAS)(?![\p{L}\p{N}])/u, countries: ['FR', 'BE', 'LU', 'MC'] },
  // the Baltic fintechs' own forms, so that "Nordic Finance UAB – Treuhandkonto Lieferant GmbH" is held by the UAB
  { form: /(?<![\p{L}\p{N}])(?:UAB|AB)(?![\p{L}\p{N}])/u, countries: ['LT', 'SE'] },
];

/** How a payment form labels the account's holder, in the offices' languages (not a letter's addressee: "Empfänger" alone is one). */
const HOLDER_LABEL = /(?:beneficiario|intestatario|intestato a|titolare(?: del conto)?|kontoinhaber(?:in)?|zahlungsempfänger|begünstigter|account name|account holder|beneficiary(?: name)?|payee(?: name)?|titular(?: de la cuenta)?|odbiorca|właściciel rachunku|posiadacz rachunku|nazwa odbiorcy|получатель|наименование получателя|δικαιούχος|όνομα δικαιούχου)\s*:\s*([^\n]{2,80})/giu;

/**
 * The holder a payment form names for a text's account, with the countries its legal form is at
 * home in ("Beneficiario: Ferretti Trasporti S.p.A." IT, SM): the first labelled holder with a
 * form, by the first form in its name; null when no holder with a form is named.
 */
export function accountHolder(text: string): { name: string; countries: readonly string[] } | null {
  for (const m of text.matchAll(HOLDER_LABEL)) {
    const name = m[1]!;
    const first = LEGAL_FORMS.map((f) => { const found = f.form.exec(name); return { end: found ? found.index + found[0].length : -1, countries: f.countries }; })
      .filter((f) => f.end >= 0).sort((a, b) => a.end - b.end)[0];
    if (first) return { name: name.slice(0, first.end).trim(), countries: first.countries };
  }
  return null;
}

/**
 * The app banks and e-money institutions whose accounts open online in minutes (Revolut, Wise,
 * N26, bunq, Paysera, Qonto, Monzo…): where payment diversion's mule accounts are, named in the
 * text, by a BIC (REVOLT21, TRWIBEB1, NTSBDEB1…) or by an IBAN's bank code (LT…3250 Revolut, LT…3500
 * Paysera, ES…1583 Revolut's Spanish branch, DE…10011001 N26, BE…967 Wise, NL…BUNQ, IE…REVO,
 * GB…TRWI, FR…16958 Qonto).
 */
const EMONEY_NAMED = /(?<![\p{L}\p{N}])(?:Revolut|TransferWise|Wise (?:Europe|Payments)|N26|bunq|Paysera|Qonto|Vivid Money|Monzo|Payoneer|Airwallex)(?![\p{L}\p{N}])|(?<![A-Z0-9])(?:REVO|TRWI|NTSB|BUNQ|EVIU|QNTO|MONZ)[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?(?![A-Z0-9])/u;
const EMONEY_BANK_CODES: Readonly<Record<string, readonly string[]>> = {
  LT: ['3250', '3500'], ES: ['1583'], DE: ['10011001'], BE: ['967'], NL: ['BUNQ', 'REVO'], IE: ['REVO'], GB: ['TRWI', 'REVO', 'MONZ'], FR: ['16958'],
};

/** a paragraph that tells of forged or fraudulent details: an app bank it names is the fraudster's, not the new account's */
const FRAUD_TOLD = /(?<![\p{L}])(?:forged|fake|fraud\p{L}*|scam\p{L}*|gefälscht\p{L}*|betrug\p{L}*|betrüger\p{L}*|falsificad\p{L}*|fraudulent\p{L}*|falsi|falso|falsa|falsificat\p{L}*|truffa\p{L}*|fałszyw\p{L}*|oszust\p{L}*|поддельн\p{L}*|мошенни\p{L}*|πλαστ\p{L}*|απατ\p{L}*)(?![\p{L}])/iu;
/** a paragraph that gives payment details: an account's label or the bank's */
const PAYMENT_DETAILS_LABEL = /(?<![\p{L}])(?:IBAN|BIC|SWIFT)(?![\p{L}])|(?:bank|banca|banco|bank name|bankname|kreditinstitut|bank\p{L}*|банк|τράπεζα)\s*:/iu;

/**
 * The app bank or e-money institution the texts' new account is at (its name, BIC or an IBAN's bank
 * code as found), or null. A name counts in a paragraph that gives payment details (an account, an
 * IBAN or bank label) or beside one ("I've moved my current account over to Monzo" above the sort
 * code and account number), not elsewhere: the supplier's genuine change that warns of the forged one
 * sent "(Konto bei der N26)" from a hijacked webmail names the app bank of someone else's account
 * (the hundred-and-twentieth pair's Lieferant GmbH, whose new account is at a savings bank).
 */
export function emoneyAccount(texts: ReadonlyArray<{ text: string }>, accounts: readonly string[]): string | null {
  const byCode = accounts.find((a) => EMONEY_BANK_CODES[a.slice(0, 2)]?.some((code) => a.slice(4).startsWith(code)));
  if (byCode) return byCode;
  for (const t of texts) {
    if (!EMONEY_NAMED.test(t.text)) continue;
    const paragraphs = t.text.split(/\n[ \t]*\n/);
    const givesDetails = (p: string | undefined): boolean => p !== undefined && (PAYMENT_DETAILS_LABEL.test(p) || accountsIn(p).length > 0);
    for (const [i, paragraph] of paragraphs.entries()) {
      const m = EMONEY_NAMED.exec(paragraph);
      if (m && !FRAUD_TOLD.test(paragraph) && (givesDetails(paragraph) || givesDetails(paragraphs[i - 1]) || givesDetails(paragraphs[i + 1]))) return m[0];
    }
  }
  return null;
}

/** Whether an IBAN's check digits hold (ISO 7064 mod 97-10), read piece by piece so no number grows too large. */
function ibanChecks(iban: string): boolean {
  const moved = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of moved) {
    const v = ch >= 'A' ? String(ch.charCodeAt(0) - 55) : ch;
    for (const d of v) rest = (rest * 10 + Number(d)) % 97;
  }
  return rest === 1;
}

/** IBANs as written (upper case, in groups of four or not, "IT 30 P 03669 …" too), each read to its country's length and checked. */
export function ibansIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![A-Z0-9])([A-Z]{2}) ?(\d{2})((?: ?[A-Z0-9]){10,30})/g)) {
    const length = IBAN_LENGTH[m[1]!];
    if (!length) continue;
    const compact = (m[1]! + m[2]! + m[3]!.replace(/ /g, '')).slice(0, length);
    if (compact.length === length && ibanChecks(compact) && !out.includes(compact)) out.push(compact);
  }
  return out;
}

/**
 * Polish accounts as Poles write them, without the country (NRB: 26 digits, "66 1160 2202 0000
 * 0006 1234 5678"), checked as the IBAN they are and given as one (PL…), so that the two ways of
 * writing one account are one account.
 */
export function polishAccountsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/(?<![\dA-Z])\d{2}(?: ?\d{4}){6}(?!\d)/g)) {
    const iban = `PL${m[0].replace(/ /g, '')}`;
    if (ibanChecks(iban) && !out.includes(iban)) out.push(iban);
  }
  return out;
}

/** Every bank account a text names whose checksum holds (or, British, whose labels are there), each once. */
export function accountsIn(text: string): string[] {
  return [...new Set([...ibansIn(text), ...polishAccountsIn(text), ...russianAccountsIn(text), ...britishAccountsIn(text)])];
}

/**
 * Russian settlement accounts (20 digits, 40…/30…) whose control digit holds with a BIC of the
 * same text (9 digits, 04…): the Bank of Russia's key, the BIC's last three digits and the
 * account weighted 7, 1, 3 over and over, the sum's last digit 0.
 */
export function russianAccountsIn(text: string): string[] {
  const bics = [...text.matchAll(/(?<!\d)04\d{7}(?!\d)/g)].map((m) => m[0]);
  const out: string[] = [];
  for (const m of text.matchAll(/(?<!\d)[34]0\d{18}(?!\d)/g)) {
    const account = m[0];
    const holds = bics.some((bic) => [...bic.slice(-3) + account].reduce((sum, d, i) => sum + ((Number(d) * [7, 1, 3][i % 3]!) % 10), 0) % 10 === 0);
    if (holds && !out.includes(account)) out.push(account);
  }
  return out;
}

/**
 * British accounts as payroll forms ask for them: a sort code (six digits, in pairs) and, within a
 * line or two after it, an eight-digit account number, both labelled ("Sort code: 04-00-75 …
 * Account number: 31846259", "Sort code 04-00-75, account 51873390"). No checksum is read (Pay.UK's modulus tables are per bank); the two
 * labels together are what no other number has.
 */
export function britishAccountsIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/sort[ -]?code\s*:?\s*(\d{2})[- ]?(\d{2})[- ]?(\d{2})(?!\d)[^\n]{0,40}\n?[^\n]{0,40}?account(?: (?:number|no\.?))?\s*:?\s*(\d{8})(?!\d)/gi)) {
    const account = `${m[1]}-${m[2]}-${m[3]} ${m[4]}`;
    if (!out.includes(account)) out.push(account);
  }
  return out;
}

/** The accounts a message's texts name, each once. */
export function accountsOf(texts: ReadonlyArray<{ text: string }>): string[] {
  return [...new Set(texts.flatMap((t) => accountsIn(t.text)))];
}

/**
 * An account as an admin writes it (in a rule: `account: "DE89 3704 0044 0532 0130 00"`) in the
 * form the readers above give it, or null when it is none: an IBAN whose check digits hold, in any
 * grouping; a Polish account without its country (26 digits, given as its IBAN); a Russian
 * settlement account (20 digits; its control digit needs the BIC, which a rule does not name); a
 * British sort code with its account number ("04-00-75 31846259").
 */
export function accountKey(written: string): string | null {
  const compact = written.replace(/[\s-]/g, '').toUpperCase();
  if (/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(compact)) return ibansIn(compact)[0] === compact ? compact : null;
  if (/^\d{26}$/.test(compact)) return polishAccountsIn(compact)[0] ?? null;
  if (/^[34]0\d{18}$/.test(compact)) return compact;
  const british = /^(\d{2})-?(\d{2})-?(\d{2})\s*(\d{8})$/.exec(written.trim());
  return british ? `${british[1]}-${british[2]}-${british[3]} ${british[4]}` : null;
}
