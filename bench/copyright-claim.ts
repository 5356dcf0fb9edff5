// The copyright-claim check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive;
// the mailing lists of the time argued about copyright a great deal). Per set: how many messages
// claim an infringement, how many offer evidence besides, and the check's hits. The corpus carries
// no authentication results, so every sender counts as unauthenticated: the check's worst case.
// The time is the check's alone on parsed messages (three passes, the last counts). The messages
// that claim it are listed on stderr.
// `node --import tsx bench/copyright-claim.ts`
import { copyrightClaimCheck, copyrightSigns } from '../src/pipeline/checks/copyright-claim.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: copyrightClaimCheck,
  columns: [['claim', 'claims an infringement'], ['evidence', 'and offers evidence']],
  allHeading: 'both',
  signs: copyrightSigns,
  list: (s) => (s.claim ? `"${s.claim}"${s.evidence ? ` / "${s.evidence}"` : ''}` : null),
});
