// The gift-card check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name gift cards, ask for codes or pictures to be sent, both, and the
// check's hits. The corpus carries no authentication results, so every sender counts as
// unauthenticated: the check's worst case. The time is the check's alone on parsed messages (three
// passes, the last counts). Both signs are listed on stderr.
// `node --import tsx bench/gift-card.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { readerTexts } from '../src/content/document-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { giftCardCheck, giftCardOptionsSchema, giftCardSigns } from '../src/pipeline/checks/gift-card.ts';
import { corpusSets, readCorpusSet, runCheckOnSet, type CorpusMessage } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const options = giftCardOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof giftCardCheck.run>[1]['store']; // the check keeps nothing

console.log('| set | messages | names gift cards | asks for codes or pictures | both | GIFT_CARD_REQUEST | µs per message (mean) |');
console.log('|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let cards = 0, codes = 0, both = 0;
  const messages: CorpusMessage[] = [];
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    messages.push({ file, raw, view });
    const signs = giftCardSigns(await readerTexts(view));
    if (signs.cards) cards++;
    if (signs.codes) codes++;
    if (signs.cards && signs.codes) { both++; console.error(`  ${file}: "${signs.cards}" + "${signs.codes}"`); }
  }
  const { fired, us } = await runCheckOnSet(messages, (ctx) => giftCardCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal }));
  console.log(`| ${set} | ${messages.length} | ${cards} | ${codes} | ${both} | ${fired} | ${us.toFixed(0)} |`);
}
