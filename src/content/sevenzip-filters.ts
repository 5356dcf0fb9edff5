// 7-Zip's branch filters for x86 programs, undone. 7-Zip packs a file it takes for a Windows
// program (.exe, .dll, …) through BCJ, or at -mx=7 and above through BCJ2, which rewrite the
// relative addresses of CALL and JMP instructions as absolute ones so that LZMA compresses them
// better. A program in a locked archive must be put back as it was before ClamAV can judge it.
// Both follow the algorithms of Igor Pavlov's public-domain LZMA SDK (Bra86.c, Bcj2Dec.c).
import { Buffer } from 'node:buffer';

/** the 4th byte of a real near address is 0x00 or 0xFF (a jump within ±16 MB) */
const isNearMsb = (b: number): boolean => b === 0 || b === 0xff;
const ALLOWED = [true, true, true, false, true, false, false, false];
const BIT_NUMBER = [0, 1, 2, 2, 3, 3, 3, 3];

/**
 * BCJ (x86): each E8/E9 (CALL/JMP rel32) whose operand looks like a near address had it made
 * absolute (the offset of the next instruction added). Undone in place over the whole stream, as
 * 7-Zip's decoder does with the state carried from buffer to buffer; the last 4 bytes are never
 * converted. Returns `data`.
 */
export function bcjX86Decode(data: Buffer): Buffer {
  const size = data.length;
  if (size < 5) return data;
  const limit = size - 4;
  // which of the previous 3 bytes were E8/E9 too (a bit each): such overlaps are converted only in some patterns
  let prevMask = 0;
  let prevPos = -1;
  let pos = 0;
  for (;;) {
    while (pos < limit && (data[pos]! & 0xfe) !== 0xe8) pos++;
    if (pos >= limit) break;
    const gap = pos - prevPos;
    if (gap > 3) prevMask = 0;
    else {
      prevMask = (prevMask << (gap - 1)) & 7;
      if (prevMask !== 0 && (!ALLOWED[prevMask] || isNearMsb(data[pos + 4 - BIT_NUMBER[prevMask]!]!))) {
        prevPos = pos;
        prevMask = ((prevMask << 1) & 7) | 1;
        pos++;
        continue;
      }
    }
    prevPos = pos;
    if (!isNearMsb(data[pos + 4]!)) {
      prevMask = ((prevMask << 1) & 7) | 1;
      pos++;
      continue;
    }
    let src = data.readUInt32LE(pos + 1);
    let dest: number;
    for (;;) {
      dest = (src - (pos + 5)) >>> 0;
      if (prevMask === 0) break;
      const index = BIT_NUMBER[prevMask]! * 8;
      if (!isNearMsb((dest >>> (24 - index)) & 0xff)) break;
      src = (dest ^ (2 ** (32 - index) - 1)) >>> 0;
    }
    // bits 24–31 follow bit 24 (a sign extension of the 25-bit address)
    data.writeUInt32LE((((dest & 0x00ffffff) | ((dest >>> 24) & 1 ? 0xff000000 : 0)) >>> 0), pos + 1);
    pos += 5;
  }
  return data;
}

const TOP = 2 ** 24;
const MODEL_BITS = 11;
const MODEL_TOTAL = 1 << MODEL_BITS;
const MOVE_BITS = 5;

/**
 * BCJ2 (x86): the program's bytes come in four streams: the main one with each converted CALL's
 * and JMP's operand taken out, their absolute addresses (big-endian) in a stream each, and a range
 * coder's bits that say which E8, E9 and Jcc (0F 8x) bytes were converted. Null when the streams
 * run out before `outSize` bytes.
 */
export function bcj2Decode(main: Buffer, call: Buffer, jump: Buffer, rc: Buffer, outSize: number): Buffer | null {
  const out = Buffer.alloc(outSize);
  // probabilities: after E8 by the byte before it (256), after E9, after Jcc
  const probs = new Uint16Array(258).fill(MODEL_TOTAL >> 1);
  if (rc.length < 5) return null;
  let rcAt = 5;
  let code = rc.readUInt32BE(1);
  let range = 0xffffffff;
  let callAt = 0;
  let jumpAt = 0;
  let inAt = 0;
  let outAt = 0;
  let prev = 0;
  while (outAt < outSize) {
    // copy up to and including the next E8, E9 or 0F 8x
    let b = -1;
    while (inAt < main.length && outAt < outSize) {
      const x = main[inAt++]!;
      out[outAt++] = x;
      if ((x & 0xfe) === 0xe8 || (prev === 0x0f && (x & 0xf0) === 0x80)) {
        b = x;
        break;
      }
      prev = x;
    }
    if (b < 0 || outAt === outSize) break;
    const p = b === 0xe8 ? prev : b === 0xe9 ? 256 : 257;
    const prob = probs[p]!;
    const bound = (range >>> MODEL_BITS) * prob;
    let converted: boolean;
    if (code < bound) {
      range = bound;
      probs[p] = prob + ((MODEL_TOTAL - prob) >>> MOVE_BITS);
      converted = false;
    } else {
      range -= bound;
      code -= bound;
      probs[p] = prob - (prob >>> MOVE_BITS);
      converted = true;
    }
    if (range < TOP) {
      if (rcAt >= rc.length) return null;
      range = (range * 256) >>> 0;
      code = ((code * 256) >>> 0) + rc[rcAt++]!;
      code >>>= 0;
    }
    if (!converted) {
      prev = b;
      continue;
    }
    const source = b === 0xe8 ? call : jump;
    const at = b === 0xe8 ? callAt : jumpAt;
    if (at + 4 > source.length) return null;
    if (b === 0xe8) callAt += 4;
    else jumpAt += 4;
    const dest = (source.readUInt32BE(at) - (outAt + 4)) >>> 0;
    const bytes = [dest & 0xff, (dest >>> 8) & 0xff, (dest >>> 16) & 0xff, dest >>> 24];
    for (const x of bytes) {
      if (outAt === outSize) break;
      out[outAt++] = x;
    }
    prev = bytes[3]!;
  }
  return outAt === outSize ? out : null;
}
