// A direct clamd client (TCP or Unix socket): zINSTREAM with chunked upload, zPING, zVERSION.
// The whole raw message goes to clamd, which decodes MIME, base64/QP and archives itself.
// Every outcome other than an explicit "OK" is reported as not clean: errors, timeouts, a clamd
// that stalls, "size limit exceeded", a connection closed without a reply.
import { connect, type Socket } from 'node:net';

export interface ClamdAddress {
  host: string;
  port: number;
  /** Unix socket path; when set it wins over host/port */
  socket?: string | null;
}

export interface ClamdOptions extends ClamdAddress {
  timeoutMs: number;
  /** parallel connections at most; further scans wait their turn */
  maxConnections?: number;
  /** refuse to stream more than this (clamd's StreamMaxLength should be at least as large) */
  maxStreamBytes?: number;
}

export type ScanResult =
  | { status: 'clean' }
  | { status: 'infected'; virus: string }
  | { status: 'error'; error: string };

const CHUNK = 64 * 1024;

/**
 * Parses one clamd reply by its trailing word, never by substrings inside it (a virus name or a
 * path may contain "OK" or "ERROR"). Session replies carry a "<id>: " prefix, stream ones "stream: ".
 */
export function parseReply(reply: string): ScanResult {
  const text = reply.replace(/\0+$/, '').trim();
  if (!text) return { status: 'error', error: 'empty reply from clamd' };
  const body = text.replace(/^\d+: /, '');
  if (/ FOUND$/.test(body)) {
    const name = body.slice(0, -' FOUND'.length).replace(/^[^:]*: /, '').trim();
    return { status: 'infected', virus: name || 'unknown' };
  }
  if (/ ERROR$/.test(body)) return { status: 'error', error: body.slice(0, -' ERROR'.length).replace(/^[^:]*: /, '').trim() || 'clamd error' };
  if (/(^|: )OK$/.test(body)) return { status: 'clean' };
  return { status: 'error', error: `unexpected reply from clamd: ${body.slice(0, 200)}` };
}

/** One request on a fresh connection; resolves with the raw reply text (up to the NUL or close). */
function request(addr: ClamdAddress, timeoutMs: number, send: (sock: Socket) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const sock = addr.socket ? connect(addr.socket) : connect({ host: addr.host, port: addr.port });
    const chunks: Buffer[] = [];
    let settled = false;
    const finish = (err: Error | null): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      sock.destroy();
      const reply = Buffer.concat(chunks).toString('utf8');
      // clamd answers "size limit exceeded" and closes while we are still writing: the reply wins
      if (reply.trim()) resolve(reply);
      else reject(err ?? new Error('clamd closed the connection without a reply'));
    };
    // one overall deadline: a clamd that accepts but never answers is as bad as one that is down
    const timer = setTimeout(() => finish(new Error(`clamd timed out after ${timeoutMs} ms`)), timeoutMs);
    sock.on('connect', () => send(sock));
    sock.on('data', (d: Buffer) => {
      chunks.push(d);
      if (d.includes(0)) finish(null);
    });
    sock.on('end', () => finish(null));
    sock.on('close', () => finish(null));
    sock.on('error', (err) => finish(err));
  });
}

/** A tiny semaphore: at most `max` scans talk to clamd at once. */
class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];
  constructor(private readonly max: number) {}
  async run<T>(fn: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await fn();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

export class ClamdClient {
  private readonly limiter: Limiter;
  constructor(readonly options: ClamdOptions) {
    this.limiter = new Limiter(options.maxConnections ?? 8);
  }

  get target(): string {
    return this.options.socket ?? `${this.options.host}:${this.options.port}`;
  }

  async ping(timeoutMs = Math.min(this.options.timeoutMs, 3000)): Promise<boolean> {
    try {
      const reply = await request(this.options, timeoutMs, (s) => s.end('zPING\0'));
      return reply.replace(/\0+$/, '').trim() === 'PONG';
    } catch {
      return false;
    }
  }

  async version(): Promise<string | null> {
    try {
      return (await request(this.options, this.options.timeoutMs, (s) => s.end('zVERSION\0'))).replace(/\0+$/, '').trim();
    } catch {
      return null;
    }
  }

  /** Scans a whole message. Never throws: failures are `{ status: 'error' }`. */
  async scan(data: Buffer): Promise<ScanResult> {
    const max = this.options.maxStreamBytes;
    if (max !== undefined && data.length > max) return { status: 'error', error: `message of ${data.length} bytes exceeds the scan limit of ${max}` };
    return this.limiter.run(async () => {
      try {
        const reply = await request(this.options, this.options.timeoutMs, (sock) => {
          sock.write('zINSTREAM\0');
          for (let off = 0; off < data.length; off += CHUNK) {
            const chunk = data.subarray(off, Math.min(off + CHUNK, data.length));
            const len = Buffer.alloc(4);
            len.writeUInt32BE(chunk.length);
            sock.write(len);
            sock.write(chunk);
          }
          sock.write(Buffer.alloc(4)); // zero-length chunk ends the stream
        });
        return parseReply(reply);
      } catch (err) {
        return { status: 'error', error: (err as Error).message };
      }
    });
  }
}
