// The investment-scam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name a sum earned per day or week, a starting capital or minimum
// deposit, both, and the check's hits. The time is the check's alone on parsed messages (three
// passes, the last counts). The signs found and the hits are listed on stderr.
// `node --import tsx bench/investment-scam.ts`
import { investmentPitch, investmentScamCheck } from '../src/pipeline/checks/investment-scam.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: investmentScamCheck,
  columns: [['perDay', 'a sum per day or week'], ['capital', 'a starting capital']],
  allHeading: 'both',
  signs: investmentPitch,
  list: (s) => [s.perDay && `per day "${s.perDay}"`, s.capital && `capital "${s.capital}"`].filter(Boolean).join('; ') || null,
});
