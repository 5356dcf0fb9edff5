// Documents packed in ZIP attachments (src/content/document-text.ts): real archives made by Info-ZIP's
// zip, with a pandoc Word file and PDFs inside, read by the same readers as attached documents.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ARCHIVED_DOCUMENT_LIMITS, archivedDocuments, documentTextsOf, setDocumentReaders } from '../../../src/content/document-text.ts';
import { messageLinks } from '../../../src/content/links.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { cryptoWalletsCheck, cryptoWalletsOptionsSchema } from '../../../src/pipeline/checks/crypto-wallets.ts';
import { pandocDocument } from '../../helpers/office.ts';
import { mailWithDocuments, pdfDocument } from '../../helpers/pdf.ts';
import { zipArchive } from '../../helpers/zip.ts';
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

  it('not read: a locked entry without its password in the text, a ZIP in a ZIP, the parts of an Office document, an entry over the bounds', async () => {
    const pdf = pdfDocument({ text: ['Inside'] });
    const locked = zipArchive([['locked.pdf', pdf]], { password: 'infected' });
    const nested = zipArchive([['inner.zip', zipArchive([['deep.pdf', pdf]])]]);
    // a Word file is a ZIP too: its own parts are not "documents in an archive", and it is read once
    const word = pandocDocument('docx', 'Only once');
    const view = await parseMessage(mail(['locked.zip', locked], ['nested.zip', nested], ['brief.docx', word]));
    assert.deepEqual(await archivedDocuments(view), []);
    assert.deepEqual((await documentTextsOf(view)).map((d) => d.filename), ['brief.docx']);
    // per message: the unpacked bytes of all archives
    const two = await parseMessage(mail(['a.zip', zipArchive([['a.pdf', pdf]])], ['b.zip', zipArchive([['b.pdf', pdf]])]));
    assert.deepEqual((await archivedDocuments(two)).map((d) => d.filename), ['a.zip > a.pdf', 'b.zip > b.pdf']);
    assert.deepEqual((await archivedDocuments(two, { ...ARCHIVED_DOCUMENT_LIMITS, totalBytes: pdf.length + 10 })).map((d) => d.filename), ['a.zip > a.pdf']);
    assert.deepEqual(await archivedDocuments(two, { ...ARCHIVED_DOCUMENT_LIMITS, maxBytes: pdf.length - 1 }), []);
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
