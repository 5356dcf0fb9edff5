// Small real files for attachment tests: what a Windows program and a PDF begin with.

/** The smallest file Windows loads as a program: "MZ", the PE header's offset at 0x3c, "PE\0\0" there. */
export function windowsProgram(): Buffer {
  const b = Buffer.alloc(256);
  b.write('MZ', 0, 'latin1');
  b.writeUInt32LE(0x80, 0x3c);
  b.write('PE\0\0', 0x80, 'latin1');
  return b;
}

export const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
