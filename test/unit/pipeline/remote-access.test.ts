// The remote-access check: a remote-support tool named and its code asked for, or sign-in prompts to
// approve, from a stranger or a sender that is not authenticated, in the offices' languages and
// charsets. And the honest mail with part of it: the support desk the company works with, a
// vendor's newsletter about the tool, a login code sent by a service.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { remoteAccessCheck } from '../../../src/pipeline/checks/remote-access.ts';
import { authenticatedAs, hitLines, plainTextMail, tempStore } from './util.ts';

const temp = tempStore('mm-remote-');
const run = hitLines(remoteAccessCheck, { store: temp, recipients: ['a.kowalska@example.com'] });
const mail = (from: string, body: string, charset = 'utf-8'): Buffer => plainTextMail(from, 'a.kowalska@example.com', body, charset, 'example.com');

describe('remote-access requests', () => {
  it('the fake service desk after an e-mail bombing wave, from a fresh Microsoft 365 tenant', async () => {
    const body = 'Technik Service Desk skontaktuje się z Tobą przez Microsoft Teams. Prosimy uruchomić na swoim komputerze narzędzie Szybka pomoc (Quick Assist) i podać technikowi wyświetlony kod. Jeżeli otrzymasz prośby o zatwierdzenie logowania w Microsoft Authenticator, zatwierdź je.';
    assert.deepEqual(await run(mail('Service Desk IT - Example Group <servicedesk@examplegroupit.onmicrosoft.com>', body, 'iso-8859-2'), authenticatedAs('examplegroupit.onmicrosoft.com')), [
      'REMOTE_ACCESS_REQUEST: names "szybka pomoc" and asks "uruchomic na swoim komputerze narzedzie szybka pomoc"; From servicedesk@examplegroupit.onmicrosoft.com (a domain no one here has written to)',
    ]);
  });

  it('in the offices\' languages and charsets', async () => {
    const cases: Array<[string, string]> = [
      ['Please start Quick Assist and give the technician the 6-digit code it shows.', 'us-ascii'],
      ['Starten Sie die Schnellhilfe und nennen Sie dem Techniker den angezeigten Code.', 'iso-8859-1'],
      // the name in quotation marks, four words before it; the code as a compound (the forty-ninth pair's "IT-Servicedesk" tenant)
      ['Starten Sie dann bitte die Windows-App „Schnellhilfe“ (Quick Assist), „Hilfe erhalten“ wählen.', 'utf-8'],
      ['Die Schnellhilfe ist installiert. Nennen Sie dem Kollegen den angezeigten Sicherheitscode.', 'iso-8859-1'],
      // the tool to have ready (the hundred-and-thirteenth pair's "IT-Service Desk" on Outlook.com)
      ['Bitte nehmen Sie den Anruf an und halten Sie die Windows-App "Schnellhilfe" (Quick Assist) bereit.', 'iso-8859-1'],
      ['Please keep Quick Assist open for the technician.', 'us-ascii'],
      ['Abra AnyDesk y facilite al técnico el código que aparece en pantalla.', 'iso-8859-1'],
      ['Apra TeamViewer e comunichi al tecnico il codice ID mostrato.', 'iso-8859-15'],
      ['Запустите AnyDesk и сообщите специалисту код, который увидите на экране.', 'koi8-r'],
      ['Ανοίξτε το TeamViewer και δώστε στον τεχνικό τον κωδικό που εμφανίζεται.', 'iso-8859-7'],
      ['Run AnyDesk now. When prompts arrive on your phone, approve the sign-in requests: they are tests.', 'us-ascii'],
      // the tool to start, no code asked for yet (the forty-first pair's "IT desk" on Gmail: the technician takes it from there)
      ['Prosimy przyjąć połączenie i uruchomić narzędzie Szybka pomoc (Quick Assist), żeby technik mógł zainstalować aktualizację filtra.', 'iso-8859-2'],
      ['Please accept the Teams call and launch Quick Assist so that our technician can update the spam filter.', 'us-ascii'],
      // or to have it ready (the forty-third pair's "help desk" tenant)
      ['Prosimy zaakceptować czat i połączenie oraz przygotować aplikację Pomoc zdalna (Quick Assist), dostępną w menu Start.', 'iso-8859-2'],
      ['Please prepare Quick Assist before our technician calls you on Teams.', 'us-ascii'],
      // addressed as "tu" (the fifty-eighth pair's "Supporto IT" tenant), in the other languages that have it
      ['Tieni aperto Teams e, quando richiesto, avvia "Assistenza rapida" (Quick Assist) dal menu Start e comunica al tecnico il codice di sicurezza a 6 cifre.', 'iso-8859-15'],
      ['Abre Asistencia rápida y comunica al técnico el código de seguridad.', 'iso-8859-15'],
      ['Die Schnellhilfe ist schon offen? Dann nenne dem Kollegen den Sicherheitscode.', 'iso-8859-1'],
      ['Άνοιξε το AnyDesk και δώσε στον τεχνικό τον κωδικό.', 'iso-8859-7'],
      ['Запусти AnyDesk и скажи специалисту код.', 'koi8-r'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Help Desk <helpdesk@it-support-desk.example>', body, charset))).length, 1, `${charset}: ${body}`);
  });

  it('not the support desk the company works with, a vendor\'s newsletter, a service\'s login code', async () => {
    await temp.store.known.record('a.kowalska@example.com', ['support@our-msp.example'], Date.now());
    assert.deepEqual(await run(mail('MSP Support <support@our-msp.example>', 'Ticket 4471: please start TeamViewer QuickSupport and send us the ID for the session at 14:00.'), authenticatedAs('our-msp.example')), []);
    assert.deepEqual(await run(mail('TeamViewer <news@teamviewer-news.example>', 'New in TeamViewer 16: start sessions faster. Download now and try it for free.'), authenticatedAs('teamviewer-news.example')), []);
    assert.deepEqual(await run(mail('Tools <news@remote-tools.example>', 'Our comparison: TeamViewer, AnyDesk and RustDesk. Which one starts faster on old laptops?'), authenticatedAs('remote-tools.example')), []);
    assert.deepEqual(await run(mail('Shop <noreply@shop.example>', 'Your login code is 481223. Do not share this code with anyone.'), authenticatedAs('shop.example')), []);
    // a bank's security bulletin describes the request (a noun, or a warning just before it)
    assert.deepEqual(await run(mail('PKO Bank Polski <komunikaty@komunikaty.pkobp.example>', 'Oszuści podszywają się pod pracowników banku. Rozmówca nakłania do podania kodu BLIK albo zainstalowania aplikacji do zdalnego pulpitu (np. AnyDesk).', 'iso-8859-2')), []);
    assert.deepEqual(await run(mail('Bank <security@bank.example>', 'Fraudsters call and ask you to start AnyDesk and give them the code. We never ask you to read out a code.')), []);
  });

  it('device-code phishing: a code to enter on the provider\'s own device sign-in page, in the offices\' languages', async () => {
    const teams = 'Marco invited you to the Teams meeting "Q4 budget review". To join from this device, go to https://microsoft.com/devicelogin and enter the code EJ4Z7XW2L. The code expires in 15 minutes.';
    assert.deepEqual(await run(mail('Marco Ferri <m.ferri.consulting@outlook.com>', teams), authenticatedAs('outlook.com')), [
      'REMOTE_ACCESS_REQUEST: names "microsoft.com/devicelogin" and asks "enter the code"; From m.ferri.consulting@outlook.com (free mail)',
    ]);
    const cases: Array<[string, string]> = [
      ['Bitte öffnen Sie https://login.microsoftonline.com/common/oauth2/deviceauth und geben Sie dort den Code HQ7TK2M9P ein.', 'iso-8859-1'],
      ['Para acceder al documento, visite microsoft.com/devicelogin e introduzca el código GFT8K2LQA.', 'windows-1252'],
      ['Per firmare, apra https://www.microsoft.com/link e inserisca il codice R8KD2PQ7M.', 'iso-8859-15'],
      ['Aby potwierdzić, wejdź na https://microsoft.com/devicelogin i wprowadź kod XK2PL9QRT.', 'iso-8859-2'],
      ['Для доступа к документу откройте https://microsoft.com/devicelogin и введите код N4TQ8ZKLM.', 'windows-1251'],
      ['Για πρόσβαση, ανοίξτε το https://microsoft.com/devicelogin και εισαγάγετε τον κωδικό P9LQ2KXTM.', 'iso-8859-7'],
      ['Review the access request: visit https://github.com/login/device and enter code 4F2A-9C1D.', 'us-ascii'],
      // "maintenance" and "mail" before the request are no warning ("mai" is one only as a word: the eighty-second pair)
      ['To join the call on the 2027 maintenance renewal by mail link: 1. Go to https://microsoft.com/devicelogin 2. Enter the meeting code: HQ7XK4MPR', 'us-ascii'],
    ];
    for (const [body, charset] of cases) assert.equal((await run(mail('Document Center <share@docs-center.example>', body, charset))).length, 1, `${charset}: ${body}`);
    // the page only as a link's address
    const html = Buffer.from('From: Document Center <share@docs-center.example>\r\nTo: a.kowalska@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Open the <a href="https://microsoft.com/devicelogin">secure Microsoft viewer</a> and enter the code EJ4Z7XW2L.</p>\r\n');
    assert.deepEqual(await run(html, authenticatedAs('docs-center.example')), [
      'REMOTE_ACCESS_REQUEST: names "microsoft.com/devicelogin" and asks "enter the code"; From share@docs-center.example (a domain no one here has written to)',
    ]);
  });

  it('not a warning about it, a page named without a code to enter, nor a correspondent\'s IT', async () => {
    assert.deepEqual(await run(mail('Bank <security@bank.example>', 'Attackers send meeting invitations asking you to go to microsoft.com/devicelogin. Never enter a code there that you did not request yourself.')), []);
    assert.deepEqual(await run(mail('News <news@it-news.example>', 'How the device code flow works: the TV shows a code and microsoft.com/devicelogin completes the sign-in.')), []);
    await temp.store.known.record('a.kowalska@example.com', ['it@partner-logistik.example'], Date.now());
    assert.deepEqual(await run(mail('Partner IT <it@partner-logistik.example>', 'Sala konferencyjna: wejdź na https://microsoft.com/devicelogin i wpisz kod z ekranu.', 'iso-8859-2'), authenticatedAs('partner-logistik.example')), []);
  });

  it('a link to a remote-support tool\'s client or guest session, whatever the text calls it (the ninety-second pair\'s "Document Viewer")', async () => {
    const viewer = 'Το τιμολόγιο είναι διαθέσιμο μέσω της πλατφόρμας προβολής εγγράφων. Κατεβάστε την εφαρμογή προβολής (Document Viewer):\nhttps://docviewer-gr.screenconnect.com/Bin/ScreenConnect.ClientSetup.exe?e=Access&y=Guest&h=instance-gr4k2d-relay.screenconnect.com&p=443';
    const hits = await run(mail('Σταύρος Παππάς <s.pappas@pappas-logistiki.example>', viewer, 'windows-1253'));
    assert.equal(hits.length, 1);
    assert.match(hits[0]!, /^REMOTE_ACCESS_REQUEST: links to a remote-support tool's client or session \(https:\/\/docviewer-gr\.screenconnect\.com\/Bin\/ScreenConnect\.ClientSetup\.exe/);
    for (const link of ['https://download.anydesk.com/AnyDesk.exe', 'https://get.teamviewer.com/quicksupport-7d', 'https://eg-support.example/access/JWrapper-Remote%20Access-windows.exe', 'https://app.atera.com/GetAgent/Msi/?customerId=3']) {
      assert.equal((await run(mail('Support <help@desk-services.example>', `Please install the viewer first: ${link}`))).length, 1, link);
    }
    // the vendor's page about the tool, and the support desk the company works with
    assert.deepEqual(await run(mail('News <news@it-news.example>', 'Review: https://anydesk.com/en/features and https://www.teamviewer.com/en/products/')), []);
    await temp.store.known.record('a.kowalska@example.com', ['support@it-dienstleister.example'], Date.now());
    assert.deepEqual(await run(mail('Support <support@it-dienstleister.example>', 'Für die Fernwartung: https://get.teamviewer.com/itdl', 'iso-8859-1'), authenticatedAs('it-dienstleister.example')), []);
  });
});
