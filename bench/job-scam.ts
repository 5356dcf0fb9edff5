// The job-scam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages offer work, name a pay per day or hour, name a messenger, all three,
// and the check's hits. The corpus carries no authentication results, so every sender counts as
// unauthenticated: the check's worst case. The time is the check's alone on parsed messages (three
// passes, the last counts). The pay found and the messages with all three are listed on stderr.
// `node --import tsx bench/job-scam.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { readerTexts } from '../src/content/document-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { jobScamCheck, jobScamOptionsSchema, jobScamSigns } from '../src/pipeline/checks/job-scam.ts';
import { corpusSets, readCorpusSet, runCheckOnSet, type CorpusMessage } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const options = jobScamOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof jobScamCheck.run>[1]['store']; // the check keeps nothing

console.log('| set | messages | offers work | a pay per day or hour | a messenger | all three | JOB_SCAM | µs per message (mean) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let work = 0, pay = 0, messenger = 0, all = 0;
  const messages: CorpusMessage[] = [];
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    messages.push({ file, raw, view });
    const signs = jobScamSigns(await readerTexts(view));
    if (signs.work) work++;
    if (signs.pay) { pay++; console.error(`  ${file}: pay "${signs.pay}"`); }
    if (signs.messenger) messenger++;
    if (signs.work && signs.pay && signs.messenger) { all++; console.error(`  ${file}: "${signs.work}" + "${signs.pay}" + "${signs.messenger}"`); }
  }
  const { fired, us } = await runCheckOnSet(messages, (ctx) => jobScamCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal }));
  console.log(`| ${set} | ${messages.length} | ${work} | ${pay} | ${messenger} | ${all} | ${fired} | ${us.toFixed(0)} |`);
}
