// What recording a message's bulk fingerprints costs in the embedded store as a campaign grows:
// the time of `fuzzy.observe` (8 band hashes, as the bulk check gives) per message, by copies
// seen so far, in two shapes of bulk mail:
//   botnet: every copy from another IP (2000) and sender domain (300), to one of 700 mailboxes
//   newsletter: one sender IP and domain, 20 of 700 mailboxes per message (one call for all)
//   unique: every message another text (most mail: each seen once), from 2000 IPs to 700 mailboxes
//   node --import tsx bench/bulk-store.ts [--copies N]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { openEmbeddedStore } from '../src/store/embedded/index.ts';
import type { FuzzyObservation } from '../src/store/types.ts';

const { values: args } = parseArgs({ options: { copies: { type: 'string', default: '40000' } } });
const COPIES = Number(args.copies);
const MARKS = [1000, 10_000, 20_000, 40_000, 100_000].filter((m) => m <= COPIES);
const HASHES = Array.from({ length: 8 }, (_, i) => `band${i}-3f2a9c41d7e8b605`);
const WINDOW_S = 86_400;

const botnet = (n: number): FuzzyObservation => ({ ip: `198.51.${(n >> 8) % 8}.${n % 250}`, senderDomain: `d${n % 300}.example`, recipients: [`user${n % 700}@corp.example`] });
const shapes: Record<string, (n: number) => { obs: FuzzyObservation; hashes: string[] }> = {
  botnet: (n) => ({ obs: botnet(n), hashes: HASHES }),
  newsletter: (n) => ({ obs: { ip: '203.0.113.7', senderDomain: 'news.example', recipients: Array.from({ length: 20 }, (_, i) => `user${(n * 20 + i) % 700}@corp.example`) }, hashes: HASHES }),
  unique: (n) => ({ obs: { ...botnet(n), senderDomain: `d${n % 3000}.example` }, hashes: HASHES.map((h) => `${h}-${n}`) }),
};

console.log(`| shape | ${MARKS.map((m) => `µs per message, copies ${m - Math.min(m, 1000) + 1}–${m}`).join(' | ')} |`);
console.log(`|---|${MARKS.map(() => '---').join('|')}|`);
for (const [name, shape] of Object.entries(shapes)) {
  const dir = mkdtempSync(join(tmpdir(), 'mm-bulk-bench-'));
  const store = await openEmbeddedStore(dir, pino({ level: 'silent' }));
  const start = Date.now();
  const cells: string[] = [];
  let t = process.hrtime.bigint();
  for (let n = 1; n <= COPIES; n++) {
    // the last 1000 copies before each mark are timed
    if (MARKS.includes(n + 999)) t = process.hrtime.bigint();
    // one copy every 2 s: 40,000 copies span the day's window
    const { obs, hashes } = shape(n);
    await store.fuzzy.observe(hashes, obs, start + n * 2000, WINDOW_S);
    if (MARKS.includes(n)) cells.push((Number(process.hrtime.bigint() - t) / 1000 / 1000).toFixed(0));
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
