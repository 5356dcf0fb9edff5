// 7-Zip archives: the file names in the header, and whether a password hides the data or the names.
// 7-Zip compresses its header (the file list) with LZMA; it is unpacked by `@napi-rs/lzma` (MIT,
// Rust's lzma-rust2 with prebuilt binaries, off the event loop: 2–3 ms for a 3000-file header, where
// the pure-JavaScript LZMA-JS took 110 ms on the main thread) and read by the format's description
// (7-Zip's DOC/7zFormat.txt). File data is unpacked from an archive locked with a password the
// mail's text gives (sevenZipUnlock): ClamAV unpacks 7z itself, but not without the password; and
// for the document readers, the PDFs and Office documents of any archive (sevenZipFiles).
// A damaged or unknown header yields no names, never an exception.
import { Buffer } from 'node:buffer';
import { createDecipheriv, createHash } from 'node:crypto';
import { crc32, inflateRawSync } from 'node:zlib';
import { lzma, lzma2 } from '@napi-rs/lzma';
import { bcj2Decode, bcjX86Decode } from './sevenzip-filters.ts';

const SIGNATURE = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
export const isSevenZip = (b: Uint8Array): boolean => b.length >= 32 && SIGNATURE.every((x, i) => b[i] === x);

// property IDs (7zFormat.txt)
const END = 0x00, HEADER = 0x01, ARCHIVE_PROPERTIES = 0x02, ADDITIONAL_STREAMS = 0x03, MAIN_STREAMS = 0x04, FILES_INFO = 0x05;
const PACK_INFO = 0x06, UNPACK_INFO = 0x07, SUBSTREAMS_INFO = 0x08, SIZE = 0x09, CRC = 0x0a, FOLDER = 0x0b;
const CODERS_UNPACK_SIZE = 0x0c, NUM_UNPACK_STREAM = 0x0d, EMPTY_STREAM = 0x0e, EMPTY_FILE = 0x0f, NAME = 0x11, ENCODED_HEADER = 0x17;
const LZMA_CODER = '030101';
const LZMA2_CODER = '21';
const COPY_CODER = '00';
const DEFLATE_CODER = '040108';
const AES_CODER = '06f10701';
/** coders in a folder that is unpacked */
const MAX_CODERS = 8;
/** a header larger than this is not unpacked (7-Zip's own headers are a few bytes per file) */
const MAX_HEADER_BYTES = 16 << 20;

class Reader {
  at = 0;
  constructor(readonly b: Buffer) {}
  byte(): number {
    if (this.at >= this.b.length) throw new RangeError('7z: past the end');
    return this.b[this.at++]!;
  }
  /** 7z's NUMBER: the first byte's leading 1-bits say how many little-endian bytes follow */
  number(): number {
    const first = this.byte();
    let value = 0;
    for (let i = 0, mask = 0x80; i < 8; i++, mask >>= 1) {
      if ((first & mask) === 0) return value + (first & (mask - 1)) * 2 ** (8 * i);
      value += this.byte() * 2 ** (8 * i);
    }
    return value;
  }
  bytes(n: number): Buffer {
    if (n < 0 || this.at + n > this.b.length) throw new RangeError('7z: past the end');
    this.at += n;
    return this.b.subarray(this.at - n, this.at);
  }
  bits(n: number): boolean[] {
    const out: boolean[] = [];
    for (let i = 0, byte = 0; i < n; i++) {
      if (i % 8 === 0) byte = this.byte();
      out.push((byte & (0x80 >> (i % 8))) !== 0);
    }
    return out;
  }
  /** a digest list: "all defined", or a bit vector, then a CRC per defined entry (null: none) */
  digests(n: number): Array<number | null> {
    const defined = this.byte() ? Array<boolean>(n).fill(true) : this.bits(n);
    return defined.map((d) => (d ? this.bytes(4).readUInt32LE(0) : null));
  }
}

interface Coder {
  id: string;
  properties: Buffer;
  /** how many streams it reads (BCJ2 four) and writes */
  inStreams: number;
  outStreams: number;
}
interface Folder {
  coders: Coder[];
  /** one per coder output stream */
  unpackSizes: number[];
  /** which coder output feeds which coder input: [inIndex, outIndex] */
  bindPairs: Array<[number, number]>;
  /** packed streams it reads (BCJ2 reads four) */
  packedStreams: number;
  /** the coder input each packed stream feeds, in the order they are stored */
  packedInputs: number[];
  crc: number | null;
  /** files packed in the folder (a "solid" block holds many) */
  unpackStreams: number;
  /** their sizes and CRCs, in order */
  subSizes: number[];
  subCrcs: Array<number | null>;
}
interface StreamsInfo { packPos: number; packSizes: number[]; folders: Folder[] }

function readFolder(r: Reader): Folder {
  const coders: Coder[] = [];
  let outStreams = 0;
  let inStreams = 0;
  const count = r.number();
  if (count > 64) throw new RangeError('7z: too many coders');
  for (let i = 0; i < count; i++) {
    const flags = r.byte();
    if (flags & 0x80) throw new RangeError('7z: alternative methods');
    const id = r.bytes(flags & 0x0f).toString('hex');
    const complex = (flags & 0x10) !== 0;
    const ins = complex ? r.number() : 1;
    const outs = complex ? r.number() : 1;
    if (ins > 64 || outs > 64) throw new RangeError('7z: too many streams');
    inStreams += ins;
    outStreams += outs;
    coders.push({ id, properties: flags & 0x20 ? r.bytes(r.number()) : Buffer.alloc(0), inStreams: ins, outStreams: outs });
  }
  const bindPairs: Array<[number, number]> = [];
  for (let i = 0; i < outStreams - 1; i++) bindPairs.push([r.number(), r.number()]);
  const packed = inStreams - bindPairs.length;
  const packedInputs: number[] = [];
  if (packed > 1) for (let i = 0; i < packed; i++) packedInputs.push(r.number());
  // one packed stream: the one input no bind pair feeds
  else for (let i = 0; i < inStreams && !packedInputs.length; i++) if (!bindPairs.some(([input]) => input === i)) packedInputs.push(i);
  return { coders, unpackSizes: Array<number>(outStreams).fill(0), bindPairs, packedStreams: packed, packedInputs, crc: null, unpackStreams: 1, subSizes: [], subCrcs: [] };
}

function readStreamsInfo(r: Reader): StreamsInfo {
  const info: StreamsInfo = { packPos: 0, packSizes: [], folders: [] };
  for (let id = r.byte(); id !== END; id = r.byte()) {
    if (id === PACK_INFO) {
      info.packPos = r.number();
      const n = r.number();
      for (let p = r.byte(); p !== END; p = r.byte()) {
        if (p === SIZE) for (let i = 0; i < n; i++) info.packSizes.push(r.number());
        else if (p === CRC) r.digests(n);
        else throw new RangeError('7z: pack info');
      }
    } else if (id === UNPACK_INFO) {
      if (r.byte() !== FOLDER) throw new RangeError('7z: folders');
      const n = r.number();
      if (n > 1_000_000 || r.byte() !== 0) throw new RangeError('7z: external folders');
      for (let i = 0; i < n; i++) info.folders.push(readFolder(r));
      if (r.byte() !== CODERS_UNPACK_SIZE) throw new RangeError('7z: unpack sizes');
      for (const f of info.folders) f.unpackSizes = f.unpackSizes.map(() => r.number());
      for (let p = r.byte(); p !== END; p = r.byte()) {
        if (p !== CRC) throw new RangeError('7z: unpack info');
        r.digests(n).forEach((d, i) => { info.folders[i]!.crc = d; });
      }
    } else if (id === SUBSTREAMS_INFO) {
      let p = r.byte();
      if (p === NUM_UNPACK_STREAM) {
        for (const f of info.folders) f.unpackStreams = r.number();
        p = r.byte();
      }
      for (const f of info.folders) {
        // the last file's size is what the others leave of the folder's output
        f.subSizes = [];
        if (p === SIZE) for (let i = 1; i < f.unpackStreams; i++) f.subSizes.push(r.number());
        if (f.unpackStreams > 0) f.subSizes.push(outputSize(f) - f.subSizes.reduce((a, b) => a + b, 0));
      }
      if (p === SIZE) p = r.byte();
      const known = (f: Folder) => f.unpackStreams === 1 && f.crc !== null;
      for (const f of info.folders) f.subCrcs = known(f) ? [f.crc] : [];
      if (p === CRC) {
        const crcs = r.digests(info.folders.reduce((n, f) => n + (known(f) ? 0 : f.unpackStreams), 0));
        for (const f of info.folders) if (!known(f)) f.subCrcs = crcs.splice(0, f.unpackStreams);
        p = r.byte();
      }
      if (p !== END) throw new RangeError('7z: substreams');
    } else throw new RangeError('7z: streams info');
  }
  return info;
}

/** The size of a folder's final output: the one coder output no other coder reads. */
function outputSize(f: Folder): number {
  const bound = new Set(f.bindPairs.map(([, out]) => out));
  return f.unpackSizes.find((_, i) => !bound.has(i)) ?? 0;
}

const encrypted = (folders: Folder[]): boolean => folders.some((f) => f.coders.some((c) => c.id === AES_CODER));

/** The header an "encoded header" describes, unpacked; null when it is encrypted or packed by another method than LZMA. */
async function unpackHeader(archive: Buffer, info: StreamsInfo): Promise<Buffer | null> {
  const folder = info.folders[0];
  const size = info.packSizes[0];
  const unpacked = folder?.unpackSizes.at(-1);
  if (!folder || size === undefined || unpacked === undefined || folder.coders.length !== 1 || folder.coders[0]!.id !== LZMA_CODER) return null;
  if (unpacked > MAX_HEADER_BYTES || 32 + info.packPos + size > archive.length || folder.coders[0]!.properties.length !== 5) return null;
  const length = Buffer.alloc(8);
  length.writeBigUInt64LE(BigInt(unpacked));
  // the ".lzma" layout: the coder's 5 property bytes, the unpacked size, the stream
  const header = await lzma.decompress(Buffer.concat([folder.coders[0]!.properties, length, archive.subarray(32 + info.packPos, 32 + info.packPos + size)])).catch(() => null);
  return header?.length === unpacked ? header : null;
}

export interface SevenZipListing {
  /** the files' names (directories left out), at most maxEntries */
  names: string[];
  /** the data is encrypted (an AES coder) */
  encrypted: boolean;
  /** the header itself is encrypted (7-Zip's "encrypt file names"): no name can be read */
  namesHidden: boolean;
}

/** What a header's file list and main streams say. */
interface Header {
  /** where the files' data is packed, and how */
  streams: StreamsInfo;
  /** every entry in order, with whether it has data (directories and empty files do not) */
  entries: Array<{ name: string; hasStream: boolean; directory: boolean }>;
}

function readHeader(r: Reader): Header | null {
  const header: Header = { streams: { packPos: 0, packSizes: [], folders: [] }, entries: [] };
  if (r.byte() !== HEADER) return null;
  for (let id = r.byte(); id !== END; id = r.byte()) {
    if (id === ARCHIVE_PROPERTIES) {
      for (let p = r.byte(); p !== END; p = r.byte()) r.bytes(r.number());
    } else if (id === ADDITIONAL_STREAMS) {
      readStreamsInfo(r);
    } else if (id === MAIN_STREAMS) {
      header.streams = readStreamsInfo(r);
    } else if (id === FILES_INFO) {
      const count = r.number();
      let emptyStream: boolean[] = [];
      let emptyFile: boolean[] = [];
      let names: string[] = [];
      for (let p = r.byte(); p !== END; p = r.byte()) {
        const data = new Reader(r.bytes(r.number()));
        if (p === EMPTY_STREAM) emptyStream = data.bits(count);
        else if (p === EMPTY_FILE) emptyFile = data.bits(emptyStream.filter(Boolean).length);
        else if (p === NAME && data.byte() === 0) names = data.b.subarray(1).toString('utf16le').split('\0').slice(0, count);
      }
      // an empty stream that is not an empty file is a directory
      let empties = 0;
      header.entries = names.map((name, i) => ({ name, hasStream: !emptyStream[i], directory: !!emptyStream[i] && emptyFile[empties++] !== true }));
      break;
    } else return header;
  }
  return header;
}

/** The archive's header bytes, unpacked (and decrypted with `key` when the names are encrypted), or why not. */
async function headerBytes(archive: Buffer, key?: (coder: Coder) => Buffer | null): Promise<Buffer | 'encrypted' | null> {
  const offset = Number(archive.readBigUInt64LE(12));
  const size = Number(archive.readBigUInt64LE(20));
  if (32 + offset + size > archive.length || size > MAX_HEADER_BYTES) return null;
  const raw = archive.subarray(32 + offset, 32 + offset + size);
  if (!raw.length || raw[0] !== ENCODED_HEADER) return raw;
  const r = new Reader(raw);
  r.byte();
  const info = readStreamsInfo(r);
  if (!encrypted(info.folders)) return unpackHeader(archive, info);
  if (!key) return 'encrypted';
  const folder = info.folders[0];
  if (!folder || outputSize(folder) > MAX_HEADER_BYTES) return null;
  return unpackFolder(archive, info, 0, key, MAX_HEADER_BYTES);
}

/**
 * The header as headerBytes reads it without a key, kept by the caller's bytes: the listing, the
 * unpacking of the plain files, the unlock and the document reader each need it for one
 * attachment, and an LZMA-packed header was unpacked again each time (about 90 µs).
 */
const plainHeaders = new WeakMap<Uint8Array, Promise<Buffer | 'encrypted' | null>>();
function plainHeaderBytes(bytes: Uint8Array, archive: Buffer): Promise<Buffer | 'encrypted' | null> {
  let header = plainHeaders.get(bytes);
  if (!header) plainHeaders.set(bytes, header = headerBytes(archive));
  return header;
}

/** What a 7-Zip archive's header says; an unreadable header gives no names. */
export async function sevenZipListing(bytes: Uint8Array, maxEntries: number): Promise<SevenZipListing> {
  const listing: SevenZipListing = { names: [], encrypted: false, namesHidden: false };
  const archive = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const raw = await plainHeaderBytes(bytes, archive);
    if (raw === 'encrypted') return { ...listing, encrypted: true, namesHidden: true };
    const header = raw && readHeader(new Reader(raw));
    if (!header) return listing;
    listing.encrypted = encrypted(header.streams.folders);
    listing.names = header.entries.filter((e) => !e.directory).map((e) => e.name).slice(0, maxEntries);
  } catch {
    // a damaged header: no names
  }
  return listing;
}

/** What a locked archive costs to open, per message. */
export interface SevenZipBudget {
  /** bytes still to unpack */
  bytes: number;
  /** 7-Zip keys still to derive: each is 2^19 rounds of SHA-256 (~8 ms of CPU) */
  sevenZipKeys: number;
}

/** 7-Zip's AES coder properties: the key's rounds (as a power of 2), its salt and the IV. */
function aesProperties(p: Buffer): { power: number; salt: Buffer; iv: Buffer } | null {
  if (p.length < 1) return null;
  const power = p[0]! & 0x3f;
  if ((p[0]! & 0xc0) === 0) return { power, salt: Buffer.alloc(0), iv: Buffer.alloc(16) };
  if (p.length < 2) return null;
  const saltSize = ((p[0]! >> 7) & 1) + (p[1]! >> 4);
  const ivSize = ((p[0]! >> 6) & 1) + (p[1]! & 0x0f);
  if (p.length < 2 + saltSize + ivSize) return null;
  const iv = Buffer.alloc(16);
  p.copy(iv, 0, 2 + saltSize, 2 + saltSize + ivSize);
  return { power, salt: p.subarray(2, 2 + saltSize), iv };
}

/**
 * The AES-256 key of a password: SHA-256 over 2^power rounds of salt, password (UTF-16LE) and the
 * round number (8 bytes, little-endian). Hashed a block of 4096 rounds at a time from one buffer,
 * only the round numbers rewritten: 7–10 ms for 7-Zip's 2^19, where hashing all 10 MB at once
 * (on libuv's threads) took 40 ms of filling and faulting in fresh memory, and as much again to hash.
 */
function sevenZipKey(password: string, salt: Buffer, power: number): Buffer | null {
  const pw = Buffer.from(password, 'utf16le');
  if (power === 0x3f) return Buffer.concat([salt, pw, Buffer.alloc(32)]).subarray(0, 32);
  // 7-Zip writes 2^19; more is not tried
  if (power > 22) return null;
  const unit = salt.length + pw.length + 8;
  const rounds = 2 ** power;
  const perBlock = Math.min(rounds, 4096);
  const block = Buffer.alloc(perBlock * unit);
  for (let r = 0; r < perBlock; r++) {
    salt.copy(block, r * unit);
    pw.copy(block, r * unit + salt.length);
  }
  const sha = createHash('sha256');
  for (let first = 0; first < rounds; first += perBlock) {
    for (let r = 0, at = salt.length + pw.length; r < perBlock; r++, at += unit) {
      const i = first + r;
      block[at] = i & 0xff;
      block[at + 1] = (i >>> 8) & 0xff;
      block[at + 2] = (i >>> 16) & 0xff;
      block[at + 3] = (i >>> 24) & 0xff;
    }
    sha.update(block);
  }
  return sha.digest();
}

/** keys derived lately, by rounds, salt and password: the attachment check and the document readers open the same archive */
const recentKeys = new Map<string, Buffer>();
const RECENT_KEYS = 16;

/** A password's key, derived within the budget (a key derived lately costs nothing); null past it. */
function derivedKey(password: string, salt: Buffer, power: number, budget: SevenZipBudget): Buffer | null {
  const id = `${power}:${salt.toString('hex')}:${password}`;
  const known = recentKeys.get(id);
  if (known) return known;
  if (budget.sevenZipKeys-- <= 0) return null;
  const key = sevenZipKey(password, salt, power);
  if (key) {
    if (recentKeys.size >= RECENT_KEYS) recentKeys.delete(recentKeys.keys().next().value!);
    recentKeys.set(id, key);
  }
  return key;
}

/**
 * An LZMA2 stream that starts at `from`: the unpacked size its chunk headers add up to, and where
 * it ends (after its end marker); null when damaged or cut short. Read before unpacking: the
 * unpacker has no output limit, and a chunk unpacks to exactly the size its header declares.
 */
export function lzma2Extent(data: Uint8Array, from = 0): { size: number; end: number } | null {
  const b = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  let size = 0;
  for (let at = from; at < b.length;) {
    const control = b[at]!;
    if (control === 0) return { size, end: at + 1 };
    if (control === 1 || control === 2) {
      if (at + 3 > b.length) return null;
      const n = b.readUInt16BE(at + 1) + 1;
      size += n;
      at += 3 + n;
    } else if (control >= 0x80) {
      if (at + 5 > b.length) return null;
      size += ((control & 0x1f) << 16) + b.readUInt16BE(at + 1) + 1;
      at += 5 + (control >= 0xc0 ? 1 : 0) + b.readUInt16BE(at + 3) + 1;
    } else return null;
  }
  return null;
}

/**
 * Folder `index`'s output, its coders undone from the packed streams up: AES-256 (7-Zip's 7zAES),
 * LZMA2, LZMA, Deflate, copy, and the x86 branch filters BCJ and BCJ2 — what 7-Zip writes for a
 * password, programs included. Only a folder with an AES coder is unpacked (ClamAV unpacks the
 * others itself). `key` gives the AES coder's key, or null. Each stream must come out at its
 * declared size, and none may be larger than `maxBytes`; null otherwise, or for other coders.
 */
async function unpackFolder(archive: Buffer, info: StreamsInfo, index: number, key: (coder: Coder) => Buffer | null, maxBytes: number): Promise<Buffer | null> {
  const folder = info.folders[index]!;
  // 7-Zip's longest chain is BCJ2's: the filter, three unpackers, four AES coders. More is no work of 7-Zip's, only more to unpack
  if (folder.coders.length > MAX_CODERS || folder.unpackSizes.some((n) => n > maxBytes)) return null;
  // the folder's packed streams: after those of the folders before it
  let stream = 0;
  for (let i = 0; i < index; i++) stream += info.folders[i]!.packedStreams;
  let at = 32 + info.packPos;
  for (let i = 0; i < stream; i++) at += info.packSizes[i] ?? 0;
  const packed: Buffer[] = [];
  for (let i = 0; i < folder.packedStreams; i++) {
    const size = info.packSizes[stream + i];
    if (size === undefined || at + size > archive.length) return null;
    packed.push(archive.subarray(at, at + size));
    at += size;
  }
  // coder c reads inputs firstIn[c]… and writes outputs firstOut[c]…, numbered across the folder
  const firstIn: number[] = [];
  const firstOut: number[] = [];
  for (let c = 0, i = 0, o = 0; c < folder.coders.length; c++) {
    firstIn.push(i);
    firstOut.push(o);
    i += folder.coders[c]!.inStreams;
    o += folder.coders[c]!.outStreams;
  }
  const input = async (i: number, depth: number): Promise<Buffer | null> => {
    const bound = folder.bindPairs.find(([into]) => into === i);
    if (bound) return output(bound[1], depth + 1);
    const p = folder.packedInputs.indexOf(i);
    return p < 0 ? null : packed[p] ?? null;
  };
  const output = async (o: number, depth: number): Promise<Buffer | null> => {
    const c = firstOut.findIndex((first, k) => o >= first && o < first + folder.coders[k]!.outStreams);
    const coder = folder.coders[c];
    if (!coder || coder.outStreams !== 1 || depth > folder.coders.length) return null;
    const inputs: Buffer[] = [];
    for (let i = 0; i < coder.inStreams; i++) {
      const data = await input(firstIn[c]! + i, depth);
      if (!data) return null;
      inputs.push(data);
    }
    const out = await runCoder(coder, inputs, folder.unpackSizes[o]!, key);
    return out?.length === folder.unpackSizes[o] ? out : null;
  };
  const bound = new Set(folder.bindPairs.map(([, out]) => out));
  const final = folder.unpackSizes.findIndex((_, o) => !bound.has(o));
  const out = final < 0 ? null : await output(final, 0);
  if (!out) return null;
  return folder.crc === null || crc32(out) === folder.crc ? out : null;
}

const BCJ_CODERS = new Set(['03030103', '04']);
const BCJ2_CODER = '0303011b';

/** One coder's output from its inputs, `size` bytes declared; null for a coder not known here or data that does not unpack. */
async function runCoder(coder: Coder, inputs: Buffer[], size: number, key: (coder: Coder) => Buffer | null): Promise<Buffer | null> {
  const [data] = inputs;
  if (coder.id === BCJ2_CODER) return inputs.length === 4 ? bcj2Decode(inputs[0]!, inputs[1]!, inputs[2]!, inputs[3]!, size) : null;
  if (!data || inputs.length !== 1) return null;
  switch (coder.id) {
    case AES_CODER: {
      const properties = aesProperties(coder.properties);
      const k = properties && key(coder);
      if (!properties || !k || data.length % 16) return null;
      const d = createDecipheriv('aes-256-cbc', k, properties.iv).setAutoPadding(false);
      // the last block is padded
      return Buffer.concat([d.update(data), d.final()]).subarray(0, size);
    }
    case COPY_CODER:
      return data;
    case LZMA2_CODER:
      return lzma2Extent(data)?.size === size ? lzma2.decompress(data).catch(() => null) : null;
    case LZMA_CODER: {
      if (coder.properties.length !== 5) return null;
      const length = Buffer.alloc(8);
      length.writeBigUInt64LE(BigInt(size));
      return lzma.decompress(Buffer.concat([coder.properties, length, data])).catch(() => null);
    }
    case DEFLATE_CODER:
      try {
        return inflateRawSync(data, { maxOutputLength: Math.max(1, size) });
      } catch {
        return null;
      }
    default:
      // BCJ converts in place: the input may be the archive itself (a stored, unencrypted stream)
      return BCJ_CODERS.has(coder.id) ? bcjX86Decode(Buffer.from(data)) : null;
  }
}

/**
 * Unpacks the files of the header's folders that `take` picks, within the budget, into `files`
 * (at most maxEntries); whether a folder's CRCs matched (with a key: whether the password is right).
 * A file whose CRC does not match is left out: a wrong password unpacks to garbage, or, stored,
 * decrypts to it; damage does the same.
 */
async function unpackFiles(archive: Buffer, header: Header, key: (coder: Coder) => Buffer | null, take: (folder: Folder) => boolean, maxEntries: number, budget: { bytes: number }, files: Array<{ name: string; content: Buffer }>, wanted: (name: string) => boolean = () => true): Promise<boolean> {
  const streams = header.streams;
  const withData = header.entries.filter((e) => e.hasStream);
  let file = 0;
  let opened = false;
  for (const [index, folder] of streams.folders.entries()) {
    const inFolder = withData.slice(file, file + folder.unpackStreams).map((e) => e.name);
    file += folder.unpackStreams;
    if (!take(folder) || !inFolder.some(wanted) || outputSize(folder) > budget.bytes || files.length >= maxEntries) continue;
    const out = await unpackFolder(archive, streams, index, key, budget.bytes);
    if (!out) continue;
    // each file of a solid folder, by the sizes and CRCs of its substreams
    const sizes = folder.subSizes.length ? folder.subSizes : [out.length];
    let at = 0;
    let matched = false;
    for (const [i, size] of sizes.entries()) {
      const content = out.subarray(at, at + size);
      at += size;
      const crc = folder.subCrcs[i];
      if (crc != null && crc32(content) !== crc) continue;
      matched = true;
      if (inFolder[i] !== undefined && wanted(inFolder[i]!) && files.length < maxEntries) files.push({ name: inFolder[i]!, content });
    }
    if (matched) budget.bytes -= out.length;
    opened ||= matched;
  }
  return opened;
}

/**
 * The files of a 7-Zip archive that no password locks, those `wanted` names, unpacked within the
 * budget (a folder larger than what is left is not). For the document readers (document-text.ts):
 * clamd unpacks such an archive itself, but reads no invoice's text.
 */
export async function sevenZipFiles(bytes: Uint8Array, wanted: (name: string) => boolean, maxEntries: number, budget: { bytes: number }): Promise<Array<{ name: string; content: Buffer }>> {
  const archive = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: Array<{ name: string; content: Buffer }> = [];
  try {
    const raw = await plainHeaderBytes(bytes, archive);
    const header = raw && raw !== 'encrypted' ? readHeader(new Reader(raw)) : null;
    if (header) await unpackFiles(archive, header, () => null, (folder) => !folder.coders.some((c) => c.id === AES_CODER), maxEntries, budget, files, wanted);
  } catch {
    // a damaged archive: what was read
  }
  return files;
}

export interface SevenZipUnlocked {
  /** the files' names (directories left out), read with the password: also those not unpacked */
  names: string[];
  /** the files unpacked */
  files: Array<{ name: string; content: Buffer }>;
}

/**
 * The files of a 7-Zip archive locked with one of `passwords` (7-Zip's AES-256), unpacked within
 * the budget: what a recipient who types the password from the mail gets. Also when the names
 * are encrypted ("-mhe"). A password is right when the files' CRCs match. Files packed by
 * coders not read here (see unpackFolder) are left out; a damaged archive gives what was read.
 */
export async function sevenZipUnlock(bytes: Uint8Array, passwords: readonly string[], maxEntries: number, budget: SevenZipBudget): Promise<SevenZipUnlocked> {
  const archive = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const files: SevenZipUnlocked['files'] = [];
  // with encrypted names, a header that decrypts (to its size and CRC) proves the password
  const namesHidden = await plainHeaderBytes(bytes, archive).catch(() => null) === 'encrypted';
  for (const password of passwords) {
    // 7-Zip uses one key for the whole archive (the same rounds and salt in each coder): derived once
    const keys = new Map<string, Buffer | null>();
    const key = (coder: Coder): Buffer | null => {
      const p = aesProperties(coder.properties);
      if (!p) return null;
      const id = `${p.power}:${p.salt.toString('hex')}`;
      if (!keys.has(id)) keys.set(id, derivedKey(password, p.salt, p.power, budget));
      return keys.get(id)!;
    };
    try {
      const raw = await headerBytes(archive, key);
      const header = raw && raw !== 'encrypted' ? readHeader(new Reader(raw)) : null;
      if (!header) continue;
      // encrypted names decrypted (their folder's CRC matched): every name, also of files not unpacked
      const names = header.entries.filter((e) => !e.directory).map((e) => e.name).slice(0, maxEntries);
      const opened = await unpackFiles(archive, header, key, (folder) => folder.coders.some((c) => c.id === AES_CODER), maxEntries, budget, files);
      if (opened || namesHidden) return { names, files };
    } catch {
      if (files.length) return { names: files.map((f) => f.name), files };
    }
  }
  return { names: [], files };
}
