// The brand-impersonation check on the SpamAssassin corpus (2002–2003). Per set: how many messages
// sign with one of the default brands in the From display name, and the check's hits. The corpus
// carries no authentication results, so every sender counts as unauthenticated: the check's worst
// case (a brand's real newsletter from a domain not on its list counts). Hits are listed on stderr.
// `node --import tsx bench/brand-impersonation.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { addressParts } from '../src/mail/address.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { brandImpersonationCheck, brandImpersonationOptionsSchema, brandOfName } from '../src/pipeline/checks/brand-impersonation.ts';
import { corpusContext, corpusSets, readCorpusSet } from './corpus.ts';

const log = pino({ level: 'silent' });
// offline, as bench/links.ts: a short link's lookup fails at once (the corpus's shorteners are long gone)
const config = loadConfig({ env: {}, overrides: { 'smtp.localDomains': ['example.com'], 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 200 } });
const options = brandImpersonationOptionsSchema.parse({});
// the check keeps nothing; short links' answers are cached for the run
const cache = new Map<string, string>();
const store = { cache: { get: async (k: string) => cache.get(k) ?? null, set: async (k: string, v: string) => void cache.set(k, v) } } as never;

console.log(`| set | messages | signs with a brand | ${brandImpersonationCheck.symbols.join(' | ')} | µs per message (mean) |`);
console.log(`|---|---|---|${brandImpersonationCheck.symbols.map(() => '---').join('|')}|---|`);
for (const set of corpusSets()) {
  let n = 0, named = 0, us = 0;
  const counts = new Map(brandImpersonationCheck.symbols.map((s) => [s, 0]));
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    n++;
    if (brandOfName(addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '').name, options.brands)) named++;
    const t = performance.now();
    const hits = await brandImpersonationCheck.run(corpusContext(raw, view), { options, config, store, log, signal: new AbortController().signal });
    us += (performance.now() - t) * 1000;
    for (const h of hits) {
      counts.set(h.symbol, (counts.get(h.symbol) ?? 0) + 1);
      console.error(`  ${file}: ${h.symbol}: ${h.detail}`);
    }
  }
  console.log(`| ${set} | ${n} | ${named} | ${[...counts.values()].join(' | ')} | ${(us / Math.max(1, n)).toFixed(0)} |`);
}
