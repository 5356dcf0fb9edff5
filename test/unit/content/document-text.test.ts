// Documents packed in archive attachments (src/content/document-text.ts): real archives made by
// Info-ZIP's zip, 7-Zip, GNU tar, gzip and xz, with a pandoc Word file and PDFs inside, read by the
// same readers as attached documents.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARCHIVED_DOCUMENT_LIMITS, archivedDocuments, documentTextsOf, setDocumentReaders } from '../../../src/content/document-text.ts';
import { messageLinks } from '../../../src/content/links.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { cryptoWalletsCheck, cryptoWalletsOptionsSchema } from '../../../src/pipeline/checks/crypto-wallets.ts';
import { pandocDocument } from '../../helpers/office.ts';
import { mailWithDocuments, pdfDocument } from '../../helpers/pdf.ts';
import { gzipFile, sevenZipArchive, tarArchive, xzFile, zipArchive } from '../../helpers/zip.ts';
import { dataContext, quietLog, testConfig } from '../pipeline/util.ts';

const SEGWIT = 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq';
const mailSaying = (body: string, ...documents: Array<[string, Buffer]>): Buffer =>
  mailWithDocuments('From: Billing <billing@pay.example>\r\nTo: anna@example.com\r\nSubject: Invoice\r\nMessage-ID: <zip-1@pay.example>\r\n', body, ...documents);
const mail = (...documents: Array<[string, Buffer]>): Buffer => mailSaying('Details in the attachment.', ...documents);

describe('documents in ZIP attachments', () => {
  it('a PDF and a Word file in a ZIP are read, named archive > entry, after the attached ones', async () => {
    const docs = zipArchive([['rechnung.pdf', pdfDocument({ text: ['Rechnung 4471'] })], ['scan/brief.docx', pandocDocument('docx', 'Sehr geehrte Frau Meier')], ['readme.txt', 'not a document']]);
    const view = await parseMessage(mail(['direct.pdf', pdfDocument({ text: ['Attached itself'] })], ['docs.zip', docs]));
    assert.deepEqual(await documentTextsOf(view), [
      { kind: 'PDF', filename: 'direct.pdf', text: 'Attached itself' },
      { kind: 'PDF', filename: 'docs.zip > rechnung.pdf', text: 'Rechnung 4471' },
      { kind: 'Office document', filename: 'docs.zip > scan/brief.docx', text: 'Sehr geehrte Frau Meier' },
    ]);
  });

  it('what the readers see: a wallet, a link', async () => {
    const docs = zipArchive([['invoice.pdf', pdfDocument({ text: [`Pay 0.05 BTC to ${SEGWIT}`, 'Amount due: $399.99'] })], ['terms.docx', pandocDocument('docx', 'Cancel at https://billing-desk.example/cancel')]]);
    const raw = mail(['docs.zip', docs]);
    const store = undefined as unknown as Parameters<typeof cryptoWalletsCheck.run>[1]['store']; // the check keeps nothing
    const hits = await cryptoWalletsCheck.run(await dataContext(raw, {}), { options: cryptoWalletsOptionsSchema.parse({}), config: testConfig(), store, log: quietLog, signal: new AbortController().signal });
    assert.equal(hits[0]?.detail, `Bitcoin ${SEGWIT} in the PDF docs.zip > invoice.pdf`);
    const links = await messageLinks(await parseMessage(raw));
    assert.ok(links.some((l) => l.url === 'https://billing-desk.example/cancel'), JSON.stringify(links));
  });

  it('a locked ZIP is opened with the password the text gives, as the attachment check opens it', async () => {
    const locked = zipArchive([['rechnung.pdf', pdfDocument({ text: ['Rechnung 4471'] })]], { password: 'R-7781' });
    const view = await parseMessage(mailSaying('Die Rechnung ist im Anhang. Passwort: R-7781', ['rechnung.zip', locked]));
    assert.deepEqual(await documentTextsOf(view), [{ kind: 'PDF', filename: 'rechnung.zip > rechnung.pdf', text: 'Rechnung 4471' }]);
    // a wrong password opens nothing
    assert.deepEqual(await archivedDocuments(await parseMessage(mailSaying('Passwort: R-7782', ['rechnung.zip', locked]))), []);
  });

  it('not read: a locked entry without its password in the text, the parts of an Office document, an entry over the bounds', async () => {
    const pdf = pdfDocument({ text: ['Inside'] });
    const locked = zipArchive([['locked.pdf', pdf]], { password: 'infected' });
    // a Word file is a ZIP too: its own parts are not "documents in an archive", and it is read once
    const word = pandocDocument('docx', 'Only once');
    const view = await parseMessage(mail(['locked.zip', locked], ['brief.docx', word]));
    assert.deepEqual(await archivedDocuments(view), []);
    assert.deepEqual((await documentTextsOf(view)).map((d) => d.filename), ['brief.docx']);
    // per message: the unpacked bytes of all archives
    const two = await parseMessage(mail(['a.zip', zipArchive([['a.pdf', pdf]])], ['b.zip', zipArchive([['b.pdf', pdf]])]));
    assert.deepEqual((await archivedDocuments(two)).map((d) => d.filename), ['a.zip > a.pdf', 'b.zip > b.pdf']);
    assert.deepEqual((await archivedDocuments(two, { ...ARCHIVED_DOCUMENT_LIMITS, totalBytes: pdf.length + 10 })).map((d) => d.filename), ['a.zip > a.pdf']);
    assert.deepEqual(await archivedDocuments(two, { ...ARCHIVED_DOCUMENT_LIMITS, maxBytes: pdf.length - 1 }), []);
  });

  it('the other archives the attachment check opens: 7-Zip, tar, gzip and xz', async () => {
    const pdf = (text: string): Buffer => pdfDocument({ text: [text] });
    const view = await parseMessage(mail(
      ['scans.7z', sevenZipArchive([['faktura.pdf', pdf('Faktura 7z')], ['foto.jpg', 'not a document']])],
      ['docs.tgz', tarArchive([['umowa.docx', pandocDocument('docx', 'Umowa tgz')]], { gzip: true })],
      ['rechnung.pdf.gz', gzipFile('rechnung.pdf', pdf('Rechnung gz'))],
    ));
    assert.deepEqual(await documentTextsOf(view), [
      { kind: 'PDF', filename: 'scans.7z > faktura.pdf', text: 'Faktura 7z' },
      { kind: 'PDF', filename: 'rechnung.pdf.gz > rechnung.pdf', text: 'Rechnung gz' },
      { kind: 'Office document', filename: 'docs.tgz > umowa.docx', text: 'Umowa tgz' },
    ]);
    const more = await parseMessage(mail(
      ['brief.tar', tarArchive([['brief.pdf', pdf('Brief tar')]], { format: 'posix' })],
      ['txz.tar.xz', tarArchive([['a.pdf', pdf('Tar xz')]], { xz: true })],
      // xz keeps no name: what it holds is named by the file's own, without ".xz"
      ['offer.pdf.xz', xzFile(pdf('Offer xz'))],
    ));
    assert.deepEqual((await archivedDocuments(more)).map((d) => d.filename), ['brief.tar > brief.pdf', 'txz.tar.xz > a.pdf', 'offer.pdf.xz > offer.pdf']);
  });

  it('a compressed file is unpacked only when what it holds is named a document or a tar', async () => {
    const pdf = pdfDocument({ text: ['Hidden'] });
    // gzip's kept name says "log.txt": not unpacked, though the bytes are a PDF
    const view = await parseMessage(mail(['server.log.gz', gzipFile('log.txt', pdf)]));
    assert.deepEqual(await archivedDocuments(view), []);
  });

  it('a locked 7-Zip archive is opened with the text\'s password, also with encrypted names', async () => {
    const pdf = pdfDocument({ text: ['Faktura 0912'] });
    for (const encryptNames of [false, true]) {
      const locked = sevenZipArchive([['faktura.pdf', pdf]], { password: 'Q-4471', encryptNames });
      const view = await parseMessage(mailSaying('Faktura w załączniku. Hasło: Q-4471', ['faktura.7z', locked]));
      assert.deepEqual(await documentTextsOf(view), [{ kind: 'PDF', filename: 'faktura.7z > faktura.pdf', text: 'Faktura 0912' }], `encryptNames ${encryptNames}`);
      assert.deepEqual(await archivedDocuments(await parseMessage(mailSaying('Hasło: Q-4472', ['faktura.7z', locked]))), []);
    }
  });

  it('an archive in an archive, two levels deep: no deeper, and the archives opened per message count the inner ones', async () => {
    const pdf = pdfDocument({ text: ['Deep'] });
    const two = zipArchive([['inner/scans.7z', sevenZipArchive([['deep.pdf', pdf]])], ['top.pdf', pdf]]);
    const view = await parseMessage(mail(['docs.zip', two]));
    assert.deepEqual((await archivedDocuments(view)).map((d) => d.filename), ['docs.zip > inner/scans.7z > deep.pdf', 'docs.zip > top.pdf']);
    const three = zipArchive([['middle.zip', zipArchive([['inner.zip', zipArchive([['deepest.pdf', pdf]])], ['middle.pdf', pdf]])]]);
    assert.deepEqual((await archivedDocuments(await parseMessage(mail(['three.zip', three])))).map((d) => d.filename), ['three.zip > middle.zip > middle.pdf']);
    assert.deepEqual((await archivedDocuments(view, { ...ARCHIVED_DOCUMENT_LIMITS, maxDepth: 1 })).map((d) => d.filename), ['docs.zip > top.pdf']);
    // the inner 7z is the second archive opened: with one allowed, only the outer ZIP's own document
    assert.deepEqual((await archivedDocuments(view, { ...ARCHIVED_DOCUMENT_LIMITS, maxArchives: 1 })).map((d) => d.filename), ['docs.zip > top.pdf']);
  });

  it('the admin turns a reader off (content.pdfText, content.officeText): its documents are not read, attached or archived', async () => {
    const pdf = pdfDocument({ text: ['Seite'] });
    const word = pandocDocument('docx', 'Wort');
    const message = (): Buffer => mail(['a.pdf', pdf], ['b.docx', word], ['c.zip', zipArchive([['d.pdf', pdf], ['e.docx', word]])]);
    const read = async (): Promise<string[]> => (await documentTextsOf(await parseMessage(message()))).map((d) => d.filename ?? '');
    try {
      assert.deepEqual(await read(), ['a.pdf', 'c.zip > d.pdf', 'b.docx', 'c.zip > e.docx']);
      setDocumentReaders({ pdfText: false, officeText: true });
      assert.deepEqual(await read(), ['b.docx', 'c.zip > e.docx']);
      setDocumentReaders({ pdfText: true, officeText: false });
      assert.deepEqual(await read(), ['a.pdf', 'c.zip > d.pdf']);
      setDocumentReaders({ pdfText: false, officeText: false });
      assert.deepEqual(await read(), []);
    } finally {
      setDocumentReaders({ pdfText: true, officeText: true });
    }
  });
});
