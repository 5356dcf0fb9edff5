// The text of attached Office documents: Word, Excel and PowerPoint since 2007 (OOXML) and
// OpenDocument (LibreOffice, OpenOffice). Fake invoices, "your order" and payment scams come as a
// .docx as much as a PDF, with a line of body text or none; like PDF text (pdf-text.ts) the words
// feed the Bayes model, the wallet check and the link checks. Both formats are ZIPs of XML parts
// whose visible text sits in a few elements, so reading them needs no worker: the parts are
// inflated within a byte budget and their text runs collected until `maxChars`.
// Not read: the binary formats before 2007 (.doc, .xls, .ppt), comments, deleted tracked changes,
// speaker notes, numbers in spreadsheet cells (sums are text where a scam writes them).
import type { AttachedText } from './document-text.ts';
import { isOfficeDocument } from './ooxml.ts';
import { isZip, readZipEntries } from './zip.ts';

export const OFFICE_TEXT_LIMITS = {
  /** Office documents read per message, in attachment order */
  maxDocuments: 3,
  /** bytes of one XML part unpacked (20 000 characters of text take 100–500 KB of XML); of a larger part, its start */
  maxPartBytes: 1_000_000,
  /** bytes of all parts of one document unpacked */
  maxDocumentBytes: 8_000_000,
  /** PowerPoint slides and Excel sheets read, in order */
  maxSlides: 20,
  /** characters kept per document, as for a PDF */
  maxChars: 20_000,
};
export type OfficeTextLimits = typeof OFFICE_TEXT_LIMITS;

/** OpenDocument text, spreadsheet, presentation and their templates, by name or content type */
const OPEN_DOCUMENT = /\.(?:od[tsp]|ot[tsp])$|^application\/vnd\.oasis\.opendocument\.(?:text|spreadsheet|presentation)/i;
export const isOpenDocument = (a: { filename: string | null; mimeType?: string | null }): boolean => OPEN_DOCUMENT.test(a.filename ?? '') || OPEN_DOCUMENT.test(a.mimeType ?? '');

const ENTITY = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const codePoint = (n: number): string => (n > 0 && n <= 0x10ffff && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : '');
const decodeXml = (s: string): string => (s.includes('&') ? s.replace(ENTITY, (_, dec?: string, hex?: string, name?: string) =>
  name ? NAMED[name.toLowerCase()]! : codePoint(dec ? Number(dec) : parseInt(hex!, 16))) : s);

/**
 * How an OOXML application stores visible text: runs (`<w:t>`, `<a:t>`, `<t>`) inside paragraphs,
 * with tabs and line breaks as empty elements. Deleted tracked text (`<w:delText>`) and field codes
 * (`<w:instrText>`) are other elements, so they are not read. A format's pattern matches its text
 * runs (group 1), paragraph ends and empty break elements.
 */
const runsPattern = (run: string, paragraphEnd: string, breaks: string): RegExp =>
  new RegExp(`<${run}(?:\\s[^>]*)?>([^<]*)</${run}>|</(?:${paragraphEnd})>${breaks ? `|<(?:${breaks})\\b[^>]*/>` : ''}`, 'g');
const WORD = runsPattern('w:t', 'w:p', 'w:tab|w:br|w:cr');
const POWERPOINT = runsPattern('a:t', 'a:p', 'a:br');
/** shared strings (`<si>`) and the strings written into cells (`<is>`, as openpyxl and others do) */
const EXCEL = runsPattern('t', 'si|is', '');

/**
 * `text` with `piece` added, where a space or line break after a space or line break adds nothing:
 * whitespace between elements, tab stops and empty paragraphs must not use up `maxChars` (nor make
 * the line clean-up below slow).
 */
function appended(text: string, piece: string): string {
  if (piece !== ' ' && piece !== '\n') return text + piece;
  const last = text.at(-1);
  if (last === undefined || last === '\n' || (last === ' ' && piece === ' ')) return text;
  return last === ' ' ? `${text.slice(0, -1)}\n` : text + piece;
}

/** Lines trimmed, empty ones dropped: linear, where a pattern like /[ \t]*\n/ rescans long runs of spaces. */
const tidyLines = (text: string): string => text.split('\n').map((l) => l.trim()).filter(Boolean).join('\n');

/** The text runs of an OOXML part, a line per paragraph, until `maxChars`. */
function runsText(xml: string, format: RegExp, maxChars: number): string {
  let text = '';
  for (const m of xml.matchAll(format)) {
    text = appended(text, m[1] !== undefined ? decodeXml(m[1]) : m[0].startsWith('</') ? '\n' : ' ');
    if (text.length >= maxChars) break;
  }
  return text;
}

/**
 * OpenDocument content.xml, in one pass until `maxChars`: the text of its paragraphs and headings
 * (a line each), without comments and deleted changes. Whitespace between elements is layout, and
 * within a paragraph ODF collapses it; `<text:s/>`, tabs and line breaks are spaces.
 */
const OPEN_DOCUMENT_PIECE = /<office:annotation\b[\s\S]*?<\/office:annotation>|<text:tracked-changes\b[\s\S]*?<\/text:tracked-changes>|<\/text:[ph]>|<text:(?:s|tab|line-break)\b[^>]*\/>|<[^>]*>|[^<]+/g;
const PARAGRAPH_END = /^<\/text:[ph]>$/;
const SPACE_ELEMENT = /^<text:(?:s|tab|line-break)\b/;
function openDocumentText(xml: string, maxChars: number): string {
  let text = '';
  const body = xml.indexOf('<office:body');
  if (body < 0) return ''; // not within the part's first maxPartBytes: styles before it filled them
  for (const [piece] of xml.slice(body).matchAll(OPEN_DOCUMENT_PIECE)) {
    if (piece[0] !== '<') text = appended(text, /^\s+$/.test(piece) ? ' ' : decodeXml(piece.replace(/\s+/g, ' ')));
    else if (PARAGRAPH_END.test(piece)) text = appended(text, '\n');
    else if (SPACE_ELEMENT.test(piece)) text = appended(text, ' ');
    if (text.length >= maxChars) break;
  }
  return text;
}

/** The parts worth reading, ranked: the body before headers, footers and notes, slides and sheets in number order. */
function partRank(name: string, maxSlides: number): number | null {
  if (name === 'word/document.xml' || name === 'content.xml' || name === 'xl/sharedStrings.xml') return 0;
  if (/^word\/(?:(?:header|footer)\d*|footnotes|endnotes)\.xml$/.test(name)) return 1;
  const numbered = /^(?:ppt\/slides\/slide|xl\/worksheets\/sheet)(\d+)\.xml$/.exec(name);
  return numbered && Number(numbered[1]) <= maxSlides ? 1 + Number(numbered[1]) : null;
}

function partText(name: string, xml: string, maxChars: number): string {
  if (name === 'content.xml') return openDocumentText(xml, maxChars);
  return runsText(xml, name.startsWith('word/') ? WORD : name.startsWith('ppt/') ? POWERPOINT : EXCEL, maxChars);
}

/** The visible text of an OOXML or OpenDocument file, at most `maxChars`; '' when it has none or is no such ZIP. */
export async function readOfficeText(content: Uint8Array, limits: OfficeTextLimits = OFFICE_TEXT_LIMITS): Promise<string> {
  if (!isZip(content)) return '';
  const parts = await readZipEntries(content, (name) => partRank(name, limits.maxSlides) !== null, { maxBytes: limits.maxPartBytes, totalBytes: limits.maxDocumentBytes, prefix: true });
  parts.sort((a, b) => partRank(a.name, limits.maxSlides)! - partRank(b.name, limits.maxSlides)!);
  let text = '';
  for (const part of parts) {
    if (text.length >= limits.maxChars) break;
    const read = tidyLines(partText(part.name, part.data.toString('utf8'), limits.maxChars - text.length));
    if (read) text += `${text ? '\n' : ''}${read}`;
  }
  return text.slice(0, limits.maxChars);
}

/** an OpenDocument hyperlink: `<text:a xlink:href="…">` in text, `<draw:a>` around a picture or shape */
const OPEN_DOCUMENT_LINK = /<(?:text|draw):a\b[^>]*?\bxlink:href\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/**
 * The web links of an OpenDocument file: its hyperlinks, which live in content.xml (OOXML keeps
 * them in relationship parts, read by links.ts), `http(s)` only, as for OOXML.
 */
export async function openDocumentLinks(content: Uint8Array, limits: OfficeTextLimits = OFFICE_TEXT_LIMITS): Promise<string[]> {
  const [part] = await readZipEntries(content, (name) => name === 'content.xml', { maxBytes: limits.maxPartBytes, prefix: true });
  if (!part) return [];
  return [...new Set([...part.data.toString('utf8').matchAll(OPEN_DOCUMENT_LINK)].map((m) => decodeXml((m[1] ?? m[2]!).trim())).filter((url) => /^https?:\/\//i.test(url)))];
}

type WithAttachments = { attachments?: ReadonlyArray<{ filename: string | null; mimeType?: string | null; content?: Uint8Array }> };

/** The texts of a message's attached Office documents (those with any text), at most `maxDocuments`. */
export async function officeTextsOf(view: WithAttachments, limits: OfficeTextLimits = OFFICE_TEXT_LIMITS): Promise<AttachedText[]> {
  const documents = (view.attachments ?? []).filter((a): a is { filename: string | null; content: Uint8Array } =>
    a.content !== undefined && (isOfficeDocument(a) || isOpenDocument(a)) && isZip(a.content)).slice(0, limits.maxDocuments);
  const found: AttachedText[] = [];
  for (const d of documents) {
    const text = await readOfficeText(d.content, limits);
    if (text) found.push({ filename: d.filename, text });
  }
  return found;
}
