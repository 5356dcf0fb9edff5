// A reader of OLE2 compound files (MS-CFB) made for hostile input. SheetJS's cfb, used before,
// follows a stream's sector chain without remembering where it has been: a chain that loops
// (one FAT entry changed) grows an array until V8 aborts the whole process, an error no try/catch
// catches, so one mail attachment took down the worker and every SMTP session on it. Here every
// chain is followed at most once per sector, the directory tree once per entry, and what streams
// are read is bounded in all.
//
// Layout: a 512-byte header, then sectors of 512 (version 3) or 4096 bytes (version 4); sector s
// starts at (s + 1) × size. The FAT gives each sector's successor; the FAT's own sectors are listed
// in the header (109) and a chain of DIFAT sectors. Streams under 4096 bytes live in the "mini
// stream" (the root entry's data) in 64-byte sectors chained by the mini FAT.
import { Buffer } from 'node:buffer';

export interface CfbEntry {
  /** names from the root down, the root itself left out: ["Macros", "VBA", "dir"] */
  path: string[];
  name: string;
  kind: 'storage' | 'stream';
  /** the class ID as stored (16 bytes in hex, byte order as written) */
  clsid: string;
  /** declared size in bytes (streams) */
  size: number;
  /** first sector (of the mini stream when size < the cutoff) */
  start: number;
}

export interface Cfb {
  /** every storage and stream under the root, sorted by path */
  entries: CfbEntry[];
  /** the root storage's class ID: an embedded object's (Equation Editor's) */
  rootClsid: string;
  /** the stream's bytes (at most `size`; fewer when its chain ends early), or null past the byte budget */
  read(entry: CfbEntry): Buffer | null;
}

const SIGNATURE = Buffer.from('d0cf11e0a1b11ae1', 'hex');
const MAX_REGULAR_SECTOR = 0xfffffffa;
const END_OF_CHAIN = 0xfffffffe;
const NO_STREAM = 0xffffffff;
const MINI_SECTOR = 64;
const ENTRY_BYTES = 128;
/** directory entries read: an Outlook message with many attachments has a few hundred */
const MAX_ENTRIES = 20_000;

class CfbError extends Error {}

/** The compound file's entries and a reader for their streams; throws on a file that is not one or is damaged. */
export function readCfb(file: Buffer, maxReadBytes = 2 * file.length + 1_000_000): Cfb {
  if (file.length < 512 || !file.subarray(0, 8).equals(SIGNATURE)) throw new CfbError('not a compound file');
  const major = file.readUInt16LE(26);
  const shift = file.readUInt16LE(30);
  if (!((major === 3 && shift === 9) || (major === 4 && shift === 12))) throw new CfbError(`version ${major} with sectors of 2^${shift} bytes`);
  const ssz = 1 << shift;
  // the header takes the first sector's place (sector 0 starts after it); a short last sector counts
  const sectorCount = Math.ceil(file.length / ssz) - 1;
  const sectorAt = (s: number): number => (s + 1) * ssz;
  const validSector = (s: number): boolean => s < sectorCount && s <= MAX_REGULAR_SECTOR;
  const u32 = (at: number): number => (at + 4 <= file.length ? file.readUInt32LE(at) : END_OF_CHAIN);

  // the FAT's sectors: 109 in the header, the rest in the DIFAT chain (each sector's last entry is the next one)
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i++) {
    const s = file.readUInt32LE(76 + i * 4);
    if (validSector(s)) fatSectors.push(s);
  }
  const difatSeen = new Set<number>();
  for (let s = file.readUInt32LE(68); validSector(s) && !difatSeen.has(s); s = u32(sectorAt(s) + ssz - 4)) {
    difatSeen.add(s);
    for (let i = 0; i < ssz / 4 - 1; i++) {
      const f = u32(sectorAt(s) + i * 4);
      if (validSector(f)) fatSectors.push(f);
    }
  }
  // the FAT itself: no more entries than there are sectors (the rest would point nowhere)
  const fat = new Uint32Array(Math.min(sectorCount, fatSectors.length * (ssz / 4))).fill(END_OF_CHAIN);
  fatSectors.forEach((fs, i) => {
    for (let j = 0; j < ssz / 4 && i * (ssz / 4) + j < fat.length; j++) fat[i * (ssz / 4) + j] = u32(sectorAt(fs) + j * 4);
  });

  /** the sectors of a chain, in order: it ends at END_OF_CHAIN, a sector outside the file, or one already in it */
  const chain = (start: number, table: Uint32Array, limit: number): number[] => {
    const out: number[] = [];
    const seen = new Set<number>();
    for (let s = start; s < table.length && !seen.has(s) && out.length < limit; s = table[s]!) {
      seen.add(s);
      out.push(s);
    }
    return out;
  };
  let budget = maxReadBytes;
  const take = (n: number): boolean => (budget -= n) >= 0;
  const regular = (start: number, size: number): Buffer | null => {
    const sectors = chain(start, fat, Math.ceil(size / ssz));
    if (!take(sectors.length * ssz)) return null;
    return Buffer.concat(sectors.map((s) => file.subarray(sectorAt(s), sectorAt(s) + ssz))).subarray(0, size);
  };

  const dirStart = file.readUInt32LE(48);
  const directory = regular(dirStart, Math.min(sectorCount, MAX_ENTRIES * ENTRY_BYTES / ssz) * ssz);
  if (!directory || directory.length < ENTRY_BYTES) throw new CfbError('no directory');
  const entryCount = Math.floor(directory.length / ENTRY_BYTES);
  const raw = (i: number) => {
    const e = directory.subarray(i * ENTRY_BYTES, (i + 1) * ENTRY_BYTES);
    const nameBytes = Math.min(64, e.readUInt16LE(64));
    return {
      name: e.subarray(0, Math.max(0, nameBytes - 2)).toString('utf16le'),
      type: e[66]!, left: e.readUInt32LE(68), right: e.readUInt32LE(72), child: e.readUInt32LE(76),
      clsid: e.subarray(80, 96).toString('hex'), start: e.readUInt32LE(116),
      // version 3 files may leave garbage in the size's high half
      size: major === 3 ? e.readUInt32LE(120) : e.readUInt32LE(120) + e.readUInt32LE(124) * 2 ** 32,
    };
  };
  const root = raw(0);
  if (root.type !== 5) throw new CfbError('no root entry');
  const cutoff = file.readUInt32LE(56) || 4096;

  // the tree: each storage's children are a binary tree of siblings; every entry is visited once
  const entries: CfbEntry[] = [];
  const visited = new Set<number>([0]);
  const stack: Array<{ i: number; parent: string[] }> = [{ i: root.child, parent: [] }];
  while (stack.length) {
    const { i, parent } = stack.pop()!;
    if (i >= entryCount || visited.has(i)) continue;
    visited.add(i);
    const e = raw(i);
    if (e.type === 1 || e.type === 2) {
      const path = [...parent, e.name];
      entries.push({ path, name: e.name, kind: e.type === 1 ? 'storage' : 'stream', clsid: e.clsid, size: e.size, start: e.start });
      if (e.type === 1) stack.push({ i: e.child, parent: path });
    }
    stack.push({ i: e.right, parent }, { i: e.left, parent });
  }
  entries.sort((a, b) => { const x = a.path.join('/'), y = b.path.join('/'); return x < y ? -1 : x > y ? 1 : 0; });

  let mini: { stream: Buffer; table: Uint32Array } | null | undefined;
  const miniStream = (): { stream: Buffer; table: Uint32Array } | null => {
    if (mini !== undefined) return mini;
    const stream = regular(root.start, Math.min(root.size, sectorCount * ssz));
    const miniFatStart = file.readUInt32LE(60);
    const tableBytes = miniFatStart === END_OF_CHAIN || miniFatStart === NO_STREAM ? null : regular(miniFatStart, Math.min(file.readUInt32LE(64), sectorCount) * ssz);
    if (!stream || !tableBytes) return (mini = null);
    const table = new Uint32Array(Math.min(Math.floor(tableBytes.length / 4), Math.ceil(stream.length / MINI_SECTOR)));
    for (let i = 0; i < table.length; i++) table[i] = tableBytes.readUInt32LE(i * 4);
    return (mini = { stream, table });
  };
  const read = (entry: CfbEntry): Buffer | null => {
    if (entry.kind !== 'stream') return null;
    if (entry.size >= cutoff) return regular(entry.start, Math.min(entry.size, sectorCount * ssz));
    const m = miniStream();
    if (!m) return null;
    const sectors = chain(entry.start, m.table, Math.ceil(entry.size / MINI_SECTOR));
    if (!take(sectors.length * MINI_SECTOR)) return null;
    return Buffer.concat(sectors.map((s) => m.stream.subarray(s * MINI_SECTOR, (s + 1) * MINI_SECTOR))).subarray(0, entry.size);
  };
  return { entries, rootClsid: root.clsid, read };
}
