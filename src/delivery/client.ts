// One delivery attempt over SMTP with per-recipient results, on a small pool of reusable
// connections (keyed by host:port). STARTTLS is used whenever offered, without certificate
// verification (opportunistic TLS, RFC 7435: an MX certificate rarely matches and refusing
// would only make mail travel in clear); a failed TLS upgrade goes on in clear.
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import type { Logger } from '../log.ts';

export interface Target {
  /** connect address (IP or host name) */
  host: string;
  port: number;
  /** name for logs, DSNs and TLS SNI (the MX host name) */
  name: string;
  auth?: { user: string; pass: string } | null;
}

export interface RecipientResult { address: string; code: number; reply: string }

export type AttemptOutcome =
  /** the server answered for each recipient (2xx delivered, 4xx deferred, 5xx failed) */
  | { kind: 'answered'; results: RecipientResult[]; remote: string }
  /** nothing conclusive (connection failure, timeout, 4xx at greeting/MAIL/DATA): try another host, or later */
  | { kind: 'transient'; reply: string; code: number | null; remote: string };

export interface ClientOptions {
  heloName: string;
  log: Logger;
  connectTimeoutMs?: number;
  socketTimeoutMs?: number;
  /** keep idle connections this long for reuse */
  idleMs?: number;
  /** at most this many messages per connection */
  maxMessages?: number;
}

interface PooledConnection { conn: SMTPConnection; key: string; messages: number; timer: NodeJS.Timeout | null; broken: boolean }
type SmtpError = Error & { code?: string; responseCode?: number; response?: string; command?: string; rejectedErrors?: SmtpError[]; recipient?: string };

function connect(target: Target, opts: ClientOptions, ignoreTLS: boolean): Promise<SMTPConnection> {
  return new Promise((resolve, reject) => {
    const conn = new SMTPConnection({
      host: target.host,
      port: target.port,
      name: opts.heloName,
      ignoreTLS,
      opportunisticTLS: true,
      tls: { rejectUnauthorized: false, ...(/^[\d.:]+$/.test(target.name) ? {} : { servername: target.name }) },
      connectionTimeout: opts.connectTimeoutMs ?? 30000,
      greetingTimeout: opts.connectTimeoutMs ?? 30000,
      socketTimeout: opts.socketTimeoutMs ?? 300000,
      logger: false,
    });
    let settled = false;
    conn.on('error', (err: Error) => {
      if (!settled) { settled = true; reject(err); }
    });
    conn.connect((err) => {
      if (settled) return;
      if (err) { settled = true; reject(err); return; }
      if (!target.auth) { settled = true; resolve(conn); return; }
      conn.login({ credentials: { user: target.auth.user, pass: target.auth.pass } }, (loginErr) => {
        if (settled) return;
        settled = true;
        if (loginErr) { conn.close(); reject(loginErr); } else resolve(conn);
      });
    });
  });
}

function replyOf(err: SmtpError): { code: number | null; reply: string } {
  if (err.response) return { code: err.responseCode ?? (Number(err.response.slice(0, 3)) || null), reply: err.response.replace(/\r?\n/g, ' ').trim() };
  return { code: null, reply: `${err.code ?? 'ERROR'}: ${err.message}` };
}

export class SmtpClientPool {
  private idle = new Map<string, PooledConnection[]>();
  private closed = false;

  constructor(private readonly opts: ClientOptions) {}

  private async acquire(target: Target): Promise<PooledConnection> {
    const key = `${target.host}:${target.port}:${target.auth?.user ?? ''}`;
    const list = this.idle.get(key);
    while (list?.length) {
      const pc = list.pop()!;
      if (pc.timer) clearTimeout(pc.timer);
      pc.timer = null;
      if (!pc.broken && !(pc.conn as unknown as { destroyed?: boolean }).destroyed) return pc;
      pc.conn.close();
    }
    let conn: SMTPConnection;
    try {
      conn = await connect(target, this.opts, false);
    } catch (err) {
      // a server whose STARTTLS is broken still gets the mail, in clear (opportunistic TLS)
      if ((err as SmtpError).code !== 'ETLS') throw err;
      conn = await connect(target, this.opts, true);
    }
    const pc: PooledConnection = { conn, key, messages: 0, timer: null, broken: false };
    conn.on('error', () => { pc.broken = true; });
    conn.on('end', () => { pc.broken = true; });
    return pc;
  }

  private release(pc: PooledConnection): void {
    if (this.closed || pc.broken || pc.messages >= (this.opts.maxMessages ?? 100)) {
      pc.conn.quit();
      return;
    }
    const list = this.idle.get(pc.key) ?? [];
    list.push(pc);
    this.idle.set(pc.key, list);
    pc.timer = setTimeout(() => {
      const l = this.idle.get(pc.key);
      const i = l?.indexOf(pc) ?? -1;
      if (l && i >= 0) l.splice(i, 1);
      pc.conn.quit();
    }, this.opts.idleMs ?? 10000);
    pc.timer.unref();
  }

  private reset(pc: PooledConnection): Promise<void> {
    return new Promise((resolve) => {
      pc.conn.reset((err) => {
        if (err) pc.broken = true;
        resolve();
      });
    });
  }

  /** One transaction: MAIL FROM, RCPT TO for each recipient, DATA. Never throws. */
  async send(target: Target, mailFrom: string, recipients: readonly string[], body: Buffer): Promise<AttemptOutcome> {
    const remote = target.name === target.host ? target.host : `${target.name} [${target.host}]`;
    let pc: PooledConnection;
    try {
      pc = await this.acquire(target);
    } catch (err) {
      const r = replyOf(err as SmtpError);
      return { kind: 'transient', ...r, remote };
    }
    const envelope = {
      from: mailFrom === '' ? false as const : mailFrom,
      to: [...recipients],
      size: body.length,
      use8BitMime: body.some((b) => b > 127),
    };
    const outcome = await new Promise<AttemptOutcome>((resolve) => {
      pc.conn.send(envelope, body, (err, info) => {
        if (!err && info) {
          const reply = info.response.replace(/\r?\n/g, ' ').trim();
          const code = Number(reply.slice(0, 3)) || 250;
          const results: RecipientResult[] = info.accepted.map((address) => ({ address, code, reply }));
          for (const e of (info.rejectedErrors ?? []) as SmtpError[]) {
            const r = replyOf(e);
            results.push({ address: e.recipient ?? '', code: r.code ?? 450, reply: r.reply });
          }
          resolve({ kind: 'answered', results, remote });
          return;
        }
        const e = err as SmtpError;
        if (e.rejectedErrors?.length && e.command === 'RCPT TO') {
          // every recipient was refused: each has its own reply
          resolve({
            kind: 'answered', remote,
            results: e.rejectedErrors.map((re) => {
              const r = replyOf(re);
              return { address: re.recipient ?? '', code: r.code ?? 450, reply: r.reply };
            }),
          });
          return;
        }
        const r = replyOf(e);
        if (r.code !== null && r.code >= 500) {
          // 5xx to MAIL FROM or DATA: the message failed for every recipient
          resolve({ kind: 'answered', remote, results: recipients.map((address) => ({ address, code: r.code!, reply: r.reply })) });
          return;
        }
        if (r.code === null) pc.broken = true;
        resolve({ kind: 'transient', ...r, remote });
      });
    });
    pc.messages++;
    if (!pc.broken && !(outcome.kind === 'answered' && outcome.results.some((x) => x.code < 300) && outcome.results.every((x) => x.code < 300))) {
      await this.reset(pc);
    }
    this.release(pc);
    return outcome;
  }

  close(): void {
    this.closed = true;
    for (const list of this.idle.values()) for (const pc of list) {
      if (pc.timer) clearTimeout(pc.timer);
      pc.conn.quit();
    }
    this.idle.clear();
  }
}
