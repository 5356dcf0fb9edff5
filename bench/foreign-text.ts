// False positives on languages the model never saw: a Bayes model trained with `mailmoat train` on
// the English SpamAssassin corpus (spam-1 as spam, easy-ham-1 and hard-ham-1 as ham) scores real
// Russian, German, Polish, Spanish, Italian, Greek and French text, each sent in a legacy charset
// of its own (KOI8-R and windows-1251, windows-1252, ISO-8859-2, ISO-8859-7): Debian's translated manual pages, cut into letters of 1500
// characters. A filter that misreads charsets or mistakes "foreign" for "spam" fails here first.
//
//   apt-get install manpages-ru manpages-de manpages-pl manpages-es manpages-it manpages-el manpages-fr
//   node --import tsx bench/foreign-text.ts [--pages N]
//
// The letters are the man pages' running text with roff requests and font escapes removed; every
// language's first N pages (sorted by path) give up to four letters each. Each letter is also sent
// as an old mailer sends it, subject and body in raw 8-bit bytes and no charset anywhere: it must
// decode the same and give the same subject and body tokens (src/mail/charset-guess.ts).
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import iconv from 'iconv-lite';
import { classifyView } from '../src/bayes/learn.ts';
import { MemoryBayesStore } from '../src/bayes/memory-store.ts';
import { DEFAULT_BAYES_CHECK_OPTIONS } from '../src/bayes/options.ts';
import { collectSources, train } from '../src/commands/train.ts';
import { parseMessage } from '../src/pipeline/index.ts';
import type { ParsedMessage } from '../src/pipeline/types.ts';
import { tokenize } from '../src/bayes/tokenize.ts';
import { LANGUAGES, letter, letterBodies, subjectOf } from './foreign-letters.ts';
import { CORPUS_DATA } from './corpus.ts';

const { values: args } = parseArgs({ options: { pages: { type: 'string', default: '120' } } });
const PAGES = Number(args.pages);
/** the subject's and the body's token sequences, which the charset declaration must not change */
const CONTENT_PREFIXES = new Set(['s', 'sc', 'b', 'u']);
function sameContentTokens(a: ParsedMessage, b: ParsedMessage): boolean {
  const content = (v: ParsedMessage): string => JSON.stringify(tokenize(v).sequences.filter((q) => CONTENT_PREFIXES.has(q.prefix)));
  return content(a) === content(b);
}

const corpus = CORPUS_DATA;
const store = { bayes: new MemoryBayesStore() };
const sources = [...await collectSources([join(corpus, 'spam-1')], 'spam'), ...await collectSources([join(corpus, 'easy-ham-1'), join(corpus, 'hard-ham-1')], 'ham')];
await train(store, sources, { passes: 3 });
const totals = await store.bayes.totals();
const spamAt = DEFAULT_BAYES_CHECK_OPTIONS.spamThreshold;
const hamAt = DEFAULT_BAYES_CHECK_OPTIONS.hamThreshold;
console.log(`model: ${totals.spam} spam, ${totals.ham} ham (English, SpamAssassin corpus); BAYES_SPAM at P ≥ ${spamAt}, BAYES_HAM at P ≤ ${hamAt}\n`);
console.log('| language (charset) | letters | decoded intact | no charset declared: decoded intact / letters, same subject and body tokens | BAYES_SPAM | P ≥ 0.5 | BAYES_HAM | median P | highest P |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const [lang, charset] of LANGUAGES) {
  const dir = `/usr/share/man/${lang}`;
  if (!existsSync(dir)) { console.log(`| ${lang} | — | install manpages-${lang} | | | | | | |`); continue; }
  const ps: number[] = [];
  let decoded = 0;
  let undeclared = 0;
  let undeclaredDecoded = 0;
  let undeclaredSame = 0;
  const words = (t: string): string => t.split(/\s+/).filter(Boolean).join(' ');
  for (const body of letterBodies(lang, PAGES)) {
    // the charset was read right: the body comes back as written (as far as the charset can
    // write it: a character it lacks was sent as "?")
    const sent = iconv.decode(iconv.encode(body, charset), charset);
    const intact = (v: { text: string }): boolean => words(v.text).includes(words(sent).slice(0, 200));
    const view = await parseMessage(letter(lang, charset, ps.length, body, true));
    if (intact(view)) decoded++;
    const p = (await classifyView(store, view)).probability;
    ps.push(p);
    // a few pages hold UTF-8 read as Latin-1 ("extraÃ±a"): such bytes are valid UTF-8 and read as
    // UTF-8 without a declaration, which is no test of the detector
    if (isUtf8(iconv.encode(body, charset))) continue;
    undeclared++;
    const bare = await parseMessage(letter(lang, charset, ps.length - 1, body, false));
    if (intact(bare) && bare.subject === iconv.decode(iconv.encode(subjectOf(body), charset), charset)) undeclaredDecoded++;
    if (sameContentTokens(view, bare)) undeclaredSame++;
  }
  if (!ps.length) continue;
  ps.sort((a, b) => a - b);
  const count = (f: (p: number) => boolean): number => ps.filter(f).length;
  console.log(`| ${lang} (${charset}) | ${ps.length} | ${decoded} | ${undeclaredDecoded} / ${undeclared}, ${undeclaredSame} | ${count((p) => p >= spamAt)} | ${count((p) => p >= 0.5)} | ${count((p) => p <= hamAt)} | ${ps[Math.floor(ps.length / 2)]!.toFixed(3)} | ${ps.at(-1)!.toFixed(3)} |`);
}
