// Honest PDFs as false-positive material: every PDF on this machine (after
// `apt-get install texlive-latex-extra-doc`, about 3000 TeX manuals) through the attachments
// check's PDF reading and the QR reader. Counts the findings (ATTACH_EXPLOIT for a Launch of a
// program, ATTACH_PDF_SCRIPT), raw Launch actions, the PDFs poppler finds any JavaScript in
// (pdfinfo -js), the QR codes in their pictures and in the rectangles their pages draw (pdf-drawing.ts),
// and the time. Findings are listed on stderr.
//   node --import tsx bench/pdf-documents.ts [--root /usr/share/doc]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_BLOCK_EXTENSIONS, DEFAULT_RISKY_EXTENSIONS, inspectAttachments } from '../src/content/attachments.ts';
import { pdfContents } from '../src/content/pdf.ts';
import { qrCodesOf, qrLink, qrOptionsSchema } from '../src/content/qr.ts';

const { values: args } = parseArgs({ options: { root: { type: 'string', default: '/usr/share/doc' } } });
const policy = { block: new Set(DEFAULT_BLOCK_EXTENSIONS), risky: new Set(DEFAULT_RISKY_EXTENSIONS), inspectArchives: true, maxArchiveDepth: 3, maxUnpackBytes: 20_000_000, maxEntries: 10_000 };
const qr = qrOptionsSchema.parse({});
const files = execFileSync('find', [args.root!, '-iname', '*.pdf', '-type', 'f', '-size', '-40M'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean);

let rawLaunch = 0, exploit = 0, script = 0, popplerJs = 0, readMs = 0, readWorst = 0;
let withPictures = 0, codes = 0, links = 0, qrMs = 0, qrWorst = 0, withDrawings = 0, drawMs = 0, drawWorst = 0;
for (const f of files) {
  const content = readFileSync(f);
  let t = performance.now();
  const pdf = pdfContents(content, 20_000_000, 1000);
  const d = performance.now() - t;
  readMs += d;
  readWorst = Math.max(readWorst, d);
  if (pdf.actions.launches.length) rawLaunch++;
  const found = await inspectAttachments([{ filename: 'x.pdf', content }], policy);
  for (const kind of ['exploit', 'pdf-script'] as const) {
    if (!found.some((x) => x.kind === kind)) continue;
    if (kind === 'exploit') exploit++;
    else script++;
    console.error(`  ${kind}: ${f}`);
  }
  try {
    if (execFileSync('pdfinfo', ['-js', f], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n').some((l) => l.trim() && !/^[A-Z][\w ]*:\s/.test(l))) popplerJs++;
  } catch { /* a file poppler cannot open */ }
  t = performance.now();
  const drawn = pdf.drawings.length;
  const dm = performance.now() - t;
  drawMs += dm;
  drawWorst = Math.max(drawWorst, dm);
  if (drawn) withDrawings++;
  if (!pdf.images.length && !drawn) continue;
  withPictures++;
  t = performance.now();
  const found2 = await qrCodesOf({ html: '', text: '', attachments: [{ filename: 'x.pdf', mimeType: 'application/pdf', size: content.length, content }] }, qr);
  const q = performance.now() - t;
  qrMs += q;
  qrWorst = Math.max(qrWorst, q);
  codes += found2.length;
  for (const c of found2) {
    if (qrLink(c.text)) links++;
    console.error(`  QR code: ${f}: ${c.text.slice(0, 80).replace(/\n/g, ' ')}`);
  }
}
console.log(`| PDFs | with a Launch | ATTACH_EXPLOIT | ATTACH_PDF_SCRIPT | any JavaScript (poppler) | ms to read (mean / worst) |`);
console.log('|---|---|---|---|---|---|');
console.log(`| ${files.length} | ${rawLaunch} | ${exploit} | ${script} | ${popplerJs} | ${(readMs / files.length).toFixed(1)} / ${readWorst.toFixed(0)} |`);
console.log(`\n| PDFs with pictures or drawings | of them with drawings (30+ dark filled rectangles in a page) | ms to find the drawings, every PDF (mean / worst) | QR codes | with a web link | ms to read them (mean / worst) |`);
console.log('|---|---|---|---|---|---|');
console.log(`| ${withPictures} | ${withDrawings} | ${(drawMs / files.length).toFixed(1)} / ${drawWorst.toFixed(0)} | ${codes} | ${links} | ${(qrMs / Math.max(1, withPictures)).toFixed(0)} / ${qrWorst.toFixed(0)} |`);
