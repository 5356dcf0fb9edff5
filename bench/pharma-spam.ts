// The pharma-spam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name a prescription-only drug spam sells, say no prescription is
// needed, both, and the check's hits. The corpus carries no authentication results, so every
// sender counts as unauthenticated: the check's worst case. The time is the check's alone on
// parsed messages (three passes, the last counts). The messages with both are listed on stderr.
// `node --import tsx bench/pharma-spam.ts`
import { pharmaSigns, pharmaSpamCheck } from '../src/pipeline/checks/pharma-spam.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: pharmaSpamCheck,
  columns: [['drug', 'names a drug'], ['noPrescription', 'no prescription']],
  allHeading: 'both',
  signs: pharmaSigns,
  list: (s) => (s.drug && s.noPrescription ? `"${s.drug}" + "${s.noPrescription}"` : null),
});
