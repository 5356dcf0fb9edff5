// The messenger-pivot check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive;
// list posts of the time asked for phone numbers to arrange calls and meetings). Per set: how many
// messages ask for the reader's mobile, WhatsApp or private number, and the check's hits. The
// corpus carries no authentication results, so every sender counts as unauthenticated: the check's
// worst case. The time is the check's alone on parsed messages (three passes, the last counts). The
// phrases found are listed on stderr.
// `node --import tsx bench/messenger-pivot.ts`
import { messengerPivotCheck, numberAskedFor } from '../src/pipeline/checks/messenger-pivot.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: messengerPivotCheck,
  columns: [['asked', 'asks for the reader\'s number']],
  allHeading: 'all',
  signs: (texts) => ({ asked: numberAskedFor(texts) }),
  list: (s) => (s.asked ? `"${s.asked}"` : null),
});
