// PDF attachments: links and attached files read from real PDFs (qpdf writes them as producers do:
// compressed object streams or plain objects), checked against poppler's reading of the same files.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPdf, pdfContents, pdfKeyBudgetOf, pdfOf, pdfString } from '../../../src/content/pdf.ts';
import { PDF, windowsProgram } from '../../helpers/files.ts';
import { CIPHERS, encryptedWithQpdf, openActionWithQpdf, pdfDocument, readWithPoppler, scriptsWithPoppler } from '../../helpers/pdf.ts';

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
  assert.deepEqual(pdfContents(PDF, 1_000_000), { urls: [], files: [], images: [], drawings: [], encrypted: false, actions: { launches: [], scriptOnOpen: false } });
  const pdf = pdfDocument({ links, attachments: [{ name: 'a.txt', content: 'x' }] });
  for (const cut of [100, 300, pdf.length - 200]) assert.doesNotThrow(() => pdfContents(pdf.subarray(0, cut), 1_000_000));
  const garbled = Buffer.from(pdf);
  for (let i = 200; i < garbled.length; i += 37) garbled[i] = 0x5a;
  assert.doesNotThrow(() => pdfContents(garbled, 1_000_000));
  const encrypted = Buffer.from(PDF.toString('latin1').replace('trailer <<', 'trailer << /Encrypt 9 0 R'), 'latin1');
  assert.deepEqual(pdfContents(encrypted, 1_000_000), { urls: [], files: [], images: [], drawings: [], encrypted: true, actions: { launches: [], scriptOnOpen: false } });
  // the byte budget bounds what is inflated: the object stream holding the links is not read
  assert.deepEqual(pdfContents(pdfDocument({ links }), 10).urls, []);
  assert.equal(isPdf(Buffer.from('hello')), false);
});

test('an encrypted PDF that opens without a password is read like any other (every cipher, with and without object streams), one with a user password is not', () => {
  const plain = pdfDocument({ links, attachments: [{ name: 'Rechnung.js', content: 'WScript.Shell' }], openAction: { launch: 'cmd.exe', parameters: '/c start' } });
  for (const cipher of Object.keys(CIPHERS)) {
    for (const objectStreams of [true, false]) {
      const pdf = encryptedWithQpdf(plain, { cipher, objectStreams });
      const label = `${cipher}, objectStreams: ${objectStreams}`;
      assert.ok(!pdf.includes('login.examp1e') && !pdf.includes('WScript'), `${label}: the strings and streams are ciphertext`);
      assert.deepEqual(readWithPoppler(pdf), { urls: links, attachments: ['Rechnung.js'] }, `${label}: poppler opens it without a password`);
      const read = pdfContents(pdf, 1_000_000);
      assert.equal(read.encrypted, true);
      assert.deepEqual(read.urls, links, label);
      assert.deepEqual(read.files.map((f) => [f.filename, Buffer.from(f.content).toString('latin1')]), [['Rechnung.js', 'WScript.Shell']], label);
      assert.deepEqual(read.actions.launches, [{ file: 'cmd.exe', parameters: true }], label);
      // the same file locked for reading: nothing but the names (a password is never guessed)
      const locked = pdfContents(encryptedWithQpdf(plain, { cipher, objectStreams, userPassword: 'geheim' }), 1_000_000);
      assert.deepEqual({ ...locked, actions: locked.actions.launches }, { urls: [], files: [], images: [], drawings: [], encrypted: true, actions: [{ file: null, parameters: true }] }, label);
    }
  }
});

test('AES-256 (revision 6) PDFs cost ~1 ms each to open: a message opens at most 20, the others are left unread; cheaper ciphers are not counted', () => {
  const pdf = encryptedWithQpdf(pdfDocument({ links }));
  const rc4 = encryptedWithQpdf(pdfDocument({ links }), { cipher: 'RC4-128 (R3)' });
  const attachments: object = [];
  const budget = pdfKeyBudgetOf(attachments);
  assert.equal(pdfKeyBudgetOf(attachments), budget, 'one budget per message');
  // each a copy: pdfOf keeps one reading per file
  const read = Array.from({ length: 22 }, () => pdfOf(Buffer.from(pdf), budget).urls.length);
  assert.deepEqual(read, [...Array(20).fill(3), 0, 0]);
  assert.equal(pdfOf(Buffer.from(rc4), budget).urls.length, 3);
  assert.equal(pdfOf(Buffer.from(pdf), pdfKeyBudgetOf([])).urls.length, 3, 'another message has its own');
});

test('a damaged encrypted PDF gives what can be read and never throws', () => {
  const pdf = encryptedWithQpdf(pdfDocument({ links }), { cipher: 'AES-128 (R4)' });
  for (let at = 100; at < pdf.length; at += 23) {
    const damaged = Buffer.from(pdf);
    damaged[at] ^= 0x41;
    assert.doesNotThrow(() => pdfContents(damaged, 1_000_000).urls, `byte ${at}`);
  }
  // the encryption dictionary's U changed: the empty password no longer checks out, nothing is read
  const text = pdf.toString('latin1');
  const u = /\/U\s*<([0-9a-f]{4})/.exec(text)!;
  const wrongU = Buffer.from(text.replace(u[0], u[0].slice(0, -4) + (u[1] === '0000' ? '1111' : '0000')), 'latin1');
  assert.deepEqual(pdfContents(wrongU, 1_000_000).urls, []);
});

test('active content: a Launch action and JavaScript that runs on opening, as qpdf and poppler read the same files', () => {
  for (const objectStreams of [true, false]) {
    const launch = pdfDocument({ openAction: { launch: 'cmd.exe', parameters: '/c start' }, objectStreams });
    assert.equal(openActionWithQpdf(launch), '/Launch');
    assert.deepEqual(pdfContents(launch, 1_000_000).actions, { launches: [{ file: 'cmd.exe', parameters: true }], scriptOnOpen: false });
    const onOpen = pdfDocument({ openAction: { javascript: 'app.launchURL("https://x.test/")' }, objectStreams });
    assert.equal(openActionWithQpdf(onOpen), '/JavaScript');
    assert.deepEqual(pdfContents(onOpen, 1_000_000).actions, { launches: [], scriptOnOpen: true });
    const documentLevel = pdfDocument({ documentScript: 'this.print({bUI: false})', objectStreams });
    assert.match(scriptsWithPoppler(documentLevel), /Name Dictionary "init":\s+this\.print/);
    assert.equal(pdfContents(documentLevel, 1_000_000).actions.scriptOnOpen, true);
    // the first page's "on open" action
    const pageOpen = pdfDocument({ pageOpenScript: 'app.alert("x")', objectStreams });
    assert.match(scriptsWithPoppler(pageOpen), /app\.alert/);
    assert.equal(pdfContents(pageOpen, 1_000_000).actions.scriptOnOpen, true);
  }
});

test('what honest PDFs do is not active content: a view to open at, a form field that calculates', () => {
  const fit = pdfDocument({ openAction: 'fit' });
  assert.equal(openActionWithQpdf(fit), 'view');
  assert.deepEqual(pdfContents(fit, 1_000_000).actions, { launches: [], scriptOnOpen: false });
  const form = pdfDocument({ fieldScript: 'AFSimple_Calculate("SUM", new Array("A", "B"));' });
  assert.match(scriptsWithPoppler(form), /AFSimple_Calculate/, 'poppler sees the field\'s script');
  assert.deepEqual(pdfContents(form, 1_000_000).actions, { launches: [], scriptOnOpen: false });
});

test('escaped names (/J#61vaScript, /L#61unch) and an encrypted file do not hide the actions', () => {
  const escaped = pdfDocument({ openAction: { javascript: 'x()' }, escapedNames: true, rewrite: false });
  assert.ok(escaped.includes('/J#61vaScript'));
  assert.equal(openActionWithQpdf(escaped), '/JavaScript', 'qpdf reads the escaped name as the plain one');
  assert.equal(pdfContents(escaped, 1_000_000).actions.scriptOnOpen, true);
  const launch = pdfDocument({ openAction: { launch: 'calc.exe' }, escapedNames: true, rewrite: false });
  assert.deepEqual(pdfContents(launch, 1_000_000).actions.launches, [{ file: 'calc.exe', parameters: false }]);
  // names are not encrypted, strings are: in a file locked with a user password the action shows, its program does not
  const locked = encryptedWithQpdf(pdfDocument({ openAction: { launch: 'cmd.exe', parameters: '/c start' }, objectStreams: false }), { userPassword: 'geheim' });
  const read = pdfContents(locked, 1_000_000);
  assert.equal(read.encrypted, true);
  assert.deepEqual(read.actions.launches, [{ file: null, parameters: true }]);
});
