// The exhibitor-housing check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive;
// the lists of the time announced conferences and trade shows with their hotels). Per set: how many
// messages name a fair or its exhibitors, hold rooms, say they will be released, and the check's
// hits. The corpus carries no authentication results, so every sender counts as unauthenticated:
// the check's worst case. The time is the check's alone on parsed messages (three passes, the last
// counts). The messages that hold rooms are listed on stderr.
// `node --import tsx bench/exhibitor-housing.ts`
import { exhibitorHousingCheck, exhibitorHousingSigns } from '../src/pipeline/checks/exhibitor-housing.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: exhibitorHousingCheck,
  columns: [['fair', 'names a fair or exhibitors'], ['rooms', 'holds rooms'], ['released', 'says they will be released']],
  allHeading: 'all three',
  signs: exhibitorHousingSigns,
  list: (s) => (s.rooms ? `"${s.rooms}"${s.fair ? ` / "${s.fair}"` : ''}${s.released ? ` / "${s.released}"` : ''}${s.sum ? ` / ${s.sum}` : ''}` : null),
});
