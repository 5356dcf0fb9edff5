// The QR-code reader's worker thread (see qr.ts). Plain JavaScript: a worker thread does not
// inherit tsx's loader. ZXing-C++ compiled to WebAssembly (zxing-wasm) decodes the image file
// (PNG, JPEG, GIF, BMP) and finds the codes; it runs here because one photo costs tens of
// milliseconds of CPU, which the SMTP sessions' event loop must not wait for.
// Pixels are decoded here too (WebAssembly builds of libwebp, libpng and mozjpeg, @jsquash/*) for
// what ZXing's image reader cannot do alone: WebP, which it does not know; a code split over
// several pictures, which are put together before reading; and a code inside a code (the Tycoon
// kit: a harmless small code pasted over the middle of the phishing one, whose error correction
// still carries it), where the reader finds the small one and stops: what it found is painted
// white and the picture read again.
// @ts-check
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import decodeWebp, { init as initWebp } from '@jsquash/webp/decode.js';
import decodePng, { init as initPng } from '@jsquash/png/decode.js';
import decodeJpeg, { init as initJpeg } from '@jsquash/jpeg/decode.js';

const require = createRequire(import.meta.url);
// the packages fetch their .wasm from a CDN unless given it; a gateway has no business online
const wasmBinary = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
const ready = prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });

/** @typedef {{ width: number, height: number, data: Uint8ClampedArray }} Pixels */

/**
 * A pixel decoder per format, its WebAssembly compiled from disk at first use.
 * @param {string} wasmPath
 * @param {(m: WebAssembly.Module) => unknown} init
 * @param {(bytes: ArrayBuffer) => Promise<Pixels>} decode
 */
function decoder(wasmPath, init, decode) {
  /** @type {Promise<unknown> | null} */
  let initialised = null;
  return async (/** @type {ArrayBuffer} */ bytes) => {
    initialised ??= WebAssembly.compile(readFileSync(require.resolve(wasmPath))).then(init);
    await initialised;
    return decode(bytes);
  };
}
// libjpeg writes its warnings about damaged files ("Corrupt JPEG data…") to stderr, which is the
// gateway's log stream: a damaged picture is not news, the reading fails or succeeds on its own
const QUIET = { print: () => {}, printErr: () => {} };
const DECODERS = {
  webp: decoder('@jsquash/webp/codec/dec/webp_dec.wasm', (m) => initWebp(m, QUIET), (b) => decodeWebp(b)),
  png: decoder('@jsquash/png/codec/pkg/squoosh_png_bg.wasm', (m) => initPng(m), (b) => decodePng(b)),
  jpeg: decoder('@jsquash/jpeg/codec/dec/mozjpeg_dec.wasm', (m) => initJpeg(m, QUIET), (b) => decodeJpeg(b)),
};

/** @param {Uint8Array} bytes @returns {keyof typeof DECODERS | null} */
function formatOf(bytes) {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 12)).toString('latin1');
  if (head.length === 12 && head.startsWith('RIFF') && head.endsWith('WEBP')) return 'webp';
  if (head.startsWith('\x89PNG')) return 'png';
  if (head.startsWith('\xff\xd8')) return 'jpeg';
  return null;
}

/** The pixels of a WebP, PNG or JPEG file (its size was checked from its header by qr.ts before it came here). @param {Uint8Array} bytes */
async function pixelsOf(bytes) {
  const format = formatOf(bytes);
  if (!format) throw new Error('no pixel decoder for this picture');
  const { width, height, data } = await DECODERS[format](bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  return { width, height, data };
}

/**
 * Pictures side by side ('row'), one below the other ('column') or in two rows of two ('grid', in
 * reading order) on white, with a white border all round (the code's quiet zone, should the sender
 * have cut it off), transparent pixels shown on white as a mail client shows them.
 * @param {Pixels[]} pieces @param {'row' | 'column' | 'grid'} axis @returns {Pixels}
 */
function putTogether(pieces, axis) {
  const perRow = axis === 'row' ? pieces.length : axis === 'grid' ? 2 : 1;
  const rows = [];
  for (let i = 0; i < pieces.length; i += perRow) rows.push(pieces.slice(i, i + perRow));
  const inner = {
    width: Math.max(...rows.map((r) => r.reduce((n, p) => n + p.width, 0))),
    height: rows.reduce((n, r) => n + Math.max(...r.map((p) => p.height)), 0),
  };
  const border = Math.max(8, Math.round(Math.max(inner.width, inner.height) / 10));
  const width = inner.width + 2 * border; const height = inner.height + 2 * border;
  const data = new Uint8ClampedArray(width * height * 4).fill(255);
  let top = border;
  for (const r of rows) {
    let left = border;
    for (const p of r) {
      for (let y = 0; y < p.height; y++) {
        for (let x = 0; x < p.width; x++) {
          const s = (y * p.width + x) * 4; const d = ((top + y) * width + left + x) * 4;
          const a = p.data[s + 3] / 255;
          for (let c = 0; c < 3; c++) data[d + c] = p.data[s + c] * a + 255 * (1 - a);
        }
      }
      left += p.width;
    }
    top += Math.max(...r.map((p) => p.height));
  }
  return { width, height, data };
}

/**
 * What the reader is given: the file for the formats it decodes, pixels for WebP and for pieces
 * put together.
 * @param {Uint8Array | Pixels | { pieces: Uint8Array[], axis: 'row' | 'column' | 'grid' }} image
 */
async function readerInput(image) {
  if ('pieces' in image) return putTogether(await Promise.all(image.pieces.map(pixelsOf)), image.axis);
  return image instanceof Uint8Array && formatOf(image) === 'webp' ? pixelsOf(image) : image;
}

/** @type {import('zxing-wasm/reader').ReaderOptions} */
const OPTIONS = { formats: ['QRCode', 'MicroQRCode'], tryHarder: true, tryRotate: true, tryInvert: true, maxNumberOfSymbols: 4, textMode: 'Plain' };
/** readings of one picture: the first, then again after painting over what was found */
const READINGS = 3;
/** a code around another one is upright like it: later readings do not turn the picture (a quarter of the cost) */
const AGAIN = { ...OPTIONS, tryRotate: false };

/**
 * The picture with the codes found painted white (each code's bounding box, a little larger: the
 * corners ZXing reports are the symbol's), so that a code around them can be found.
 * @param {Pixels} pixels @param {Array<{ position: { topLeft: { x: number, y: number }, topRight: { x: number, y: number }, bottomLeft: { x: number, y: number }, bottomRight: { x: number, y: number } } }>} codes
 * @returns {Pixels}
 */
function paintedOver(pixels, codes) {
  const { width, height } = pixels;
  const data = new Uint8ClampedArray(pixels.data);
  for (const { position } of codes) {
    const xs = [position.topLeft.x, position.topRight.x, position.bottomLeft.x, position.bottomRight.x];
    const ys = [position.topLeft.y, position.topRight.y, position.bottomLeft.y, position.bottomRight.y];
    const pad = Math.ceil((Math.max(...xs) - Math.min(...xs)) / 20) + 1;
    const x0 = Math.max(0, Math.floor(Math.min(...xs)) - pad); const x1 = Math.min(width, Math.ceil(Math.max(...xs)) + pad);
    const y0 = Math.max(0, Math.floor(Math.min(...ys)) - pad); const y1 = Math.min(height, Math.ceil(Math.max(...ys)) + pad);
    for (let y = y0; y < y1; y++) data.fill(255, (y * width + x0) * 4, (y * width + x1) * 4);
  }
  return { width, height, data };
}

/** The texts of the valid codes in a picture, reading it again with what was found painted over while that finds more. @param {Parameters<typeof readerInput>[0]} image */
async function readCodes(image) {
  let input = await readerInput(image);
  /** @type {string[]} */
  const texts = [];
  for (let reading = 0; reading < READINGS; reading++) {
    /** @type {Awaited<ReturnType<typeof readBarcodes>>} */
    let found;
    try {
      found = (await readBarcodes(input, reading ? AGAIN : OPTIONS)).filter((b) => b.isValid);
    } catch (err) {
      if (!reading) throw err;
      break; // a later reading that fails takes nothing from the first
    }
    const fresh = found.filter((b) => !texts.includes(b.text));
    if (!fresh.length) break;
    texts.push(...fresh.map((b) => b.text));
    if (texts.length >= OPTIONS.maxNumberOfSymbols) break;
    // pixels to paint on: a file the reader decoded itself is decoded here (GIF and BMP are not,
    // nor a file that our decoder refuses where ZXing's read it: what was found stands)
    const pixels = input instanceof Uint8Array ? (formatOf(input) ? await pixelsOf(input).catch(() => null) : null) : input;
    if (!pixels) break;
    input = paintedOver(pixels, found);
  }
  return texts;
}

// the protocol of worker-queue.ts
parentPort?.on('message', async (/** @type {{ id: number, input: Parameters<typeof readerInput>[0] }} */ job) => {
  try {
    await ready;
    parentPort?.postMessage({ id: job.id, result: await readCodes(job.input) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, result: [], error: String(err) });
  }
});

// loaded: the queue starts an item's time-out from here (worker-queue.ts)
parentPort?.postMessage({ ready: true });
