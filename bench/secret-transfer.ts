// The secret-transfer check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages ask for secrecy from others, ask for money (a sum to pay or transfer,
// or an IBAN), both, and the check's hits. The corpus carries no authentication results, so every
// sender counts as unauthenticated: the check's worst case. The time is the check's alone on
// parsed messages (three passes, the last counts). Hits are listed on stderr.
// `node --import tsx bench/secret-transfer.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { readerTexts } from '../src/content/document-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { secretTransferCheck, secretTransferOptionsSchema, secretTransferSigns } from '../src/pipeline/checks/secret-transfer.ts';
import { corpusSets, readCorpusSet, runCheckOnSet, type CorpusMessage } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const options = secretTransferOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof secretTransferCheck.run>[1]['store']; // the check keeps nothing

console.log('| set | messages | asks for secrecy | asks for money | both | SECRET_TRANSFER_REQUEST | µs per message (mean) |');
console.log('|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let secrecy = 0, money = 0, both = 0;
  const messages: CorpusMessage[] = [];
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    messages.push({ file, raw, view });
    const signs = secretTransferSigns(await readerTexts(view));
    if (signs.secrecy) { secrecy++; console.error(`  ${file}: secrecy "${signs.secrecy}"`); }
    if (signs.money) money++;
    if (signs.secrecy && signs.money) both++;
  }
  const { fired, us } = await runCheckOnSet(messages, (ctx) => secretTransferCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal }));
  console.log(`| ${set} | ${messages.length} | ${secrecy} | ${money} | ${both} | ${fired} | ${us.toFixed(0)} |`);
}
