// The inbound listener (MX side): smtp-server callbacks adapted to the Pipeline facade, one
// typed state object per session, and the transaction handed to disposeMessage().
import { readFileSync } from 'node:fs';
import type { SMTPServerAddress, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { transactions } from '../metrics.ts';
import type { Pipeline, SessionInfo, SmtpReply } from '../pipeline/types.ts';
import type { Store } from '../store/types.ts';
import { disposeMessage, REPLY_INTERNAL, type MessageRelay } from './inbound-transaction.ts';
import { newId } from './ids.ts';
import { bindSmtpServer, drainSmtpServer } from './listen.ts';
import { collectMessage, MemoryBudget, inspectLineEndings, isClean, normalizeLineEndings, receivedHeader } from './message.ts';
import { displayHeader } from '../mail/parse.ts';
import { isLocalDomain } from '../mail/address.ts';
import { MoatServer, type MoatConnection } from './moat-server.ts';
import { canonicalIp, networkMatcher } from './networks.ts';
import type { RelayResult } from './relay.ts';

export interface RecipientVerifier {
  verifyRecipient(recipient: string): Promise<{ result: 'yes' | 'no' | 'unknown'; reply: string }>;
}

export interface InboundDeps {
  config: Config;
  log: Logger;
  store: Store;
  /** endSession, when present, is called as each connection closes (per-session pipeline state) */
  pipeline: Pipeline & { endSession?(sessionId: string): void };
  relay: MessageRelay & RecipientVerifier;
}

class SessionState {
  /** HELO name the pipeline has seen, so the helo phase runs once per HELO/EHLO */
  heloChecked: string | null = null;
  /** a DATA is being received or judged: graceful stop waits for it */
  dataActive = false;
  private child: Logger | null = null;

  constructor(readonly info: SessionInfo, readonly conn: MoatConnection, private readonly parent: Logger) {}

  /** the session's child logger, made on first use (most sessions log one line or none) */
  get log(): Logger {
    return (this.child ??= this.parent.child({ sid: this.info.id, ip: this.info.clientIp }));
  }
}

/** An smtp-server callback error: `responseCode` + text starting with the enhanced code. */
export function smtpError(reply: SmtpReply): Error & { responseCode: number } {
  const err = new Error(`${reply.enhanced} ${reply.message}`) as Error & { responseCode: number };
  err.responseCode = reply.code;
  return err;
}

export function replyText(r: SmtpReply): string {
  return `${r.code} ${r.enhanced} ${r.message}`;
}

function addressOf(a: SMTPServerAddress | false): string {
  return a ? a.address : '';
}

export class InboundListener {
  readonly server: MoatServer;
  private readonly sessions = new Map<string, SessionState>();
  private readonly perIp = new Map<string, number>();
  /** connection objects by id (= smtp-server session id), until the socket closes */
  private readonly conns = new Map<string, MoatConnection>();
  private readonly trusted: (ip: string) => boolean;
  private closing = false;
  /** all sessions' message buffers together: 4 × the size limit, at least 256 MiB */
  private readonly budget: MemoryBudget;

  constructor(private readonly deps: InboundDeps) {
    const { config } = deps;
    const inbound = config.smtp.inbound;
    this.trusted = networkMatcher(inbound.trustedNetworks);
    this.budget = new MemoryBudget(Math.max(4 * config.smtp.maxMessageSize, 256 * 1024 * 1024));
    const tls = config.smtp.tls ? { key: readFileSync(config.smtp.tls.key), cert: readFileSync(config.smtp.tls.cert) } : {};
    const disabled = ['AUTH', 'XCLIENT', 'XFORWARD', 'WIZ', 'SHELL', 'KILL'];
    if (!config.smtp.tls) disabled.push('STARTTLS');
    this.server = new MoatServer({
      ...tls,
      name: config.hostname,
      banner: config.smtp.banner ?? undefined,
      heloResponse: '%s',
      size: config.smtp.maxMessageSize,
      maxRecipients: config.smtp.maxRecipients,
      maxClients: inbound.maxConnections,
      socketTimeout: config.smtp.timeouts.commandMs,
      closeTimeout: 1000,
      disabledCommands: disabled,
      hideSTARTTLS: !config.smtp.tls,
      hideDSN: true,
      hideENHANCEDSTATUSCODES: false,
      authOptional: true,
      disableReverseLookup: true,
      // long enough that lines of 511..4096 octets get "500 5.5.2"; beyond that the session is
      // closed (421) so a client cannot make us buffer an endless line
      maxCommandLength: 4096,
      logger: false,
      greetingDelay: (ip) => (this.trusted(ip) ? 0 : inbound.greetingDelayMs),
      onConnection: (conn) => this.track(conn),
      onConnect: (session, cb) => { this.onConnect(session).then(() => cb(), (err: Error) => cb(err)); },
      onMailFrom: (address, session, cb) => { this.onMailFrom(address, session).then(() => cb(), (err: Error) => cb(err)); },
      onRcptTo: (address, session, cb) => { this.onRcptTo(address, session).then(() => cb(), (err: Error) => cb(err)); },
      onData: (stream, session, cb) => { this.onData(stream, session).then((msg) => cb(null, msg), (err: Error) => cb(err)); },
      onClose: (session) => { this.sessions.delete(session.id); deps.pipeline.endSession?.(session.id); },
    });
    this.server.on('error', (err: Error) => deps.log.debug({ err: err.message }, 'smtp connection error'));
  }

  listen(): Promise<void> {
    const { host, port } = this.deps.config.smtp.inbound;
    return bindSmtpServer(this.server, host, port, 'smtp.inbound.port');
  }

  /** sessions now open */
  get connections(): number {
    return this.server.connections.size;
  }

  /**
   * Graceful stop: no new connections; idle sessions get "421 4.3.2 shutting down" at once,
   * sessions inside a transaction are allowed to finish it (up to `graceMs`).
   */
  async close(graceMs = 60000): Promise<void> {
    this.closing = true;
    await drainSmtpServer(this.server, (id) => Boolean(this.sessions.get(id)?.dataActive), graceMs);
  }

  private track(conn: MoatConnection): void {
    const ip = canonicalIp(conn.remoteAddress);
    this.conns.set(conn.id, conn);
    this.perIp.set(ip, (this.perIp.get(ip) ?? 0) + 1);
    let released = false;
    const release = (): void => {
      if (released) return;
      released = true;
      this.conns.delete(conn.id);
      const n = (this.perIp.get(ip) ?? 1) - 1;
      if (n <= 0) this.perIp.delete(ip); else this.perIp.set(ip, n);
    };
    conn.once('close', release);
    (conn as unknown as { _socket: NodeJS.EventEmitter })._socket.once('close', release);
  }

  private state(session: SMTPServerSession): SessionState {
    const s = this.sessions.get(session.id);
    if (!s) throw smtpError(REPLY_INTERNAL);
    s.info.helo = session.hostNameAppearsAs || '';
    s.info.tls = Boolean(session.secure);
    return s;
  }

  private async onConnect(session: SMTPServerSession): Promise<void> {
    const conn = this.conns.get(session.id);
    if (!conn) throw smtpError(REPLY_INTERNAL);
    const ip = canonicalIp(session.remoteAddress);
    const trusted = this.trusted(ip);
    const info: SessionInfo = { id: session.id, direction: 'inbound', clientIp: ip, clientHostname: null, helo: '', tls: Boolean(session.secure), authUser: null, trusted };
    const s = new SessionState(info, conn, this.deps.log);
    this.sessions.set(session.id, s);
    if (this.closing) throw smtpError({ code: 421, enhanced: '4.3.2', message: 'Service shutting down, try again later' });
    if (!trusted && (this.perIp.get(ip) ?? 0) > this.deps.config.smtp.inbound.maxConnectionsPerIp) {
      s.log.info('too many connections from this address');
      throw smtpError({ code: 421, enhanced: '4.7.0', message: 'Too many connections from your address, try again later' });
    }
    const reply = await this.guard(s, () => this.deps.pipeline.connect(info));
    if (reply) throw smtpError(reply);
  }

  /** Runs a pipeline phase; an infrastructure failure becomes a generic 451 4.3.0 (logged, never shown). */
  private async guard<T>(s: SessionState, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      s.log.error({ err }, 'pipeline failure');
      throw smtpError(REPLY_INTERNAL);
    }
  }

  private async onMailFrom(address: SMTPServerAddress, session: SMTPServerSession): Promise<void> {
    const s = this.state(session);
    if (s.heloChecked !== s.info.helo) {
      s.heloChecked = s.info.helo;
      const r = await this.guard(s, () => this.deps.pipeline.helo(s.info));
      if (r) { s.heloChecked = null; throw smtpError(r); }
    }
    const reply = await this.guard(s, () => this.deps.pipeline.mail(s.info, addressOf(address)));
    if (reply) {
      s.log.info({ mailFrom: addressOf(address), reply: replyText(reply) }, 'sender refused');
      throw smtpError(reply);
    }
  }

  private async onRcptTo(address: SMTPServerAddress, session: SMTPServerSession): Promise<void> {
    const s = this.state(session);
    const rcpt = address.address;
    const mailFrom = addressOf(session.envelope.mailFrom);
    const refuse = (reply: SmtpReply): never => {
      s.log.info({ mailFrom, rcpt, reply: replyText(reply) }, 'recipient refused');
      throw smtpError(reply);
    };
    if (!isLocalDomain(this.deps.config.smtp.localDomains, rcpt)) refuse({ code: 550, enhanced: '5.7.1', message: `<${rcpt}>: Relay access denied` });
    // a spam trap is no mailbox: the mail server would refuse it, and the trap would catch nothing
    if (this.deps.config.smtp.inbound.verifyRecipients && !this.deps.pipeline.isSpamTrap?.(rcpt)) {
      const known = await this.verifyRecipient(rcpt, s.log);
      if (known === 'no') refuse({ code: 550, enhanced: '5.1.1', message: `<${rcpt}>: Recipient address rejected: User unknown` });
    }
    const reply = await this.guard(s, () => this.deps.pipeline.rcpt(s.info, mailFrom, rcpt));
    if (reply) refuse(reply);
  }

  /** RCPT callout to the backend with a cache in the store (shared by cluster nodes). */
  private async verifyRecipient(rcpt: string, log: Logger): Promise<'yes' | 'no' | 'unknown'> {
    const key = `rcptverify:${rcpt.toLowerCase()}`;
    try {
      const cached = await this.deps.store.cache.get(key);
      if (cached === 'yes' || cached === 'no') return cached;
    } catch (err) {
      log.warn({ err }, 'recipient cache unavailable');
    }
    const { result, reply } = await this.deps.relay.verifyRecipient(rcpt);
    log.debug({ rcpt, result, reply }, 'recipient callout');
    if (result !== 'unknown') {
      const ttl = this.deps.config.smtp.inbound.verifyCacheSeconds;
      // unknown users are cached for less time, so a newly created mailbox works soon
      try { await this.deps.store.cache.set(key, result, result === 'no' ? Math.min(ttl, 300) : ttl); } catch { /* cache is an optimisation */ }
    }
    return result;
  }

  private async onData(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const s = this.state(session);
    const { config } = this.deps;
    const started = Date.now();
    s.dataActive = true;
    const deadline = setTimeout(() => {
      s.log.info('DATA deadline passed');
      s.conn.abort('4.4.2 DATA timeout, closing connection');
    }, config.smtp.timeouts.dataMs);
    const envelope = {
      mailFrom: addressOf(session.envelope.mailFrom),
      recipients: session.envelope.rcptTo.map((r) => r.address),
    };
    const txId = newId();
    let size = 0;
    let reply: SmtpReply = REPLY_INTERNAL;
    let verdictInfo: { score: number; action: import('../store/types.ts').Action; symbols: import('../store/types.ts').SymbolHit[] } = { score: 0, action: 'tempfail', symbols: [] };
    let backendReply: string | null = null;
    let quarantineId: string | null = null;
    let raw: Buffer | null = null;
    try {
      const collected = await collectMessage(stream, config.smtp.maxMessageSize, this.budget);
      clearTimeout(deadline);
      size = collected.size;
      if (collected.overBudget) {
        s.log.warn({ size, budget: this.budget.limit }, 'message buffer budget exhausted; deferring');
        reply = { code: 452, enhanced: '4.3.1', message: 'Insufficient system resources, try again later' };
        throw smtpError(reply);
      }
      if (!collected.raw) {
        reply = { code: 552, enhanced: '5.3.4', message: `Message size exceeds fixed maximum message size (${config.smtp.maxMessageSize})` };
        verdictInfo.action = 'reject';
        throw smtpError(reply);
      }
      raw = collected.raw;
      const endings = inspectLineEndings(raw);
      if (!isClean(endings)) {
        s.log.info({ ...endings }, 'bare CR/LF or NUL in DATA');
        if (config.smtp.bareLineEndings === 'reject') {
          reply = { code: 550, enhanced: '5.6.0', message: 'Message contains bare CR, bare LF or NUL characters; lines must end with CRLF' };
          verdictInfo.action = 'reject';
          throw smtpError(reply);
        }
        raw = normalizeLineEndings(raw);
      }
      const verdict = await this.guard(s, () => this.deps.pipeline.data(s.info, envelope, raw!));
      verdictInfo = { score: verdict.score, action: verdict.action, symbols: verdict.symbols };
      const received = receivedHeader({
        helo: s.info.helo, clientHostname: s.info.clientHostname, clientIp: s.info.clientIp, byHost: config.hostname,
        tls: s.info.tls, esmtp: session.openingCommand === 'EHLO', id: txId,
        forRecipient: envelope.recipients.length === 1 ? envelope.recipients[0]! : null,
      });
      let result;
      try {
        result = await disposeMessage({ txId, session: s.info, envelope, raw, verdict, received, now: Date.now() }, { config, store: this.deps.store, relay: this.deps.relay, get log() { return s.log; } });
      } catch (err) {
        s.log.error({ err }, 'could not dispose of the message');
        throw smtpError(REPLY_INTERNAL);
      }
      reply = result.reply;
      backendReply = result.backendReply;
      quarantineId = result.quarantineId;
      if (reply.code >= 400) throw smtpError(reply);
      return `${reply.enhanced} ${reply.message}`;
    } catch (err) {
      const e = err as Error & { responseCode?: number; code?: string };
      if (!e.responseCode) {
        // the stream broke (client gone, DATA deadline): there is nobody left to answer
        s.log.info({ err: e.message }, 'DATA aborted');
        reply = { code: 421, enhanced: '4.4.2', message: 'connection lost during DATA' };
        throw smtpError(reply);
      }
      throw err;
    } finally {
      clearTimeout(deadline);
      s.dataActive = false;
      this.logTransaction(s, { txId, envelope, size, raw, verdictInfo, reply, backendReply, quarantineId, durationMs: Date.now() - started });
    }
  }

  private logTransaction(s: SessionState, t: {
    txId: string; envelope: { mailFrom: string; recipients: string[] }; size: number; raw: Buffer | null;
    verdictInfo: { score: number; action: import('../store/types.ts').Action; symbols: import('../store/types.ts').SymbolHit[] };
    reply: SmtpReply; backendReply: string | null; quarantineId: string | null; durationMs: number;
  }): void {
    const from = t.raw ? displayHeader(t.raw, 'from') : '';
    const subject = t.raw ? displayHeader(t.raw, 'subject') : '';
    const reply = replyText(t.reply);
    // what the client was told decides the action label: a backend 4xx turns "accept" into "tempfail"
    const action = t.reply.code >= 500 && t.verdictInfo.action !== 'reject' ? 'reject' : t.reply.code >= 400 && t.reply.code < 500 ? 'tempfail' : t.verdictInfo.action;
    transactions.inc({ direction: 'inbound', action });
    if (this.deps.log.isLevelEnabled('info')) s.log.info({
      tx: t.txId, helo: s.info.helo, mailFrom: t.envelope.mailFrom, rcpt: t.envelope.recipients, size: t.size,
      score: t.verdictInfo.score, action, symbols: t.verdictInfo.symbols.map((x) => x.name), reply, backendReply: t.backendReply,
      quarantineId: t.quarantineId, durationMs: t.durationMs,
    }, 'transaction');
    this.deps.store.txlog.append({
      id: t.txId, at: Date.now(), direction: 'inbound', clientIp: s.info.clientIp, helo: s.info.helo,
      mailFrom: t.envelope.mailFrom, recipients: t.envelope.recipients, from, subject, size: t.size,
      score: t.verdictInfo.score, action, symbols: t.verdictInfo.symbols, reply, backendReply: t.backendReply,
      durationMs: t.durationMs, quarantineId: t.quarantineId,
    }).catch((err: unknown) => s.log.warn({ err }, 'txlog append failed'));
  }
}

export type { RelayResult };
