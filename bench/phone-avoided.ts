// The phone-avoided check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive;
// list posts of the time often said "I'm away, e-mail only"). Per set: how many messages say the
// sender cannot be phoned or is to be reached by e-mail only, and the check's hits. The corpus
// carries no authentication results, so every sender counts as unauthenticated: the check's worst
// case. The time is the check's alone on parsed messages (three passes, the last counts). The
// phrases found are listed on stderr.
// `node --import tsx bench/phone-avoided.ts`
import { phoneAvoided, phoneAvoidedCheck } from '../src/pipeline/checks/phone-avoided.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: phoneAvoidedCheck,
  columns: [['noCalls', 'rules out a call']],
  allHeading: 'all',
  signs: (texts) => ({ noCalls: phoneAvoided(texts) }),
  list: (s) => (s.noCalls ? `"${s.noCalls}"` : null),
});
