// Small real files for attachment tests: what a Windows program and a PDF begin with, and Office
// files in the old binary format (OLE2 compound files written by SheetJS's cfb, the library
// mailmoat reads them with): Word documents with VBA macros or a packaged file, Outlook messages.
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
