// The outbound disposition: what happens after DATA on the outbound listener. In order:
// per-sender rate limit, the pipeline (direction 'outbound': ClamAV, Bayes, bulk… with the outbound
// thresholds), then the accepted message gets our Received: header and a DKIM signature, is queued
// durably (one queue item per destination domain, one shared body) and only then answered 250.
// Mail to a report address (bayes.reportAddresses) is learned by the Bayes classifier, not delivered.
// Correspondents are learned for every accepted message, except auto-replies and bulk mail,
// which would otherwise teach us the addresses of spammers who got an out-of-office reply.
// The display name our user sends with is learned too: a stranger who borrows it is noticed
// (IMPERSONATE_LOCAL_NAME in the spoofing check).
import { isUtf8 } from 'node:buffer';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { sectionOptions, type Rules } from '../rules/schema.ts';
import { payeeAccountsOptionsSchema, rememberOurAccounts } from '../pipeline/checks/payee-accounts.ts';
import { rememberInvitations, rememberSent, replyOptionsSchema } from '../pipeline/checks/reply.ts';
import type { Envelope, Pipeline, SessionInfo, SmtpReply, Verdict } from '../pipeline/types.ts';
import { learnMessage } from '../bayes/learn.ts';
import { bayesOptionsOf, DEFAULT_BAYES_CHECK_OPTIONS, learnOptionsFrom } from '../bayes/options.ts';
import { reportClassOf, reportedMessages } from '../bayes/report.ts';
import { addressParts, inDomains, personNameKey } from '../mail/address.ts';
import { displayHeader, parseMessage } from '../mail/parse.ts';
import { blockMessageFingerprint, reportNote } from '../fuzzy/block.ts';
import { editHeaders, headerValue } from '../smtp/message.ts';
import type { LocalName, QueueItem, Store } from '../store/types.ts';
import { domainOf } from './address.ts';
import type { DkimSigner } from './dkim.ts';

export interface OutboundDeps {
  config: Config;
  store: Store;
  log: Logger;
  pipeline: Pipeline;
  /** the effective rules, to tell a forced reject (a virus) from a score */
  rules?: () => Rules;
  dkim: DkimSigner | null;
  /** wakes the delivery runner after an enqueue */
  kick?: () => void;
  now?: () => number;
}

export interface OutboundInput {
  txId: string;
  session: SessionInfo;
  envelope: Envelope;
  /** the message as received (CRLF, no dot-stuffing) */
  raw: Buffer;
  /** our Received: header (folded, no trailing CRLF) */
  received: string;
}

export interface OutboundResult {
  reply: SmtpReply;
  verdict: Verdict | null;
  /** queue item ids, one per destination domain (empty when refused) */
  queueIds: string[];
}

export const REPLY_INTERNAL: SmtpReply = { code: 451, enhanced: '4.3.0', message: 'Temporary local problem, try again later' };

/** Auto-replies, bounces and bulk mail do not make their recipients trusted correspondents. */
export function isLearnable(raw: Buffer, mailFrom: string): boolean {
  if (mailFrom === '') return false;
  const auto = headerValue(raw, 'auto-submitted').toLowerCase();
  if (auto && auto !== 'no') return false;
  if (/^(bulk|junk|list|auto_reply)$/i.test(headerValue(raw, 'precedence'))) return false;
  if (headerValue(raw, 'x-autoreply') || headerValue(raw, 'x-autorespond') || headerValue(raw, 'list-id')) return false;
  return true;
}

/** Mail from one of our users (our domain, or SMTP AUTH), not mail the server forwards for outside senders. */
export function isInternalSender(mailFrom: string, session: Pick<SessionInfo, 'authUser'>, config: Pick<Config, 'smtp'>): boolean {
  return session.authUser !== null || config.smtp.localDomains.some((d) => d.toLowerCase() === domainOf(mailFrom));
}

/** The web UI admin whose address (or user name) this is, or null. */
async function adminUserOf(store: Store, who: string): Promise<string | null> {
  const w = who.toLowerCase();
  const u = (await store.users.list()).find((x) => x.admin && !x.disabled && (x.username.toLowerCase() === w || x.addresses.some((a) => a.toLowerCase() === w)));
  return u?.username ?? null;
}

/**
 * Learns the messages attached to a report. Returns the reply when only report addresses were
 * recipients, else the other recipients (a report that teaches nothing is then only logged).
 */
async function learnReport(input: OutboundInput, deps: OutboundDeps, log: Logger): Promise<{ reply: SmtpReply | null; others: string[] }> {
  const { envelope, session, raw } = input;
  const classes = new Set(envelope.recipients.map((r) => reportClassOf(r, deps.config.bayes.reportAddresses)));
  const others = envelope.recipients.filter((r) => !reportClassOf(r, deps.config.bayes.reportAddresses));
  classes.delete(null);
  const cls = [...classes][0]!;
  const refuse = (message: string, enhanced = '5.6.0'): { reply: SmtpReply | null; others: string[] } => {
    log.warn({ from: envelope.mailFrom, to: envelope.recipients }, `report not learned: ${message}`);
    return { reply: others.length ? null : { code: 554, enhanced, message }, others };
  };
  if (!isInternalSender(envelope.mailFrom, session, deps.config)) return refuse('Reports are learned from our own users only', '5.7.1');
  if (classes.size > 1) return refuse('Report spam and ham in separate messages');
  const messages = reportedMessages(await parseMessage(raw, { rfc822Attachments: true }));
  if (!messages.length) return refuse(`Nothing to learn: forward the ${cls} as an attachment`);

  const rules = deps.rules?.();
  const opts = learnOptionsFrom(rules ? bayesOptionsOf(rules.checks) : DEFAULT_BAYES_CHECK_OPTIONS, deps.config.bayes.maxTokens);
  let changed = 0;
  for (const m of messages) if ((await learnMessage(deps.store, m, cls, opts)).changed) changed++;
  const who = session.authUser ?? envelope.mailFrom;
  // an admin's spam report also blocks the message's bulk fingerprint, as "Spam" in the web UI does
  const admin = cls === 'spam' ? await adminUserOf(deps.store, who) : null;
  let blocked = 0;
  if (admin) {
    for (const m of messages) {
      const note = reportNote(admin, displayHeader(m, 'subject'), displayHeader(m, 'from'));
      if ((await blockMessageFingerprint(deps.store, m, note)).length) blocked++;
    }
  }
  await deps.store.settings.audit({ at: (deps.now ?? Date.now)(), who, what: 'bayes.report', detail: { cls, messages: messages.length, changed, ...(admin ? { blocked } : {}) } });
  log.info({ reporter: who, cls, messages: messages.length, changed, blocked }, 'report learned');
  const known = messages.length - changed;
  const reply: SmtpReply = { code: 250, enhanced: '2.0.0', message: `Learned ${messages.length} message${messages.length === 1 ? '' : 's'} as ${cls}${known ? ` (${known} already learned as ${cls})` : ''}` };
  return { reply: others.length ? null : reply, others };
}

/** The From display name (its `personNameKey` and as written) and address, when From is one of our domains and names a person. */
export function ourSenderName(raw: Buffer, localDomains: readonly string[]): Omit<LocalName, 'lastSeen'> | null {
  const bytes = Buffer.from(headerValue(raw, 'from'), 'latin1');
  const from = addressParts(isUtf8(bytes) ? bytes.toString('utf8') : bytes.toString('latin1'));
  const nameKey = personNameKey(from.name);
  return nameKey && inDomains(from.domain, localDomains) ? { nameKey, address: from.address, shown: from.name.replace(/\s+/g, ' ').slice(0, 200) } : null;
}

/** Groups recipients by destination domain, keeping the first spelling of each address. */
export function byDomain(recipients: readonly string[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const seen = new Set<string>();
  for (const r of recipients) {
    const key = r.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const d = domainOf(r);
    out.set(d, [...(out.get(d) ?? []), r]);
  }
  return out;
}

function forcedReject(verdict: Verdict, rules: Rules | null): boolean {
  if (verdict.action !== 'reject') return false;
  if (!rules) return true;
  return verdict.symbols.some((s) => rules.symbols[s.name]?.force === 'reject');
}

function fromDomainOf(raw: Buffer): string {
  const from = headerValue(raw, 'from');
  const m = /<([^<>]+)>/.exec(from) ?? /([^\s<>,;"]+@[^\s<>,;"]+)/.exec(from);
  return m ? domainOf(m[1]!) : '';
}

export async function outboundData(input: OutboundInput, deps: OutboundDeps): Promise<OutboundResult> {
  try {
    return await dispose(input, deps);
  } catch (err) {
    // infrastructure trouble (store, pipeline): the mail server keeps the message and retries
    deps.log.error({ sid: input.session.id, tx: input.txId, err: (err as Error).message }, 'outbound transaction failed');
    return { reply: REPLY_INTERNAL, verdict: null, queueIds: [] };
  }
}

async function dispose(input: OutboundInput, deps: OutboundDeps): Promise<OutboundResult> {
  const { config, store } = deps;
  const now = deps.now ?? Date.now;
  const { session, raw, txId } = input;
  let { envelope } = input;
  const log = deps.log.child({ sid: session.id, tx: txId, direction: 'outbound' });
  const t = now();

  // 1. per-sender rate limit (recipients per hour), keyed by the AUTH user or the envelope sender
  const limit = config.smtp.outbound.rateLimitPerHour;
  if (limit > 0) {
    const who = session.authUser ?? (envelope.mailFrom.toLowerCase() || `<>@${session.clientIp}`);
    const count = await store.counters.hit(`out:rate:${who}`, 3600, t, envelope.recipients.length);
    if (count > limit) {
      log.warn({ sender: who, count, limit }, 'outbound rate limit exceeded');
      return { reply: { code: 450, enhanced: '4.7.1', message: `Sender rate limit exceeded (${limit} recipients per hour), try again later` }, verdict: null, queueIds: [] };
    }
  }

  // reports to bayes.reportAddresses are learned, never delivered; other recipients get the message as usual
  if (envelope.recipients.some((r) => reportClassOf(r, config.bayes.reportAddresses))) {
    const report = await learnReport(input, deps, log);
    if (report.reply) return { reply: report.reply, verdict: null, queueIds: [] };
    envelope = { ...envelope, recipients: report.others };
  }

  // 2. scanning and scoring with the outbound profile
  const verdict = await deps.pipeline.data(session, envelope, raw);
  const symbolList = verdict.symbols.map((s) => `${s.name}(${s.score})`).join(',');
  if (verdict.action === 'tempfail') {
    log.warn({ score: verdict.score, symbols: symbolList }, 'outbound message deferred by the pipeline');
    return { reply: verdict.reply ?? { code: 451, enhanced: '4.7.1', message: 'Try again later' }, verdict, queueIds: [] };
  }
  const rules = deps.rules?.() ?? null;
  if (forcedReject(verdict, rules)) {
    log.warn({ from: envelope.mailFrom, score: verdict.score, symbols: symbolList }, 'outbound message refused (forced reject, e.g. a virus)');
    return { reply: verdict.reply ?? { code: 554, enhanced: '5.7.1', message: 'Message refused by policy' }, verdict, queueIds: [] };
  }
  // the outbound reject threshold of the live rules (rules/actions.yaml `outbound:`, admin overrides)
  const outboundReject = rules?.outbound.reject ?? null;
  if (outboundReject !== null && verdict.score >= outboundReject) {
    log.warn({ from: envelope.mailFrom, authUser: session.authUser, score: verdict.score, symbols: symbolList }, 'outbound message refused as spam (compromised account?)');
    return {
      reply: { code: 550, enhanced: '5.7.1', message: `Message refused by the outbound spam filter (score ${Math.round(verdict.score * 100) / 100}); contact your administrator` },
      verdict, queueIds: [],
    };
  }

  // 3. our trace header, then the signature over the final header block
  const withTrace = editHeaders(raw, { prepend: [input.received], subjectPrefix: null });
  const body = deps.dkim ? await deps.dkim.sign(withTrace, fromDomainOf(raw), domainOf(envelope.mailFrom)) : withTrace;

  // 4. durable queue: one item per destination domain, all sharing the body
  const groups = byDomain(envelope.recipients);
  const items: QueueItem[] = [...groups.entries()].map(([domain, rcpts], i) => ({
    id: groups.size === 1 ? txId : `${txId}.${i + 1}`,
    createdAt: t,
    mailFrom: envelope.mailFrom,
    domain,
    recipients: rcpts.map((address) => ({ address, status: 'pending' as const })),
    attempts: 0,
    nextAttemptAt: t,
    lastError: null,
    delayNotified: false,
    leasedUntil: 0,
  }));
  await store.queue.enqueue(items, body);
  deps.kick?.();

  // 5. learn the correspondents (after the queue: a refused or failed message teaches nothing)
  const local = new Set(config.smtp.localDomains.map((d) => d.toLowerCase()));
  const externals = envelope.recipients.filter((r) => !local.has(domainOf(r)));
  const learnable = isInternalSender(envelope.mailFrom, session, config) && isLearnable(raw, envelope.mailFrom);
  if (externals.length && learnable) {
    try {
      await store.known.record(envelope.mailFrom, externals, t);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'could not record learned correspondents');
    }
  }
  // and the message itself, whoever sent it (a newsletter, an auto-reply): an answer to it is then
  // known as one, and a bounce of mail it is not as backscatter (check `reply`); and the meetings
  // it invites to, which the spoofing check tells from forged invitations
  const enabled = (name: string): boolean => (rules?.checks?.[name] as { enabled?: boolean } | undefined)?.enabled !== false;
  if (externals.length) {
    const replyOptions = sectionOptions(rules?.checks, 'reply', replyOptionsSchema);
    try {
      if (enabled('reply')) await rememberSent(store, raw, externals, replyOptions);
      if (enabled('spoofing')) await rememberInvitations(store, raw, replyOptions);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'could not remember the sent message for its replies');
    }
  }
  // and the bank accounts it names: an account written to several organisations is ours (the check
  // payee-accounts); parsed again off the reply path, as few outgoing messages name one
  if (externals.length && learnable && enabled('payee-accounts')) {
    void rememberOurAccounts(store, raw, externals, sectionOptions(rules?.checks, 'payee-accounts', payeeAccountsOptionsSchema))
      .catch((err: Error) => log.error({ err: err.message }, 'could not remember our bank accounts'));
  }
  const sender = learnable ? ourSenderName(raw, config.smtp.localDomains) : null;
  if (sender) {
    try {
      await store.known.recordName(sender, t);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'could not record the sender\'s display name');
    }
  }
  log.info({ from: envelope.mailFrom, to: envelope.recipients, score: verdict.score, queue: items.map((i) => i.id), size: body.length }, 'outbound message queued');
  return { reply: { code: 250, enhanced: '2.0.0', message: `Ok: queued as ${txId}` }, verdict, queueIds: items.map((i) => i.id) };
}
