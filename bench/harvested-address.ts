// The harvested-address check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages say the reader's address came from lists or public sources, and the
// check's hits. The corpus carries no authentication results, so every sender counts as
// unauthenticated: the check's worst case. The time is the check's alone on parsed messages (three
// passes, the last counts). The messages that say it are listed on stderr.
// `node --import tsx bench/harvested-address.ts`
import { harvestedAddressCheck, harvestedSigns } from '../src/pipeline/checks/harvested-address.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: harvestedAddressCheck,
  columns: [['harvested', 'address from lists or public sources']],
  allHeading: 'said',
  signs: harvestedSigns,
  list: (s) => (s.harvested ? `"${s.harvested}"` : null),
});
