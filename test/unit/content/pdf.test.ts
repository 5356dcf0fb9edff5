// PDF attachments: links and attached files read from real PDFs (qpdf writes them as producers do:
// compressed object streams or plain objects), checked against poppler's reading of the same files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPdf, pdfContents, pdfString } from '../../../src/content/pdf.ts';
import { PDF, windowsProgram } from '../../helpers/files.ts';
import { pdfDocument, readWithPoppler } from '../../helpers/pdf.ts';

const links = ['https://login.examp1e.test/owa?user=anna&next=(inbox)', 'http://203.0.113.7/rechnung 4471', 'https://www.example.com/'];

test('links and attached files, with and without object streams, as poppler reads them', () => {
  for (const objectStreams of [true, false]) {
    const pdf = pdfDocument({ objectStreams, links, attachments: [{ name: 'Rechnung.pdf.exe', content: windowsProgram() }, { name: 'Счёт.js', content: 'WScript.Shell' }] });
    assert.equal(isPdf(pdf), true);
    assert.deepEqual(readWithPoppler(pdf), { urls: links, attachments: ['Rechnung.pdf.exe', 'Счёт.js'] }, 'poppler reads the fixture');
    const read = pdfContents(pdf, 1_000_000);
    assert.deepEqual(read.urls, links, `objectStreams: ${objectStreams}`);
    assert.deepEqual(read.files.map((f) => [f.filename, Buffer.from(f.content).toString('latin1')]), [
      ['Rechnung.pdf.exe', windowsProgram().toString('latin1')], ['Счёт.js', 'WScript.Shell'],
    ]);
    assert.equal(read.encrypted, false);
  }
});

test('PDF strings: balanced parentheses, escapes, octal, line continuations, hex', () => {
  assert.equal(pdfString('(a(b)c\\)d\\\\e\\101\\nf)', 0)?.toString('latin1'), 'a(b)c)d\\eA\nf');
  assert.equal(pdfString('(http://x.test/\\\r\npath)', 0)?.toString('latin1'), 'http://x.test/path');
  assert.equal(pdfString('<68 74 74 70 3a 2f 2f 78 2e 74 65 73 74>', 0)?.toString('latin1'), 'http://x.test');
  assert.equal(pdfString('(unterminated', 0), null);
});

test('only web links count; a plain PDF has none; damaged, cut or encrypted files give what can be read', () => {
  assert.deepEqual(pdfContents(pdfDocument({ links: ['mailto:anna@example.com', 'file:///etc/passwd', 'www.example.com/x'] }), 1_000_000).urls, ['www.example.com/x']);
  assert.deepEqual(pdfContents(PDF, 1_000_000), { urls: [], files: [], images: [], encrypted: false });
  const pdf = pdfDocument({ links, attachments: [{ name: 'a.txt', content: 'x' }] });
  for (const cut of [100, 300, pdf.length - 200]) assert.doesNotThrow(() => pdfContents(pdf.subarray(0, cut), 1_000_000));
  const garbled = Buffer.from(pdf);
  for (let i = 200; i < garbled.length; i += 37) garbled[i] = 0x5a;
  assert.doesNotThrow(() => pdfContents(garbled, 1_000_000));
  const encrypted = Buffer.from(PDF.toString('latin1').replace('trailer <<', 'trailer << /Encrypt 9 0 R'), 'latin1');
  assert.deepEqual(pdfContents(encrypted, 1_000_000), { urls: [], files: [], images: [], encrypted: true });
  // the byte budget bounds what is inflated: the object stream holding the links is not read
  assert.deepEqual(pdfContents(pdfDocument({ links }), 10).urls, []);
  assert.equal(isPdf(Buffer.from('hello')), false);
});
