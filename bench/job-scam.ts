// The job-scam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages offer work, name a pay per day or hour, name a messenger, all three,
// and the check's hits (which also come from the money mule's duty: payments into the recruit's own
// account, sent on). The corpus carries no authentication results, so every sender counts as
// unauthenticated: the check's worst case. The time is the check's alone on parsed messages (three
// passes, the last counts). The pay found, the messages with all three and the mule's duty are listed on stderr.
// `node --import tsx bench/job-scam.ts`
import { jobScamCheck, jobScamSigns } from '../src/pipeline/checks/job-scam.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: jobScamCheck,
  columns: [['work', 'offers work'], ['pay', 'a pay per day or hour'], ['messenger', 'a messenger']],
  allHeading: 'all three',
  signs: jobScamSigns,
  list: (s) => (s.mule ? `mule "${s.mule}"${s.work ? ` + "${s.work}"` : ''}` : s.pay ? `pay "${s.pay}"${s.work && s.messenger ? ` + "${s.work}" + "${s.messenger}"` : ''}` : null),
});
