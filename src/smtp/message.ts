// Byte-level message handling between the client's DATA and the backend: bounded collection,
// line-ending normalisation (the SMTP-smuggling defence), header edits and dot-stuffing.
// Everything here works on Buffers in latin1 space so no byte is ever re-encoded.
import type { Readable } from 'node:stream';

const CR = 0x0d;
const LF = 0x0a;
const NUL = 0x00;
const DOT = 0x2e;

export interface CollectedMessage {
  /** the message (dot-stuffing removed by smtp-server), or null when it was not kept */
  raw: Buffer | null;
  /** bytes the client sent (counted even past the limit) */
  size: number;
  sizeExceeded: boolean;
  /** the process-wide buffer budget ran out while receiving (answer 452, the client retries) */
  overBudget: boolean;
}

/**
 * Bytes of message data held in memory by all sessions together. Each message is capped by the
 * size limit; this caps their sum, so a thousand clients sending 25 MB at once cannot exhaust memory.
 */
export class MemoryBudget {
  used = 0;
  constructor(readonly limit: number) {}
  take(n: number): boolean {
    if (this.used + n > this.limit) return false;
    this.used += n;
    return true;
  }
  give(n: number): void {
    this.used = Math.max(0, this.used - n);
  }
}

/**
 * Reads smtp-server's data stream, keeping at most `maxBytes` in memory: past the limit (or past
 * the shared budget) the rest is read and dropped — the client still has to send up to the final
 * dot before it gets its answer.
 */
export function collectMessage(stream: Readable, maxBytes: number, budget?: MemoryBudget): Promise<CollectedMessage> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let held = 0;
    let exceeded = false;
    let overBudget = false;
    const release = (): void => {
      budget?.give(held);
      held = 0;
      chunks.length = 0;
    };
    stream.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (exceeded || overBudget) return;
      if (size > maxBytes) {
        exceeded = true;
        release();
        return;
      }
      if (budget && !budget.take(chunk.length)) {
        overBudget = true;
        release();
        return;
      }
      held += chunk.length;
      chunks.push(chunk);
    });
    stream.once('end', () => {
      const raw = exceeded || overBudget ? null : Buffer.concat(chunks, held);
      // the concatenated copy is what lives on; the budget covers receiving, not judging
      release();
      resolve({ raw, size, sizeExceeded: exceeded, overBudget });
    });
    stream.once('error', (err) => {
      release();
      reject(err);
    });
  });
}

export interface LineEndingReport {
  bareLf: number;
  bareCr: number;
  nul: number;
}

/** Counts the bytes that make a message ambiguous to a downstream SMTP parser. */
export function inspectLineEndings(raw: Buffer): LineEndingReport {
  const report: LineEndingReport = { bareLf: 0, bareCr: 0, nul: 0 };
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b === LF) {
      if (i === 0 || raw[i - 1] !== CR) report.bareLf++;
    } else if (b === CR) {
      if (i + 1 >= raw.length || raw[i + 1] !== LF) report.bareCr++;
    } else if (b === NUL) report.nul++;
  }
  return report;
}

export function isClean(r: LineEndingReport): boolean {
  return r.bareLf === 0 && r.bareCr === 0 && r.nul === 0;
}

/**
 * Rewrites every bare LF and bare CR as CRLF and drops NUL bytes, so the backend sees exactly the
 * lines we see: a "\n.\n" inside the message becomes an ordinary "." line that dot-stuffing then
 * escapes, and can never end the DATA early on a lenient backend. Ensures a final CRLF.
 */
export function normalizeLineEndings(raw: Buffer): Buffer {
  const out = Buffer.allocUnsafe(raw.length * 2 + 2);
  let o = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === CR) {
      out[o++] = CR;
      out[o++] = LF;
      if (raw[i + 1] === LF) i++;
    } else if (b === LF) {
      out[o++] = CR;
      out[o++] = LF;
    } else if (b !== NUL) {
      out[o++] = b;
    }
  }
  if (o > 0 && !(out[o - 2] === CR && out[o - 1] === LF)) {
    out[o++] = CR;
    out[o++] = LF;
  }
  return Buffer.from(out.subarray(0, o));
}

/** RFC 5321 4.5.2: a "." at the start of a line gets another "." in front of it on the wire. */
export function dotStuff(raw: Buffer): Buffer {
  let extra = raw[0] === DOT ? 1 : 0;
  for (let i = 1; i < raw.length; i++) if (raw[i] === DOT && raw[i - 1] === LF) extra++;
  const needsCrlf = raw.length > 0 && !(raw[raw.length - 2] === CR && raw[raw.length - 1] === LF);
  if (extra === 0 && !needsCrlf) return raw;
  const out = Buffer.allocUnsafe(raw.length + extra + (needsCrlf ? 2 : 0));
  let o = 0;
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i]!;
    if (b === DOT && (i === 0 || raw[i - 1] === LF)) out[o++] = DOT;
    out[o++] = b;
  }
  if (needsCrlf) { out[o++] = CR; out[o++] = LF; }
  return out;
}

/** End of the header block: index of the blank line's CRLF (the body starts 2 bytes later), or -1. */
export function headerEnd(raw: Buffer): number {
  if (raw[0] === CR && raw[1] === LF) return 0;
  const i = raw.indexOf('\r\n\r\n', 0, 'latin1');
  return i < 0 ? -1 : i + 2;
}

/** Header names we add ourselves: copies sent by the client are removed so nobody can forge a verdict. */
const OWN_HEADERS = /^(x-spam-score|x-spam-status|x-spam-flag|x-spam-symbols|x-mailmoat-[a-z-]*):/i;

export interface HeaderEdit {
  /** header lines (without CRLF) to put on top, in order */
  prepend: string[];
  /** put in front of the Subject (added if the message has none), or null */
  subjectPrefix: string | null;
}

/**
 * Applies our header changes. The header block is split into fields (with their folded lines);
 * forged copies of our own headers are dropped; the body is not touched byte for byte.
 */
export function editHeaders(raw: Buffer, edit: HeaderEdit): Buffer {
  const end = headerEnd(raw);
  const headText = end < 0 ? raw.toString('latin1') : raw.subarray(0, end).toString('latin1');
  const body = end < 0 ? Buffer.alloc(0) : raw.subarray(end);
  // A message without any header/body separator is all header; keep it whole as "head".
  const lines = headText.length ? headText.split(/(?<=\r\n)/) : [];
  const fields: string[] = [];
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length) fields[fields.length - 1] += line;
    else fields.push(line);
  }
  let kept = fields.filter((f) => !OWN_HEADERS.test(f));
  if (edit.subjectPrefix) {
    const prefix = edit.subjectPrefix;
    let found = false;
    kept = kept.map((f) => {
      if (found || !/^subject:/i.test(f)) return f;
      found = true;
      const m = /^(subject:[ \t]*)([\s\S]*)$/i.exec(f)!;
      if (m[2]!.startsWith(prefix)) return f;
      return m[1] + prefix + ' ' + m[2];
    });
    if (!found) kept.push(`Subject: ${prefix}\r\n`);
  }
  const top = edit.prepend.map((h) => h + '\r\n').join('');
  let head = top + kept.join('');
  if (head.length && !head.endsWith('\r\n')) head += '\r\n';
  return Buffer.concat([Buffer.from(head, 'latin1'), body]);
}

/** compiled patterns by header name (the callers ask for a few fixed names) */
const headerPatterns = new Map<string, RegExp>();

/** Header field value as a single unfolded line (latin1 view), or '' if absent. */
export function headerValue(raw: Buffer, name: string): string {
  const end = headerEnd(raw);
  const head = (end < 0 ? raw : raw.subarray(0, end)).toString('latin1');
  let re = headerPatterns.get(name);
  if (!re) headerPatterns.set(name, (re = new RegExp(`^${name}:[ \\t]*((?:.*)(?:\\r\\n[ \\t].*)*)`, 'im')));
  const m = re.exec(head);
  return m ? m[1]!.replace(/\r\n[ \t]+/g, ' ').trim() : '';
}

/** RFC 5322 date as used in Received: headers. */
export function rfc5322Date(d = new Date()): string {
  return d.toUTCString().replace(/GMT$/, '+0000');
}

export interface ReceivedInfo {
  helo: string;
  clientHostname: string | null;
  clientIp: string;
  byHost: string;
  tls: boolean;
  esmtp: boolean;
  id: string;
  /** the single recipient for a one-recipient message (RFC 5321 allows "for" then) */
  forRecipient: string | null;
}

/** Received: trace header; all client-given text is sanitised so it cannot inject header lines. */
export function receivedHeader(info: ReceivedInfo, date = new Date()): string {
  const clean = (s: string): string => s.replace(/[^\x21-\x7e]/g, '').slice(0, 255) || 'unknown';
  const ip = info.clientIp.includes(':') ? `IPv6:${info.clientIp}` : info.clientIp;
  const from = `from ${clean(info.helo)} (${info.clientHostname ? clean(info.clientHostname) + ' ' : ''}[${clean(ip)}])`;
  const proto = info.esmtp ? (info.tls ? 'ESMTPS' : 'ESMTP') : 'SMTP';
  const forPart = info.forRecipient ? `\r\n\tfor <${clean(info.forRecipient)}>` : '';
  return `Received: ${from}\r\n\tby ${clean(info.byHost)} (mailmoat) with ${proto} id ${clean(info.id)}${forPart};\r\n\t${rfc5322Date(date)}`;
}
