// The order-elsewhere check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages speak of an order, how many send goods to a warehouse that is not the
// buyer's (external, temporary, a consolidation partner's), both, and the check's hits. The corpus
// carries no authentication results, so every sender counts as unauthenticated: the check's worst
// case. The time is the check's alone on parsed messages (three passes, the last counts). The
// phrases of messages with both are listed on stderr.
// `node --import tsx bench/order-elsewhere.ts`
import { orderElsewhereCheck, orderElsewhereSigns } from '../src/pipeline/checks/order-elsewhere.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: orderElsewhereCheck,
  columns: [['order', 'speaks of an order'], ['elsewhere', 'a warehouse elsewhere']],
  allHeading: 'both',
  // the subject is not among the texts the bench hands over: the body's order words are a lower bound
  signs: (texts) => orderElsewhereSigns('', texts),
  list: (s) => (s.order && s.elsewhere ? `"${s.order}" / "${s.elsewhere}"` : null),
});
