// The gov-id-lure check on the SpamAssassin corpus (2002–2003, before SPID, Cl@ve, Profil Zaufany
// or GOV.UK One Login: a ham hit is a false positive of the identities' names or of the sign-in's
// words). Per set: how many messages name a state identity, how many ask to sign in with one, and
// the check's hits. The corpus carries no authentication results, so every sender counts as
// unauthenticated: the check's worst case. The time is the check's alone on parsed messages (three
// passes, the last counts). The messages that name an identity are listed on stderr.
// `node --import tsx bench/gov-id-lure.ts`
import { govIdLureCheck, govIdSigns } from '../src/pipeline/checks/gov-id-lure.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: govIdLureCheck,
  columns: [['named', 'names a state identity'], ['asked', 'asks to sign in with it']],
  allHeading: 'both',
  signs: govIdSigns,
  list: (s) => (s.named ? `"${s.named}"${s.asked ? ` / "${s.asked}"` : ''}` : null),
});
