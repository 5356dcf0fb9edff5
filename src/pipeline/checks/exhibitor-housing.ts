// Exhibitor housing scams (inbound): "We are the official housing provider for exhibitors at
// interpack 2026. Your company has not yet confirmed its room block; 8 rooms are held at the
// exhibitor rate. To secure them, a 30 % deposit (EUR 4,161.60) is due by 20 March, IBAN GB74 …;
// unconfirmed rooms will be released." Every exhibitor of a trade fair gets these: the "housing
// bureau" is no one's, and the deposit is gone. The fairs warn about them on their own sites
// (Messe Düsseldorf, Koelnmesse, Fira Barcelona); the mail has no link and no attachment.
//  - EXHIBITOR_HOUSING_SCAM: the text (or an attached document's) names a trade fair's exhibitors
//    ("exhibitor", "Aussteller", "expositor", "espositore", "wystawca", "экспонент", "εκθέτης", or
//    the fair itself), rooms held for the company or its housing service ("room block", "8 single
//    rooms … holding for your company", "Zimmerkontingent", "camere riservate", "номера
//    забронированы") and their release if not paid or confirmed ("will be released", "verfallen",
//    "serán liberadas", "verranno rilasciate"), and a sum, from a doubtful sender (see scam-form.ts),
//    which here includes a domain no one here has written to. A hotel the company asked for an
//    option is written to first; the fair's own newsletter warns and asks for nothing.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { SUM } from './investment-scam.ts';
import { scamFormCheck } from './scam-form.ts';

/** a trade fair or its exhibitors, in the offices' languages (as comparableText reads: no accents, small letters) */
const FAIR = phrasePattern([
  String.raw`exhibitors?(?![\p{L}])`, String.raw`trade ?(?:fair|show)s?(?![\p{L}])`, String.raw`exhibition (?:centre|center|grounds)`, 'fairground',
  String.raw`aussteller\p{L}*`, String.raw`\p{L}*messe(?![\p{L}])`, String.raw`messegelande`,
  String.raw`expositor\p{L}*`, String.raw`feria (?:comercial|internacional|profesional)`, 'recinto ferial',
  String.raw`espositor\p{L}*`, String.raw`fiera (?:internazionale|campionaria)`, String.raw`quartiere fieristico`,
  String.raw`wystawc\p{L}*`, String.raw`targ(?:i|ow|ach) (?:\p{L}+ )?(?:branzow\p{L}*|miedzynarodow\p{L}*)`,
  String.raw`экспонент\p{L}*`, String.raw`выставк\p{L}*`,
  String.raw`εκθετ(?:ης|ες|ων|ριες)(?![\p{L}])`, String.raw`διεθνη εκθεση`,
]);

/** rooms held for the company, or a housing service for a fair's visitors */
const ROOMS_HELD = phrasePattern([
  String.raw`room (?:block|allocation|contingent)s?`, String.raw`rooms? (?:\p{L}+ ){0,4}(?:held|reserved|blocked|on hold) for`,
  String.raw`(?:holding|reserved|blocked) (?:\p{L}+ ){0,4}rooms?`, String.raw`housing (?:bureau|provider|service|agency|partner|team|office)`,
  String.raw`zimmerkontingent\p{L}*`, String.raw`zimmer (?:\p{L}+ ){0,4}(?:reserviert|geblockt|vorgemerkt|optioniert)`, String.raw`(?:hotel|zimmer|unterkunfts)(?:vermittlung|service|buro)`,
  String.raw`habitaciones (?:\p{L}+ ){0,4}(?:reservadas|bloqueadas|retenidas)`, String.raw`(?:bloqueo|cupo) de habitaciones`, String.raw`servicio (?:oficial )?de alojamiento`,
  String.raw`camere (?:\p{L}+ ){0,4}(?:riservate|bloccate|opzionate)`, String.raw`(?:blocco|contingente) (?:di )?camere`, String.raw`servizio (?:ufficiale )?(?:di )?alloggi\p{L}*`,
  String.raw`pokoj\p{L}* (?:\p{L}+ ){0,4}(?:zarezerwowan|zablokowan)\p{L}*`, String.raw`pul\p{L}* pokoi`,
  String.raw`номер\p{L}* (?:\p{L}+ ){0,4}(?:забронирован|зарезервирован)\p{L}*`, String.raw`квот\p{L}* номеров`,
  String.raw`δωματι\p{L}* (?:\p{L}+ ){0,4}(?:δεσμευμεν|κρατημεν)\p{L}*`,
]);

/** the rooms lost unless paid or confirmed: the pressure of the scam */
const RELEASED = phrasePattern([
  String.raw`(?:will|would) be released`, String.raw`release (?:date|deadline)`, String.raw`released to (?:the )?(?:waiting list|other|general)`, String.raw`not (?:yet )?(?:been )?confirmed`,
  String.raw`(?:verfallen|freigegeben|storniert) (?:werden|wird)`, String.raw`(?:noch )?nicht bestatigt`,
  String.raw`(?:seran|sera) (?:liberad|cancelad|anulad)\p{L}*`, String.raw`(?:aun )?no (?:ha|han) (?:sido )?confirmad\p{L}*`,
  // "Las reservas no confirmadas se liberarán para el público general" (the seventy-sixth pair's "CEVISAMA housing")
  String.raw`se (?:liberaran|cancelaran|anularan)`, String.raw`(?:reservas|habitaciones) no confirmadas`,
  String.raw`unconfirmed (?:rooms|reservations|bookings)`, String.raw`неподтвержденн\p{L}* (?:номер|бронир)\p{L}*`, String.raw`μη επιβεβαιωμεν\p{L}* (?:δωματι|κρατησ)\p{L}*`,
  String.raw`(?:verranno|sara|saranno) (?:rilasciat|liberat|annullat|cancellat)\p{L}*`, String.raw`non (?:ancora )?confermat\p{L}*`,
  String.raw`(?:zostan\p{L}*|bed\p{L}*) (?:zwolnion|anulowan)\p{L}*`, String.raw`nie (?:zostal\p{L}* )?(?:jeszcze )?potwierdzon\p{L}*`,
  String.raw`(?:будут|будет) (?:сняты|снята|аннулирован\p{L}*|отменен\p{L}*)`, String.raw`(?:еще )?не подтвержден\p{L}*`,
  String.raw`(?:θα )?(?:αποδεσμευ|ακυρωθ)\p{L}*`, String.raw`δεν (?:εχει|εχουν) (?:ακομη )?επιβεβαιω\p{L}*`,
]);
const ANY_SUM = new RegExp(`(?<![\\p{L}\\p{N}])${SUM}`, 'u');

export { scamFormOptionsSchema as exhibitorHousingOptionsSchema } from './scam-form.ts';

/** The fair, the rooms held, their release and a sum in texts (see readerTexts), each the first found. */
export function exhibitorHousingSigns(texts: ReadonlyArray<{ text: string }>): { fair: string | null; rooms: string | null; released: string | null; sum: string | null } {
  const read = texts.map((t) => comparableText(t.text));
  return { fair: firstPhrase(read, FAIR), rooms: firstPhrase(read, ROOMS_HELD), released: firstPhrase(read, RELEASED), sum: firstPhrase(read, ANY_SUM) };
}

export const exhibitorHousingCheck = scamFormCheck({
  name: 'exhibitor-housing',
  symbol: 'EXHIBITOR_HOUSING_SCAM',
  // rooms held first: few messages hold rooms for anyone
  gate: (texts) => texts.some((t) => ROOMS_HELD.test(comparableText(t.text))),
  describe: (texts) => {
    const { fair, rooms, released, sum } = exhibitorHousingSigns(texts);
    return fair && rooms && released && sum ? `names "${fair}", "${rooms}", "${released}" and ${sum.trim()}` : null;
  },
  strangersDoubtful: true,
});

export default exhibitorHousingCheck;
