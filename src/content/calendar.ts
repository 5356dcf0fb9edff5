// Calendar invitations (iCalendar, RFC 5545): the links they carry. An invitation is a text/calendar
// part or an .ics file; mail clients show its description and add it to the calendar, often
// before anyone reads the mail, and a calendar reminder later asks to "join" or "review". Phishing
// sent as an invitation puts its link there, with next to nothing in the mail itself, so the checks
// that judge links (uribl, phishing, scripts) read the invitation's links as well.
import { URL_RE } from './url-pattern.ts';
import { reduceHtml } from './html.ts';

/** bytes of an invitation read: one is a few kB, a calendar export with a year of events may be more */
const CALENDAR_MAX_BYTES = 1_000_000;

/** Whether a file is a calendar invitation: by Content-Type, name, or first line. */
export function isCalendar(file: { filename?: string | null; mimeType?: string | null; content: Uint8Array }): boolean {
  if (file.mimeType && /^(?:text\/(?:x-v)?calendar|application\/ics)$/i.test(file.mimeType)) return true;
  if (/\.(?:ics|ifb|vcs)$/i.test(file.filename ?? '')) return true;
  const head = Buffer.from(file.content.buffer, file.content.byteOffset, Math.min(file.content.byteLength, 64)).toString('latin1');
  return /^(?:\ufeff|\xef\xbb\xbf)?\s*BEGIN:VCALENDAR\r?\n/i.test(head);
}

interface CalendarProperty {
  /** upper case, e.g. DESCRIPTION, X-ALT-DESC */
  name: string;
  /** upper-case parameter names, values as written (quotes removed) */
  params: Record<string, string>;
  /** TEXT escapes undone ("\n" is a line break, "\," a comma) */
  value: string;
}

/** per invitation: the link, text and organiser readers of one message each read its properties */
const propertiesOf = new WeakMap<Uint8Array, CalendarProperty[]>();

/** The properties of an iCalendar file, lines unfolded (a line break followed by a space or tab continues the line); read once per file. */
function calendarProperties(content: Uint8Array): CalendarProperty[] {
  let properties = propertiesOf.get(content);
  if (!properties) propertiesOf.set(content, (properties = readProperties(content)));
  return properties;
}

function readProperties(content: Uint8Array): CalendarProperty[] {
  const bytes = Buffer.from(content.buffer, content.byteOffset, Math.min(content.byteLength, CALENDAR_MAX_BYTES));
  const text = bytes.toString('utf8').replace(/\r?\n[ \t]/g, '');
  const properties: CalendarProperty[] = [];
  for (const line of text.split(/\r?\n/)) {
    // NAME *(;PARAM=VALUE) : VALUE; a parameter value may be quoted and hold ":" or ";"
    const head = /^([A-Za-z0-9-]+)((?:;[A-Za-z0-9-]+=(?:"[^"]*"|[^";:,]*)(?:,(?:"[^"]*"|[^";:,]*))*)*):/.exec(line);
    if (!head) continue;
    const params: Record<string, string> = {};
    for (const p of head[2].matchAll(/;([A-Za-z0-9-]+)=("[^"]*"|[^;]*)/g)) params[p[1].toUpperCase()] = p[2].replace(/^"|"$/g, '');
    const value = line.slice(head[0].length).replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
    properties.push({ name: head[1].toUpperCase(), params, value });
  }
  return properties;
}

/**
 * The web links of an invitation: the addresses in its text (summary, description, location,
 * comments), the URL, ATTACH and CONFERENCE values, and the links of the HTML description some
 * clients add (X-ALT-DESC). Each once, in the order written.
 */
export function calendarLinks(content: Uint8Array): string[] {
  const urls: string[] = [];
  for (const p of calendarProperties(content)) {
    if (p.name === 'X-ALT-DESC' && /html/i.test(p.params.FMTTYPE ?? '')) {
      urls.push(...reduceHtml(p.value).urls.filter((u) => /^https?:\/\//i.test(u)));
      continue;
    }
    for (const m of p.value.matchAll(URL_RE)) urls.push(m[0].replace(/[.,;:!?]+$/, ''));
  }
  return [...new Set(urls)];
}

/** invitations read per message: a real one carries one, a calendar export a few */
const INVITATIONS_READ = 3;
/** characters of text kept per invitation (Bayes reads 2000 words, fingerprints fewer) */
const INVITATION_TEXT_MAX = 20_000;

/**
 * What a reader sees of an invitation: its summary, location, description and comments (the HTML
 * description some clients add, reduced to its text, when there is no plain one).
 */
export function calendarText(content: Uint8Array): string {
  const properties = calendarProperties(content);
  const plain = properties.filter((p) => p.name === 'SUMMARY' || p.name === 'LOCATION' || p.name === 'DESCRIPTION' || p.name === 'COMMENT');
  const described = plain.some((p) => p.name === 'DESCRIPTION' && p.value.trim());
  const html = described ? [] : properties.filter((p) => p.name === 'X-ALT-DESC' && /html/i.test(p.params.FMTTYPE ?? '')).map((p) => reduceHtml(p.value).text.replace(/\s+/g, ' ').trim());
  return [...plain.map((p) => p.value), ...html].join('\n').slice(0, INVITATION_TEXT_MAX);
}

/** per attachment list: the Bayes tokenizer and the fingerprints both read it */
const invitationTexts = new WeakMap<object, string>();

/**
 * The text of the calendar invitations a message carries, for the checks that judge its words (the
 * Bayes classifier, bulk fingerprints): an invitation sent as spam puts its pitch in the event's
 * description, with next to nothing in the mail itself. Empty when there is none.
 */
export function invitationText(attachments: ReadonlyArray<{ filename?: string | null; mimeType?: string | null; content?: Uint8Array }> | undefined): string {
  if (!attachments?.length) return '';
  let text = invitationTexts.get(attachments);
  if (text === undefined) {
    const calendars: Uint8Array[] = [];
    for (const { filename, mimeType, content } of attachments) {
      if (content && calendars.length < INVITATIONS_READ && isCalendar({ filename, mimeType, content })) calendars.push(content);
    }
    invitationTexts.set(attachments, (text = calendars.map(calendarText).filter((t) => t.trim()).join('\n')));
  }
  return text;
}

/** What an invitation says of itself: who organises it, which event, and what it asks. */
export interface Invitation {
  /** the iTIP method, upper case: REQUEST (an invitation or update), CANCEL, PUBLISH, REPLY, COUNTER…; '' when none is given (a bare .ics file) */
  method: string;
  /** the first event's UID ('' when none) */
  uid: string;
  /** the first event's organiser, lower case, without "mailto:" ('' when none) */
  organizer: string;
  summary: string;
  /** when the event says it began: the earlier of its CREATED and DTSTART (ms; a date without a
   *  time zone read as UTC), null when neither reads. A weekly meeting forwarded today began long ago. */
  began: number | null;
}

/** An iCalendar DATE or DATE-TIME ("20270101", "20270101T100000", "…Z") in ms, or null. */
export function calendarTime(value: string): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})Z?)?$/.exec(value.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, sec] = m.slice(1).map((x) => Number(x ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || sec > 60) return null;
  return Date.UTC(y, mo - 1, d, h, mi, sec);
}

/** The invitations a message carries (the first 3), each as its first event describes it. */
export function invitationsOf(attachments: ReadonlyArray<{ filename?: string | null; mimeType?: string | null; content?: Uint8Array }>): Invitation[] {
  const out: Invitation[] = [];
  for (const { filename, mimeType, content } of attachments) {
    if (out.length >= INVITATIONS_READ) break;
    if (!content || !isCalendar({ filename, mimeType, content })) continue;
    const properties = calendarProperties(content);
    // METHOD belongs to the calendar, the rest to its first event (its other events are exceptions
    // of the same UID); a time zone before it has DTSTARTs of its own (Outlook's: 1601)
    const marks = (name: string) => (p: CalendarProperty): boolean => p.name === name && /^(?:VEVENT|VTODO)$/i.test(p.value.trim());
    const at = properties.findIndex(marks('BEGIN'));
    const end = properties.findIndex((p, i) => i > at && marks('END')(p));
    const event = at < 0 ? properties : properties.slice(at + 1, end < 0 ? undefined : end);
    const first = (name: string, within = event): string => within.find((p) => p.name === name)?.value.trim() ?? '';
    const times = [first('CREATED'), first('DTSTART')].map(calendarTime).filter((t): t is number => t !== null);
    out.push({
      method: first('METHOD', properties).toUpperCase(),
      uid: first('UID'),
      organizer: first('ORGANIZER').replace(/^mailto:/i, '').toLowerCase(),
      summary: first('SUMMARY'),
      began: times.length ? Math.min(...times) : null,
    });
  }
  return out;
}
