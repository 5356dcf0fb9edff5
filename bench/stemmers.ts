// What stemming does for the Bayes tokenizer in each of our users' languages, on real text, with
// the tokenizer's stemmers (src/bayes/language.ts: natural's, and nlp.js's for Polish and Greek):
//  - vocabulary: the translations of the programs installed here (gettext catalogues under
//    /usr/share/locale/LANG, read by moStrings; English from their source strings), every other
//    catalogue learned and the rest read. How many of the read words' occurrences have a feature
//    the learned half has too, with and without stemming: a stemmer that joins a word's forms lets
//    a model learned on "faktura" know "fakturę". Also the distinct features of the learned half,
//    and the stemmer's cost per word (memo misses: each distinct word once).
//  - classification: Debian's translated manual pages, section 2 (system calls) against section 3
//    (library functions), two close vocabularies, the first 1500 characters of each page as a
//    letter; the Bayes model (the gateway's tokenizer and learner, 3 passes) learns 4 folds of 5
//    and scores the fifth, or learns 1 and scores 4 (a language the model has seen little of),
//    with stemming on and off (the body's words, each page with its language's stemmer: the
//    tokenizer would take some pages, half code, for another language): 1-ROCA % (the area above the ROC curve), the mean over several
//    ways of dealing the pages into folds, and in how many of them stemming did better.
//   apt-get install manpages-dev manpages-pl manpages-pl-dev manpages-de manpages-de-dev manpages-ru manpages-ru-dev manpages-es manpages-es-dev manpages-el
//   node --import tsx bench/stemmers.ts [--assignments 5]
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { features } from '../src/bayes/features.ts';
import { stemmerFor, type Language } from '../src/bayes/language.ts';
import { classifyPrepared, learnPrepared } from '../src/bayes/learn.ts';
import { MemoryBayesStore } from '../src/bayes/memory-store.ts';
import { tokenize, words } from '../src/bayes/tokenize.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { manPages, manText, moStrings } from './man-pages.ts';

const { values: args } = parseArgs({ options: { assignments: { type: 'string', default: '5' } } });
const FOLDS = 5;
/** ways the pages are dealt into folds: one way's figure moves by more than stemming does */
const ASSIGNMENTS = Number(args.assignments);
const LANGUAGES: Language[] = ['en', 'ru', 'de', 'es', 'it', 'pl', 'el'];

/** The translated strings of a gettext catalogue (or its English source strings), one text. */
const catalogue = (file: string, english: boolean): string => moStrings(file, english).join('\n');

const lettersOnly = (ws: string[]): string[] => ws.filter((w) => w.length >= 3 && /^\p{L}+$/u.test(w));

console.log('| language | catalogues | words read | distinct features learned, unstemmed → stemmed | read words with a learned feature, unstemmed → stemmed | stemmer µs per distinct word |');
console.log('|---|---|---|---|---|---|');
for (const lang of LANGUAGES) {
  // English: the German catalogues' source strings (programs are written in English)
  const dir = `/usr/share/locale/${lang === 'en' ? 'de' : lang}/LC_MESSAGES`;
  if (!existsSync(dir)) { console.log(`| ${lang} | — | | | | |`); continue; }
  const files = readdirSync(dir).filter((f) => f.endsWith('.mo')).sort();
  const learned: string[] = [], read: string[] = [];
  files.forEach((f, i) => (i % 2 ? read : learned).push(...lettersOnly(words(catalogue(join(dir, f), lang === 'en')))));
  const stem = stemmerFor(lang)!;
  const distinct = [...new Set([...learned, ...read])];
  const t = performance.now();
  for (const w of distinct) stem(w);
  const usPerWord = (performance.now() - t) * 1000 / distinct.length;
  const coverage = (key: (w: string) => string): { features: number; share: number } => {
    const known = new Set(learned.map(key));
    return { features: known.size, share: read.filter((w) => known.has(key(w))).length / read.length };
  };
  const plain = coverage((w) => w), stemmed = coverage(stem);
  console.log(`| ${lang} | ${files.length} | ${read.length} | ${plain.features} → ${stemmed.features} | ${(plain.share * 100).toFixed(1)} % → ${(stemmed.share * 100).toFixed(1)} % | ${usPerWord.toFixed(1)} |`);
}

/** A letter of the page's first 1500 characters. */
async function letterOf(file: string, n: number): Promise<Awaited<ReturnType<typeof parseMessage>>> {
  const body = manText(file).replace(/\s+/g, ' ').trim().slice(0, 1500);
  return parseMessage(Buffer.from(`From: <a${n}@example.org>\r\nTo: <b@example.com>\r\nSubject: page ${n}\r\nMessage-ID: <${n}@example.org>\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`));
}

/** 1-ROCA %: the share of (section 3, section 2) pairs the model orders wrong, ties half. */
function oneMinusRoca(scored: Array<{ p: number; positive: boolean }>): number {
  const pos = scored.filter((s) => s.positive).map((s) => s.p), neg = scored.filter((s) => !s.positive).map((s) => s.p);
  let wrong = 0;
  for (const a of pos) for (const b of neg) wrong += a < b ? 1 : a === b ? 0.5 : 0;
  return wrong / (pos.length * neg.length) * 100;
}

const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / xs.length;
console.log(`\n| language | pages, section 2 / 3 | learning 4 folds of 5: 1-ROCA %, unstemmed → stemmed (assignments stemmed did better) | learning 1 fold of 5 |`);
console.log('|---|---|---|---|');
for (const lang of ['en', 'ru', 'de', 'es', 'pl'] as const) {
  const dir = lang === 'en' ? '/usr/share/man' : `/usr/share/man/${lang}`;
  if (!existsSync(join(dir, 'man2')) || !existsSync(join(dir, 'man3'))) { console.log(`| ${lang} | install manpages-${lang}-dev | | |`); continue; }
  const pages = [...manPages(join(dir, 'man2')).map((f) => ({ f, cls: 'spam' as const })), ...manPages(join(dir, 'man3')).map((f) => ({ f, cls: 'ham' as const }))];
  const letters = await Promise.all(pages.map(async (p, i) => ({ view: await letterOf(p.f, i), cls: p.cls })));
  // as the tokenizer stems (the body's words, language.ts's memo aside), with this language's stemmer
  const stem = stemmerFor(lang)!;
  const prepared = [false, true].map((stemmed) => letters.map((l, i) => {
    const t = tokenize(l.view, { maxBodyWords: 2000, stem: false });
    const sequences = t.sequences.map((q) => (stemmed && q.prefix === 'b' ? { ...q, words: q.words.map((w) => (/^\p{L}+$/u.test(w) ? stem(w) : w)) } : q));
    return { cls: l.cls, prepared: { keys: features(sequences), signature: `${lang}-${i}`, language: t.language } };
  }));
  const cells: string[] = [];
  for (const few of [false, true]) {
    const runs: number[][] = [[], []];
    for (let assignment = 0; assignment < ASSIGNMENTS; assignment++) {
      const foldOf = (i: number): number => (i * 7 + assignment * 13 + Math.floor(i / FOLDS) * assignment) % FOLDS;
      for (const stem of [0, 1]) {
        const scored: Array<{ p: number; positive: boolean }> = [];
        for (let fold = 0; fold < FOLDS; fold++) {
          const store = { bayes: new MemoryBayesStore() };
          const learning = prepared[stem]!.filter((_, i) => (foldOf(i) === fold) === few);
          for (let pass = 0; pass < 3; pass++) for (const l of learning) await learnPrepared(store, l.prepared, l.cls, { mode: pass ? 'reinforce' : 'train' });
          for (const l of prepared[stem]!.filter((_, i) => (foldOf(i) === fold) !== few)) scored.push({ p: (await classifyPrepared(store, l.prepared)).probability, positive: l.cls === 'spam' });
        }
        runs[stem]!.push(oneMinusRoca(scored));
      }
    }
    const better = runs[1]!.filter((r, i) => r < runs[0]![i]!).length;
    cells.push(`${mean(runs[0]!).toFixed(2)} → ${mean(runs[1]!).toFixed(2)} (${better} of ${ASSIGNMENTS})`);
  }
  const section2 = pages.filter((p) => p.cls === 'spam').length;
  console.log(`| ${lang} | ${section2} / ${pages.length - section2} | ${cells.join(' | ')} |`);
}
