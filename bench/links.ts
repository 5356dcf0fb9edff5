// The links check on the SpamAssassin corpus: how many messages of each set each symbol hits (on
// ham, the false-positive risk; the corpus is of 2002–2003, before IPFS and tunnels, so those two
// only show that honest mail of that time never had them), and what the check costs per message
// against parsing the same message in the same run. The links themselves are found once per
// message for every check that reads them (src/content/links.ts), so they are found before the clock.
// Short links are looked for (in the links and, written bare, in the text) but not followed: the DNS
// server is one that refuses (offline), so the few the corpus has (tinyurl.com, in ham) fail at once.
// Each message's recipients are the addresses of its To: header (for LINK_PERSONAL_PAGE: 92 of the
// 250 hard-ham newsletters carry the reader's address in a link, on their own sites).
// `node --import tsx bench/links.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { messageLinks } from '../src/content/links.ts';
import { linksCheck, linksOptionsSchema } from '../src/pipeline/checks/links.ts';
import { corpusContext, corpusSets, cpuMs, parsedCorpusSet } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: { 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 200 } });
const cache = new Map<string, string>();
const store = { cache: { get: async (k: string) => cache.get(k) ?? null, set: async (k: string, v: string) => void cache.set(k, v) } } as never;
const options = linksOptionsSchema.parse({});
const SYMBOLS = linksCheck.symbols;
const examples = new Map<string, string[]>();

console.log(`| set | messages | ${SYMBOLS.join(' | ')} | check µs/msg | parse µs/msg | ratio to parse |`);
console.log(`|---|---|${SYMBOLS.map(() => '---').join('|')}|---|---|---|`);
for (const set of corpusSets()) {
  const { views, parseUs } = await parsedCorpusSet(set);
  for (const { view } of views) await messageLinks(view, options.maxLinks);
  const counts = new Map<string, number>();
  let us = 0;
  for (let pass = 0; pass < 3; pass++) {
    counts.clear();
    const t = cpuMs();
    for (const { raw, view } of views) {
      const ctx = corpusContext(raw, view, view.from);
      ctx.envelope.recipients = [...(view.headers.find((h) => h.key === 'to')?.value ?? '').matchAll(/[\w.+-]+@[\w.-]+\.\w+/g)].map((m) => m[0]);
      for (const hit of await linksCheck.run(ctx, { options, config, log, store, signal: new AbortController().signal })) {
        counts.set(hit.symbol, (counts.get(hit.symbol) ?? 0) + 1);
        if (pass === 0 && set.includes('ham')) examples.set(`${set} ${hit.symbol}`, [...(examples.get(`${set} ${hit.symbol}`) ?? []), hit.detail ?? ''].slice(0, 4));
      }
    }
    us = ((cpuMs() - t) * 1000) / views.length;
  }
  const cell = (s: string) => { const n = counts.get(s) ?? 0; return `${n} (${((100 * n) / views.length).toFixed(1)} %)`; };
  console.log(`| ${set} | ${views.length} | ${SYMBOLS.map(cell).join(' | ')} | ${us.toFixed(0)} | ${parseUs.toFixed(0)} | ${(us / parseUs).toFixed(2)} |`);
}
console.log('\nexamples on ham:');
for (const [k, v] of examples) console.log(`  ${k}: ${v.join('  |  ')}`);
