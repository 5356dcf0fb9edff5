// The advance-fee check on the SpamAssassin corpus (2002–2003: the "Nigerian" letters of that time
// are in its spam; a ham hit is a false positive). Per set: how many messages promise a windfall,
// name a sum, ask for an ID, data, an account or a fee, all three, and the check's hits. The corpus
// carries no authentication results, so every sender counts as unauthenticated: the check's worst
// case. The time is the check's alone on parsed messages (three passes, the last counts); it looks
// for the phrases only in a message that names a large sum. Hits are listed on stderr.
// `node --import tsx bench/advance-fee.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { readerTexts } from '../src/content/document-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { advanceFeeCheck, advanceFeeOptionsSchema, advanceFeeSigns } from '../src/pipeline/checks/advance-fee.ts';
import { corpusSets, readCorpusSet, runCheckOnSet, type CorpusMessage } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const options = advanceFeeOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof advanceFeeCheck.run>[1]['store']; // the check keeps nothing

console.log('| set | messages | promises a windfall | names a large sum | asks for an ID, data, an account or a fee | all three | ADVANCE_FEE_FRAUD | µs per message (mean) |');
console.log('|---|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let windfall = 0, sum = 0, request = 0, all = 0;
  const messages: CorpusMessage[] = [];
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    messages.push({ file, raw, view });
    const signs = advanceFeeSigns(await readerTexts(view));
    if (signs.windfall) windfall++;
    if (signs.sum) sum++;
    if (signs.request) request++;
    if (signs.windfall && signs.sum && signs.request) all++;
  }
  const { fired, us } = await runCheckOnSet(messages, (ctx) => advanceFeeCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal }));
  console.log(`| ${set} | ${messages.length} | ${windfall} | ${sum} | ${request} | ${all} | ${fired} | ${us.toFixed(0)} |`);
}
