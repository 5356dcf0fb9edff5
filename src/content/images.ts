// Image files as the QR-code reader meets them: which format and how many pixels, read from the
// header alone. The size is what keeps a decompression bomb (a few kilobytes of PNG that inflate
// to 30 000 × 30 000 pixels) away from the decoder: an image is decoded only when its header
// says it is small enough.
import { Buffer } from 'node:buffer';

export interface ImageSize { format: 'png' | 'jpeg' | 'gif' | 'bmp' | 'webp'; width: number; height: number }

/** Format and dimensions of a PNG, JPEG, GIF, BMP or WebP file by its header, or null for anything else. */
export function imageSize(bytes: Uint8Array): ImageSize | null {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b.length >= 24 && b.readUInt32BE(0) === 0x89504e47 && b.toString('latin1', 12, 16) === 'IHDR') {
    return { format: 'png', width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
  }
  if (b.length >= 10 && (b.toString('latin1', 0, 6) === 'GIF87a' || b.toString('latin1', 0, 6) === 'GIF89a')) {
    return { format: 'gif', width: b.readUInt16LE(6), height: b.readUInt16LE(8) };
  }
  if (b.length >= 26 && b.toString('latin1', 0, 2) === 'BM') {
    // BITMAPINFOHEADER and later: 32-bit signed sizes (a negative height is a top-down bitmap)
    return b.readUInt32LE(14) >= 40 ? { format: 'bmp', width: Math.abs(b.readInt32LE(18)), height: Math.abs(b.readInt32LE(22)) } : null;
  }
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xd8) return jpegSize(b);
  if (b.length >= 30 && b.toString('latin1', 0, 4) === 'RIFF' && b.toString('latin1', 8, 12) === 'WEBP') return webpSize(b);
  return null;
}

/**
 * A WebP file's size from its first chunk (RFC 9649): the canvas of an extended file (VP8X), else
 * the frame header of a lossy (VP8) or lossless (VP8L) image. libwebp refuses a frame that does not
 * fit the canvas, so the header bounds what decoding allocates.
 */
function webpSize(b: Buffer): ImageSize | null {
  const chunk = b.toString('latin1', 12, 16);
  if (chunk === 'VP8X') return { format: 'webp', width: b.readUIntLE(24, 3) + 1, height: b.readUIntLE(27, 3) + 1 };
  // a key frame: 3 bytes of frame tag, then the start code 9d 01 2a, then 14-bit width and height
  if (chunk === 'VP8 ' && b[23] === 0x9d && b[24] === 0x01 && b[25] === 0x2a) {
    return { format: 'webp', width: b.readUInt16LE(26) & 0x3fff, height: b.readUInt16LE(28) & 0x3fff };
  }
  // signature 0x2f, then width − 1 and height − 1 in 14 bits each
  if (chunk === 'VP8L' && b[20] === 0x2f) {
    const bits = b.readUInt32LE(21);
    return { format: 'webp', width: (bits & 0x3fff) + 1, height: ((bits >>> 14) & 0x3fff) + 1 };
  }
  return null;
}

/** A JPEG's size from its first start-of-frame segment (SOF0–SOF15, not DHT/JPG/DAC), walking the segments. */
function jpegSize(b: Buffer): ImageSize | null {
  let i = 2;
  while (i + 9 < b.length) {
    if (b[i] !== 0xff) return null;
    const marker = b[i + 1]!;
    if (marker === 0xff) { i++; continue; } // fill bytes
    if (marker === 0xd8 || marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) { i += 2; continue; } // no length
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { format: 'jpeg', width: b.readUInt16BE(i + 7), height: b.readUInt16BE(i + 5) };
    }
    if (marker === 0xda || marker === 0xd9) return null; // scan data or end before any frame header
    i += 2 + b.readUInt16BE(i + 2);
  }
  return null;
}

/**
 * Images written into an HTML part as `data:` URIs (`<img src="data:image/png;base64,…">`), decoded,
 * at most `max`: phishers inline the QR code so that no attachment and no remote image shows it.
 */
export function dataUriImages(html: string, max: number): Buffer[] {
  const out: Buffer[] = [];
  // the base64 text is bounded: a data URI of more than 16 MB is not an image we would read
  for (const m of html.matchAll(/data:image\/(?:png|jpe?g|gif|bmp|webp);base64,([A-Za-z0-9+/=\s]{1,16000000})/gi)) {
    if (out.length >= max) break;
    out.push(Buffer.from(m[1]!, 'base64'));
  }
  return out;
}
