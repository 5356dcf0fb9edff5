// The secret-transfer check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages ask for secrecy from others, ask for money (a sum to pay or transfer,
// or an IBAN), both, and the check's hits. The corpus carries no authentication results, so every
// sender counts as unauthenticated: the check's worst case. The time is the check's alone on
// parsed messages (three passes, the last counts). Hits are listed on stderr.
// `node --import tsx bench/secret-transfer.ts`
import { secretTransferCheck, secretTransferSigns } from '../src/pipeline/checks/secret-transfer.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: secretTransferCheck,
  columns: [['secrecy', 'asks for secrecy'], ['money', 'asks for money']],
  allHeading: 'both',
  signs: secretTransferSigns,
  list: (s) => (s.secrecy ? `secrecy "${s.secrecy}"` : null),
});
