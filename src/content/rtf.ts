// RTF documents: the OLE objects embedded in them, and a template they fetch on opening.
// Word opens RTF under any name (".doc" too), and an RTF file's objects run as a Word document's
// do: a packaged file (an icon that runs what it holds), an embedded Word or Excel document with
// its macros, an Equation Editor object (CVE-2017-11882 and CVE-2018-0802, the most exploited Office
// bugs of 2017–2022, nearly always delivered in RTF), a link that loads a document from the web
// (CVE-2017-0199). An object is a `{\*\objdata …}` group of hex digits holding an OLE 1.0 object
// (MS-OLEDS 2.2.4). Droppers hide the digits among spaces, control words and empty groups, which
// Word skips; so does this reader (as oletools' rtfobj does).
import { Buffer } from 'node:buffer';

/** "{\rt": Word needs no more than that to read a file as RTF. */
export const isRtf = (b: Uint8Array): boolean => b.length >= 4 && b[0] === 0x7b && b[1] === 0x5c && b[2] === 0x72 && b[3] === 0x74;

export interface RtfObject {
  /** the OLE class, e.g. "Package", "Word.Document.8", "Equation.3" (free text: droppers change it) */
  className: string;
  /** a linked object (its data is elsewhere) rather than an embedded one */
  linked: boolean;
  /** the object's native data: an Ole10Native package, an OLE2 compound file, an equation… */
  data: Uint8Array;
}

const OBJDATA = Buffer.from('\\objdata');
/** {\*\template URL}: Word fetches the template, with its macros, as the document opens */
const WEB_TEMPLATE = /\{\\\*\\template\s+(https?:\/\/[^{}\\\s]+)/i;

const isLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const hexValue = (c: number): number => (isDigit(c) ? c - 0x30 : c >= 0x61 && c <= 0x66 ? c - 0x57 : c >= 0x41 && c <= 0x46 ? c - 0x37 : -1);

/** The bytes an \objdata group's hex digits spell, up to maxBytes; nested groups and control words are skipped. */
function objdataBytes(b: Buffer, from: number, maxBytes: number): Buffer {
  const out = Buffer.allocUnsafe(Math.min(maxBytes, (b.length - from) >> 1));
  let n = 0;
  let high = -1;
  let depth = 0;
  for (let i = from; i < b.length && n < out.length; i++) {
    const c = b[i]!;
    if (c === 0x7b) { depth++; continue; }
    if (c === 0x7d) { if (depth-- === 0) break; continue; }
    if (c === 0x5c) {
      const next = b[i + 1] ?? 0;
      if (next === 0x27) { i += 3; continue; } // \'hh: a character, not data
      if (!isLetter(next)) { i++; continue; } // a control symbol such as \~ or \{
      let j = i + 1;
      while (j < b.length && isLetter(b[j]!)) j++;
      const name = b.subarray(i + 1, j).toString('latin1');
      let k = j + (b[j] === 0x2d ? 1 : 0);
      while (k < b.length && isDigit(b[k]!)) k++;
      const param = Number(b.subarray(j, k).toString('latin1')) || 0;
      i = (b[k] === 0x20 ? k : k - 1);
      if (name === 'bin' && param > 0) i += param; // raw bytes follow \binN: not hex digits
      continue;
    }
    if (depth > 0) continue;
    const v = hexValue(c);
    if (v < 0) continue;
    if (high < 0) high = v;
    else { out[n++] = (high << 4) | v; high = -1; }
  }
  return out.subarray(0, n);
}

/** An OLE 1.0 object header (OLEVersion, FormatID, ClassName, TopicName, ItemName) and its native data. */
function ole1Object(b: Buffer): RtfObject | null {
  if (b.length < 12) return null;
  const formatId = b.readUInt32LE(4);
  let at = 8;
  const ansiString = (): string | null => {
    if (at + 4 > b.length) return null;
    const length = b.readUInt32LE(at);
    at += 4;
    if (length > 4096 || at + length > b.length) return null;
    const s = b.subarray(at, at + length).toString('latin1');
    at += length;
    return s.replace(/\0[\s\S]*$/, '');
  };
  const className = ansiString();
  if (className === null || ansiString() === null || ansiString() === null) return null;
  if (formatId !== 2 || at + 4 > b.length) return { className, linked: formatId === 1, data: new Uint8Array(0) };
  const size = b.readUInt32LE(at);
  return { className, linked: false, data: b.subarray(at + 4, Math.min(b.length, at + 4 + size)) };
}

/** The objects of an RTF document, at most maxObjects and maxBytes of object data in all, and the web template it names. */
export function rtfContents(bytes: Uint8Array, maxObjects: number, maxBytes: number): { objects: RtfObject[]; template: string | null } {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const objects: RtfObject[] = [];
  let left = maxBytes;
  for (let at = b.indexOf(OBJDATA); at >= 0 && objects.length < maxObjects && left > 0; at = b.indexOf(OBJDATA, at + OBJDATA.length)) {
    // "\objdata" must end there: "\objdatax" would be another control word
    if (isLetter(b[at + OBJDATA.length] ?? 0)) continue;
    const data = objdataBytes(b, at + OBJDATA.length, left);
    left -= data.length;
    const object = ole1Object(data);
    if (object) objects.push(object);
  }
  // the template is named in the document's header, before the text
  const template = WEB_TEMPLATE.exec(b.toString('latin1', 0, Math.min(b.length, 200_000)))?.[1] ?? null;
  return { objects, template };
}
