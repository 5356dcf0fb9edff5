// The phishing check on the SpamAssassin corpus: how often PHISHING_LINK, PHISHING_FORM, LINK_LOOKALIKE_LOCAL, REPLYTO_LOOKALIKE and
// REPLYTO_FREEMAIL, MEETING_LINK_ELSEWHERE and LINK_FILE_AS_PAGE fire on ham (false positives) and on spam, through the check itself with an empty embedded store
// (nobody has written to anyone), and the CPU it costs per message. Ham hits are listed on stderr.
// Our domains are the corpus owner's (jmason.org, taint.org: the recipients' domains) and example.com.
// `node --import tsx bench/phishing.ts`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { messageLinks } from '../src/content/links.ts';
import { phishingCheck, phishingOptionsSchema } from '../src/pipeline/checks/phishing.ts';
import { corpusContext, corpusSets, readCorpusSet } from './corpus.ts';
import { openStore } from '../src/store/index.ts';

const pct = (n: number, of: number): string => `${n} (${((n / of) * 100).toFixed(1)} %)`;
const log = pino({ level: 'silent' });
const storeDir = mkdtempSync(join(tmpdir(), 'mm-bench-phish-'));
const config = loadConfig({ env: {}, overrides: { dataDir: storeDir, 'smtp.localDomains': ['example.com', 'jmason.org', 'taint.org'] } });
const store = await openStore(config, log);
const options = phishingOptionsSchema.parse({});

console.log('| set | messages | with HTML | PHISHING_LINK | PHISHING_FORM | LINK_LOOKALIKE_LOCAL | REPLYTO_LOOKALIKE | REPLYTO_FREEMAIL | MEETING_LINK_ELSEWHERE | LINK_FILE_AS_PAGE |');
console.log('|---|---|---|---|---|---|---|---|---|---|');
let checked = 0, checkNs = 0n, warmNs = 0n;
for (const set of corpusSets()) {
  let n = 0, html = 0;
  const fired = { PHISHING_LINK: 0, PHISHING_FORM: 0, LINK_LOOKALIKE_LOCAL: 0, REPLYTO_LOOKALIKE: 0, REPLYTO_FREEMAIL: 0, MEETING_LINK_ELSEWHERE: 0, LINK_FILE_AS_PAGE: 0 };
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    n++;
    if (view.html) html++;
    const ctx = corpusContext(raw, view);
    const t = process.hrtime.bigint();
    const hits = await phishingCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal });
    checkNs += process.hrtime.bigint() - t;
    checked++;
    // again on a copy of the view whose links another check (uribl, scripts) has already read
    const again = { ...view };
    await messageLinks(again, 200);
    const t2 = process.hrtime.bigint();
    await phishingCheck.run({ ...ctx, parsed: async () => again }, { options, config, store, log, signal: new AbortController().signal });
    warmNs += process.hrtime.bigint() - t2;
    for (const hit of hits) {
      fired[hit.symbol as keyof typeof fired]++;
      if (set.includes('ham')) console.error(`  ${file}: ${hit.symbol} ${hit.detail}`);
    }
  }
  console.log(`| ${set} | ${n} | ${html} | ${pct(fired.PHISHING_LINK, n)} | ${pct(fired.PHISHING_FORM, n)} | ${pct(fired.LINK_LOOKALIKE_LOCAL, n)} | ${pct(fired.REPLYTO_LOOKALIKE, n)} | ${pct(fired.REPLYTO_FREEMAIL, n)} | ${pct(fired.MEETING_LINK_ELSEWHERE, n)} | ${pct(fired.LINK_FILE_AS_PAGE, n)} |`);
}
console.log(`\nthe check: ${(Number(checkNs) / 1000 / checked).toFixed(0)} µs per message as the first to read its links and visible text, ${(Number(warmNs) / 1000 / checked).toFixed(0)} µs after another check read them (${checked} messages, parsing not counted)`);
await store.close();
rmSync(storeDir, { recursive: true, force: true });
