// 7-Zip archives: the file names in the header, and whether a password hides the data or the names.
// 7-Zip compresses its header (the file list) with LZMA; it is unpacked by `@napi-rs/lzma` (MIT,
// Rust's lzma-rust2 with prebuilt binaries, off the event loop: 2–3 ms for a 3000-file header, where
// the pure-JavaScript LZMA-JS took 110 ms on the main thread) and read by the format's description
// (7-Zip's DOC/7zFormat.txt). File data is not
// unpacked: ClamAV unpacks 7z. A damaged or unknown header yields no names, never an exception.
import { Buffer } from 'node:buffer';
import { lzma } from '@napi-rs/lzma';

const SIGNATURE = Buffer.from([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]);
export const isSevenZip = (b: Uint8Array): boolean => b.length >= 32 && SIGNATURE.every((x, i) => b[i] === x);

// property IDs (7zFormat.txt)
const END = 0x00, HEADER = 0x01, ARCHIVE_PROPERTIES = 0x02, ADDITIONAL_STREAMS = 0x03, MAIN_STREAMS = 0x04, FILES_INFO = 0x05;
const PACK_INFO = 0x06, UNPACK_INFO = 0x07, SUBSTREAMS_INFO = 0x08, SIZE = 0x09, CRC = 0x0a, FOLDER = 0x0b;
const CODERS_UNPACK_SIZE = 0x0c, NUM_UNPACK_STREAM = 0x0d, EMPTY_STREAM = 0x0e, EMPTY_FILE = 0x0f, NAME = 0x11, ENCODED_HEADER = 0x17;
const LZMA_CODER = '030101';
const AES_CODER = '06f10701';
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
  /** a digest list: "all defined", or a bit vector, then a CRC per defined entry */
  digests(n: number): boolean[] {
    const defined = this.byte() ? Array<boolean>(n).fill(true) : this.bits(n);
    this.bytes(4 * defined.filter(Boolean).length);
    return defined;
  }
}

interface Coder { id: string; properties: Buffer }
interface Folder { coders: Coder[]; unpackSizes: number[]; crcDefined: boolean; unpackStreams: number }
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
    inStreams += complex ? r.number() : 1;
    outStreams += complex ? r.number() : 1;
    coders.push({ id, properties: flags & 0x20 ? r.bytes(r.number()) : Buffer.alloc(0) });
  }
  const bindPairs = outStreams - 1;
  for (let i = 0; i < bindPairs; i++) { r.number(); r.number(); }
  const packed = inStreams - bindPairs;
  if (packed > 1) for (let i = 0; i < packed; i++) r.number();
  return { coders, unpackSizes: Array<number>(outStreams).fill(0), crcDefined: false, unpackStreams: 1 };
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
        r.digests(n).forEach((d, i) => { info.folders[i]!.crcDefined = d; });
      }
    } else if (id === SUBSTREAMS_INFO) {
      let p = r.byte();
      if (p === NUM_UNPACK_STREAM) {
        for (const f of info.folders) f.unpackStreams = r.number();
        p = r.byte();
      }
      if (p === SIZE) {
        for (const f of info.folders) for (let i = 1; i < f.unpackStreams; i++) r.number();
        p = r.byte();
      }
      if (p === CRC) {
        r.digests(info.folders.reduce((n, f) => n + (f.unpackStreams === 1 && f.crcDefined ? 0 : f.unpackStreams), 0));
        p = r.byte();
      }
      if (p !== END) throw new RangeError('7z: substreams');
    } else throw new RangeError('7z: streams info');
  }
  return info;
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

/** What a 7-Zip archive's header says; an unreadable header gives no names. */
export async function sevenZipListing(bytes: Uint8Array, maxEntries: number): Promise<SevenZipListing> {
  const listing: SevenZipListing = { names: [], encrypted: false, namesHidden: false };
  const archive = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    const offset = Number(archive.readBigUInt64LE(12));
    const size = Number(archive.readBigUInt64LE(20));
    if (32 + offset + size > archive.length || size > MAX_HEADER_BYTES) return listing;
    let r = new Reader(archive.subarray(32 + offset, 32 + offset + size));
    if (r.b.length && r.b[0] === ENCODED_HEADER) {
      r.byte();
      const info = readStreamsInfo(r);
      if (encrypted(info.folders)) return { ...listing, encrypted: true, namesHidden: true };
      const header = await unpackHeader(archive, info);
      if (!header) return listing;
      r = new Reader(header);
    }
    if (r.byte() !== HEADER) return listing;
    for (let id = r.byte(); id !== END; id = r.byte()) {
      if (id === ARCHIVE_PROPERTIES) {
        for (let p = r.byte(); p !== END; p = r.byte()) r.bytes(r.number());
      } else if (id === ADDITIONAL_STREAMS) {
        readStreamsInfo(r);
      } else if (id === MAIN_STREAMS) {
        listing.encrypted = encrypted(readStreamsInfo(r).folders);
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
        listing.names = names.filter((_, i) => !emptyStream[i] || emptyFile[empties++] === true).slice(0, maxEntries);
        break;
      } else return listing;
    }
  } catch {
    // a damaged header: what was read so far stands
  }
  return listing;
}
