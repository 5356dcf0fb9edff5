// Office documents for tests, written by real writers: Word (.docx), PowerPoint (.pptx) and
// OpenDocument text (.odt) by pandoc from Markdown; Excel workbooks (.xlsx) by XlsxWriter, which
// keeps strings in a shared-strings part as Excel does, and by openpyxl, which writes them into
// the cells (Debian packages pandoc, python3-xlsxwriter, python3-openpyxl).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEBIAN_PYTHON } from './xls.ts';

/** A Word, PowerPoint or OpenDocument file with `markdown`'s text (a PowerPoint slide per level-1 heading). */
export function pandocDocument(format: 'docx' | 'pptx' | 'odt', markdown: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-office-'));
  try {
    const out = join(dir, `out.${format}`);
    // pictures are dropped before the writer sees them: it would fetch remote ones (README badges) from the web
    writeFileSync(join(dir, 'no-images.lua'), 'function Image(el) return {} end\n');
    const tree = execFileSync('pandoc', ['--from', 'markdown', '--to', 'json', '--lua-filter', join(dir, 'no-images.lua')], { input: markdown, stdio: ['pipe', 'pipe', 'inherit'], maxBuffer: 1 << 28 });
    execFileSync('pandoc', ['--from', 'json', '--output', out], { input: tree, stdio: ['pipe', 'ignore', 'inherit'] });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const WORKBOOK = {
  xlsxwriter: `
import sys, io, json, xlsxwriter
out = io.BytesIO(); wb = xlsxwriter.Workbook(out, {'in_memory': True})
for rows in json.loads(sys.argv[1]):
    ws = wb.add_worksheet()
    for r, row in enumerate(rows):
        for c, v in enumerate(row): ws.write(r, c, v)
wb.close(); sys.stdout.buffer.write(out.getvalue())
`,
  openpyxl: `
import sys, io, json, openpyxl
wb = openpyxl.Workbook(); wb.remove(wb.active)
for rows in json.loads(sys.argv[1]):
    ws = wb.create_sheet()
    for row in rows: ws.append(row)
out = io.BytesIO(); wb.save(out); sys.stdout.buffer.write(out.getvalue())
`,
};

/** An Excel workbook with these sheets of rows (strings and numbers), written by `writer`. */
export function excelXlsx(sheets: Array<Array<Array<string | number>>>, writer: keyof typeof WORKBOOK = 'xlsxwriter'): Buffer {
  return execFileSync(DEBIAN_PYTHON, ['-c', WORKBOOK[writer], JSON.stringify(sheets)]);
}
