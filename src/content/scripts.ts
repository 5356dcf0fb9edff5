// Writing systems of a text, and two tricks spammers and phishers play with them:
//  - homoglyph words: Latin, Cyrillic and Greek share look-alike letters (a/а/α, o/о/ο, p/р/ρ…), so
//    "Pаypal" with a Cyrillic "а" reads as Paypal to a person and as an unknown word to a filter.
//    Honest text keeps each word in one script (rspamd's chartable module flags the same thing);
//  - IDN homographs: a link host such as "xn--pypal-4ve.com" shows as "pаypal.com".
// Pure functions; the `scripts` check (src/pipeline/checks/scripts.ts) turns them into symbols.
import { domainToUnicode } from 'node:url';

/** The scripts an admin can name in `okScripts` (Unicode script names, lower case). */
export const SCRIPT_NAMES = [
  'latin', 'cyrillic', 'greek', 'armenian', 'georgian', 'hebrew', 'arabic', 'thai', 'lao', 'khmer', 'myanmar',
  'devanagari', 'bengali', 'tamil', 'sinhala', 'ethiopic', 'han', 'hiragana', 'katakana', 'hangul',
] as const;
export type ScriptName = typeof SCRIPT_NAMES[number];

const SCRIPT_RES: ReadonlyArray<readonly [ScriptName, RegExp]> = SCRIPT_NAMES.map((name) =>
  [name, new RegExp(`^\\p{Script=${name[0]!.toUpperCase()}${name.slice(1)}}$`, 'u')] as const);

// Code point → script, memoised: mail in one language uses a few dozen letters over and over.
const memo = new Map<number, ScriptName | null>();
const MEMO_LIMIT = 20_000;

/** The script of one letter, or null (a script not in SCRIPT_NAMES). */
export function scriptOfLetter(cp: number): ScriptName | null {
  if (cp < 0x80) return (cp | 0x20) >= 0x61 && (cp | 0x20) <= 0x7a ? 'latin' : null;
  let s = memo.get(cp);
  if (s !== undefined) return s;
  const ch = String.fromCodePoint(cp);
  s = null;
  for (const [name, re] of SCRIPT_RES) if (re.test(ch)) { s = name; break; }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(cp, s);
  return s;
}

export interface ScriptShares {
  /** letters counted (those of a known script) */
  letters: number;
  /** letters per script */
  counts: Partial<Record<ScriptName, number>>;
}

const LETTER_RUN_RE = /\p{L}[\p{L}\p{M}]*/gu;

/** Letters of each script in `text` (at most `maxChars` read). */
export function scriptShares(text: string, maxChars = 20_000): ScriptShares {
  const counts: Partial<Record<ScriptName, number>> = {};
  let letters = 0;
  const t = text.length > maxChars ? text.slice(0, maxChars) : text;
  for (const ch of t) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x41) continue;
    const s = scriptOfLetter(cp);
    if (!s) continue;
    counts[s] = (counts[s] ?? 0) + 1;
    letters++;
  }
  return { letters, counts };
}

// Only these three share look-alike letters in quantity; Han next to kana is ordinary Japanese.
const HOMOGLYPH_SCRIPTS: ReadonlySet<ScriptName> = new Set(['latin', 'cyrillic', 'greek']);

/** The scripts (of Latin, Cyrillic, Greek) in one run of letters; more than one = mixed. */
function homoglyphScripts(word: string): Set<ScriptName> {
  const found = new Set<ScriptName>();
  for (const ch of word) {
    const s = scriptOfLetter(ch.codePointAt(0)!);
    if (s && HOMOGLYPH_SCRIPTS.has(s)) found.add(s);
  }
  return found;
}

/**
 * A mixed word with its odd letters shown: the letters outside the word's main script in brackets,
 * "p[а]yp[а]l" — the admin reading the log cannot see a Cyrillic "а" otherwise.
 */
export function markForeignLetters(word: string): string {
  const letters = [...word];
  const counts = new Map<ScriptName, number>();
  for (const ch of letters) {
    const s = scriptOfLetter(ch.codePointAt(0)!);
    if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const main = [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
  return letters.map((ch) => {
    const s = scriptOfLetter(ch.codePointAt(0)!);
    return s && s !== main && HOMOGLYPH_SCRIPTS.has(s) ? `[${ch}]` : ch;
  }).join('').replace(/\]\[/g, '');
}

/**
 * Letters of Latin, Cyrillic and Greek that pass for a letter of another of the three: what a word
 * mixed to deceive is mixed with. Greek μ, Ω, Δ, φ, λ pass for none, so units and formulas written
 * beside Latin letters ("μm", "kΩ", "cosφ", "ΔT", "λmax") are no disguise.
 */
const CONFUSABLE = new Set([...'аеорсухіјѕһԁԛԝӏАВСЕНІЈКМОРЅТХУ', ...'αεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ', ...'aeopcyxijshdqwlkuvABCEHIJKMNOPSTXYZ']);

/**
 * Whether a word mixes scripts to deceive: every letter outside its main script (in a tie, every
 * letter of the tied scripts) passes for a letter of another. A word in Greek or Cyrillic capitals
 * with Latin capitals among them ("ΠAΡAΓΓΕΛΙA") is how old systems store text typed on either
 * keyboard, not a disguise.
 */
function deceptivelyMixed(word: string): boolean {
  const counts = new Map<ScriptName, number>();
  const scripts: Array<ScriptName | null> = [];
  for (const ch of word) {
    const s = scriptOfLetter(ch.codePointAt(0)!);
    const h = s && HOMOGLYPH_SCRIPTS.has(s) ? s : null;
    scripts.push(h);
    if (h) counts.set(h, (counts.get(h) ?? 0) + 1);
  }
  if (counts.size < 2) return false;
  const top = Math.max(...counts.values());
  const mains = [...counts].filter(([, n]) => n === top).map(([s]) => s);
  const main = mains.length === 1 ? mains[0]! : null;
  if (main && main !== 'latin' && word === word.toUpperCase()) return false;
  return [...word].every((ch, i) => !scripts[i] || scripts[i] === main || CONFUSABLE.has(ch));
}

/** The script most of a word's Latin, Cyrillic and Greek letters are in; Latin in a tie. */
function mainHomoglyphScript(word: string): ScriptName {
  const counts = new Map<ScriptName, number>();
  for (const ch of word) {
    const s = scriptOfLetter(ch.codePointAt(0)!);
    if (s && HOMOGLYPH_SCRIPTS.has(s)) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const top = Math.max(...counts.values());
  return (counts.get('latin') ?? 0) === top ? 'latin' : [...counts].find(([, n]) => n === top)![0];
}

/** a run of ASCII letters: where a Latin letter can sit inside a Cyrillic or Greek word, or the reverse */
const ASCII_LETTERS = /[a-z]+/gi;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

/** A word mixed to deceive (see deceptivelyMixed), lower-cased and written in its main script; null for an honest word. */
function unmixedWord(w: string): string | null {
  if (w.length < 2 || homoglyphScripts(w).size < 2 || !deceptivelyMixed(w)) return null;
  const main = mainHomoglyphScript(w);
  const letters = main === 'latin' ? LATIN_OF : main === 'cyrillic' ? CYRILLIC_OF : GREEK_OF;
  const capitals = main === 'latin' ? LATIN_OF_CAPITAL : main === 'cyrillic' ? CYRILLIC_OF_CAPITAL : GREEK_OF_CAPITAL;
  let out = '';
  for (const c of w) {
    const lower = c.toLowerCase();
    out += capitals.get(c) ?? letters.get(lower) ?? lower;
  }
  return out;
}

/**
 * Text (any case) with each word that mixes Latin letters with Cyrillic or Greek ones to deceive
 * (see deceptivelyMixed) lower-cased and written in its main script: "pеr іnizіare" with Cyrillic е
 * and і → "per iniziare", "пpoчитaй" with Latin o and a → "прочитай". What the phrase checks
 * search (src/content/phrases.ts), so that a look-alike letter hides no phrase; honest words are
 * left as they are. Only the words around runs of ASCII letters are read (a Russian letter of 24 kB
 * has a few dozen): a word of Cyrillic and Greek letters alone is not rewritten.
 */
export function unmixedWords(text: string): string {
  // the common case first: text in one of the three scripts has no mixed word
  if (!/[\u0370-\u03ff\u0400-\u052f]/.test(text) || !/[a-z]/i.test(text)) return text;
  let out = '';
  let from = 0;
  for (const m of text.matchAll(ASCII_LETTERS)) {
    const start = m.index, end = start + m[0].length;
    if (start < from) continue;
    // a run of ASCII letters between non-letters is a Latin word of its own
    if (!LETTER_OR_MARK.test(text[start - 1] ?? ' ') && !LETTER_OR_MARK.test(text[end] ?? ' ')) continue;
    let ws = start, we = end;
    while (ws > 0 && LETTER_OR_MARK.test(text[ws - 1]!)) ws--;
    while (we < text.length && LETTER_OR_MARK.test(text[we]!)) we++;
    const fixed = unmixedWord(text.slice(ws, we));
    if (fixed !== null) {
      out += text.slice(from, ws) + fixed;
      from = we;
    }
  }
  return from ? out + text.slice(from) : text;
}

/**
 * Distinct words (runs of letters, lower-cased) that mix Latin, Cyrillic and Greek letters to
 * deceive (see deceptivelyMixed). One-letter runs cannot mix; a run is a word between non-letters,
 * so "e-mail'ы" or "HTML-код" (a Latin word with a Russian ending after a hyphen) are two runs, not
 * one mixed word.
 */
export function mixedScriptWords(text: string, maxChars = 20_000, maxWords = 20): string[] {
  const t = text.length > maxChars ? text.slice(0, maxChars) : text;
  const out = new Set<string>();
  for (const m of t.matchAll(LETTER_RUN_RE)) {
    const w = m[0];
    // a pure-ASCII run is Latin only: skip the per-letter lookup for most of English mail
    if (w.length < 2 || /^[a-z]+$/i.test(w)) continue;
    if (homoglyphScripts(w).size > 1 && deceptivelyMixed(w)) {
      out.add(w.toLowerCase());
      if (out.size >= maxWords) break;
    }
  }
  return [...out];
}

// Cyrillic letters that look like Latin ones. A host label written only in these (and Latin-like
// digits/hyphens) under a Latin top-level domain spells a Latin name: "аррlе.com" is not Apple.
const CYRILLIC_LOOKALIKES = 'аеорсухіјѕһԁԛԝӏ';
const CYRILLIC_LATIN_LOOKALIKES = new Set([...CYRILLIC_LOOKALIKES]);
// The Latin letter each small Cyrillic or Greek look-alike passes for.
const LATIN_OF = new Map([
  ...[...CYRILLIC_LOOKALIKES].map((c, i): [string, string] => [c, 'aeopcyxijshdqwl'[i]!]),
  ...[...'αεικνορτυχ'].map((c, i): [string, string] => [c, 'aeikvoptux'[i]!]),
]);
// The Cyrillic and the Greek letter each small Latin look-alike passes for, for words of those scripts.
const CYRILLIC_OF = new Map([...'aeopcyxk'].map((c, i): [string, string] => [c, 'аеорсухк'[i]!]));
const GREEK_OF = new Map([...'aeikvoptux'].map((c, i): [string, string] => [c, 'αεικνορτυχ'[i]!]));
// Capitals pass for capitals, whose small letters may look nothing alike: Greek Ν is an N, its ν a v;
// Latin H is a Cyrillic Н, its h no н. So a word's capitals are read before it is lower-cased.
const LATIN_OF_CAPITAL = new Map([
  ...[...'АВСЕНІЈКМОРЅТХУ'].map((c, i): [string, string] => [c, 'abcehijkmopstxy'[i]!]),
  ...[...'ΑΒΕΖΗΙΚΜΝΟΡΤΥΧ'].map((c, i): [string, string] => [c, 'abezhikmnoptyx'[i]!]),
]);
const CYRILLIC_OF_CAPITAL = new Map([...'ABCEHIJKMOPSTXY'].map((c, i): [string, string] => [c, 'авсеніјкморѕтху'[i]!]));
const GREEK_OF_CAPITAL = new Map([...'ABEZHIKMNOPTYX'].map((c, i): [string, string] => [c, 'αβεζηικμνορτυχ'[i]!]));

/**
 * Text without its accents and other marks ("hasło" stays, "Änderung" → "Anderung", "κωδικός" →
 * "κωδικος"; Russian й → и), compatibility forms folded too ("ＤＨＬ" → "DHL"): how words are
 * compared where accents, often left out when typing, must not matter.
 */
export const withoutMarks = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** Lower-case text with every Cyrillic/Greek look-alike letter read as the Latin one it passes for. */
export function latinSkeleton(lower: string): string {
  let out = '';
  for (const c of lower) out += LATIN_OF.get(c) ?? c;
  return out;
}
// Top-level domains written in Cyrillic: a Cyrillic name is at home under these.
const CYRILLIC_TLDS = new Set(['рф', 'бг', 'укр', 'срб', 'мкд', 'қаз', 'бел', 'рус', 'онлайн', 'сайт', 'дети', 'мон', 'орг', 'ком', 'москва']);

export interface HomographHost {
  host: string;
  /** the host as the reader sees it (punycode decoded) */
  shown: string;
  why: 'mixed-scripts' | 'cyrillic-lookalike' | 'latin-lookalike';
}

/**
 * Latin letters without a mark that pass for plain ASCII ones (IPA and small-capital letters,
 * dotless i): "nbɡ" with U+0261 reads "nbg". The letters of the offices' languages with accents
 * (ä, é, ł, ñ) are no disguise: they show as what they are, and IDN hosts use them honestly.
 */
const ASCII_LOOKALIKES = new Set([...'ɡɢɑɒɛɔıɩɪʏʀɴʜʟʋʍɦᴄᴅᴇᴊᴋᴍᴏᴘᴛᴜᴠᴡᴢꜱƅɋǀȷ']);
/** A host with its letters that pass for ASCII ones in brackets, "nb[ɡ]-gr.com": the admin reading the log cannot see them otherwise. */
export const markAsciiLookalikes = (host: string): string => [...host].map((c) => (ASCII_LOOKALIKES.has(c) ? `[${c}]` : c)).join('');

/**
 * A host as a reader sees it: punycode labels decoded ("xn--80abap1arsf.xn--p1ai" → "сбербанк.рф"),
 * only those (node's domainToUnicode reads a name of digits such as "163" as the IPv4 address
 * 0.0.0.163), and any undecodable label left as written.
 */
export function readableHost(host: string): string {
  return host.split('.').map((l) => (l.toLowerCase().startsWith('xn--') ? domainToUnicode(l) || l : l)).join('.');
}

/** A link host that impersonates another: a label mixing scripts, one whose only non-ASCII letters pass for ASCII ones, or all-look-alike Cyrillic under a Latin TLD. */
export function homographHost(host: string): HomographHost | null {
  const h = host.toLowerCase().replace(/\.$/, '');
  const shown = readableHost(h);
  if (/^[\x00-\x7f]*$/.test(shown)) return null;
  const labels = shown.split('.');
  const tld = labels[labels.length - 1] ?? '';
  for (const label of labels) {
    if (homoglyphScripts(label).size > 1) return { host: h, shown, why: 'mixed-scripts' };
  }
  // a label whose only non-ASCII letters pass for ASCII ones: "ibank.nbɡ-gr.com"
  for (const label of labels) {
    const foreign = [...label].filter((c) => c > '\x7f');
    if (foreign.length && foreign.every((c) => ASCII_LOOKALIKES.has(c))) return { host: h, shown, why: 'latin-lookalike' };
  }
  if (!CYRILLIC_TLDS.has(tld) && labels.length >= 2) {
    for (const label of labels.slice(0, -1)) {
      const letters = [...label].filter((c) => /\p{L}/u.test(c));
      if (letters.length >= 3 && letters.every((c) => CYRILLIC_LATIN_LOOKALIKES.has(c))) return { host: h, shown, why: 'cyrillic-lookalike' };
    }
  }
  return null;
}

/** Host of a link target ("https://user@host:8080/x", "www.host/x"), or null. */
export function hostOfUrl(url: string): string | null {
  const m = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#]*@)?([^/:?#]+)|^(www\.[^/:?#]+)/i.exec(url.trim());
  return (m?.[1] ?? m?.[2] ?? null)?.toLowerCase() ?? null;
}
