// What happens to a message once the pipeline has judged it: relay, quarantine, reject or tempfail.
// The reply returned here is the client's answer to the final dot; a 250 means the message is at
// the backend (accept/tag) or durably stored (quarantine).
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Envelope, SessionInfo, SmtpReply, Verdict } from '../pipeline/types.ts';
import type { QuarantineItem, QueueItem, Store } from '../store/types.ts';
import { dotStuff, editHeaders } from './message.ts';
import { displayHeader } from '../mail/parse.ts';
import type { PartialPolicy, RelayResult } from './relay.ts';
import { newQueueId, queueBounce } from '../delivery/runner.ts';
import { statusFromReply } from '../delivery/dsn.ts';
import { newId } from './ids.ts';

/** What the transaction needs from the relay (BackendRelay satisfies it). */
export interface MessageRelay {
  sendStuffed(env: { mailFrom: string; recipients: string[] }, stuffed: Buffer, partial?: PartialPolicy): Promise<RelayResult>;
}

export interface DisposeInput {
  txId: string;
  session: SessionInfo;
  envelope: Envelope;
  /** message as received and normalised (CRLF, no dot-stuffing) */
  raw: Buffer;
  verdict: Verdict;
  /** our Received: header (already folded, no trailing CRLF) */
  received: string;
  now: number;
}

export interface DisposeResult {
  reply: SmtpReply;
  backendReply: string | null;
  quarantineId: string | null;
  /** recipients the message was relayed to */
  relayedTo: string[];
}

export interface DisposeDeps {
  config: Config;
  store: Store;
  relay: MessageRelay;
  log: Logger;
}

export const REPLY_INTERNAL: SmtpReply = { code: 451, enhanced: '4.3.0', message: 'Temporary local problem, try again later' };
const REPLY_REJECT: SmtpReply = { code: 550, enhanced: '5.7.1', message: 'Message refused as spam' };
const REPLY_TEMPFAIL: SmtpReply = { code: 451, enhanced: '4.7.1', message: 'Try again later' };

function relayReply(r: RelayResult, txId: string): SmtpReply {
  if (r.ok) return { code: 250, enhanced: '2.0.0', message: `Ok: queued as ${txId}` };
  // a backend failure is passed back with its own code; its text is the backend's
  return { code: r.code, enhanced: r.enhanced, message: r.message || 'Backend refused the message' };
}

/** The message as it goes to the backend or into quarantine: our headers on top. */
export function outgoingMessage(input: Pick<DisposeInput, 'raw' | 'verdict' | 'received'>): Buffer {
  return editHeaders(input.raw, { prepend: [input.received, ...input.verdict.headers], subjectPrefix: input.verdict.subjectPrefix });
}

function quarantineItem(input: DisposeInput, kind: QuarantineItem['kind'], recipients: string[], size: number, days: number): QuarantineItem {
  return {
    id: newId(),
    kind,
    direction: input.session.direction,
    receivedAt: input.now,
    expiresAt: input.now + days * 86_400_000,
    mailFrom: input.envelope.mailFrom,
    recipients: recipients.map((r) => r.toLowerCase()),
    from: displayHeader(input.raw, 'from'),
    subject: displayHeader(input.raw, 'subject'),
    score: input.verdict.score,
    action: input.verdict.action,
    symbols: input.verdict.symbols,
    clientIp: input.session.clientIp,
    helo: input.session.helo,
    size,
  };
}

export async function disposeMessage(input: DisposeInput, deps: DisposeDeps): Promise<DisposeResult> {
  const { verdict, envelope } = input;
  const none = { backendReply: null, quarantineId: null, relayedTo: [] as string[] };
  switch (verdict.action) {
    case 'reject': {
      const days = deps.config.quarantine.rejectedRetentionDays;
      let quarantineId: string | null = null;
      if (days > 0) {
        // an admin-only copy, so a false positive can be found and released; best effort
        try {
          const body = outgoingMessage(input);
          const item = quarantineItem(input, 'rejected', envelope.recipients, body.length, days);
          await deps.store.quarantine.put(item, body);
          quarantineId = item.id;
        } catch (err) {
          deps.log.warn({ err }, 'could not keep a copy of a rejected message');
        }
      }
      // mail only to spam traps: 250 as if delivered, but only once the copy is stored (a 250 means
      // delivered or durably kept); without a copy it is refused like any rejected message
      if (verdict.silentDiscard && quarantineId) return { ...none, quarantineId, reply: { code: 250, enhanced: '2.0.0', message: `Ok: queued as ${input.txId}` } };
      return { ...none, quarantineId, reply: verdict.reply ?? REPLY_REJECT };
    }
    case 'tempfail':
      return { ...none, reply: verdict.reply ?? REPLY_TEMPFAIL };
    case 'quarantine': {
      const allow = new Set(verdict.allowRecipients.map((r) => r.toLowerCase()));
      const direct = envelope.recipients.filter((r) => allow.has(r.toLowerCase()));
      const held = envelope.recipients.filter((r) => !allow.has(r.toLowerCase()));
      const body = outgoingMessage(input);
      let backendReply: string | null = null;
      if (direct.length) {
        // relay first: if the backend says "later", nothing was stored and the client's retry is clean
        const r = await deps.relay.sendStuffed({ mailFrom: envelope.mailFrom, recipients: direct }, dotStuff(body));
        backendReply = r.backendReply;
        if (!r.ok) return { ...none, backendReply, reply: relayReply(r, input.txId) };
      }
      if (!held.length) return { ...none, backendReply, relayedTo: direct, reply: { code: 250, enhanced: '2.0.0', message: `Ok: queued as ${input.txId}` } };
      const item = quarantineItem(input, 'quarantine', held, body.length, deps.config.quarantine.retentionDays);
      await deps.store.quarantine.put(item, body);
      return { backendReply, quarantineId: item.id, relayedTo: direct, reply: { code: 250, enhanced: '2.0.0', message: `Ok: held as ${input.txId}` } };
    }
    case 'accept':
    case 'tag':
    default: {
      const body = outgoingMessage(input);
      const r = await deps.relay.sendStuffed({ mailFrom: envelope.mailFrom, recipients: envelope.recipients }, dotStuff(body), 'deliver-accepted');
      if (r.ok && r.refused.length) await handlePartial(input, body, r, deps);
      return { backendReply: r.backendReply, quarantineId: null, relayedTo: r.ok ? r.accepted : [], reply: relayReply(r, input.txId) };
    }
  }
}

/**
 * The backend took the message for some recipients and refused others. The client gets one answer
 * for all, so nobody may be dropped silently: deferred recipients (4xx) go into the delivery queue
 * towards the backend (durable before our 250; retried, bounced at maxQueueTime), refused ones
 * (5xx) get a bounce to the sender. With smtp.inbound.verifyRecipients the 5xx case is caught at
 * RCPT instead. If the queue cannot take the deferred copy, this throws and the client gets 451
 * (its retry duplicates the copy for the accepted recipients, which beats losing it).
 */
async function handlePartial(input: DisposeInput, body: Buffer, r: RelayResult, deps: DisposeDeps): Promise<void> {
  const deferred = r.refused.filter((x) => x.reply.startsWith('4'));
  const failed = r.refused.filter((x) => !x.reply.startsWith('4'));
  const { envelope, now } = input;
  if (deferred.length) {
    const byDomain = new Map<string, string[]>();
    for (const { recipient } of deferred) {
      const domain = recipient.slice(recipient.lastIndexOf('@') + 1).toLowerCase();
      byDomain.set(domain, [...(byDomain.get(domain) ?? []), recipient]);
    }
    const retryAt = now + deps.config.delivery.retryBase * 1000;
    const items: QueueItem[] = [...byDomain].map(([domain, rcpts]) => ({
      id: newQueueId(), createdAt: now, mailFrom: envelope.mailFrom, domain,
      recipients: rcpts.map((address) => ({ address, status: 'pending' as const, lastReply: deferred.find((d) => d.recipient === address)?.reply })),
      attempts: 1, nextAttemptAt: retryAt, lastError: deferred[0]!.reply, delayNotified: false, leasedUntil: 0,
    }));
    await deps.store.queue.enqueue(items, body);
    deps.log.info({ deferred, queued: items.map((i) => i.id) }, 'backend deferred some recipients; queued for retry');
  }
  if (failed.length) {
    deps.log.warn({ refused: failed }, 'backend refused some recipients after DATA; bouncing to the sender (smtp.inbound.verifyRecipients refuses them at RCPT instead)');
    try {
      const item: QueueItem = {
        id: input.txId, createdAt: now, mailFrom: envelope.mailFrom, domain: '', recipients: [],
        attempts: 1, nextAttemptAt: now, lastError: null, delayNotified: false, leasedUntil: 0,
      };
      await queueBounce(deps.store, deps.config, item, body, 'failed', failed.map((f) => ({
        address: f.recipient, status: statusFromReply(f.reply), diagnostic: f.reply, smtpDiagnostic: true, remoteMta: deps.config.backend.host,
      })), now);
    } catch (err) {
      deps.log.error({ err }, 'could not queue the bounce for refused recipients');
    }
  }
}
