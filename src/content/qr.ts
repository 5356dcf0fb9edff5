// QR codes in a message's images ("quishing"): a picture of a QR code that leads to a login page
// is a link no link scanner sees and no Bayes token carries, and the reader opens it on a phone,
// outside the company's protection. The codes are read from the images of the body (attached or
// inline, and `data:` URIs in the HTML), of attached PDFs and of Office documents, and from codes
// drawn without a picture (qr-drawn.ts: HTML tables, block characters), by ZXing-C++
// (WebAssembly) in one worker thread per process (qr-worker.js), one image at a time. A code cut
// into pieces, each its own picture shown next to the other (the Gabagool kit's "split QR code",
// 2024), is read from the pieces put together.
// Bounded three ways: images per message, pixels per image (read from the header before any
// decoding, so a decompression bomb is never decoded) and a time budget per message, after which
// the links read so far count and the rest are skipped. An image that takes longer than
// `imageTimeoutMs` stops the worker, which starts again for the next image.
import { z } from 'zod';
import type { ParsedMessage } from '../pipeline/types.ts';
import { sectionOptions } from '../rules/schema.ts';
import { HTML_READ_MAX_CHARS } from './html.ts';
import { decodedUri } from './url-pattern.ts';
import { dataUriImages, imageSize } from './images.ts';
import { drawnCodes, type DrawnCode } from './qr-drawn.ts';
import { inlineSvgCodes, rectsCode, svgCode } from './qr-svg.ts';
import { isSvgPicture } from './attachments.ts';
import { isOfficeDocument } from './ooxml.ts';
import { isPdf, pdfKeyBudgetOf, pdfOf, type PdfImage } from './pdf.ts';
import { readZipEntries } from './zip.ts';
import { WorkerQueue } from './worker-queue.ts';

export const qrOptionsSchema = z.strictObject({
  /** images read per message (body images first, then those of PDFs and Office documents) */
  maxImages: z.number().int().min(1).max(50).default(8),
  /** larger images are not decoded (megapixels). 9 covers an A4 or Letter page scanned at 300 dpi
   *  (8.7); a phone photo (12) is skipped: it costs ~0.4 s and grows the reader's memory by ~140 MB, which stays */
  maxMegapixels: z.number().min(0.1).max(50).default(9),
  /** time for all images of one message; the links read by then count */
  budgetMs: z.number().int().min(100).default(2000),
  /** one image taking longer stops the reader (it starts again for the next) */
  imageTimeoutMs: z.number().int().min(100).default(3000),
  /**
   * sites a code may lead to without QR_CODE_LINK (and their subdomains): the tax offices whose
   * verification code every invoice of their country prints (Spain's VeriFactu, Poland's KSeF,
   * Greece's myDATA)
   */
  invoiceHosts: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'a host name, e.g. ksef.mf.gov.pl')).default([
    'agenciatributaria.gob.es', 'agenciatributaria.es', 'ksef.mf.gov.pl', 'aade.gr', 'aade.gov.gr',
  ]),
});
export type QrOptions = z.infer<typeof qrOptionsSchema>;

/** The QR options of the rules, or null when the `qr-codes` check is switched off (then no image is read). */
export function qrOptionsOf(checks: Record<string, unknown> | undefined): QrOptions | null {
  const section = checks?.['qr-codes'] as { enabled?: unknown } | undefined;
  return section?.enabled === false ? null : sectionOptions(checks, 'qr-codes', qrOptionsSchema);
}

/** Pieces of one picture, files in the order shown: side by side ('row'), one below the other ('column'), or four in two rows of two ('grid'). */
export interface QrPieces { pieces: Uint8Array[]; axis: 'row' | 'column' | 'grid' }
/** An image as the reader takes it: an image file, pixels (RGBA), or pieces it puts together. */
export type QrImage = Uint8Array | { width: number; height: number; data: Uint8ClampedArray } | QrPieces;

/** Where a QR code was found. */
export type QrPlace = 'an image' | 'a PDF' | 'an Office document' | 'the text' | 'pieces';
/** How a link's place reads for each: "link in a QR code in a PDF" */
export const QR_LINK_PLACE = {
  'an image': 'a QR code', 'a PDF': 'a QR code in a PDF', 'an Office document': 'a QR code in an Office document', 'the text': 'a QR code drawn in the text',
  pieces: 'a QR code split over pictures',
} as const satisfies Record<QrPlace, string>;
export interface QrCode { text: string; in: QrPlace }

/** smaller images cannot hold a readable code (21 modules, one pixel each, plus a margin): icons, spacers, tracking pixels */
const MIN_SIDE = 25;
/** images waiting for the reader, over all messages of this process; more are skipped, not queued */
const MAX_WAITING = 64;
/** bytes of an Office document's pictures read */
const OFFICE_MEDIA_BYTES = 20_000_000;
const OFFICE_MEDIA = /^(?:word|xl|ppt)\/media\/[^/]+\.(?:png|jpe?g|gif|bmp|webp)$/i;

/** The one reader of this process (worker-queue.ts): a worker thread, started at the first image. */
const reader = new WorkerQueue<QrImage, string[]>(new URL('./qr-worker.js', import.meta.url), MAX_WAITING);

/** The QR codes of one image (file bytes or pixels), or null when it could not be read in time. */
export function readQrCodes(image: QrImage, timeoutMs = qrOptionsSchema.parse({}).imageTimeoutMs): Promise<string[] | null> {
  return reader.run(image, timeoutMs);
}

/** The image to decode, or null when it is not worth it: an unknown format, too small for a code, or too big to decode safely. */
function readable(image: Uint8Array | PdfImage | DrawnCode, maxPixels: number): Exclude<QrImage, QrPieces> | null {
  const size = image instanceof Uint8Array ? imageSize(image) : image;
  if (!size || size.width < MIN_SIDE || size.height < MIN_SIDE || size.width * size.height > maxPixels) return null;
  if (image instanceof Uint8Array || 'data' in image) return image;
  const data = image.rgba();
  return data && { width: image.width, height: image.height, data };
}

/**
 * The message's images in the order they are read: codes drawn in the text (HTML tables, block
 * characters), the body's pictures, then those inside PDFs, then those in Office documents.
 */
async function* imagesOf(view: Pick<ParsedMessage, 'html'> & Partial<Pick<ParsedMessage, 'attachments' | 'text'>>): AsyncGenerator<{ image: Uint8Array | PdfImage | DrawnCode; in: QrPlace }> {
  for (const image of drawnCodes(view)) yield { image, in: 'the text' };
  for (const image of view.html ? inlineSvgCodes(view.html) : []) yield { image, in: 'the text' };
  for (const image of view.html ? dataUriImages(view.html, 20) : []) yield { image, in: 'an image' };
  const attachments = view.attachments ?? [];
  for (const a of attachments) if (imageSize(a.content)) yield { image: a.content, in: 'an image' };
  for (const a of attachments) {
    const code = isSvgPicture(a) ? svgCode(a.content) : null;
    if (code) yield { image: code, in: 'an image' };
  }
  for (const a of attachments) if (isPdf(a.content)) for (const image of pdfOf(a.content, pdfKeyBudgetOf(attachments)).images) yield { image, in: 'a PDF' };
  // codes drawn as rectangles on a PDF's page, which no picture holds
  for (const a of attachments) {
    if (!isPdf(a.content)) continue;
    for (const rects of pdfOf(a.content, pdfKeyBudgetOf(attachments)).drawings) {
      const code = rectsCode(rects);
      if (code) yield { image: code, in: 'a PDF' };
    }
  }
  for (const a of attachments) {
    if (!isOfficeDocument(a)) continue;
    const media = await readZipEntries(a.content, (name) => OFFICE_MEDIA.test(name), { maxBytes: OFFICE_MEDIA_BYTES });
    for (const m of media) yield { image: m.data, in: 'an Office document' };
  }
}

const codesOfView = new WeakMap<object, Promise<QrCode[]>>();

/** The QR codes of a message's images, read once per message for the checks that use them. */
export function qrCodesOf(view: Pick<ParsedMessage, 'html'> & Partial<Pick<ParsedMessage, 'attachments' | 'text'>>, opts: QrOptions): Promise<QrCode[]> {
  let codes = codesOfView.get(view);
  if (!codes) {
    codes = readAll(view, opts);
    codesOfView.set(view, codes);
  }
  return codes;
}

async function readAll(view: Parameters<typeof qrCodesOf>[0], opts: QrOptions): Promise<QrCode[]> {
  const found: QrCode[] = [];
  // the budget leaves out the reader's start (see WorkerQueue.budget)
  const { left, passed, cancel } = reader.budget(opts.budgetMs);
  let read = 0;
  // past the budget: the loops read no further image (a reading still under way is not waited for)
  let over = false;
  const work = (async () => {
    for await (const { image, in: where } of imagesOf(view)) {
      if (over || read >= opts.maxImages || left() <= 0) break;
      const decodable = readable(image, opts.maxMegapixels * 1_000_000);
      if (!decodable) continue;
      read++;
      for (const text of (await readQrCodes(decodable, opts.imageTimeoutMs)) ?? []) found.push({ text, in: where });
    }
    // then the pieces, also when a whole code was found: a harmless one beside must not hide them.
    // Their own allowance (MAX_PUT_TOGETHER), not maxImages: the pieces themselves, or pictures put
    // before them, have used that up when there are many
    for (const pieces of splitCodeCandidates(view, opts.maxMegapixels * 1_000_000)) {
      if (over || left() <= 0) break;
      for (const text of (await readQrCodes(pieces, opts.imageTimeoutMs)) ?? []) {
        if (!found.some((f) => f.text === text)) found.push({ text, in: 'pieces' });
      }
    }
  })().catch(() => { /* a damaged attachment: the codes read so far count */ });
  await Promise.race([work, passed]);
  cancel();
  over = true;
  return [...found];
}

/** at most this many pictures make one code (the kits cut it in two, some in four) */
const MAX_PIECES = 4;
/** runs of pictures put together per message (beside maxImages, within the time budget) */
const MAX_PUT_TOGETHER = 3;
/** a larger picture is a photo or a banner, not a piece of a code */
const MAX_PIECE_PIXELS = 1_000_000;
/** a quarter of a code is at least this wide and high: four 32-pixel icons in a signature are no code */
const MIN_QUARTER_SIDE = 48;
/** the formats the reader's worker decodes to pixels */
const PIECE_FORMATS = new Set(['png', 'jpeg', 'webp']);
const IMG_SRC_RE = /<img\b[^>]{0,2000}?\bsrc\s*=\s*["']?(?:cid:([^"'\s>]{1,500})|data:image\/(?:png|jpe?g|webp);base64,([A-Za-z0-9+/=\s]{1,16000000}))/gi;

/**
 * The body's pictures in the order a reader sees them: those the HTML shows (by `cid:` and as
 * `data:` URIs), in its order; else the attached pictures, as mail clients list them below the text.
 */
function bodyPictures(view: Pick<ParsedMessage, 'html'> & Partial<Pick<ParsedMessage, 'attachments'>>): Uint8Array[] {
  const files = view.attachments ?? [];
  const byCid = new Map<string, Uint8Array>();
  for (const a of files) if (a.contentId) byCid.set(a.contentId.replace(/^<|>$/g, '').toLowerCase(), a.content);
  const shown: Uint8Array[] = [];
  for (const m of view.html?.slice(0, HTML_READ_MAX_CHARS).matchAll(IMG_SRC_RE) ?? []) {
    const picture = m[1] !== undefined ? byCid.get(decodedUri(m[1]).toLowerCase()) : Buffer.from(m[2]!, 'base64');
    if (picture) shown.push(picture);
  }
  return shown.length >= 2 ? shown : files.filter((a) => imageSize(a.content)).map((a) => a.content);
}

/** Whether sides a and b make a square or nearly (within 1.5×), big enough to hold a code. */
const nearlySquare = (a: number, b: number): boolean => Math.min(a, b) >= MIN_SIDE && a <= 1.5 * b && b <= 1.5 * a;

/**
 * Pictures shown one after the other that could be the pieces of one code: runs of 2 to
 * MAX_PIECES consecutive small pictures of one width (one below the other) or of one height (side
 * by side) that make a square or nearly (a QR code is square), and four pictures of one size that
 * make a square in two rows of two (a code cut in quarters, shown by a table or with a `<br>` after
 * the second). A longer run is a newsletter's column of banners, a row of icons in a signature is
 * long and flat: neither is a code.
 */
export function splitCodeCandidates(view: Parameters<typeof bodyPictures>[0], maxPixels: number): QrPieces[] {
  const pictures = bodyPictures(view).map((bytes) => ({ bytes, size: imageSize(bytes) }));
  const piece = (i: number) => {
    const p = pictures[i];
    return p?.size && PIECE_FORMATS.has(p.size.format) && p.size.width >= 8 && p.size.height >= 8 && p.size.width * p.size.height <= MAX_PIECE_PIXELS ? p.size : null;
  };
  const out: QrPieces[] = [];
  for (const axis of ['column', 'row'] as const) {
    const side = axis === 'column' ? 'width' : 'height';
    for (let i = 0; i < pictures.length && out.length < MAX_PUT_TOGETHER;) {
      let j = i + 1;
      while (piece(i) && piece(j) && piece(j)![side] === piece(i)![side]) j++;
      const run = pictures.slice(i, j);
      i = j;
      // (a run of two or more holds pieces only: each passed piece())
      if (run.length < 2 || run.length > MAX_PIECES) continue;
      const pixels = run.reduce((n, p) => n + p.size!.width * p.size!.height, 0);
      const long = run.reduce((n, p) => n + (axis === 'column' ? p.size!.height : p.size!.width), 0);
      const across = axis === 'column' ? run[0]!.size!.width : run[0]!.size!.height;
      if (nearlySquare(long, across) && pixels <= maxPixels) out.push({ pieces: run.map((p) => p.bytes), axis });
      // quarters: four of one size (found once, in the pass by width)
      const { width, height } = run[0]!.size!;
      if (axis === 'column' && run.length === 4 && run.every((p) => p.size!.width === width && p.size!.height === height)
        && Math.min(width, height) >= MIN_QUARTER_SIDE && nearlySquare(2 * width, 2 * height) && pixels <= maxPixels && out.length < MAX_PUT_TOGETHER) out.push({ pieces: run.map((p) => p.bytes), axis: 'grid' });
    }
  }
  return out;
}

/** The web address a QR code holds ("https://…", or "www.…" as phones open it), or null. */
export function qrLink(text: string): string | null {
  const t = text.trim();
  if (/^https?:\/\/\S+$/i.test(t)) return t;
  if (/^www\.[^\s/]+\.[^\s/]+(?:\/\S*)?$/i.test(t)) return `http://${t}`;
  return null;
}
