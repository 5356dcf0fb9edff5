// Learning the company's correspondents from mail it sent before mailmoat was installed. The
// outbound gateway learns who our users write to from every message it relays (transaction.ts);
// on the day it is installed it knows no one, so the checks that need a correspondent (the
// look-alike of a supplier, KNOWN_SENDER's bonus, a partner's changed bank account) are blind
// until months of mail have passed. The mail server's Sent folders hold those months already:
// each message sent from one of our domains teaches what relaying it would have taught — the
// external recipients as the sender's correspondents, the sender's display name, and the bank
// accounts it names as ours — dated when it was sent, so that an old correspondent ages out as
// one learned by relaying does (`known-sender.maxAgeDays`).
// Reading the same folder again learns nothing twice: each message is marked as learned (by its
// Message-ID, else its bytes) for as long as what it taught counts.
import { createHash } from 'node:crypto';
import { addressList, addressParts, inDomains } from '../mail/address.ts';
import { looksLikeMessage, messageReader, type MessageFile } from '../mail/message-files.ts';
import { sectionOptions, type Rules } from '../rules/schema.ts';
import { headerValue, normalizeLineEndings } from '../smtp/message.ts';
import type { Store } from '../store/types.ts';
import { knownSenderOptionsSchema } from '../pipeline/checks/known-sender.ts';
import { payeeAccountsOptionsSchema, rememberOurAccounts } from '../pipeline/checks/payee-accounts.ts';
import { messageIds } from '../pipeline/checks/reply.ts';
import { isLearnable, ourSenderName } from './transaction.ts';

const DAY_MS = 86_400_000;
/** how long a message stays marked as learned when correspondents never age out (maxAgeDays 0) */
const MARK_DAYS_WITHOUT_AGE = 5 * 365;

export interface SentLearnSummary {
  /** messages read */
  read: number;
  /** messages that taught their correspondents */
  learned: number;
  /** skipped: not sent from one of our domains (mail received, kept in the same folders) */
  notOurs: number;
  /** skipped: an auto-reply, a list or bulk message, or no sender */
  automatic: number;
  /** skipped: every recipient in our domains */
  internalOnly: number;
  /** skipped: sent longer ago than correspondents count (known-sender.maxAgeDays) */
  tooOld: number;
  /** skipped: learned before (this run or an earlier one) */
  already: number;
  /** skipped: not a mail message (an index file in a maildir) */
  notMail: number;
  /** could not be read */
  failed: number;
  /** distinct external addresses and domains learned, display names of our senders recorded */
  correspondents: number;
  domains: number;
  names: number;
}

export interface SentLearnOptions {
  localDomains: readonly string[];
  /** the rules in force: known-sender's age limit, payee-accounts' memory (and whether it is on) */
  rules: Pick<Rules, 'checks'>;
  now?: number;
  progress?: (done: number, total: number) => void;
  /** stops after the current message; what was learned stays learned */
  signal?: AbortSignal;
}

/** The To, Cc and Bcc addresses of a sent message (Outlook's exports separate them with ";"). */
export function sentRecipients(raw: Buffer): string[] {
  const lists = ['to', 'cc', 'bcc'].map((h) => headerValue(raw, h).replace(/;(?=(?:[^"]*"[^"]*")*[^"]*$)/g, ','));
  return [...new Set(lists.flatMap((v) => addressList(v).map((a) => a.address.toLowerCase())))];
}

/** When the message was sent: its Date, or `now` when it has none (or a date in the future). */
function sentAt(raw: Buffer, now: number): number {
  const t = Date.parse(headerValue(raw, 'date'));
  return Number.isFinite(t) && t <= now ? t : now;
}

const markKey = (raw: Buffer): string => {
  const [id] = messageIds(headerValue(raw, 'message-id'));
  return `sent-learned:${createHash('sha256').update(id ?? raw).digest('base64url').slice(0, 32)}`;
};

/** Learns each message sent from our domains as the outbound gateway would have learned it when relaying it. */
export async function learnSent(store: Store, files: readonly MessageFile[], opts: SentLearnOptions): Promise<SentLearnSummary> {
  const now = opts.now ?? Date.now();
  const known = sectionOptions(opts.rules.checks, 'known-sender', knownSenderOptionsSchema);
  const payeeEnabled = (opts.rules.checks?.['payee-accounts'] as { enabled?: boolean } | undefined)?.enabled !== false;
  const payee = sectionOptions(opts.rules.checks, 'payee-accounts', payeeAccountsOptionsSchema);
  const oldest = known.maxAgeDays > 0 ? now - known.maxAgeDays * DAY_MS : -Infinity;
  const markSeconds = (known.maxAgeDays > 0 ? known.maxAgeDays : MARK_DAYS_WITHOUT_AGE) * 86_400;
  const s: SentLearnSummary = { read: 0, learned: 0, notOurs: 0, automatic: 0, internalOnly: 0, tooOld: 0, already: 0, notMail: 0, failed: 0, correspondents: 0, domains: 0, names: 0 };
  const correspondents = new Set<string>();
  const names = new Set<string>();
  const readMessage = messageReader();
  for (const file of files) {
    if (opts.signal?.aborted) break;
    s.read++;
    try {
      const bytes = await readMessage(file);
      if (!looksLikeMessage(bytes)) {
        s.notMail++;
        continue;
      }
      // as SMTP would have carried it: the header readers expect CRLF
      const raw = normalizeLineEndings(bytes);
      const from = addressParts(headerValue(raw, 'from'));
      if (!from.address.includes('@') || !inDomains(from.domain, opts.localDomains)) s.notOurs++;
      else if (!isLearnable(raw, from.address)) s.automatic++;
      else {
        const externals = sentRecipients(raw).filter((r) => !inDomains(r.slice(r.lastIndexOf('@') + 1), opts.localDomains));
        const when = sentAt(raw, now);
        const mark = markKey(raw);
        if (!externals.length) s.internalOnly++;
        else if (when < oldest) s.tooOld++;
        else if ((await store.cache.get(mark)) !== null) s.already++;
        else {
          await store.known.record(from.address, externals, when);
          const name = ourSenderName(raw, opts.localDomains);
          if (name) {
            await store.known.recordName(name, when);
            names.add(`${name.nameKey}\n${name.address}`);
          }
          if (payeeEnabled) await rememberOurAccounts(store, raw, externals, payee);
          // marked for as long as what it taught counts
          await store.cache.set(mark, '1', Math.max(60, Math.round(markSeconds - (now - when) / 1000)));
          for (const e of externals) correspondents.add(e);
          s.learned++;
        }
      }
    } catch {
      s.failed++;
    } finally {
      opts.progress?.(s.read, files.length);
    }
  }
  s.correspondents = correspondents.size;
  s.domains = new Set([...correspondents].map((e) => e.slice(e.lastIndexOf('@') + 1))).size;
  s.names = names.size;
  return s;
}
