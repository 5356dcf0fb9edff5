// OLE2 compound files (Word, Excel and PowerPoint 97–2003, Outlook .msg, the objects embedded in
// OOXML and RTF documents), read with ./cfb.ts: macros, objects made to exploit Office, links
// to the web, and the files they carry.
// Macros in Office documents and programs packaged into them (an "Ole10Native" object: a file
// dropped into a Word document, shown as an icon, run with a double click) carried Emotet, Dridex
// and most mail-borne malware of the last decade. The type by name says nothing: ".doc" and
// ".xls" may hold macros, and a ".docm" renamed ".docx" still carries its vbaProject.bin.
import { Buffer } from 'node:buffer';
import { inflateSync } from 'node:zlib';
import { readCfb, type Cfb, type CfbEntry } from './cfb.ts';

/** a file an OLE2 file carries: its name when known, and its bytes */
export interface PackagedFile { filename: string | null; content: Uint8Array }


const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** An OLE2 compound file: Word 97–2003, Excel, PowerPoint, Outlook .msg, and an OOXML file's embedded objects. */
export const isOle = (b: Uint8Array): boolean => b.length >= 512 && OLE_MAGIC.every((x, i) => b[i] === x);

/** A file packaged into a document (Ole10Native): its name and bytes, or null when the stream is not one. */
export function packagedFile(stream: Uint8Array): PackagedFile | null {
  // size (4), type (2), label\0, original path\0, 4 unknown, temp path length (4), temp path, data size (4), data
  const b = Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength);
  const cString = (at: number): [string, number] | null => {
    const end = b.indexOf(0, at);
    return end < 0 || end - at > 1024 ? null : [b.subarray(at, end).toString('latin1'), end + 1];
  };
  const label = cString(6);
  const original = label && cString(label[1]);
  if (!label || !original || original[1] + 8 > b.length) return null;
  const tempLength = b.readUInt32LE(original[1] + 4);
  const sizeAt = original[1] + 8 + tempLength;
  if (sizeAt + 4 > b.length) return null;
  const size = b.readUInt32LE(sizeAt);
  const name = [original[0], label[0]].map((n) => n.split(/[\\/]/).pop() ?? '').find((n) => n.includes('.')) ?? label[0];
  return { filename: name || null, content: b.subarray(sizeAt + 4, Math.min(b.length, sizeAt + 4 + size)) };
}

const BIFF_BOUNDSHEET = 0x0085;
const BIFF_FILEPASS = 0x002f;
const BIFF_EOF = 0x000a;
const BOUNDSHEET_MACRO_SHEET = 1;

/**
 * Whether an Excel 97–2003 (BIFF5/8) workbook stream declares an Excel 4.0 macro sheet: the
 * workbook globals list each sheet in a BoundSheet record whose sixth byte is its type (MS-XLS
 * 2.4.28; 1 = macro sheet). Qakbot's and Emotet's XLM droppers of 2020–2022 were such sheets,
 * usually hidden, with no VBA project at all.
 */
export function hasMacroSheet(workbook: Uint8Array): boolean {
  const b = Buffer.from(workbook.buffer, workbook.byteOffset, workbook.byteLength);
  for (let at = 0; at + 4 <= b.length;) {
    const type = b.readUInt16LE(at);
    const length = b.readUInt16LE(at + 2);
    const data = at + 4;
    if (data + length > b.length || type === BIFF_EOF) return false;
    // an encrypted workbook's records (the sheet type too) are ciphertext after FilePass
    if (type === BIFF_FILEPASS) return false;
    if (type === BIFF_BOUNDSHEET && length >= 6 && b[data + 5] === BOUNDSHEET_MACRO_SHEET) return true;
    at = data + length;
  }
  return false;
}

export const MACRO_WHY = 'an Office document with macros';
export const XLM_WHY = 'an Excel workbook with Excel 4.0 macros';

/** Equation Editor 3.0, {0002CE02-0000-0000-C000-000000000046}, as an OLE2 directory entry stores it */
const EQUATION_EDITOR_CLSID = '02ce020000000000c000000000000046';
/** the URL moniker, {79EAC9E0-BAF9-11CE-8C82-00AA004BA90B}, in byte order: a link to a web address */
const URL_MONIKER = Buffer.from('e0c9ea79f9bace118c8200aa004ba90b', 'hex');
export const EQUATION_WHY = 'an Equation Editor object (CVE-2017-11882)';
const WEB_LINK_WHY = 'a linked object that loads a document from the web (CVE-2017-0199)';

export interface OleContents {
  /** why it counts as having macros: a VBA project, or an Excel 97–2003 workbook's macro sheet */
  macro: string | null;
  /** an object that exists to exploit Office: Equation Editor 3.0, removed from Office in 2018 */
  exploit: string | null;
  /** an OLE link to a web address (the "\u0001Ole" stream's moniker), which Word follows on opening */
  remote: string | null;
  /** files packaged into a document, and an Outlook message's (.msg) attachments */
  files: PackagedFile[];
  /** OLE2 files stored inside a stream: a PowerPoint 97–2003 file's embedded objects and VBA project */
  embedded: Uint8Array[];
}

const PPT_EX_OLE_OBJ_STG = 0x1011;
/**
 * The OLE2 files a PowerPoint 97–2003 document stream holds (MS-PPT 2.10.34 ExOleObjStg): its
 * embedded objects and its VBA project are stored as top-level records, zlib-compressed when the
 * record instance is 1 (a 4-byte size, then the data). At most `maxBytes` are inflated in all.
 */
export function powerPointObjects(stream: Uint8Array, maxBytes: number): Uint8Array[] {
  const b = Buffer.from(stream.buffer, stream.byteOffset, stream.byteLength);
  const found: Uint8Array[] = [];
  let left = maxBytes;
  for (let at = 0; at + 8 <= b.length && left > 0;) {
    const instance = b.readUInt16LE(at) >> 4;
    const type = b.readUInt16LE(at + 2);
    const length = b.readUInt32LE(at + 4);
    const end = Math.min(b.length, at + 8 + length);
    if (type === PPT_EX_OLE_OBJ_STG) {
      try {
        const data = instance === 1 ? inflateSync(b.subarray(at + 12, end), { maxOutputLength: left }) : b.subarray(at + 8, end);
        left -= data.length;
        if (isOle(data)) found.push(data);
      } catch {
        // damaged, or larger than what is left: skipped
      }
    }
    at = at + 8 + length;
  }
  return found;
}

/** What an OLE2 file holds, or null when it cannot be read. */
export function oleContents(bytes: Uint8Array, maxInflate = 20_000_000): OleContents | null {
  let cfb: Cfb;
  try {
    cfb = readCfb(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  } catch {
    return null; // damaged: ClamAV still scans it
  }
  const { entries } = cfb;
  const content = (e: CfbEntry | undefined): Buffer | null => (e ? cfb.read(e) : null);
  const topStream = (name: RegExp) => entries.find((e) => e.kind === 'stream' && e.path.length === 1 && name.test(e.name));
  const vba = entries.some((e) => e.name.toUpperCase() === '_VBA_PROJECT' || e.name.toUpperCase() === '_VBA_PROJECT_CUR');
  // "Workbook" in BIFF8 (Excel 97–2003), "Book" in BIFF5 (Excel 5/95)
  const workbook = content(topStream(/^(?:Workbook|Book)$/i));
  const macro = vba ? MACRO_WHY : workbook?.length && hasMacroSheet(workbook) ? XLM_WHY : null;
  // the class an object's storage names, or the ProgID its CompObj stream gives (a dropper may clear one)
  const equation = cfb.rootClsid === EQUATION_EDITOR_CLSID || entries.some((e) => e.clsid === EQUATION_EDITOR_CLSID
    || (e.name === '\u0001CompObj' && content(e)?.includes('Equation.3', 0, 'latin1')));
  const slides = content(topStream(/^PowerPoint Document$/i));
  const embedded = slides?.length ? powerPointObjects(slides, maxInflate) : [];
  const webLink = entries.some((e) => e.name === '\u0001Ole' && content(e)?.includes(URL_MONIKER));
  const files = entries.filter((e) => e.name === '\u0001Ole10Native' && e.size > 0)
    .map((e) => content(e)).filter((c): c is Buffer => !!c?.length)
    .map(packagedFile).filter((f): f is PackagedFile => f !== null);
  // Outlook: each attachment is a storage "__attach_version1.0_#0000000N" with its bytes in the
  // PR_ATTACH_DATA_BIN stream (3701 0102) and its name in PR_ATTACH_LONG_FILENAME (3707) or
  // PR_ATTACH_FILENAME (3704), as UTF-16 (001F) or 8-bit (001E)
  const byPath = new Map(entries.map((e) => [e.path.join('/').toUpperCase(), e]));
  for (const storage of entries) {
    if (storage.kind !== 'storage' || storage.path.length !== 1 || !/^__attach_version1\.0_#[0-9A-F]{8}$/i.test(storage.name)) continue;
    const at = (tag: string): Buffer | null => {
      const c = content(byPath.get(`${storage.name}/__substg1.0_${tag}`.toUpperCase()));
      return c?.length ? c : null;
    };
    const data = at('37010102');
    if (!data) continue; // an embedded message or an OLE object: not a file
    const utf16 = at('3707001F') ?? at('3704001F');
    const ansi = at('3707001E') ?? at('3704001E');
    const name = utf16 ? utf16.toString('utf16le') : ansi ? ansi.toString('latin1') : '';
    files.push({ filename: name.replace(/\0+$/, '') || null, content: data });
  }
  return { macro, exploit: equation ? EQUATION_WHY : null, remote: webLink ? WEB_LINK_WHY : null, files, embedded };
}
