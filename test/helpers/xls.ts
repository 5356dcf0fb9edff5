// Excel 97–2003 workbooks (.xls, BIFF8) for attachment tests, written by a real writer (Python's
// xlwt, Debian python3-xlwt). xlwt cannot write a macro sheet, so the named sheets are then
// marked as Excel 4.0 macro sheets in their BoundSheet records (MS-XLS 2.4.28), as Excel stores them.
import { execFileSync } from 'node:child_process';
import CFB from 'cfb';

/** Debian's interpreter, which has python3-xlwt and python3-xlrd (a pyenv python3 may come first on PATH). */
export const DEBIAN_PYTHON = '/usr/bin/python3';

const WRITE = `
import sys, io, json, xlwt
wb = xlwt.Workbook()
for name in json.loads(sys.argv[1]):
    wb.add_sheet(name).write(0, 0, 'Summe')
out = io.BytesIO(); wb.save(out); sys.stdout.buffer.write(out.getvalue())
`;

export interface Sheet { name: string; macro?: boolean; hidden?: boolean }

export function excelWorkbook(sheets: Sheet[]): Buffer {
  const xls = execFileSync(DEBIAN_PYTHON, ['-c', WRITE, JSON.stringify(sheets.map((s) => s.name))]);
  const file = CFB.read(xls, { type: 'buffer' });
  const index = file.FullPaths.findIndex((p) => p.endsWith('/Workbook'));
  const stream = Buffer.from(file.FileIndex[index]!.content as Uint8Array);
  for (let at = 0; at + 4 <= stream.length;) {
    const type = stream.readUInt16LE(at);
    const length = stream.readUInt16LE(at + 2);
    if (type === 0x0085) {
      // lbPlyPos (4), hsState (1), dt (1), name: length (1), flags (1: bit 0 = UTF-16), characters
      const count = stream[at + 4 + 6]!;
      const wide = (stream[at + 4 + 7]! & 1) === 1;
      const name = stream.subarray(at + 4 + 8, at + 4 + 8 + count * (wide ? 2 : 1)).toString(wide ? 'utf16le' : 'latin1');
      const sheet = sheets.find((s) => s.name === name);
      if (sheet?.macro) stream[at + 4 + 5] = 1;
      if (sheet?.hidden) stream[at + 4 + 4] = 2; // "very hidden": not listed under Unhide
    }
    if (type === 0x000a) break; // end of the workbook globals
    at += 4 + length;
  }
  file.FileIndex[index]!.content = stream;
  return CFB.write(file, { type: 'buffer' }) as Buffer;
}

/** The sheets another reader (xlrd) sees as worksheets and the ones it skips as macro sheets. */
export function readWithXlrd(xls: Buffer): { worksheets: string[]; macroSheets: string[] } {
  const out = execFileSync(DEBIAN_PYTHON, ['-c', `
import sys, io, json, xlrd
log = io.StringIO()
book = xlrd.open_workbook(file_contents=sys.stdin.buffer.read(), verbosity=1, logfile=log)
print(json.dumps({'worksheets': book.sheet_names(), 'log': log.getvalue()}))
`], { input: xls, encoding: 'utf8' });
  const { worksheets, log } = JSON.parse(out) as { worksheets: string[]; log: string };
  const macroSheets = [...log.matchAll(/Ignoring non-worksheet data named '([^']*)' \(type 0x01 = Macro sheet\)/g)].map((m) => m[1]!);
  return { worksheets, macroSheets };
}
