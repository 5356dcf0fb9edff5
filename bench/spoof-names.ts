// From names on the SpamAssassin corpus: how often ham and spam show another organisation's
// address as the name (SPOOF_DISPLAY_NAME, i.e. its false positives on ham), and how many are a
// person's full name (what IMPERSONATE_LOCAL_NAME can learn from outgoing mail), and how often the
// name shows the recipient's own domain as a word (SPOOF_DISPLAY_LOCAL_DOMAIN, the To: domains taken
// as ours; the mailing lists' posts, with List-Id, left out as the check leaves them out).
// `node --import tsx bench/spoof-names.ts`
import { addressList, addressParts, personNameKey } from '../src/mail/address.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { foreignAddressInName, localDomainInName } from '../src/pipeline/checks/spoofing.ts';
import { corpusSets, readCorpusSet } from './corpus.ts';

const pct = (n: number, of: number): string => `${((n / of) * 100).toFixed(1)} %`;

console.log('| set | messages | SPOOF_DISPLAY_NAME | SPOOF_DISPLAY_LOCAL_DOMAIN | person name in From |');
console.log('|---|---|---|---|---|');
for (const set of corpusSets()) {
  let n = 0, shown = 0, ours = 0, person = 0;
  const examples: string[] = [];
  for (const { raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
    n++;
    if (personNameKey(from.name)) person++;
    if (foreignAddressInName(from)) { shown++; if (set.includes('ham')) examples.push(`${from.name} <${from.address}>`); }
    const header = (k: string): string | undefined => view.headers.find((h) => h.key === k)?.value;
    const recipientDomains = addressList(header('to') ?? '').map((a) => a.domain).filter((d) => d && d !== from.domain);
    if (header('list-id') === undefined && localDomainInName(from.name, recipientDomains)) { ours++; if (set.includes('ham')) examples.push(`(our domain) ${from.name} <${from.address}>`); }
  }
  console.log(`| ${set} | ${n} | ${shown} (${pct(shown, n)}) | ${ours} (${pct(ours, n)}) | ${pct(person, n)} |`);
  for (const e of examples) console.error(`  ${set} ham with SPOOF_DISPLAY_NAME: ${e}`);
}
