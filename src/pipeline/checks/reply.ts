// Replies to our own mail, and bounces of mail we never sent. The outbound gateway remembers the
// Message-ID of every message it relays out, with the domains it went to; only a hash of each
// Message-ID is kept, in the store's cache (a Redis cluster shares it).
//  - REPLY (as rspamd's "replies" module): an inbound message whose In-Reply-To or References
//    names one of them answers our mail. From a domain the original went to, authenticated (SPF
//    pass or DKIM for it, as for KNOWN_SENDER), that is the surest sign of wanted mail there is.
//  - REPLY_FOREIGN_SENDER: a reply from a domain the original never went to is what a hijacked
//    thread looks like (Emotet and Qakbot answer stolen conversations from other compromised
//    mailboxes): a little, to combine with the other signals.
//  - REPLY_UNAUTH: a Message-ID is no secret once a mailing list's archive shows it, so an
//    unauthenticated match earns nothing.
//  - BACKSCATTER (as SpamAssassin's VBounce): a bounce (null sender) of a message "from" one of our
//    domains that this gateway never relayed, sent after it began to remember: spam sent elsewhere
//    with our address forged as its sender, bounced to us by the servers that refused it; or an
//    automatic reply (out of office, a ticket system's receipt) to such a message.
// The outbound gateway also remembers the UIDs of the meetings its invitations invite to (hashed,
// same cache): the spoofing check tells our own meeting, forwarded by an attendee outside, from an
// invitation forged in a colleague's name (SPOOF_CALENDAR_ORGANIZER).
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { invitationsOf } from '../../content/calendar.ts';
import { isLocalDomain } from '../../mail/address.ts';
import { parseMessage } from '../../mail/parse.ts';
import { headerValue } from '../../smtp/message.ts';
import type { Store } from '../../store/types.ts';
import type { Check, Hit, ParsedMessage } from '../types.ts';
import { addressOf, domainOf, isAuthenticatedFor, related } from './known-sender.ts';

export const replyOptionsSchema = z.strictObject({
  /** how long a sent message's Message-ID is remembered */
  days: z.number().int().min(1).max(3650).default(90),
  /** Message-IDs of In-Reply-To and the end of References looked up per message */
  maxReferences: z.number().int().min(1).max(50).default(10),
});
export type ReplyOptions = z.infer<typeof replyOptionsSchema>;

/** recipient domains kept per sent message; past them the message counts as sent to many */
const MAX_DOMAINS = 50;
/** when the gateway began to remember sent mail: bounces of older mail are not judged */
const SINCE_KEY = 'reply:since';
const SINCE_TTL_SECONDS = 10 * 365 * 86_400;
/** a returned message dated this soon after `since` may have been sent just before */
const SINCE_GRACE_MS = 3600_000;

const lc = (s: string): string => s.trim().toLowerCase();
const shown = (s: string): string => s.replace(/[\p{Cc}\p{Cf}]/gu, '?');

/** The Message-IDs in an In-Reply-To or References value, "<…>" each, in order. */
export function messageIds(value: string): string[] {
  return value.match(/<[^<>\s]{3,250}>/g) ?? [];
}

const keyOf = (messageId: string): string => `reply:${createHash('sha256').update(messageId).digest('base64url').slice(0, 32)}`;

/** What is kept of a sent message: the domains it went to, and whether there were more. */
interface Sent { domains: string[]; many: boolean }

function readSent(value: string | null): Sent | null {
  if (value === null) return null;
  try {
    const v = JSON.parse(value) as Partial<Sent>;
    return Array.isArray(v.domains) ? { domains: v.domains.filter((d): d is string => typeof d === 'string'), many: v.many === true } : null;
  } catch {
    return null; // not ours (another writer of the cache key space)
  }
}

/**
 * Remembers a message relayed out (called by the outbound gateway once it is queued): its
 * Message-ID's hash and the external domains it went to, added to those of earlier copies (a
 * mailer that sends a newsletter one recipient at a time keeps its Message-ID). Nothing without
 * a Message-ID or an external recipient.
 */
export async function rememberSent(store: Store, raw: Buffer, externalRecipients: readonly string[], options: ReplyOptions, now = Date.now()): Promise<boolean> {
  const [id] = messageIds(headerValue(raw, 'message-id'));
  if (!id || !externalRecipients.length) return false;
  const [before, since] = await Promise.all([store.cache.get(keyOf(id)).then(readSent), store.cache.get(SINCE_KEY)]);
  const all = [...new Set([...(before?.domains ?? []), ...externalRecipients.map(domainOf)])];
  const sent: Sent = { domains: all.slice(0, MAX_DOMAINS), many: (before?.many ?? false) || all.length > MAX_DOMAINS };
  await Promise.all([
    store.cache.set(keyOf(id), JSON.stringify(sent), options.days * 86_400),
    since === null ? store.cache.set(SINCE_KEY, String(now), SINCE_TTL_SECONDS) : undefined,
  ]);
  return true;
}

const inviteKeyOf = (uid: string): string => `invite:${createHash('sha256').update(uid).digest('base64url').slice(0, 32)}`;
/** how a message that carries an invitation shows it, found without parsing every outgoing message */
const CALENDAR_MARKS = ['text/calendar', 'application/ics', '.ics'].map((m) => Buffer.from(m));
/** a meeting is remembered at least this long (a weekly meeting is forwarded long after it went out; a key per meeting is little) */
const INVITE_MIN_DAYS = 400;
/** when the outbound gateway began to remember meetings: one that began before may be ours unseen */
const INVITE_SINCE_KEY = 'invite:since';
const inviteDays = (options: ReplyOptions): number => Math.max(options.days, INVITE_MIN_DAYS);
/** stores this process has seen INVITE_SINCE_KEY set in: it is read once, not for every message */
const inviteSinceSet = new WeakSet<Store>();

/**
 * Remembers the events of the invitations a message relayed out carries (by a hash of their UIDs),
 * for `days` (the reply check's) or 400 days, whichever is longer: an attendee outside who forwards
 * or updates one of our meetings sends it back with one of us as its organiser, and the spoofing
 * check tells that from an invitation forged in a colleague's name. The first message relayed out
 * starts the memory (invitationsKnownFrom). Returns how many.
 */
export async function rememberInvitations(store: Store, raw: Buffer, options: ReplyOptions, now = Date.now()): Promise<number> {
  if (!inviteSinceSet.has(store)) {
    if ((await store.cache.get(INVITE_SINCE_KEY)) === null) await store.cache.set(INVITE_SINCE_KEY, String(now), SINCE_TTL_SECONDS);
    inviteSinceSet.add(store);
  }
  if (!CALENDAR_MARKS.some((m) => raw.includes(m))) return 0;
  const uids = [...new Set(invitationsOf((await parseMessage(raw)).attachments).map((i) => i.uid).filter(Boolean))];
  await Promise.all(uids.map((uid) => store.cache.set(inviteKeyOf(uid), '1', inviteDays(options) * 86_400)));
  return uids.length;
}

/** Whether an event with this UID went out in an invitation from here (within the memory's span). */
export async function sentInvitation(store: Store, uid: string): Promise<boolean> {
  return uid !== '' && (await store.cache.get(inviteKeyOf(uid))) !== null;
}

/**
 * From when an invitation of ours would be known had it gone out: since the outbound gateway
 * began to remember, and no further back than its memory lasts. Null when it never did (the
 * company's outbound mail does not pass through mailmoat).
 */
export async function invitationsKnownFrom(store: Store, options: ReplyOptions, now = Date.now()): Promise<number | null> {
  const since = Number(await store.cache.get(INVITE_SINCE_KEY));
  return since ? Math.max(since, now - inviteDays(options) * 86_400_000) : null;
}

/** What we sent for each of these Message-IDs that is one of ours. */
async function sentOf(store: Store, ids: readonly string[]): Promise<Array<{ id: string } & Sent>> {
  const values = await Promise.all(ids.map((id) => store.cache.get(keyOf(id))));
  return values.flatMap((v, i) => {
    const sent = readSent(v);
    return sent ? [{ id: ids[i]!, ...sent }] : [];
  });
}

/** the parts in which a bounce returns the message (or its headers) */
const RETURNED_TYPES = new Set(['message/rfc822', 'text/rfc822-headers', 'message/global', 'message/global-headers']);

/** a report about mail that failed DMARC or was reported as abuse (ARF): the company asked for those */
const FEEDBACK_REPORT = 'message/feedback-report';
/** where a bounce without MIME parts (qmail, old Exim and Sendmail) starts to quote the message */
const QUOTED_MESSAGE = /^[-=*\s]*(?:below this line is a copy of the message|this is a copy of the message|original message follows|returned message follows|original message headers)\b.*$/im;

/** Message-ID, From and Date of a header block (the text up to its first blank line). */
function headerFields(text: string): { messageId: string | null; from: string; date: string } {
  const head = text.split(/\r?\n\r?\n/, 1)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  const field = (name: string): string => new RegExp(`^${name}:[ \\t]*(.*)$`, 'im').exec(head)?.[1]?.trim() ?? '';
  return { messageId: messageIds(field('message-id'))[0] ?? null, from: field('from'), date: field('date') };
}

/**
 * The Message-ID, From and Date of the message a bounce returns: from its returned part (a delivery
 * report's, or one attached alone), or quoted in its text after the line that says so (qmail's
 * "--- Below this line is a copy of the message."); null when it returns none, and for feedback
 * reports (DMARC failure and abuse reports return forged mail too, but the company asked for them).
 */
export function returnedMessage(view: Pick<ParsedMessage, 'attachments' | 'text'>): { messageId: string | null; from: string; date: string } | null {
  if (view.attachments.some((a) => a.mimeType === FEEDBACK_REPORT)) return null;
  const part = view.attachments.find((a) => RETURNED_TYPES.has(a.mimeType));
  if (part) return headerFields(Buffer.from(part.content.buffer, part.content.byteOffset, Math.min(part.content.byteLength, 64 * 1024)).toString('utf8'));
  const marker = QUOTED_MESSAGE.exec(view.text);
  if (!marker) return null;
  const quoted = view.text.slice(marker.index + marker[0].length).replace(/^\s*\n/, '');
  return headerFields(quoted.slice(0, 64 * 1024));
}

/**
 * BACKSCATTER's detail, or null: a bounce (mail to the null sender) returning a message from one
 * of our domains, dated since this gateway began to remember and within `days`, whose Message-ID
 * it never relayed.
 */
async function backscatter(view: ParsedMessage, localDomains: readonly string[], store: Store, options: ReplyOptions, now: number): Promise<string | null> {
  const returned = returnedMessage(view);
  const from = returned ? addressOf(returned.from) : null;
  if (!returned?.messageId || !from || !isLocalDomain(localDomains, from)) return null;
  const since = Number(await store.cache.get(SINCE_KEY));
  const date = Date.parse(returned.date);
  if (!since || !Number.isFinite(date) || date < since + SINCE_GRACE_MS || date < now - options.days * 86_400_000 || date > now + 86_400_000) return null;
  if ((await sentOf(store, [returned.messageId])).length) return null;
  return shown(`a bounce of ${returned.messageId} "from" ${from}, which this gateway never sent`);
}

/** an automatic reply is judged only once the gateway has remembered for this long (the message it answers was sent just before it) */
const AUTO_REPLY_SINCE_MS = 86_400_000;

/**
 * An answer a machine sent at once to the message it names (RFC 3834 "auto-replied", or the older
 * X-Autoreply family): an out-of-office notice, a ticket system's receipt. Not "auto-generated",
 * which ticket systems also put on updates that name a thread's first message, weeks old.
 */
export function isImmediateAutoReply(raw: Buffer): boolean {
  return /^auto-replied\b/i.test(headerValue(raw, 'auto-submitted')) || Boolean(headerValue(raw, 'x-autoreply') || headerValue(raw, 'x-autorespond'));
}

/**
 * BACKSCATTER's detail for an automatic reply to one of us answering a Message-ID (In-Reply-To)
 * the gateway never relayed, once it has remembered for a day; or null.
 */
async function autoReplyBackscatter(raw: Buffer, inReplyTo: string | undefined, store: Store, now: number): Promise<string | null> {
  if (!inReplyTo || !isImmediateAutoReply(raw)) return null;
  const since = Number(await store.cache.get(SINCE_KEY));
  if (!since || now < since + AUTO_REPLY_SINCE_MS) return null;
  return shown(`an automatic reply to ${inReplyTo}, which this gateway never sent`);
}

export const replyCheck: Check<'data', ReplyOptions> = {
  name: 'reply',
  phase: 'data',
  symbols: ['REPLY', 'REPLY_FOREIGN_SENDER', 'REPLY_UNAUTH', 'BACKSCATTER'],
  options: replyOptionsSchema,
  directions: ['inbound'],
  async run(ctx, { options, store, config }) {
    const view = await ctx.parsed();
    if (ctx.envelope.mailFrom === '') {
      const detail = await backscatter(view, config.smtp.localDomains, store, options, Date.now());
      if (detail) return [{ symbol: 'BACKSCATTER', detail }];
    }
    const header = (name: string): string => view.headers.filter((h) => h.key === name).map((h) => h.value).join(' ');
    // In-Reply-To first, then References from its end (the newest messages of the thread)
    const ids = [...new Set([...messageIds(header('in-reply-to')), ...messageIds(header('references')).reverse()])].slice(0, options.maxReferences);
    if (!ids.length) return [];
    const found = await sentOf(store, ids);
    if (!found.length) {
      const detail = await autoReplyBackscatter(ctx.raw, messageIds(header('in-reply-to'))[0], store, Date.now());
      return detail ? [{ symbol: 'BACKSCATTER', detail }] : [];
    }
    const senders = [...new Set([addressOf(view.from), ctx.envelope.mailFrom ? lc(ctx.envelope.mailFrom) : null].filter((a): a is string => !!a && a.includes('@')))];
    const domains = found.flatMap((f) => f.domains);
    const matching = senders.filter((s) => domains.some((d) => related(domainOf(s), d)));
    if (!matching.length) {
      // sent to more domains than are kept: a reply from another one may be from a recipient
      if (found.some((f) => f.many)) return [];
      const to = [...new Set(domains)].slice(0, 3).join(', ');
      return [{ symbol: 'REPLY_FOREIGN_SENDER', detail: shown(`answers ${found[0]!.id}, which went to ${to}; from ${senders.join(', ') || 'no address'}`) }];
    }
    const auth = await ctx.auth();
    const authenticated = matching.find((s) => isAuthenticatedFor(s, auth));
    const hit: Hit = authenticated
      ? { symbol: 'REPLY', detail: shown(`${authenticated} answers ${found[0]!.id}`) }
      : { symbol: 'REPLY_UNAUTH', detail: shown(`${matching[0]} answers ${found[0]!.id} but is not authenticated`) };
    return [hit];
  },
};

export default replyCheck;
