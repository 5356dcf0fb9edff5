// Phrases looked for in the offices' languages ("Änderung unserer Bankverbindung", "ha ganado",
// "переведите", "στείλτε"): the text compared in small letters with accents and other marks gone
// and spaces as one, so that a phrase is written once for every spelling of it; and a list of
// phrases as one pattern of whole words. Polish ł and Russian й: ł has no mark to lose and stays a
// letter of its own; й loses its breve and reads и. A word written with look-alike letters of another
// script to hide it ("іnizіare" with Cyrillic і) is read in its main script. German ß reads ss, as
// Swiss German writes it and as phrases are written ("ausschliesslich", "schliessung").
import { stripInvisible } from './invisible.ts';
import { unmixedWords, withoutMarks } from './scripts.ts';

/** long texts read lately, as compared: several checks read the same message's text (bank details, advance fee, credential lures, secrecy) */
const recent = new Map<string, string>();
const RECENT_TEXTS = 16;
/** shorter texts (a sentence around a sum) are cheaper to read again than to keep */
const KEPT_FROM_LENGTH = 1000;

/** Text as phrases are searched in: characters that print as nothing gone ("Cor\u200breos"), small letters, accents and other marks gone, look-alike letters of another script read as the word's own, spaces as one. */
export function comparableText(s: string): string {
  const kept = s.length >= KEPT_FROM_LENGTH ? recent.get(s) : undefined;
  if (kept !== undefined) return kept;
  const plain = unmixedWords(withoutMarks(stripInvisible(s))).toLowerCase().replace(/ß/g, 'ss').replace(/\s+/g, ' ');
  if (s.length >= KEPT_FROM_LENGTH) {
    if (recent.size >= RECENT_TEXTS) recent.delete(recent.keys().next().value!);
    recent.set(s, plain);
  }
  return plain;
}

/**
 * Words that deny a phrase near them, in the offices' languages as comparableText reads them
 * ("never", "nicht", "keine", "mai", "nunca", "nigdy", "никогда", "δεν"): the honest mail's warning
 * "we will never change our bank details by e-mail" names what the fraud says. A regular-expression
 * source, for the checks to place before or after their phrases.
 */
export const DENIAL_WORDS = String.raw`(?:never|not|no|nie|niemals|nicht|keine?|nunca|mai|non|nigdy|никогда|не|ποτε|δεν)`;
/** one of DENIAL_WORDS as a whole word, for a check to look for in the text around its phrase */
export const DENIAL = new RegExp(String.raw`(?<![\p{L}])${DENIAL_WORDS}(?![\p{L}])`, 'u');

/**
 * V8 compiles a regular expression whose source is longer than this without its optimisations
 * (RegExp::kRegExpTooLargeToOptimize, 20 KB): the bank-change phrases at 20,622 characters took
 * 28 times as long over the same texts as with their last two phrases left out (20,406), 0.7 µs
 * for every character of every message. A longer list is split into patterns of its own.
 */
export const PHRASE_PATTERN_MAX = 20 * 1024;

/** Phrases (regular-expression sources, written as `comparableText` reads) as one pattern that matches each only at a word's start; a list too long for one fast pattern (PHRASE_PATTERN_MAX) is refused. */
export function phrasePattern(list: readonly string[]): RegExp {
  const source = `(?<![\\p{L}\\p{N}])(?:${list.join('|')})`;
  if (source.length > PHRASE_PATTERN_MAX) throw new Error(`a phrase pattern of ${source.length} characters (from "${list[0]?.slice(0, 40)}"): split the list, V8 does not optimise patterns over ${PHRASE_PATTERN_MAX}`);
  return new RegExp(source, 'u');
}

/** each phrase pattern's global twin, built once: a pattern rebuilt per call is compiled again whenever V8's cache has let it go */
const globalTwins = new WeakMap<RegExp, RegExp>();

/**
 * Every match of a phrase pattern in a text, in order, as `matchAll` gives them, without building a
 * pattern per call (`matchAll` copies its pattern too). Each step starts where the last match ended,
 * so a loop may search the same pattern again in its body.
 */
export function* phraseMatches(text: string, pattern: RegExp): Generator<RegExpExecArray> {
  let twin = globalTwins.get(pattern);
  if (!twin) globalTwins.set(pattern, (twin = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`)));
  for (let from = 0; from <= text.length;) {
    twin.lastIndex = from;
    const m = twin.exec(text);
    if (!m) return;
    from = m.index + Math.max(m[0].length, 1);
    yield m;
  }
}

/** The first match of a phrase pattern in texts as comparableText reads them, or null: what the phrase checks name in their details. */
export function firstPhrase(read: readonly string[], pattern: RegExp): string | null {
  for (const t of read) {
    const m = pattern.exec(t);
    if (m?.[0]) return m[0];
  }
  return null;
}
