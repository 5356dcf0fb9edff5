// A byte-logging SMTP sink for tests: a raw `net` server we fully control, so `raw` is exactly the
// bytes that arrived after DATA (dot-stuffing and any stray CR/LF/NUL intact). Replies per phase can
// be fixed strings or functions, so a test can make the "backend" refuse, tempfail or stall.
import { connect as netConnect, createServer, type Socket } from 'node:net';

export type SinkPhase = 'connect' | 'ehlo' | 'mail' | 'rcpt' | 'data';

export interface SinkCallInfo {
  /** MAIL FROM address (without brackets), '' for <> */
  mailFrom: string;
  /** recipients accepted so far in this transaction */
  rcptTo: string[];
  /** the argument of this command (address for MAIL/RCPT, helo name for EHLO) */
  arg: string;
  /** for `data`: the wire bytes of the message */
  raw?: Buffer;
  /** how many transactions this sink has seen finish DATA before this one */
  index: number;
}

type ReplyFn = (info: SinkCallInfo) => string | undefined;
export type SinkReplies =
  | Partial<Record<SinkPhase, string | ReplyFn>>
  | ((phase: SinkPhase, info: SinkCallInfo) => string | undefined);

export interface SinkMessage {
  mailFrom: string;
  rcptTo: string[];
  /** the exact bytes after the DATA command up to and excluding the final ".\r\n" (still dot-stuffed) */
  raw: Buffer;
  /** `raw` with the dot-stuffing removed (what the message is) */
  data: Buffer;
  /** the reply the sink gave to the DATA */
  reply: string;
  helo: string;
}

export interface SinkOptions {
  replies?: SinkReplies;
  /** delay before answering the end of DATA (ms), to simulate a slow backend */
  delayMs?: number;
  host?: string;
  /** listen on this port (default: any free one) */
  port?: number;
  /** advertised EHLO extensions (default PIPELINING, 8BITMIME, SMTPUTF8, SIZE) */
  extensions?: string[];
}

export interface Sink {
  port: number;
  host: string;
  /** messages the sink accepted (2xx to DATA) in arrival order */
  messages: SinkMessage[];
  /** messages the sink refused at DATA (non-2xx) */
  refused: SinkMessage[];
  /** every command line received, in order, across connections */
  commands: string[];
  connections: number;
  stop(): Promise<void>;
}

const TERMINATOR = Buffer.from('\r\n.\r\n');

function unstuff(raw: Buffer): Buffer {
  // RFC 5321 4.5.2: a line starting with "." had one "." added by the sender.
  const text = raw.toString('latin1');
  return Buffer.from(text.replace(/(^|\r\n)\./g, '$1'), 'latin1');
}

export async function startSink(opts: SinkOptions = {}): Promise<Sink> {
  const host = opts.host ?? '127.0.0.1';
  const sockets = new Set<Socket>();
  const sink: Sink = {
    port: 0, host, messages: [], refused: [], commands: [], connections: 0,
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
  let finished = 0;

  const reply = (phase: SinkPhase, info: SinkCallInfo, fallback: string): string => {
    const r = opts.replies;
    if (!r) return fallback;
    if (typeof r === 'function') return r(phase, info) ?? fallback;
    const v = r[phase];
    if (v === undefined) return fallback;
    return (typeof v === 'function' ? v(info) : v) ?? fallback;
  };

  const server = createServer((socket) => {
    sink.connections++;
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    let buf = Buffer.alloc(0);
    let inData = false;
    let helo = '';
    let mailFrom: string | null = null;
    let rcptTo: string[] = [];
    let busy = false; // waiting to answer DATA: buffer further input (pipelined QUIT)
    const send = (line: string): void => {
      if (!socket.destroyed) socket.write(line.endsWith('\r\n') ? line : line + '\r\n');
    };
    const info = (arg: string, raw?: Buffer): SinkCallInfo => ({ mailFrom: mailFrom ?? '', rcptTo: [...rcptTo], arg, raw, index: finished });

    const greeting = reply('connect', info(''), '220 sink.test ESMTP test sink');
    send(greeting);
    if (!greeting.startsWith('2')) { socket.end(); return; }

    const process = (): void => {
      while (!busy && !socket.destroyed) {
        if (inData) {
          // only CRLF.CRLF ends DATA; the CRLF before "." belongs to the message
          const probe = Buffer.concat([Buffer.from('\r\n'), buf]);
          const at = probe.indexOf(TERMINATOR);
          if (at < 0) return;
          const raw = probe.subarray(2, at + 2);
          buf = probe.subarray(at + TERMINATOR.length);
          inData = false;
          const msgRaw = Buffer.from(raw);
          const answer = reply('data', info('', msgRaw), '250 2.0.0 Ok: queued as SINK' + finished);
          const message: SinkMessage = { mailFrom: mailFrom ?? '', rcptTo: [...rcptTo], raw: msgRaw, data: unstuff(msgRaw), reply: answer, helo };
          finished++;
          mailFrom = null;
          rcptTo = [];
          const finish = (): void => {
            (answer.startsWith('2') ? sink.messages : sink.refused).push(message);
            send(answer);
            busy = false;
            process();
          };
          if (opts.delayMs) { busy = true; setTimeout(finish, opts.delayMs); return; }
          finish();
          continue;
        }
        const nl = buf.indexOf('\n');
        if (nl < 0) return;
        const line = buf.subarray(0, nl).toString('utf8').replace(/\r$/, '');
        buf = buf.subarray(nl + 1);
        sink.commands.push(line);
        const verb = line.slice(0, 4).toUpperCase();
        const arg = line.slice(4).trim();
        if (verb === 'EHLO' || verb === 'HELO') {
          helo = arg;
          const r = reply('ehlo', info(arg), '');
          if (r) { send(r); continue; }
          if (verb === 'HELO') { send('250 sink.test'); continue; }
          const ext = opts.extensions ?? ['PIPELINING', '8BITMIME', 'SMTPUTF8', 'SIZE 104857600'];
          send(['250-sink.test', ...ext.map((e, i) => (i === ext.length - 1 ? '250 ' : '250-') + e)].join('\r\n'));
        } else if (verb === 'MAIL') {
          const m = /^FROM:\s*<([^>]*)>/i.exec(arg);
          const addr = m ? m[1]! : '';
          const r = reply('mail', { ...info(addr) }, '250 2.1.0 Ok');
          if (r.startsWith('2')) { mailFrom = addr; rcptTo = []; }
          send(r);
        } else if (verb === 'RCPT') {
          const m = /^TO:\s*<([^>]*)>/i.exec(arg);
          const addr = m ? m[1]! : '';
          if (mailFrom === null) { send('503 5.5.1 need MAIL'); continue; }
          const r = reply('rcpt', info(addr), '250 2.1.5 Ok');
          if (r.startsWith('2')) rcptTo.push(addr);
          send(r);
        } else if (verb === 'DATA') {
          if (mailFrom === null || rcptTo.length === 0) { send('503 5.5.1 need RCPT'); continue; }
          inData = true;
          send('354 End data with <CR><LF>.<CR><LF>');
        } else if (verb === 'RSET') {
          mailFrom = null; rcptTo = [];
          send('250 2.0.0 Ok');
        } else if (verb === 'NOOP') {
          send('250 2.0.0 Ok');
        } else if (verb === 'QUIT') {
          send('221 2.0.0 Bye');
          socket.end();
          return;
        } else {
          send('502 5.5.2 Error: command not recognized');
        }
      }
    };
    socket.on('data', (chunk: Buffer) => {
      buf = Buffer.concat([buf, chunk]);
      process();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const addr = server.address();
  sink.port = typeof addr === 'object' && addr ? addr.port : 0;
  return sink;
}

// ---------- a raw SMTP client for tests that need exact bytes on the wire ----------
export interface SmtpReplyText {
  code: number;
  /** all lines joined with \n, codes included */
  text: string;
  lines: string[];
}

export interface RawSmtpClient {
  /** next complete reply (multi-line aware) */
  read(timeoutMs?: number): Promise<SmtpReplyText>;
  /** sends a command line (CRLF added) and reads its reply */
  cmd(line: string, timeoutMs?: number): Promise<SmtpReplyText>;
  /** writes bytes as given */
  write(data: Buffer | string): void;
  /** resolves when the server closed the connection */
  closed: Promise<void>;
  isClosed(): boolean;
  close(): void;
}

export function rawSmtp(port: number, host = '127.0.0.1'): Promise<RawSmtpClient> {
  return new Promise((resolve, reject) => {
    const sock = netConnect(port, host);
    let buf = '';
    const replies: SmtpReplyText[] = [];
    const waiters: Array<(r: SmtpReplyText | null) => void> = [];
    let lines: string[] = [];
    let ended = false;
    let onClosed!: () => void;
    const closed = new Promise<void>((r) => { onClosed = r; });
    sock.on('data', (d: Buffer) => {
      buf += d.toString('latin1');
      let nl: number;
      while ((nl = buf.indexOf('\n')) >= 0) {
        const line = buf.slice(0, nl).replace(/\r$/, '');
        buf = buf.slice(nl + 1);
        lines.push(line);
        if (/^\d{3}-/.test(line)) continue;
        const reply = { code: Number(line.slice(0, 3)), text: lines.join('\n'), lines };
        lines = [];
        const w = waiters.shift();
        if (w) w(reply); else replies.push(reply);
      }
    });
    sock.on('close', () => {
      ended = true;
      onClosed();
      for (const w of waiters.splice(0)) w(null);
    });
    sock.on('error', () => undefined);
    const read = (timeoutMs = 20000): Promise<SmtpReplyText> => {
      const r = replies.shift();
      if (r) return Promise.resolve(r);
      if (ended) return Promise.reject(new Error('connection closed'));
      return new Promise((res, rej) => {
        const waiter = (x: SmtpReplyText | null): void => { clearTimeout(t); if (x) res(x); else rej(new Error('connection closed')); };
        const t = setTimeout(() => {
          // a reply that comes later is kept for the next read()
          const i = waiters.indexOf(waiter);
          if (i >= 0) waiters.splice(i, 1);
          rej(new Error(`no reply within ${timeoutMs} ms`));
        }, timeoutMs);
        waiters.push(waiter);
      });
    };
    sock.once('connect', () => resolve({
      read,
      cmd: (line, timeoutMs) => { sock.write(line + '\r\n'); return read(timeoutMs); },
      write: (data) => { sock.write(data); },
      closed,
      isClosed: () => ended,
      close: () => { sock.destroy(); },
    }));
    sock.once('error', reject);
  });
}
