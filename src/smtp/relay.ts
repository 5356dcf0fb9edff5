// The client side towards the backend mail server: a small SMTP client of our own (so the bytes
// on the wire are exactly ours: dot-stuffing, CRLF) with a pool of kept-alive connections.
// Used inside the inbound transaction, and reused by quarantine release and the digest mailer.
import { connect as netConnect, type Socket } from 'node:net';
import { connect as tlsConnect, type TLSSocket } from 'node:tls';
import type { Logger } from '../log.ts';
import { dotStuff } from './message.ts';

export interface RelayEnvelope {
  /** '' for the null sender */
  mailFrom: string;
  recipients: string[];
}

export interface RelayResult {
  ok: boolean;
  code: number;
  enhanced: string;
  message: string;
  /** the backend's final reply as text (null when it could not be reached) */
  backendReply: string | null;
  /** recipients the backend accepted (the message went to these when ok) */
  accepted: string[];
  /** recipients the backend refused at RCPT, with its reply */
  refused: Array<{ recipient: string; reply: string }>;
}

/**
 * When the backend accepts some recipients and defers others (4xx):
 *  - 'defer-all': send nothing and return the 4xx (the caller's client retries everyone),
 *  - 'deliver-accepted': deliver to the accepted ones; the deferred ones are in `refused` for the
 *    caller to queue (the inbound path queues them durably before its 250).
 */
export type PartialPolicy = 'defer-all' | 'deliver-accepted';

export interface BackendRelayOptions {
  host: string;
  port: number;
  /** our EHLO name */
  heloName: string;
  timeoutMs: number;
  /** most connections open at once (also the number kept idle) */
  poolSize: number;
  /** close idle connections after this long (backends time idle clients out too) */
  idleMs?: number;
  /** start a fresh connection after this many messages */
  maxMessagesPerConnection?: number;
  /** STARTTLS towards the backend when offered (certificate not verified: it is our own server) */
  startTls?: boolean;
  log?: Logger;
}

interface Reply { code: number; lines: string[]; text: string }

const DOT_LINE = Buffer.from('.\r\n', 'latin1');

class ReplyError extends Error {
  constructor(readonly reply: Reply) { super(reply.text); }
}

/** Network failure before the backend replied: the message can safely be retried elsewhere. */
class LinkError extends Error {}

function enhancedOf(reply: Reply): string {
  const m = /^([245]\.\d{1,3}\.\d{1,3})\s/.exec(reply.lines[reply.lines.length - 1] ?? '');
  if (m) return m[1]!;
  return `${Math.floor(reply.code / 100)}.0.0`;
}

function messageOf(reply: Reply): string {
  const last = reply.lines[reply.lines.length - 1] ?? '';
  return last.replace(/^[245]\.\d{1,3}\.\d{1,3}\s+/, '');
}

/** One SMTP connection to the backend. Replies are matched to commands in order (pipelining-safe). */
class BackendConnection {
  private socket: Socket | TLSSocket | null = null;
  private buf = '';
  private pending: Array<{ resolve: (r: Reply) => void; reject: (e: Error) => void }> = [];
  private partial: string[] = [];
  private timer: NodeJS.Timeout | null = null;
  closed = false;
  pipelining = false;
  messages = 0;
  /** set once message bytes were written: from then on a broken link is not retried (duplicates) */
  dataSent = false;
  idleTimer: NodeJS.Timeout | null = null;

  constructor(private readonly opts: BackendRelayOptions) {}

  async open(): Promise<void> {
    await new Promise<void>((resolve, reject) => {
      const s = netConnect({ host: this.opts.host, port: this.opts.port });
      const fail = (err: Error): void => { s.destroy(); reject(new LinkError(`backend ${this.opts.host}:${this.opts.port}: ${err.message}`)); };
      const t = setTimeout(() => fail(new Error('connect timeout')), Math.min(this.opts.timeoutMs, 30000));
      s.once('error', fail);
      s.once('connect', () => {
        clearTimeout(t);
        s.removeListener('error', fail);
        this.attach(s);
        resolve();
      });
    });
    const greeting = await this.read();
    if (greeting.code !== 220) throw new ReplyError(greeting);
    await this.hello();
  }

  private async hello(): Promise<void> {
    let ehlo = await this.command(`EHLO ${this.opts.heloName}`);
    if (ehlo.code !== 250) {
      const helo = await this.command(`HELO ${this.opts.heloName}`);
      if (helo.code !== 250) throw new ReplyError(helo);
      return;
    }
    const ext = ehlo.lines.slice(1).map((l) => l.toUpperCase());
    if (this.opts.startTls && !(this.socket as TLSSocket).encrypted && ext.some((e) => e.startsWith('STARTTLS'))) {
      const r = await this.command('STARTTLS');
      if (r.code === 220) {
        await this.upgrade();
        ehlo = await this.command(`EHLO ${this.opts.heloName}`);
        if (ehlo.code !== 250) throw new ReplyError(ehlo);
      }
    }
    this.pipelining = ehlo.lines.slice(1).some((l) => l.toUpperCase() === 'PIPELINING');
  }

  private upgrade(): Promise<void> {
    const plain = this.socket!;
    plain.removeAllListeners('data');
    return new Promise((resolve, reject) => {
      const secure = tlsConnect({ socket: plain, rejectUnauthorized: false, servername: this.opts.host }, () => resolve());
      secure.once('error', (e) => reject(new LinkError(e.message)));
      this.attach(secure);
    });
  }

  private attach(s: Socket | TLSSocket): void {
    this.socket = s;
    s.setNoDelay(true);
    s.on('data', (chunk: Buffer) => this.onData(chunk));
    s.on('error', (err) => this.fail(new LinkError(err.message)));
    s.on('close', () => this.fail(new LinkError('backend closed the connection')));
  }

  private onData(chunk: Buffer): void {
    this.buf += chunk.toString('latin1');
    let nl: number;
    while ((nl = this.buf.indexOf('\n')) >= 0) {
      const line = this.buf.slice(0, nl).replace(/\r$/, '');
      this.buf = this.buf.slice(nl + 1);
      const m = /^(\d{3})([ -]?)(.*)$/.exec(line);
      if (!m) { this.fail(new LinkError(`backend sent a malformed reply: ${line.slice(0, 100)}`)); return; }
      this.partial.push(m[3]!);
      if (m[2] === '-') continue;
      const reply: Reply = { code: Number(m[1]), lines: this.partial, text: `${m[1]} ${this.partial[this.partial.length - 1]}` };
      this.partial = [];
      const p = this.pending.shift();
      if (!p) continue; // unsolicited (e.g. 421 before close): the close handler deals with it
      this.rearm();
      p.resolve(reply);
    }
    if (this.buf.length > 65536) this.fail(new LinkError('backend reply line too long'));
  }

  private rearm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = this.pending.length ? setTimeout(() => this.fail(new LinkError('backend timeout')), this.opts.timeoutMs) : null;
  }

  private fail(err: Error): void {
    if (!this.closed) {
      this.closed = true;
      this.socket?.destroy();
    }
    if (this.timer) clearTimeout(this.timer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const pending = this.pending;
    this.pending = [];
    for (const p of pending) p.reject(err);
  }

  read(): Promise<Reply> {
    if (this.closed) return Promise.reject(new LinkError('backend connection closed'));
    return new Promise((resolve, reject) => {
      this.pending.push({ resolve, reject });
      if (this.pending.length === 1) this.rearm();
    });
  }

  /** Several parts go out corked, as one writev (no copy of a large body). */
  write(...parts: Array<string | Buffer>): void {
    if (this.closed || !this.socket) throw new LinkError('backend connection closed');
    if (parts.length === 1) { this.socket.write(parts[0]!); return; }
    this.socket.cork();
    for (const p of parts) this.socket.write(p);
    this.socket.uncork();
  }

  command(line: string): Promise<Reply> {
    const r = this.read();
    this.write(line + '\r\n');
    return r;
  }

  /** One transaction. Throws LinkError when the link broke before the backend gave a final answer. */
  async send(env: RelayEnvelope, stuffed: Buffer, partial: PartialPolicy = 'defer-all'): Promise<RelayResult> {
    const cmds = [`MAIL FROM:<${env.mailFrom}>`, ...env.recipients.map((r) => `RCPT TO:<${r}>`)];
    let replies: Reply[];
    let dataReply: Reply;
    if (this.pipelining) {
      // RFC 2920: MAIL, RCPTs and DATA in one write; replies come back in order.
      const all = [...cmds, 'DATA'].map(() => this.read());
      this.write([...cmds, 'DATA'].join('\r\n') + '\r\n');
      const got = await Promise.all(all);
      replies = got.slice(0, -1);
      dataReply = got[got.length - 1]!;
    } else {
      replies = [];
      for (const c of cmds) {
        const r = await this.command(c);
        replies.push(r);
        if (replies.length === 1 && r.code !== 250) break;
      }
      const anyRcpt = replies.slice(1).some((r) => r.code >= 200 && r.code < 300);
      dataReply = anyRcpt ? await this.command('DATA') : { code: 554, lines: ['5.5.1 no valid recipients'], text: '554 5.5.1 no valid recipients' };
    }
    const mail = replies[0]!;
    const accepted: string[] = [];
    const refused: RelayResult['refused'] = [];
    env.recipients.forEach((rcpt, i) => {
      const r = replies[i + 1];
      if (r && r.code >= 200 && r.code < 300) accepted.push(rcpt);
      else refused.push({ recipient: rcpt, reply: r ? r.text : '(not sent)' });
    });
    const refuseWith = (reply: Reply): RelayResult => ({
      ok: false, code: reply.code, enhanced: enhancedOf(reply), message: messageOf(reply), backendReply: reply.text, accepted: [], refused,
    });
    if (mail.code < 200 || mail.code >= 300) {
      if (dataReply.code === 354) await this.abortData();
      await this.reset();
      return refuseWith(mail);
    }
    if (!accepted.length) {
      if (dataReply.code === 354) await this.abortData();
      await this.reset();
      // a temporary refusal of any recipient wins, so the client retries rather than bounces
      const firstTemp = replies.slice(1).find((r) => r.code >= 400 && r.code < 500);
      return refuseWith(firstTemp ?? replies[1] ?? dataReply);
    }
    // Some recipients accepted, some only "try later": after DATA the client gets one answer for
    // all of them, and a 250 would silently drop the deferred ones. Defer the whole message instead;
    // the client's retry goes to everyone (nothing was delivered yet).
    const deferred = replies.slice(1).find((r) => r.code >= 400 && r.code < 500);
    if (deferred && partial === 'defer-all') {
      if (dataReply.code === 354) await this.abortData();
      else await this.reset();
      return refuseWith(deferred);
    }
    if (dataReply.code !== 354) {
      await this.reset();
      return refuseWith(dataReply);
    }
    this.dataSent = true;
    // body and the final dot in one write: one syscall less per message on the hot path
    const final = this.read();
    this.write(stuffed, DOT_LINE);
    const finalReply = await final;
    this.messages++;
    if (finalReply.code >= 200 && finalReply.code < 300) {
      return { ok: true, code: 250, enhanced: enhancedOf(finalReply) === '2.0.0' ? '2.0.0' : enhancedOf(finalReply), message: messageOf(finalReply), backendReply: finalReply.text, accepted, refused };
    }
    return { ...refuseWith(finalReply), refused };
  }

  /** The backend said 354 although no recipient is valid (pipelined DATA): any body would be
   *  delivered, so the only safe way out is to drop the link. */
  private async abortData(): Promise<void> {
    this.fail(new LinkError('transaction aborted'));
  }

  async reset(): Promise<void> {
    if (this.closed) return;
    try {
      const r = await this.command('RSET');
      if (r.code !== 250) this.fail(new LinkError('RSET refused'));
    } catch {
      // the connection is closed by fail()
    }
  }

  async quit(): Promise<void> {
    if (this.closed) return;
    try {
      const t = setTimeout(() => this.fail(new LinkError('quit')), 1000);
      await this.command('QUIT');
      clearTimeout(t);
    } catch {
      // already gone
    }
    this.fail(new LinkError('closed'));
  }
}

/** A pool of backend connections; `send` relays one message and never throws. */
export class BackendRelay {
  private idle: BackendConnection[] = [];
  private busy = 0;
  private waiters: Array<() => void> = [];
  private closing = false;
  private readonly idleMs: number;
  private readonly maxMessages: number;

  constructor(private readonly opts: BackendRelayOptions) {
    this.idleMs = opts.idleMs ?? 20000;
    this.maxMessages = opts.maxMessagesPerConnection ?? 1000;
  }

  /** Relays `raw` (the message, CRLF, not dot-stuffed). 250 only after the backend's 250. */
  async send(env: RelayEnvelope, raw: Buffer, partial: PartialPolicy = 'defer-all'): Promise<RelayResult> {
    return this.sendStuffed(env, dotStuff(raw), partial);
  }

  /** Same as send() for a message already dot-stuffed (the inbound path stuffs while editing headers). */
  async sendStuffed(env: RelayEnvelope, stuffed: Buffer, partial: PartialPolicy = 'defer-all'): Promise<RelayResult> {
    if (this.closing) return this.unavailable('relay is shutting down');
    await this.acquireSlot();
    try {
      // A pooled connection may have been closed by the backend in the meantime: a link error
      // before any final reply is retried once on a fresh connection (nothing was accepted).
      for (let attempt = 0; ; attempt++) {
        const reused = this.idle.length > 0;
        let conn: BackendConnection;
        try {
          conn = await this.take();
        } catch (err) {
          return this.unavailable((err as Error).message);
        }
        try {
          conn.dataSent = false;
          const result = await conn.send(env, stuffed, partial);
          this.release(conn);
          return result;
        } catch (err) {
          conn.closed = true;
          if (err instanceof LinkError && reused && attempt === 0 && !conn.dataSent) continue;
          if (err instanceof ReplyError) return { ok: false, code: err.reply.code, enhanced: enhancedOf(err.reply), message: messageOf(err.reply), backendReply: err.reply.text, accepted: [], refused: [] };
          return this.unavailable((err as Error).message);
        }
      }
    } finally {
      this.busy--;
      this.waiters.shift()?.();
    }
  }

  /** The web UI's `WebRelay` shape. */
  relay(mailFrom: string, recipients: string[], raw: Buffer): Promise<RelayResult> {
    return this.send({ mailFrom, recipients }, raw);
  }

  /** RCPT callout: 'yes' (2xx), 'no' (5xx) or 'unknown' (4xx / backend down). Uses a pooled connection. */
  async verifyRecipient(recipient: string): Promise<{ result: 'yes' | 'no' | 'unknown'; reply: string }> {
    if (this.closing) return { result: 'unknown', reply: 'shutting down' };
    await this.acquireSlot();
    try {
      const conn = await this.take();
      try {
        const mail = await conn.command('MAIL FROM:<>');
        if (mail.code !== 250) { await conn.reset(); this.release(conn); return { result: 'unknown', reply: mail.text }; }
        const r = await conn.command(`RCPT TO:<${recipient}>`);
        await conn.reset();
        this.release(conn);
        const result = r.code >= 200 && r.code < 300 ? 'yes' : r.code >= 500 ? 'no' : 'unknown';
        return { result, reply: r.text };
      } catch (err) {
        conn.closed = true;
        return { result: 'unknown', reply: (err as Error).message };
      }
    } catch (err) {
      return { result: 'unknown', reply: (err as Error).message };
    } finally {
      this.busy--;
      this.waiters.shift()?.();
    }
  }

  /** true when a connection to the backend can be opened and greets us */
  async ping(): Promise<boolean> {
    const c = new BackendConnection(this.opts);
    try {
      await c.open();
      await c.quit();
      return true;
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.closing = true;
    const idle = this.idle;
    this.idle = [];
    await Promise.all(idle.map((c) => c.quit()));
  }

  private unavailable(detail: string): RelayResult {
    this.opts.log?.warn({ backend: `${this.opts.host}:${this.opts.port}`, err: detail }, 'backend unavailable');
    return { ok: false, code: 451, enhanced: '4.4.1', message: 'Backend mail server unavailable, try again later', backendReply: null, accepted: [], refused: [] };
  }

  private acquireSlot(): Promise<void> {
    if (this.busy < this.opts.poolSize) { this.busy++; return Promise.resolve(); }
    return new Promise((resolve) => this.waiters.push(() => { this.busy++; resolve(); }));
  }

  private async take(): Promise<BackendConnection> {
    while (this.idle.length) {
      const c = this.idle.pop()!;
      if (c.idleTimer) clearTimeout(c.idleTimer);
      if (!c.closed) return c;
    }
    const c = new BackendConnection(this.opts);
    await c.open();
    return c;
  }

  private release(c: BackendConnection): void {
    if (c.closed) return;
    if (this.closing || c.messages >= this.maxMessages || this.idle.length >= this.opts.poolSize) { void c.quit(); return; }
    c.idleTimer = setTimeout(() => {
      this.idle = this.idle.filter((x) => x !== c);
      void c.quit();
    }, this.idleMs);
    c.idleTimer.unref();
    this.idle.push(c);
  }
}
