// What reading documents packed in archives (src/content/document-text.ts) costs the classifier's
// tokenizing (prepare()): one message with a one-page Word invoice, attached as it is, and packed in
// each kind of archive the readers open (by the tools the tests use: Info-ZIP, 7-Zip, GNU tar, gzip),
// against the same message without it. Every row in one run, the fastest of 3 rounds; the ratios
// are what to read.
//   node --import tsx bench/archived-documents.ts [--messages 300]
import { parseArgs } from 'node:util';
import { prepare } from '../src/bayes/learn.ts';
import { documentTextsOf } from '../src/content/document-text.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { pandocDocument } from '../test/helpers/office.ts';
import { mailWithDocuments } from '../test/helpers/pdf.ts';
import { gzipFile, sevenZipArchive, tarArchive, zipArchive } from '../test/helpers/zip.ts';

const { values: args } = parseArgs({ options: { messages: { type: 'string', default: '300' } } });
const N = Number(args.messages);

const docx = pandocDocument('docx', '# Rechnung 2026-4471\n\nSehr geehrte Damen und Herren, anbei erhalten Sie die Rechnung für Dezember. Betrag: 1.450,00 EUR, zahlbar bis 15.12.2026.\n\n'.repeat(3));
const body = 'Guten Tag,\r\n\r\nanbei die Rechnung für Dezember. Passwort: R-7781\r\n\r\nMit freundlichen Grüßen\r\nBuchhaltung\r\n';
const head = 'From: <buchhaltung@lieferant.example>\r\nTo: anna@example.com\r\nSubject: Rechnung 2026-4471\r\nMessage-ID: <r4471@lieferant.example>\r\n';
const file: [string, Buffer] = ['rechnung.docx', docx];
const rows: Array<[string, Buffer | Buffer[]]> = [
  ['text only', Buffer.from(`${head}MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}`)],
  ['the Word document attached', mailWithDocuments(head, body, file)],
  ['in a ZIP', mailWithDocuments(head, body, ['rechnung.zip', zipArchive([file])])],
  ['in a ZIP locked with the text\'s password (ZipCrypto)', mailWithDocuments(head, body, ['rechnung.zip', zipArchive([file], { password: 'R-7781' })])],
  ['in a 7-Zip archive', mailWithDocuments(head, body, ['rechnung.7z', sevenZipArchive([file])])],
  ['in a 7-Zip archive locked with the text\'s password (AES-256, 2^19 rounds)', mailWithDocuments(head, body, ['rechnung.7z', sevenZipArchive([file], { password: 'R-7781' })])],
  ['in a .tgz', mailWithDocuments(head, body, ['rechnung.tgz', tarArchive([file], { gzip: true })])],
  ['gzip-compressed (rechnung.docx.gz)', mailWithDocuments(head, body, ['rechnung.docx.gz', gzipFile('rechnung.docx', docx)])],
  ['in a ZIP in a ZIP', mailWithDocuments(head, body, ['rechnung.zip', zipArchive([['inner.zip', zipArchive([file])]])])],
];

/** mean prepare() ms per message over `raws` in turn, each message parsed anew (the document texts are read once per parsed message) */
async function timeOf(raws: readonly Buffer[]): Promise<number> {
  const views = await Promise.all(Array.from({ length: N }, (_, i) => parseMessage(raws[i % raws.length]!)));
  const t = performance.now();
  for (const v of views) await prepare(v);
  return (performance.now() - t) / N;
}

// 7-Zip keys: one derived per password (2^19 rounds of SHA-256) and kept for the next archive, as a
// campaign's messages share one. A row of messages with a password each pays it every time.
const fresh = Array.from({ length: 20 }, (_, i) => `F-${1000 + i}`);
rows.push(['in a 7-Zip archive locked with a password of its own per message (20)', fresh.map((pw) => mailWithDocuments(head, body.replace('R-7781', pw), ['rechnung.7z', sevenZipArchive([file], { password: pw })]))]);

const results: Array<{ name: string; ms: number }> = [];
for (const [name, raw] of rows) {
  // a row that reads no document measures nothing: refuse it
  for (const r of [raw].flat()) {
    const read = (await documentTextsOf(await parseMessage(r))).length;
    if (read !== (name === 'text only' ? 0 : 1)) throw new Error(`${name}: ${read} documents read`);
  }
  results.push({ name, ms: Infinity });
}
// rounds over all rows, the fastest of each kept: the first rounds warm the JIT up
for (let round = 0; round < 3; round++) {
  for (const [i, [, raw]] of rows.entries()) results[i]!.ms = Math.min(results[i]!.ms, await timeOf([raw].flat()));
}
const attached = results[1]!.ms;
console.log(`| message (a one-page Word invoice, ${(docx.length / 1024).toFixed(0)} KB) | prepare() ms per message | × attached |`);
console.log('|---|---|---|');
for (const r of results) console.log(`| ${r.name} | ${r.ms.toFixed(3)} | ${(r.ms / attached).toFixed(2)}× |`);
