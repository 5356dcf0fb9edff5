// What reading QR codes costs per message, by kind of picture: the time `qrCodesOf` takes for one
// message (a fresh message each run, so nothing is memoised; median of N after warm-up), and how
// long the SMTP process's event loop was blocked meanwhile (the reading runs in a worker thread,
// so this should stay near the timer's resolution). Images made by the tools the tests use
// (qrencode, netpbm, cjpeg, img2pdf).
//   node --import tsx bench/qr.ts [--runs N]
import { execFileSync } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { qrCodesOf, qrOptionsSchema } from '../src/content/qr.ts';
import { imageInPdf, qrImage, qrPieces } from '../test/helpers/qr.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
const runs = Number(args.runs);
const opts = qrOptionsSchema.parse({});
const URL = 'https://m365-renew.example/auth?u=carol%40example.com';
const sh = (script: string): Buffer => execFileSync('bash', ['-o', 'pipefail', '-c', script], { maxBuffer: 100_000_000 });

const a4Scan = qrImage(URL, { format: 'jpeg', page: [1240, 1754, 800, 1300] });
// a 12-megapixel phone photo without a code: random texture is the decoder's worst case
const photo = sh('pgmnoise 4000 3000 | cjpeg -quality 85');
const banner = sh('pgmnoise 600 300 | cjpeg -quality 85');
const view = (files: Array<[string, Buffer]>) => ({
  html: '<p>x</p>',
  attachments: files.map(([mimeType, content]) => ({ filename: null, mimeType, size: content.length, content })),
});
const cases: Array<[string, Array<[string, Buffer]>, typeof opts?]> = [
  ['QR code PNG (qrencode, 198 px)', [['image/png', qrImage(URL)]]],
  ['A4 scan JPEG with a code (1240 × 1754)', [['image/jpeg', a4Scan]]],
  ['the same scan as WebP (cwebp -q 80)', [['image/webp', qrImage(URL, { format: 'webp', page: [1240, 1754, 800, 1300] })]]],
  ['a code split in two pictures (PNG halves, put together)', qrPieces(URL, 2, 'column').map((p): [string, Buffer] => ['image/png', p])],
  ['PDF of that scan (JPEG inside)', [['application/pdf', imageInPdf(a4Scan, 'scan.jpg')]]],
  ['PDF with a 1-bit code (Flate pixels)', [['application/pdf', imageInPdf(qrImage(URL))]]],
  ['newsletter: 8 pictures 600 × 300, no code', Array.from({ length: 8 }, () => ['image/jpeg', banner] as [string, Buffer])],
  ['phone photo 4000 × 3000 (over maxMegapixels: not decoded)', [['image/jpeg', photo]]],
  ['the same photo with maxMegapixels: 16', [['image/jpeg', photo]], qrOptionsSchema.parse({ maxMegapixels: 16 })],
];

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`| message | size | codes found | ms per message (median of ${runs}) | event loop blocked, max ms |`);
console.log('|---|---|---|---|---|');
for (const [label, files, o = opts] of cases) {
  for (let i = 0; i < 3; i++) await qrCodesOf(view(files), o);
  const times: number[] = [];
  let found = 0;
  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    found = (await qrCodesOf(view(files), o)).length;
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  loop.disable();
  const size = files.reduce((n, [, b]) => n + b.length, 0);
  console.log(`| ${label} | ${(size / 1024).toFixed(0)} kB | ${found} | ${median(times).toFixed(1)} | ${(loop.max / 1e6).toFixed(1)} |`);
}
// the same monitor over one idle second, for comparison: what it reports when nothing is read
const idle = monitorEventLoopDelay({ resolution: 5 });
idle.enable();
for (const end = Date.now() + 1000; Date.now() < end;) await new Promise((r) => setTimeout(r, 1));
idle.disable();
console.log(`\nevent loop idle for 1 s, same monitor: max ${(idle.max / 1e6).toFixed(1)} ms`);
console.log(`process RSS after the runs: ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
