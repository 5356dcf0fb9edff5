// Fuzzy fingerprints of a message body for bulk ("mass-mailing") detection, as rspamd's fuzzy
// storage does: normalise the text so personalisation does not matter (names, numbers, tracking
// parameters, whitespace), cut it into word shingles, min-hash them, and band the min-hash
// signature into a few hashes. Two messages whose normalised texts share most shingles share most
// band hashes (LSH), so the store can count copies by exact hash lookups.
import { combine, fnv1a } from '../bayes/hash.ts';
import { invitationText } from '../content/calendar.ts';
import { reduceHtml } from '../content/html.ts';
import { stripInvisible } from '../content/invisible.ts';

export interface FingerprintOptions {
  /** words per shingle */
  shingle: number;
  /** bands × rows = min-hash functions; a band matches when all its rows do */
  bands: number;
  rows: number;
  /** messages with fewer normalised words get no fingerprint (too short to tell bulk from chance) */
  minWords: number;
  /** only the start of long messages is fingerprinted (bounds CPU; bulk templates differ early) */
  maxWords: number;
}

export const DEFAULT_FINGERPRINT: FingerprintOptions = { shingle: 3, bands: 8, rows: 4, minWords: 12, maxWords: 2000 };

const URL_RE = /\b((?:https?:\/\/|www\.)[^\s"'<>()[\]{}?#]+)[^\s"'<>()[\]{}]*/gi;
// The lookbehind starts a match only where an address can start: without it every position inside
// a long word was tried again (quadratic in the word length, the top cost of the bulk check).
const EMAIL_RE = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
const WORD_RE = /[\p{L}\p{M}\p{N}]+(?:['’][\p{L}]+)?/gu;
const SENTENCE_END = /^[^\p{L}\p{N}]*[.!?:;]\s*$/u;

/**
 * Above this share of capitalised words inside sentences, capitals are grammar, not names: German
 * capitalises every noun (and the formal "Sie"), 25–35 % of its words, where English or Russian
 * prose has a few per cent of names. Dropping them would fingerprint German mail by its function
 * words alone, and unrelated letters sharing "Sehr geehrte Damen und Herren, vielen Dank für Ihre"
 * would count as copies of one another.
 */
export const NAME_SHARE_LIMIT = 0.15;

/**
 * The words of the text with personalisation removed: URLs keep scheme, host and path (query
 * strings and fragments carry per-recipient tracking ids; path segments made of digits or long
 * hex/base64 ids are dropped), e-mail addresses and numbers are removed, and name-like words
 * (capitalised, not at the start of a sentence: "Dear Anna", "Hallo Herr Müller") are skipped,
 * unless the text capitalises so many words that they are its nouns (NAME_SHARE_LIMIT).
 */
export function normalizeWords(text: string, maxWords = DEFAULT_FINGERPRINT.maxWords): string[] {
  const words: string[] = [];
  const nameLike: boolean[] = [];
  let names = 0;
  let prevWord = '';
  // what followed the last word of the previous chunk: the start of the next word's "between"
  let carried = '';
  // The text is read in chunks cut at whitespace, until maxWords words are found: a 20 MB body was
  // normalised whole for its first 2000 words. No URL, address or word spans whitespace, and NFKC
  // composes nothing across it, so the words are the same as from the whole text at once.
  for (let start = 0; start < text.length && words.length - names < maxWords;) {
    let end = Math.min(text.length, start + CHUNK_CHARS);
    if (end < text.length) {
      WHITESPACE.lastIndex = end;
      end = WHITESPACE.exec(text)?.index ?? text.length;
    }
    const cleaned = text.slice(start, end).normalize('NFKC')
      .replace(URL_RE, (_m, base: string) => ' ' + base.toLowerCase().split('/').filter((seg) => !/\d{3,}|^[\w-]{16,}$/.test(seg)).join('/') + ' ')
      .replace(EMAIL_RE, ' ');
    start = end;
    let prevEnd = 0;
    for (const m of cleaned.matchAll(WORD_RE)) {
      const w = m[0];
      const between = carried + cleaned.slice(prevEnd, m.index);
      carried = '';
      const afterWord = prevWord;
      prevEnd = m.index! + w.length;
      prevWord = w;
      if (/\d/.test(w)) continue;
      const first = w[0]!;
      const capitalised = first !== first.toLowerCase() && w.slice(1) === w.slice(1).toLowerCase();
      // a new line or ".!?" after a real word starts a sentence; "Mr." / "Dr." / "Hr." do not
      const sentenceStart = words.length === 0 || between.includes('\n') || (SENTENCE_END.test(between) && !/^\p{Lu}\p{Ll}{0,2}$/u.test(afterWord));
      const name = capitalised && !sentenceStart;
      words.push(w.toLowerCase());
      nameLike.push(name);
      if (name) names++;
      if (words.length - names >= maxWords) break;
    }
    carried += cleaned.slice(prevEnd);
  }
  if (names > words.length * NAME_SHARE_LIMIT) return words.slice(0, maxWords);
  return words.filter((_, i) => !nameLike[i]);
}
/** characters normalised at a time (then on to the next whitespace) */
const CHUNK_CHARS = 16_384;
const WHITESPACE = /\s/g;

/** Min-hash signature of the word shingles, banded into `bands` hex hashes; [] when too short. */
export function fingerprintWords(words: readonly string[], opts: FingerprintOptions = DEFAULT_FINGERPRINT): string[] {
  if (words.length < opts.minWords) return [];
  const wordHashes = words.map((w) => fnv1a(w, 0x2c1b3c6d));
  const shingles = new Set<number>();
  for (let i = 0; i + opts.shingle <= wordHashes.length; i++) {
    let h = wordHashes[i]!;
    for (let j = 1; j < opts.shingle; j++) h = combine(h, wordHashes[i + j]!, j);
    shingles.add(h);
  }
  const k = opts.bands * opts.rows;
  const mins = new Uint32Array(k).fill(0xffffffff);
  for (const s of shingles) {
    for (let i = 0; i < k; i++) {
      const v = combine(s, i * 0x9e3779b9, i + 1);
      if (v < mins[i]!) mins[i] = v;
    }
  }
  const bands: string[] = [];
  for (let b = 0; b < opts.bands; b++) {
    let h1 = fnv1a(`band${b}`, 7); let h2 = fnv1a(`band${b}`, 11);
    for (let r = 0; r < opts.rows; r++) {
      h1 = combine(h1, mins[b * opts.rows + r]!, r + 1);
      h2 = combine(h2, mins[b * opts.rows + r]!, r + 101);
    }
    bands.push(`${b.toString(16)}${h1.toString(16).padStart(8, '0')}${h2.toString(16).padStart(8, '0')}`);
  }
  return bands;
}

/** visibleText per message view: the bulk, uribl, scripts and phishing checks all read it */
const visibleTexts = new WeakMap<object, string>();

/** The text a reader sees: the HTML part reduced to its visible text when the plain part is missing or thin, without invisible characters. */
export function visibleText(view: { text: string; html: string | null; subject: string }): string {
  let text = visibleTexts.get(view);
  if (text === undefined) {
    let body = view.text ?? '';
    if (view.html) {
      const r = reduceHtml(view.html).text;
      if (body.trim().length < r.trim().length / 2) body = r;
    }
    visibleTexts.set(view, (text = stripInvisible(`${view.subject}\n${body}`)));
  }
  return text;
}

/**
 * The visible text followed by the text of the calendar invitations the message carries: what the
 * words of a message are for the checks that judge them as a whole (bulk fingerprints, the custom
 * rules' `body`). An invitation sent as spam puts its pitch in the event, not in the mail.
 */
export function textWithInvitations(view: { text: string; html: string | null; subject: string; attachments?: Parameters<typeof invitationText>[0] }): string {
  const invitation = invitationText(view.attachments);
  return invitation ? `${visibleText(view)}\n${invitation}` : visibleText(view);
}

/** per message and options: the bulk and spam trap checks fingerprint the same text */
const fingerprints = new WeakMap<object, Map<string, string[]>>();

/** A message's fingerprint: its visible text and the text of the calendar invitations it carries. */
export function fingerprintView(view: Parameters<typeof textWithInvitations>[0], opts: FingerprintOptions = DEFAULT_FINGERPRINT): string[] {
  let byOptions = fingerprints.get(view);
  if (!byOptions) fingerprints.set(view, (byOptions = new Map()));
  const key = `${opts.shingle}/${opts.bands}/${opts.rows}/${opts.minWords}/${opts.maxWords}`;
  let hashes = byOptions.get(key);
  if (!hashes) byOptions.set(key, (hashes = fingerprintWords(normalizeWords(textWithInvitations(view), opts.maxWords), opts)));
  return hashes;
}
