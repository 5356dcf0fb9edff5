// The hidden-text check on the SpamAssassin corpus: how many HTML messages hide letters from the
// reader (src/content/html.ts), how often HIDDEN_TEXT and INVISIBLE_WORD_SPLIT fire on ham and spam
// and HTML_IMAGE_ONLY (a picture from the web, next to no text) fire on ham and spam (a hit on ham
// is a false positive to look at: ham that hides letters is listed on stderr), and the
// time the HTML reduction every content check shares takes per HTML part (cache bypassed; the set's
// parts reduced three times, the last pass counts).
// `node --import tsx bench/hidden-text.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { reduceHtml } from '../src/content/html.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { hiddenTextCheck, hiddenTextOptionsSchema } from '../src/pipeline/checks/hidden-text.ts';
import { corpusContext, corpusSets, readCorpusSet } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const options = hiddenTextOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof hiddenTextCheck.run>[1]['store']; // the check keeps nothing

console.log('| set | messages | with HTML | hiding letters | of them ≥ 50 letters | HIDDEN_TEXT | INVISIBLE_WORD_SPLIT | HTML_IMAGE_ONLY (full weight) | µs per HTML part (mean) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let n = 0, html = 0, hiding = 0, many = 0;
  const parts: string[] = [];
  const fired = { HIDDEN_TEXT: 0, INVISIBLE_WORD_SPLIT: 0, HTML_IMAGE_ONLY: 0 };
  let fullImageOnly = 0;
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    n++;
    if (view.html) {
      html++;
      parts.push(view.html);
      const r = reduceHtml(view.html);
      if (r.hidden.letters > 0) hiding++;
      if (r.hidden.letters > 0 && set.includes('ham')) console.error(`  ${file}: ${r.hidden.letters} hidden letters: ${r.hidden.text.slice(0, 80)}`);
      if (r.hidden.letters >= 50) many++;
    }
    const hits = await hiddenTextCheck.run(corpusContext(raw, view), { options, config, store, log, signal: new AbortController().signal });
    for (const h of hits) {
      fired[h.symbol as keyof typeof fired]++;
      if (h.symbol === 'HTML_IMAGE_ONLY' && h.weight === 1) fullImageOnly++;
      if (set.includes('ham')) console.error(`  ${file}: ${h.symbol} ${h.detail}`);
    }
  }
  let us = 0;
  for (let pass = 0; pass < 3; pass++) {
    const t = performance.now();
    // a fresh string each time: the reduction cache must not answer
    for (const p of parts) reduceHtml(`${p} `);
    us = ((performance.now() - t) * 1000) / Math.max(1, parts.length);
  }
  console.log(`| ${set} | ${n} | ${html} | ${hiding} | ${many} | ${fired.HIDDEN_TEXT} | ${fired.INVISIBLE_WORD_SPLIT} | ${fired.HTML_IMAGE_ONLY} (${fullImageOnly}) | ${html ? us.toFixed(0) : '–'} |`);
}
