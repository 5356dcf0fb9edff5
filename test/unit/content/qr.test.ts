// QR codes in images: the header reader that guards the decoder, the worker that reads the codes
// (ZXing-C++ in WebAssembly), and where a message's images come from (attached, inline, data:
// URIs, PDFs, Office documents). Every fixture is made by qrencode/netpbm/cjpeg/img2pdf and read
// first by zbarimg, another reader (test/helpers/qr.ts).
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { deflateSync } from 'node:zlib';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { dataUriImages, imageSize } from '../../../src/content/images.ts';
import { messageLinks } from '../../../src/content/links.ts';
import { ascii85, pdfOf } from '../../../src/content/pdf.ts';
import { qrCodesOf, qrLink, qrOptionsOf, qrOptionsSchema, readQrCodes, splitCodeCandidates } from '../../../src/content/qr.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { encryptedWithQpdf, pdfDocument, printedPdf } from '../../helpers/pdf.ts';
import { blankImage, imageInPdf, pdfImageList, qrBlocks, qrBoxes, qrImage, qrMatrix, qrNested, qrPieces, qrTable, webpToPng, zbarTexts } from '../../helpers/qr.ts';
import { blockGrids, boxGrids, drawnCodes, luminance, tableGrids } from '../../../src/content/qr-drawn.ts';
import { rectsCode, svgCode, svgGrid } from '../../../src/content/qr-svg.ts';
import { zipArchive } from '../../helpers/zip.ts';

const URL1 = 'https://m365-verify.example/auth?u=carol%40example.com&t=8f3a';

/** ASCII85 as PostScript writes it ("<~ … ~>", "z" for four zeros), to give the reader what ReportLab writes. */
function ascii85Of(data: Buffer): string {
  let out = '<~';
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, Math.min(i + 4, data.length));
    const n = Math.min(4, data.length - i);
    let v = chunk.readUInt32BE(0);
    if (v === 0 && n === 4) { out += 'z'; continue; }
    const digits: string[] = [];
    for (let k = 0; k < 5; k++) { digits.unshift(String.fromCharCode(33 + (v % 85))); v = Math.floor(v / 85); }
    out += digits.slice(0, n + 1).join('');
  }
  return `${out}~>`;
}
const defaults = qrOptionsSchema.parse({});
const b64 = (b: Buffer): string => b.toString('base64').replace(/.{76}/g, '$&\r\n');

/** A message with these parts after a short text part, parsed as the pipeline parses it. */
async function message(parts: Array<{ type: string; name?: string; content: Buffer; inline?: boolean; cid?: string }>, html?: string) {
  const body = [`--B\r\nContent-Type: ${html ? 'text/html' : 'text/plain'}; charset=utf-8\r\n\r\n${html ?? 'Scan the code to keep your mailbox.'}\r\n`,
    ...parts.map((p) => `--B\r\nContent-Type: ${p.type}${p.name ? `; name="${p.name}"` : ''}\r\nContent-Transfer-Encoding: base64\r\n${p.cid ? `Content-ID: <${p.cid}>\r\n` : ''}`
      + `Content-Disposition: ${p.inline ? 'inline' : 'attachment'}${p.name ? `; filename="${p.name}"` : ''}\r\n\r\n${b64(p.content)}\r\n`)].join('');
  return parseMessage(Buffer.from(`From: IT <it@helpdesk.test>\r\nSubject: MFA\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n${body}--B--\r\n`));
}

describe('image headers', () => {
  it('format and size of PNG, JPEG, GIF and BMP files, as netpbm reports them', () => {
    for (const format of ['png', 'jpeg', 'gif', 'bmp'] as const) {
      const img = qrImage('x', { format, page: [333, 222, 10, 10] });
      assert.deepEqual(imageSize(img), { format, width: 333, height: 222 });
    }
  });
  it('WebP files, lossy (VP8), lossless (VP8L) and extended (VP8X), as cwebp wrote them', () => {
    for (const [format, chunk] of [['webp', 'VP8 '], ['webp-lossless', 'VP8L'], ['webp-extended', 'VP8X']] as const) {
      const img = qrImage('x', { format, page: [333, 222, 10, 10] });
      assert.equal(img.toString('latin1', 12, 16), chunk, `${format} fixture`);
      assert.deepEqual(imageSize(img), { format: 'webp', width: 333, height: 222 }, format);
      assert.equal(imageSize(img.subarray(0, 24)), null, `${format} cut short`);
    }
    // a canvas of 16384 × 16384 declared in a few bytes: its size is known before anything is decoded
    const vp8x = Buffer.alloc(30);
    vp8x.write('RIFF', 0, 'latin1'); vp8x.writeUInt32LE(22, 4); vp8x.write('WEBPVP8X', 8, 'latin1'); vp8x.writeUInt32LE(10, 16);
    vp8x.writeUIntLE(16383, 24, 3); vp8x.writeUIntLE(16383, 27, 3);
    assert.deepEqual(imageSize(vp8x), { format: 'webp', width: 16384, height: 16384 });
    assert.equal(imageSize(Buffer.from('RIFF\x16\x00\x00\x00WAVEfmt ' + 'x'.repeat(20), 'latin1')), null, 'another RIFF file');
  });
  it('a JPEG whose frame header comes after other segments (Exif, tables); damaged and unknown files', () => {
    const jpeg = qrImage('x', { format: 'jpeg', page: [640, 480, 0, 0] });
    // an APP1 segment of 3000 bytes inserted after SOI, as a camera's Exif block sits there
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0x0b, 0xba]), Buffer.alloc(3000, 0x41)]);
    assert.deepEqual(imageSize(Buffer.concat([jpeg.subarray(0, 2), app1, jpeg.subarray(2)])), { format: 'jpeg', width: 640, height: 480 });
    assert.equal(imageSize(jpeg.subarray(0, 20)), null, 'cut before its frame header');
    assert.equal(imageSize(Buffer.from('%PDF-1.4')), null);
    assert.equal(imageSize(Buffer.alloc(0)), null);
  });
  it('data: URIs of an HTML part, decoded, at most max', () => {
    const png = qrImage('x');
    const html = `<img src="data:image/png;base64,${png.toString('base64')}"> <img src='data:image/jpeg;base64,${png.toString('base64').replace(/.{60}/g, '$&\n')}'>`;
    assert.deepEqual(dataUriImages(html, 5), [png, png], 'base64 broken into lines, too');
    assert.equal(dataUriImages(html, 1).length, 1);
    assert.deepEqual(dataUriImages('<img src="data:image/svg+xml;base64,PHN2Zz4=">', 5), [], 'not an image the reader decodes');
  });
});

describe('reading QR codes', () => {
  it('reads what zbarimg reads, in PNG, JPEG, GIF and BMP files and in a photo-sized page', async () => {
    for (const o of [{}, { format: 'jpeg' }, { format: 'gif' }, { format: 'bmp' }, { format: 'jpeg', page: [1240, 1754, 700, 1200] }] as const) {
      const img = qrImage(URL1, o);
      assert.deepEqual(zbarTexts(img), [URL1], `fixture ${JSON.stringify(o)}`);
      assert.deepEqual(await readQrCodes(img), [URL1], JSON.stringify(o));
    }
  });
  it('reads WebP pictures, lossy, lossless and extended, which the reader gets as pixels; a damaged one gives none', async () => {
    for (const format of ['webp', 'webp-lossless', 'webp-extended'] as const) {
      const img = qrImage(URL1, { format });
      assert.deepEqual(zbarTexts(webpToPng(img)), [URL1], `fixture ${format}`);
      assert.deepEqual(await readQrCodes(img), [URL1], format);
    }
    const webp = qrImage(URL1, { format: 'webp' });
    assert.deepEqual(await readQrCodes(webp.subarray(0, webp.length >> 1)), []);
    assert.deepEqual(await readQrCodes(webp), [URL1], 'the reader goes on');
  });
  it('a code inside a code (the Tycoon kit): the outer one, where the phishing link is, and the inner one are both read', async () => {
    const nested = qrNested(URL1, 'https://www.google.com/');
    assert.deepEqual(zbarTexts(nested).sort(), [URL1, 'https://www.google.com/'].sort(), 'fixture');
    assert.deepEqual((await readQrCodes(nested))?.sort(), [URL1, 'https://www.google.com/'].sort());
  });
  it('a damaged JPEG that still reads writes no decoder warning to the gateway\'s stderr', () => {
    const jpeg = qrImage(URL1, { format: 'jpeg' });
    // bytes before the end marker: libjpeg warns "Corrupt JPEG data: 2 extraneous bytes…" and decodes
    const damaged = Buffer.concat([jpeg.subarray(0, jpeg.length - 2), Buffer.from([0, 1]), jpeg.subarray(jpeg.length - 2)]);
    const dir = mkdtempSync(join(tmpdir(), 'mm-qr-stderr-'));
    try {
      writeFileSync(join(dir, 'damaged.jpg'), damaged);
      const qr = new URL('../../../src/content/qr.ts', import.meta.url).href;
      writeFileSync(join(dir, 'read.mts'), `import { readFileSync } from 'node:fs';\nimport { readQrCodes } from '${qr}';\n`
        + `console.log(JSON.stringify(await readQrCodes(readFileSync(${JSON.stringify(join(dir, 'damaged.jpg'))}))));\nprocess.exit(0);\n`);
      const r = spawnSync(process.execPath, ['--import', 'tsx', join(dir, 'read.mts')], { encoding: 'utf8' });
      assert.deepEqual(JSON.parse(r.stdout), [URL1]);
      assert.equal(r.stderr, '');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('an inverted code (white on black), which zbarimg itself cannot read', async () => {
    const inverted = qrImage(URL1, { inverted: true });
    assert.notDeepEqual(inverted, qrImage(URL1));
    assert.deepEqual(zbarTexts(qrImage(URL1)), [URL1]);
    assert.deepEqual(await readQrCodes(inverted), [URL1]);
  });
  it('an image without a code gives none; a broken file gives none and the reader goes on', async () => {
    assert.deepEqual(await readQrCodes(blankImage(400, 400)), []);
    const png = qrImage(URL1);
    assert.deepEqual(await readQrCodes(png.subarray(0, 60)), []);
    assert.deepEqual(await readQrCodes(Buffer.from('not an image at all')), []);
    assert.deepEqual(await readQrCodes(png), [URL1]);
  });
  it('an image that takes longer than its time limit is not read, and the next one gets a new reader', async () => {
    const photo = qrImage(URL1, { format: 'jpeg', page: [2000, 2000, 1500, 1500] });
    assert.equal(await readQrCodes(photo, 1), null);
    assert.deepEqual(await readQrCodes(qrImage(URL1)), [URL1]);
  });
  it('the web address of a code; payment codes, Wi-Fi logins and contacts are none', () => {
    assert.equal(qrLink(` ${URL1}\n`), URL1);
    assert.equal(qrLink('www.shop.example/app'), 'http://www.shop.example/app');
    assert.equal(qrLink('BCD\n002\n1\nSCT\nBIC\nName\nDE89370400440532013000\nEUR12.3'), null, 'an EPC payment code');
    assert.equal(qrLink('WIFI:T:WPA;S:office;P:secret;;'), null);
    assert.equal(qrLink('BEGIN:VCARD\nURL:https://x.example\nEND:VCARD'), null);
    assert.equal(qrLink('https://a.example/ and more'), null);
  });
});

describe('the images of a message', () => {
  it('attached and inline images, data: URIs, PDFs (JPEG, 1-bit and RGB pixels) and Office documents, each named', async () => {
    const png = qrImage(URL1);
    const viaPng = imageInPdf(png);
    const viaRgb = imageInPdf(qrImage(URL1, { rgb: true }));
    const viaJpeg = imageInPdf(qrImage(URL1, { format: 'jpeg' }), 'code.jpg');
    // poppler's view of the fixtures: the three ways a PDF stores a picture that the reader decodes
    assert.deepEqual(pdfImageList(viaPng), [['image', 'gray', '1', 'image']]);
    assert.deepEqual(pdfImageList(viaRgb), [['image', 'rgb', '8', 'image']]);
    assert.deepEqual(pdfImageList(viaJpeg), [['image', 'gray', '8', 'jpeg']]);
    for (const pdf of [viaPng, viaRgb, viaJpeg]) {
      const view = await message([{ type: 'application/pdf', name: 'Scan.pdf', content: pdf }]);
      assert.deepEqual(await qrCodesOf(view, defaults), [{ text: URL1, in: 'a PDF' }]);
    }
    const docx = zipArchive([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>'], ['word/media/image1.png', png]]);
    assert.deepEqual(await qrCodesOf(await message([{ type: 'application/octet-stream', name: 'Richtlinie.docx', content: docx }]), defaults), [{ text: URL1, in: 'an Office document' }]);
    assert.deepEqual(await qrCodesOf(await message([{ type: 'image/png', content: png, inline: true }]), defaults), [{ text: URL1, in: 'an image' }]);
    // a picture named .pdf is read as what it is
    assert.deepEqual(await qrCodesOf(await message([{ type: 'application/pdf', name: 'Scan.pdf', content: png }]), defaults), [{ text: URL1, in: 'an image' }]);
    const html = `<p>Scan:</p><img src="data:image/png;base64,${png.toString('base64')}">`;
    assert.deepEqual(await qrCodesOf(await message([], html), defaults), [{ text: URL1, in: 'an image' }]);
  });
  it('WebP pictures: attached, inline, as data: URIs and in Office documents; one larger than maxMegapixels by its header is not decoded', async () => {
    const webp = qrImage(URL1, { format: 'webp' });
    assert.deepEqual(await qrCodesOf(await message([{ type: 'image/webp', name: 'code.webp', content: webp }]), defaults), [{ text: URL1, in: 'an image' }]);
    assert.deepEqual(await qrCodesOf(await message([{ type: 'image/webp', content: webp, inline: true }]), defaults), [{ text: URL1, in: 'an image' }]);
    const html = `<p>Scan:</p><img src="data:image/webp;base64,${webp.toString('base64')}">`;
    assert.deepEqual(await qrCodesOf(await message([], html), defaults), [{ text: URL1, in: 'an image' }]);
    const docx = zipArchive([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>'], ['word/media/image1.webp', webp]]);
    assert.deepEqual(await qrCodesOf(await message([{ type: 'application/octet-stream', name: 'Richtlinie.docx', content: docx }]), defaults), [{ text: URL1, in: 'an Office document' }]);
    // 3200 × 3200 = 10.2 megapixels: over the default 9, read only when the admin allows more
    const page = qrImage(URL1, { format: 'webp-lossless', page: [3200, 3200, 2000, 2000] });
    const view = await message([{ type: 'image/webp', name: 'page.webp', content: page }]);
    assert.deepEqual(await qrCodesOf(view, defaults), []);
    assert.deepEqual(await qrCodesOf(await message([{ type: 'image/webp', name: 'page.webp', content: page }]), qrOptionsSchema.parse({ maxMegapixels: 11 })), [{ text: URL1, in: 'an image' }]);
  });
  it('images too small for a code do not count against maxImages; the maxImages-th image is the last read', async () => {
    const pixel = Buffer.from('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==', 'base64');
    assert.deepEqual(imageSize(pixel), { format: 'gif', width: 1, height: 1 });
    const blank = blankImage(300, 300);
    const parts = [...Array(10).fill({ type: 'image/gif', content: pixel, inline: true }), { type: 'image/png', content: blank }, { type: 'image/png', content: qrImage(URL1) }];
    const view = await message(parts);
    assert.deepEqual(await qrCodesOf(view, qrOptionsSchema.parse({ maxImages: 2 })), [{ text: URL1, in: 'an image' }]);
    assert.deepEqual(await qrCodesOf(await message(parts), qrOptionsSchema.parse({ maxImages: 1 })), [], 'the blank page was the one image read');
  });
  it('an image with more pixels than maxMegapixels is not decoded (its header says so first)', async () => {
    // 5000 × 4000: 20 megapixels of white with the code in a corner, a small PNG
    const big = qrImage(URL1, { page: [5000, 4000, 10, 10] });
    assert.deepEqual(imageSize(big), { format: 'png', width: 5000, height: 4000 });
    assert.deepEqual(await qrCodesOf(await message([{ type: 'image/png', content: big }]), defaults), []);
    // with the bound raised it is read: time enough to decode 20 megapixels on a busy CI machine
    // (the 2 s message budget ran out there once); this is about the bound, not the speed
    assert.deepEqual(await qrCodesOf(await message([{ type: 'image/png', content: big }]), qrOptionsSchema.parse({ maxMegapixels: 25, budgetMs: 30_000, imageTimeoutMs: 30_000 })), [{ text: URL1, in: 'an image' }]);
    // a PNG header that claims 40000 × 40000 over a small image: never handed to the decoder
    const liar = Buffer.from(qrImage(URL1));
    liar.writeUInt32BE(40_000, 16);
    liar.writeUInt32BE(40_000, 20);
    const started = process.memoryUsage().rss;
    assert.deepEqual(await qrCodesOf(await message([{ type: 'image/png', content: liar }]), qrOptionsSchema.parse({ maxMegapixels: 50 })), []);
    assert.ok(process.memoryUsage().rss - started < 500_000_000);
  });
  it('a code drawn as rectangles on a PDF\'s page, which no picture holds: as ReportLab writes it (ASCII85 over Flate), as qpdf compresses it, as Chromium prints an HTML table', async () => {
    const m = qrMatrix(URL1);
    const rects = m.flatMap((row, y) => row.map((dark, x) => (dark ? `n ${x} ${m.length - 1 - y} 1 1 re f*` : ''))).filter(Boolean).join('\n');
    const drawing = `BT (a string that says 0 0 9 9 re f) Tj ET q 3.469388 0 0 3.469388 226.5 459.2 cm 0 0 0 rg ${rects} Q`;
    const viaQpdf = pdfDocument({ drawing });
    const viaChromium = printedPdf(`<p>Scan the code with your phone:</p>${qrTable(m)}`);
    // ReportLab's way: the page content ASCII85-encoded over Flate, in a PDF written by hand
    const stream = ascii85Of(deflateSync(Buffer.from(drawing, 'latin1')));
    const handmade = Buffer.from(`%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R /MediaBox [0 0 595 842] >> endobj\n`
      + `4 0 obj << /Filter [ /ASCII85Decode /FlateDecode ] /Length ${stream.length} >>\nstream\n${stream}\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
    for (const [name, pdf] of [['qpdf', viaQpdf], ['chromium', viaChromium], ['ASCII85', handmade]] as const) {
      const view = await message([{ type: 'application/pdf', name: 'Compensation_Adjustment.pdf', content: pdf }]);
      assert.deepEqual(await qrCodesOf(view, defaults), [{ text: URL1, in: 'a PDF' }], name);
    }
    // a page of filled boxes that is no code (an invoice's grey header rows and a logo's squares), a white code, too few rectangles
    const boxes = Array.from({ length: 40 }, (_, i) => `0.2 g ${56 + (i % 4) * 120} ${700 - Math.floor(i / 4) * 18} 118 16 re f`).join('\n');
    assert.deepEqual(pdfOf(pdfDocument({ drawing: boxes }), { r6Keys: 1 }).drawings.map((d) => rectsCode(d) === null), [true]);
    assert.deepEqual(await qrCodesOf(await message([{ type: 'application/pdf', name: 'Rechnung.pdf', content: pdfDocument({ drawing: boxes }) }]), defaults), []);
    assert.deepEqual(pdfOf(pdfDocument({ drawing: `1 g ${rects}` }), { r6Keys: 1 }).drawings, []);
    assert.deepEqual(pdfOf(pdfDocument({ drawing: '0 g 1 1 2 2 re f 5 5 2 2 re f' }), { r6Keys: 1 }).drawings, []);
  });

  it('ASCII85: four bytes from five characters, "z" for four zeros, a partial group at the end', () => {
    for (const text of ['Man is distinguished', 'a', 'ab', 'abc', 'abcd', '\0\0\0\0tail', '']) {
      assert.equal(ascii85(Buffer.from(ascii85Of(Buffer.from(text, 'latin1')), 'latin1')).toString('latin1'), text, JSON.stringify(text));
    }
    assert.equal(ascii85(Buffer.from('<~9jqo^BlbD-BleB1DJ+*+F(f,q~>')).toString('latin1'), 'Man is distinguished');
  });

  it('a PDF encrypted without a user password hides no code: its pictures are decrypted (pixels and JPEG)', async () => {
    for (const [image, name] of [[qrImage(URL1), 'code.png'], [qrImage(URL1, { format: 'jpeg' }), 'code.jpg']] as const) {
      for (const cipher of ['AES-256 (R6)', 'RC4-128 (R3)']) {
        const pdf = encryptedWithQpdf(imageInPdf(image, name), { cipher });
        const view = await message([{ type: 'application/pdf', name: 'Scan.pdf', content: pdf }]);
        assert.deepEqual(await qrCodesOf(view, defaults), [{ text: URL1, in: 'a PDF' }], `${name}, ${cipher}`);
      }
    }
  });
  it('a PDF picture stored with a filter the reader does not decode is skipped', () => {
    const pdf = imageInPdf(qrImage(URL1));
    const ccitt = Buffer.from(pdf.toString('latin1').replaceAll('/FlateDecode', '/CCITTFax  '), 'latin1');
    assert.equal(pdfOf(ccitt, { r6Keys: 1 }).images.length, 0);
    assert.equal(pdfOf(pdf, { r6Keys: 1 }).images.length, 1);
  });
  it('messageLinks adds the codes\' links, where found, when the QR reading is on', async () => {
    const pdf = imageInPdf(qrImage(URL1));
    const view = await message([{ type: 'application/pdf', name: 'Scan.pdf', content: pdf }, { type: 'image/png', content: qrImage('https://other.example/x') }]);
    assert.deepEqual(await messageLinks(view, 100, defaults), [{ url: 'https://other.example/x', in: 'a QR code' }, { url: URL1, in: 'a QR code in a PDF' }]);
    assert.deepEqual(await messageLinks(await message([{ type: 'image/png', content: qrImage(URL1) }])), [], 'without QR options');
    // first: a body padded with 300 links does not push the code's link past the checks' limits
    const padded = Array.from({ length: 300 }, (_, i) => `<a href="https://news${i}.example/">${i}</a>`).join(' ');
    const links = await messageLinks(await message([{ type: 'image/png', content: qrImage(URL1) }], padded), 200, defaults);
    assert.equal(links.length, 200);
    assert.deepEqual(links[0], { url: URL1, in: 'a QR code' });
  });
  it('the check\'s section switches the reading off', () => {
    assert.equal(qrOptionsOf({ 'qr-codes': { enabled: false } }), null);
    assert.deepEqual(qrOptionsOf({ 'qr-codes': { maxImages: 3 } }), { ...defaults, maxImages: 3 });
    assert.deepEqual(qrOptionsOf(undefined), defaults);
  });
  it('zbarimg and this reader agree on a page with two codes', async () => {
    // two codes side by side (netpbm pnmcat), as a flyer with "app" and "web site" codes
    const two = execFileSync('bash', ['-o', 'pipefail', '-c', 'pnmcat -lr <(qrencode -s 6 -o - https://a.example/1 | pngtopnm) <(qrencode -s 6 -o - https://b.example/2 | pngtopnm) | pnmtopng']);
    assert.deepEqual(zbarTexts(two).sort(), ['https://a.example/1', 'https://b.example/2']);
    assert.deepEqual((await readQrCodes(two))?.sort(), ['https://a.example/1', 'https://b.example/2']);
  });
});

describe('QR codes drawn as SVG', () => {
  const m = qrMatrix(URL1);
  const darkCells = m.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [[x, y] as const] : [])));
  // how the common generators draw one: qrencode (rects; --svg-path: strokes), node-qrcode and segno
  // (one stroke per run of dark modules), qrcode-generator (a filled square per module), and a
  // design tool's export (scaled groups)
  const runs = m.flatMap((row, y) => row.reduce<Array<[number, number, number]>>((acc, dark, x) => {
    if (dark && acc.at(-1)?.[1] === y && acc.at(-1)![0] + acc.at(-1)![2] === x) acc.at(-1)![2]++;
    else if (dark) acc.push([x, y, 1]);
    return acc;
  }, []));
  const n = m.length + 8;
  const svgs: Record<string, string> = {
    'qrencode -t SVG': execFileSync('qrencode', ['-t', 'SVG', '-o', '-', URL1], { encoding: 'utf8' }),
    'qrencode -t SVG --svg-path': execFileSync('qrencode', ['-t', 'SVG', '--svg-path', '-o', '-', URL1], { encoding: 'utf8' }),
    'strokes (node-qrcode, segno)': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${n} ${n}" shape-rendering="crispEdges"><path fill="#ffffff" d="M0 0h${n}v${n}H0z"/><path stroke="#000000" d="${runs.map(([x, y, len]) => `M${x + 4} ${y + 4.5}h${len}`).join('')}"/></svg>`,
    'filled squares (qrcode-generator)': `<svg xmlns="http://www.w3.org/2000/svg" width="${n * 4}px" height="${n * 4}px" viewBox="0 0 ${n * 4} ${n * 4}"><rect width="100%" height="100%" fill="white"/><path d="${darkCells.map(([x, y]) => `M${(x + 4) * 4},${(y + 4) * 4}l4,0 0,4 -4,0 0,-4z`).join(' ')}" stroke="transparent" fill="black"/></svg>`,
    'scaled groups, default fill': `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 400"><g transform="translate(20 20) scale(10)"><g style="fill:#1a1a1a">${darkCells.map(([x, y]) => `<rect x="${x}" y="${y}" width="1" height="1"/>`).join('')}</g></g></svg>`,
  };
  for (const [name, svg] of Object.entries(svgs)) {
    it(`reads ${name}`, async () => {
      assert.deepEqual(svgGrid(svg), m, name);
      const code = svgCode(Buffer.from(svg));
      assert.ok(code, name);
      assert.deepEqual(await readQrCodes(code), [URL1], name);
    });
  }
  it('an attached SVG picture and an <svg> in the HTML join the message\'s codes', async () => {
    const svg = svgs['qrencode -t SVG']!;
    const view = { html: `<p>Scan to sign</p>${svgs['strokes (node-qrcode, segno)']}`, text: '', attachments: [{ filename: 'Invoice.svg', mimeType: 'application/octet-stream', size: svg.length, content: Buffer.from(svg) }] };
    assert.deepEqual(await qrCodesOf(view, defaults), [{ text: URL1, in: 'the text' }, { text: URL1, in: 'an image' }]);
  });
  it('pictures that are not codes: a logo, a chart with curves, a rotated drawing, junk', () => {
    assert.equal(svgGrid('<svg viewBox="0 0 10 10"><rect x="1" y="1" width="8" height="8" fill="#003366"/></svg>'), null);
    assert.equal(svgGrid('<svg><path d="M0 0C10 10 20 20 30 30" stroke="#000"/></svg>'), null);
    assert.equal(svgGrid(`<svg><g transform="rotate(45)">${svgs['scaled groups, default fill']}</g></svg>`), null);
    assert.equal(svgGrid('<svg><rect x="a" width="-1"/><path d="M1 e"/></svg>'), null);
    assert.equal(svgGrid(''), null);
  });
});

describe('QR codes drawn without a picture', () => {
  it('the table and block fixtures are the code qrencode draws, which zbarimg reads', () => {
    assert.deepEqual(zbarTexts(qrImage(URL1)), [URL1]);
    const m = qrMatrix(URL1);
    assert.equal(m.length, m[0]!.length);
    // the table's cells are the matrix' modules; the block drawing's are too (two modules per character)
    assert.deepEqual(tableGrids(qrTable(m)), [m]);
    assert.deepEqual(blockGrids(qrBlocks(URL1, { inverted: true })), [m]);
  });
  it('an HTML table of black and white cells (bgcolor or CSS, inverted, with or without a margin) is read', async () => {
    for (const margin of [0, 2]) {
      for (const o of [{}, { inverted: true }, { css: true }]) {
        const html = `<p>Your mailbox will be closed. Scan to keep it:</p>${qrTable(qrMatrix(URL1, margin), o)}<p>IT</p>`;
        const codes = drawnCodes({ html });
        assert.equal(codes.length, 1, `margin ${margin} ${JSON.stringify(o)}`);
        assert.deepEqual(await readQrCodes(codes[0]!), [URL1], `margin ${margin} ${JSON.stringify(o)}`);
      }
    }
  });
  it('block characters in the text (light or dark modules inked, with or without a margin, trailing spaces stripped) are read', async () => {
    for (const o of [{}, { inverted: true }, { margin: 0 }, { inverted: true, margin: 0 }]) {
      const text = `Scan the code:\n${qrBlocks(URL1, o).split('\n').map((l) => l.trimEnd()).join('\n')}\nIT service desk`;
      const codes = drawnCodes({ text });
      assert.equal(codes.length, 1, JSON.stringify(o));
      assert.deepEqual(await readQrCodes(codes[0]!), [URL1], JSON.stringify(o));
    }
  });
  it('empty boxes in rows or a CSS grid (flex rows, inline-blocks with <br>, classes of a style sheet, runs as wider boxes, inverted) and table cells coloured by classes are read', async () => {
    const m = qrMatrix(URL1, 2);
    for (const layout of ['flex', 'inline', 'grid', 'runs'] as const) {
      for (const o of [{}, { inverted: true }]) {
        const html = `<p>Ihr Postfach wird gesperrt. Code scannen:</p>\n<div style="height:20px"></div>${qrBoxes(m, layout, o)}<div style="height:8px;background:#c00"></div><p>IT-Service</p>`;
        assert.equal(boxGrids(html).length, 1, `${layout} ${JSON.stringify(o)}`);
        const codes = drawnCodes({ html });
        assert.equal(codes.length, 1, `${layout} ${JSON.stringify(o)}`);
        assert.deepEqual(await readQrCodes(codes[0]!), [URL1], `${layout} ${JSON.stringify(o)}`);
      }
    }
    // the modules themselves, without the margin
    assert.deepEqual(boxGrids(qrBoxes(qrMatrix(URL1), 'runs')), [qrMatrix(URL1)]);
    // table cells coloured by classes, as the grid's boxes are
    const classTable = `<style>td.d{background-color:#111} td.l{background:#fafafa}</style>${qrTable(qrMatrix(URL1)).replace(/ bgcolor="#000000"/g, ' class="d"').replace(/ bgcolor="#ffffff"/g, ' class="l"')}`;
    assert.ok(!classTable.includes('bgcolor'));
    assert.deepEqual(tableGrids(classTable), [qrMatrix(URL1)]);
  });
  it('boxes that are not codes: a newsletter\'s colour bars and spacers, a progress bar, a grid of product tiles', () => {
    const bars = '<div style="height:4px;background:#003366"></div><p>News</p><div style="height:10px"></div>'.repeat(40);
    const progress = `<div style="display:flex">${'<div style="width:10px;height:6px;background:#2a2"></div>'.repeat(7)}${'<div style="width:10px;height:6px;background:#ddd"></div>'.repeat(3)}</div>`;
    const tiles = `<div style="display:grid;grid-template-columns:repeat(21,1fr)">${Array.from({ length: 441 }, (_, i) => `<div style="background:${i % 2 ? '#fff' : '#000'}">Item ${i}</div>`).join('')}</div>`;
    const stripes = `<div style="display:grid">${Array.from({ length: 441 }, (_, i) => `<div style="background:${Math.floor(i / 21) % 2 ? '#fff' : '#000'}"></div>`).join('')}</div>`;
    assert.deepEqual(boxGrids(bars + progress + tiles), []);
    // uniform rows are margin: stripes leave nothing that could be a code
    assert.deepEqual(boxGrids(stripes), []);
  });
  it('tables that are not codes: layout, a calendar, nested tables, uneven rows', () => {
    const calendar = `<table>${Array.from({ length: 6 }, () => `<tr>${'<td bgcolor="#eeeeee">1</td>'.repeat(7)}</tr>`).join('')}</table>`;
    const layout = `<table bgcolor="#ffffff"><tr><td><table>${'<tr><td>x</td></tr>'.repeat(30)}</table></td></tr></table>`;
    const uneven = qrTable(qrMatrix(URL1)).replace('</tr>', '<td bgcolor="#000"></td></tr>');
    assert.deepEqual(tableGrids(calendar + layout + uneven), []);
    // a code inside a layout table is still found: the innermost table counts
    assert.equal(tableGrids(`<table><tr><td>${qrTable(qrMatrix(URL1))}</td></tr></table>`).length, 1);
    assert.deepEqual(blockGrids('█ Heading █\n▀▀▀▀▀▀▀▀▀▀▀\nText'), []);
  });
  it('colours: hex, rgb(), names', () => {
    assert.equal(luminance('#000'), 0);
    assert.equal(luminance('FFFFFF'), 255);
    assert.ok(luminance('rgb(20, 20, 60)')! < 128);
    assert.equal(luminance('black'), 0);
    assert.equal(luminance('transparent'), null);
  });
  it('a drawn code\'s link joins the message\'s links', async () => {
    const view = await parseMessage(Buffer.from(`From: x@y.test\r\nSubject: s\r\nContent-Type: text/html\r\n\r\n<p>Scan</p>${qrTable(qrMatrix(URL1))}\r\n`));
    assert.deepEqual(await messageLinks(view, 100, defaults), [{ url: URL1, in: 'a QR code drawn in the text' }]);
  });
});

describe('a code split over several pictures', () => {
  // the kit's mail: the pieces as inline pictures, shown by the HTML one after the other
  const inline = (pieces: Buffer[], type = 'image/png') => pieces.map((content, i) => ({ type, content, inline: true, cid: `part${i}.ABC@kit` }));
  const shown = (pieces: Buffer[], join = '') => `<p>Your password expires today. Scan to keep it:</p>${pieces.map((_, i) => `<img src="cid:part${i}.ABC@kit" width="180">`).join(join)}<p>IT</p>`;

  it('no piece holds a code a reader finds; put together in the order shown, they do', async () => {
    const halves = qrPieces(URL1, 2, 'column');
    for (const half of halves) {
      assert.deepEqual(zbarTexts(half), [], 'zbarimg reads no half');
      assert.deepEqual(await readQrCodes(half), [], 'nor does our reader, alone');
    }
    assert.deepEqual(await qrCodesOf(await message(inline(halves), shown(halves, '<br>')), defaults), [{ text: URL1, in: 'pieces' }]);
    // pictures before them use up maxImages: the pieces have their own allowance
    const decoys = [blankImage(300, 300), blankImage(300, 300)].map((content, i) => ({ type: 'image/png', content, inline: true, cid: `decoy${i}@kit` }));
    const html = `<img src="cid:decoy0@kit"><img src="cid:decoy1@kit">${shown(halves, '<br>')}`;
    assert.deepEqual(await qrCodesOf(await message([...decoys, ...inline(halves)], html), qrOptionsSchema.parse({ maxImages: 2 })), [{ text: URL1, in: 'pieces' }]);
  });
  it('side by side, in four pieces, as JPEG and WebP, as data: URIs, and as attachments without HTML', async () => {
    const row = qrPieces(URL1, 2, 'row');
    assert.deepEqual(await qrCodesOf(await message(inline(row), shown(row)), defaults), [{ text: URL1, in: 'pieces' }], 'side by side');
    const four = qrPieces(URL1, 4, 'column');
    assert.deepEqual(await qrCodesOf(await message(inline(four), shown(four, '<br>')), defaults), [{ text: URL1, in: 'pieces' }], 'four pieces');
    const quarters = qrPieces(URL1, 4, 'grid');
    for (const quarter of quarters) assert.deepEqual(zbarTexts(quarter), [], 'zbarimg reads no quarter');
    const table = `<table cellspacing="0" cellpadding="0"><tr><td><img src="cid:part0.ABC@kit"></td><td><img src="cid:part1.ABC@kit"></td></tr>`
      + '<tr><td><img src="cid:part2.ABC@kit"></td><td><img src="cid:part3.ABC@kit"></td></tr></table>';
    assert.deepEqual(await qrCodesOf(await message(inline(quarters), table), defaults), [{ text: URL1, in: 'pieces' }], 'quarters in a table');
    const jpeg = qrPieces(URL1, 2, 'column', { format: 'jpeg' });
    assert.deepEqual(await qrCodesOf(await message(inline(jpeg, 'image/jpeg'), shown(jpeg)), defaults), [{ text: URL1, in: 'pieces' }], 'JPEG');
    const webp = qrPieces(URL1, 2, 'row', { format: 'webp' });
    assert.deepEqual(await qrCodesOf(await message(inline(webp, 'image/webp'), shown(webp)), defaults), [{ text: URL1, in: 'pieces' }], 'WebP');
    const uris = halvesAsDataUris(qrPieces(URL1, 2, 'column'));
    assert.deepEqual(await qrCodesOf(await message([], uris), defaults), [{ text: URL1, in: 'pieces' }], 'data: URIs');
    const attached = qrPieces(URL1, 2, 'column').map((content, i) => ({ type: 'image/png', name: `scan-${i + 1}.png`, content }));
    assert.deepEqual(await qrCodesOf(await message(attached), defaults), [{ text: URL1, in: 'pieces' }], 'attachments, in their order');
  });
  it('pieces in the wrong order read as nothing; a whole code beside them does not hide them', async () => {
    const halves = qrPieces(URL1, 2, 'column');
    const swapped = [halves[1]!, halves[0]!];
    assert.deepEqual(await qrCodesOf(await message(inline(swapped), shown(swapped)), defaults), []);
    const other = 'https://www.example.org/app';
    const parts = [{ type: 'image/png', content: qrImage(other), inline: true, cid: 'logo@x' }, ...inline(halves)];
    const html = `<img src="cid:logo@x"><p>text</p>${shown(halves).replace(/<p>Your.*?<\/p>/, '')}`;
    assert.deepEqual(await qrCodesOf(await message(parts, html), defaults), [{ text: other, in: 'an image' }, { text: URL1, in: 'pieces' }]);
  });
  it('which pictures are tried: runs of 2 to 4 of one width or height making a square, small, at most 3 runs', async () => {
    const halves = qrPieces(URL1, 2, 'column');
    const candidates = async (parts: Parameters<typeof message>[0], html?: string) => splitCodeCandidates(await message(parts, html), 9_000_000).map((c) => `${c.axis}:${c.pieces.length}`);
    // halves cut across make a square one below the other, not side by side; halves cut down the other way round
    assert.deepEqual(await candidates(inline(halves), shown(halves)), ['column:2']);
    // quarters: in two rows of two only
    const quarters = qrPieces(URL1, 4, 'grid');
    assert.deepEqual(await candidates(inline(quarters), shown(quarters)), ['grid:4']);
    const down = qrPieces(URL1, 2, 'row');
    assert.deepEqual(await candidates(inline(down), shown(down)), ['row:2']);
    // a signature's row of icons: long and flat
    const icon = blankImage(32, 32);
    assert.deepEqual(await candidates(inline([icon, icon, icon, icon]), shown([icon, icon, icon, icon])), []);
    // a newsletter's column of five banners of one width: not a code
    const banner = blankImage(600, 120);
    assert.deepEqual(await candidates(inline([banner, banner, banner, banner, banner]), shown([banner, banner, banner, banner, banner])), []);
    // a photo is no piece
    const photo = blankImage(1200, 900);
    assert.deepEqual(await candidates(inline([photo, photo]), shown([photo, photo])), []);
    // one picture is no run; GIF and BMP pieces are not decoded to pixels
    assert.deepEqual(await candidates(inline([halves[0]!]), shown([halves[0]!])), []);
    const gif = qrImage('x', { format: 'gif' });
    assert.deepEqual(await candidates(inline([gif, gif], 'image/gif'), shown([gif, gif])), []);
    // what the HTML shows that is no picture (a cid: of a text part, junk as a data: URI) breaks a run and nothing else
    const junk = [{ type: 'text/plain', content: Buffer.from('not a picture'), inline: true, cid: 'part9.ABC@kit' }];
    const html = `${shown(halves)}<img src="cid:part9.ABC@kit"><img src="data:image/png;base64,AAAA">${shown(halves)}`;
    assert.deepEqual(await candidates([...inline(halves), ...junk], html), ['column:2', 'column:2']);
    // many pairs: at most 3 runs read
    const pairs = [blankImage(100, 50), blankImage(100, 50), blankImage(90, 45), blankImage(90, 45), blankImage(80, 41), blankImage(80, 41), blankImage(70, 33), blankImage(70, 33)];
    assert.equal((await candidates(inline(pairs), shown(pairs))).length, 3);
  });
});

function halvesAsDataUris(pieces: Buffer[]): string {
  return `<p>Scan:</p>${pieces.map((p) => `<img src="data:image/png;base64,${p.toString('base64')}">`).join('<br>')}`;
}
