// Real PDF files for tests: a one-page document with link annotations, written here as plain
// PDF objects, then rewritten by qpdf (Debian package qpdf) the way producers store them:
// streams compressed, objects packed into compressed object streams (PDF 1.5), files attached.
// poppler's pdfinfo and pdfdetach (package poppler-utils), other readers, list what the tests expect.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PdfOptions {
  /** link annotations on the page, in order */
  links?: string[];
  /** files attached to the document (qpdf --add-attachment) */
  attachments?: Array<{ name: string; content: Buffer | string }>;
  /** pack objects into compressed object streams, as most producers since PDF 1.5 do (default true) */
  objectStreams?: boolean;
}

/** The page's objects: catalog, pages, page, content, font, one annotation per link. */
function plainPdf(links: string[]): Buffer {
  const text = 'BT /F1 12 Tf 72 720 Td (Rechnung 4471: bitte den Link unten öffnen.) Tj ET';
  const annots = links.map((_, i) => `${6 + i} 0 R`).join(' ');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [${annots}] >>`,
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    // a literal string: "(" and ")" and "\" escaped as PDF writes them
    ...links.map((url, i) => `<< /Type /Annot /Subtype /Link /Rect [72 ${600 - 20 * i} 300 ${615 - 20 * i}] /Border [0 0 0] /A << /S /URI /URI (${url.replace(/[\\()]/g, '\\$&')}) >> >>`),
  ];
  let body = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

export function pdfDocument(opts: PdfOptions = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), plainPdf(opts.links ?? []));
    const attach = (opts.attachments ?? []).flatMap((a, i) => {
      writeFileSync(join(dir, `att${i}`), a.content);
      return ['--add-attachment', join(dir, `att${i}`), `--filename=${a.name}`, `--key=${a.name}`, '--'];
    });
    const streams = opts.objectStreams ?? true ? ['--object-streams=generate'] : ['--object-streams=disable'];
    execFileSync('qpdf', ['--compress-streams=y', ...streams, ...attach, join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What poppler reads in a PDF: its link URLs (pdfinfo -url) and attached file names (pdfdetach -list). */
export function readWithPoppler(pdf: Buffer): { urls: string[]; attachments: string[] } {
  const dir = mkdtempSync(join(tmpdir(), 'mm-pdf-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    const urls = execFileSync('pdfinfo', ['-url', join(dir, 'a.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(1)
      .map((line) => line.trim().split(/\s+/).slice(2).join(' '));
    const attachments = execFileSync('pdfdetach', ['-list', join(dir, 'a.pdf')], { encoding: 'utf8' }).trim().split('\n').slice(1)
      .map((line) => line.replace(/^\d+:\s*/, ''));
    return { urls, attachments };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
