// The advance-fee check on the SpamAssassin corpus (2002–2003: the "Nigerian" letters of that time
// are in its spam; a ham hit is a false positive). Per set: how many messages promise a windfall,
// name a sum, ask for an ID, data, an account or a fee, all three, and the check's hits. The corpus
// carries no authentication results, so every sender counts as unauthenticated: the check's worst
// case. The time is the check's alone on parsed messages (three passes, the last counts); it looks
// for the phrases only in a message that names a large sum. Hits are listed on stderr.
// `node --import tsx bench/advance-fee.ts`
import { advanceFeeCheck, advanceFeeSigns } from '../src/pipeline/checks/advance-fee.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: advanceFeeCheck,
  columns: [['windfall', 'promises a windfall'], ['sum', 'names a large sum'], ['request', 'asks for an ID, data, an account or a fee']],
  allHeading: 'all three',
  signs: advanceFeeSigns,
});
