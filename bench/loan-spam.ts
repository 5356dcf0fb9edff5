// The loan-spam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages offer a loan, promise it without the lender's checks, both, and the
// check's hits. The corpus carries no authentication results, so every sender counts as
// unauthenticated: the check's worst case. The time is the check's alone on parsed messages (three
// passes, the last counts). The messages with both are listed on stderr.
// `node --import tsx bench/loan-spam.ts`
import { loanSigns, loanSpamCheck } from '../src/pipeline/checks/loan-spam.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: loanSpamCheck,
  columns: [['loan', 'offers a loan'], ['noChecks', 'without the checks']],
  allHeading: 'both',
  signs: loanSigns,
  list: (s) => (s.loan && s.noChecks ? `"${s.loan}" + "${s.noChecks}"` : null),
});
