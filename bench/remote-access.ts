// The remote-access check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name a remote-support tool (or a device sign-in page), ask to read out
// a code or approve sign-in prompts (or to enter a code), both, and the check's hits. The corpus carries no authentication results, so every
// sender counts as unauthenticated: the check's worst case. The time is the check's alone on parsed
// messages (three passes, the last counts). The messages with both are listed on stderr.
// `node --import tsx bench/remote-access.ts`
import { remoteAccessCheck, remoteAccessSigns } from '../src/pipeline/checks/remote-access.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: remoteAccessCheck,
  columns: [['tool', 'names a remote-support tool or a device sign-in page'], ['request', 'asks for its code, an approval or a code entered']],
  allHeading: 'both',
  signs: remoteAccessSigns,
  list: (s) => (s.tool && s.request ? `"${s.tool}" + "${s.request}"` : null),
});
