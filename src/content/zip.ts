// ZIP archives held in memory (attachments, OOXML documents), read with yauzl; small entries are
// inflated in one call.
import { Buffer } from 'node:buffer';
import { crc32, inflateRawSync } from 'node:zlib';
import yauzl from 'yauzl';
import { AES_METHOD, zipAesDecrypt, zipAesInfo } from './zipaes.ts';
import { zipCryptoDecrypt } from './zipcrypto.ts';

export const isZip = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && ((b[2] === 3 && b[3] === 4) || (b[2] === 5 && b[3] === 6));

/** entries up to this size are inflated in one call: a stream costs 100–300 µs per entry, most of an OOXML document's inspection */
const SMALL_ENTRY_BYTES = 1 << 20;

/** An entry's data as stored in the archive (compressed, maybe encrypted), found by its local header. */
function rawData(archive: Buffer, entry: yauzl.Entry): Buffer | null {
  const at = entry.relativeOffsetOfLocalHeader;
  if (at + 30 > archive.length || archive.readUInt32LE(at) !== 0x04034b50) return null;
  const start = at + 30 + archive.readUInt16LE(at + 26) + archive.readUInt16LE(at + 28);
  const data = archive.subarray(start, start + entry.compressedSize);
  return data.length === entry.compressedSize ? data : null;
}

/** What opening locked entries may still use of one message's walk. */
export interface UnlockBudget {
  /** bytes still to unpack */
  bytes: number;
  /**
   * WinZip AES keys still to derive: each costs ~0.8 ms of CPU (PBKDF2, 1000 rounds) whatever the
   * entry's size, so an archive of a thousand tiny locked entries must not buy a second per message
   */
  aesKeys: number;
}

/**
 * A password-protected entry (ZipCrypto or WinZip AES) opened with one of these passwords, or null:
 * no password fits (the result's CRC, or for AES its HMAC, must match), another method than stored
 * or deflated, or more than the byte budget.
 */
export async function unlockEntry(archive: Buffer, entry: yauzl.Entry, passwords: readonly string[], budget: UnlockBudget): Promise<Buffer | null> {
  const aes = entry.compressionMethod === AES_METHOD ? zipAesInfo(entry.extraFields) : null;
  const method = aes ? aes.method : entry.compressionMethod;
  const data = entry.isEncrypted() && (method === 0 || method === 8) && entry.uncompressedSize <= budget.bytes ? rawData(archive, entry) : null;
  if (!data) return null;
  // sizes after the data (bit 3): the header's check byte is then the DOS time's high byte
  const check = entry.generalPurposeBitFlag & 0x8 ? entry.lastModFileTime >>> 8 : entry.crc32 >>> 24;
  for (const password of passwords) {
    if (aes && budget.aesKeys-- <= 0) return null;
    const plain = aes ? await zipAesDecrypt(data, password, aes) : zipCryptoDecrypt(data, password, check);
    if (!plain) continue;
    let out: Buffer;
    try {
      out = method === 0 ? plain : inflateRawSync(plain, { maxOutputLength: Math.max(1, entry.uncompressedSize) });
    } catch {
      continue; // a wrong password that passed the check byte inflates to nothing
    }
    // AE-2 leaves the CRC at 0 (its HMAC, checked above, stands for it)
    if (aes?.version !== 2 && crc32(out) !== entry.crc32) continue;
    budget.bytes -= out.length;
    return out;
  }
  return null;
}

/**
 * A small stored or deflated entry read straight from the archive in memory (its local header
 * gives where the data starts); undefined when the stream path should read it (another method,
 * a header that does not match), null when it would pass the byte budget.
 */
function smallEntry(archive: Buffer, entry: yauzl.Entry, maxBytes: number): Buffer | null | undefined {
  const data = rawData(archive, entry);
  if (!data) return undefined;
  if (entry.compressionMethod === 0) return data.length > maxBytes ? null : data;
  if (entry.compressionMethod !== 8) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, Math.min(maxBytes, entry.uncompressedSize)) });
  } catch {
    return null; // damaged, or larger than it claims: not read
  }
}

/** Reads an entry to the end, or null when it would pass the byte budget. */
export async function unpack(archive: Buffer, zip: yauzl.ZipFile, entry: yauzl.Entry, budget: { bytes: number }): Promise<Buffer | null> {
  if (entry.uncompressedSize > budget.bytes) return null;
  const small = entry.compressedSize <= SMALL_ENTRY_BYTES ? smallEntry(archive, entry, budget.bytes) : undefined;
  if (small !== undefined) {
    if (small) budget.bytes -= small.length;
    return small;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await zip.openReadStreamPromise(entry)) {
    size += (chunk as Buffer).length;
    if (size > budget.bytes) return null;
    chunks.push(chunk as Buffer);
  }
  budget.bytes -= size;
  return Buffer.concat(chunks);
}

/** An entry's first `n` bytes unpacked (the stream is stopped there), or null when it cannot be read. */
async function firstBytes(zip: yauzl.ZipFile, entry: yauzl.Entry, n: number): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of await zip.openReadStreamPromise(entry)) {
    chunks.push(chunk as Buffer);
    size += (chunk as Buffer).length;
    if (size >= n) break; // leaving the loop destroys the stream: nothing more is inflated
  }
  return Buffer.concat(chunks).subarray(0, n);
}

export interface ZipReadLimits {
  /** bytes of one entry unpacked: a larger entry is skipped, or with `prefix` read up to there */
  maxBytes: number;
  /** entries of the central directory looked at */
  maxEntries?: number;
  /** bytes of all entries read */
  totalBytes?: number;
  /** read a larger entry's first `maxBytes` instead of skipping it (text, read from its start) */
  prefix?: boolean;
  /** a locked entry is opened with one of these (unlockEntry), or skipped */
  passwords?: readonly string[];
}

/** WinZip AES keys derived per readZipEntries call (see UnlockBudget.aesKeys) */
const READ_AES_KEYS = 16;

/** The entries of a ZIP held in memory that `wanted` names, within `limits`; [] when it cannot be read. */
export async function readZipEntries(bytes: Uint8Array, wanted: (entryName: string) => boolean, limits: ZipReadLimits): Promise<Array<{ name: string; data: Buffer }>> {
  const archive = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: Array<{ name: string; data: Buffer }> = [];
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.fromBufferPromise(archive, { lazyEntries: true, autoClose: false });
  } catch {
    return out;
  }
  try {
    let seen = 0;
    let total = limits.totalBytes ?? Infinity;
    const unlock: UnlockBudget = { bytes: Infinity, aesKeys: READ_AES_KEYS };
    for await (const entry of zip.eachEntry()) {
      if (++seen > (limits.maxEntries ?? 1000)) break;
      const room = Math.min(limits.maxBytes, total);
      if (room <= 0 || !wanted(entry.fileName)) continue;
      let data: Buffer | null;
      if (entry.isEncrypted()) {
        if (!limits.passwords?.length) continue;
        unlock.bytes = room;
        data = await unlockEntry(archive, entry, limits.passwords, unlock);
      } else {
        // an entry larger than it claims is not read by unpack either: with `prefix`, its start is
        data = entry.uncompressedSize <= room ? await unpack(archive, zip, entry, { bytes: room }).catch(() => null) : null;
        if (!data && limits.prefix) data = await firstBytes(zip, entry, room).catch(() => null);
      }
      if (data) {
        out.push({ name: entry.fileName, data });
        total -= data.length;
      }
    }
  } catch {
    // a damaged central directory: keep what was read before it
  } finally {
    zip.close();
  }
  return out;
}
