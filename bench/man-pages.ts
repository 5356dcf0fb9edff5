// Debian's translated manual pages as a source of real running text in many languages, for the
// benchmarks that need text in languages other than English (foreign-text.ts, charset-guess.ts).
//   apt-get install manpages-ru manpages-de manpages-pl manpages-es manpages-it manpages-el manpages-fr
// And the programs' own translations (gettext catalogues under /usr/share/locale), for languages
// with few translated man pages: Debian has 5 Greek ones, and 70 Greek catalogues here.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** Every compressed man page under `dir`, sorted by path. */
export function manPages(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir).sort()) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...manPages(p));
    else if (e.endsWith('.gz')) out.push(p);
  }
  return out;
}

/** Running text of a man page: comments and requests dropped, font and character escapes removed. */
export function manText(file: string): string {
  return gunzipSync(readFileSync(file)).toString('utf8').split('\n')
    .filter((l) => !/^\.\s*(\\"|TH|so|de|ds|if|ie|nr|ig)\b/.test(l) && !l.startsWith('\'\\"'))
    .map((l) => l.replace(/\\f(\[[^\]]*\]|\(..|.)/g, '').replace(/\\\(..|\\\[[^\]]*\]/g, ' ').replace(/\\-/g, '-').replace(/\\&|\\e/g, '').replace(/^\.[A-Za-z]+\s*/, ''))
    .join('\n');
}

/**
 * The translated strings of one compiled gettext catalogue (.mo), in file order, the header entry
 * left out: each is text a translator wrote (UI strings, messages, help texts); with `originals`,
 * the program's own (English) source strings instead. Plural forms are separate strings. Read by the format's description (GNU gettext manual, "MO Files").
 */
export function moStrings(file: string, originals = false): string[] {
  const mo = readFileSync(file);
  const magic = mo.readUInt32LE(0);
  const read = magic === 0x950412de ? (at: number) => mo.readUInt32LE(at) : magic === 0xde120495 ? (at: number) => mo.readUInt32BE(at) : null;
  if (!read) return [];
  const count = read(8);
  const table = { originals: read(12), translations: read(16) };
  const entry = (table: number, i: number): Buffer => mo.subarray(read(table + 8 * i + 4), read(table + 8 * i + 4) + read(table + 8 * i));
  // the header (the translation of "") names the catalogue's charset
  const header = count > 0 && entry(table.originals, 0).length === 0 ? entry(table.translations, 0).toString('latin1') : '';
  const charset = /charset=([\w-]+)/i.exec(header)?.[1] ?? 'utf-8';
  let decoder: TextDecoder;
  try { decoder = new TextDecoder(charset); } catch { return []; }
  const out: string[] = [];
  for (let i = header ? 1 : 0; i < count; i++) out.push(...decoder.decode(entry(originals ? table.originals : table.translations, i)).split('\0').filter((t) => t.trim()));
  return out;
}

/**
 * iso-codes' catalogues: the names of the world's languages, countries, regions, scripts and
 * currencies, each in its own spelling ("zapotèque", "Cañar", "Norðurland" in one French text), so
 * lists of foreign names, not text in the language (see README, "Mislabelled charsets")
 */
const NAME_LISTS_RE = /^iso_/;

/** Running text of each gettext catalogue of a language (iso-codes' name lists left out unless `nameLists`): its translated strings one after another, sorted by file name. */
export function translationTexts(lang: string, nameLists = false): string[] {
  const dir = `/usr/share/locale/${lang}/LC_MESSAGES`;
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.mo') && (nameLists || !NAME_LISTS_RE.test(f))).sort().map((f) => moStrings(join(dir, f)).join(' ').replace(/\s+/g, ' '));
}
