// xz files ("Rechnung.xz", "docs.tar.xz"): what they hold, unpacked within the walk's byte budget.
// 7-Zip and WinRAR open them with a double click, like gzip. The container is read here by its
// specification (The .xz File Format 1.1.0): a stream header, blocks, an index. Each block's
// LZMA2 stream is measured by its chunk headers before it is unpacked (the unpacker has no
// output limit; a chunk unpacks to exactly the size its header declares), so a bomb is refused
// before any of it is unpacked, and the unpacking runs off the event loop (`@napi-rs/lzma`).
// Blocks with filters other than LZMA2 alone (xz's --x86 and the like, which nobody sends by
// mail) are not unpacked: their names still count, and ClamAV unpacks xz itself.
import { lzma2 } from '@napi-rs/lzma';
import { lzma2Extent } from './sevenzip.ts';

const MAGIC = [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00];
const STREAM_HEADER_BYTES = 12;
const LZMA2_FILTER = 0x21;

export const isXz = (b: Uint8Array): boolean => b.length >= 32 && MAGIC.every((x, i) => b[i] === x);

/** xz's variable-length integer (7 bits a byte, low first, at most 9 bytes): [value, next offset], or null. */
function varint(b: Uint8Array, at: number): [number, number] | null {
  let value = 0;
  for (let i = 0; i < 9 && at + i < b.length; i++) {
    const byte = b[at + i]!;
    value += (byte & 0x7f) * 2 ** (7 * i);
    if (!(byte & 0x80)) return [value, at + i + 1];
  }
  return null;
}

/** Bytes of a block's check field, by the stream's check type (0 none, 1 CRC32, 4 CRC64, 10 SHA-256, and the reserved ones' sizes). */
const checkBytes = (type: number): number => (type === 0 ? 0 : 4 << Math.floor((type - 1) / 3));

/** The LZMA2 streams of the first stream's blocks, each [start, end], and what they unpack to in all; null when a block is not LZMA2 alone or the file is damaged. */
function lzma2Blocks(b: Uint8Array): { streams: Array<[number, number]>; size: number } | null {
  const check = checkBytes(b[7]! & 0x0f);
  const streams: Array<[number, number]> = [];
  let size = 0;
  for (let at = STREAM_HEADER_BYTES; at < b.length;) {
    if (b[at] === 0) return streams.length ? { streams, size } : null; // the index: the blocks end here
    const headerEnd = at + (b[at]! + 1) * 4;
    const flags = b[at + 1]!;
    if (headerEnd > b.length || flags & 0x3c) return null;
    let next: [number, number] | null = [0, at + 2];
    if (flags & 0x40) next = varint(b, next[1]); // compressed size
    if (next && flags & 0x80) next = varint(b, next[1]); // uncompressed size
    if (!next || (flags & 0x03) !== 0) return null; // more than one filter
    const id = varint(b, next[1]);
    const properties = id && varint(b, id[1]);
    if (!id || !properties || id[0] !== LZMA2_FILTER || properties[0] !== 1) return null;
    const extent = lzma2Extent(b, headerEnd);
    if (!extent) return null;
    streams.push([headerEnd, extent.end]);
    size += extent.size;
    // block padding to four bytes, then the check
    at = Math.ceil(extent.end / 4) * 4 + check;
  }
  return null;
}

/**
 * What an xz file holds, when it unpacks to at most `maxBytes`; null when it is damaged, larger,
 * or uses filters other than LZMA2 alone. Only the first stream is read (xz writes one).
 */
export async function unxzWithin(b: Uint8Array, maxBytes: number): Promise<Buffer | null> {
  const blocks = isXz(b) ? lzma2Blocks(b) : null;
  if (!blocks || blocks.size > maxBytes) return null;
  const parts: Buffer[] = [];
  for (const [start, end] of blocks.streams) {
    const part = await lzma2.decompress(b.subarray(start, end)).catch(() => null);
    if (!part) return null;
    parts.push(part);
  }
  const out = Buffer.concat(parts);
  return out.length === blocks.size ? out : null;
}
