// Bulk-mail fingerprints ("mass-mailing control"): counts near-identical bodies across the mail
// stream — distinct recipients, sender IPs and sender domains within a sliding window — and emits
// BULK_LOW/MEDIUM/HIGH by volume. Bulk is not spam by itself (newsletters are bulk), so the
// weights are modest and combine with the other signals, and a sender that a recipient or the
// admin allow-listed, or an authenticated known correspondent, is never marked bulk.
// FUZZY_BLOCKED: the body matches a fingerprint the admin blocked (web UI "report spam"); for mail
// with too little text to fingerprint, one of its files is one the admin blocked (src/fuzzy/files.ts).
import { z } from 'zod';
import { fileName, messageFingerprints } from '../../fuzzy/files.ts';
import { DEFAULT_FINGERPRINT } from '../../fuzzy/fingerprint.ts';
import { addressOf, isAuthenticatedFor } from './known-sender.ts';
import type { Check, DataContext, Hit } from '../types.ts';
import type { Store } from '../../store/types.ts';

export const bulkOptionsSchema = z.strictObject({
  /** sliding window for the counts, seconds */
  windowSeconds: z.number().int().min(60).default(86_400),
  /** distinct recipients of near-identical mail within the window for each level */
  low: z.number().int().min(2).default(20),
  medium: z.number().int().min(2).default(100),
  high: z.number().int().min(2).default(500),
  /** band hashes that must be on the block list for FUZZY_BLOCKED (of `bands`) */
  minBlockedBands: z.number().int().min(1).default(2),
  minWords: z.number().int().min(3).default(DEFAULT_FINGERPRINT.minWords),
  /** recipients of one message counted */
  maxRecipients: z.number().int().min(1).default(20),
}).refine((o) => o.low <= o.medium && o.medium <= o.high, { message: 'must satisfy low ≤ medium ≤ high' });
export type BulkOptions = z.infer<typeof bulkOptionsSchema>;

const lc = (s: string): string => s.trim().toLowerCase();

/** Allow-listed (by a recipient or globally) or an authenticated known correspondent. */
export async function trustedSender(ctx: DataContext, store: Store): Promise<string | null> {
  const senders = new Set<string>();
  if (ctx.envelope.mailFrom) senders.add(lc(ctx.envelope.mailFrom));
  const from = addressOf((await ctx.parsed()).from);
  if (from) senders.add(from);
  const owners = ['', ...ctx.envelope.recipients.map(lc)];
  for (const s of senders) {
    const entries = await store.lists.match(owners, s);
    if (entries.some((e) => e.kind === 'allow')) return `allow-listed ${s}`;
  }
  let auth: Awaited<ReturnType<DataContext['auth']>> | null = null;
  for (const s of senders) {
    for (const r of ctx.envelope.recipients.slice(0, 10)) {
      const k = await store.known.lookup(lc(r), s);
      if (!k.pair && !k.domain) continue;
      auth ??= await ctx.auth();
      if (isAuthenticatedFor(s, auth)) return `known sender ${s}`;
    }
  }
  return null;
}

export const bulkCheck: Check<'data', BulkOptions> = {
  name: 'bulk',
  phase: 'data',
  symbols: ['BULK_LOW', 'BULK_MEDIUM', 'BULK_HIGH', 'FUZZY_BLOCKED'],
  options: bulkOptionsSchema,
  // outbound too: the outbound profile (rules/actions.yaml `outbound:`) catches a compromised mailbox
  directions: ['inbound', 'outbound'],
  async run(ctx, { options, store, log, dryRun }) {
    const view = await ctx.parsed();
    const { hashes, files } = messageFingerprints(view, { ...DEFAULT_FINGERPRINT, minWords: options.minWords });
    if (!hashes.length) return [];
    if (files.length) {
      // too little text: an admin may have blocked its picture or attachment (never counted as bulk)
      const blocked = new Set(await store.fuzzy.blocked(hashes));
      const file = files.find((f) => blocked.has(f.hash));
      return file ? [{ symbol: 'FUZZY_BLOCKED', detail: `the file ${fileName(file)} of a message reported as spam` }] : [];
    }
    const hits: Hit[] = [];
    const blocked = await store.fuzzy.blocked(hashes);
    if (blocked.length >= Math.min(options.minBlockedBands, hashes.length)) {
      hits.push({ symbol: 'FUZZY_BLOCKED', weight: blocked.length / hashes.length, detail: `${blocked.length}/${hashes.length} fingerprint bands blocked` });
    }
    const senderDomain = lc(ctx.envelope.mailFrom.split('@')[1] ?? '') || lc((view.from.split('@')[1] ?? '').replace(/>.*/, ''));
    const recipients = [...new Set(ctx.envelope.recipients.map(lc))].slice(0, options.maxRecipients);
    const now = Date.now();
    // a dry run (mailmoat classify) reads the counts this message would give and records nothing
    const observation = { ip: ctx.session.clientIp, senderDomain, recipients };
    const counts = dryRun
      ? await store.fuzzy.peek(hashes, observation, now, options.windowSeconds)
      : await store.fuzzy.observe(hashes, observation, now, options.windowSeconds);
    // the band with the most copies stands for the message (LSH: any matching band is a near-duplicate)
    let best = { recipients: 0, ips: 0, domains: 0 };
    for (const c of counts) if (c.recipients > best.recipients) best = c;
    const level = best.recipients >= options.high ? 'BULK_HIGH' : best.recipients >= options.medium ? 'BULK_MEDIUM' : best.recipients >= options.low ? 'BULK_LOW' : null;
    if (level) {
      const trusted = await trustedSender(ctx, store);
      if (trusted) log.debug({ level, trusted }, 'bulk mail from a trusted sender: not marked');
      else hits.push({ symbol: level, detail: `${best.recipients} recipients, ${best.ips} IPs, ${best.domains} sender domains in ${options.windowSeconds}s` });
    }
    return hits;
  },
};

export default bulkCheck;
