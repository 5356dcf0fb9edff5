// The text of attached PDFs (src/content/pdf-text.ts) from real files: PDFs printed by Chromium
// (subset CID fonts, text only through ToUnicode maps, as browsers and office programs write them),
// plain Helvetica PDFs rewritten by qpdf with object streams, and PDFs encrypted by qpdf. poppler's
// pdftotext reads the same files as a second opinion. Then what reads the text: the Bayes
// tokenizer, the link list and the wallet check.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { describe, it } from 'node:test';
import { PDF_TEXT_LIMITS, pdfTextsOf, readPdfText } from '../../../src/content/pdf-text.ts';
import { documentTextsOf } from '../../../src/content/document-text.ts';
import { messageLinks } from '../../../src/content/links.ts';
import { prepare } from '../../../src/bayes/learn.ts';
import { features } from '../../../src/bayes/features.ts';
import { tokenize } from '../../../src/bayes/tokenize.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { cryptoWalletsCheck, cryptoWalletsOptionsSchema } from '../../../src/pipeline/checks/crypto-wallets.ts';
import { encryptedWithQpdf, mailWithDocuments, pdfDocument, printedPdf } from '../../helpers/pdf.ts';
import { dataContext, quietLog, testConfig } from '../pipeline/util.ts';

const SEGWIT = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const u8 = (b: Buffer): Uint8Array => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const attached = (...pdfs: Array<[string, Buffer]>) => ({ attachments: pdfs.map(([filename, b]) => ({ filename, mimeType: 'application/pdf', size: b.length, content: u8(b) })) });
const popplerText = (pdf: Buffer): string => execFileSync('pdftotext', ['-', '-'], { input: pdf }).toString('utf8');
const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** A message with a line of text and PDF attachments, as mail programs send them. */
const mailWithPdfs = (body: string, ...pdfs: Array<[string, Buffer]>): Buffer =>
  mailWithDocuments('From: Billing <billing@pay.example>\r\nTo: anna@example.com\r\nSubject: Invoice\r\nMessage-ID: <inv-1@pay.example>\r\n', body, ...pdfs);

const INVOICE = `<h1>Geek Squad Invoice</h1><p>Your subscription was renewed automatically. Amount charged: $399.99</p>
  <p>Ваш платёж на сумму 450 евро. Πληρωμή σε Bitcoin: ${SEGWIT}</p><p>To cancel visit www.billing-desk.example/cancel</p>`;

describe('the text of a PDF', () => {
  const printed = printedPdf(INVOICE);

  it('printed by a browser (CID fonts, ToUnicode): Latin, Cyrillic and Greek as poppler reads them', async () => {
    const text = await readPdfText(u8(printed));
    assert.ok(text, 'read');
    for (const words of ['Geek Squad Invoice', 'Amount charged: $399.99', 'Ваш платёж на сумму 450 евро', 'Πληρωμή σε Bitcoin', SEGWIT]) {
      assert.ok(squeeze(text).includes(words), `${words} in ${text}`);
      assert.ok(squeeze(popplerText(printed)).includes(words), `poppler reads ${words} too`);
    }
    assert.ok(!/[\u0000-\u0008\ufffd]/.test(text), 'no undecoded glyph codes');
  });

  it('a plain PDF packed in object streams, its pages in order, bounded by pages and characters', async () => {
    const pdf = pdfDocument({ text: ['Rechnung 4471', 'Bitte zahlen Sie bis Freitag.'], morePages: [['Seite zwei'], ['Seite drei']] });
    assert.equal(squeeze((await readPdfText(u8(pdf)))!), 'Rechnung 4471 Bitte zahlen Sie bis Freitag. Seite zwei Seite drei');
    assert.equal(squeeze(popplerText(pdf)), 'Rechnung 4471 Bitte zahlen Sie bis Freitag. Seite zwei Seite drei');
    assert.equal(squeeze((await readPdfText(u8(pdf), { ...PDF_TEXT_LIMITS, maxPages: 2 }))!), 'Rechnung 4471 Bitte zahlen Sie bis Freitag. Seite zwei');
    assert.equal((await readPdfText(u8(pdf), { ...PDF_TEXT_LIMITS, maxChars: 8 })), 'Rechnung');
  });

  it('encrypted: read when it opens without a password, no text when a password locks it', async () => {
    const pdf = pdfDocument({ text: ['Vertraulich: Angebot 2026'] });
    assert.equal(squeeze((await readPdfText(u8(encryptedWithQpdf(pdf))))!), 'Vertraulich: Angebot 2026');
    assert.equal(squeeze((await readPdfText(u8(encryptedWithQpdf(pdf, { cipher: 'RC4-128 (R3)', objectStreams: true }))))!), 'Vertraulich: Angebot 2026');
    assert.equal(await readPdfText(u8(encryptedWithQpdf(pdf, { userPassword: 'geheim' }))), '');
  });

  it('damaged or not a PDF: no text, and the reader goes on', async () => {
    assert.equal(await readPdfText(u8(Buffer.from('%PDF-1.7\n1 0 obj << /Type /Catalog'))), '');
    assert.equal(await readPdfText(u8(printed.subarray(0, printed.length >> 1))).then((t) => typeof t), 'string');
    assert.ok((await readPdfText(u8(printed)))?.includes('Geek Squad'));
  });

  it('a document over its time stops the reader, which starts again for the next', async () => {
    assert.equal(await readPdfText(u8(printed), { ...PDF_TEXT_LIMITS, documentTimeoutMs: 1 }), null);
    assert.ok((await readPdfText(u8(printed)))?.includes('Geek Squad'));
  });

  it('of a message: the PDFs among its attachments (by content), once per message, at most maxDocuments', async () => {
    const view = { attachments: [
      { filename: 'notes.txt', mimeType: 'text/plain', size: 4, content: u8(Buffer.from('text')) },
      ...attached(['a.pdf', pdfDocument({ text: ['one'] })], ['b.bin', pdfDocument({ text: ['two'] })], ['c.pdf', pdfDocument({ text: ['three'] })], ['d.pdf', pdfDocument({ text: ['four'] })]).attachments,
    ] };
    const texts = await pdfTextsOf(view);
    assert.deepEqual(texts, [{ filename: 'a.pdf', text: 'one' }, { filename: 'b.bin', text: 'two' }, { filename: 'c.pdf', text: 'three' }]);
    assert.equal(documentTextsOf(view), documentTextsOf(view), 'read once');
    assert.deepEqual((await documentTextsOf(view)).map((d) => d.kind), ['PDF', 'PDF', 'PDF']);
    assert.deepEqual(await pdfTextsOf({ attachments: [] }), []);
  });

  it('the message budget: texts read by then count, the rest are skipped', async () => {
    const view = attached(['a.pdf', printed], ['b.pdf', pdfDocument({ text: ['two'] })]);
    assert.deepEqual(await pdfTextsOf(view, { ...PDF_TEXT_LIMITS, budgetMs: 1 }), []);
  });
});

describe('what reads it', () => {
  const printed = printedPdf(INVOICE);

  it('the Bayes tokenizer: its words are body features, in runs of their own, left out of the learning signature', async () => {
    const view = await parseMessage(mailWithPdfs('Please see the attachment.', ['invoice.pdf', printed]));
    const labels = new Map<string, string>();
    const t = tokenize(view, undefined, await documentTextsOf(view));
    features(t.sequences, undefined, labels);
    const seen = [...labels.values()];
    assert.ok(seen.includes('b\tgeek squad'), 'a pair of the document');
    assert.ok(seen.includes('b\tплатеж'), 'a Russian word, folded and stemmed');
    assert.ok(seen.includes('m\tpdf-text'));
    assert.ok(!seen.includes('b\tattach geek'), 'no pair spans the body and the document');
    assert.ok(seen.some((l) => l.startsWith('u\t') && l.includes('billing-desk')), 'the address written in it');
    const prepared = await prepare(view);
    assert.ok(prepared.keys.length > features(tokenize(view).sequences).length + 20, 'prepare reads the document');
    // two documents of the same size, other text: other features, one signature
    const a = await prepare(await parseMessage(mailWithPdfs('See attached.', ['x.pdf', pdfDocument({ text: ['Offer AAAA'] })])));
    const b = await prepare(await parseMessage(mailWithPdfs('See attached.', ['x.pdf', pdfDocument({ text: ['Offer BBBB'] })])));
    assert.notDeepEqual(a.keys, b.keys);
    assert.equal(a.signature, b.signature);
  });

  it('the links: addresses written in the text, beside the link annotations', async () => {
    const view = await parseMessage(mailWithPdfs('See attached.', ['invoice.pdf', printed], ['links.pdf', pdfDocument({ links: ['https://annotated.example/x'], text: ['Go to https://written.example/login now'] })]));
    const links = await messageLinks(view);
    assert.deepEqual(links.filter((l) => l.in === 'a PDF').map((l) => l.url).sort(),
      ['https://annotated.example/x', 'https://written.example/login', 'www.billing-desk.example/cancel']);
  });

  it('the wallet check: a wallet and a sum in a PDF sent with one line of text', async () => {
    const config = testConfig();
    const store = undefined as unknown as Parameters<typeof cryptoWalletsCheck.run>[1]['store']; // the check keeps nothing
    const run = async (raw: Buffer) => cryptoWalletsCheck.run(await dataContext(raw, {}),
      { options: cryptoWalletsOptionsSchema.parse({}), config, store, log: quietLog, signal: new AbortController().signal });
    assert.deepEqual(await run(mailWithPdfs('Details in the attachment.', ['rechnung.pdf', printed])), [
      { symbol: 'CRYPTO_WALLET', detail: `Bitcoin ${SEGWIT} in the PDF rechnung.pdf` },
      { symbol: 'CRYPTO_PAYMENT_DEMAND', detail: 'asks for 450 евро' }, // "Amount charged: $399.99" reports a charge; "Ваш платёж на сумму 450 евро" asks
    ]);
    assert.deepEqual(await run(mailWithPdfs('Details in the attachment.', ['rechnung.pdf', pdfDocument({ text: ['Rechnung 4471 über 1.450 EUR'] })])), []);
  });
});
