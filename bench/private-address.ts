// The private-address check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive;
// list posts of the time often came from home addresses). Per set: how many messages say they were
// written from a private address or want answers at this one only, and the check's hits. The corpus
// carries no authentication results, so every sender counts as unauthenticated: the check's worst
// case. The time is the check's alone on parsed messages (three passes, the last counts). The phrases
// found are listed on stderr.
// `node --import tsx bench/private-address.ts`
import { privateAddressCheck, privateAddressSigns } from '../src/pipeline/checks/private-address.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: privateAddressCheck,
  columns: [['fromPrivate', 'writes from a private address'], ['answerHere', 'answers at this one only']],
  allHeading: 'both',
  signs: privateAddressSigns,
  list: (s) => (s.fromPrivate || s.answerHere ? [s.fromPrivate, s.answerHere].filter(Boolean).map((p) => `"${p}"`).join(' / ') : null),
});
