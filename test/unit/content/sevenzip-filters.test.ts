// 7-Zip's x86 branch filters undone, on hand-made streams (the real ones, as 7zz writes them, are
// in attachments.test.ts: programs unpacked byte for byte from BCJ and BCJ2 archives).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bcj2Decode, bcjX86Decode } from '../../../src/content/sevenzip-filters.ts';

const hex = (s: string): Buffer => Buffer.from(s.replace(/\s+/g, ''), 'hex');

test('BCJ: CALL and JMP operands made absolute are made relative again; the rest is left as it is', () => {
  // at 1: CALL to absolute 0x16 → relative 0x16 − (1 + 5) = 0x10
  assert.deepEqual(bcjX86Decode(hex('90 e8 16000000 90909090')), hex('90 e8 10000000 90909090'));
  // a JMP backwards: absolute 0xffffffe6 at 1 → relative −0x20 (the sign follows bit 24)
  assert.deepEqual(bcjX86Decode(hex('90 e9 e6ffffff 90909090')), hex('90 e9 e0ffffff 90909090'));
  // an operand whose top byte is neither 00 nor ff is no near address: untouched
  assert.deepEqual(bcjX86Decode(hex('90 e8 12345678 90909090')), hex('90 e8 12345678 90909090'));
  // the last 4 bytes are never converted (the encoder could not see a whole operand there)
  assert.deepEqual(bcjX86Decode(hex('90 90 90 90 e8 160000')), hex('90 90 90 90 e8 160000'));
  // at 0x1000 the offset counts from the stream's start
  const far = Buffer.concat([Buffer.alloc(0x1000, 0x90), hex('e8 05100000 90909090')]);
  assert.deepEqual(bcjX86Decode(far).subarray(0x1000), hex('e8 00000000 90909090'));
  // shorter than an instruction: nothing to do
  assert.deepEqual(bcjX86Decode(hex('e8 0000')), hex('e8 0000'));
});

test('BCJ2: four streams joined; streams that run out before the declared size give null', () => {
  // a range-coder stream of zeros says "not converted" for every branch byte: the main stream as it is
  const main = hex('90 e8 10000000 90 0f 85 01020304 c3');
  const out = bcj2Decode(main, Buffer.alloc(0), Buffer.alloc(0), Buffer.alloc(16), main.length);
  assert.deepEqual(out, main);
  // a main stream shorter than the output declared
  assert.equal(bcj2Decode(main, Buffer.alloc(0), Buffer.alloc(0), Buffer.alloc(16), main.length + 1), null);
  // no range coder
  assert.equal(bcj2Decode(main, Buffer.alloc(0), Buffer.alloc(0), Buffer.alloc(3), main.length), null);
  // a range coder whose first bit says "converted" (code ≥ bound) with no address in the call stream
  assert.equal(bcj2Decode(hex('90 e8'), Buffer.alloc(0), Buffer.alloc(0), hex('00 ffffffff ffffffff'), 6), null);
  // …and with one: the absolute address (big-endian) made relative to the byte after the operand
  assert.deepEqual(bcj2Decode(hex('90 e8'), hex('00000016'), Buffer.alloc(0), hex('00 ffffffff ffffffff'), 6), hex('90 e8 10000000'));
});
