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
  /** the catalog's /OpenAction: JavaScript, a Launch of this program, or a view (/Fit, what honest PDFs have) */
  openAction?: { javascript: string } | { launch: string; parameters?: string } | 'fit';
  /** document-level JavaScript (a /JavaScript name tree), which runs as the document opens */
  documentScript?: string;
  /** JavaScript the first page runs as it opens (the page's /AA << /O … >>) */
  pageOpenScript?: string;
  /** a form field whose value is calculated by JavaScript (honest forms) */
  fieldScript?: string;
  /** write the action names with #xx escapes ("/J#61vaScript"), as malicious PDFs hide them */
  escapedNames?: boolean;
  /** false: the file as written here, checked by qpdf but not rewritten (qpdf would write the escaped names plainly) */
  rewrite?: boolean;
  /** the page's lines of text (Latin-1, Helvetica); default one German line */
  text?: string[];
  /** content operators drawn on the page after the text ("0 g 72 500 4 4 re f …") */
  drawing?: string;
  /** more pages after the first, each with these lines */
  morePages?: string[][];
}

const pdfLiteral = (s: string): string => `(${s.replace(/[\\()]/g, '\\$&')})`;

/** The page's objects: catalog, pages, page, content, font, one annotation per link, then the actions asked for. */
function plainPdf(opts: PdfOptions): Buffer {
  const links = opts.links ?? [];
  const content = (lines: string[]): string => `BT /F1 12 Tf 72 720 Td 14 TL ${lines.map((l) => `${pdfLiteral(l)} '`).join(' ')} ET`;
  const text = `${content(opts.text ?? ['Rechnung 4471: bitte den Link unten öffnen.'])}${opts.drawing ? `\n${opts.drawing}` : ''}`;
  const annots = links.map((_, i) => `${6 + i} 0 R`).join(' ');
  const more = opts.morePages ?? [];
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [3 0 R${more.map((_, i) => ` ${6 + links.length + 2 * i} 0 R`).join('')}] /Count ${1 + more.length} >>`,
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [${annots}] >>`,
    `<< /Length ${Buffer.byteLength(text, 'latin1')} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    // a literal string: "(" and ")" and "\" escaped as PDF writes them
    ...links.map((url, i) => `<< /Type /Annot /Subtype /Link /Rect [72 ${600 - 20 * i} 300 ${615 - 20 * i}] /Border [0 0 0] /A << /S /URI /URI (${url.replace(/[\\()]/g, '\\$&')}) >> >>`),
  ];
  // further pages: a page and its content each, after the links
  for (const lines of more) {
    const page = objects.length + 1;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${page + 1} 0 R /Resources << /Font << /F1 5 0 R >> >> >>`);
    const c = content(lines);
    objects.push(`<< /Length ${Buffer.byteLength(c, 'latin1')} >>\nstream\n${c}\nendstream`);
  }
  // actions: objects after the links; the catalog (object 1) names them
  const catalog: string[] = [];
  const add = (o: string): number => objects.push(o);
  const js = opts.escapedNames ? '/J#61vaScript' : '/JavaScript';
  const launch = opts.escapedNames ? '/L#61unch' : '/Launch';
  const a = opts.openAction;
  if (a === 'fit') catalog.push('/OpenAction [3 0 R /Fit]');
  else if (a && 'javascript' in a) catalog.push(`/OpenAction ${add(`<< /Type /Action /S ${js} /JS ${pdfLiteral(a.javascript)} >>`)} 0 R`);
  else if (a) catalog.push(`/OpenAction << /S ${launch} ${a.parameters === undefined ? '' : `/Win << /F ${pdfLiteral(a.launch)} /P ${pdfLiteral(a.parameters)} >> `}/F ${pdfLiteral(a.launch)} >>`);
  if (opts.documentScript !== undefined) {
    const action = add(`<< /S ${js} /JS ${pdfLiteral(opts.documentScript)} >>`);
    catalog.push(`/Names << ${js} ${add(`<< /Names [(init) ${action} 0 R] >>`)} 0 R >>`);
  }
  if (opts.fieldScript !== undefined) {
    const field = add(`<< /FT /Tx /T (Total) /Rect [72 500 200 520] /Subtype /Widget /Type /Annot /P 3 0 R /AA << /C << /S ${js} /JS ${pdfLiteral(opts.fieldScript)} >> >> >>`);
    catalog.push(`/AcroForm << /Fields [${field} 0 R] >>`);
  }
  objects[0] = `<< /Type /Catalog /Pages 2 0 R ${catalog.join(' ')} >>`;
  if (opts.pageOpenScript !== undefined) objects[2] = objects[2]!.replace(/>>$/, `/AA << /O << /S ${js} /JS ${pdfLiteral(opts.pageOpenScript)} >> >> >>`);
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
    writeFileSync(join(dir, 'in.pdf'), plainPdf(opts));
    if (opts.rewrite === false) {
      execFileSync('qpdf', ['--check', join(dir, 'in.pdf')], { stdio: 'ignore' });
      return readFileSync(join(dir, 'in.pdf'));
    }
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

/** The action a PDF's catalog runs as it opens, as qpdf reads it: the action's /S ("/JavaScript", "/Launch"), "view" for a destination, null for none. */
export function openActionWithQpdf(pdf: Buffer): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'mm-pdf-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    const show = (obj: string): string => execFileSync('qpdf', [`--show-object=${obj}`, join(dir, 'a.pdf')], { encoding: 'utf8' });
    const root = /\/Root (\d+) 0 R/.exec(show('trailer'))![1]!;
    const catalog = show(root);
    const ref = /\/OpenAction (\d+) 0 R/.exec(catalog)?.[1];
    const action = ref ? show(ref) : /\/OpenAction (<<.*?>>|\[[^\]]*\])/.exec(catalog)?.[1];
    if (!action) return null;
    return /\/S (\/\w+)/.exec(action)?.[1] ?? 'view';
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The JavaScript poppler finds in a PDF (pdfinfo -js): document-level scripts and form fields' scripts. */
export function scriptsWithPoppler(pdf: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'mm-pdf-'));
  try {
    writeFileSync(join(dir, 'a.pdf'), pdf);
    return execFileSync('pdfinfo', ['-js', join(dir, 'a.pdf')], { encoding: 'utf8' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** qpdf's encryption choices: RC4 with 40 and 128-bit keys (revisions 2, 3), AES-128 (4), AES-256 (5, 6). */
export const CIPHERS: Record<string, string[]> = {
  'RC4-40 (R2)': ['40'], 'RC4-128 (R3)': ['128', '--use-aes=n'], 'AES-128 (R4)': ['128', '--use-aes=y'], 'AES-256 (R6)': ['256'], 'AES-256 (R5)': ['256', '--force-R5'],
};

/**
 * A PDF encrypted by qpdf, by default with an empty user password (it opens without one, as
 * malware sends it to hide its strings) and AES-256; `userPassword` one a reader must be given.
 */
export function encryptedWithQpdf(pdf: Buffer, o: { cipher?: string; userPassword?: string; objectStreams?: boolean } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-pdf-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    // RC4 and revision 5 are deprecated: qpdf writes them when allowed to
    execFileSync('qpdf', ['--allow-weak-crypto', `--object-streams=${o.objectStreams ? 'generate' : 'disable'}`, '--encrypt', o.userPassword ?? '', 'owner-secret',
      ...CIPHERS[o.cipher ?? 'AES-256 (R6)']!, '--', join(dir, 'in.pdf'), join(dir, 'out.pdf')]);
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * A PDF as browsers and office programs write them: the page printed by headless Chromium (Skia),
 * with subset CID fonts whose text is readable only through their ToUnicode maps, compressed.
 */
export function printedPdf(html: string): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-pdf-'));
  try {
    writeFileSync(join(dir, 'page.html'), `<!doctype html><html><head><meta charset="utf-8"></head><body style="font-family: DejaVu Sans">${html}</body></html>`);
    execFileSync('/usr/bin/chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', `--user-data-dir=${join(dir, 'profile')}`,
      `--print-to-pdf=${join(dir, 'out.pdf')}`, `file://${join(dir, 'page.html')}`], { stdio: 'ignore', timeout: 60_000 });
    return readFileSync(join(dir, 'out.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const DOCUMENT_TYPES: Record<string, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
};

/**
 * A mail with a line of text and attached documents (base64, the content type by the name's
 * extension), as mail programs send them; `head` are its header lines (From, Subject,
 * Message-ID…), CRLF-terminated.
 */
export function mailWithDocuments(head: string, body: string, ...documents: Array<[string, Buffer]>): Buffer {
  const parts = documents.map(([name, b]) => `--b\r\nContent-Type: ${DOCUMENT_TYPES[name.split('.').pop()!] ?? 'application/octet-stream'}; name="${name}"\r\nContent-Disposition: attachment; filename="${name}"\r\nContent-Transfer-Encoding: base64\r\n\r\n${b.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`);
  return Buffer.from(`${head}MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n${parts.join('')}--b--\r\n`);
}
