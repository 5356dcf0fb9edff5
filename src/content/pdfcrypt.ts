// PDF's standard security handler, opened with the empty user password. Most encrypted PDFs have
// one: the document opens without a prompt and the "owner" password only restricts printing or
// editing. Phishing PDFs use exactly that to hide their links from scanners, since every string
// and stream of the file is then ciphertext while a reader shows it as usual. A PDF whose user
// password is set is not opened (no password is guessed).
//
// ISO 32000-2, 7.6.4: RC4 (revisions 2–4, 40–128-bit keys), AES-128 (AESV2, revision 4) and
// AES-256 (AESV3, revisions 5 and 6); algorithms 1 (object keys), 2 and 2.A (file keys), 2.B (the
// revision 6 hash), 4, 5 and 11 (checking the user password).
import { createCipheriv, createDecipheriv, createHash, hash } from 'node:crypto';

/** The padding string a password is completed with (algorithm 2, step a). */
const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');

type Method = 'rc4' | 'aes128' | 'aes256' | 'identity';

/** Decrypts one string or stream of object (number, generation); a string of the Encrypt dictionary or the trailer is never passed. */
export type PdfDecrypt = (objectNumber: number, generation: number, data: Buffer, kind: 'string' | 'stream') => Buffer;

/** A byte string value of the dictionary: (literal) or <hex>. */
type ReadString = (text: string, at: number) => Buffer | null;

/**
 * Revision 6 keys a message may still have derived. Each costs about 1 ms of CPU (algorithm 2.B),
 * so a message of thousands of tiny encrypted PDFs must not buy seconds of it: past the budget a
 * file is left unread, as one with a user password is.
 */
export interface PdfKeyBudget { r6Keys: number }

const md5 = (...parts: Buffer[]): Buffer => { const h = createHash('md5'); for (const p of parts) h.update(p); return h.digest(); };

/** RC4 (not in OpenSSL 3's default provider, so Node 20 may lack it). */
function rc4(key: Buffer, data: Buffer): Buffer {
  const s = new Uint8Array(256);
  for (let i = 0; i < 256; i++) s[i] = i;
  let t: number;
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i]! + key[i % key.length]!) & 0xff;
    t = s[i]!; s[i] = s[j]!; s[j] = t;
  }
  const out = Buffer.allocUnsafe(data.length);
  for (let k = 0, i = 0, j = 0; k < data.length; k++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]!) & 0xff;
    t = s[i]!; s[i] = s[j]!; s[j] = t;
    out[k] = data[k]! ^ s[(s[i]! + s[j]!) & 0xff]!;
  }
  return out;
}

/** AES-CBC with the IV in the first 16 bytes, PKCS#5 padding (kept when it is damaged: a reader shows what it can). */
function aesCbc(key: Buffer, data: Buffer): Buffer {
  if (data.length < 32 || data.length % 16) return Buffer.alloc(0);
  const cipher = key.length === 32 ? 'aes-256-cbc' : 'aes-128-cbc';
  const d = createDecipheriv(cipher, key, data.subarray(0, 16)).setAutoPadding(false);
  const plain = Buffer.concat([d.update(data.subarray(16)), d.final()]);
  const pad = plain[plain.length - 1]!;
  return pad >= 1 && pad <= 16 && plain.subarray(plain.length - pad).every((b) => b === pad) ? plain.subarray(0, plain.length - pad) : plain;
}

/** Algorithm 2.B (revision 6): the hash of the password with a salt, 64 or more rounds of AES-128-CBC and SHA-2. */
function hash2B(password: Buffer, salt: Buffer, userKey: Buffer): Buffer {
  let k = createHash('sha256').update(password).update(salt).update(userKey).digest();
  for (let round = 0; ; round++) {
    // K1: password, K and the user key, 64 times over
    const unit = password.length + k.length + userKey.length;
    const k1 = Buffer.allocUnsafe(64 * unit);
    password.copy(k1, 0);
    k.copy(k1, password.length);
    userKey.copy(k1, password.length + k.length);
    for (let filled = unit; filled < k1.length; filled *= 2) k1.copy(k1, filled, 0, Math.min(filled, k1.length - filled));
    // 64 × (16n bytes): a whole number of AES blocks, no padding
    const e = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false).update(k1);
    let sum = 0;
    for (let i = 0; i < 16; i++) sum += e[i]!;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3]!).update(e).digest();
    if (round >= 63 && e[e.length - 1]! <= round + 1 - 32) return k.subarray(0, 32);
  }
}

function number(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s+(-?\\d+)`).exec(dict);
  return m ? Number(m[1]) : null;
}

function stringValue(dict: string, key: string, read: ReadString): Buffer | null {
  const m = new RegExp(`/${key}\\s*(?=[(<][^<])`).exec(dict);
  return m ? read(dict, m.index + m[0].length) : null;
}

/** The method of the crypt filter a /StmF or /StrF names (V4, V5), from the /CF dictionary. */
function filterMethod(dict: string, key: 'StmF' | 'StrF'): Method | null {
  const name = new RegExp(`/${key}\\s*/(\\w+)`).exec(dict)?.[1] ?? 'Identity';
  if (name === 'Identity') return 'identity';
  const cfm = new RegExp(`/${name}\\s*<<[^>]*?/CFM\\s*/(\\w+)`).exec(dict)?.[1];
  if (cfm === 'AESV2') return 'aes128';
  if (cfm === 'AESV3') return 'aes256';
  if (cfm === 'V2') return 'rc4';
  if (cfm === 'None') return 'identity';
  return null;
}

/**
 * A decryptor for the file when its Encrypt dictionary is the standard handler's and the empty
 * user password opens it; null otherwise (another handler, a real user password, damage).
 * `id` is the first element of the trailer's /ID.
 */
export function pdfDecryptor(encryptDictionary: string, id: Buffer, read: ReadString, budget: PdfKeyBudget): PdfDecrypt | null {
  // a damaged or hostile dictionary (a 40-bit AES key, a short /UE) must not throw out of the reader
  try {
    const decrypt = decryptorOf(encryptDictionary, id, read, budget);
    return decrypt && ((n, g, data, kind) => {
      try {
        return decrypt(n, g, data, kind);
      } catch {
        return Buffer.alloc(0);
      }
    });
  } catch {
    return null;
  }
}

function decryptorOf(encryptDictionary: string, id: Buffer, read: ReadString, budget: PdfKeyBudget): PdfDecrypt | null {
  const dict = encryptDictionary;
  // the top level's keys without the crypt filters' (/CF << /StdCF << … /Length 16 >> >> has a /Length of its own)
  const top = dict.replace(/\/CF\s*<<\s*(?:\/[^\s<]+\s*<<[^>]*>>\s*)*>>/, '');
  if (!/\/Filter\s*\/Standard\b/.test(top)) return null;
  const v = number(top, 'V') ?? 0;
  const r = number(top, 'R');
  const o = stringValue(top, 'O', read);
  const u = stringValue(top, 'U', read);
  const p = number(top, 'P');
  if (r === null || !o || !u || p === null) return null;
  const empty = Buffer.alloc(0);

  if (r >= 5) {
    // AES-256: the file key is stored encrypted (/UE) under a key made from the password
    const ue = stringValue(top, 'UE', read);
    if (u.length < 48 || !ue || ue.length < 32 || (r === 6 && budget.r6Keys-- <= 0)) return null;
    const hash = (salt: Buffer) => (r === 5 ? createHash('sha256').update(salt).digest() : hash2B(empty, salt, empty));
    if (!hash(u.subarray(32, 40)).equals(u.subarray(0, 32))) return null;
    const d = createDecipheriv('aes-256-cbc', hash(u.subarray(40, 48)), Buffer.alloc(16)).setAutoPadding(false);
    const fileKey = Buffer.concat([d.update(ue.subarray(0, 32)), d.final()]);
    const strings = filterMethod(dict, 'StrF');
    const streams = filterMethod(dict, 'StmF');
    if (!strings || !streams) return null;
    return (_n, _g, data, kind) => ((kind === 'string' ? strings : streams) === 'identity' ? data : aesCbc(fileKey, data));
  }

  // RC4 and AES-128: the file key is derived from the password, O, P and the file's ID (algorithm 2)
  const length = r === 2 ? 5 : Math.min(16, Math.max(5, (number(top, 'Length') ?? 40) / 8));
  const encryptMetadata = !/\/EncryptMetadata\s+false/.test(top);
  const permissions = Buffer.alloc(4);
  permissions.writeInt32LE(p | 0);
  let key = md5(PADDING, o.subarray(0, 32), permissions, id, r >= 4 && !encryptMetadata ? Buffer.from([255, 255, 255, 255]) : empty);
  // crypto.hash: a third cheaper than createHash for one buffer, and these are 50
  if (r >= 3) for (let i = 0; i < 50; i++) key = hash('md5', key.subarray(0, length), 'buffer');
  key = key.subarray(0, length);
  // the empty password is the user's when U comes out of its own key (algorithms 4 and 5)
  if (r === 2) {
    if (!rc4(key, PADDING).equals(u.subarray(0, 32))) return null;
  } else {
    let x = rc4(key, md5(PADDING, id));
    for (let i = 1; i <= 19; i++) x = rc4(Buffer.from(key.map((b) => b ^ i)), x);
    if (!x.equals(u.subarray(0, 16))) return null;
  }
  const strings = v === 4 ? filterMethod(dict, 'StrF') : 'rc4';
  const streams = v === 4 ? filterMethod(dict, 'StmF') : 'rc4';
  if (!strings || !streams) return null;
  return (n, g, data, kind) => {
    const method = kind === 'string' ? strings : streams;
    if (method === 'identity') return data;
    // algorithm 1: a key per object, from its number and generation
    const object = Buffer.from([n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, g & 0xff, (g >> 8) & 0xff]);
    const objectKey = md5(key, object, method === 'aes128' ? Buffer.from('sAlT', 'latin1') : empty).subarray(0, Math.min(16, length + 5));
    return method === 'aes128' ? aesCbc(objectKey, data) : rc4(objectKey, data);
  };
}
