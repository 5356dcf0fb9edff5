// The charset of 8-bit text that declares none (old mailers, spamware, raw 8-bit subjects).
//
// ICU's statistical detector (chardet) is good at Western European text and at the multi-byte
// charsets of Chinese, Japanese and Korean, whose byte structure it checks. With European
// single-byte charsets it is weak exactly where this gateway's users write: measured on Debian's
// translated man pages (bench/charset-guess.ts), pieces of 300 characters of windows-1250 Polish
// were read right 65 % of the time, and Russian text with a few English words in it mostly came
// out as ISO-8859-1. jschardet 4 was better for Polish and worse for everything Western.
//
// So for single-byte text the candidates below are each decoded and the readings compared word by
// word, the way a person spots mojibake: a reading that puts C1 control characters or U+FFFD into
// words, symbols where letters belong ("us³ugi"), Latin and Cyrillic letters in one word
// ("Mьller"), capitals inside small-letter words ("пРЙЧЕФ", KOI8-R read as windows-1251), whole
// words of accented Latin letters ("Ïðèâåò", windows-1251 read as Latin) or accented letters that
// no one European alphabet holds together ("sš") is the wrong one. Cyrillic and Greek readings are
// weighed by their letter frequencies, which is what tells KOI8-R from windows-1251 when every
// word is one case. Words that are junk in every reading (binary bytes in a text part) are left
// out. ICU's first answer adds a little, to settle near ties, and its multi-byte answer (Chinese,
// Japanese, Korean) stands when no single-byte reading makes sense.
// every decoder here must read windows-1252 right (see text-decoder.ts)
import './text-decoder.ts';
import { isAscii, isUtf8 } from 'node:buffer';
import { analyse } from 'chardet';

/** Tried in this order; a tie goes to the one ICU ranks higher, then to the earlier one. */
const SINGLE_BYTE = [
  'windows-1252', 'iso-8859-2', 'windows-1250', 'windows-1251', 'koi8-r', 'koi8-u', 'iso-8859-5',
  'iso-8859-7', 'windows-1253', 'iso-8859-9',
] as const;
/** ICU's multi-byte answers worth taking (its recognisers check the byte structure) */
const MULTI_BYTE_RE = /^(shift_jis|euc-jp|euc-kr|gb18030|big5)$/i;
/** ISO-2022-JP is 7-bit: its escape sequences, not 8-bit bytes, give it away */
const ISO_2022_JP_RE = /\x1b\$[@B]|\x1b\([BJ]/;
/** ICU's names for the candidates: it says ISO-8859-1 for windows-1252 text without 0x80–0x9F bytes, and knows no KOI8-U */
const ICU_NAME: Record<string, string> = { 'windows-1252': 'iso-8859-1', 'koi8-u': 'koi8-r' };
/** what ICU's first answer adds to a reading's score: it settles near ties (its Western European statistics are good) */
const ICU_BONUS = 0.25;
/** the single-byte reading's score up to which ICU's first answer, a multi-byte charset, stands */
const MULTI_BYTE_MAX_SCORE = 2;
/** enough 8-bit text to decide on; the rest would only cost time */
const SAMPLE_BYTES = 16 * 1024;

const decoders = new Map<string, TextDecoder>();
const decoder = (label: string): TextDecoder => {
  let d = decoders.get(label);
  if (!d) { d = new TextDecoder(label); decoders.set(label, d); }
  return d;
};

/** letter → frequency in % (Russian; Ukrainian і ї є ґ at a modest rate so Ukrainian reads right too) */
const CYRILLIC_FREQ: Record<string, number> = {
  о: 10.97, е: 8.45, а: 8.01, и: 7.35, н: 6.7, т: 6.26, с: 5.47, р: 4.73, в: 4.54, л: 4.4, к: 3.49, м: 3.21,
  д: 2.98, п: 2.81, у: 2.62, я: 2.01, ы: 1.9, ь: 1.74, г: 1.7, з: 1.65, б: 1.59, ч: 1.44, й: 1.21, х: 0.97,
  ж: 0.94, ш: 0.73, ю: 0.64, ц: 0.48, щ: 0.36, э: 0.32, ф: 0.26, ъ: 0.04, ё: 0.2, і: 3, ї: 1, є: 1, ґ: 0.3,
};
/** Greek letters (accents stripped, final sigma as sigma) → frequency in % */
const GREEK_FREQ: Record<string, number> = {
  α: 12, ο: 10, ι: 8.5, ε: 8, τ: 8, σ: 7.8, ν: 6.5, η: 5.5, υ: 4.5, ρ: 4.5, π: 4, κ: 4, μ: 3.5, λ: 3,
  ω: 2, γ: 2, δ: 1.8, θ: 1.3, χ: 1.2, φ: 0.9, β: 0.7, ξ: 0.5, ζ: 0.4, ψ: 0.2,
};
/** accented Latin letters of the languages mailmoat's users write (de, pl, es, it), lower case */
const LATIN_USERS = new Set('äöüßąćęłńóśźżáéíóúñàèìòùî');
/**
 * Latin letters above ASCII that mojibake produces and real text almost never has (ð þ Icelandic,
 * ƒ µ ÿ from windows-1252's upper half): a reading that needs them is suspect. Every other
 * accented Latin letter belongs to some European language and counts, less than the users' own.
 */
const LATIN_SUSPECT = new Set('ðþƒµÿ');
/** ordinal indicators ("nº", "1ª"): not letters of any alphabet, and no evidence either way */
const LATIN_ORDINAL = new Set('ªº');
/** ť stands where the other charsets have », the closing guillemet that European typography is full of */
const GUILLEMET_SHADOW = 'ť';

const log2 = Math.log2;
const letterScore = (freq: Record<string, number>, letters: number, c: string): number => {
  const f = freq[c];
  return f === undefined ? -3 : Math.max(-3, Math.min(2, log2((f * letters) / 100)));
};

type Script = 'latin' | 'cyrillic' | 'greek' | 'other';
function scriptOf(c: string, code: number): Script {
  if (code < 0x250) return 'latin';
  if (code >= 0x370 && code < 0x400) return 'greek';
  if (code >= 0x400 && code < 0x530) return 'cyrillic';
  return /\p{Script=Latin}/u.test(c) ? 'latin' : 'other';
}

const WORD_RE = /[^\x00-\x40\x5b-\x60\x7b-\x7f]+/g;
const LETTER_RE = /\p{L}/u;

/** Box drawing and block elements: what KOI8's pseudo-graphics give where another charset has letters. */
const isPseudoGraphic = (code: number): boolean => code >= 0x2500 && code <= 0x259f;
/** dashes, quotes, ellipsis, bullets (U+2010–U+205E): sloppy text puts them between words without spaces ("holder…talk") */
const isTypographic = (code: number): boolean => code >= 0x2010 && code <= 0x205e;
/** punctuation that does stand between letters: apostrophes (l’aide, geht´s), the middle dot, hyphens */
const IN_WORD_PUNCTUATION = new Set('’‘ʼ´·‐‑\u00ad');
/**
 * Symbols that text does not put next to a letter, but that a wrong charset puts where a letter
 * was: Polish ł ą ś ź read as windows-1252 are ³ ± ¶ ¼ ("był" → "by³"), and ISO-8859-2's accents
 * ˇ ˘ ˛ ˝ ˙ ¸ ¨ are letters elsewhere.
 */
const LETTER_SHADOWS = new Set('¹²³¼½¾±¶¤¨¯¸˘˛˝˙ˇ¦¬');
/** what follows a unit ("m²", "cm³"): beside a lone letter, no sign of a misread one */
const SUPERSCRIPTS = new Set('¹²³');
/** Polish "są", "ją", "tą" read as Latin-1 ("s¹"): a word of one of these letters and ¹, no unit's superscript */
const ONE_LETTER_A_OGONEK = /(?:^|[^\p{L}])[sjt]¹$/iu;

/** Marks that follow a brand name ("LABTEC®", "Windows™"): where ISO-8859-2 reads the same byte as Ž or Š */
const BRAND_MARKS = new Set('®™©');

const MIN_WORD_SCORE = -6;

/** How plausible a word with non-ASCII characters is as text; negative = looks like mojibake. */
/** vowels of the Latin alphabets: what Spanish ñ and Danish æ stand before or after */
const LATIN_VOWELS = new Set('aeiouyáéíóúýàèìòùâêîôûäëïöüÿåæøœãõ');
const isLatinLetter = (c: string): boolean => c >= 'A' && LETTER_RE.test(c) && scriptOf(c, c.codePointAt(0)!) === 'latin';
const isLatinConsonant = (c: string): boolean => isLatinLetter(c) && !LATIN_VOWELS.has(c.toLowerCase());

/**
 * A Western letter where its own languages never write it, and where a Polish letter read as
 * windows-1252 puts it:
 * - "ñ" (ń) after a letter and before a consonant, or ending a word after a vowel ("zakoñczeniu",
 *   "zdarzeñ"; Spanish ñ stands before a vowel, and no Spanish word ends in it, but an
 *   abbreviation may: "tamñ" in a Spanish catalogue);
 * - "œ" (ś) after a letter and then before a consonant but "t", or ending a word ("wyjœcie",
 *   "coœ"; French writes cœur, sœur, fœtus), or opening a word before a consonant but "s"
 *   ("œrodowisko"; French œil, œuvre, œsophage);
 * - "æ" (ć) ending a word after a vowel ("byæ", "zmieniaæ"; Danish and Norwegian have no such ending);
 * - "ê" (ę) after a letter and before d, z, k, b, g or w ("bêdzie", "jêzyk"; French and Portuguese
 *   write ê before t, m, n, s, c, p, v), "iê" before c ("wiêcej"), or ending a word after i, j, w,
 *   p, z, g or k ("siê", "opcjê", "nazwê"; Portuguese "você", "lê", "porquê", Afrikaans "sê"),
 *   not before a hyphen (Portuguese "fazê-lo").
 * The text's last word may be cut short ("nœ" of "nœud", "Españ"), so it ends no word.
 */
function misplacedLetter(chars: readonly string[], i: number, lastWord: boolean): boolean {
  // called for every accented letter of every reading: the other letters leave at once
  if (!MISPLACEABLE.has(chars[i]!)) return false;
  const c = chars[i]!.toLowerCase();
  const before = chars[i - 1] ?? '';
  const after = chars[i + 1] ?? '';
  // the text's last word may be one cut short ("nœ" of "nœud"), and Portuguese puts a pronoun
  // after a hyphen ("fazê-lo"): their ends are no word's end
  const wordEnd = !isLatinLetter(after) && after !== '-' && !(lastWord && after === '');
  const next = after.toLowerCase();
  const prev = before.toLowerCase();
  if (c === 'ñ') return isLatinLetter(before) && (wordEnd ? LATIN_VOWELS.has(prev) : isLatinConsonant(after));
  if (c === 'œ') return isLatinLetter(before) ? wordEnd || isLatinConsonant(after) && next !== 't' : isLatinConsonant(after) && next !== 's';
  if (c === 'æ') return LATIN_VOWELS.has(prev) && isLatinLetter(chars[i - 2] ?? '') && wordEnd;
  if (c === 'ê') return isLatinLetter(before) && (E_OGONEK_BEFORE.has(next) || prev === 'i' && next === 'c' || wordEnd && E_OGONEK_ENDS_AFTER.has(prev));
  return false;
}
const MISPLACEABLE = new Set('ñÑœŒæÆêÊ');
/** where Polish ę stands before a consonant and French and Portuguese ê never do */
const E_OGONEK_BEFORE = new Set('dzkbgw');
/** where Polish ę ends a word and no Portuguese or Afrikaans ê does */
const E_OGONEK_ENDS_AFTER = new Set('ijwpzgk');
/** what a misplaced letter costs a reading: as much as the relabelling margin, so one decides a subject */
const MISPLACED_LETTER_COST = 2;

function wordScore(word: string, latinLetters: Map<string, number>, lastWord = false): number {
  const chars = [...word];
  // a lone letter ("è", "в", "«ß»") reads as a letter in every charset: no evidence; but a symbol
  // that stands for a letter beside it ("s±", Polish "są" read as windows-1250) is, where a
  // superscript is a unit's ("m²"), unless it is Polish "są", "ją", "tą" ("s¹")
  if (chars.length <= 3 && chars.filter((c) => LETTER_RE.test(c)).length === 1) {
    if (chars.some((c) => c === '\ufffd' || (c >= '\x80' && c <= '\x9f'))) return -6;
    if (ONE_LETTER_A_OGONEK.test(word)) return -4;
    return chars.some((c, i) => LETTER_SHADOWS.has(c) && !SUPERSCRIPTS.has(c) && (LETTER_RE.test(chars[i - 1] ?? '') || LETTER_RE.test(chars[i + 1] ?? ''))) ? -4 : 0;
  }
  // «word» in ISO-8859-2 is Ťwordť: paired quotes read as one letter in both cases
  const first = chars[0]!;
  const last = chars[chars.length - 1]!;
  if (first.charCodeAt(0) >= 0x80 && first !== last && first.toLowerCase() === last && LETTER_RE.test(first)) return -4;
  let score = 0;
  let scripts = 0;
  let nonAsciiLatin = 0;
  let letters = 0;
  let camel = false;
  let prevLower = false;
  let prevAscii = true;
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i]!;
    const code = c.codePointAt(0)!;
    if (code === 0xfffd || (code >= 0x80 && code <= 0x9f)) { score -= 6; continue; }
    if (!LETTER_RE.test(c)) {
      // a symbol at a word's edge is punctuation («…», „…“); between two letters it is a misread letter
      if (isPseudoGraphic(code)) score -= LETTER_RE.test(chars[i - 1] ?? '') || LETTER_RE.test(chars[i + 1] ?? '') ? 4 : 2;
      // Spanish ¿ ¡ open a sentence: after a letter they are a misread ż or Ą
      else if ((c === '¿' || c === '¡') && LETTER_RE.test(chars[i - 1] ?? '')) score -= 4;
      else if (LETTER_SHADOWS.has(c) && (LETTER_RE.test(chars[i - 1] ?? '') || LETTER_RE.test(chars[i + 1] ?? ''))) score -= 4;
      // a brand's mark ends a word of two letters or more; a little evidence for the reading that has it
      else if (BRAND_MARKS.has(c) && i === chars.length - 1 && i >= 2 && LETTER_RE.test(chars[i - 1]!) && LETTER_RE.test(chars[i - 2]!)) score += 0.5;
      else if (code >= 0x80 && !IN_WORD_PUNCTUATION.has(c) && !isTypographic(code) && i > 0 && i < chars.length - 1 && LETTER_RE.test(chars[i - 1]!) && LETTER_RE.test(chars[i + 1]!)) score -= 4;
      prevLower = false;
      continue;
    }
    letters++;
    // Turkish İ lower-cases to i + a combining dot; for the alphabets it is the Turkish letter
    const lower = c === 'İ' ? 'ı' : c.toLowerCase();
    const isUpper = lower !== c;
    // "пРЙЧЕФ": a capital after a small letter, where one of them is not ASCII ("MaybeUInt" is code)
    if (isUpper && prevLower && !(prevAscii && code < 0x80)) camel = true;
    prevLower = !isUpper;
    prevAscii = code < 0x80;
    const script = scriptOf(c, code);
    scripts |= script === 'latin' ? 1 : script === 'cyrillic' ? 2 : script === 'greek' ? 4 : 8;
    if (script === 'latin') {
      if (code < 0x80) continue;
      nonAsciiLatin++;
      if (LATIN_ORDINAL.has(lower)) continue;
      latinLetters.set(lower, (latinLetters.get(lower) ?? 0) + 1);
      score += LATIN_USERS.has(lower) ? 0.5 : LATIN_SUSPECT.has(lower) ? -1 : lower === GUILLEMET_SHADOW ? -0.5 : 0.25;
      if (misplacedLetter(chars, i, lastWord)) score -= MISPLACED_LETTER_COST;
    } else if (script === 'cyrillic') {
      score += letterScore(CYRILLIC_FREQ, 33, lower);
    } else if (script === 'greek') {
      const base = lower.normalize('NFD')[0]!.replace('ς', 'σ');
      score += letterScore(GREEK_FREQ, 24, base);
    } else {
      score -= 2;
    }
  }
  if (scripts !== 1 && scripts !== 2 && scripts !== 4 && scripts !== 0) score -= 4; // mixed scripts
  if (camel) score -= 2;
  if (nonAsciiLatin >= 4 && nonAsciiLatin === letters) score -= 3; // "Ïðèâåò"
  // one word of binary junk is junk in every reading: it must not outweigh the words around it
  return Math.max(score, MIN_WORD_SCORE);
}

/**
 * The accented letters of European languages written in Latin script (lower case). A reading
 * whose accented letters no one of these alphabets holds mixes alphabets: "sš" (Polish "są" read
 * as ISO-8859-2), "naąe" (Czech "naše" read as windows-1250), "fõnök" (Hungarian read as
 * windows-1252). Real text keeps to one language, mostly.
 */
const ALPHABETS = [
  'äöüß', 'ąćęłńóśźż', 'áčďéěíňóřšťúůýž', 'áäčďéíĺľňóôŕšťúýž', 'áéíóöőúüű', 'ăâîșțşţ', 'čćđšž',
  'áéíóúüñ', 'àèéìíîòóùú', 'àâæçéèêëîïôœùûüÿ', 'áâãàçéêíóôõú', 'çğıöşüâîû', 'åäæöøéü', 'áðéíóúýþæö', 'àçèéíïòóúü',
].map((a) => new Set(a));
/** what each accented letter outside the reading's best-fitting alphabet costs */
const FOREIGN_LETTER_COST = 1.5;

function alphabetMismatch(letters: Map<string, number>): number {
  if (letters.size === 0) return 0;
  let best = Infinity;
  for (const alphabet of ALPHABETS) {
    let outside = 0;
    for (const [c, n] of letters) if (!alphabet.has(c)) outside += n;
    best = Math.min(best, outside);
  }
  return best;
}

interface WordReading { score: number; letters: Map<string, number> }

/** Every word of `text` that contains non-ASCII characters, scored. Word boundaries are ASCII, so
 * every single-byte reading of the same bytes has the same words in the same order. */
function readWords(text: string): WordReading[] {
  const out: WordReading[] = [];
  for (const m of text.matchAll(WORD_RE)) {
    const w = m[0];
    if (!/[^\x00-\x7f]/.test(w)) continue;
    const letters = new Map<string, number>();
    // a word at the text's end or before a hyphen may go on: its end is not known to be a word's end
    const end = m.index + w.length;
    out.push({ score: wordScore(w, letters, end === text.length || text[end] === '-'), letters });
  }
  return out;
}

function total(words: readonly WordReading[], keep: (i: number) => boolean): number {
  let sum = 0;
  const letters = new Map<string, number>();
  words.forEach((w, i) => {
    if (!keep(i)) return;
    sum += w.score;
    for (const [c, n] of w.letters) letters.set(c, (letters.get(c) ?? 0) + n);
  });
  return sum - FOREIGN_LETTER_COST * alphabetMismatch(letters);
}

/** How much `text` looks like text: its words' scores, less the alphabet mismatch. */
export function readingScore(text: string): number {
  return total(readWords(text), () => true);
}

/**
 * A word that reads as junk in every candidate charset (binary bytes pasted into a text part)
 * is left out of the comparison: hundreds of such words would otherwise outweigh the real ones.
 */
const JUNK_WORD = -3;

/** The lines of `bytes`, each with its line feed. */
export function* lines(bytes: Uint8Array): Generator<Uint8Array> {
  for (let start = 0; start < bytes.length;) {
    const nl = bytes.indexOf(10, start);
    const end = nl < 0 ? bytes.length : nl + 1;
    yield bytes.subarray(start, end);
    start = end;
  }
}

/**
 * The lines of `bytes` that carry 8-bit bytes (of a header line only its value), space-separated,
 * up to about `limit` bytes: what a detector should read, as the ASCII rest tells nothing.
 */
export function eightBitLines(bytes: Uint8Array, headerLines = false, limit = Infinity): Buffer[] {
  const out: Buffer[] = [];
  let size = 0;
  for (const line of lines(bytes)) {
    if (size >= limit) break;
    if (!line.some((b) => b >= 0x80)) continue;
    const text = headerLines ? line.subarray(line.indexOf(58) + 1) : line;
    out.push(Buffer.from(text.buffer, text.byteOffset, text.byteLength), SPACE);
    size += text.byteLength + 1;
  }
  return out;
}
const SPACE = Buffer.from(' ');

/**
 * The charset of text bytes that declare none: 'utf-8' for valid UTF-8 (ASCII included) unless
 * ISO-2022-JP escapes show; ICU's multi-byte answer (Chinese, Japanese, Korean) when no
 * single-byte reading makes sense; else the single-byte reading that looks most like text.
 */
export function detectCharset(bytes: Uint8Array): string {
  if (isUtf8(bytes)) {
    return ISO_2022_JP_RE.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1')) ? 'iso-2022-jp' : 'utf-8';
  }
  const sample = bytes.length <= SAMPLE_BYTES ? bytes : Buffer.concat(eightBitLines(bytes, false, SAMPLE_BYTES));
  // the multi-byte recognisers answer 10 for anything they cannot rule out: that is no evidence
  const icu = analyse(sample).filter((m) => m.confidence > 10).map((m) => m.name.toLowerCase());
  const rank = (label: string): number => {
    const i = icu.findIndex((name) => name === label || name === ICU_NAME[label]);
    return i < 0 ? 99 : i;
  };
  const readings: Array<{ label: string; words: WordReading[] }> = [];
  const seen = new Set<string>();
  for (const label of SINGLE_BYTE) {
    const text = decoder(label).decode(sample);
    if (seen.has(text)) continue; // the same reading as an earlier, preferred charset
    seen.add(text);
    readings.push({ label, words: readWords(text) });
  }
  const words = readings[0]!.words.length;
  const kept = new Uint8Array(words);
  for (let i = 0; i < words; i++) kept[i] = readings.some((r) => r.words[i]!.score > JUNK_WORD) ? 1 : 0;
  let best: string = SINGLE_BYTE[0];
  let bestScore = -Infinity;
  let bestWhole = -Infinity;
  for (const { label, words: w } of readings) {
    const score = total(w, (i) => kept[i] === 1) + (rank(label) === 0 ? ICU_BONUS : 0);
    if (score > bestScore || (score === bestScore && rank(label) < rank(best))) { best = label; bestScore = score; }
    bestWhole = Math.max(bestWhole, total(w, () => true));
  }
  // ICU's multi-byte recognisers check the byte structure. Chinese, Japanese or Korean text read
  // as any single-byte charset is a jumble of accents and scripts, every word of it junk (a whole
  // score at or below 0 in 2100 of 2105 man-page pieces); European text that ICU takes for GB18030
  // or Big5 reads well.
  const multi = icu.find((name) => MULTI_BYTE_RE.test(name));
  if (multi && bestWhole <= (icu[0] === multi ? MULTI_BYTE_MAX_SCORE : 0) && !decoder(multi).decode(sample).includes('\ufffd')) return multi;
  return best;
}


// ---- declared charsets that the bytes contradict ----
//
// Most mail declares its charset right, and then it is read as declared. But mailers mislabel:
// Russian text in windows-1251 declared ISO-8859-1 or KOI8-R (the classic "Ïðèâåò"), Polish
// windows-1250 declared ISO-8859-2, legacy bytes declared UTF-8 (every letter a U+FFFD), UTF-8
// declared ISO-8859-1 ("fÃ¼r"). A reader that trusts the label hands the classifier and the
// user mojibake; rspamd checks the content of such parts too. A declaration is overruled only
// where the bytes prove it wrong: its reading looks like mojibake and another reads as text.

/** Single-byte charsets whose label is checked against the bytes (TextDecoder's names). */
const CHECKED_SINGLE_BYTE_RE = /^(windows-125\d|iso-8859-\d+|koi8-[ru]|ibm866|x-mac-cyrillic|macintosh)$/;
/**
 * How much better than the declared reading another single-byte reading must score to replace
 * it: about one word's difference.
 */
const RELABEL_MARGIN = 2;
/** characters that must read otherwise for another single-byte reading to replace the declared one */
const MIN_CHANGED_CHARACTERS = 2;
/**
 * Charsets written for the same languages, which differ in a few letters: windows-1250 and
 * ISO-8859-2 only in ą, ś, ź, ť, ž and their capitals (Polish, Czech), windows-1253 and ISO-8859-7 in
 * Ά and some symbols (Greek). A label of one of them says which language the text is in, so one
 * letter read wrong (a "są" shown as "sš", or a C1 control where "ś" was) is enough to take the
 * other: the two-character rule is for a text's language, not its variant.
 */
const SIBLINGS: ReadonlyArray<readonly [string, string]> = [['windows-1250', 'iso-8859-2'], ['windows-1253', 'iso-8859-7']];
const siblingOf = (charset: string): string | null => SIBLINGS.find((pair) => pair.includes(charset))?.find((c) => c !== charset) ?? null;
/**
 * How much better a sibling's reading must score: half of RELABEL_MARGIN. In both directions one
 * misread letter costs the wrong reading (ą as "š" fits no alphabet beside ż or ł, ś as a C1
 * control, ą as "±"), and the label has already named the language.
 */
const SIBLING_MARGIN = 1;
/** the least share of the letters a new alphabet must have to replace the declared one's */
const MIN_SCRIPT_SHARE = 0.1;
/** how much of a long text is looked at (a declaration is judged by its start) */
const SCAN_BYTES = 256 * 1024;

/** Valid multi-byte UTF-8 sequences in `bytes`, and the 8-bit bytes outside any (RFC 3629's ranges). */
export function utf8Shape(bytes: Uint8Array): { sequences: number; stray: number } {
  let sequences = 0;
  let stray = 0;
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    if (b < 0x80) { i++; continue; }
    const len = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    // the second byte's range is narrower after E0, ED, F0 and F4 (no overlong forms, no surrogates)
    const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
    const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
    let ok = len > 0 && i + len <= bytes.length && bytes[i + 1]! >= lo && bytes[i + 1]! <= hi;
    for (let k = 2; ok && k < len; k++) ok = bytes[i + k]! >= 0x80 && bytes[i + k]! <= 0xbf;
    if (ok) { sequences++; i += len; } else { stray++; i++; }
  }
  return { sequences, stray };
}

/** The WHATWG name of a charset label ('latin1' → 'windows-1252'), or null when TextDecoder knows none. */
function canonicalCharset(label: string): string | null {
  try { return decoder(label.trim().toLowerCase()).encoding; } catch { return null; }
}

/**
 * The charset to read text bytes in that declare `declared`: the declaration, unless the bytes
 * contradict it. Declared UTF-8 that is not UTF-8, and has more stray 8-bit bytes than valid
 * sequences (legacy text, not UTF-8 with a pasted byte), is read as detectCharset reads it. A
 * declared single-byte charset gives way to UTF-8 when the bytes are UTF-8 and read no worse as
 * such; and to detectCharset's single-byte reading when that looks like text, scores at least
 * RELABEL_MARGIN better and differs in at least MIN_CHANGED_CHARACTERS characters (in another
 * alphabet only when the declared reading looks like mojibake, see below); between sibling charsets
 * (SIBLINGS) one character and SIBLING_MARGIN suffice, and the sibling is tried even when the
 * detector prefers a third charset. Labels it does not
 * check (multi-byte, unknown) are returned as they are. Only the first SCAN_BYTES are looked at.
 */
export function correctCharset(declared: string, bytes: Uint8Array): string {
  const canonical = canonicalCharset(declared);
  if (!canonical) return declared;
  if (canonical === 'utf-8' && isUtf8(bytes)) return declared;
  // the start of a long text (to a line's end) is enough to judge its label by
  const cut = bytes.length <= SCAN_BYTES ? bytes.length : bytes.lastIndexOf(10, SCAN_BYTES) + 1 || SCAN_BYTES;
  const scan = bytes.subarray(0, cut);
  if (isAscii(scan)) return declared;
  const sample = scan.length <= SAMPLE_BYTES ? scan : Buffer.concat(eightBitLines(scan, false, SAMPLE_BYTES));
  if (canonical === 'utf-8') {
    const { sequences, stray } = utf8Shape(sample);
    return stray > sequences ? detectCharset(sample) : declared;
  }
  if (!CHECKED_SINGLE_BYTE_RE.test(canonical)) return declared;
  const declaredText = decoder(canonical).decode(sample);
  const declaredScore = readingScore(declaredText);
  // Valid UTF-8 with multi-byte sequences is UTF-8 unless the declared reading is the better text:
  // legacy text is valid UTF-8 only by a rare accident (every 8-bit byte in a valid sequence), and
  // UTF-8 read as Latin-1 turns even mere punctuation into "â€“", which has no letters to score.
  if (isUtf8(sample)) return readingScore(decoder('utf-8').decode(sample)) >= declaredScore ? 'utf-8' : declared;
  let other = detectCharset(sample);
  if (canonicalCharset(other) === canonical) return declared;
  let otherText = decoder(other).decode(sample);
  let otherScore = readingScore(otherText);
  // the detector's choice or its sibling, whichever reads better: for Polish windows-1250 labelled
  // Latin-1 ICU often names ISO-8859-2, which reads ą as Czech š ("sterujšce")
  const otherSibling = siblingOf(canonicalCharset(other) ?? other);
  if (otherSibling && otherSibling !== canonical) {
    const text = decoder(otherSibling).decode(sample);
    const score = readingScore(text);
    if (score > otherScore) [other, otherText, otherScore] = [otherSibling, text, score];
  }
  // the declared charset's sibling, when it reads at least as well as the detector's choice: a
  // Polish "wyjście" in windows-1250 has one 8-bit byte, which windows-1252 reads as "wyjœcie",
  // as good a word to the detector, but the label said Central European
  const sibling = siblingOf(canonical);
  if (sibling && canonicalCharset(other) !== sibling) {
    const siblingText = decoder(sibling).decode(sample);
    const siblingScore = readingScore(siblingText);
    if (siblingScore >= otherScore) [other, otherText, otherScore] = [sibling, siblingText, siblingScore];
  }
  const toSibling = canonicalCharset(other) === sibling;
  if (otherScore <= 0 || otherScore - declaredScore < (toSibling ? SIBLING_MARGIN : RELABEL_MARGIN)) return declared;
  // At least two characters must read otherwise: one odd symbol in Western text ("you¿ll", a lost
  // apostrophe) reads as a Polish letter in ISO-8859-2 ("youżll"), which is no repair
  const changed = toSibling || shadowInWord(declaredText, otherText) ? 1 : MIN_CHANGED_CHARACTERS;
  if (MULTI_BYTE_RE.test(other) || differingCharacters(declaredText, otherText, changed) < changed) return declared;
  // Another alphabet only when the declared reading is mojibake and the new alphabet is a fair share
  // of the letters (English text with some double-encoded "Ã©" and "Â»" is no Russian text), and
  // never from one non-Latin alphabet to another: mailers fall back on Latin labels (or on their
  // own country's charset for everything), no one labels Greek text KOI8-R, and in short Russian
  // text the letter frequencies of a Greek reading can score higher by chance
  const from = mainScript(declaredText);
  const to = mainScript(otherText);
  // siblings write one alphabet: "wyj¶cie" has no letter above ASCII to name one, "wyjście" has
  if (from === to || toSibling) return other;
  return declaredScore < 0 && (from === 'latin' || to === 'latin') && scriptShare(otherText, to) >= MIN_SCRIPT_SHARE ? other : declared;
}

/** what follows an apostrophe in English ("you'll", "don't"): a lone ¿ before these is one lost */
const CONTRACTION_RE = /^(?:s|t|d|m|ll|re|ve)(?![\p{L}])/iu;

/**
 * The first character two readings differ in is, in the declared one, a symbol standing for a
 * letter inside a word, which no text writes there: a superscript or an accent mark between two
 * letters ("ma³ymi", "zast¹pione": Polish windows-1250 read as Latin-1), "Ÿ" between small
 * letters ("póŸniej"), "£" before a letter ("£ódź", "T£UMACZENIE"), "³" ending a word of two
 * letters or more ("sygna³"), "¹" ending a word after "j" or the words "s¹", "j¹", "t¹" (Polish
 * "maj¹", "s¹": "ją" ends many verbs; an English footnote follows a whole word), "¿" between
 * letters unless an English contraction follows ("u¿ytkownik", but "you¿ll" is a lost
 * apostrophe). One such character is evidence enough.
 */
function shadowInWord(declared: string, other: string): boolean {
  let i = 0;
  while (i < declared.length && declared.charCodeAt(i) === other.charCodeAt(i)) i++;
  const [before, c, after] = [declared[i - 1] ?? '', declared[i] ?? '', declared[i + 1] ?? ''];
  const letterBefore = LETTER_RE.test(before);
  const letterAfter = LETTER_RE.test(after);
  // at a word's end ¹ and ² are footnotes ("yet¹" in a 2002 mailing-list post) and units ("m²");
  // "³" after two letters but "m" (not "cm³") is Polish ł, which ends many words ("sygna³", "by³")
  const wordEnd = letterBefore && !letterAfter && LETTER_RE.test(declared[i - 2] ?? '') && !/m/i.test(before);
  if (LETTER_SHADOWS.has(c)) return letterBefore && letterAfter || c === '³' && wordEnd || c === '¹' && !letterAfter && (wordEnd && /j/i.test(before) || ONE_LETTER_A_OGONEK.test(declared.slice(Math.max(0, i - 2), i + 1)));
  if (c === 'Ÿ') return /\p{Ll}/u.test(before) && /\p{Ll}/u.test(after);
  if (c === '£') return letterAfter;
  if (c === '¿') return letterBefore && letterAfter && !CONTRACTION_RE.test(declared.slice(i + 1));
  return misplacedLetter([...declared.slice(Math.max(0, i - 2), i + 2)], Math.min(i, 2), /^\p{L}*$/u.test(declared.slice(i + 1)));
}

/** How many characters of two single-byte readings of the same bytes differ, counting up to `enough`. */
function differingCharacters(a: string, b: string, enough: number): number {
  let n = 0;
  for (let i = 0; i < a.length && n < enough; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
}

/** The share of a text's letters (ASCII ones too) that are non-ASCII letters of `script`. */
function scriptShare(text: string, script: Script): number {
  let letters = 0;
  let inScript = 0;
  for (const c of text) {
    if (!LETTER_RE.test(c)) continue;
    letters++;
    const code = c.codePointAt(0)!;
    if (code >= 0x80 && scriptOf(c, code) === script) inScript++;
  }
  return letters ? inScript / letters : 0;
}

/**
 * The script most of a text's non-ASCII letters are written in; Latin for a text whose only letters
 * are ASCII: "Micha³ Ku³ach" (windows-1250 read as Latin-1) is Latin text with two symbols, and
 * "Michał Kułach" a repair within its alphabet, not a change to another.
 */
function mainScript(text: string): Script {
  const counts = new Map<Script, number>();
  let ascii = false;
  for (const c of text) {
    const code = c.codePointAt(0)!;
    if (code < 0x80) { ascii ||= (code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a; continue; }
    if (!LETTER_RE.test(c)) continue;
    const s = scriptOf(c, code);
    counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  let best: Script = ascii ? 'latin' : 'other';
  let most = 0;
  for (const [s, n] of counts) if (n > most) { best = s; most = n; }
  return best;
}
