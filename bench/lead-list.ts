// The lead-list check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name a list of people (a fair's attendees, decision makers'
// contacts…), a word of buying, the goods (thousands of records or three contact fields), all
// three, and the check's hits. The corpus carries no authentication results, so every sender
// counts as unauthenticated: the check's worst case. The time is the check's alone on parsed
// messages (three passes, the last counts). The messages with all three are listed on stderr.
// `node --import tsx bench/lead-list.ts`
import { leadListCheck, leadListSigns } from '../src/pipeline/checks/lead-list.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: leadListCheck,
  columns: [['list', 'names a list of people'], ['buy', 'a word of buying'], ['goods', 'records or fields']],
  allHeading: 'all three',
  signs: leadListSigns,
  list: (s) => (s.list && s.buy && s.goods ? `"${s.list}" + "${s.buy}" + ${s.goods}` : null),
});
