// The Office text reader (src/content/office-text.ts) on real documents: every Markdown file under
// --root of 1 KB to 300 KB (the READMEs, changelogs and manuals Debian packages ship) written by pandoc as Word
// (.docx) and OpenDocument (.odt), each read as an attachment is, with the default limits.
//  - agreement: pandoc's own docx and odt readers (independent of its writers) read the same files
//    back as plain text; the share of their words (as the Bayes tokenizer splits them, within the
//    same 20 000 characters) that our text also has;
//  - the wallet check's false positives: documents whose text names a valid wallet address;
//  - time per document (in-process: unzip and the XML scan; three passes over the set, the last counts);
//  - what a message with a one-page invoice .docx costs the classifier's tokenizing (prepare()),
//    against the same message without it.
// Documents with less than 90 % agreement are listed on stderr.
//   node --import tsx bench/office-text.ts [--root /usr/share/doc] [--max N]
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { prepare } from '../src/bayes/learn.ts';
import { walletAddresses } from '../src/content/crypto-wallets.ts';
import { OFFICE_TEXT_LIMITS, readOfficeText } from '../src/content/office-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { pandocDocument } from '../test/helpers/office.ts';
import { mailWithDocuments } from '../test/helpers/pdf.ts';
import { mean, median, p99, shareOfWords } from './stats.ts';

const { values: args } = parseArgs({ options: { root: { type: 'string', default: '/usr/share/doc' }, max: { type: 'string', default: '100000' } } });
const all = execFileSync('find', [args.root!, '-name', '*.md', '-type', 'f', '-size', '+1k', '-size', '-300k'], { encoding: 'utf8' }).trim().split('\n').filter(Boolean).sort();
const files = all.slice(0, Number(args.max));

console.log('| format | documents | pandoc could not write | with text | pandoc\'s words found (mean) | files under 90 % | KB per file, median | ms per document, mean / median / p99 / worst | a valid wallet |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const format of ['docx', 'odt'] as const) {
  let unwritable = 0, withText = 0, agreeSum = 0, agreeN = 0, below90 = 0, wallets = 0;
  const documents: Array<{ file: string; bytes: Uint8Array }> = [];
  for (const f of files) {
    try {
      const b = pandocDocument(format, readFileSync(f, 'utf8'));
      documents.push({ file: f, bytes: new Uint8Array(b.buffer, b.byteOffset, b.byteLength) });
    } catch { unwritable++; }
  }
  // three passes over the set, the last counts (the first ones compile the reader's code)
  let ms: number[] = [];
  for (let pass = 0; pass < 3; pass++) {
    ms = [];
    for (const d of documents) {
      const t = performance.now();
      await readOfficeText(d.bytes);
      ms.push(performance.now() - t);
    }
  }
  for (const d of documents) {
    const text = await readOfficeText(d.bytes);
    if (text) withText++;
    if (walletAddresses(text).length) { wallets++; console.error(`  wallet in ${d.file}`); }
    const reference = execFileSync('pandoc', ['--from', format, '--to', 'plain', '--wrap', 'none'], { input: d.bytes, encoding: 'utf8', maxBuffer: 1 << 28 });
    const agreement = shareOfWords(reference, text, OFFICE_TEXT_LIMITS.maxChars);
    if (agreement === null) continue;
    agreeSum += agreement; agreeN++;
    if (agreement < 0.9) { below90++; console.error(`  ${format}: ${(agreement * 100).toFixed(0)} % of pandoc's words: ${d.file}`); }
  }
  const sizes = documents.map((d) => d.bytes.byteLength / 1024);
  console.log(`| ${format} | ${files.length} | ${unwritable} | ${withText} | ${(agreeSum / Math.max(1, agreeN) * 100).toFixed(1)} % (${agreeN} files) | ${below90} | ${median(sizes).toFixed(0)} | `
    + `${mean(ms).toFixed(2)} / ${median(ms).toFixed(2)} / ${p99(ms).toFixed(1)} / ${Math.max(0, ...ms).toFixed(1)} | ${wallets} |`);
}

// A message with a one-page invoice: the classifier's tokenizing with and without the document.
const docx = pandocDocument('docx', '# Rechnung 2026-4471\n\nSehr geehrte Damen und Herren, anbei erhalten Sie die Rechnung für Dezember. Betrag: 1.450,00 EUR, zahlbar bis 15.12.2026.\n\n'.repeat(3));
const body = 'Guten Tag,\r\n\r\nanbei die Rechnung für Dezember.\r\n\r\nMit freundlichen Grüßen\r\nBuchhaltung\r\n';
const head = 'From: <buchhaltung@lieferant.example>\r\nTo: anna@example.com\r\nSubject: Rechnung 2026-4471\r\nMessage-ID: <r4471@lieferant.example>\r\n';
const plain = Buffer.from(`${head}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`);
const withDocx = mailWithDocuments(head, body, ['rechnung.docx', docx]);
const N = 500;
const timeOf = async (raw: Buffer): Promise<number> => {
  const views = await Promise.all(Array.from({ length: N }, () => parseMessage(raw)));
  await prepare(views[0]!);
  const t = performance.now();
  for (const v of views.slice(1)) await prepare(v);
  return (performance.now() - t) / (N - 1);
};
const a = await timeOf(plain);
const b = await timeOf(withDocx);
console.log('\n| message | prepare() ms per message | |');
console.log('|---|---|---|');
console.log(`| text only | ${a.toFixed(3)} | |`);
console.log(`| text and a one-page Word document (${(docx.length / 1024).toFixed(0)} KB) | ${b.toFixed(3)} | ${(b / a).toFixed(1)}× |`);
