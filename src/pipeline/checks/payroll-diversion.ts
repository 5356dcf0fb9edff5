// Payroll diversion (inbound): "I changed banks this month and wanted to update the account my
// salary is paid into. New IBAN: ES92 1583 … I'm writing from my personal mail, I can't get into
// the employee portal from my phone." The "employee" is a stranger on free mail, and December's
// salary with the bonus goes to a mule's account.
//  - PAYROLL_DIVERSION: besides the change of bank details with an account whose checksum holds
//    (what BANK_DETAILS_CHANGE reads), the text speaks of a salary or payroll ("nómina", "Gehalt",
//    "stipendio", "wynagrodzenie", "зарплата", "μισθός", "payroll"), from a sender outside whose
//    word is not to be taken (see scam-form.ts; a domain no one here has written to included).
// The company's employees write from its own domains; a payroll provider people here write to,
// authenticated, is not counted.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { bankChangeWithAccount } from './bank-details.ts';
import { scamFormCheck } from './scam-form.ts';

/** a salary or payroll, in the offices' languages (as comparableText reads: no accents, small letters); "Lohnfertigung" is no wage */
export const SALARY = phrasePattern([
  String.raw`(?:salary|salaries|payroll|paycheck|pay ?slips?|wages|direct deposit)(?![\p{L}])`,
  String.raw`(?:gehalt|gehalts|gehaltes|lohn|lohnes|gehaltskonto|lohnkonto|gehaltsabrechnung|lohnabrechnung|gehaltszahlung|lohnzahlung)(?![\p{L}])`,
  String.raw`(?:nomina|nominas|salario|sueldo)(?![\p{L}])`,
  String.raw`(?:stipendio|stipendi|busta paga|cedolino|retribuzione)(?![\p{L}])`,
  String.raw`(?:wynagrodzeni\p{L}*|pensj[aie]|pensje)(?![\p{L}])`,
  String.raw`(?:зарплат\p{L}*|заработн\p{L}* плат\p{L}*)`,
  String.raw`(?:μισθ(?:ος|ου|ο|οι|ων|ους)|μισθοδοσι\p{L}*)(?![\p{L}])`,
]);

export { scamFormOptionsSchema as payrollDiversionOptionsSchema } from './scam-form.ts';

/** The salary named in texts (see readerTexts), the first found. */
export const salaryNamed = (texts: ReadonlyArray<{ text: string }>): string | null =>
  firstPhrase(texts.map((t) => comparableText(t.text)), SALARY);

export const payrollDiversionCheck = scamFormCheck({
  name: 'payroll-diversion',
  symbol: 'PAYROLL_DIVERSION',
  gate: (texts) => salaryNamed(texts) !== null,
  describe: (texts) => {
    const change = bankChangeWithAccount(texts);
    return change ? `${change} for the "${salaryNamed(texts)}"` : null;
  },
  strangersDoubtful: true,
});

export default payrollDiversionCheck;
