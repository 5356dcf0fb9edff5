// The directory-scam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name a register or directory, ask to update data, name a price per
// year, all three, and the check's hits. The corpus carries no authentication results, so every
// sender counts as unauthenticated: the check's worst case. The time is the check's alone on parsed
// messages (three passes, the last counts). The prices found and the messages with all three are
// listed on stderr.
// `node --import tsx bench/directory-scam.ts`
import { directoryScamCheck, directoryScamSigns } from '../src/pipeline/checks/directory-scam.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: directoryScamCheck,
  columns: [['register', 'names a register or directory'], ['update', 'asks to update data'], ['price', 'a price per year']],
  allHeading: 'all three',
  signs: directoryScamSigns,
  list: (s) => (s.price ? `price "${s.price}"${s.register && s.update ? ` + "${s.register}" + "${s.update}"` : ''}` : null),
});
