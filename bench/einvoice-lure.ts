// The einvoice-lure check on the SpamAssassin corpus (2002–2003, before e-invoices: a ham hit is a
// false positive of the trap's or the sign-in's words). Per set: how many messages speak of
// e-invoices, how many set the trap or ask for the mailbox's sign-in besides, and the check's hits.
// The corpus carries no authentication results, so every sender counts as unauthenticated: the
// check's worst case. The time is the check's alone on parsed messages (three passes, the last
// counts). The messages that speak of e-invoices are listed on stderr.
// `node --import tsx bench/einvoice-lure.ts`
import { einvoiceLureCheck, einvoiceSigns } from '../src/pipeline/checks/einvoice-lure.ts';
import { signsBench } from './corpus.ts';

await signsBench({
  check: einvoiceLureCheck,
  columns: [['einvoice', 'speaks of e-invoices'], ['trap', 'and sets the trap']],
  allHeading: 'both',
  signs: einvoiceSigns,
  list: (s) => (s.einvoice ? `"${s.einvoice}"${s.trap ? ` / "${s.trap}"` : ''}` : null),
});
