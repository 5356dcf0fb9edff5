// The text of attached Office documents (src/content/office-text.ts) from real files: Word,
// PowerPoint and OpenDocument written by pandoc, Excel workbooks by XlsxWriter (shared strings, as
// Excel writes them) and openpyxl (strings in the cells). Then what reads the text through
// document-text.ts: the Bayes tokenizer, the link list and the wallet check.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { OFFICE_TEXT_LIMITS, officeTextsOf, readOfficeText } from '../../../src/content/office-text.ts';
import { documentTextsOf } from '../../../src/content/document-text.ts';
import { messageLinks } from '../../../src/content/links.ts';
import { prepare } from '../../../src/bayes/learn.ts';
import { features } from '../../../src/bayes/features.ts';
import { tokenize } from '../../../src/bayes/tokenize.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { cryptoWalletsCheck, cryptoWalletsOptionsSchema } from '../../../src/pipeline/checks/crypto-wallets.ts';
import { excelXlsx, pandocDocument } from '../../helpers/office.ts';
import { mailWithDocuments, pdfDocument } from '../../helpers/pdf.ts';
import { dataContext, quietLog, testConfig } from '../pipeline/util.ts';

const SEGWIT = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

const INVOICE = `# Rechnung 4471

Ihr Abonnement wurde verlängert. Betrag: **399,99 €** — AT&T \\<Kundendienst\\>

Ваш платёж на сумму 450 евро. Πληρωμή σε Bitcoin: ${SEGWIT}

| Posten | Betrag |
|--------|--------|
| Lizenz | www.billing-desk.example/cancel |
`;
const INVOICE_TEXT = `Rechnung 4471 Ihr Abonnement wurde verlängert. Betrag: 399,99 € — AT&T <Kundendienst> Ваш платёж на сумму 450 евро. Πληρωμή σε Bitcoin: ${SEGWIT} Posten Betrag Lizenz www.billing-desk.example/cancel`;

/** A file's entries rewritten by Info-ZIP's zip (`edit` changes them in a scratch copy); `stored`: uncompressed, so equal-length edits give equal-size files. */
function rezipped(file: Buffer, edit: (dir: string) => void, opts: { stored?: boolean } = {}): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'mm-rezip-'));
  try {
    writeFileSync(join(dir, 'in.zip'), file);
    execFileSync('unzip', ['-q', join(dir, 'in.zip'), '-d', join(dir, 'x')]);
    edit(join(dir, 'x'));
    execFileSync('zip', ['-q', '-r', '-X', ...(opts.stored ? ['-0'] : []), join(dir, 'out.zip'), '.'], { cwd: join(dir, 'x') });
    return readFileSync(join(dir, 'out.zip'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the text of an Office document', () => {
  it('Word, PowerPoint and OpenDocument from one text: the same words, entities decoded, a line per paragraph', async () => {
    for (const format of ['docx', 'pptx', 'odt'] as const) {
      const text = await readOfficeText(u8(pandocDocument(format, INVOICE)));
      assert.equal(squeeze(text), INVOICE_TEXT, format);
      assert.deepEqual(text.split('\n').slice(0, 3), ['Rechnung 4471', 'Ihr Abonnement wurde verlängert. Betrag: 399,99 € — AT&T <Kundendienst>', `Ваш платёж на сумму 450 евро. Πληρωμή σε Bitcoin: ${SEGWIT}`], format);
    }
  });

  it('Excel: shared strings (XlsxWriter, as Excel writes) and strings in the cells (openpyxl), sheets in order; numbers are not read', async () => {
    const sheets = [[['Rechnung', 399.99], ['Ваш платёж', 'Πληρωμή']], [['Blatt zwei', 7]]];
    assert.equal(squeeze(await readOfficeText(u8(excelXlsx(sheets, 'xlsxwriter')))), 'Rechnung Ваш платёж Πληρωμή Blatt zwei');
    assert.equal(squeeze(await readOfficeText(u8(excelXlsx(sheets, 'openpyxl')))), 'Rechnung Ваш платёж Πληρωμή Blatt zwei');
  });

  it('bounded by characters and slides; of a large part, its start', async () => {
    const deck = pandocDocument('pptx', ['# Eins', '# Zwei', '# Drei'].join('\n\n'));
    assert.equal(squeeze(await readOfficeText(u8(deck))), 'Eins Zwei Drei');
    assert.equal(squeeze(await readOfficeText(u8(deck), { ...OFFICE_TEXT_LIMITS, maxSlides: 2 })), 'Eins Zwei');
    const word = pandocDocument('docx', INVOICE);
    assert.equal(await readOfficeText(u8(word), { ...OFFICE_TEXT_LIMITS, maxChars: 8 }), 'Rechnung');
    // a part over maxPartBytes: its start is read (the stream is stopped there)
    const start = await readOfficeText(u8(word), { ...OFFICE_TEXT_LIMITS, maxPartBytes: 1600 });
    assert.ok(start.length > 10 && start.length < INVOICE_TEXT.length - 20 && INVOICE_TEXT.startsWith(squeeze(start)), JSON.stringify(start));
  });

  it('Word: headers, footers and footnotes after the body; comments, field codes and deleted changes are not read', async () => {
    const word = rezipped(pandocDocument('docx', 'Sichtbarer Text.[^1]\n\n[^1]: Eine Fußnote.'), (dir) => {
      const path = join(dir, 'word/document.xml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('</w:body>',
        '<w:p><w:del w:id="1" w:author="x"><w:r><w:delText>Gelöscht</w:delText></w:r></w:del><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>HYPERLINK "https://hidden.example"</w:instrText></w:r></w:p></w:body>'));
      writeFileSync(join(dir, 'word/footer1.xml'), '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Fußzeile</w:t></w:r><w:r><w:br w:type="page"/></w:r><w:r><w:t>Seite</w:t></w:r></w:p></w:ftr>');
      writeFileSync(join(dir, 'word/comments.xml'), '<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0"><w:p><w:r><w:t>Kommentar</w:t></w:r></w:p></w:comment></w:comments>');
    });
    assert.equal(squeeze(await readOfficeText(u8(word))), 'Sichtbarer Text. Eine Fußnote. Fußzeile Seite');
  });

  it('tab stops, whitespace and empty paragraphs do not use up the characters', async () => {
    const word = rezipped(pandocDocument('docx', 'Anfang'), (dir) => {
      const path = join(dir, 'word/document.xml');
      writeFileSync(path, readFileSync(path, 'utf8').replace('</w:body>', `<w:p><w:r>${'<w:tab/>'.repeat(30_000)}</w:r></w:p>${'<w:p></w:p>\n  '.repeat(30_000)}<w:p><w:r><w:t>Ende</w:t></w:r></w:p></w:body>`));
    });
    assert.equal(await readOfficeText(u8(word)), 'Anfang\nEnde');
  });

  it('not a document, damaged or cut off: no text', async () => {
    assert.equal(await readOfficeText(u8(Buffer.from('PK\u0003\u0004 not really'))), '');
    assert.equal(await readOfficeText(u8(pdfDocument({ text: ['a PDF'] }))), '');
    const word = pandocDocument('docx', INVOICE);
    assert.equal(await readOfficeText(u8(word.subarray(0, word.length >> 1))), '', 'no central directory');
  });

  it('of a message: documents by name or content type, at most maxDocuments; a ZIP is not one', async () => {
    const file = (filename: string, mimeType: string, markdown: string) => {
      const b = pandocDocument('docx', markdown);
      return { filename, mimeType, size: b.length, content: u8(b) };
    };
    const view = { attachments: [
      file('a.docx', 'application/octet-stream', 'one'),
      file('archive.zip', 'application/zip', 'not read'),
      file('b', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'two'),
      { filename: 'c.odt', mimeType: 'application/octet-stream', size: 0, content: u8(pandocDocument('odt', 'three')) },
      file('d.docx', 'application/octet-stream', 'four'),
    ] };
    assert.deepEqual(await officeTextsOf(view), [{ filename: 'a.docx', text: 'one' }, { filename: 'b', text: 'two' }, { filename: 'c.odt', text: 'three' }]);
  });
});

describe('what reads it (document-text.ts)', () => {
  const mail = (body: string, ...documents: Array<[string, Buffer]>): Buffer =>
    mailWithDocuments('From: Billing <billing@pay.example>\r\nTo: anna@example.com\r\nSubject: Invoice\r\nMessage-ID: <inv-2@pay.example>\r\n', body, ...documents);

  it('PDFs and Office documents of one message, each with its kind', async () => {
    const view = await parseMessage(mail('See attached.', ['a.docx', pandocDocument('docx', 'Wort')], ['b.pdf', pdfDocument({ text: ['Seite'] })]));
    assert.deepEqual(await documentTextsOf(view), [{ kind: 'PDF', filename: 'b.pdf', text: 'Seite' }, { kind: 'Office document', filename: 'a.docx', text: 'Wort' }]);
  });

  it('the Bayes tokenizer: body features of their own, an office-text meta feature, outside the learning signature', async () => {
    const view = await parseMessage(mail('Please see the attachment.', ['rechnung.docx', pandocDocument('docx', INVOICE)]));
    const labels = new Map<string, string>();
    features(tokenize(view, undefined, await documentTextsOf(view)).sequences, undefined, labels);
    const seen = [...labels.values()];
    assert.ok(seen.includes('b\tваш платеж'), 'a Russian pair, folded');
    assert.ok(seen.includes('m\toffice-text'));
    assert.ok(!seen.includes('m\tpdf-text'));
    assert.ok(seen.some((l) => l.startsWith('u\t') && l.includes('billing-desk')), 'the address written in it');
    // two documents of the same size, other text: other features, one signature (stored, not
    // deflated: "AAAA" and "BBBB" can deflate to sizes a byte apart)
    const angebot = pandocDocument('docx', 'Angebot AAAA');
    const withText = (text: string): Buffer => rezipped(angebot, (dir) => {
      const part = join(dir, 'word', 'document.xml');
      writeFileSync(part, readFileSync(part, 'utf8').replace('AAAA', text));
    }, { stored: true });
    const [fileA, fileB] = [withText('AAAA'), withText('BBBB')];
    assert.equal(fileA.length, fileB.length);
    const a = await prepare(await parseMessage(mail('See attached.', ['x.docx', fileA])));
    const b = await prepare(await parseMessage(mail('See attached.', ['x.docx', fileB])));
    assert.notDeepEqual(a.keys, b.keys);
    assert.equal(a.signature, b.signature);
  });

  it('the links: addresses written in a document, and OpenDocument hyperlinks (OOXML\'s are read from its relationships)', async () => {
    const links = await messageLinks(await parseMessage(mail('See attached.', ['deck.pptx', pandocDocument('pptx', '# Login\n\nGo to https://written.example/login now')])));
    assert.deepEqual(links.filter((l) => l.in === 'an Office document').map((l) => l.url), ['https://written.example/login']);
    const markdown = 'Open [the invoice](https://hidden-target.example/login?a=1&b=2) and [write to us](mailto:x@y.example).';
    for (const [name, format] of [['invoice.odt', 'odt'], ['invoice.docx', 'docx']] as const) {
      const found = await messageLinks(await parseMessage(mail('See attached.', [name, pandocDocument(format, markdown)])));
      assert.deepEqual(found.map((l) => `${l.url} (${l.in})`), ['https://hidden-target.example/login?a=1&b=2 (an Office document)'], name);
    }
  });

  it('the wallet check: a wallet and a sum in a Word document sent with one line of text', async () => {
    const config = testConfig();
    const store = undefined as unknown as Parameters<typeof cryptoWalletsCheck.run>[1]['store']; // the check keeps nothing
    const run = async (raw: Buffer) => (await cryptoWalletsCheck.run(await dataContext(raw, {}),
      { options: cryptoWalletsOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal })).map((h) => `${h.symbol}: ${h.detail}`);
    assert.deepEqual(await run(mail('Details in the attachment.', ['rechnung.docx', pandocDocument('docx', INVOICE)])), [
      `CRYPTO_WALLET: Bitcoin ${SEGWIT} in the Office document rechnung.docx`,
      'CRYPTO_PAYMENT_DEMAND: asks for 450 евро', // "Betrag: 399,99 €" labels a sum, "Ваш платёж на сумму 450 евро" asks for one
    ]);
    assert.deepEqual(await run(mail('Details in the attachment.', ['rechnung.docx', pandocDocument('docx', 'Rechnung 4471: 120,00 € bis Freitag.')])), []);
  });
});
