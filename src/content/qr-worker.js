// The QR-code reader's worker thread (see qr.ts). Plain JavaScript: a worker thread does not
// inherit tsx's loader. ZXing-C++ compiled to WebAssembly (zxing-wasm) decodes the image file
// (PNG, JPEG, GIF, BMP) and finds the codes; it runs here because one photo costs tens of
// milliseconds of CPU, which the SMTP sessions' event loop must not wait for.
// @ts-check
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';

const require = createRequire(import.meta.url);
// the package fetches its .wasm from a CDN unless given the bytes; a gateway has no business online
const wasmBinary = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'));
const ready = prepareZXingModule({ overrides: { wasmBinary }, fireImmediately: true });

/** @type {import('zxing-wasm/reader').ReaderOptions} */
const OPTIONS = { formats: ['QRCode', 'MicroQRCode'], tryHarder: true, tryRotate: true, tryInvert: true, maxNumberOfSymbols: 4, textMode: 'Plain' };

parentPort?.on('message', async (/** @type {{ id: number, image: Uint8Array | { width: number, height: number, data: Uint8ClampedArray } }} */ job) => {
  try {
    await ready;
    const found = await readBarcodes(job.image, OPTIONS);
    parentPort?.postMessage({ id: job.id, texts: found.filter((b) => b.isValid).map((b) => b.text) });
  } catch (err) {
    parentPort?.postMessage({ id: job.id, texts: [], error: String(err) });
  }
});
