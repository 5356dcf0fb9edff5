// The callback-phishing check on the SpamAssassin corpus (2002–2003, before callback phishing: a
// ham hit is a false positive, a spam hit a scam of that era with the same form). Per set: how many
// messages name one of the default brands, a toll-free number, a sum of money, all three, a sum
// and a number to call to undo it, and the check's hits. The corpus carries no authentication results, so every sender counts
// as unauthenticated: the check's worst case. Hits are listed on stderr.
// `node --import tsx bench/callback-phishing.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { textWithInvitations } from '../src/fuzzy/fingerprint.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { callbackPhishingCheck, callbackPhishingOptionsSchema, callbackSigns } from '../src/pipeline/checks/callback-phishing.ts';
import { corpusContext, corpusSets, readCorpusSet } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const options = callbackPhishingOptionsSchema.parse({});
const store = undefined as unknown as Parameters<typeof callbackPhishingCheck.run>[1]['store']; // the check keeps nothing

console.log('| set | messages | names a brand | a toll-free number (or, for a brand, a number abroad after an offer to undo the charge) | a sum of money | all three | a sum and a number to call to undo it | CALLBACK_PHISHING | µs per message (mean) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let n = 0, brand = 0, phone = 0, sum = 0, all = 0, undo = 0, fired = 0, us = 0;
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    n++;
    const signs = callbackSigns([{ where: '', text: textWithInvitations(view) }], options.brands);
    if (signs.brand) brand++;
    if (signs.phone) phone++;
    if (signs.sum) sum++;
    if (signs.brand && signs.phone && signs.sum) all++;
    if (signs.callToUndo) { undo++; console.error(`  ${file}: call ${signs.callToUndo} to undo ${signs.sum}`); }
    const t = performance.now();
    const hits = await callbackPhishingCheck.run(corpusContext(raw, view), { options, config, store, log, signal: new AbortController().signal });
    us += (performance.now() - t) * 1000;
    for (const h of hits) {
      fired++;
      console.error(`  ${file}: ${h.detail}`);
    }
  }
  console.log(`| ${set} | ${n} | ${brand} | ${phone} | ${sum} | ${all} | ${undo} | ${fired} | ${(us / Math.max(1, n)).toFixed(0)} |`);
}
