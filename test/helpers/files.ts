// Small real files for attachment tests: what a Windows program and a PDF begin with, and Office
// files in the old binary format (OLE2 compound files written by SheetJS's cfb, the library
// mailmoat reads them with): Word documents with VBA macros or a packaged file, Outlook messages.
import { deflateSync } from 'node:zlib';
import CFB from 'cfb';

/** The smallest file Windows loads as a program: "MZ", the PE header's offset at 0x3c, "PE\0\0" there. */
export function windowsProgram(): Buffer {
  const b = Buffer.alloc(256);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

/** An Ole10Native stream: a file packaged into a document (what Word's "Insert > Object > Package" writes). */
export function ole10Native(name: string, content: Buffer): Buffer {
  const path = `C:\\Users\\x\\${name}\0`;
  const tail = Buffer.concat([
    Buffer.from([2, 0]), Buffer.from(`${name}\0${path}`, 'latin1'), Buffer.from([0, 0, 3, 0]),
    Buffer.alloc(4), Buffer.from(path, 'latin1'), Buffer.alloc(4), content,
  ]);
  const tempLengthAt = 2 + Buffer.byteLength(`${name}\0${path}`, 'latin1') + 4;
  tail.writeUInt32LE(Buffer.byteLength(path, 'latin1'), tempLengthAt);
  tail.writeUInt32LE(content.length, tempLengthAt + 4 + Buffer.byteLength(path, 'latin1'));
  const size = Buffer.alloc(4);
  size.writeUInt32LE(tail.length);
  return Buffer.concat([size, tail]);
}

/** A Word 97–2003 document (an OLE2 compound file): with a VBA project as Word stores it, and/or a packaged file. */
export function oleDocument(opts: { macros?: boolean; packaged?: { name: string; content: Buffer } } = {}): Buffer {
  const doc = CFB.utils.cfb_new();
  CFB.utils.cfb_add(doc, 'WordDocument', Buffer.from('a Word document body '.repeat(40)));
  CFB.utils.cfb_add(doc, '1Table', Buffer.alloc(600));
  if (opts.macros) {
    CFB.utils.cfb_add(doc, 'Macros/VBA/_VBA_PROJECT', Buffer.from([0xcc, 0x61, 0xff, 0xff, 0, 0, 0]));
    CFB.utils.cfb_add(doc, 'Macros/VBA/dir', Buffer.alloc(64, 1));
    CFB.utils.cfb_add(doc, 'Macros/VBA/ThisDocument', Buffer.from('Sub AutoOpen()\r\nEnd Sub\r\n'));
    CFB.utils.cfb_add(doc, 'Macros/PROJECT', Buffer.from('ID="{00000000-0000-0000-0000-000000000000}"\r\nDocument=ThisDocument/&H00000000\r\n'));
  }
  if (opts.packaged) CFB.utils.cfb_add(doc, 'ObjectPool/_1279313719/\u0001Ole10Native', ole10Native(opts.packaged.name, opts.packaged.content));
  return CFB.write(doc, { type: 'buffer' }) as Buffer;
}

/** An Outlook message (.msg) with these attachments, stored as Outlook stores them (MS-OXMSG). */
export function outlookMessage(subject: string, attachments: Array<{ name: string; content: Buffer }>): Buffer {
  const msg = CFB.utils.cfb_new();
  CFB.utils.cfb_add(msg, '__substg1.0_0037001F', Buffer.from(subject, 'utf16le'));
  CFB.utils.cfb_add(msg, '__properties_version1.0', Buffer.alloc(32));
  attachments.forEach((a, i) => {
    const dir = `__attach_version1.0_#${i.toString(16).toUpperCase().padStart(8, '0')}`;
    CFB.utils.cfb_add(msg, `${dir}/__substg1.0_3707001F`, Buffer.from(a.name, 'utf16le'));
    CFB.utils.cfb_add(msg, `${dir}/__substg1.0_37010102`, a.content);
    CFB.utils.cfb_add(msg, `${dir}/__properties_version1.0`, Buffer.alloc(16));
  });
  return CFB.write(msg, { type: 'buffer' }) as Buffer;
}

/** Equation Editor 3.0's class ID as an OLE2 directory entry stores it (little-endian fields). */
const EQUATION_CLSID = '02ce020000000000c000000000000046';

/** An OLE2 file as Word embeds an Equation Editor 3.0 object: the root storage's class, the ProgID
 *  in its CompObj stream (droppers may leave either out), an equation stream. */
export function equationObject(opts: { clsid?: boolean; progId?: boolean } = {}): Buffer {
  const obj = CFB.utils.cfb_new();
  CFB.utils.cfb_add(obj, '\u0001Ole10Native', Buffer.concat([Buffer.from([0x1c, 0, 0, 0]), Buffer.alloc(0x1c, 0x41)]));
  const progId = opts.progId ?? true ? 'Equation.3' : 'Package';
  CFB.utils.cfb_add(obj, '\u0001CompObj', Buffer.from(`\u0001\u0000\u00fe\u00ff\u0003\u000aMicrosoft Equation 3.0\u0000DS Equation\u0000${progId}\u0000`, 'latin1'));
  if (opts.clsid ?? true) obj.FileIndex[0]!.clsid = EQUATION_CLSID;
  return CFB.write(obj, { type: 'buffer' }) as Buffer;
}

/** An OLE2 object linked to a web address (an "\u0001Ole" stream with a URL moniker), as in CVE-2017-0199. */
export function webLinkedObject(url: string): Buffer {
  const obj = CFB.utils.cfb_new();
  // Version, Flags (1 = linked), LinkUpdateOption, Reserved1, ReservedMonikerStreamSize (0), then the
  // RelativeSourceMonikerStream's size and the AbsoluteSourceMoniker: the URL moniker's class ID, the URL in UTF-16
  const urlBytes = Buffer.from(`${url}\0`, 'utf16le');
  const moniker = Buffer.concat([Buffer.from('e0c9ea79f9bace118c8200aa004ba90b', 'hex'), Buffer.from(Uint32Array.of(urlBytes.length).buffer), urlBytes]);
  const head = Buffer.from(Uint32Array.of(0x02000001, 1, 0, 0, 0, 0, moniker.length).buffer);
  CFB.utils.cfb_add(obj, '\u0001Ole', Buffer.concat([head, moniker]));
  return CFB.write(obj, { type: 'buffer' }) as Buffer;
}

/** An OLE 1.0 object as RTF embeds it (MS-OLEDS 2.2.4): version, format (2 = embedded), class, topic, item, native data. */
export function ole1Object(className: string, native: Buffer): Buffer {
  const ansi = (s: string) => {
    const b = Buffer.from(s ? `${s}\0` : '', 'latin1');
    return Buffer.concat([Buffer.from(Uint32Array.of(b.length).buffer), b]);
  };
  return Buffer.concat([Buffer.from(Uint32Array.of(0x0501, 2).buffer), ansi(className), ansi(''), ansi(''), Buffer.from(Uint32Array.of(native.length).buffer), native]);
}

/**
 * An RTF document with these objects, as Word writes them: `{\object\objemb{\*\objclass C}{\*\objdata HEX}}`.
 * `obfuscated` writes the hex as droppers do: broken by line ends, spaces, control words and empty groups.
 */
export function rtfDocument(objects: Array<{ className: string; native: Buffer }>, opts: { template?: string; obfuscated?: boolean } = {}): Buffer {
  const hexOf = (b: Buffer): string => {
    const hex = b.toString('hex');
    if (!opts.obfuscated) return hex.replace(/.{1,128}/g, '$&\r\n');
    // Word skips a group inside the data, hex digits and all
    return hex.replace(/.{1,7}/g, (chunk, at: number) => `${chunk}${['{\\*\\bkmkend 0a1b}', ' \\par ', '\r\n', '{}', '\\\'e9 ', '\t'][(at / 7) % 6]}`);
  };
  const body = objects.map((o) => `{\\object\\objemb\\objw855\\objh765{\\*\\objclass ${o.className}}{\\*\\objdata ${hexOf(ole1Object(o.className, o.native))}}}`).join('\r\n');
  const template = opts.template ? `{\\*\\template ${opts.template}}` : '';
  return Buffer.from(`{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0 Times New Roman;}}${template}\r\n\\pard Rechnung anbei.\\par\r\n${body}\r\n}`, 'latin1');
}

/**
 * A PowerPoint 97–2003 file (MS-PPT): a "PowerPoint Document" stream of records, the document
 * container first, then each object as an ExOleObjStg record (type 0x1011), zlib-compressed
 * (instance 1: the size, then the data) unless `compressed` is false. PowerPoint stores embedded
 * objects and the VBA project this way.
 */
export function powerPointDocument(objects: Buffer[], opts: { compressed?: boolean } = {}): Buffer {
  const record = (verInstance: number, type: number, data: Buffer): Buffer => {
    const head = Buffer.alloc(8);
    head.writeUInt16LE(verInstance, 0);
    head.writeUInt16LE(type, 2);
    head.writeUInt32LE(data.length, 4);
    return Buffer.concat([head, data]);
  };
  const compressed = opts.compressed ?? true;
  const stored = objects.map((o) => compressed
    ? record(0x0010, 0x1011, Buffer.concat([Buffer.from(Uint32Array.of(o.length).buffer), deflateSync(o)]))
    : record(0x0000, 0x1011, o));
  const ppt = CFB.utils.cfb_new();
  CFB.utils.cfb_add(ppt, 'PowerPoint Document', Buffer.concat([record(0x000f, 0x03e8, record(0x0001, 0x03e9, Buffer.alloc(40))), ...stored]));
  CFB.utils.cfb_add(ppt, 'Current User', Buffer.alloc(20));
  return CFB.write(ppt, { type: 'buffer' }) as Buffer;
}

/**
 * A OneNote section (.one) as far as the embedded files go (MS-ONESTORE): the section's file-type
 * GUID, some page data, and each file in a FileDataStoreObject (header GUID, length, 12 reserved
 * bytes, the data, footer GUID, padded to 8 bytes).
 */
export function oneNoteSection(files: Buffer[]): Buffer {
  const head = Buffer.concat([Buffer.from('e4525c7b8cd8a74daeb15378d02996d3', 'hex'), Buffer.alloc(1008, 0x11)]);
  const stores = files.map((data) => {
    const length = Buffer.alloc(8);
    length.writeBigUInt64LE(BigInt(data.length));
    const pad = Buffer.alloc((8 - (data.length % 8)) % 8);
    return Buffer.concat([Buffer.from('e716e3bd65261145a4c48d4d0b7a9eac', 'hex'), length, Buffer.alloc(12), data, pad, Buffer.from('22a7fb71790f0b4abb13899256426b24', 'hex'), Buffer.alloc(64, 0x22)]);
  });
  return Buffer.concat([head, ...stores]);
}

/** A Windows shortcut (.lnk): the shell link header (size 0x4C, its class ID), then nothing useful. */
export function windowsShortcut(): Buffer {
  return Buffer.concat([Buffer.from('4c0000000114020000000000c000000000000046', 'hex'), Buffer.alloc(56)]);
}
