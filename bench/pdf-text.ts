// The PDF text reader (src/content/pdf-text.ts: pdf.js in a worker thread) on real PDFs: every PDF
// under --root (after `apt-get install texlive-latex-extra-doc`, about 3000 TeX manuals), each read
// as an attachment is, with the default limits (3 pages, 20 000 characters, 2 s, 10 MB).
//  - agreement: poppler's pdftotext reads the same pages; the share of its words (as the Bayes
//    tokenizer splits them, within the same 20 000 characters) that pdf.js's text also has;
//  - the memory the reader holds, and gives back when its idle worker is ended (worker-queue.ts),
//    and what a start costs the first document after it;
//  - the wallet check's false positives: documents whose text names a valid wallet address
//    (the manuals are honest: any hit would be a donation address or a mistake) and a sum of money;
//  - time per document (wall, the worker's round trip included) against pdftotext's (a process
//    per file, its start included), and the process's memory before and after;
//  - what a message with a one-page invoice PDF costs the classifier's tokenizing (prepare()),
//    against the same message without the PDF, read afresh each time (no per-message cache).
// Documents with less than 90 % agreement are listed on stderr.
//   node --import tsx bench/pdf-text.ts [--root /usr/share/doc] [--max N]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepare } from '../src/bayes/learn.ts';
import { sumOfMoney, walletAddresses } from '../src/content/crypto-wallets.ts';
import { PDF_TEXT_LIMITS, readPdfText, retirePdfReader } from '../src/content/pdf-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { mailWithDocuments, printedPdf } from '../test/helpers/pdf.ts';
import { mean, median, p99, shareOfWords } from './stats.ts';

const { values: args } = parseArgs({ options: { root: { type: 'string', default: '/usr/share/doc' }, max: { type: 'string', default: '100000' } } });
const all = execFileSync('find', [args.root!, '-iname', '*.pdf', '-type', 'f'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).sort();
const files = all.slice(0, Number(args.max));

const rss = (): number => process.memoryUsage().rss / 1e6;
const rssBefore = rss();
let wallets = 0, walletsAndSums = 0, tooBig = 0, timedOut = 0, noText = 0, withText = 0, popplerFailed = 0, agreeSum = 0, agreeN = 0, below90 = 0, rssPeak = rssBefore;
const ours: number[] = [], poppler: number[] = [];
for (const f of files) {
  const content = readFileSync(f);
  if (content.byteLength > PDF_TEXT_LIMITS.maxBytes) { tooBig++; continue; }
  let t = performance.now();
  const text = await readPdfText(new Uint8Array(content.buffer, content.byteOffset, content.byteLength));
  ours.push(performance.now() - t);
  rssPeak = Math.max(rssPeak, rss());
  if (text === null) { timedOut++; console.error(`  timed out: ${f}`); continue; }
  if (!text.trim()) noText++;
  else withText++;
  const found = walletAddresses(text);
  if (found.length) {
    wallets++;
    if (sumOfMoney(text)) walletsAndSums++;
    console.error(`  wallet ${found.map((w) => `${w.coin} ${w.address}`).join(', ')}: ${f}`);
  }
  t = performance.now();
  let reference: string;
  try {
    reference = execFileSync('pdftotext', ['-l', String(PDF_TEXT_LIMITS.maxPages), '-enc', 'UTF-8', f, '-'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 28 });
  } catch { popplerFailed++; continue; }
  poppler.push(performance.now() - t);
  const agreement = shareOfWords(reference, text, PDF_TEXT_LIMITS.maxChars);
  if (agreement === null) continue;
  agreeSum += agreement; agreeN++;
  if (agreement < 0.9) { below90++; console.error(`  ${(agreement * 100).toFixed(0)} % of poppler's words: ${f}`); }
}
const rssAfter = rss();
await retirePdfReader(); // as after DEFAULT_IDLE_MS without a PDF
await new Promise((resolve) => setTimeout(resolve, 1000));
const rssRetired = rss();
console.log('| PDFs | over 10 MB (not read) | with text | no text | timed out | poppler\'s words found (mean) | files under 90 % | ms per PDF, mean / median / p99 / worst | pdftotext ms, mean / median | RSS MB before / peak / after / reader ended | a valid wallet (and a sum) |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|');
console.log(`| ${files.length} | ${tooBig} | ${withText} | ${noText} | ${timedOut} | ${(agreeSum / Math.max(1, agreeN) * 100).toFixed(1)} % (${agreeN} files${popplerFailed ? `, poppler failed on ${popplerFailed}` : ''}) | ${below90} | `
  + `${mean(ours).toFixed(1)} / ${median(ours).toFixed(1)} / ${p99(ours).toFixed(0)} / ${Math.max(0, ...ours).toFixed(0)} | ${mean(poppler).toFixed(1)} / ${median(poppler).toFixed(1)} | ${rssBefore.toFixed(0)} / ${rssPeak.toFixed(0)} / ${rssAfter.toFixed(0)} / ${rssRetired.toFixed(0)} | ${wallets} (${walletsAndSums}) |`);

// A message with a one-page invoice: the classifier's tokenizing with and without the PDF.
const pdf = printedPdf('<h1>Rechnung 2026-4471</h1><p>Sehr geehrte Damen und Herren, anbei erhalten Sie die Rechnung für Dezember. Betrag: 1.450,00 EUR, zahlbar bis 15.12.2026.</p>'.repeat(3));
const body = 'Guten Tag,\r\n\r\nanbei die Rechnung für Dezember.\r\n\r\nMit freundlichen Grüßen\r\nBuchhaltung\r\n';
const head = 'From: <buchhaltung@lieferant.example>\r\nTo: anna@example.com\r\nSubject: Rechnung 2026-4471\r\nMessage-ID: <r4471@lieferant.example>\r\n';
const plain = Buffer.from(`${head}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`);
const withPdf = mailWithDocuments(head, body, ['rechnung.pdf', pdf]);
// The first PDF after the reader's worker was ended (a start: thread and pdf.js), against the next.
const starts: number[] = [], warm: number[] = [];
for (let i = 0; i < 5; i++) {
  await retirePdfReader();
  let t = performance.now();
  await readPdfText(pdf);
  starts.push(performance.now() - t);
  t = performance.now();
  await readPdfText(pdf);
  warm.push(performance.now() - t);
}
console.log(`\n| the invoice PDF, ms (median of 5) | first after a start | next |\n|---|---|---|\n| wall, the worker's round trip included | ${median(starts).toFixed(0)} | ${median(warm).toFixed(1)} |`);

const N = 200;
const timeOf = async (raw: Buffer): Promise<{ wall: number; cpu: number }> => {
  const views = await Promise.all(Array.from({ length: N }, () => parseMessage(raw)));
  await prepare(views[0]!); // warm: the worker started and pdf.js loaded
  const t = performance.now();
  const c = process.cpuUsage();
  for (const v of views.slice(1)) await prepare(v);
  const cpu = process.cpuUsage(c);
  return { wall: (performance.now() - t) / (N - 1), cpu: (cpu.user + cpu.system) / 1000 / (N - 1) };
};
const a = await timeOf(plain);
const b = await timeOf(withPdf);
console.log(`\n| message | prepare() ms per message, wall | CPU ms (the process, the worker too) | |`);
console.log('|---|---|---|---|');
console.log(`| text only | ${a.wall.toFixed(2)} | ${a.cpu.toFixed(2)} | |`);
console.log(`| text and a one-page PDF (${(pdf.length / 1024).toFixed(0)} KB) | ${b.wall.toFixed(2)} | ${b.cpu.toFixed(2)} | ${(b.wall / a.wall).toFixed(1)}× the wall time |`);
process.exit(0);
