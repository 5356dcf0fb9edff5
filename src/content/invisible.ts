// Characters that print as nothing. Put inside a word ("Pay\u200bPal", "Ви\u2060агра") they keep the word
// the reader sees out of every filter that compares words, and Unicode's tag characters
// (U+E0000–E007F) carry whole hidden sentences. Everything that reads words (Bayes, fingerprints,
// look-alike names) reads them without these; the hidden-text check counts the words they split.

// Soft hyphen, combining grapheme joiner, Arabic letter mark, Hangul fillers, Khmer and Mongolian
// invisible vowels/separators, zero-width space/non-joiner/joiner, direction marks and overrides,
// word joiner and invisible operators, BOM, tag characters; variation selectors (only in stripping).
const INVISIBLE_CLASS = '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u202a-\\u202e\\u2060-\\u2064\\u2066-\\u206f\\u3164\\ufeff\\uffa0\\u{e0000}-\\u{e007f}';
const INVISIBLE_RE = new RegExp(`[${INVISIBLE_CLASS}\\ufe00-\\ufe0f]`, 'gu');
const HAS_INVISIBLE_RE = new RegExp(`[${INVISIBLE_CLASS}]`, 'u');

/** The text without characters that print as nothing. */
export function stripInvisible(text: string): string {
  return HAS_INVISIBLE_RE.test(text) || /[\ufe00-\ufe0f]/.test(text) ? text.replace(INVISIBLE_RE, '') : text;
}

// Between two letters of an alphabet that never needs them. Persian, Arabic and the Indic scripts
// write ZWNJ/ZWJ inside words by rule, and German newsletters hyphenate long words with soft
// hyphens (U+00AD): neither counts.
const LETTER = '[\\p{Script=Latin}\\p{Script=Cyrillic}\\p{Script=Greek}]';
const BREAK_RE = new RegExp(`(${LETTER}{1,30})([${INVISIBLE_CLASS.replace('\\u00ad', '')}]+)(?=(${LETTER}{1,30}))`, 'gu');

const codePoints = (s: string): string => [...s].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ');

/** Words split by characters that print as nothing, as "Pay⟨U+200B⟩Pal" (distinct, at most `max`, of the first `maxChars`). */
export function invisibleWordBreaks(text: string, max = 20, maxChars = 50_000): string[] {
  const t = text.length > maxChars ? text.slice(0, maxChars) : text;
  if (!HAS_INVISIBLE_RE.test(t)) return [];
  const out = new Set<string>();
  for (const m of t.matchAll(BREAK_RE)) {
    out.add(`${m[1]}⟨${codePoints(m[2]!)}⟩${m[3]}`);
    if (out.size >= max) break;
  }
  return [...out];
}
