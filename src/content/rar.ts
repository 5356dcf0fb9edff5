// The file names in a RAR archive (RAR 5, and RAR 1.5–4 before it), read from its headers without
// unpacking anything. RAR is, after ZIP, the archive malware mails use most ("invoice.rar" with
// "invoice.exe" inside), and its headers are plain: every file has one with its name before its
// data. Only the names are read: the data is compressed with RAR's own algorithms. An archive
// whose headers are encrypted hides even the names, which is reported as such.
// References: RAR 5.0 archive format (rarlab.com/technote.htm); RAR 4.x "TechNote" (block heads).

const RAR5 = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00];
const RAR4 = [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00];
const startsWith = (b: Uint8Array, sig: number[]): boolean => b.length >= sig.length && sig.every((x, i) => b[i] === x);

/** Whether the bytes are a RAR archive (either format), whatever the file is called. */
export const isRar = (b: Uint8Array): boolean => startsWith(b, RAR5) || startsWith(b, RAR4);

export interface RarListing {
  /** file names (directories left out), as stored: may include folders, "docs/invoice.exe" */
  names: string[];
  /** some file's data needs a password */
  encrypted: boolean;
  /** the headers themselves are encrypted: not even the names can be read */
  namesHidden: boolean;
}

/** The archive's file names, at most `maxEntries`; a damaged archive ends the listing where it goes wrong. */
export function rarListing(b: Uint8Array, maxEntries: number): RarListing {
  const out: RarListing = { names: [], encrypted: false, namesHidden: false };
  try {
    if (startsWith(b, RAR5)) listRar5(b, maxEntries, out);
    else if (startsWith(b, RAR4)) listRar4(b, maxEntries, out);
  } catch {
    // a header that runs past the end: keep what was read
  }
  return out;
}

function listRar5(b: Uint8Array, maxEntries: number, out: RarListing): void {
  let at = RAR5.length;
  // a variable-length integer: 7 bits per byte, low first, high bit = more
  const vint = (): number => {
    let v = 0, shift = 0;
    for (;;) {
      if (at < 0 || at >= b.length || shift > 49) throw new RangeError('vint');
      const x = b[at++]!;
      v += (x & 0x7f) * 2 ** shift;
      if (!(x & 0x80)) return v;
      shift += 7;
    }
  };
  while (at + 4 < b.length && out.names.length < maxEntries) {
    at += 4; // header CRC32
    const size = vint();
    const headerStart = at;
    const type = vint(), flags = vint();
    const extraSize = flags & 1 ? vint() : 0;
    const dataSize = flags & 2 ? vint() : 0;
    if (type === 4) { out.namesHidden = true; return; } // archive encryption header: the rest is ciphertext
    if (type === 5) return; // end of archive
    if (type === 2) {
      const fileFlags = vint();
      vint(); // unpacked size
      vint(); // attributes
      if (fileFlags & 2) at += 4; // mtime
      if (fileFlags & 4) at += 4; // data CRC32
      vint(); // compression information
      vint(); // host OS
      const nameLength = vint();
      if (at + nameLength > b.length) return;
      const name = Buffer.from(b.buffer, b.byteOffset + at, nameLength).toString('utf8');
      at += nameLength;
      if (!(fileFlags & 1)) out.names.push(name);
      // extra area: records of (size, type, …); type 1 = file encryption. It is the header's end,
      // after the name: a size that claims more would start the records before the file
      const extraEnd = headerStart + size;
      let rec = extraEnd - extraSize;
      while (extraSize && rec >= at && rec < extraEnd) {
        at = rec;
        const recSize = vint();
        const recStart = at;
        if (vint() === 1) out.encrypted = true;
        rec = recStart + recSize;
      }
    }
    at = headerStart + size + dataSize;
  }
}

function listRar4(b: Uint8Array, maxEntries: number, out: RarListing): void {
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let at = RAR4.length;
  while (at + 7 <= b.length && out.names.length < maxEntries) {
    const type = b[at + 2]!, flags = view.getUint16(at + 3, true), headSize = view.getUint16(at + 5, true);
    if (headSize < 7) return;
    let addSize = flags & 0x8000 ? view.getUint32(at + 7, true) : 0;
    if (type === 0x73 && flags & 0x0080) { out.namesHidden = true; return; } // main header: block headers encrypted
    if (type === 0x7b) return; // end of archive
    if (type === 0x74) { // file header
      addSize = view.getUint32(at + 7, true); // packed size
      if (flags & 0x100) addSize += view.getUint32(at + 32, true) * 2 ** 32;
      const nameSize = view.getUint16(at + 26, true);
      const nameAt = at + 32 + (flags & 0x100 ? 8 : 0);
      if (nameAt + nameSize > b.length) return;
      let raw = Buffer.from(b.buffer, b.byteOffset + nameAt, nameSize);
      // a Unicode name is stored as the 8-bit name, a zero, then an encoded form; the 8-bit one suffices here
      if (flags & 0x200 && raw.includes(0)) raw = raw.subarray(0, raw.indexOf(0));
      if (flags & 0x04) out.encrypted = true;
      if ((flags & 0xe0) !== 0xe0) out.names.push(raw.toString(flags & 0x200 ? 'utf8' : 'latin1'));
    }
    at += headSize + addSize;
  }
}
