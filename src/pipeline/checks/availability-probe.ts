// The opener of CEO fraud (inbound): "Are you at your desk? I need you to take care of a task for me
// discreetly." The "boss" on free mail or a look-alike asks first whether the reader is there, and
// only in the reply names the gift cards, the transfer or the WhatsApp group; the question is meant
// to start a conversation that no colleague sees, and the first message carries nothing else a
// filter could read.
//  - AVAILABILITY_PROBE: the mail opens (its subject and first lines) with the bare question whether
//    the reader is at the desk, in the office or free ("are you at your desk?", "sind Sie heute noch
//    im Büro erreichbar?", "sei in ufficio?", "¿estás en la oficina?", "jesteś w biurze?", "ты на
//    месте?", "είσαι στο γραφείο;"), from a doubtful sender (see scam-form.ts: not authenticated, on
//    free mail, asking for replies elsewhere, or a domain no one here has written to). A colleague or
//    a correspondent people here write to is taken at its word. The question must end there: "are
//    you available for a call on Tuesday?" asks about an appointment, not whether the reader is alone
//    at the desk now, and a service's "whether you are in the office, at home or travelling" asks
//    nothing.
import { comparableText, firstPhrase, phrasePattern } from '../../content/phrases.ts';
import { scamFormCheck } from './scam-form.ts';

/** the opening read: the subject and the first lines, where the fraud puts its question */
const OPENING = 600;

/** "are you at your desk?", its question mark right after (as comparableText reads: small letters, no accents; the Greek question mark reads ";") */
const PROBE = phrasePattern([
  String.raw`(?:are you|r u) (?:still )?(?:at your desk|in the office|in office|at work|around|available|free)(?: today| now| right now| at the moment| this morning| this afternoon)? ?\?`,
  String.raw`(?:sind sie|bist du) (?:heute |gerade |noch |jetzt |kurz )*(?:im buro|am platz|am schreibtisch|erreichbar|da|verfugbar)(?: erreichbar)? ?\?`,
  String.raw`(?:sei|e|siete) (?:ancora |oggi |adesso )?(?:in ufficio|alla scrivania|disponibile|libero|libera) ?\?`,
  String.raw`(?:estas|esta usted|esta) (?:hoy |ahora )?(?:en la oficina|en tu mesa|en tu puesto|disponible) ?\?`,
  String.raw`(?:jestes|jest pan|jest pani) (?:teraz |dzis |juz )?(?:w biurze|przy biurku|dostepn\p{L}*|w pracy) ?\?`,
  String.raw`(?:ты|вы) (?:сеичас |сегодня )?(?:на месте|в офисе|на работе|свободн\p{L}*) ?\?`,
  String.raw`(?:εισαι|ειστε) (?:τωρα )?(?:στο γραφειο|διαθεσιμ\p{L}*) ?;`,
]);
/** a word every probe has: the phrases are looked for only in an opening that holds one */
const PROBE_WORD = /desk|office|at work|around|available|free|buro|platz|schreibtisch|erreichbar|da ?\?|verfugbar|ufficio|scrivania|disponibil|liber|oficina|mesa|puesto|biurze|biurku|dostepn|pracy|месте|офисе|работе|свободн|γραφειο|διαθεσιμ/;

const openingOf = (texts: ReadonlyArray<{ text: string }>): string => comparableText(texts[0]?.text.slice(0, OPENING) ?? '');

/** The probe a message opens with, in texts (see readerTexts): the phrase, or null. */
export const availabilityProbe = (texts: ReadonlyArray<{ text: string }>): string | null => firstPhrase([openingOf(texts)], PROBE);

export const availabilityProbeCheck = scamFormCheck({
  name: 'availability-probe',
  symbol: 'AVAILABILITY_PROBE',
  gate: (texts) => PROBE_WORD.test(openingOf(texts)),
  describe: (texts) => {
    const said = availabilityProbe(texts);
    return said ? `opens with "${said}"` : null;
  },
  strangersDoubtful: true,
  // a colleague or a correspondent people here write to, asking whether one is in, is taken at its word
  correspondentsTrusted: true,
});

export default availabilityProbeCheck;
