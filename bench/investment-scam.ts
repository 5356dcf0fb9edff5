// The investment-scam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name a sum earned per day or week, a starting capital or minimum
// deposit, both, and the check's hits. The time is the check's alone on parsed messages (three
// passes, the last counts). Hits are listed on stderr.
// `node --import tsx bench/investment-scam.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { readerTexts } from '../src/content/document-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { investmentScamCheck, investmentScamOptionsSchema, investmentPitch } from '../src/pipeline/checks/investment-scam.ts';
import { corpusSets, readCorpusSet, runCheckOnSet, type CorpusMessage } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const options = investmentScamOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof investmentScamCheck.run>[1]['store']; // the check keeps nothing

console.log('| set | messages | a sum per day or week | a starting capital | both | INVESTMENT_SCAM | µs per message (mean) |');
console.log('|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let perDay = 0, capital = 0, both = 0;
  const messages: CorpusMessage[] = [];
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    messages.push({ file, raw, view });
    const signs = investmentPitch(await readerTexts(view));
    if (signs.perDay) { perDay++; console.error(`  ${file}: per day "${signs.perDay}"`); }
    if (signs.capital) { capital++; console.error(`  ${file}: capital "${signs.capital}"`); }
    if (signs.perDay && signs.capital) both++;
  }
  const { fired, us } = await runCheckOnSet(messages, (ctx) => investmentScamCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal }));
  console.log(`| ${set} | ${messages.length} | ${perDay} | ${capital} | ${both} | ${fired} | ${us.toFixed(0)} |`);
}
