// The romance-scam check on the SpamAssassin corpus (2002–2003: a ham hit is a false positive).
// Per set: how many messages call the reader by an endearment, name a sum of money, ask the
// reader to pay or send money, all three, and the check's hits. The corpus carries no
// authentication results, so every sender counts as unauthenticated: the check's worst case. The
// time is the check's alone on parsed messages (three passes, the last counts). The messages with
// all three are listed on stderr. A second table: the first letter's signs (ROMANCE_OPENER), two of
// its phrases and a messenger; the hits column counts the whole check again.
// `node --import tsx bench/romance-scam.ts`
import { openerSigns, romanceScamCheck, romanceSigns } from '../src/pipeline/checks/romance-scam.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: romanceScamCheck,
  columns: [['endearment', 'an endearment'], ['sum', 'a sum'], ['request', 'asks to pay or send']],
  allHeading: 'all three',
  signs: romanceSigns,
  list: (s) => (s.endearment && s.sum && s.request ? `"${s.endearment}" + ${s.sum} + "${s.request}"` : null),
});
console.log('');
await signsBench({
  check: romanceScamCheck,
  symbol: 'ROMANCE_MONEY_REQUEST or ROMANCE_OPENER',
  columns: [['phrase', 'an opener\'s phrase'], ['phrases', 'two of them'], ['messenger', 'a messenger']],
  allHeading: 'all',
  signs: (texts) => {
    const { phrases, messenger } = openerSigns(texts);
    return { phrase: phrases[0] ?? null, phrases: phrases.length >= 2 ? phrases.join(', ') : null, messenger };
  },
  list: (s) => (s.phrases && s.messenger ? `"${s.phrases}" + ${s.messenger}` : null),
});
