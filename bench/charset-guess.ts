// How well the charset of undeclared 8-bit text is guessed: ICU's detector alone (chardet, what
// mailmoat used before) against src/mail/charset-guess.ts, on real running text from Debian's
// translated man pages, each piece encoded in a legacy charset of its language. Old mailers and
// spamware send such text without a charset; a wrong guess hands the classifier mojibake.
//
//   apt-get install manpages-ru manpages-de manpages-pl manpages-es manpages-it manpages-el manpages-fr
//   node --import tsx bench/charset-guess.ts
//   node --import tsx bench/charset-guess.ts --source translations --langs el   (Greek from gettext catalogues)
//
// A second table measures declared charsets (correctCharset): text declared right must be read as
// declared, and text whose label is wrong (the mislabels mailers make) should be read as written.
//
// Pieces of 40 (a subject), 300 and 1500 characters, one every 1000 characters of the first 40 000
// of each page; only pieces with 8-bit bytes that the charset can write, and that are not valid
// UTF-8 by accident, count. A guess is right when it decodes the bytes to exactly the text. Rows
// whose man pages are not installed are left out (Ukrainian, Czech, Turkish, Japanese, Chinese and
// Korean pages come with some Debian packages' own translations).
import { isUtf8 } from 'node:buffer';
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { analyse } from 'chardet';
import iconv from 'iconv-lite';
import { correctCharset, detectCharset } from '../src/mail/charset-guess.ts';
import { manPages, manText, translationTexts } from './man-pages.ts';

const SETS: Array<[lang: string, charset: string]> = [
  ['ru', 'koi8-r'], ['ru', 'windows-1251'], ['uk', 'koi8-u'], ['uk', 'windows-1251'], ['de', 'windows-1252'], ['es', 'windows-1252'],
  ['it', 'windows-1252'], ['fr', 'windows-1252'], ['pl', 'iso-8859-2'], ['pl', 'windows-1250'], ['cs', 'iso-8859-2'], ['el', 'iso-8859-7'],
  ['tr', 'iso-8859-9'], ['ja', 'shift_jis'], ['ja', 'euc-jp'], ['zh_CN', 'gb18030'], ['ko', 'euc-kr'],
];
const LENGTHS = [40, 300, 1500];

// --source translations: the programs' gettext catalogues instead of the man pages (Greek has 5
// man pages here and 70 catalogues); --langs el,pl: only these languages' rows
const { values: args } = parseArgs({ options: { source: { type: 'string', default: 'man' }, langs: { type: 'string' } } });
const SOURCE = args.source;
if (SOURCE !== 'man' && SOURCE !== 'translations') throw new Error(`--source: man or translations, not ${SOURCE}`);
const LANGS = args.langs?.split(',');
function textsOf(lang: string): string[] {
  if (LANGS && !LANGS.includes(lang)) return [];
  if (SOURCE === 'translations') return translationTexts(lang);
  const dir = `/usr/share/man/${lang}`;
  return existsSync(dir) ? manPages(dir).map((f) => manText(f).replace(/\s+/g, ' ')) : [];
}

/** what parseMessage did before charset-guess.ts: ICU's first confident answer among the mail charsets */
const ICU_CHARSETS = /^(iso-8859-\d+|windows-125\d|koi8-r|shift_jis|euc-jp|euc-kr|gb18030|big5|iso-2022-(jp|kr|cn))$/i;
const icuAlone = (bytes: Uint8Array): string => (analyse(bytes).find((m) => m.confidence > 10 && ICU_CHARSETS.test(m.name))?.name ?? 'windows-1252').toLowerCase();
const reads = (label: string, bytes: Uint8Array, text: string): boolean => {
  try { return new TextDecoder(label).decode(bytes) === text; } catch { return false; }
};
const pct = (ok: number, n: number): string => (n ? `${((100 * ok) / n).toFixed(1)} %` : '—');

console.log(`| language (charset) | pieces (40 / 300 / 1500 chars) | ICU alone: 40 / 300 / 1500 | mailmoat: 40 / 300 / 1500 |`);
console.log('|---|---|---|---|');
let timeIcu = 0;
let timeOurs = 0;
let calls = 0;
for (const [lang, charset] of SETS) {
  const texts = textsOf(lang);
  if (!texts.length) continue;
  const counts = LENGTHS.map(() => ({ n: 0, icu: 0, ours: 0 }));
  LENGTHS.forEach((len, li) => {
    for (const text of texts) {
      for (let i = 0; i + len < text.length && i < 40_000; i += Math.max(1000, len)) {
        const piece = text.slice(i, i + len);
        const bytes = iconv.encode(piece, charset);
        if (!bytes.some((b) => b >= 0x80) || isUtf8(bytes) || iconv.decode(bytes, charset) !== piece) continue;
        const c = counts[li]!;
        c.n++;
        let t = process.hrtime.bigint();
        if (reads(icuAlone(bytes), bytes, piece)) c.icu++;
        timeIcu += Number(process.hrtime.bigint() - t);
        t = process.hrtime.bigint();
        if (reads(detectCharset(bytes), bytes, piece)) c.ours++;
        timeOurs += Number(process.hrtime.bigint() - t);
        calls++;
      }
    }
  });
  console.log(`| ${lang} (${charset}) | ${counts.map((c) => c.n).join(' / ')} | ${counts.map((c) => pct(c.icu, c.n)).join(' / ')} | ${counts.map((c) => pct(c.ours, c.n)).join(' / ')} |`);
}
console.log(`\n${calls} pieces; time per piece (guess and decode): ICU alone ${(timeIcu / calls / 1e6).toFixed(3)} ms, mailmoat ${(timeOurs / calls / 1e6).toFixed(3)} ms`);

// ---- declared charsets: read as declared when right, repaired when wrong ----
// [language, the charset the text is in, the label it declares]
const DECLARED: Array<[lang: string, actual: string, label: string]> = [
  ['ru', 'windows-1251', 'windows-1251'], ['ru', 'koi8-r', 'koi8-r'], ['ru', 'utf-8', 'utf-8'], ['de', 'windows-1252', 'iso-8859-1'],
  ['es', 'windows-1252', 'iso-8859-1'], ['it', 'windows-1252', 'windows-1252'], ['fr', 'windows-1252', 'iso-8859-1'],
  ['pl', 'iso-8859-2', 'iso-8859-2'], ['pl', 'windows-1250', 'windows-1250'], ['el', 'iso-8859-7', 'iso-8859-7'],
  ['ru', 'windows-1251', 'iso-8859-1'], ['ru', 'windows-1251', 'koi8-r'], ['ru', 'koi8-r', 'windows-1251'], ['ru', 'windows-1251', 'utf-8'],
  ['ru', 'koi8-r', 'utf-8'], ['ru', 'utf-8', 'iso-8859-1'], ['ru', 'utf-8', 'windows-1251'], ['de', 'utf-8', 'iso-8859-1'],
  ['de', 'windows-1252', 'utf-8'], ['pl', 'windows-1250', 'iso-8859-2'], ['pl', 'iso-8859-2', 'windows-1250'], ['pl', 'windows-1250', 'iso-8859-1'],
  ['pl', 'utf-8', 'iso-8859-2'], ['el', 'iso-8859-7', 'iso-8859-1'], ['el', 'windows-1253', 'utf-8'],
  // the sibling charsets (one letter decides, see SIBLINGS): Czech has ť, ž, š where they differ
  ['cs', 'iso-8859-2', 'iso-8859-2'], ['cs', 'windows-1250', 'windows-1250'], ['cs', 'windows-1250', 'iso-8859-2'], ['cs', 'iso-8859-2', 'windows-1250'],
  ['el', 'windows-1253', 'windows-1253'], ['el', 'windows-1253', 'iso-8859-7'], ['el', 'iso-8859-7', 'windows-1253'],
];
console.log('\n| text in (declared as) | pieces (40 / 300 / 1500 chars) | read as the label says: 40 / 300 / 1500 | mailmoat: 40 / 300 / 1500 |');
console.log('|---|---|---|---|');
let declaredTime = 0;
let declaredCalls = 0;
let accidental = 0;
for (const [lang, actual, label] of DECLARED) {
  const texts = textsOf(lang);
  if (!texts.length) continue;
  const counts = LENGTHS.map(() => ({ n: 0, label: 0, ours: 0 }));
  LENGTHS.forEach((len, li) => {
    for (const text of texts) {
      for (let i = 0; i + len < text.length && i < 40_000; i += Math.max(1000, len)) {
        const piece = text.slice(i, i + len);
        const bytes = actual === 'utf-8' ? Buffer.from(piece) : iconv.encode(piece, actual);
        if (!bytes.some((b) => b >= 0x80) || iconv.decode(bytes, actual) !== piece) continue;
        // legacy bytes that are valid UTF-8 come from pages whose own text is double-encoded
        // ("estÃ¡n"): reading them as UTF-8 is right, but not what the page says
        if (actual !== 'utf-8' && isUtf8(bytes)) { accidental++; continue; }
        const c = counts[li]!;
        c.n++;
        if (reads(label, bytes, piece)) c.label++;
        const t = process.hrtime.bigint();
        const charset = correctCharset(label, bytes);
        declaredTime += Number(process.hrtime.bigint() - t);
        declaredCalls++;
        if (reads(charset, bytes, piece)) c.ours++;
      }
    }
  });
  console.log(`| ${lang}: ${actual} (${label}) | ${counts.map((c) => c.n).join(' / ')} | ${counts.map((c) => pct(c.label, c.n)).join(' / ')} | ${counts.map((c) => pct(c.ours, c.n)).join(' / ')} |`);
}
console.log(`\n${declaredCalls} pieces (${accidental} left out: legacy bytes that are valid UTF-8); time per piece to check the label: ${(declaredTime / declaredCalls / 1e6).toFixed(3)} ms`);
