// Debian's translated manual pages as a source of real running text in many languages, for the
// benchmarks that need text in languages other than English (foreign-text.ts, charset-guess.ts).
//   apt-get install manpages-ru manpages-de manpages-pl manpages-es manpages-it manpages-el manpages-fr
import { readdirSync, readFileSync, statSync } from 'node:fs';
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
