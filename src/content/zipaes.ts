// WinZip AES encryption (AE-1/AE-2; compression method 99), which WinZip writes by default and
// 7-Zip with "-mem=AES256": only to look inside such an archive with the password the mail itself
// gives, as with ZipCrypto (src/content/zipcrypto.ts). The format (WinZip's "AES Encryption
// Information"): the key comes from PBKDF2-HMAC-SHA1 (1000 rounds) over the password and a salt;
// a 2-byte value tells a wrong password at once (1 in 65536 passes), an HMAC-SHA1 over the
// encrypted data tells the rest; the data is AES in counter mode with a little-endian counter.
import { createCipheriv, createHmac, pbkdf2, timingSafeEqual } from 'node:crypto';
import { promisify } from 'node:util';

const deriveKey = promisify(pbkdf2);

export const AES_METHOD = 99;
const AES_EXTRA_FIELD = 0x9901;
const ROUNDS = 1000;
const AUTH_CODE_BYTES = 10;
const KEY_BYTES: Record<number, number> = { 1: 16, 2: 24, 3: 32 };

export interface ZipAesInfo {
  /** 1 = AE-1 (the entry's CRC is set), 2 = AE-2 (it is 0: the HMAC alone checks the data) */
  version: number;
  /** AES key length in bytes: 16, 24 or 32 */
  keyBytes: number;
  /** the compression method of the decrypted data (0 stored, 8 deflated) */
  method: number;
}

/** The AES extra field (0x9901) of an entry, read; null when it has none or it is damaged. */
export function zipAesInfo(extraFields: ReadonlyArray<{ id: number; data: Buffer }>): ZipAesInfo | null {
  const field = extraFields.find((f) => f.id === AES_EXTRA_FIELD)?.data;
  if (!field || field.length < 7 || field.toString('latin1', 2, 4) !== 'AE') return null;
  const keyBytes = KEY_BYTES[field[4]!];
  return keyBytes ? { version: field.readUInt16LE(0), keyBytes, method: field.readUInt16LE(5) } : null;
}

/** AES-CTR as WinZip does it: the counter is a little-endian number from 1 (Node's CTR counts big-endian). */
function aesCtrLittleEndian(key: Buffer, data: Buffer): Buffer {
  const blocks = Math.ceil(data.length / 16);
  const counters = Buffer.alloc(blocks * 16);
  for (let i = 0; i < blocks; i++) counters.writeUInt32LE((i + 1) >>> 0, i * 16), counters.writeUInt32LE(Math.floor((i + 1) / 2 ** 32), i * 16 + 4);
  const cipher = createCipheriv(`aes-${key.length * 8}-ecb`, key, null).setAutoPadding(false);
  const stream = Buffer.concat([cipher.update(counters), cipher.final()]);
  const out = Buffer.allocUnsafe(data.length);
  for (let i = 0; i < data.length; i++) out[i] = data[i]! ^ stream[i]!;
  return out;
}

/**
 * Decrypts an entry's data (salt, password check, encrypted data, authentication code) with a
 * password, or null when the password is wrong or the data was changed (its HMAC does not match).
 * The result is still compressed by `info.method`.
 */
export async function zipAesDecrypt(data: Buffer, password: string, info: ZipAesInfo): Promise<Buffer | null> {
  const saltBytes = info.keyBytes / 2;
  if (data.length < saltBytes + 2 + AUTH_CODE_BYTES) return null;
  const salt = data.subarray(0, saltBytes);
  // ~0.8 ms of CPU per key: derived on libuv's threads, not the event loop (the caller bounds how many)
  const derived = await deriveKey(Buffer.from(password, 'utf8'), salt, ROUNDS, info.keyBytes * 2 + 2, 'sha1');
  if (!derived.subarray(info.keyBytes * 2).equals(data.subarray(saltBytes, saltBytes + 2))) return null;
  const encrypted = data.subarray(saltBytes + 2, data.length - AUTH_CODE_BYTES);
  const mac = createHmac('sha1', derived.subarray(info.keyBytes, info.keyBytes * 2)).update(encrypted).digest().subarray(0, AUTH_CODE_BYTES);
  if (!timingSafeEqual(mac, data.subarray(data.length - AUTH_CODE_BYTES))) return null;
  return aesCtrLittleEndian(derived.subarray(0, info.keyBytes), encrypted);
}
