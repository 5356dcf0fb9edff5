// Traditional PKWARE encryption ("ZipCrypto", APPNOTE 6.1), the one `zip -P` and Windows write and
// malware mails use with the password in the text. Only to look inside such an archive with the
// password the mail itself gives; WinZip AES entries (method 99) are src/content/zipaes.ts's.

/** CRC-32 table (polynomial 0xEDB88320), as the cipher's key schedule uses it byte by byte. */
const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

const crcByte = (crc: number, b: number): number => (CRC_TABLE[(crc ^ b) & 0xff]! ^ (crc >>> 8)) >>> 0;

class Keys {
  k0 = 0x12345678;
  k1 = 0x23456789;
  k2 = 0x34567890;

  constructor(password: Buffer) {
    for (const b of password) this.update(b);
  }

  update(b: number): void {
    this.k0 = crcByte(this.k0, b);
    this.k1 = (Math.imul((this.k1 + (this.k0 & 0xff)) >>> 0, 134775813) + 1) >>> 0;
    this.k2 = crcByte(this.k2, this.k1 >>> 24);
  }

  /** the next key-stream byte */
  stream(): number {
    const t = (this.k2 | 2) & 0xffff;
    return (Math.imul(t, t ^ 1) >>> 8) & 0xff;
  }
}

export const ZIPCRYPTO_HEADER_BYTES = 12;

/**
 * Decrypts an entry's data (its 12-byte encryption header first) with a password, or null when the
 * header's last byte does not match `check` (the high byte of the entry's CRC, or of its DOS time
 * when the sizes follow the data): then the password is wrong (one wrong password in 256 passes
 * this; the caller's CRC of the result tells the rest).
 */
export function zipCryptoDecrypt(data: Uint8Array, password: string, check: number): Buffer | null {
  if (data.length < ZIPCRYPTO_HEADER_BYTES) return null;
  // the password's bytes as UTF-8 (the passwords of malware mails are ASCII)
  const keys = new Keys(Buffer.from(password, 'utf8'));
  const out = Buffer.allocUnsafe(data.length);
  for (let i = 0; i < data.length; i++) {
    const p = data[i]! ^ keys.stream();
    keys.update(p);
    out[i] = p;
    if (i === ZIPCRYPTO_HEADER_BYTES - 1 && p !== (check & 0xff)) return null;
  }
  return out.subarray(ZIPCRYPTO_HEADER_BYTES);
}
