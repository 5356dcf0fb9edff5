// ATTACH_PHISH_PAGE's false positives: the web pages of this machine (documentation, saved package
// indexes, icons, rustdoc's script-heavy pages), each read as an attachment would be. Every hit is
// listed. `node --import tsx bench/phish-pages.ts [DIR…] [--max-per-dir N]`
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isWebPage, phishPageSign } from '../src/content/attachments.ts';

const args = process.argv.slice(2);
const maxAt = args.indexOf('--max-per-dir');
const maxPerDir = maxAt >= 0 ? Number(args.splice(maxAt, 2)[1]) : 5000;
const dirs = args.length ? args : ['/usr/share/doc', '/usr/share/icons', '/usr/lib/node_modules', 'node_modules', '/opt/pypi/simple', '/usr/lib/google-cloud-sdk', '/root/.rustup/toolchains'];

function* pages(dir: string): Generator<string> {
  let entries: string[];
  try { entries = readdirSync(dir); } catch { return; }
  for (const e of entries) {
    const p = join(dir, e);
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) yield* pages(p);
    else if (/\.(?:html?|xhtml|svg|mht)$/i.test(e) && st.size > 0) yield p;
  }
}

console.log('| directory | web pages | of them SVG pictures | ATTACH_PHISH_PAGE |');
console.log('|---|---|---|---|');
let all = 0, allHits = 0, allSvg = 0;
for (const dir of dirs) {
  let n = 0, hits = 0, svg = 0;
  for (const path of pages(dir)) {
    if (n >= maxPerDir) break;
    const content = readFileSync(path);
    if (!isWebPage({ filename: path, content })) continue;
    n++;
    if (/\.svg$/i.test(path)) svg++;
    const sign = phishPageSign(content, path.endsWith('.mht'));
    if (sign) { hits++; console.error(`  ${path}: ${sign}`); }
  }
  all += n; allHits += hits; allSvg += svg;
  console.log(`| ${dir} | ${n} | ${svg} | ${hits} |`);
}
console.log(`| all | ${all} | ${allSvg} | ${allHits} (${((allHits / Math.max(all, 1)) * 100).toFixed(2)} %) |`);
