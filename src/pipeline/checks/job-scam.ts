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
//    Or the money mule's duty named outright: payments received into the recruit's own account and
//    sent on ("recibir pagos de clientes en su cuenta bancaria personal … reenviar los importes").
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
/**
 * The money mule's duty, the other end of such "jobs": payments received into the recruit's own
 * personal account ("pagos de clientes en su cuenta bancaria personal", "Zahlungen auf Ihr privates
 * Konto", "платежи на ваш личный счёт"). No employer has its customers pay into an employee's
 * private account; with MULE_FORWARD (the money sent on) it stands for the pay and the messenger.
 */
const MULE_RECEIVE = phrasePattern([
  // the account is the recruit's own: a salary is paid into "your bank account" too
  String.raw`(?:payments?|transfers?|funds|money|deposits?) (?:\p{L}+ ){0,6}(?:into|on|to|in) your (?:own|personal|private) (?:bank )?account`,
  String.raw`(?:zahlung|uberweisung|geld|betrag)\p{L}* (?:\p{L}+ ){0,6}(?:auf|an) (?:ihr|dein)\p{L}* (?:privat|eigen|personlich)\p{L}* (?:bank)?konto`,
  String.raw`(?:pagos|transferencias|fondos|dinero|importes|ingresos) (?:\p{L}+ ){0,6}(?:en|a) (?:su|tu) (?:propia )?cuenta (?:bancaria )?(?:personal|propia|a su nombre)`,
  String.raw`(?:pagos|transferencias|fondos|dinero|importes|ingresos) (?:\p{L}+ ){0,6}(?:en|a) (?:su|tu) propia cuenta`,
  String.raw`(?:pagamenti|bonifici|fondi|somme|denaro|versamenti) (?:\p{L}+ ){0,6}(?:sul|nel|su) (?:tuo |suo |vostro )?(?:proprio )?conto (?:corrente )?(?:personale|privato)`,
  String.raw`(?:pagamenti|bonifici|fondi|somme|denaro|versamenti) (?:\p{L}+ ){0,6}(?:sul|nel) proprio conto`,
  String.raw`(?:p[lł]atnosc|przelew|srodk|pieni|wp[lł]at)\p{L}* (?:\p{L}+ ){0,6}na (?:\p{L}+ )?(?:prywatn|w[lł]asn|osobist)\p{L}* (?:konto|rachun\p{L}*)`,
  String.raw`(?:платеж|перевод|денежн|деньги|средств)\p{L}* (?:\p{L}+ ){0,6}на (?:\p{L}+ )?(?:личн|собствен)\p{L}* (?:\p{L}+ )?(?:сч\p{L}*|карт\p{L}*)`,
  String.raw`(?:πληρωμ|εμβασμ|μεταφορ|χρηματ|καταθεσ)\p{L}* (?:\p{L}+ ){0,6}(?:στον|σε) (?:\p{L}+ )?προσωπικ\p{L}* (?:\p{L}+ ){0,2}λογαριασμ\p{L}*`,
  // the company's customers paying into the recruit's account: "приём платежей от клиентов из ЕС на ваш банковский счёт"
  String.raw`(?:payments?|transfers?|funds|money) (?:\p{L}+ ){0,2}from (?:our |the company's )?(?:customers|clients) (?:\p{L}+ ){0,4}(?:into|to|on) your (?:\p{L}+ )?account`,
  String.raw`(?:zahlung|uberweisung|geld|betrag)\p{L}* (?:\p{L}+ ){0,2}(?:von|unserer|der) (?:\p{L}+ )?kunden (?:\p{L}+ ){0,4}auf (?:ihr|dein)\p{L}* (?:\p{L}+ )?konto`,
  String.raw`(?:pagos|transferencias|fondos|dinero|importes) (?:\p{L}+ ){0,2}de (?:nuestros |los )?clientes (?:\p{L}+ ){0,4}en (?:su|tu) (?:\p{L}+ )?cuenta`,
  String.raw`(?:pagamenti|bonifici|fondi|somme|versamenti) (?:\p{L}+ ){0,2}(?:dai|da|dei) (?:nostri )?clienti (?:\p{L}+ ){0,4}(?:sul|nel) (?:suo|tuo) (?:\p{L}+ )?conto`,
  String.raw`(?:p[lł]atnosc|przelew|srodk|wp[lł]at)\p{L}* (?:\p{L}+ ){0,2}od (?:naszych )?klient\p{L}* (?:\p{L}+ ){0,4}na (?:twoj|pan|pani|wasz)\p{L}* (?:\p{L}+ )?(?:konto|rachun\p{L}*)`,
  String.raw`(?:платеж|перевод|денежн|деньги|средств)\p{L}* (?:\p{L}+ ){0,2}от (?:наших )?клиент\p{L}* (?:\p{L}+ ){0,4}на ваш\p{L}* (?:\p{L}+ )?(?:сч\p{L}*|карт\p{L}*)`,
  String.raw`(?:πληρωμ|εμβασμ|μεταφορ|χρηματ)\p{L}* (?:\p{L}+ ){0,2}απο (?:τους )?πελατ\p{L}* (?:\p{L}+ ){0,4}(?:στον|σε) (?:\p{L}+ )?λογαριασμ\p{L}* σας`,
]);
/** … and the money sent on: "reenviar los importes", "weiterleiten", "inoltrare le somme", "przekazywać dalej", "переводить дальше" */
const MULE_FORWARD = phrasePattern([
  String.raw`(?:forward|transfer|remit|wire|send)\p{L}* (?:them|it|the funds|the money|the amounts?|the payments?) (?:on|onward|to)`,
  String.raw`(?:forward|remit|wire) (?:\p{L}+ ){0,3}(?:funds|money|amounts|payments)`,
  // the rest after the recruit's cut: "keep 8% and forward the balance to our partners"
  String.raw`(?:forward|transfer|remit|wire|send)\p{L}* (?:the )?(?:balance|rest|remainder|remaining (?:amount|funds|sum))`,
  String.raw`(?:restbetrag|rest|saldo|differenz)\p{L}* (?:\p{L}+ ){0,4}(?:weiter|uberweis|senden)\p{L}*`,
  String.raw`(?:reenvi|transfer|envi|remit)\p{L}* (?:\p{L}+ ){0,3}(?:el resto|el saldo|el importe restante|la diferencia)`,
  String.raw`(?:inoltr|trasfer|gir|invi)\p{L}* (?:\p{L}+ ){0,3}(?:il resto|il saldo|la differenza|l'importo restante)`,
  String.raw`(?:przekaz|przelew|przesy[lł]|wysy[lł])\p{L}* (?:\p{L}+ ){0,3}(?:reszt\p{L}*|pozosta[lł]\p{L}*)`,
  String.raw`(?:перевод|перевест|пересыл|пересла|отправл)\p{L}* (?:\p{L}+ ){0,3}(?:остат\p{L}*|оставш\p{L}*)`,
  String.raw`(?:μεταφερ|προωθ|στελν|αποστελλ)\p{L}* (?:\p{L}+ ){0,3}(?:το υπολοιπο|τα υπολοιπα)`,
  String.raw`weiter(?:leit|zuleit|uberweis|zuuberweis|senden|zusenden)\p{L}*`, String.raw`(?:leit|uberweis|send)\p{L}* (?:\p{L}+ ){0,4}weiter`, String.raw`(?:uberweis|transferier)\p{L}* (?:\p{L}+ ){0,4}(?:weiter|die betrage|das geld|die gelder)`,
  String.raw`(?:reenvi|transfer|envi|remit)\p{L}* (?:\p{L}+ ){0,4}(?:los|las) (?:importes|fondos|pagos|cantidades|dinero)`,
  String.raw`(?:inoltr|trasfer|gir|invi)\p{L}* (?:\p{L}+ ){0,4}(?:le somme|i fondi|gli importi|i pagamenti|il denaro)`,
  String.raw`(?:przekaz|przelew|przesy[lł]|wysy[lł])\p{L}* (?:\p{L}+ ){0,4}(?:dalej|srodk\p{L}*|kwot\p{L}*|pieni\p{L}*)`,
  String.raw`(?:перевод|перевест|пересыл|пересла|отправл)\p{L}* (?:\p{L}+ ){0,4}(?:дальше|средств\p{L}*|деньги|сумм\p{L}*)`,
  String.raw`(?:μεταφερ|προωθ|στελν|αποστελλ)\p{L}* (?:\p{L}+ ){0,4}(?:τα ποσα|τα χρηματα|τις πληρωμες)`,
]);

/** the talk moved to a messenger */
const MESSENGER = /(?<![\p{L}\p{N}])(?:wa\.me\/|api\.whatsapp\.com|chat\.whatsapp\.com|t\.me\/|telegram\.me\/|signal\.me\/|whats ?app|telegram|viber)/u;

export { scamFormOptionsSchema as jobScamOptionsSchema } from './scam-form.ts';

/** The work offered, the pay per day or hour, the messenger, and the mule's duty (money received and sent on) named in texts (see readerTexts), each the first found. */
export function jobScamSigns(texts: ReadonlyArray<{ text: string }>): { work: string | null; pay: string | null; messenger: string | null; mule: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  const received = firstPhrase(read, MULE_RECEIVE);
  return {
    work: firstPhrase(read, WORK),
    pay: firstPhrase(read, PAY),
    messenger: firstPhrase(read, MESSENGER),
    mule: received && firstPhrase(read, MULE_FORWARD) ? received : null,
  };
}

export const jobScamCheck = scamFormCheck({
  name: 'job-scam',
  symbol: 'JOB_SCAM',
  // the messenger or the mule's account first: few messages name either, and the sums cost more to look for
  gate: (texts) => texts.some((t) => { const c = comparableText(t.text); return MESSENGER.test(c) || MULE_RECEIVE.test(c); }),
  describe: (texts) => {
    const { work, pay, messenger, mule } = jobScamSigns(texts);
    if (work && mule) return `offers "${work}" to "${mule}" and send it on`;
    return work && pay && messenger ? `offers "${work}" for "${pay}" and moves the talk to ${messenger.replace(/\/$/, '')}` : null;
  },
});

export default jobScamCheck;
