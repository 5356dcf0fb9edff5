// The recovery-scam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages speak of money lost to fraud, promise to recover money, both, and the
// check's hits. The corpus carries no authentication results, so every sender counts as
// unauthenticated: the check's worst case. The time is the check's alone on parsed messages (three
// passes, the last counts). The messages with both are listed on stderr.
// `node --import tsx bench/recovery-scam.ts`
import { recoveryScamCheck, recoveryScamSigns } from '../src/pipeline/checks/recovery-scam.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: recoveryScamCheck,
  columns: [['lost', 'money lost to fraud'], ['recover', 'a promise to recover money']],
  allHeading: 'both',
  signs: recoveryScamSigns,
  list: (s) => (s.lost && s.recover ? `"${s.lost}" + "${s.recover}"` : null),
});
