// PDF attachments: the web links on their pages and the files attached to them.
// A PDF with one "View document" button is how credential phishing gets past link scanners that
// read only the mail's body; a file attached inside a PDF opens from the reader. Links go to the
// checks that judge links (uribl, phishing, scripts) beside the body's; attached files are judged
// like attachments. Since PDF 1.5 most producers pack their objects (link annotations and file
// specifications too) into zlib-compressed object streams, so those are inflated, within a byte
// budget. Launch actions and JavaScript run on opening are found (PdfActions); the pictures are
// offered to the QR-code reader (qr.ts). An encrypted PDF is decrypted first when it opens
// without a password (pdfcrypt.ts), as most do. Not read: the strings and streams of a PDF locked
// with a user password (ciphertext), streams with other filters.
import { Buffer } from 'node:buffer';
import { inflateSync } from 'node:zlib';
import { darkRects, MIN_RECTS, type FilledRect } from './pdf-drawing.ts';
import { pdfDecryptor, type PdfDecrypt, type PdfKeyBudget } from './pdfcrypt.ts';

/** "%PDF-" in the first kilobyte, where readers look for it. */
export function isPdf(b: Uint8Array): boolean {
  return Buffer.from(b.buffer, b.byteOffset, Math.min(b.byteLength, 1024)).includes('%PDF-', 0, 'latin1');
}

export interface PdfContents {
  /** http(s) links of link annotations and URI actions, in file order, at most maxUrls */
  urls: string[];
  /** files attached to the document (embedded file streams named by their file specification) */
  files: Array<{ filename: string | null; content: Uint8Array }>;
  /**
   * the document is encrypted. When it opens without a password it was decrypted and read like any
   * other; when not, nothing but its names was read (urls, files and images are empty; its actions
   * show, since names are not encrypted)
   */
  encrypted: boolean;
  /** what the document does by itself: programs its /Launch actions start, and whether JavaScript runs as it opens */
  actions: PdfActions;
  /** its pictures (for the QR-code reader): JPEG files as stored, or pixels to be decoded on demand */
  images: Array<Uint8Array | PdfImage>;
  /** the dark filled rectangles of each page content or form that draws many (a QR code drawn as vector art), read on demand */
  drawings: FilledRect[][];
}

/**
 * Active content of a PDF, the marks of malicious PDFs that tools like pdfid count: a Launch action
 * (starts a program, "cmd.exe /c …", or opens a file: TeX documentation links its PDFs so), and
 * JavaScript that runs when the document opens (an /OpenAction that is a JavaScript action, a
 * page's "on open" additional action, or document-level scripts: a /JavaScript name tree). JavaScript in form fields (calculations,
 * formats) is left alone: honest forms use it.
 */
export interface PdfActions {
  /** the /Launch actions: the file or program they start ("cmd.exe"; null when unnamed or encrypted), and whether they pass it parameters */
  launches: Array<{ file: string | null; parameters: boolean }>;
  scriptOnOpen: boolean;
}

/** Names with #xx escapes ("/J#61vaScript" is "/JavaScript"), decoded: malicious PDFs hide their keywords so.
 *  Only names of letters, digits and escapes, as the keywords are. Found from each "#", which is
 *  rare: a pattern tried at every "/" cost 17 ms on a 13 MB manual. */
function withPlainNames(text: string): string {
  const parts: string[] = [];
  let last = 0;
  const alnum = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) {
    let start = i;
    while (start > last && i - start < 24 && (alnum(text.charCodeAt(start - 1)) || text[start - 1] === '#')) start--;
    if (text[start - 1] !== '/' || !/^#[0-9A-Fa-f]{2}/.test(text.slice(i, i + 3))) continue;
    let end = i + 1;
    while (end < text.length && end - i < 40 && (alnum(text.charCodeAt(end)) || text[end] === '#')) end++;
    parts.push(text.slice(last, start), text.slice(start, end).replace(/#([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16))));
    last = end;
    i = end - 1;
  }
  return parts.length ? parts.join('') + text.slice(last) : text;
}

/** The text of object `n`: in the file ("n 0 obj … endobj") or in an object stream (by its offset table). */
function objectText(n: number, outside: string, objectStreams: Array<{ data: string; first: number }>): string | null {
  const at = new RegExp(`(?:^|[^\\d])${n}\\s+\\d+\\s+obj\\b`).exec(outside);
  if (at) {
    const end = outside.indexOf('endobj', at.index);
    return outside.slice(at.index, end < 0 ? at.index + 4000 : end);
  }
  for (const { data, first } of objectStreams) {
    const table = data.slice(0, first).trim().split(/\s+/).map(Number);
    for (let i = 0; i + 1 < table.length; i += 2) {
      if (table[i] !== n) continue;
      const next = i + 3 < table.length ? first + table[i + 3]! : data.length;
      return data.slice(first + table[i + 1]!, next);
    }
  }
  return null;
}

const IS_JAVASCRIPT_ACTION = /\/S\s*\/JavaScript\b/;
const ACTIVE_CONTENT = /\/(?:S\s*\/Launch\b|JavaScript\s*(?:\d+\s+\d+\s+R|<<)|OpenAction\s*(?:(<<)|(\d+)\s+\d+\s+R)|AA\s*<<)/g;
/** in an additional-actions dictionary: the page's "on open" action (fields have no /O; their /C is a calculation) */
const PAGE_OPEN = /\/O\s*(?:(<<)|(\d+)\s+\d+\s+R)/;

/** The active content of a PDF's object text (outside streams, then object streams); see PdfActions. */
function actionsOf(texts: string[], objectStreams: Array<{ data: string; first: number }>, encrypted: boolean): PdfActions {
  const launches: PdfActions['launches'] = [];
  let scriptOnOpen = false;
  for (const t of texts.map(withPlainNames)) {
    // one pass for the three marks: a Launch action, a /JavaScript name tree (the document's own
    // scripts, run when it opens), and the action run on opening
    for (const m of t.matchAll(ACTIVE_CONTENT)) {
      if (m[0].startsWith('/S')) {
        if (launches.length >= 5) continue;
        const action = enclosingDictionary(t, m.index!);
        const file = encrypted ? null : stringAfter(action, /\/F\s*/g);
        launches.push({ file: file && textString(file).replace(/[\p{Cc}]/gu, '').slice(0, 100), parameters: /\/P\s*[(<]/.test(action) });
      } else if (m[0].startsWith('/JavaScript')) scriptOnOpen = true;
      else if (m[0].startsWith('/AA')) {
        // a page's /AA << /O … >>: run as the page opens, the first page as the document does
        const additional = enclosingDictionary(t, m.index! + m[0].length);
        const open = PAGE_OPEN.exec(additional);
        const action = !open ? null : open[1] ? enclosingDictionary(additional, open.index + open[0].length) : objectText(Number(open[2]), texts[0]!, objectStreams);
        if (action && IS_JAVASCRIPT_ACTION.test(withPlainNames(action))) scriptOnOpen = true;
      } else {
        const action = m[1] ? enclosingDictionary(t, m.index! + m[0].length) : objectText(Number(m[2]), texts[0]!, objectStreams);
        if (action && IS_JAVASCRIPT_ACTION.test(withPlainNames(action))) scriptOnOpen = true;
      }
    }
  }
  return { launches, scriptOnOpen };
}

/** A picture a PDF stores as compressed pixels rather than as an image file. */
export interface PdfImage { width: number; height: number; rgba(): Uint8ClampedArray | null }

/** bytes of a PDF scanned; the objects that matter come early, and a larger PDF is mostly images */
const MAX_SCANNED_BYTES = 30_000_000;

/** A PDF literal string "(…)" (balanced parentheses, backslash escapes) or hex string "<…>" at `at`, decoded to bytes. */
export function pdfString(text: string, at: number): Buffer | null {
  return readString(text, at)?.value ?? null;
}

/** pdfString with where the string ends (the index after its closing delimiter). */
function readString(text: string, at: number): { value: Buffer; end: number } | null {
  if (text[at] === '<') {
    const end = text.indexOf('>', at);
    if (end < 0) return null;
    const hex = text.slice(at + 1, end).replace(/\s+/g, '');
    return { value: Buffer.from(hex.length % 2 ? `${hex}0` : hex, 'hex'), end: end + 1 };
  }
  if (text[at] !== '(') return null;
  const out: number[] = [];
  let depth = 0;
  for (let i = at + 1; i < text.length && out.length < 65_536; i++) {
    const c = text[i]!;
    if (c === '\\') {
      const n = text[++i] ?? '';
      const octal = /^[0-7]{1,3}/.exec(text.slice(i, i + 3));
      if (octal) { out.push(parseInt(octal[0], 8) & 0xff); i += octal[0].length - 1; }
      else if (n === '\r' || n === '\n') { if (n === '\r' && text[i + 1] === '\n') i++; } // a line continuation
      else out.push(({ n: 10, r: 13, t: 9, b: 8, f: 12 } as Record<string, number>)[n] ?? n.charCodeAt(0));
    } else if (c === '(') { depth++; out.push(0x28); }
    else if (c === ')') { if (depth-- === 0) return { value: Buffer.from(out), end: i + 1 }; out.push(0x29); }
    else out.push(c.charCodeAt(0) & 0xff);
  }
  return null;
}

/** A PDF text string: UTF-16BE after its byte-order mark, else PDFDocEncoding (read as Latin-1). */
const textString = (b: Buffer): string => (b[0] === 0xfe && b[1] === 0xff ? Buffer.from(b.subarray(2)).swap16().toString('utf16le') : b.toString('latin1'));

/** The first string value of a key in `text` (`key` a global RegExp ending after the key's name and spaces). */
function stringAfter(text: string, key: RegExp): Buffer | null {
  for (const m of text.matchAll(key)) {
    const value = pdfString(text, m.index! + m[0].length);
    if (value) return value;
  }
  return null;
}

interface PdfStream {
  objectNumber: number; generation: number; dictionary: string; body: Buffer; start: number; end: number;
  /** the file is encrypted: the body's plain bytes */
  decrypt?: (body: Buffer) => Buffer;
}

/** A stream's bytes as its filters take them: decrypted when the file is. */
const stored = (s: PdfStream): Buffer => (s.decrypt ? s.decrypt(s.body) : s.body);

/** object streams and embedded files; page contents, fonts and images are not decoded */
const WORTH_DECODING = /\/Type\s*\/(?:ObjStm|EmbeddedFile)\b|\/Params\b/;
/** streams that are no page content or form: pictures, fonts, metadata, object and cross-reference streams, files */
const NOT_CONTENT = /\/Subtype\s*\/(?!Form\b)|\/Length[123]\b|\/Type\s*\/(?:ObjStm|XRef|EmbeddedFile|Metadata)\b|\/Params\b|\/FontFile/;

/** The file's stream objects, with their dictionaries, their bytes as stored and where those are.
 *  Found with Buffer searches: the data of a large PDF (images, attached files) is never made a string. */
function* streams(raw: Buffer): Generator<PdfStream> {
  let previousEnd = 0;
  for (let k = raw.indexOf('stream', 0, 'latin1'); k >= 0; k = raw.indexOf('stream', k + 6, 'latin1')) {
    // the keyword after a dictionary, then CR LF or LF; not the end of "endstream"
    const start = raw[k + 6] === 0x0d && raw[k + 7] === 0x0a ? k + 8 : raw[k + 6] === 0x0a ? k + 7 : -1;
    if (start < 0 || k < previousEnd || raw.toString('latin1', Math.max(0, k - 3), k) === 'end') continue;
    const head = raw.toString('latin1', Math.max(previousEnd, k - 65_536), k);
    const objects = [...head.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)];
    const last = objects.at(-1);
    const dictionary = last && /^\s*(<<[\s\S]*>>)\s*$/.exec(head.slice(last.index! + last[0].length))?.[1];
    if (!dictionary) continue;
    const declared = /\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dictionary);
    const length = declared && start + Number(declared[1]) <= raw.length ? Number(declared[1]) : raw.indexOf('endstream', start, 'latin1') - start;
    if (length < 0) return;
    previousEnd = start + length;
    k = previousEnd - 6;
    yield { objectNumber: Number(last[1]), generation: Number(last[2]), dictionary, body: raw.subarray(start, start + length), start, end: start + length };
  }
}

/**
 * ASCII85 (Adobe's base-85, "<~ … ~>"), as ReportLab and PostScript-minded writers wrap their
 * compressed page contents: four bytes from five characters, "z" for four zeros.
 */
export function ascii85(data: Buffer): Buffer {
  const text = data.toString('latin1');
  const end = text.indexOf('~>');
  const body = (end < 0 ? text : text.slice(0, end)).replace(/^\s*<~/, '').replace(/\s+/g, '');
  const out = Buffer.alloc(Math.ceil((body.length * 4) / 5) + body.split('z').length * 4);
  let n = 0, group = 0, count = 0;
  for (const ch of body) {
    if (ch === 'z' && count === 0) { out.writeUInt32BE(0, n); n += 4; continue; }
    const c = ch.charCodeAt(0) - 33;
    if (c < 0 || c > 84) continue;
    group = group * 85 + c;
    if (++count === 5) { out.writeUInt32BE(group >>> 0, n); n += 4; group = 0; count = 0; }
  }
  if (count > 1) {
    // a partial group: pad with the highest digit and keep count − 1 bytes
    for (let i = count; i < 5; i++) group = group * 85 + 84;
    const tail = Buffer.alloc(4);
    tail.writeUInt32BE(group >>> 0, 0);
    tail.copy(out, n, 0, count - 1);
    n += count - 1;
  }
  return out.subarray(0, n);
}

/** A stream's data: as stored, inflated (FlateDecode) or ASCII85-decoded (or both, in that order of filters) within the budget; null for other filters (images…) or damage. */
function decoded(s: PdfStream, budget: { bytes: number }): Buffer | null {
  const filters = /\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(s.dictionary)?.[1] ?? '';
  const names = filters.match(/\/\w+/g) ?? [];
  if (budget.bytes <= 0 || names.some((f) => f !== '/FlateDecode' && f !== '/ASCII85Decode') || names.length > 2) return null;
  let data = stored(s);
  try {
    for (const f of names) {
      // Z_SYNC_FLUSH: keep what a truncated stream gives
      data = f === '/ASCII85Decode' ? ascii85(data) : inflateSync(data, { maxOutputLength: budget.bytes, finishFlush: 2 });
    }
  } catch {
    return null;
  }
  budget.bytes -= data.length;
  return data;
}

/** Where "/Encrypt" names the encryption dictionary (the trailer's key, not /EncryptMetadata), searched from the end. */
function encryptKeyAt(raw: Buffer): number {
  for (let at = raw.lastIndexOf('/Encrypt', undefined, 'latin1'); at >= 0; at = at > 0 ? raw.lastIndexOf('/Encrypt', at - 1, 'latin1') : -1) {
    if (/^\/Encrypt\s*(?:\d|<<)/.test(raw.toString('latin1', at, at + 12))) return at;
  }
  return -1;
}

/** The file's encryption: undefined when it has none, null when it cannot be opened without a password, else the decryptor. */
function encryptionOf(raw: Buffer, budget: PdfKeyBudget): { decrypt: PdfDecrypt; dictionaryObject: number | null } | null | undefined {
  const at = encryptKeyAt(raw);
  if (at < 0) return undefined;
  const key = raw.toString('latin1', at, at + 4000);
  const ref = /^\/Encrypt\s+(\d+)\s+(\d+)\s+R/.exec(key);
  let dictionary: string | null = null;
  if (!ref) dictionary = enclosingDictionary(key, key.indexOf('<<') + 2);
  else {
    // "n g obj" not preceded by a digit (so "1 0 obj" is not found inside "11 0 obj"); never in an object stream
    const header = `${ref[1]} ${ref[2]} obj`;
    for (let i = raw.indexOf(header, 0, 'latin1'); i >= 0 && dictionary === null; i = raw.indexOf(header, i + 1, 'latin1')) {
      if (i > 0 && raw[i - 1]! >= 0x30 && raw[i - 1]! <= 0x39) continue;
      const text = raw.toString('latin1', i, i + 4000);
      const end = text.indexOf('endobj');
      dictionary = end < 0 ? text : text.slice(0, end);
    }
  }
  if (!dictionary) return null;
  // the file's identifier: the first string of the last /ID [...] (the trailer's, or an xref stream's dictionary's)
  let id: Buffer | null = null;
  for (let i = raw.lastIndexOf('/ID', undefined, 'latin1'); i >= 0 && !id; i = i > 0 ? raw.lastIndexOf('/ID', i - 1, 'latin1') : -1) {
    const text = raw.toString('latin1', i, i + 200);
    const open = /^\/ID\s*\[\s*/.exec(text);
    if (open) id = pdfString(text, open[0].length);
  }
  const decrypt = pdfDecryptor(dictionary, id ?? Buffer.alloc(0), pdfString, budget);
  return decrypt ? { decrypt, dictionaryObject: ref ? Number(ref[1]) : null } : null;
}

/**
 * The objects' text with every string decrypted (written as a hex string), so the links, names and
 * actions read as in a file that is not encrypted. The encryption dictionary and an xref stream's
 * dictionary are not encrypted; strings inside object streams were decrypted with their stream.
 */
function decryptedStrings(text: string, encryption: { decrypt: PdfDecrypt; dictionaryObject: number | null }): string {
  const out: string[] = [];
  let last = 0;
  for (const m of text.matchAll(/(\d+)\s+(\d+)\s+obj\b/g)) {
    const start = m.index! + m[0].length;
    if (m.index! < last) continue;
    const found = text.indexOf('endobj', start);
    const end = found < 0 ? text.length : found;
    const body = text.slice(start, end);
    const object = Number(m[1]);
    out.push(text.slice(last, start));
    out.push(object === encryption.dictionaryObject || /\/Type\s*\/XRef\b/.test(body) ? body : decryptObjectStrings(body, object, Number(m[2]), encryption.decrypt));
    last = end;
  }
  out.push(text.slice(last));
  return out.join('');
}

function decryptObjectStrings(body: string, object: number, generation: number, decrypt: PdfDecrypt): string {
  const out: string[] = [];
  let last = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '<' && body[i + 1] === '<') { i++; continue; }
    if (c !== '(' && c !== '<') continue;
    const string = readString(body, i);
    if (!string) break;
    out.push(body.slice(last, i), `<${decrypt(object, generation, string.value, 'string').toString('hex')}>`);
    last = string.end;
    i = string.end - 1;
  }
  out.push(body.slice(last));
  return out.join('');
}

/**
 * Links and attached files of a PDF; `maxBytes` bounds what is inflated. The attached files are
 * inflated only when asked for: the link checks need only the links.
 */
export function pdfContents(bytes: Uint8Array, maxBytes: number, maxUrls = 100, keys: PdfKeyBudget = newKeyBudget()): PdfContents {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MAX_SCANNED_BYTES));
  const urls: string[] = [];
  // the text objects live in: the file outside its streams' data, and its object streams (PDF 1.5)
  const texts: string[] = [];
  const outside: string[] = [];
  let from = 0;
  const embedded = new Map<number, PdfStream>();
  const pictures: PdfStream[] = [];
  const contents: PdfStream[] = [];
  const objectStreams: Array<{ data: string; first: number }> = [];
  const budget = { bytes: maxBytes };
  // undefined: not encrypted; null: encrypted with a password of its own (not read)
  const encryption = encryptionOf(raw, keys);
  for (const s of streams(raw)) {
    outside.push(raw.toString('latin1', from, s.start));
    from = s.end;
    if (encryption === null) continue; // ciphertext
    if (encryption) s.decrypt = (body) => encryption.decrypt(s.objectNumber, s.generation, body, 'stream');
    if (/\/Subtype\s*\/Image\b/.test(s.dictionary) && pictures.length < MAX_IMAGES) pictures.push(s);
    else if (!NOT_CONTENT.test(s.dictionary) && contents.length < MAX_CONTENT_STREAMS) contents.push(s);
    if (!WORTH_DECODING.test(s.dictionary)) continue;
    if (/\/Type\s*\/ObjStm\b/.test(s.dictionary)) {
      const data = decoded(s, budget);
      if (data) {
        texts.push(data.toString('latin1'));
        objectStreams.push({ data: texts.at(-1)!, first: Number(/\/First\s+(\d+)/.exec(s.dictionary)?.[1] ?? 0) });
      }
    } else embedded.set(s.objectNumber, s);
  }
  outside.push(raw.toString('latin1', from));
  // locked with a user password: only the names can be read (its actions show, its strings do not)
  if (encryption === null) return { urls, files: [], images: [], drawings: [], encrypted: true, actions: actionsOf([outside.join('\n')], [], true) };
  texts.unshift(encryption ? decryptedStrings(outside.join('\n'), encryption) : outside.join('\n'));
  const named: Array<{ filename: string | null; object: number }> = [];
  for (const t of texts) {
    for (const m of t.matchAll(/\/URI\s*/g)) {
      if (urls.length >= maxUrls) break;
      const url = pdfString(t, m.index! + m[0].length)?.toString('latin1').trim();
      if (url && /^(?:https?:\/\/|www\.)/i.test(url)) urls.push(url);
    }
    // a file specification with an embedded file: /EF << /F 12 0 R >> (or /UF), named by /UF or /F
    for (const m of t.matchAll(/\/EF\s*<<\s*\/U?F\s+(\d+)\s+\d+\s+R/g)) {
      const dict = enclosingDictionary(t, m.index!);
      const name = stringAfter(dict, /\/UF\s*/g) ?? stringAfter(dict, /\/F\s*(?=[(<][^<])/g);
      named.push({ filename: name ? textString(name).replace(/\0+$/, '') : null, object: Number(m[1]) });
    }
  }
  let files: PdfContents['files'] | null = null;
  const readFiles = (): PdfContents['files'] => {
    const out = named.map((f) => {
      const s = embedded.get(f.object);
      embedded.delete(f.object);
      return { filename: f.filename, content: (s && decoded(s, budget)) ?? new Uint8Array(0) };
    });
    // embedded files no specification names: their contents still count
    for (const s of embedded.values()) {
      const content = /\/Type\s*\/EmbeddedFile\b/.test(s.dictionary) ? decoded(s, budget) : null;
      if (content) out.push({ filename: null, content });
    }
    return out;
  };
  let images: PdfContents['images'] | null = null;
  const readImages = (): PdfContents['images'] => pictures.flatMap((s) => {
    const image = pictureOf(s, budget);
    return image ? [image] : [];
  });
  let drawings: PdfContents['drawings'] | null = null;
  const readDrawings = (): PdfContents['drawings'] => {
    // page contents are read up to a budget of their own: a quishing PDF has one short page
    const drawingBudget = { bytes: Math.min(budget.bytes, DRAWING_BYTES) };
    return contents.flatMap((s) => {
      const data = decoded(s, drawingBudget);
      // a QR code's modules are rectangles: a page with a few is no drawing of one
      if (!data || countOf(data, ' re') < MIN_RECTS) return [];
      const rects = darkRects(data.toString('latin1'));
      return rects.length >= MIN_RECTS ? [rects] : [];
    });
  };
  const actions = actionsOf(texts, objectStreams, false);
  return {
    urls, encrypted: encryption !== undefined, actions,
    get files() { return (files ??= readFiles()); }, get images() { return (images ??= readImages()); }, get drawings() { return (drawings ??= readDrawings()); },
  };
}

/** page contents and forms read for drawn QR codes, and their bytes decoded per PDF at most (about 0.1 s of reading) */
const MAX_CONTENT_STREAMS = 20;
const DRAWING_BYTES = 1_000_000;

/** How often `needle` occurs in `data`. */
function countOf(data: Buffer, needle: string): number {
  let n = 0;
  for (let at = data.indexOf(needle, 0, 'latin1'); at >= 0; at = data.indexOf(needle, at + needle.length, 'latin1')) n++;
  return n;
}

/** pictures of a PDF offered to the QR-code reader (a quishing PDF has one page and one code) */
const MAX_IMAGES = 20;

/**
 * A picture stream as the QR-code reader takes it: a JPEG (DCTDecode) is an image file as it is;
 * Flate-compressed pixels (gray, RGB or CMYK, 1 to 8 bits, with or without PNG predictors) become
 * RGBA when asked for. Other filters (JBIG2, CCITT fax, JPEG 2000) and palettes' colours are not
 * read; a palette image's indexes are read as shades of gray, which keeps a two-colour code's contrast.
 */
function pictureOf(s: PdfStream, budget: { bytes: number }): Uint8Array | PdfImage | null {
  const d = s.dictionary;
  const filters = (/\/Filter\s*(\[[^\]]*\]|\/\w+)/.exec(d)?.[1] ?? '').match(/\/\w+/g) ?? [];
  if (filters.length === 1 && filters[0] === '/DCTDecode') return stored(s);
  if (filters.length !== 1 || filters[0] !== '/FlateDecode') return null;
  const width = Number(/\/Width\s+(\d+)/.exec(d)?.[1] ?? 0);
  const height = Number(/\/Height\s+(\d+)/.exec(d)?.[1] ?? 0);
  const mask = /\/ImageMask\s+true/.test(d);
  const bits = mask ? 1 : Number(/\/BitsPerComponent\s+(\d+)/.exec(d)?.[1] ?? 8);
  const predictor = Number(/\/Predictor\s+(\d+)/.exec(d)?.[1] ?? 1);
  if (!width || !height || ![1, 2, 4, 8].includes(bits)) return null;
  return {
    width,
    height,
    rgba: () => {
      const data = decoded(s, budget);
      if (!data) return null;
      const png = predictor >= 10 ? 1 : 0;
      // components per pixel: whichever makes the rows fit the data (a /ColorSpace may be an indirect reference)
      const components = [1, 3, 4].find((c) => (Math.ceil((width * c * bits) / 8) + png) * height === data.length)
        ?? [1, 3, 4].find((c) => (Math.ceil((width * c * bits) / 8) + png) * height <= data.length && (Math.ceil((width * (c + 1) * bits) / 8) + png) * height > data.length);
      if (!components) return null;
      const row = Math.ceil((width * components * bits) / 8);
      const samples = png ? unpredict(data, row, Math.max(1, Math.floor((components * bits) / 8)), height) : data;
      return toRgba(samples, width, height, components, bits, row);
    },
  };
}

/** PNG predictors (PDF /Predictor 10–15): each row starts with its filter type. */
function unpredict(data: Buffer, row: number, pixelBytes: number, height: number): Buffer {
  const out = Buffer.alloc(row * height);
  for (let y = 0; y < height; y++) {
    const type = data[y * (row + 1)]!;
    const src = y * (row + 1) + 1;
    const at = y * row;
    for (let x = 0; x < row; x++) {
      const left = x >= pixelBytes ? out[at + x - pixelBytes]! : 0;
      const up = y > 0 ? out[at - row + x]! : 0;
      const upLeft = y > 0 && x >= pixelBytes ? out[at - row + x - pixelBytes]! : 0;
      const p = left + up - upLeft;
      const paeth = Math.abs(p - left) <= Math.abs(p - up) && Math.abs(p - left) <= Math.abs(p - upLeft) ? left : Math.abs(p - up) <= Math.abs(p - upLeft) ? up : upLeft;
      const add = type === 1 ? left : type === 2 ? up : type === 3 ? (left + up) >> 1 : type === 4 ? paeth : 0;
      out[at + x] = (data[src + x]! + add) & 0xff;
    }
  }
  return out;
}

/** Samples (gray, RGB or CMYK; `bits` per sample) to RGBA. */
function toRgba(samples: Buffer, width: number, height: number, components: number, bits: number, row: number): Uint8ClampedArray {
  const out = new Uint8ClampedArray(width * height * 4);
  const max = (1 << bits) - 1;
  const sample = (y: number, i: number): number => {
    const bit = i * bits;
    const byte = samples[y * row + (bit >> 3)] ?? 0;
    return bits === 8 ? byte : ((byte >> (8 - bits - (bit & 7))) & max) * (255 / max);
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 4;
      const i = x * components;
      if (components === 1) out[o] = out[o + 1] = out[o + 2] = sample(y, i);
      else if (components === 3) { out[o] = sample(y, i); out[o + 1] = sample(y, i + 1); out[o + 2] = sample(y, i + 2); }
      else { const k = sample(y, i + 3); out[o] = 255 - Math.min(255, sample(y, i) + k); out[o + 1] = 255 - Math.min(255, sample(y, i + 1) + k); out[o + 2] = 255 - Math.min(255, sample(y, i + 2) + k); }
      out[o + 3] = 255;
    }
  }
  return out;
}

/** bytes inflated per PDF (object streams and attached files) */
const PDF_INFLATE_BYTES = 20_000_000;
const readPdfs = new WeakMap<Uint8Array, PdfContents>();

/** AES-256 (revision 6) PDFs opened per message: ~1 ms of CPU each; an honest message has a few. */
const R6_KEYS_PER_MESSAGE = 20;
const newKeyBudget = (): PdfKeyBudget => ({ r6Keys: R6_KEYS_PER_MESSAGE });
const keyBudgets = new WeakMap<object, PdfKeyBudget>();

/** The key budget of one message, named by an object that stands for it (its attachments array). */
export function pdfKeyBudgetOf(message: object): PdfKeyBudget {
  let budget = keyBudgets.get(message);
  if (!budget) keyBudgets.set(message, (budget = newKeyBudget()));
  return budget;
}

/**
 * pdfContents of an attachment, read once per message for the checks that use it (links,
 * attachments, QR codes); `keys` is the message's budget for costly keys (pdfKeyBudgetOf).
 */
export function pdfOf(content: Uint8Array, keys: PdfKeyBudget): PdfContents {
  let pdf = readPdfs.get(content);
  if (!pdf) {
    pdf = pdfContents(content, PDF_INFLATE_BYTES, 100, keys);
    readPdfs.set(content, pdf);
  }
  return pdf;
}

/** The dictionary "<< … >>" that contains position `at` (strings are not parsed: good enough for file specifications). */
function enclosingDictionary(text: string, at: number): string {
  let start = at;
  for (let depth = 0; start > 0 && at - start < 4000; start--) {
    if (text.startsWith('>>', start - 1)) { depth++; start--; }
    else if (text.startsWith('<<', start - 1)) { if (depth-- === 0) { start--; break; } start--; }
  }
  let end = at;
  for (let depth = 0; end < text.length && end - at < 4000; end++) {
    if (text.startsWith('<<', end)) { depth++; end++; }
    else if (text.startsWith('>>', end)) { if (depth-- === 0) { end += 2; break; } end++; }
  }
  return text.slice(start, end);
}
