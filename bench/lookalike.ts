// Look-alike sender domains (LOOKALIKE_CORRESPONDENT, LOOKALIKE_LOCAL_DOMAIN): how often an honest
// sender's domain happens to look like one of a company's correspondents, how many made-up
// imitations are caught, and what the index costs. Through the spoofing check itself, on the real
// embedded store.
//
// The correspondents are real domains: every registrable domain named in a URL or an address in
// the documentation installed on this machine (/usr/share/doc and node_modules, not the spam
// corpus), plus the sender domains of the SpamAssassin corpus's training ham. Each is recorded as
// written to three times (lookalikeMinCount). Then:
//   - the test ham of the corpus (easy-ham-2 and every other hard-ham-1 message) arrives: every
//     hit is a false positive, listed on stderr;
//   - domains of the same pool that were left out of the correspondents arrive (honest strangers);
//   - made-up imitations of correspondents arrive (one or two slips, a word hyphenated, the domain
//     inside another): how many are caught.
// `node --import tsx bench/lookalike.ts`
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parse } from 'tldts';
import { loadConfig } from '../src/config.ts';
import { linkDomainOf } from '../src/content/links.ts';
import { addressParts } from '../src/mail/address.ts';
import { LookalikeIndex } from '../src/content/lookalike.ts';
import { correspondentIndex, spoofingCheck, spoofingOptionsSchema } from '../src/pipeline/checks/spoofing.ts';
import { knownSenderOptionsSchema } from '../src/pipeline/checks/known-sender.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { CORPUS_PACKAGE, corpusContext, readCorpusSet } from './corpus.ts';
import { openStore } from '../src/store/index.ts';

const log = pino({ level: 'silent' });
const pct = (n: number, of: number): string => `${n} of ${of} (${((n / Math.max(of, 1)) * 100).toFixed(2)} %)`;

// ---- the pool of real domains ----
const pool = new Set<string>();
const DOMAIN_IN_TEXT = /\bhttps?:\/\/([a-z0-9.-]+\.[a-z]{2,})|\b[a-z0-9._-]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi;
function walk(dir: string, depth: number): void {
  let entries: string[] = [];
  try { entries = readdirSync(dir); } catch { return; }
  for (const e of entries) {
    const p = join(dir, e);
    if (p === CORPUS_PACKAGE) continue;
    let st;
    try { st = statSync(p); } catch { continue; }
    if (st.isDirectory()) { if (depth < 12) walk(p, depth + 1); continue; }
    if (st.size > 2_000_000 || !/(\.(md|txt|html|json)|copyright|README|changelog)$/i.test(e)) continue;
    for (const m of readFileSync(p, 'latin1').matchAll(DOMAIN_IN_TEXT)) {
      const d = linkDomainOf(m[1] ?? m[2]!);
      // "example.*" and "*.test" are documentation's placeholders, not organisations; "1.x" is a version
      if (d && parse(d).isIcann && !/^example\./.test(d)) pool.add(d);
    }
  }
}
walk('/usr/share/doc', 0);
walk(join(process.cwd(), 'node_modules'), 0);

// ---- the corpus ----
const hard = readCorpusSet('hard-ham-1');
const trainHam = [...readCorpusSet('easy-ham-1'), ...hard.filter((_, i) => i % 2 === 0)];
const testHam = [...readCorpusSet('easy-ham-2'), ...hard.filter((_, i) => i % 2 === 1)];
const testSpam = readCorpusSet('spam-2');
const fromDomain = (raw: Buffer): string => {
  const head = raw.subarray(0, Math.max(0, raw.indexOf('\n\n'))).toString('latin1').replace(/\r?\n[ \t]+/g, ' ');
  return addressParts(/^from:(.*)$/im.exec(head)?.[1] ?? '').domain;
};
const known = knownSenderOptionsSchema.parse({});
const freemail = new Set(known.noDomainBonus);
const corpusSenders = new Set(trainHam.map((m) => linkDomainOf(fromDomain(m.raw)) ?? '').filter((d) => d && !freemail.has(d)));

// one in ten pool domains stays out: the honest strangers
const poolList = [...pool].sort();
const strangers = poolList.filter((_, i) => i % 10 === 0);
const correspondents = [...new Set([...poolList.filter((_, i) => i % 10 !== 0), ...corpusSenders])].filter((d) => !freemail.has(d));

// the index's size, measured before anything else is kept: these correspondents, and a larger
// company's 20 000 (the pool's domains, then the same with a letter in front)
const many: string[] = [];
for (let k = 0; many.length < 20_000; k++) for (const d of poolList) if (many.length < 20_000) many.push(k ? `${'abcdefghij'[k % 10]}${d}` : d);
const mem = (): number => { globalThis.gc?.(); globalThis.gc?.(); return process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers; };
const sized = (domains: string[]): { ms: number; mb: number; index: LookalikeIndex } => {
  const m0 = mem(), t0 = process.hrtime.bigint();
  const index = new LookalikeIndex(domains);
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  return { ms, mb: (mem() - m0) / 2 ** 20, index };
};
const small = sized(correspondents), big = sized(many);
let t = process.hrtime.bigint();
for (let i = 0; i < 20_000; i++) big.index.find(`x${many[i]}`);
const bigLookupUs = Number(process.hrtime.bigint() - t) / 1e3 / 20_000;
const sizes = `${correspondents.length} domains ${small.ms.toFixed(0)} ms to build, ${small.mb.toFixed(1)} MB; 20 000 domains ${big.ms.toFixed(0)} ms, ${big.mb.toFixed(1)} MB, a lookup ${bigLookupUs.toFixed(1)} µs (heap and typed arrays${globalThis.gc ? '' : '; run with --expose-gc for steady figures'})`;

const storeDir = mkdtempSync(join(tmpdir(), 'mm-bench-lookalike-'));
const config = loadConfig({ env: {}, overrides: { dataDir: storeDir, 'smtp.localDomains': ['example.com'] } });
const store = await openStore(config, log);
const now = Date.now();
for (const d of correspondents) await store.known.record('buyer@example.com', [`a@${d}`, `b@${d}`, `c@${d}`], now);

const options = spoofingOptionsSchema.parse({});
t = process.hrtime.bigint();
const index = await correspondentIndex(store, known, options.lookalikeMinCount, 0);
const buildMs = Number(process.hrtime.bigint() - t) / 1e6;

let checkNs = 0n, checks = 0;
async function symbolsFor(raw: Buffer, mailFrom = ''): Promise<Array<{ symbol: string; detail?: string }>> {
  const ctx = corpusContext(raw, await parseMessage(raw), mailFrom);
  const t0 = process.hrtime.bigint();
  const hits = await spoofingCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal });
  checkNs += process.hrtime.bigint() - t0;
  checks++;
  return hits.filter((h) => h.symbol.startsWith('LOOKALIKE_'));
}
const message = (from: string): Buffer => Buffer.from(`From: ${from}\r\nSubject: x\r\n\r\nbody\r\n`);

const count = async (label: string, raws: Array<{ file: string; raw: Buffer }>, listHits: boolean): Promise<number> => {
  let n = 0;
  for (const m of raws) {
    const hits = await symbolsFor(m.raw);
    if (!hits.length) continue;
    n++;
    if (listHits) console.error(`  ${label} ${m.file}: ${hits.map((h) => `${h.symbol} ${h.detail}`).join('; ')}`);
  }
  return n;
};

console.log(`correspondents: ${correspondents.length} domains (${pool.size} found in this machine's documentation, ${corpusSenders.size} senders of the corpus's training ham); read from the store and indexed in ${buildMs.toFixed(0)} ms`);
console.log(`index size: ${sizes}`);
console.log('');
console.log('| mail | look-alike hits |');
console.log('|---|---|');
console.log(`| corpus test ham (easy-ham-2, hard-ham-1 test half) | ${pct(await count('ham', testHam, true), testHam.length)} |`);
console.log(`| corpus spam-2 | ${pct(await count('spam', testSpam, false), testSpam.length)} |`);
const strangerHits = await count('stranger', strangers.map((d) => ({ file: d, raw: message(`someone@${d}`) })), true);
console.log(`| honest strangers: pool domains not among the correspondents | ${pct(strangerHits, strangers.length)} |`);

// made-up imitations: deterministic edits of correspondents' names
let seed = 7;
const rand = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
const kinds: Record<string, (name: string, suffix: string, site: string) => string> = {
  'one slip': (n, s) => { const i = 1 + rand(n.length - 1); return `${n.slice(0, i)}${n[i] === 'x' ? 'y' : 'x'}${n.slice(i + 1)}.${s}`; },
  'two letters swapped': (n, s) => { const i = rand(n.length - 1); return `${n.slice(0, i)}${n[i + 1]}${n[i]}${n.slice(i + 2)}.${s}`; },
  'a doubled letter': (n, s) => { const i = rand(n.length); return `${n.slice(0, i + 1)}${n[i]}${n.slice(i + 1)}.${s}`; },
  'a word hyphenated': (n, s) => `${n}-invoice.${s}`,
  'the domain inside another': (_n, _s, site) => `${site}.secure-payment.net`,
};
console.log('');
console.log('| made-up imitation of a correspondent (names of 5+ letters, not themselves correspondents) | caught |');
console.log('|---|---|');
for (const [kind, make] of Object.entries(kinds)) {
  let tried = 0, caught = 0;
  for (const site of correspondents.filter((_, i) => i % 20 === 0)) {
    const dot = site.indexOf('.');
    const name = site.slice(0, dot), suffix = site.slice(dot + 1);
    if (name.length < 5 || !/^[a-z-]+$/.test(name)) continue;
    const host = make(name, suffix, site);
    if (index.has(host)) continue; // happens to be a real correspondent
    tried++;
    if ((await symbolsFor(message(`billing@${host}`))).length) caught++;
  }
  console.log(`| ${kind} | ${pct(caught, tried)} |`);
}
t = process.hrtime.bigint();
let found = 0;
for (let i = 0; i < 20_000; i++) if (index.find(`${strangers[i % strangers.length]}`)) found++;
const findUs = Number(process.hrtime.bigint() - t) / 1e3 / 20_000;
console.log('');
console.log(`the check: ${(Number(checkNs) / 1e3 / checks).toFixed(0)} µs per message (${checks} messages, parsing not counted); the index's lookup alone: ${findUs.toFixed(1)} µs`);

await store.close();
rmSync(storeDir, { recursive: true, force: true });
