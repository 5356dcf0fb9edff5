// The outbound listener (port 25 for the company mail server): the same smtp-server subclass as the
// inbound side (src/smtp/moat-server.ts) with the outbound profile — relay control at MAIL/RCPT,
// SMTP AUTH (PLAIN/LOGIN, TLS only unless allowInsecureAuth), and after DATA the outbound
// disposition (scan, learn, sign, queue) instead of the relay to the backend.
import { readFileSync } from 'node:fs';
import type { SMTPServerAddress, SMTPServerAuthentication, SMTPServerAuthenticationResponse, SMTPServerDataStream, SMTPServerSession } from 'smtp-server';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { transactions } from '../metrics.ts';
import type { Rules } from '../rules/schema.ts';
import type { Pipeline, SessionInfo, SmtpReply } from '../pipeline/types.ts';
import { REPLY_INTERNAL } from '../smtp/inbound-transaction.ts';
import { newId } from '../smtp/ids.ts';
import { replyText, smtpError } from '../smtp/inbound.ts';
import { bindSmtpServer, drainSmtpServer } from '../smtp/listen.ts';
import { collectMessage, inspectLineEndings, isClean, normalizeLineEndings, receivedHeader } from '../smtp/message.ts';
import { displayHeader } from '../mail/parse.ts';
import { MoatServer, type MoatConnection } from '../smtp/moat-server.ts';
import { canonicalIp } from '../smtp/networks.ts';
import type { Action, Store, SymbolHit } from '../store/types.ts';
import { AUTH_METHODS, authenticateSmtp, checkSenderLogin } from './auth.ts';
import type { DkimSigner } from './dkim.ts';
import { checkOutboundMail, checkOutboundRcpt, networkMatcher } from './relay-control.ts';
import { outboundData } from './transaction.ts';

export interface OutboundListenerDeps {
  config: Config;
  log: Logger;
  store: Store;
  pipeline: Pipeline & { endSession?(sessionId: string): void; rules?(): Rules };
  dkim: DkimSigner | null;
  /** wakes the delivery runner */
  kick?: () => void;
}

interface SessionState { info: SessionInfo; log: Logger; conn: MoatConnection | null; heloChecked: string | null; dataActive: boolean }

export class OutboundListener {
  readonly server: MoatServer;
  private readonly sessions = new Map<string, SessionState>();
  private readonly allowed: (ip: string) => boolean;
  private closing = false;

  constructor(private readonly deps: OutboundListenerDeps) {
    const { config } = deps;
    const out = config.smtp.outbound;
    this.allowed = networkMatcher(out.allowFrom);
    const tls = config.smtp.tls ? { key: readFileSync(config.smtp.tls.key), cert: readFileSync(config.smtp.tls.cert) } : {};
    const disabled = ['XCLIENT', 'XFORWARD'];
    if (!config.smtp.tls) disabled.push('STARTTLS');
    // without TLS, AUTH exists only when the admin explicitly allows it in clear
    if (!config.smtp.tls && !out.allowInsecureAuth) disabled.push('AUTH');
    this.server = new MoatServer({
      ...tls,
      name: config.hostname,
      banner: config.smtp.banner ?? undefined,
      heloResponse: '%s',
      size: config.smtp.maxMessageSize,
      maxRecipients: config.smtp.maxRecipients,
      maxClients: config.smtp.inbound.maxConnections,
      socketTimeout: config.smtp.timeouts.commandMs,
      closeTimeout: 1000,
      disabledCommands: disabled,
      hideSTARTTLS: !config.smtp.tls,
      hideDSN: true,
      authMethods: [...AUTH_METHODS],
      authOptional: true,
      allowInsecureAuth: out.allowInsecureAuth,
      disableReverseLookup: true,
      maxCommandLength: 4096,
      logger: false,
      greetingDelay: () => 0,
      onConnection: (conn) => this.track(conn),
      onConnect: (session, cb) => { this.onConnect(session).then(() => cb(), (err: Error) => cb(err)); },
      onAuth: (auth, session, cb) => { this.onAuth(auth, session).then((r) => cb(null, r), (err: Error) => cb(err)); },
      onMailFrom: (address, session, cb) => { this.onMailFrom(address, session).then(() => cb(), (err: Error) => cb(err)); },
      onRcptTo: (address, session, cb) => { this.onRcptTo(address, session).then(() => cb(), (err: Error) => cb(err)); },
      onData: (stream, session, cb) => { this.onData(stream, session).then((msg) => cb(null, msg), (err: Error) => cb(err)); },
      onClose: (session) => { this.sessions.delete(session.id); deps.pipeline.endSession?.(session.id); },
    });
    this.server.on('error', (err: Error) => deps.log.debug({ err: err.message }, 'smtp connection error'));
  }

  listen(): Promise<void> {
    const { host, port } = this.deps.config.smtp.outbound;
    return bindSmtpServer(this.server, host, port, 'smtp.outbound.port');
  }

  /** Graceful stop: idle sessions get 421 at once, open transactions may finish (up to graceMs). */
  async close(graceMs = 60000): Promise<void> {
    this.closing = true;
    await drainSmtpServer(this.server, (id) => Boolean(this.sessions.get(id)?.dataActive), graceMs);
  }

  private track(conn: MoatConnection): void {
    const s = this.sessions.get(conn.id);
    if (s) s.conn = conn;
    // smtp-server lists AUTH before STARTTLS (and then refuses it); RFC 4954 §4: do not offer
    // plaintext mechanisms on an unencrypted connection at all, unless the admin allows it.
    if (!this.deps.config.smtp.outbound.allowInsecureAuth) {
      const c = conn as unknown as { secure: boolean; _isSupported(cmd: string): boolean };
      const isSupported = c._isSupported.bind(c);
      c._isSupported = (cmd: string): boolean => (cmd.toUpperCase() === 'AUTH' && !c.secure ? false : isSupported(cmd));
    }
  }

  private state(session: SMTPServerSession): SessionState {
    const s = this.sessions.get(session.id);
    if (!s) throw smtpError(REPLY_INTERNAL);
    s.info.helo = session.hostNameAppearsAs || '';
    s.info.tls = Boolean(session.secure);
    s.info.authUser = typeof session.user === 'string' ? session.user : null;
    return s;
  }

  private async guard<T>(log: Logger, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      log.error({ err }, 'outbound pipeline failure');
      throw smtpError(REPLY_INTERNAL);
    }
  }

  private async onConnect(session: SMTPServerSession): Promise<void> {
    const ip = canonicalIp(session.remoteAddress);
    const trusted = this.allowed(ip);
    const info: SessionInfo = { id: session.id, direction: 'outbound', clientIp: ip, clientHostname: null, helo: '', tls: Boolean(session.secure), authUser: null, trusted };
    const log = this.deps.log.child({ sid: session.id, ip });
    const conn = ([...this.server.connections].find((c) => c.id === session.id) as MoatConnection | undefined) ?? null;
    this.sessions.set(session.id, { info, log, conn, heloChecked: null, dataActive: false });
    if (this.closing) throw smtpError({ code: 421, enhanced: '4.3.2', message: 'Service shutting down, try again later' });
    const reply = await this.guard(log, () => this.deps.pipeline.connect(info));
    if (reply) throw smtpError(reply);
  }

  private async onAuth(auth: SMTPServerAuthentication, session: SMTPServerSession): Promise<SMTPServerAuthenticationResponse> {
    const s = this.state(session);
    const res = await this.guard(s.log, () => authenticateSmtp(this.deps, {
      method: auth.method, username: auth.username ?? '', password: auth.password ?? '', clientIp: s.info.clientIp, tls: s.info.tls,
    }));
    if (!res.ok) {
      // smtp-server answers 535 unless the error carries another code
      throw smtpError(res.reply);
    }
    return { user: res.user.username };
  }

  private async onMailFrom(address: SMTPServerAddress, session: SMTPServerSession): Promise<void> {
    const s = this.state(session);
    const mailFrom = address.address;
    const refuse = (reply: SmtpReply): never => {
      s.log.info({ mailFrom, authUser: s.info.authUser, reply: replyText(reply) }, 'outbound sender refused');
      throw smtpError(reply);
    };
    const relay = checkOutboundMail(s.info, mailFrom);
    if (relay) refuse(relay);
    if (!s.info.trusted) {
      const login = await this.guard(s.log, () => checkSenderLogin(this.deps, s.info.authUser, mailFrom));
      if (login) refuse(login);
    }
    if (s.heloChecked !== s.info.helo) {
      s.heloChecked = s.info.helo;
      const r = await this.guard(s.log, () => this.deps.pipeline.helo(s.info));
      if (r) { s.heloChecked = null; refuse(r); }
    }
    const reply = await this.guard(s.log, () => this.deps.pipeline.mail(s.info, mailFrom));
    if (reply) refuse(reply);
  }

  private async onRcptTo(address: SMTPServerAddress, session: SMTPServerSession): Promise<void> {
    const s = this.state(session);
    const rcpt = address.address;
    const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const refuse = (reply: SmtpReply): never => {
      s.log.info({ mailFrom, rcpt, reply: replyText(reply) }, 'outbound recipient refused');
      throw smtpError(reply);
    };
    const relay = checkOutboundRcpt(s.info, rcpt);
    if (relay) refuse(relay);
    const reply = await this.guard(s.log, () => this.deps.pipeline.rcpt(s.info, mailFrom, rcpt));
    if (reply) refuse(reply);
  }

  private async onData(stream: SMTPServerDataStream, session: SMTPServerSession): Promise<string> {
    const s = this.state(session);
    const { config } = this.deps;
    const started = Date.now();
    s.dataActive = true;
    const deadline = setTimeout(() => {
      s.log.info('DATA deadline passed');
      s.conn?.abort('4.4.2 DATA timeout, closing connection');
    }, config.smtp.timeouts.dataMs);
    const envelope = {
      mailFrom: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
      recipients: session.envelope.rcptTo.map((r) => r.address),
    };
    const txId = newId();
    let size = 0;
    let reply: SmtpReply = REPLY_INTERNAL;
    let verdictInfo: { score: number; action: Action; symbols: SymbolHit[] } = { score: 0, action: 'tempfail', symbols: [] };
    let raw: Buffer | null = null;
    try {
      const collected = await collectMessage(stream, config.smtp.maxMessageSize);
      clearTimeout(deadline);
      size = collected.size;
      if (!collected.raw) {
        reply = { code: 552, enhanced: '5.3.4', message: `Message size exceeds fixed maximum message size (${config.smtp.maxMessageSize})` };
        verdictInfo.action = 'reject';
        throw smtpError(reply);
      }
      raw = collected.raw;
      // our own mail server: repair line endings rather than refuse (the remote side would reject bare LF)
      if (!isClean(inspectLineEndings(raw))) raw = normalizeLineEndings(raw);
      const received = receivedHeader({
        helo: s.info.helo, clientHostname: s.info.clientHostname, clientIp: s.info.clientIp, byHost: config.hostname,
        tls: s.info.tls, esmtp: session.openingCommand === 'EHLO', id: txId,
        forRecipient: envelope.recipients.length === 1 ? envelope.recipients[0]! : null,
      });
      const result = await outboundData({ txId, session: s.info, envelope, raw, received }, {
        config, store: this.deps.store, log: s.log, pipeline: this.deps.pipeline, dkim: this.deps.dkim, kick: this.deps.kick,
        rules: this.deps.pipeline.rules ? () => this.deps.pipeline.rules!() : undefined,
      });
      reply = result.reply;
      if (result.verdict) verdictInfo = { score: result.verdict.score, action: result.verdict.action, symbols: result.verdict.symbols };
      if (reply.code >= 400) throw smtpError(reply);
      return `${reply.enhanced} ${reply.message}`;
    } catch (err) {
      const e = err as Error & { responseCode?: number };
      if (!e.responseCode) {
        s.log.info({ err: e.message }, 'DATA aborted');
        reply = { code: 421, enhanced: '4.4.2', message: 'connection lost during DATA' };
        throw smtpError(reply);
      }
      throw err;
    } finally {
      clearTimeout(deadline);
      s.dataActive = false;
      this.logTransaction(s, txId, envelope, size, raw, verdictInfo, reply, Date.now() - started);
    }
  }

  private logTransaction(
    s: SessionState, txId: string, envelope: { mailFrom: string; recipients: string[] }, size: number, raw: Buffer | null,
    v: { score: number; action: Action; symbols: SymbolHit[] }, r: SmtpReply, durationMs: number,
  ): void {
    const reply = replyText(r);
    const action: Action = r.code >= 500 ? 'reject' : r.code >= 400 ? 'tempfail' : v.action === 'reject' || v.action === 'tempfail' ? 'accept' : v.action;
    transactions.inc({ direction: 'outbound', action });
    s.log.info({ tx: txId, authUser: s.info.authUser, mailFrom: envelope.mailFrom, rcpt: envelope.recipients, size, score: v.score, action, symbols: v.symbols.map((x) => x.name), reply, durationMs }, 'transaction');
    this.deps.store.txlog.append({
      id: txId, at: Date.now(), direction: 'outbound', clientIp: s.info.clientIp, helo: s.info.helo,
      mailFrom: envelope.mailFrom, recipients: envelope.recipients,
      from: raw ? displayHeader(raw, 'from') : '', subject: raw ? displayHeader(raw, 'subject') : '',
      size, score: v.score, action, symbols: v.symbols, reply, backendReply: null, durationMs, quarantineId: null,
    }).catch((err: unknown) => s.log.warn({ err }, 'txlog append failed'));
  }
}
