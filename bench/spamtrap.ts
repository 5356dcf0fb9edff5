// Spam traps on the SpamAssassin corpus: what SPAMTRAP_FUZZY would do, and what the check costs.
// The spam-1 set plays the mail the traps caught (its fingerprints are marked as the check marks
// them, in a real embedded store); then every other set is scored as mail to real users. Ham that
// matches is the false-positive risk (SPAMTRAP_FUZZY adds up to 8 points); spam-2, collected later,
// shows how much of a later period's spam repeats what the traps caught. The cost is the check's
// CPU per message (its store reads included) against parsing the same message in the same run;
// the fingerprint is the one the bulk check computes anyway, so it is computed before the clock.
// `node --import tsx bench/spamtrap.ts`
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { fingerprintView } from '../src/fuzzy/fingerprint.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { spamtrapCheck, spamtrapOptionsSchema } from '../src/pipeline/checks/spamtrap.ts';
import type { ParsedMessage } from '../src/pipeline/types.ts';
import { openStore } from '../src/store/index.ts';
import { corpusContext, corpusSets, cpuMs, parsedCorpusSet, readCorpusSet } from './corpus.ts';

const log = pino({ level: 'silent' });
const dir = mkdtempSync(join(tmpdir(), 'mm-bench-trap-'));
const config = loadConfig({ env: {}, overrides: { dataDir: dir } });
const store = await openStore(config, log);
const TRAP = 'old.sales@example.com';
const options = spamtrapOptionsSchema.parse({ addresses: [TRAP], learn: false });
const run = (raw: Buffer, view: ParsedMessage, recipients: string[], clientIp: string) => {
  const ctx = corpusContext(raw, view, view.from);
  ctx.envelope.recipients = recipients;
  ctx.session.clientIp = clientIp;
  return spamtrapCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal });
};

try {
  // the traps catch spam-1 from one address; the other sets come from another, unmarked one (the usual case)
  const trapped = await Promise.all(readCorpusSet('spam-1').map(async ({ raw }) => ({ raw, view: await parseMessage(raw) })));
  let marked = 0;
  for (const { raw, view } of trapped) if ((await run(raw, view, [TRAP], '192.0.2.1')).length) marked++;
  console.log(`trapped: spam-1, ${trapped.length} messages (${marked} hit SPAMTRAP; ${trapped.filter((t) => fingerprintView(t.view).length).length} long enough to fingerprint)\n`);
  console.log('| set | messages | SPAMTRAP_FUZZY | share | check µs/msg | parse µs/msg | ratio to parse |');
  console.log('|---|---|---|---|---|---|---|');
  for (const set of corpusSets().filter((s) => s !== 'spam-1')) {
    const { views, parseUs } = await parsedCorpusSet(set);
    for (const { view } of views) fingerprintView(view);
    let fuzzy = 0, us = 0;
    for (let pass = 0; pass < 3; pass++) {
      fuzzy = 0;
      const t = cpuMs();
      for (const { raw, view } of views) if ((await run(raw, view, ['bob@example.com'], '198.51.100.1')).some((h) => h.symbol === 'SPAMTRAP_FUZZY')) fuzzy++;
      us = ((cpuMs() - t) * 1000) / views.length;
    }
    console.log(`| ${set} | ${views.length} | ${fuzzy} | ${((100 * fuzzy) / views.length).toFixed(1)} % | ${us.toFixed(0)} | ${parseUs.toFixed(0)} | ${(us / parseUs).toFixed(2)} |`);
  }
} finally {
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
