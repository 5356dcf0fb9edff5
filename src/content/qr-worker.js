// The QR-code reader's worker thread (see qr.ts). Plain JavaScript: a worker thread does not
// inherit tsx's loader. ZXing-C++ compiled to WebAssembly (zxing-wasm) decodes the image file
// (PNG, JPEG, GIF, BMP) and finds the codes; WebP, which its image reader does not know, is first
// decoded to pixels by libwebp (WebAssembly, @jsquash/webp). It runs here because one photo costs
// tens of milliseconds of CPU, which the SMTP sessions' event loop must not wait for.
// @ts-check
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import decodeWebp, { init as initWebp } from '@jsquash/webp/decode.js';

const require = createRequire(import.meta.url);
// the package fetches its .wasm from a CDN unless given the bytes; a gateway has no business online
const wasmBinary = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
const ready = prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });

/** @type {Promise<void> | null} the WebP decoder, compiled at the first WebP picture (from disk, like the reader) */
let webpReady = null;
/** @param {Uint8Array} bytes */
const isWebp = (bytes) => {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 12)).toString('latin1');
  return head.length === 12 && head.startsWith('RIFF') && head.endsWith('WEBP');
};

/**
 * What the reader is given: pixels for a WebP file (its size was checked from its header by qr.ts
 * before it came here), the file itself for the formats the reader decodes.
 * @param {Uint8Array | { width: number, height: number, data: Uint8ClampedArray }} image
 */
async function readerInput(image) {
  if (!(image instanceof Uint8Array) || !isWebp(image)) return image;
  webpReady ??= WebAssembly.compile(readFileSync(require.resolve('@jsquash/webp/codec/dec/webp_dec.wasm'))).then((m) => initWebp(m));
  await webpReady;
  const { width, height, data } = await decodeWebp(image.buffer.slice(image.byteOffset, image.byteOffset + image.byteLength));
  return { width, height, data };
}

/** @type {import('zxing-wasm/reader').ReaderOptions} */
const OPTIONS = { formats: ['QRCode', 'MicroQRCode'], tryHarder: true, tryRotate: true, tryInvert: true, maxNumberOfSymbols: 4, textMode: 'Plain' };

parentPort?.on('message', async (/** @type {{ id: number, image: Uint8Array | { width: number, height: number, data: Uint8ClampedArray } }} */ job) => {
  try {
    await ready;
    const found = await readBarcodes(await readerInput(job.image), OPTIONS);
    parentPort?.postMessage({ id: job.id, texts: found.filter((b) => b.isValid).map((b) => b.text) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, texts: [], error: String(err) });
  }
});
