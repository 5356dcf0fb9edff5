// Job and task scams (inbound): "Are you still looking for work? Part-time from your phone, 60–90
// minutes a day, no experience needed, 250–450 € paid daily. Write to me on WhatsApp." The "job"
// is rating products or liking videos for pay, until the "tasks" need a deposit; or the recruit
// becomes a money mule. The mail moves the talk to a messenger at once, where no filter follows.
//  - JOB_SCAM: the text (or an attached document's) offers work ("job", "Nebenjob", "trabajo desde
//    casa", "lavoro", "praca zdalna", "подработка", "εργασία"…), names a pay per day or hour
//    ("250–450 €/día", "$300 a day", "25 € pro Stunde", "от 5000 руб. в день", "pago diario") and
//    moves the contact to WhatsApp, Telegram, Signal or Viber (a wa.me, t.me or signal.me link, or
//    WhatsApp, Telegram or Viber named: "signal" alone is an ordinary word), while the sender's word is not to be taken: not authenticated for its
//    From domain, on free mail, or asking for replies at another organisation.
// Recruiters and temp agencies name pay and a phone number too; they write from their own
// authenticated domains, or through job boards' and LinkedIn's.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { SUM } from './investment-scam.ts';
import { scamFormCheck } from './scam-form.ts';

/** work offered, in the offices' languages (as comparableText reads: no accents, small letters) */
const WORK = phrasePattern([
  'jobs?', 'work from home', 'remote work', 'part[- ]time', 'full[- ]time', 'position', 'vacanc(?:y|ies)', 'recruit\\p{L}*', 'hiring',
  'nebenjob', 'minijob', 'heimarbeit', 'homeoffice', 'stelle', 'arbeit von zu hause', 'verdienst',
  'trabajo', 'empleo', 'puesto', 'teletrabajo', 'desde casa', 'seleccion de personal', 'oferta laboral',
  'lavoro', 'impiego', 'posizione', 'da casa', 'collaborazione', 'selezione del personale',
  'praca', 'prace', 'pracy', 'zdalna', 'dodatkowa', 'rekrutacj\\p{L}*', 'zatrudni\\p{L}*',
  'работа', 'работу', 'работы', 'подработк\\p{L}*', 'ваканси\\p{L}*', 'удаленн\\p{L}*',
  'εργασια', 'θεση', 'απο το σπιτι', 'προσληψ\\p{L}*',
]);
/** a pay per day or hour: "250–450 €/día", "$300 a day", "25 € pro Stunde", "от 5000 руб. в день", "pago diario" */
const PAY = phrasePattern([
  // "250–450 €/día", "30 €/h", "5000 руб./день"
  String.raw`${SUM}\.? ?\/ ?(?:day|dia|giorno|tag|dzien|день|ημερα|h|hr|hour|hora|ora|stunde|std|godz\p{L}*|час|ωρα)(?![\p{L}\p{N}])`,
  // "$300 a day", "25 € pro Stunde", "500 euro al giorno", "от 5000 руб. в день"
  String.raw`${SUM}\.? (?:\p{L}+ ){0,2}(?:a day|per day|daily|an hour|per hour|am tag|pro tag|taglich|pro stunde|die stunde|al dia|por dia|diarios|la hora|por hora|al giorno|ogni giorno|all'ora|l'ora|dziennie|na dzien|za godzine|na godzine|в день|в сутки|в час|την ημερα|ημερησιως|την ωρα)(?![\p{L}\p{N}])`,
  'daily pay\\p{L}*', 'paid daily', 'pago diario', 'cobro diario', 'pagamento giornaliero', 'taglich\\p{L}* (?:ausgezahlt|auszahlung|bezahlt)', 'wyplat\\p{L}* (?:codzienn\\p{L}*|dzienn\\p{L}*)', 'ежедневн\\p{L}* выплат\\p{L}*', 'ημερησια πληρωμη',
]);
/** the talk moved to a messenger */
const MESSENGER = /(?<![\p{L}\p{N}])(?:wa\.me\/|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me\/|telegram\.me\/|signal\.me\/|whats ?app|telegram|viber)/u;

export { scamFormOptionsSchema as jobScamOptionsSchema } from './scam-form.ts';

/** The work offered, the pay per day or hour and the messenger named in texts (see readerTexts), each the first found. */
export function jobScamSigns(texts: ReadonlyArray<{ text: string }>): { work: string | null; pay: string | null; messenger: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return {
    work: firstPhrase(read, WORK),
    pay: firstPhrase(read, PAY),
    messenger: firstPhrase(read, MESSENGER),
  };
}

export const jobScamCheck = scamFormCheck({
  name: 'job-scam',
  symbol: 'JOB_SCAM',
  // the messenger first: few messages name one, and the sums cost more to look for
  gate: (texts) => texts.some((t) => MESSENGER.test(comparableText(t.text))),
  describe: (texts) => {
    const { work, pay, messenger } = jobScamSigns(texts);
    return work && pay && messenger ? `offers "${work}" for "${pay}" and moves the talk to ${messenger.replace(/\/$/, '')}` : null;
  },
});

export default jobScamCheck;
