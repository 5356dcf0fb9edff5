// Replies to our own mail (as rspamd's "replies" module): the outbound gateway remembers the
// Message-ID of every message our users send out, with the domains it went to; an inbound message
// whose In-Reply-To or References names one of them answers our mail. From a domain the original
// went to, authenticated (SPF pass or DKIM for it, as for KNOWN_SENDER), that is the surest sign of
// wanted mail there is: REPLY. A reply from elsewhere is what a hijacked thread looks like (Emotet
// and Qakbot answer stolen conversations from other compromised mailboxes): REPLY_FOREIGN_SENDER
// adds a little, to combine with the other signals. A Message-ID is no secret once a mailing
// list's archive shows it, so an unauthenticated match earns nothing (REPLY_UNAUTH, weight 0).
// Only a hash of each Message-ID is kept, in the store's cache (a Redis cluster shares it).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { headerValue } from '../../smtp/message.ts';
import type { Store } from '../../store/types.ts';
import type { Check } from '../types.ts';
import { addressOf, isAuthenticatedFor } from './known-sender.ts';

export const replyOptionsSchema = z.strictObject({
  /** how long a sent message's Message-ID is remembered */
  days: z.number().int().min(1).max(3650).default(90),
  /** Message-IDs of In-Reply-To and the end of References looked up per message */
  maxReferences: z.number().int().min(1).max(50).default(10),
});
export type ReplyOptions = z.infer<typeof replyOptionsSchema>;

/** recipient domains kept per sent message */
const MAX_DOMAINS = 50;

const lc = (s: string): string => s.trim().toLowerCase();
const domainOf = (a: string): string => lc(a.slice(a.lastIndexOf('@') + 1));
const related = (a: string, b: string): boolean => a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);

/** The Message-IDs in an In-Reply-To or References value, "<…>" each, in order. */
export function messageIds(value: string): string[] {
  return value.match(/<[^<>\s]{3,250}>/g) ?? [];
}

const keyOf = (messageId: string): string => `reply:${createHash('sha256').update(messageId).digest('base64url').slice(0, 32)}`;

/**
 * Remembers a message our users sent out (called by the outbound gateway once it is queued): its
 * Message-ID's hash and the external domains it went to. Nothing without a Message-ID.
 */
export async function rememberSent(store: Store, raw: Buffer, externalRecipients: readonly string[], options: ReplyOptions): Promise<boolean> {
  const [id] = messageIds(headerValue(raw, 'message-id'));
  if (!id || !externalRecipients.length) return false;
  const domains = [...new Set(externalRecipients.map(domainOf))].slice(0, MAX_DOMAINS);
  await store.cache.set(keyOf(id), JSON.stringify(domains), options.days * 86_400);
  return true;
}

/** The domains our sent message went to, for each of these Message-IDs that is one. */
async function sentTo(store: Store, ids: readonly string[]): Promise<Array<{ id: string; domains: string[] }>> {
  const values = await Promise.all(ids.map((id) => store.cache.get(keyOf(id))));
  const out: Array<{ id: string; domains: string[] }> = [];
  values.forEach((v, i) => {
    if (v === null) return;
    try {
      const domains = JSON.parse(v) as unknown;
      if (Array.isArray(domains)) out.push({ id: ids[i]!, domains: domains.filter((d): d is string => typeof d === 'string') });
    } catch {
      // not ours (another writer of the cache key space): ignore
    }
  });
  return out;
}

export const replyCheck: Check<'data', ReplyOptions> = {
  name: 'reply',
  phase: 'data',
  symbols: ['REPLY', 'REPLY_FOREIGN_SENDER', 'REPLY_UNAUTH'],
  options: replyOptionsSchema,
  directions: ['inbound'],
  async run(ctx, { options, store }) {
    const view = await ctx.parsed();
    const header = (name: string): string => view.headers.filter((h) => h.key === name).map((h) => h.value).join(' ');
    // In-Reply-To first, then References from its end (the newest messages of the thread)
    const ids = [...new Set([...messageIds(header('in-reply-to')), ...messageIds(header('references')).reverse()])].slice(0, options.maxReferences);
    if (!ids.length) return [];
    const found = await sentTo(store, ids);
    if (!found.length) return [];
    const senders = [...new Set([addressOf(view.from), ctx.envelope.mailFrom ? lc(ctx.envelope.mailFrom) : null].filter((a): a is string => !!a && a.includes('@')))];
    const domains = found.flatMap((f) => f.domains);
    const matching = senders.filter((s) => domains.some((d) => related(domainOf(s), d)));
    const shown = (s: string): string => s.replace(/[\p{Cc}\p{Cf}]/gu, '?');
    if (!matching.length) {
      const to = [...new Set(domains)].slice(0, 3).join(', ');
      return [{ symbol: 'REPLY_FOREIGN_SENDER', detail: shown(`answers ${found[0]!.id}, which went to ${to}; from ${senders.join(', ') || 'no address'}`) }];
    }
    const auth = await ctx.auth();
    const authenticated = matching.find((s) => isAuthenticatedFor(s, auth));
    if (!authenticated) return [{ symbol: 'REPLY_UNAUTH', detail: shown(`${matching[0]} answers ${found[0]!.id} but is not authenticated`) }];
    return [{ symbol: 'REPLY', detail: shown(`${authenticated} answers ${found[0]!.id}`) }];
  },
};

export default replyCheck;
