// Cheap language identification (script + stop-word votes) and stemmers for the languages our
// users write in: natural's, and nlp.js's for Polish and Greek, which natural lacks. Stemmers are
// loaded one file at a time: natural's index pulls in hundreds of modules and prints dotenv banners.
import { createRequire } from 'node:module';

export type Language = 'en' | 'ru' | 'de' | 'es' | 'it' | 'pl' | 'el' | 'fr' | 'pt' | 'nl' | 'other';

const STOPWORDS: Record<Exclude<Language, 'ru' | 'el' | 'other'>, string[]> = {
  en: ['the', 'and', 'to', 'of', 'you', 'is', 'for', 'that', 'this', 'with', 'your', 'are', 'have', 'not', 'it'],
  de: ['der', 'die', 'und', 'das', 'ist', 'nicht', 'ich', 'sie', 'mit', 'für', 'den', 'ein', 'eine', 'auf', 'wir'],
  es: ['el', 'la', 'que', 'los', 'las', 'por', 'una', 'para', 'con', 'del', 'es', 'su', 'se', 'al', 'lo'],
  it: ['il', 'che', 'di', 'per', 'non', 'una', 'sono', 'della', 'gli', 'con', 'del', 'le', 'è', 'questo', 'alla', 'lo', 'ora', 'qui', 'anche', 'nel'],
  pl: ['się', 'nie', 'jest', 'na', 'że', 'do', 'to', 'jak', 'dla', 'od', 'czy', 'ale', 'są', 'przez', 'tak', 'w', 'z', 'oraz', 'proszę'],
  fr: ['le', 'les', 'des', 'est', 'une', 'pour', 'vous', 'dans', 'pas', 'que', 'qui', 'sur', 'avec', 'nous', 'et'],
  pt: ['não', 'uma', 'para', 'com', 'os', 'você', 'mais', 'como', 'está', 'são', 'ao', 'pelo', 'em', 'seu', 'foi'],
  nl: ['het', 'een', 'van', 'niet', 'dat', 'zijn', 'voor', 'met', 'ook', 'maar', 'wij', 'uw', 'je', 'deze', 'aan'],
};
const LOOKUP = new Map<string, Language[]>();
for (const [lang, list] of Object.entries(STOPWORDS)) {
  for (const w of list) LOOKUP.set(w, [...(LOOKUP.get(w) ?? []), lang as Language]);
}

/** Language of already normalised (lower-case) words: script first, then stop-word votes. */
export function detectLanguage(words: readonly string[]): Language {
  let cyr = 0; let greek = 0; let latin = 0;
  const votes = new Map<Language, number>();
  const n = Math.min(words.length, 300);
  for (let i = 0; i < n; i++) {
    const w = words[i]!;
    const c = w.charCodeAt(0);
    if (c >= 0x400 && c <= 0x4ff) cyr++;
    else if (c >= 0x370 && c <= 0x3ff) greek++;
    else if (c >= 0x61 && c <= 0x24f) latin++;
    const langs = LOOKUP.get(w);
    if (langs) for (const l of langs) votes.set(l, (votes.get(l) ?? 0) + 1);
  }
  if (cyr > latin && cyr >= greek) return 'ru';
  if (greek > latin) return 'el';
  let best: Language = 'other'; let bestVotes = 2;
  for (const [l, v] of votes) if (v > bestVotes) { best = l; bestVotes = v; }
  return best;
}

type StemFn = (word: string) => string;
const require = createRequire(import.meta.url);

/** natural's Porter-style stemmer, in a file of its own */
const natural = (file: string) => (): StemFn | undefined => {
  const mod = require(`natural/lib/natural/stemmers/${file}`) as { stem?: StemFn };
  return mod.stem?.bind(mod);
};
/**
 * nlp.js's stemmer (MIT) for a language natural has none for. It expects a word without
 * diacritics, as nlp.js's normalizers leave them: only so do "fakturę" and "faktura" meet. The
 * stem is a feature, never shown, so the accents it drops cost nothing.
 */
const nlpjs = (file: string) => (): StemFn => {
  const Stemmer = require(file) as new () => { stemWord(w: string): string };
  const stemmer = new Stemmer();
  return (w) => stemmer.stemWord(w.normalize('NFD').replace(/\p{Mn}/gu, ''));
};
const STEMMERS: Partial<Record<Language, () => StemFn | undefined>> = {
  en: natural('porter_stemmer.js'), ru: natural('porter_stemmer_ru.js'), de: natural('porter_stemmer_de.js'),
  es: natural('porter_stemmer_es.js'), it: natural('porter_stemmer_it.js'), fr: natural('porter_stemmer_fr.js'),
  pt: natural('porter_stemmer_pt.js'), nl: natural('porter_stemmer_nl.js'),
  // a light Polish stemmer and Ntais's Greek one; bench/stemmers.ts measures what they join
  pl: nlpjs('@nlpjs/lang-pl/src/stemmer-pl.js'), el: nlpjs('@nlpjs/lang-el/src/stemmer-el.js'),
};
const loaded = new Map<Language, StemFn | null>();
/** words per memo generation (two are kept: up to 2 × this many per language) */
const STEM_MEMO_GENERATION = 100_000;

/** A memoising stemmer for the language, or null (a language without one). */
export function stemmerFor(lang: Language): StemFn | null {
  if (loaded.has(lang)) return loaded.get(lang)!;
  const load = STEMMERS[lang];
  let fn: StemFn | null = null;
  if (load) {
    try {
      const stem = load();
      if (stem) {
        // Two generations, so a full memo keeps the words still in use instead of starting empty:
        // mail vocabulary outgrows any one limit, and clearing at 50 000 words made stemming half
        // of the tokenizer's CPU on the benchmark corpus.
        let young = new Map<string, string>();
        let old = new Map<string, string>();
        fn = (w: string): string => {
          let s = young.get(w);
          if (s !== undefined) return s;
          s = old.get(w);
          // digits, URLs and shapes pass through; stemmers only know letters
          if (s === undefined) s = /^\p{L}+$/u.test(w) ? stem(w) || w : w;
          if (young.size >= STEM_MEMO_GENERATION) { old = young; young = new Map(); }
          young.set(w, s);
          return s;
        };
      }
    } catch {
      fn = null;
    }
  }
  loaded.set(lang, fn);
  return fn;
}
