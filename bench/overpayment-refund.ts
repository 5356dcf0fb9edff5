// The overpayment-refund check on the SpamAssassin corpus (2002–2003: a ham hit is a false
// positive). Per set: how many messages say more was paid than owed, how many name a third
// party's account to return it to besides, and the check's hits. The corpus carries no
// authentication results, so every sender counts as unauthenticated: the check's worst case. The
// time is the check's alone on parsed messages (three passes, the last counts). The messages that
// say so are listed on stderr.
// `node --import tsx bench/overpayment-refund.ts`
import { overpaymentRefundCheck, overpaymentSigns } from '../src/pipeline/checks/overpayment-refund.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: overpaymentRefundCheck,
  columns: [['overpaid', 'says more was paid'], ['elsewhere', "and names a third party's account"]],
  allHeading: 'both',
  signs: overpaymentSigns,
  list: (s) => (s.overpaid ? `"${s.overpaid}"${s.elsewhere ? ` / "${s.elsewhere}"` : ''}` : null),
});
