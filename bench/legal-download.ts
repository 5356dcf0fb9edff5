// The legal-download check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name a legal claim, how many link to a shared file on a file host or
// to an archive, both, and the check's hits. The corpus carries no authentication results, so every
// sender counts as unauthenticated: the check's worst case. The time is the check's alone on parsed
// messages (three passes, the last counts). The messages with both are listed on stderr.
// `node --import tsx bench/legal-download.ts`
import { legalDownloadCheck, legalDownloadSigns } from '../src/pipeline/checks/legal-download.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: legalDownloadCheck,
  columns: [['claim', 'names a legal claim'], ['download', 'links to a download']],
  allHeading: 'both',
  signs: legalDownloadSigns,
  readsLinks: true,
  list: (s) => (s.claim && s.download ? `"${s.claim}" / ${s.download}` : null),
});
