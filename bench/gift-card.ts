// The gift-card check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages name gift cards, ask for codes or pictures to be sent, both, and the
// check's hits. The corpus carries no authentication results, so every sender counts as
// unauthenticated: the check's worst case. The time is the check's alone on parsed messages (three
// passes, the last counts). Both signs are listed on stderr.
// `node --import tsx bench/gift-card.ts`
import { giftCardCheck, giftCardSigns } from '../src/pipeline/checks/gift-card.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: giftCardCheck,
  columns: [['cards', 'names gift cards'], ['codes', 'asks for codes or pictures']],
  allHeading: 'both',
  signs: giftCardSigns,
  list: (s) => (s.cards && s.codes ? `"${s.cards}" + "${s.codes}"` : null),
});
