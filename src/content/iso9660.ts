// The files on a CD/DVD image (ISO 9660, with Joliet's long names when present). Disk images
// attached as .iso or .img carried most mail-borne malware once Office blocked macros from the
// internet (2022): Windows opens them with a double click, and their files lose the "downloaded
// from the internet" mark. The directory tree is plain data, so the files can be listed and read
// without a library: each is a run of 2048-byte sectors.
// Reference: ECMA-119 (directory records, volume descriptors); Joliet: a supplementary volume
// descriptor with UCS-2 names.

const SECTOR = 2048;
const DESCRIPTORS_AT = 16 * SECTOR;

export interface IsoFile {
  /** directories, then the file's name */
  path: string[];
  content: Uint8Array;
}

/** Whether the bytes are an ISO 9660 image ("CD001" in the first volume descriptor), whatever the file is called. */
export function isIso9660(b: Uint8Array): boolean {
  return b.length >= DESCRIPTORS_AT + SECTOR && String.fromCharCode(...b.subarray(DESCRIPTORS_AT + 1, DESCRIPTORS_AT + 6)) === 'CD001';
}

/**
 * The image's files, at most `maxEntries`, at most `maxDepth` directories deep. Joliet names when
 * the image has them (what Windows shows), else the ISO 9660 ones without their ";1" version.
 * Damaged or hostile trees (extents past the end, loops) end the listing where they go wrong.
 */
export function isoFiles(b: Uint8Array, maxEntries: number, maxDepth = 8): IsoFile[] {
  if (!isIso9660(b)) return [];
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  let root: { lba: number; size: number; joliet: boolean } | null = null;
  for (let at = DESCRIPTORS_AT; at + SECTOR <= b.length && at < DESCRIPTORS_AT + 32 * SECTOR; at += SECTOR) {
    const type = b[at]!;
    if (type === 255) break;
    const joliet = type === 2 && [0x40, 0x43, 0x45].includes(b[at + 90]!) && b[at + 88] === 0x25 && b[at + 89] === 0x2f;
    if (type === 1 || joliet) {
      const record = at + 156;
      const found = { lba: view.getUint32(record + 2, true), size: view.getUint32(record + 10, true), joliet };
      if (!root || joliet) root = found; // Joliet's long names win over the primary's 8.3 ones
    }
  }
  if (!root) return [];
  const files: IsoFile[] = [];
  const visited = new Set<number>();
  const walk = (lba: number, size: number, dir: string[], depth: number): void => {
    const start = lba * SECTOR, end = Math.min(start + size, b.length);
    if (visited.has(lba) || start >= b.length || depth > maxDepth) return;
    visited.add(lba);
    for (let at = start; at < end && files.length < maxEntries;) {
      const length = b[at]!;
      if (length === 0) { at = (Math.floor((at - start) / SECTOR) + 1) * SECTOR + start; continue; } // records do not cross sectors
      if (length < 34 || at + length > end) break;
      const nameLength = b[at + 32]!;
      const raw = b.subarray(at + 33, at + 33 + nameLength);
      const extent = view.getUint32(at + 2, true), dataLength = view.getUint32(at + 10, true);
      const isDir = (b[at + 25]! & 2) !== 0;
      at += length;
      if (nameLength === 1 && raw[0]! <= 1) continue; // "." and ".."
      const name = root!.joliet ? ucs2be(raw) : String.fromCharCode(...raw).replace(/;\d+$/, '').replace(/\.$/, '');
      if (isDir) walk(extent, dataLength, [...dir, name], depth + 1);
      else files.push({ path: [...dir, name], content: b.subarray(Math.min(extent * SECTOR, b.length), Math.min(extent * SECTOR + dataLength, b.length)) });
    }
  };
  walk(root.lba, root.size, [], 0);
  return files;
}

const ucs2be = (raw: Uint8Array): string => {
  let s = '';
  for (let i = 0; i + 1 < raw.length; i += 2) s += String.fromCharCode((raw[i]! << 8) | raw[i + 1]!);
  return s.replace(/;\d+$/, '');
};
