// Tar archives and gzip files: what they hold, read without a library. A ".tar.gz" ("invoice.tgz")
// or a bare ".gz" is how malware mail gets a program past filters that open only ZIP; 7-Zip and
// WinRAR, which most Windows desktops have, open both with a double click (and Windows 11 itself).
// Tar is a run of 512-byte headers, each followed by its file's data; gzip is one deflate stream,
// decompressed here within the walk's byte budget (a gzip bomb ends at the budget).
// References: POSIX.1-2017 pax/ustar; GNU tar's long names ('L'); RFC 1952 (gzip).
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';

const BLOCK = 512;
const gunzipAsync = promisify(gunzip);

export interface TarFile { name: string; content: Uint8Array }

/** A header block's checksum: the bytes summed with the checksum field itself read as spaces. */
function checksumOk(b: Uint8Array, at: number): boolean {
  const stored = octal(b, at + 148, 8);
  if (stored === null) return false;
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : b[at + i]!;
  return sum === stored;
}

/** An octal number field (NUL- or space-terminated), or GNU's base-256 form (high bit set); null when unreadable. */
function octal(b: Uint8Array, at: number, length: number): number | null {
  if (b[at]! & 0x80) {
    let v = 0;
    for (let i = 1; i < length; i++) v = v * 256 + b[at + i]!;
    return Number.isSafeInteger(v) ? v : null;
  }
  const text = Buffer.from(b.buffer, b.byteOffset + at, length).toString('latin1').replace(/[\0 ]+$/, '').trim();
  return /^[0-7]+$/.test(text) ? parseInt(text, 8) : text === '' ? 0 : null;
}

const field = (b: Uint8Array, at: number, length: number): string => {
  const bytes = Buffer.from(b.buffer, b.byteOffset + at, length);
  const end = bytes.indexOf(0);
  return bytes.subarray(0, end < 0 ? length : end).toString('utf8');
};

/** Whether the bytes are a tar archive: a first header with a valid checksum (ustar, GNU or old V7), whatever the file is called. */
export function isTar(b: Uint8Array): boolean {
  return b.length >= BLOCK && b[0] !== 0 && checksumOk(b, 0);
}

/**
 * The archive's regular files, at most `maxEntries`, in order, with their full names (GNU long
 * names and pax `path` records). A header that does not check out, or data running past the end,
 * ends the listing there.
 */
export function tarFiles(b: Uint8Array, maxEntries: number): TarFile[] {
  const out: TarFile[] = [];
  let longName: string | null = null;
  for (let at = 0; at + BLOCK <= b.length && out.length < maxEntries;) {
    if (b[at] === 0 || !checksumOk(b, at)) break; // the two zero blocks that end it, or damage
    const size = octal(b, at + 124, 12);
    if (size === null) break;
    const dataAt = at + BLOCK;
    const data = b.subarray(dataAt, Math.min(b.length, dataAt + size));
    const type = String.fromCharCode(b[at + 156]!);
    const ustar = field(b, at + 257, 6) === 'ustar';
    const name = longName ?? (ustar && b[at + 345] ? `${field(b, at + 345, 155)}/${field(b, at, 100)}` : field(b, at, 100));
    longName = null;
    if (type === 'L') longName = Buffer.from(data).toString('utf8').replace(/\0.*$/s, '');
    else if (type === 'x') longName = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(Buffer.from(data).toString('utf8'))?.[1] ?? null;
    else if (type === '0' || type === '\0' || type === '7') out.push({ name, content: data });
    if (dataAt + size > b.length) break;
    at = dataAt + Math.ceil(size / BLOCK) * BLOCK;
  }
  return out;
}

/** Whether the bytes are gzip-compressed (RFC 1952: 1f 8b, deflate). */
export const isGzip = (b: Uint8Array): boolean => b.length >= 18 && b[0] === 0x1f && b[1] === 0x8b && b[2] === 8;

/** The name a gzip file keeps of what it compressed (the FNAME field), or null. */
export function gzipName(b: Uint8Array): string | null {
  const flags = b[3]!;
  if (!(flags & 0x08)) return null;
  let at = 10;
  if (flags & 0x04) at += 2 + (b[10]! | (b[11]! << 8)); // FEXTRA
  const end = Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(0, at);
  return end < 0 || end - at > 1024 ? null : Buffer.from(b.buffer, b.byteOffset + at, end - at).toString('latin1');
}

/**
 * What a gzip file holds, at most `maxBytes` of it (libuv's threads decompress; the event loop
 * waits for nothing), or null when it is damaged or larger: a bomb stops at the budget.
 */
export async function gunzipWithin(b: Uint8Array, maxBytes: number): Promise<Buffer | null> {
  if (maxBytes <= 0) return null;
  return gunzipAsync(b, { maxOutputLength: maxBytes }).catch(() => null);
}
