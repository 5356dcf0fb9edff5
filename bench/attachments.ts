// What the attachments check costs per attachment, by type: the time `inspectAttachments` takes
// for one file (median of many runs, after warm-up), on real files made by the same tools the tests
// use (Info-ZIP zip, 7zz, GNU tar, genisoimage, xlwt, SheetJS cfb, qpdf) and ClamAV's test files.
//   node --import tsx bench/attachments.ts [--runs N]
// Needs the test packages (scripts/install-test-deps.sh): zip, 7zip, genisoimage, python3-xlwt, qpdf, clamav-testfiles.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DEFAULT_BLOCK_EXTENSIONS, DEFAULT_RISKY_EXTENSIONS, inspectAttachments, type AttachmentPolicy } from '../src/content/attachments.ts';
import { PDF, equationObject, oleDocument, powerPointDocument, rtfDocument, windowsProgram } from '../test/helpers/files.ts';
import { encryptedWithQpdf, pdfDocument } from '../test/helpers/pdf.ts';
import { excelWorkbook } from '../test/helpers/xls.ts';
import { isoImage, sevenZipArchive, tarArchive, zipArchive } from '../test/helpers/zip.ts';

const { values: args } = parseArgs({ options: { runs: { type: 'string', default: '300' } } });
const runs = Number(args.runs);

const policy: AttachmentPolicy = {
  block: new Set(DEFAULT_BLOCK_EXTENSIONS), risky: new Set(DEFAULT_RISKY_EXTENSIONS), inspectArchives: true,
  maxArchiveDepth: 3, maxUnpackBytes: 20_000_000, maxEntries: 10_000,
};

const part = (s: string): Buffer => Buffer.from(s);
const text = 'Sehr geehrte Damen und Herren, anbei die Rechnung für Dezember. '.repeat(200);
const rels = (r: string): Buffer => part(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r}</Relationships>`);
const docx = zipArchive([
  ['[Content_Types].xml', part('<Types/>')], ['_rels/.rels', rels('<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>')],
  ['word/document.xml', part(`<w:document><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`)],
  ['word/_rels/document.xml.rels', rels('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://www.example.com/" TargetMode="External"/>')],
  ['word/_rels/settings.xml.rels', rels('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///C:\\Templates\\Brief.dotx" TargetMode="External"/>')],
  ['word/media/image1.png', Buffer.alloc(50_000, 7)],
]);
const invoicePdf = pdfDocument({ links: ['https://portal.example.com/rechnung/4471'], attachments: [{ name: 'Rechnung.xml', content: text }] });
const pdfs = Array.from({ length: 10 }, (_, i) => [`Rechnung-${i}.pdf`, Buffer.concat([PDF, Buffer.alloc(20_000, i)])] as const);

const CLAMAV_TESTFILES = '/usr/share/clamav-testfiles';
/** 20 archives of the same document, locked with a password each: [archive, password] */
function lockedSevenZips(opts: { encryptNames?: boolean }): Array<[Buffer, string]> {
  return Array.from({ length: 20 }, (_, i): [Buffer, string] => [sevenZipArchive([['Rechnung.doc', oleDocument({ macros: true })]], { password: `Re2026-${i}`, ...opts }), `Re2026-${i}`]);
}

const cases: Array<[string, string, Buffer | Array<[Buffer, string]>, string?]> = [
  ['PDF (nothing to open)', 'Rechnung.pdf', Buffer.concat([PDF, Buffer.alloc(100_000, 1)])],
  ['PDF with a link and an attached file (qpdf, object streams)', 'Rechnung.pdf', invoicePdf],
  ['the same PDF encrypted, no user password: RC4-128 (R3)', 'Rechnung.pdf', encryptedWithQpdf(invoicePdf, { cipher: 'RC4-128 (R3)', objectStreams: true })],
  ['… AES-128 (R4)', 'Rechnung.pdf', encryptedWithQpdf(invoicePdf, { cipher: 'AES-128 (R4)', objectStreams: true })],
  ['… AES-256 (R6)', 'Rechnung.pdf', encryptedWithQpdf(invoicePdf, { cipher: 'AES-256 (R6)', objectStreams: true })],
  ['… AES-256 with a user password (not opened)', 'Rechnung.pdf', encryptedWithQpdf(invoicePdf, { objectStreams: true, userPassword: 'geheim' })],
  ['Word .docx (parts, relationships)', 'Angebot.docx', docx],
  ['Word 97–2003 .doc', 'Angebot.doc', oleDocument()],
  ['Word .doc with macros', 'Angebot.doc', oleDocument({ macros: true })],
  ['Excel 97–2003 .xls (xlwt)', 'Liste.xls', excelWorkbook([{ name: 'Daten' }, { name: 'Summen' }])],
  ['PowerPoint .ppt (clam.ppt)', 'clam.ppt', readFileSync(`${CLAMAV_TESTFILES}/clam.ppt`)],
  ['RTF with a packaged program (clam.exe.rtf)', 'clam.exe.rtf', readFileSync(`${CLAMAV_TESTFILES}/clam.exe.rtf`)],
  ['RTF with an Equation Editor object', 'Bestellung.rtf', rtfDocument([{ className: 'Word.Picture.8', native: equationObject() }], { obfuscated: true })],
  ['ZIP of 10 PDFs', 'Rechnungen.zip', zipArchive(pdfs)],
  ['7-Zip of 10 PDFs', 'Rechnungen.7z', sevenZipArchive(pdfs)],
  ['7-Zip with a program', 'Rechnung.7z', sevenZipArchive([['Rechnung.pdf.exe', windowsProgram()]])],
  ['7-Zip with a ZIP holding a program', 'Rechnung.7z', sevenZipArchive([['Rechnung.zip', zipArchive([['Rechnung.pdf.exe', windowsProgram()]])]])],
  ['ISO image of 10 PDFs', 'Rechnungen.iso', isoImage(pdfs)],
  ['tar.gz of 10 PDFs', 'Rechnungen.tar.gz', tarArchive(pdfs, { gzip: true })],
  ['ZIP locked with a password, no password in the text', 'Rechnung.zip', zipArchive([['Rechnung.doc', oleDocument({ macros: true })]], { password: 'Re2026' })],
  ['the same ZIP, opened with the password the text gives', 'Rechnung.zip', zipArchive([['Rechnung.doc', oleDocument({ macros: true })]], { password: 'Re2026' }), 'Re2026'],
  ['the same document in a WinZip AES-256 ZIP, opened so', 'Rechnung.zip', sevenZipArchive([['Rechnung.doc', oleDocument({ macros: true })]], { password: 'Re2026', zipEncryption: 'AES256' }), 'Re2026'],
  // a 7-Zip key is kept for the next archive with that password (a campaign's): these rows take
  // turns through 20 archives with a password each, more than are kept, so every key is derived
  ['the same document in a 7-Zip archive (AES-256, 2^19 rounds), opened so', 'Rechnung.7z', lockedSevenZips({}), ''],
  ['… with its names encrypted too', 'Rechnung.7z', lockedSevenZips({ encryptNames: true }), ''],
  ['… a password met lately (the key kept)', 'Rechnung.7z', sevenZipArchive([['Rechnung.doc', oleDocument({ macros: true })]], { password: 'Re2026' }), 'Re2026'],
];

const median = (xs: number[]): number => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
console.log(`| attachment | size | findings | µs per attachment (median of ${runs}) |`);
console.log('|---|---|---|---|');
for (const [label, name, files, password] of cases) {
  const variants: Array<[Buffer, string | undefined]> = Array.isArray(files) ? files : [[files, password]];
  // a new files array and a copy of the bytes each time: the walk is kept per message (per
  // attachments array), a PDF's reading per file (its bytes), for the checks that share them
  let turn = 0;
  const inspect = () => {
    const [content, pw] = variants[turn++ % variants.length]!;
    return inspectAttachments([{ filename: name, content: Buffer.from(content) }], policy, () => (pw ? [pw] : []));
  };
  for (let i = 0; i < 30; i++) await inspect();
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    findings = (await inspect()).length;
    times.push(Number(process.hrtime.bigint() - t) / 1000);
  }
  console.log(`| ${label} | ${(variants[0]![0].length / 1024).toFixed(1)} kB | ${findings} | ${median(times).toFixed(0)} |`);
}
