// Payroll diversion (inbound): "I changed banks this month and wanted to update the account my
// salary is paid into. New IBAN: ES92 1583 … I'm writing from my personal mail, I can't get into
// the employee portal from my phone." The "employee" is a stranger on free mail, and December's
// salary with the bonus goes to a mule's account.
//  - PAYROLL_DIVERSION: besides the change of bank details with an account whose checksum holds
//    (what BANK_DETAILS_CHANGE reads), the text speaks of a salary or payroll ("nómina", "Gehalt",
//    "stipendio", "wynagrodzenie", "зарплата", "μισθός", "payroll"), from a sender outside whose
//    word is not to be taken (see scam-form.ts; a domain no one here has written to included). Or,
//    with no account yet, the writer's own bank changed in the first person ("I changed banks", "ho
//    cambiato banca", "άλλαξα τράπεζα") beside the salary: the opener, the account to follow.
// The company's employees write from its own domains; a payroll provider people here write to,
// authenticated, is not counted.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { accountsOf } from '../../content/bank-accounts.ts';
import { bankChangeWithAccount } from './bank-details.ts';
import { scamFormCheck } from './scam-form.ts';

/** a salary or payroll, in the offices' languages (as comparableText reads: no accents, small letters); "Lohnfertigung" is no wage */
export const SALARY = phrasePattern([
  String.raw`(?:salary|salaries|payroll|paycheck|pay ?slips?|wages|direct deposit)(?![\p{L}])`,
  String.raw`(?:gehalt|gehalts|gehaltes|lohn|lohnes|gehaltskonto|lohnkonto|gehaltsabrechnung|lohnabrechnung|gehaltszahlung|lohnzahlung)(?![\p{L}])`,
  String.raw`(?:nomina|nominas|salario|sueldo)(?![\p{L}])`,
  String.raw`(?:stipendio|stipendi|busta paga|cedolino|retribuzione)(?![\p{L}])`,
  String.raw`(?:wynagrodzeni\p{L}*|pensj[aie]|pensje)(?![\p{L}])`,
  // "wypłata" is any payout ("wypłata dywidendy"); a month's or my own is the salary (not "lista płac":
  // a payroll firm's clients send theirs every month, with their own bank letters)
  String.raw`(?:styczniow|lutow|marcow|kwietniow|majow|czerwcow|lipcow|sierpniow|wrzesniow|pazdziernikow|listopadow|grudniow|miesieczn|moj|nastepn|kolejn)\p{L}* wypłat\p{L}*`,
  // or "wypłata za listopad"
  String.raw`wypłat\p{L}* za (?:styczen|luty|marzec|kwiecien|maj|czerwiec|lipiec|sierpien|wrzesien|pazdziernik|listopad|grudzien|ten miesiac|ostatni miesiac)(?![\p{L}])`,
  String.raw`(?:зарплат\p{L}*|заработн\p{L}* плат\p{L}*)`,
  String.raw`(?:μισθ(?:ος|ου|ο|οι|ων|ους)|μισθοδοσι\p{L}*)(?![\p{L}])`,
]);

/**
 * The writer's own bank changed, said in the first person: the first message of payroll diversion
 * names no account yet ("Άλλαξα τράπεζα και θα ήθελα η μισθοδοσία … στον νέο μου λογαριασμό. Πες
 * μου τι στοιχεία χρειάζεσαι"), which comes with the answer. A provider's notice speaks of the
 * reader's account, not the writer's.
 */
const OWN_BANK_CHANGED = phrasePattern([
  String.raw`(?:i|i've|i have) (?:recently |just )?(?:changed|switched) banks?(?![\p{L}])`, String.raw`(?:moved|switched|transferred) my (?:current |bank |salary )?account to (?:a )?new bank`, String.raw`my new (?:bank )?account`,
  // the bank named instead ("I've moved my current account over to Monzo … I'm closing it this week": the hundred-and-nineteenth pair's
  // "colleague" on outlook.com; "I've recently moved my current account to Monzo": the hundred-and-thirty-sixth pair's)
  String.raw`(?:moved|switched|transferred) my (?:current |bank |salary )?account (?:over )?to`, String.raw`(?:i'?m|i am) closing (?:it|my (?:old |current |bank )?account)`,
  String.raw`(?:ich )?habe (?:\p{L}+ ){0,3}(?:die )?bank gewechselt`, String.raw`mein(?:e)? neue(?:s|n)? (?:konto|bankverbindung|girokonto)`,
  String.raw`(?:he cambiado|cambie) de banco`, String.raw`mi nueva cuenta`,
  String.raw`ho cambiato banca`, String.raw`(?:il )?mio nuovo conto`,
  String.raw`zmienił\p{L}* bank(?![\p{L}])`, String.raw`moj\p{L}* now\p{L}* (?:rachun\p{L}*|numer\p{L}* (?:konta|rachunku))`,
  String.raw`(?:сменил|поменял)\p{L}* банк(?![\p{L}])`, String.raw`мо\p{L}* нов\p{L}* (?:сч\p{L}*|карт\p{L}*)`,
  String.raw`αλλαξα τραπεζα`, String.raw`(?:στον )?νεο μου λογαριασμο`,
  // the old account closed, the writer gone over to another bank ("Ho chiuso il conto su Intesa e sono passata a una banca online")
  String.raw`(?:i )?(?:have )?closed my (?:old |bank |current )?account`, String.raw`(?:i )?(?:have )?(?:moved|gone over|switched) to (?:a |an |another )?(?:new |online )?bank`,
  String.raw`(?:ich )?habe mein (?:altes )?konto (?:\p{L}+ ){0,3}(?:gekundigt|aufgelost|geschlossen)`,
  String.raw`(?:he )?cerrado mi cuenta`, String.raw`me he (?:pasado|cambiado) a (?:un |otro )?(?:nuevo )?banco`,
  String.raw`ho chiuso (?:il )?(?:mio )?conto`, String.raw`sono passat[oa] (?:a|ad) (?:una |un.?altra |un )?(?:nuova |altra )?banca`,
  String.raw`zamkn\p{L}{1,6} (?:moje |swoje |stare )?konto`, String.raw`prze(?:szł|szedł)\p{L}* do (?:innego |nowego )?banku`,
  String.raw`закрыл\p{L}* (?:свои |мои |старыи )?сч\p{L}*`, String.raw`перешл?\p{L}* в (?:другои |новыи )?банк(?![\p{L}])`,
  String.raw`εκλεισα (?:τον )?(?:παλιο )?λογαριασμο`, String.raw`(?:πηγα|μετεφερα τον λογαριασμο μου) σε (?:αλλη|νεα) τραπεζα`,
  // a new account opened ("άνοιξα καινούριο λογαριασμό και θα ήθελα η μισθοδοσία του Νοεμβρίου να πάει εκεί": the fifty-second pair's "colleague" on Gmail)
  String.raw`(?:i )?(?:have |just |recently )?opened a new (?:bank |current )?account`, String.raw`(?:ich )?habe (?:\p{L}+ ){0,3}(?:ein )?neues (?:giro|bank)?konto (?:\p{L}+ ){0,2}eroffnet`,
  String.raw`(?:he )?abierto (?:una )?(?:nueva )?cuenta(?: nueva)?`, String.raw`ho aperto (?:un )?(?:nuovo )?conto(?: nuovo)?`,
  String.raw`(?:otworzy[lł]\p{L}*|za[lł]o[zż]y[lł]\p{L}*) (?:sobie )?(?:nowe )?konto`, String.raw`открыл\p{L}* (?:себе )?(?:нов\p{L}* )?(?:сч\p{L}*|карт\p{L}*)`,
  String.raw`ανοιξα (?:εναν )?(?:καινουριο|καινουργιο|νεο) (?:τραπεζικο )?λογαριασμο`,
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
    if (change) return `${change} for the "${salaryNamed(texts)}"`;
    const own = firstPhrase(texts.map((t) => comparableText(t.text)), OWN_BANK_CHANGED);
    if (!own) return null;
    const account = accountsOf(texts)[0];
    return `"${own}", for the "${salaryNamed(texts)}"${account ? `, and the account ${account}` : ' (the account to follow)'}`;
  },
  strangersDoubtful: true,
});

export default payrollDiversionCheck;
