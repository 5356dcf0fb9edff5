// Raw message → ParsedMessage: the one MIME parser of the project (postal-mime), used by the
// pipeline's memoized `parsed()`, the train command, the learn API, the benchmark and (parseMime)
// the quarantine view. postal-mime decodes every part's charset (KOI8-R, windows-1251,
// ISO-8859-x, …) through TextDecoder.
//
// What postal-mime cannot know is the charset of 8-bit text that declares none: it decodes such
// text, and raw 8-bit header lines, as UTF-8, so undeclared windows-1251, KOI8-R or Big5 becomes
// a row of U+FFFD and the classifier sees no words at all. Old mailers and spamware send exactly
// that. Here such text gets the charset its HTML <meta> declares, else the one its bytes show
// (charset-guess.ts), before postal-mime decodes it.
// first: every decoder below must read windows-1252 right (see text-decoder.ts)
import './text-decoder.ts';
import { isUtf8 } from 'node:buffer';
import iconv from 'iconv-lite';
import { correctCharset, detectCharset, eightBitLines, lines } from './charset-guess.ts';
import PostalMime, { type Email } from './postal-mime.ts';
import { headerValue } from '../smtp/message.ts';
import { decodeWords, encodedWordRelabels, relabelEncodedWords, relabelRfc2231, UTF7_LABELS } from './mime-words.ts';
import type { ParsedMessage } from '../pipeline/types.ts';

const decoders = new Map<string, TextDecoder | null>();
function decoderFor(label: string): TextDecoder | null {
  const key = label.toLowerCase();
  let d = decoders.get(key);
  if (d === undefined) {
    try { d = new TextDecoder(key); } catch { d = null; }
    decoders.set(key, d);
  }
  return d;
}

const META_CHARSET_RE = /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i;
/**
 * The charset of text bytes that declare none: 'utf-8' for valid UTF-8 (ASCII included), else an
 * HTML meta declaration, else what the bytes show (charset-guess.ts).
 */
export function guessCharset(bytes: Uint8Array, html = false): string {
  if (html && !isUtf8(bytes)) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 4096)).toString('latin1');
    const meta = META_CHARSET_RE.exec(head)?.[1];
    if (meta && !/^(utf-?8|us-ascii|ascii)$/i.test(meta) && decoderFor(meta)) return meta.toLowerCase();
  }
  return detectCharset(bytes);
}

/** Labels that say nothing about 8-bit bytes: no charset, or ASCII (which 8-bit text cannot be). */
const UNDECLARED = new Set(['', 'us-ascii', 'ascii', 'us_ascii', 'ansi_x3.4-1968']);

/** The parts of postal-mime's parse tree used here (internal API of the pinned version; test/unit/mail/parse.test.ts covers it). */
interface MimeNodeInternals {
  childNodes: MimeNodeInternals[];
  contentType: { parsed: { value: string; params: Record<string, string> } };
  content: ArrayBuffer | null;
}
interface ParserInternals {
  root: MimeNodeInternals;
  collectNode: (node: MimeNodeInternals, alternative: unknown, related: boolean) => Promise<void>;
  collectSubMessage: (node: MimeNodeInternals & { subMessage?: Email }) => Promise<void>;
  addTextEntry: (node: MimeNodeInternals, type: 'plain' | 'html', item: { type: 'subMessage'; value: Email }) => void;
  textMap: Map<unknown, unknown>;
  attachments: Email['attachments'];
  mimeOptions: Record<string, number>;
  maxRfc822NestingDepth: number;
  rfc822NestingDepth: number;
}

// "TEXT/PLAIN charset=US-ASCII", the semicolon missing: postal-mime takes all of it for the type,
// so the message's only text became an attachment and the classifier saw no body at all
const LOOSE_TEXT_TYPE_RE = /^(text\/[\w.+-]+)\s+(?:charset\s*=\s*"?([\w.:-]+))?/i;

function declareCharsets(node: MimeNodeInternals): void {
  for (const child of node.childNodes) declareCharsets(child);
  const loose = LOOSE_TEXT_TYPE_RE.exec(node.contentType.parsed.value);
  if (loose) {
    node.contentType.parsed.value = loose[1]!.toLowerCase();
    if (loose[2] && !node.contentType.parsed.params.charset) node.contentType.parsed.params.charset = loose[2];
  }
  const type = node.contentType.parsed.value.toLowerCase();
  if (node.childNodes.length || !node.content || !type.startsWith('text/')) return;
  const params = node.contentType.parsed.params;
  if (UTF7_LABELS.has((params.charset ?? '').trim().toLowerCase())) {
    node.content = utf7ToUtf8(new Uint8Array(node.content));
    params.charset = 'utf-8';
    return;
  }
  const bytes = new Uint8Array(node.content);
  params.charset = UNDECLARED.has((params.charset ?? '').trim().toLowerCase())
    ? guessCharset(bytes, type === 'text/html')
    : correctCharset(params.charset!, bytes);
}

/**
 * UTF-7 (RFC 2152), which TextDecoder does not know (WHATWG dropped it) and postal-mime so leaves
 * undecoded, while Outlook still renders it: "a flexible +AHIAZQBtAG8AdABl…- with our team", the
 * words of a task scam hidden from filters in base64 runs. Decoded here, and the part relabelled
 * UTF-8.
 */
function utf7ToUtf8(bytes: Uint8Array): ArrayBuffer {
  const utf8 = Buffer.from(iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'utf7'), 'utf8');
  return utf8.buffer.slice(utf8.byteOffset, utf8.byteOffset + utf8.byteLength) as ArrayBuffer;
}

const CONTENT_TYPE_CHARSET_RE = /^content-type:[^\n]*(?:\n[ \t][^\n]*)*?charset\s*=\s*"?([\w.:-]+)/im;
const PART_CHARSET_RE = /^content-type:[ \t]*text\/[^\n]*(?:\n[ \t][^\n]*)*?charset\s*=\s*"?([\w.:-]+)/gim;
/** how much of the body is read for the header's charset: a part's headers or 8-bit text come early */
const BODY_SAMPLE = 64 * 1024;

/** A charset label that says what 8-bit header bytes are: a known single- or multi-byte charset, not ASCII, not UTF-8 (they are not valid UTF-8). */
function usableFor8bit(label: string | undefined): string | null {
  if (!label || UNDECLARED.has(label.toLowerCase()) || /^utf-?8$/i.test(label) || !decoderFor(label)) return null;
  return label;
}

/**
 * The charset of raw 8-bit bytes in the message header (a Subject or From name not wrapped in
 * encoded-words). Mailers that write such headers write them in the charset of the message's
 * text, so: the one the top-level Content-Type declares (Russian mailers write raw KOI8-R
 * subjects above a body declared KOI8-R); the one the first text part declares (a multipart
 * letter); else what the 8-bit header lines and the body's 8-bit lines show together. A subject
 * alone is too short to tell: "Faktura za usługi" in ISO-8859-2 reads as windows-1257 to ICU's
 * detector ("us³ugi"), a Big5 subject as Arabic; the body beside it settles it.
 * `eightBit`: the header bytes to decode (legacy lines, or one field's value); `head`: the whole
 * header block, for its Content-Type.
 */
function headerCharset(eightBit: Buffer, body: Buffer, head = eightBit): string {
  const text = (): Buffer => Buffer.concat([...eightBitLines(eightBit, true), ...eightBitLines(body, false)]);
  const top = usableFor8bit(CONTENT_TYPE_CHARSET_RE.exec(head.toString('latin1'))?.[1]);
  if (top) return correctCharset(top, text());
  for (const m of body.toString('latin1').matchAll(PART_CHARSET_RE)) {
    const part = usableFor8bit(m[1]);
    if (part) return correctCharset(part, text());
  }
  return guessCharset(text());
}

/** The header block and the first BODY_SAMPLE bytes after it. */
function splitHead(raw: Buffer): { head: Buffer; body: Buffer; end: number } {
  const crlf = raw.indexOf('\r\n\r\n');
  const lf = raw.indexOf('\n\n');
  const end = crlf < 0 ? lf : lf < 0 ? crlf : Math.min(crlf, lf);
  return { head: end < 0 ? raw : raw.subarray(0, end), body: end < 0 ? Buffer.alloc(0) : raw.subarray(end, end + BODY_SAMPLE), end };
}

/**
 * Raw 8-bit bytes in the message header → UTF-8, in the charset headerCharset finds. Line by
 * line: a raw UTF-8 Subject (RFC 6532 mail) stays UTF-8 even when another header line of the same
 * message carries legacy bytes.
 */
function headerToUtf8(raw: Buffer): Buffer {
  const { head, body, end } = splitHead(raw);
  if (isUtf8(head)) return raw;
  const decoded = legacyLinesToUtf8(head, body, head);
  return end < 0 ? decoded : Buffer.concat([decoded, raw.subarray(end)]);
}

/** The lines of a header block (the message's, `head`, or a part's) that are not UTF-8, decoded to UTF-8 in the charset headerCharset finds for them. */
function legacyLinesToUtf8(block: Buffer, body: Buffer, head: Buffer): Buffer {
  const blockLines = [...lines(block)].map((line) => ({ line, utf8: isUtf8(line) }));
  const legacy = blockLines.filter((l) => !l.utf8).map((l) => l.line);
  const decoder = decoderFor(headerCharset(Buffer.concat(legacy), body, head))!;
  return Buffer.concat(blockLines.map((l) => (l.utf8 ? l.line : Buffer.from(decoder.decode(l.line), 'utf8'))));
}

/**
 * A header field as people read it (the message log, the quarantine list): unfolded, raw 8-bit
 * bytes decoded like parseMessage decodes them, encoded-words decoded. '' when absent.
 */
/** The message with the encoded-words of its header relabelled where the bytes contradict their charset (mime-words.ts). */
function relabelHeader(raw: Buffer): Buffer {
  const { head, end } = splitHead(raw);
  const text = head.toString('latin1');
  if (!text.includes('=?')) return raw;
  const rewritten = relabelEncodedWords(text, encodedWordRelabels(text));
  if (rewritten === text) return raw;
  const relabelled = Buffer.from(rewritten, 'latin1');
  return end < 0 ? relabelled : Buffer.concat([relabelled, raw.subarray(end)]);
}

const BOUNDARY_RE = /boundary\s*=\s*(?:"([^"]+)"|([^\s;"]+))/gi;
const CRLF2 = Buffer.from('\r\n\r\n');
const LF2 = Buffer.from('\n\n');
/** a part's header is a few lines; a longer "header" is a part without its blank line, and its content is not touched */
const MAX_PART_HEADER = 64 * 1024;

/** Where each MIME part's header block is in `raw` ([start, end) after a boundary line), found from the boundaries the headers declare. */
function partHeaderBlocks(raw: Buffer, head: Buffer): Array<[number, number]> {
  const blocks: Array<[number, number]> = [];
  const queue = [...head.toString('latin1').matchAll(BOUNDARY_RE)].map((m) => m[1] ?? m[2]!);
  const seen = new Set<string>();
  while (queue.length) {
    const boundary = queue.shift()!;
    if (seen.has(boundary)) continue;
    seen.add(boundary);
    const delimiter = Buffer.from(`\n--${boundary}`, 'latin1');
    for (let at = raw.indexOf(delimiter); at >= 0; at = raw.indexOf(delimiter, at + delimiter.length)) {
      const lineEnd = raw.indexOf(10, at + delimiter.length);
      // the closing delimiter ("--B--") starts no part
      if (lineEnd < 0 || raw[at + delimiter.length] === 0x2d && raw[at + delimiter.length + 1] === 0x2d) continue;
      const start = lineEnd + 1;
      // the header ends at the first empty line (a part with no header starts with one)
      const crlf = raw.indexOf(CRLF2, start - 2);
      const lf = raw.indexOf(LF2, start - 1);
      const end = crlf < 0 ? lf : lf < 0 ? crlf : Math.min(crlf, lf);
      if (end < start - 2 || end - start > MAX_PART_HEADER) continue;
      const block = raw.subarray(start, Math.max(start, end));
      blocks.push([start, start + block.length]);
      for (const m of block.toString('latin1').matchAll(BOUNDARY_RE)) queue.push(m[1] ?? m[2]!);
    }
  }
  return blocks.sort((a, b) => a[0] - b[0]);
}

/**
 * The message with its MIME part headers as postal-mime can read them: raw 8-bit bytes (an
 * attachment an old mailer named "Счёт.doc" in windows-1251) decoded to UTF-8 in the charset
 * headerCharset finds, as the message's own header is; and the labels of encoded-words and RFC
 * 2231 parameters that the bytes contradict replaced (correctCharset). postal-mime reads a part's
 * header bytes as UTF-8: such a name became "����.doc" in the findings, the quarantine and the
 * admin's rules on attachment names.
 */
function repairPartHeaders(raw: Buffer): Buffer {
  const { head, body, end } = splitHead(raw);
  if (end < 0 || !/boundary\s*=/i.test(head.toString('latin1'))) return raw;
  const pieces: Buffer[] = [];
  let done = 0;
  for (const [start, stop] of partHeaderBlocks(raw, head)) {
    if (start < done) continue;
    const block = raw.subarray(start, stop);
    const legacy = !isUtf8(block);
    const latin1 = block.toString('latin1');
    if (!legacy && !latin1.includes('=?') && !latin1.includes('*=')) continue;
    let repaired = legacy ? legacyLinesToUtf8(block, body, head) : block;
    // encoded-words and RFC 2231 labels are ASCII: replaced in a latin1 view, the bytes around them kept
    const text = repaired.toString('latin1');
    const relabelled = relabelRfc2231(relabelEncodedWords(text, encodedWordRelabels(text)));
    if (relabelled !== text) repaired = Buffer.from(relabelled, 'latin1');
    if (repaired === block) continue;
    pieces.push(raw.subarray(done, start), repaired);
    done = stop;
  }
  if (!pieces.length) return raw;
  pieces.push(raw.subarray(done));
  return Buffer.concat(pieces);
}

export function displayHeader(raw: Buffer, name: string): string {
  let value = headerValue(raw, name);
  const { head, body } = splitHead(raw);
  if (/[^\x00-\x7f]/.test(value)) {
    const bytes = Buffer.from(value, 'latin1');
    value = decoderFor(isUtf8(bytes) ? 'utf-8' : headerCharset(bytes, body, head))!.decode(bytes);
  }
  return value.includes('=?') ? decodeWords(relabelEncodedWords(value, encodedWordRelabels(head.toString('latin1')))) : value;
}

export interface ParseOptions {
  /**
   * Keep message/rfc822 parts without a Content-Disposition as attachments (their raw bytes)
   * instead of reading them into the text, as postal-mime does by default (a forward shown inline).
   */
  rfc822Attachments?: boolean;
  /** how deep forwarded messages are read into the text (default RFC822_INLINE_DEPTH); deeper ones stay attachments */
  inlineForwards?: number;
}

/**
 * Forwarded messages (message/rfc822) read as part of the message, this deep; deeper ones stay
 * attachments (the attachments walk still opens them). postal-mime parses each inline level again
 * with a parser of its own, 10 deep by default: parsing a 0.8 MB message of forwards nested 6000
 * deep then held the event loop for 7.0 s (every SMTP session of the worker with it), at this depth 1.8 s.
 */
const RFC822_INLINE_DEPTH = 2;

/** Every byte-level charset repair above, in order: raw 8-bit header lines, encoded-word labels, part headers. */
function repairCharsets(raw: Buffer): Buffer {
  return repairPartHeaders(relabelHeader(headerToUtf8(raw)));
}

function asInput(bytes: Buffer): Uint8Array {
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * A postal-mime parser that settles the charsets of the parse tree before it collects text, and
 * reads forwarded messages (inline message/rfc822 parts) the same way. postal-mime parses a
 * forward with a parser of its own, which knew none of the repairs: a forward of an old Russian
 * mailer's letter, raw windows-1251 subject, undeclared text and attachment name, gave the
 * checks and the user rows of U+FFFD.
 */
function charsetAwareParser(options: ConstructorParameters<typeof PostalMime>[0], depth: number): PostalMime {
  const parser = new PostalMime(options);
  const internals = parser as unknown as ParserInternals;
  if (typeof internals.collectNode !== 'function' || typeof internals.collectSubMessage !== 'function' || typeof internals.addTextEntry !== 'function' || !(internals.textMap instanceof Map)) {
    throw new Error('postal-mime changed: collectNode, collectSubMessage, addTextEntry or textMap is gone (see src/mail/parse.ts)');
  }
  internals.rfc822NestingDepth = depth;
  // the parse tree is complete when postal-mime first collects from its root: declare charsets then
  const collect = internals.collectNode.bind(parser);
  let declared = false;
  internals.collectNode = (node, alternative, related) => {
    if (!declared) { declared = true; declareCharsets(internals.root); }
    return collect(node, alternative, related);
  };
  // postal-mime's collectSubMessage with the nested parser made here: same limits, same text entries
  internals.collectSubMessage = async (node) => {
    const sub = charsetAwareParser({ ...internals.mimeOptions, maxRfc822NestingDepth: internals.maxRfc822NestingDepth, attachmentEncoding: 'arraybuffer' }, depth + 1);
    const content = node.content ? Buffer.from(node.content) : Buffer.alloc(0);
    const subMessage = (node.subMessage = await sub.parse(asInput(repairCharsets(content))));
    if (subMessage.text || !subMessage.html) internals.addTextEntry(node, 'plain', { type: 'subMessage', value: subMessage });
    if (subMessage.html) internals.addTextEntry(node, 'html', { type: 'subMessage', value: subMessage });
    (sub as unknown as ParserInternals).textMap.forEach((entry, textNode) => internals.textMap.set(textNode, entry));
    internals.attachments.push(...subMessage.attachments);
  };
  return parser;
}

/**
 * postal-mime's reading of a message with every charset settled first: raw 8-bit header bytes,
 * encoded-word and part-header labels, undeclared and mislabelled text parts, in forwarded
 * messages too. What parseMessage and the quarantine view (src/web/message.ts) both read, so a
 * user sees the text the checks saw.
 */
export async function parseMime(raw: Buffer | string, options: ParseOptions = {}): Promise<Email> {
  const parser = charsetAwareParser({ attachmentEncoding: 'arraybuffer', rfc822Attachments: options.rfc822Attachments ?? false, maxRfc822NestingDepth: options.inlineForwards ?? RFC822_INLINE_DEPTH }, 0);
  return parser.parse(typeof raw === 'string' ? raw : asInput(repairCharsets(raw)));
}

export async function parseMessage(raw: Buffer | string, options: ParseOptions = {}): Promise<ParsedMessage> {
  const email = await parseMime(raw, options);
  return {
    headers: email.headers.map((h) => ({ key: h.key, value: h.value })),
    subject: email.subject ?? '',
    from: email.from?.address ?? '',
    text: email.text ?? '',
    html: email.html ?? null,
    attachments: email.attachments.map((a) => {
      const content = typeof a.content === 'string' ? Buffer.from(a.content, 'utf8') : new Uint8Array(a.content);
      // the Content-ID: how the HTML shows an inline picture (`cid:`), and so where
      return { filename: a.filename ?? null, mimeType: a.mimeType, size: content.byteLength, content, contentId: a.contentId ?? null };
    }),
  };
}
