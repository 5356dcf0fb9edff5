// RAR archives for tests, written by the format's specification with stored (uncompressed) files:
// no RAR writer is free software. Each test checks them with libarchive's bsdtar (Debian package
// libarchive-tools), a reader that is not ours, before trusting them.
import { randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

const vint = (n: number): Buffer => {
  const out: number[] = [];
  do {
    let x = n % 128;
    n = Math.floor(n / 128);
    if (n) x |= 0x80;
    out.push(x);
  } while (n);
  return Buffer.from(out);
};

/** A RAR 5 header block: CRC32, size, then the fields (type, flags, …) given. */
function block5(fields: Buffer): Buffer {
  const sized = Buffer.concat([vint(fields.length), fields]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32LE(crc32(sized) >>> 0);
  return Buffer.concat([crc, sized]);
}

/**
 * A RAR 5 archive of stored files; `encrypted` marks each file's data as password-protected (an
 * encryption record); `hiddenNames` starts it with an archive encryption header, after which
 * every header is ciphertext (here: random bytes, as a reader without the password sees them).
 */
export function rar5Archive(files: ReadonlyArray<readonly [name: string, content: Buffer | string]>, opts: { encrypted?: boolean; hiddenNames?: boolean } = {}): Buffer {
  const signature = Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]);
  if (opts.hiddenNames) {
    // type 4: version 0, flags 0, KDF count 15, salt 16 bytes
    return Buffer.concat([signature, block5(Buffer.concat([vint(4), vint(0), vint(0), vint(0), Buffer.from([15]), Buffer.alloc(16, 9)])), randomBytes(400)]);
  }
  const parts = [signature, block5(Buffer.concat([vint(1), vint(0), vint(0)]))];
  for (const [name, body] of files) {
    const data = Buffer.from(body);
    const nameBytes = Buffer.from(name, 'utf8');
    // encryption record: type 1, version 0, flags 0, KDF count 15, salt 16 bytes, IV 16 bytes
    const record = Buffer.concat([vint(1), vint(0), vint(0), Buffer.from([15]), Buffer.alloc(32, 7)]);
    const extra = opts.encrypted ? Buffer.concat([vint(record.length), record]) : Buffer.alloc(0);
    const dataCrc = Buffer.alloc(4);
    dataCrc.writeUInt32LE(crc32(data) >>> 0);
    const fields = Buffer.concat([
      vint(2), vint(2 | (extra.length ? 1 : 0)), ...(extra.length ? [vint(extra.length)] : []), vint(data.length),
      vint(4), vint(data.length), vint(0x20), dataCrc, vint(0), vint(0), vint(nameBytes.length), nameBytes, extra,
    ]);
    parts.push(block5(fields), data);
  }
  parts.push(block5(Buffer.concat([vint(5), vint(0), vint(0)])));
  return Buffer.concat(parts);
}

/** A RAR 1.5–4 block: CRC16 (the low half of CRC32 from the type on), type, flags, size, then the rest. */
function block4(type: number, flags: number, rest: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.writeUInt8(type, 0);
  head.writeUInt16LE(flags, 1);
  head.writeUInt16LE(7 + rest.length, 3);
  const body = Buffer.concat([head, rest]);
  const crc = Buffer.alloc(2);
  crc.writeUInt16LE((crc32(body) >>> 0) & 0xffff);
  return Buffer.concat([crc, body]);
}

/** A RAR 4 archive of stored files (method 0x30); `encrypted` sets each file's password flag. */
export function rar4Archive(files: ReadonlyArray<readonly [name: string, content: Buffer | string]>, opts: { encrypted?: boolean } = {}): Buffer {
  const parts = [Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00]), block4(0x73, 0, Buffer.alloc(6))];
  for (const [name, body] of files) {
    const data = Buffer.from(body);
    const nameBytes = Buffer.from(name, 'latin1');
    const rest = Buffer.alloc(25);
    rest.writeUInt32LE(data.length, 0); // packed size
    rest.writeUInt32LE(data.length, 4); // unpacked size
    rest.writeUInt8(2, 8); // host OS: Windows
    rest.writeUInt32LE(crc32(data) >>> 0, 9);
    rest.writeUInt32LE(0x5b8e0000, 13); // DOS time
    rest.writeUInt8(29, 17); // version needed
    rest.writeUInt8(0x30, 18); // method: store
    rest.writeUInt16LE(nameBytes.length, 19);
    rest.writeUInt32LE(0x20, 21); // attributes
    parts.push(block4(0x74, 0x8000 | (opts.encrypted ? 0x04 : 0), Buffer.concat([rest, nameBytes])), data);
  }
  parts.push(block4(0x7b, 0x4000, Buffer.alloc(0)));
  return Buffer.concat(parts);
}
