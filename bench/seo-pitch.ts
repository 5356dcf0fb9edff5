// The seo-pitch check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages promise search-engine ranking, say the reader's site was analysed,
// offer a free report or a guarantee, all three, and the check's hits. The corpus carries no
// authentication results, so every sender counts as unauthenticated: the check's worst case. The
// time is the check's alone on parsed messages (three passes, the last counts). The messages with
// all three are listed on stderr.
// `node --import tsx bench/seo-pitch.ts`
import { seoPitchCheck, seoPitchSigns } from '../src/pipeline/checks/seo-pitch.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: seoPitchCheck,
  columns: [['ranking', 'promises ranking'], ['audited', 'site analysed'], ['bait', 'free or guaranteed']],
  allHeading: 'all three',
  signs: seoPitchSigns,
  list: (s) => (s.ranking && s.audited && s.bait ? `"${s.ranking}" + "${s.audited}" + "${s.bait}"` : null),
});
