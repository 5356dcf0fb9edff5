// The credential-lure check on the SpamAssassin corpus (2002–2003, before Microsoft 365: a ham hit
// is a false positive; a spam hit the "confirm your e-mail password" phishing of that time). Per
// set: how many messages ask for a mailbox's or work account's credentials, and the check's hits
// (those that also link to someone else's site), and PAYROLL_DETAILS_FREE_FORM's (salary and bank
// details beside a link to a page anyone makes for free) and SHARE_NOTICE_ELSEWHERE's (a file shared,
// from no sharing service, with no link to one, or a file too large to attach behind a link) and
// SHARE_FREE_PAGE's (that link on a page anyone makes for free) and SHARE_ONENOTE's (a OneNote notebook
// shared from another tenant; the corpus predates SharePoint Online, so any hit is a false one) and
// SHARE_GOOGLE_DRAWING's (a Google Drawing shared) and SIGN_PAYMENT_NOTICE's (an e-signature envelope
// to sign a notice of payment). Short links are looked for, not followed (no DNS
// server answers). The time is the check's alone on parsed messages (three passes, the last
// counts). Hits are listed on stderr.
// `node --import tsx bench/credential-lure.ts`
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { readerTexts } from '../src/content/document-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { credentialLureCheck, credentialLureOptionsSchema, credentialsAsked } from '../src/pipeline/checks/credential-lure.ts';
import { corpusSets, readCorpusSet, runCheckOnSet, type CorpusMessage } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: { 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 200 } });
const options = credentialLureOptionsSchema.parse({});
const cache = new Map<string, string>();
const store = { cache: { get: async (k: string) => cache.get(k) ?? null, set: async (k: string, v: string) => void cache.set(k, v) } } as never;

console.log('| set | messages | asks for mailbox credentials | MAILBOX_CREDENTIALS_LURE | PAYROLL_DETAILS_FREE_FORM | SHARE_NOTICE_ELSEWHERE | SHARE_FREE_PAGE | SHARE_ONENOTE | SHARE_GOOGLE_DRAWING | SIGN_PAYMENT_NOTICE | µs per message (mean) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  let asked = 0;
  const messages: CorpusMessage[] = [];
  for (const { file, raw } of readCorpusSet(set)) {
    const view = await parseMessage(raw);
    messages.push({ file, raw, view });
    const found = credentialsAsked(await readerTexts(view));
    if (found) {
      asked++;
      console.error(`  ${file}: asks for "${found.phrase}"`);
    }
  }
  let lure = 0, payroll = 0, share = 0, freePage = 0, oneNote = 0, drawing = 0, signNotice = 0;
  const { us } = await runCheckOnSet(messages, async (ctx) => {
    const hits = await credentialLureCheck.run(ctx, { options, config, store, log, signal: new AbortController().signal });
    if (hits.some((h) => h.symbol === 'MAILBOX_CREDENTIALS_LURE')) lure++;
    if (hits.some((h) => h.symbol === 'PAYROLL_DETAILS_FREE_FORM')) payroll++;
    const shared = hits.find((h) => h.symbol === 'SHARE_NOTICE_ELSEWHERE');
    if (shared) share++;
    if (hits.some((h) => h.symbol === 'SHARE_FREE_PAGE')) freePage++;
    if (hits.some((h) => h.symbol === 'SHARE_ONENOTE')) oneNote++;
    if (hits.some((h) => h.symbol === 'SHARE_GOOGLE_DRAWING')) drawing++;
    if (hits.some((h) => h.symbol === 'SIGN_PAYMENT_NOTICE')) signNotice++;
    return hits;
  });
  // runCheckOnSet makes three passes
  console.log(`| ${set} | ${messages.length} | ${asked} | ${lure / 3} | ${payroll / 3} | ${share / 3} | ${freePage / 3} | ${oneNote / 3} | ${drawing / 3} | ${signNotice / 3} | ${us.toFixed(0)} |`);
}
