// Loan spam (inbound): "Δάνειο έως 50.000€ χωρίς δικαιολογητικά – έγκριση σε 24 ώρες, ακόμη και με
// καταχώρηση στον Τειρεσία", "Kredit ohne Schufa", "préstamo sin aval, aunque estés en ASNEF": a
// loan for anyone, whatever the credit record, from a broker that takes an "opening fee" or the
// applicant's identity and account. Sent to work mailboxes as to any other, in every language.
//  - LOAN_NO_CHECKS: the text (or an attached document's) offers a loan or credit (`loan`,
//    `Kredit`, `préstamo`, `prestito`, `pożyczka`, `кредит`, `займ`, `δάνειο`) and promises it
//    without what a lender must check (`no credit check`, `without documents`, `ohne Schufa`,
//    `sin aval`, `aunque estés en ASNEF`, `senza busta paga`, `anche cattivi pagatori`, `bez BIK`,
//    `без справок`, `с плохой кредитной историей`, `χωρίς δικαιολογητικά`, `ακόμη και με
//    καταχώρηση στον Τειρεσία`), from a sender that is not authenticated, on free mail, asks for
//    replies elsewhere, or from a domain no one here has written to.
// A bank writing to its customers checks its borrowers (the law of every office's country asks it
// to) and says so; a bank the company writes to is a correspondent and not counted.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** a loan or credit offered (as comparableText reads: small letters, no accents, й as и) */
const LOAN = phrasePattern([
  // not "credit" alone: "no credit check" would be its own loan
  String.raw`loans?(?![\p{L}])`, String.raw`(?:personal|instant|fast|quick|easy) credit(?![\p{L}])`, String.raw`credit line`,
  String.raw`(?:\p{L}*kredit\p{L}*|darlehen\p{L}*)`,
  String.raw`prestamos?(?![\p{L}])`, String.raw`credito(?:s)?(?![\p{L}])`, String.raw`financiacion(?![\p{L}])`,
  String.raw`prestit[oi](?![\p{L}])`, String.raw`finanziament[oi](?![\p{L}])`,
  String.raw`pozyczk\p{L}*`, String.raw`kredyt\p{L}*`, String.raw`chwilowk\p{L}*`,
  String.raw`кредит\p{L}*`, String.raw`заим(?:ы|ов|а|ам|у)?(?![\p{L}])`, String.raw`заем(?![\p{L}])`, String.raw`ссуд\p{L}*`,
  String.raw`δανει\p{L}*`, String.raw`πιστωσ\p{L}*`,
]);

/** granted without what a lender must check: the borrower's credit record, income or papers */
const NO_CHECKS = phrasePattern([
  // English
  String.raw`(?:no|without(?: a| any)?) credit (?:check|history|score)s?`, String.raw`(?:even )?with bad credit`, String.raw`bad credit (?:ok|welcome|accepted|no problem)`,
  String.raw`no (?:need for (?:a |any )?(?:bank )?)?(?:paperwork|documents|guarantor|guarantee|collateral|questions asked)(?![\p{L}])`, String.raw`without (?:paperwork|documents|a guarantor|guarantors|collateral|proof of income)`,
  // German
  String.raw`ohne schufa\p{L}*`, String.raw`schufa-?frei\p{L}*`, String.raw`ohne bonitatsprufung`, String.raw`trotz (?:negativer |schlechter )?schufa\p{L}*`, String.raw`ohne (?:einkommensnachweis|gehaltsnachweis|burgen|burgschaft|bankburgschaft|bankgarantie|sicherheiten)`,
  // Spanish
  String.raw`sin (?:necesidad de |requerir )?(?:aval(?:es|ista)?(?: bancario)?|nomina|papeles|justificar ingresos|consultar (?:asnef|su historial))`, String.raw`(?:aunque|incluso si|aun) (?:este|estes|esta|estas) en (?:asnef|rai|experian)`, String.raw`con asnef`,
  // Italian
  String.raw`senza (?:bisogno di |necessita di )?(?:busta paga|garanzie(?: bancarie)?|garante|fideiussion\p{L}*|documenti|verifica crif)`, String.raw`anche (?:a |per )?(?:cattivi pagatori|protestati|segnalati in crif)`,
  // Polish
  String.raw`bez (?:bik|krd|big|zaswiadczen|sprawdzania (?:bik|baz))`, String.raw`nawet z (?:zła|zla|negatywn\p{L}*) histori\p{L}*`, String.raw`dla zadłuzonych|dla zadluzonych`,
  // Russian
  String.raw`без (?:необходимости )?(?:справок|поручител\p{L}*|залога|банковск\p{L}* гаранти\p{L}*|проверки кредитн\p{L}* истори\p{L}*|отказа)`, String.raw`с (?:плохои|испорченнои) кредитнои историеи`,
  // Greek
  String.raw`χωρις (?:δικαιολογητικα|εγγυητ\p{L}*|ελεγχο (?:πιστοληπτικ\p{L}*|στον τειρεσια))`, String.raw`(?:ακομη και|ακομα και) (?:με|αν ειστε) (?:καταχωρηση )?(?:στον )?τειρεσια`,
]);

/** The loan and the missing checks in texts (see readerTexts), each the first found. */
export function loanSigns(texts: ReadonlyArray<{ text: string }>): { loan: string | null; noChecks: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return { loan: firstPhrase(read, LOAN), noChecks: firstPhrase(read, NO_CHECKS) };
}

export { scamFormOptionsSchema as loanSpamOptionsSchema } from './scam-form.ts';

export const loanSpamCheck = scamFormCheck({
  name: 'loan-spam',
  symbol: 'LOAN_NO_CHECKS',
  // the missing checks first: few messages promise them
  gate: (texts) => texts.some((t) => NO_CHECKS.test(comparableText(t.text))),
  describe: (texts) => {
    const { loan, noChecks } = loanSigns(texts);
    return loan && noChecks ? `offers "${loan}" "${noChecks}"` : null;
  },
  strangersDoubtful: true,
});

export default loanSpamCheck;
