// The charity-scam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages ask for donations, name where money is to go (an IBAN, a wallet,
// Bizum or BLIK), both, and the check's hits. The corpus carries no authentication results, so
// every sender counts as unauthenticated: the check's worst case. The time is the check's alone on
// parsed messages (three passes, the last counts). The messages with both are listed on stderr.
// `node --import tsx bench/charity-scam.ts`
import { charityScamCheck, charityScamSigns } from '../src/pipeline/checks/charity-scam.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: charityScamCheck,
  columns: [['donate', 'asks for donations'], ['to', 'names where money goes']],
  allHeading: 'both',
  signs: charityScamSigns,
  list: (s) => (s.donate && s.to ? `"${s.donate}" + ${s.to}` : null),
});
