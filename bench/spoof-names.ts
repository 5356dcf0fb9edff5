// From names on the SpamAssassin corpus: how often ham and spam show another organisation's
// address as the name (SPOOF_DISPLAY_NAME, i.e. its false positives on ham), and how many are a
// person's full name (what IMPERSONATE_LOCAL_NAME can learn from outgoing mail).
// `node --import tsx bench/spoof-names.ts`
import { addressParts, personNameKey } from '../src/mail/address.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { foreignAddressInName } from '../src/pipeline/checks/spoofing.ts';
import { corpusSets, readCorpusSet } from './corpus.ts';

const pct = (n: number, of: number): string => `${((n / of) * 100).toFixed(1)} %`;

console.log('| set | messages | SPOOF_DISPLAY_NAME | person name in From |');
console.log('|---|---|---|---|');
for (const set of corpusSets()) {
  let n = 0, shown = 0, person = 0;
  const examples: string[] = [];
  for (const { raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
    n++;
    if (personNameKey(from.name)) person++;
    if (foreignAddressInName(from)) { shown++; if (set.includes('ham')) examples.push(`${from.name} <${from.address}>`); }
  }
  console.log(`| ${set} | ${n} | ${shown} (${pct(shown, n)}) | ${pct(person, n)} |`);
  for (const e of examples) console.error(`  ${set} ham with SPOOF_DISPLAY_NAME: ${e}`);
}
