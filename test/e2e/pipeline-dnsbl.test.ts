// Real gateway + real dnsmasq serving test DNSBL zones + a real SMTP sink as the backend.
// Loopback source addresses play the listed/unlisted clients.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/index.ts';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { waitFor } from '../helpers/ports.ts';
import { encryptedWithQpdf, pdfDocument } from '../helpers/pdf.ts';
import { imageInPdf, qrBoxes, qrImage, qrMatrix, qrPieces } from '../helpers/qr.ts';
import { zipArchive } from '../helpers/zip.ts';
import { smtpSend } from './pipeline-client.ts';

const d = (en: string) => ({ en, ru: en });
const DNSBL = {
  lists: [
    { name: 'test-bl', zone: 'bl.test', symbols: {
      RBL_TEST_REJECT: { codes: ['127.0.0.2'], weight: 20, description: d('reject') },
      RBL_TEST_QUARANTINE: { codes: ['127.0.0.3'], weight: 12, description: d('quarantine') },
      RBL_TEST_TAG: { codes: ['127.0.0.4'], weight: 6, description: d('tag') },
    } },
    { name: 'test-err', zone: 'err.test', symbols: { RBL_TEST_ERR: { codes: 'any', weight: 50, description: d('err') } } },
    { name: 'test-servfail', zone: 'sf.test', symbols: { RBL_TEST_SF: { codes: 'any', weight: 50, description: d('sf') } } },
    { name: 'test-timeout', zone: 'to.test', symbols: { RBL_TEST_TO: { codes: 'any', weight: 50, description: d('to') } } },
    { name: 'test-dbl', zone: 'dbl.test', type: 'domain', errorCodes: ['127.0.1.255'], symbols: { DBL_TEST_SPAM: { codes: ['127.0.1.2'], weight: 6, description: d('dbl') } } },
  ],
};

let dns: DnsServer;
let sink: Sink;
let gw: Gateway;
let rulesDir: string;
/** a link shortener (go.short.test in the test DNS): path → where it redirects */
let shortener: Server;
const shortLinks = new Map<string, string>();
const shortenerAsked: string[] = [];
const TOKEN = 'pipeline-e2e-token-0123456789';

before(async () => {
  rulesDir = mkdtempSync(join(tmpdir(), 'mm-e2e-rules-'));
  cpSync(join(REPO_ROOT, 'rules'), rulesDir, { recursive: true });
  writeFileSync(join(rulesDir, 'dnsbl.yaml'), JSON.stringify(DNSBL));
  writeFileSync(join(rulesDir, 'checks.yaml'), 'dnsbl: { errorDisableSeconds: 3600 }\nlinks: { shortLinks: { hosts: [go.short.test, gone.short.test, slow.to.test] } }\n');
  writeFileSync(join(rulesDir, 'custom-rules.yaml'), "PARCEL_SCAM:\n  weight: 1\n  description: { en: parcel }\n  link: '/parcel\\?id=/'\n");
  shortener = createServer((req, res) => {
    shortenerAsked.push(`${req.method} ${req.url}`);
    const to = shortLinks.get(req.url!);
    res.writeHead(to ? 301 : 404, to ? { location: to } : {}).end();
  });
  await new Promise<void>((resolve) => shortener.listen(0, '127.0.0.1', resolve));
  dns = await startDns({
    zones: {
      'bl.test': { a: { '2.0.0.127': '127.0.0.2', '3.0.0.127': '127.0.0.3', '4.0.0.127': '127.0.0.4' } },
      'err.test': { a: { '6.0.0.127': '127.255.255.254', '7.0.0.127': '127.0.0.2' } },
      'dbl.test': { a: { 'evil.example': '127.0.1.2' } },
      'short.test': { a: { go: '127.0.0.1' } },
    },
    servfail: ['sf.test'],
    timeout: ['to.test'],
  });
  sink = await startSink();
  gw = await startGateway({
    rulesDir,
    config: {
      dns: { servers: [dns.server], timeoutMs: 800 },
      backend: { host: '127.0.0.1', port: sink.port },
      admin: { apiToken: TOKEN },
    },
  });
});

after(async () => {
  await gw?.cleanup();
  await sink?.stop();
  await dns?.stop();
  await new Promise((resolve) => shortener?.close(resolve));
  rmSync(rulesDir, { recursive: true, force: true });
});

const headerOf = (raw: Buffer, name: string): string | undefined => {
  const head = raw.toString('latin1').split('\r\n\r\n')[0]!.replace(/\r\n[ \t]+/g, ' ');
  return head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim();
};

test('a client listed above the reject threshold gets 550 5.7.1 after DATA and nothing is relayed', async () => {
  const before = sink.messages.length;
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.2', to: ['bob@example.com'] });
  assert.match(r.rcpt[0]!, /^250/);
  assert.match(r.final, /^550 5\.7\.1/);
  assert.equal(sink.messages.length, before);
});

let quarantinedSubject = '';
test('a client listed at the quarantine threshold gets 250 and the message is held, not relayed', async () => {
  const before = sink.messages.length;
  quarantinedSubject = `quarantine me ${Date.now()}`;
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.3', to: ['bob@example.com'], subject: quarantinedSubject });
  assert.match(r.final, /^250/);
  assert.equal(sink.messages.length, before);
});

test('a client listed at the tag threshold is relayed with X-Spam-Flag, X-Spam-Status and the subject prefix', async () => {
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.4', to: ['bob@example.com'], subject: 'tag me' });
  assert.match(r.final, /^250/);
  const m = await waitFor(() => sink.messages.find((x) => headerOf(x.data, 'subject')?.includes('tag me')), 5000, 'tagged message');
  assert.equal(headerOf(m.data, 'x-spam-flag'), 'YES');
  assert.match(headerOf(m.data, 'x-spam-status')!, /^Yes, score=\d+(\.\d+)? required=5 tests=.*RBL_TEST_TAG/);
  assert.match(headerOf(m.data, 'x-spam-score')!, /^\d+(\.\d+)?$/);
  assert.ok(Number(headerOf(m.data, 'x-spam-score')) >= 6);
  assert.equal(headerOf(m.data, 'subject'), '[SPAM] tag me');
  assert.ok(headerOf(m.data, 'authentication-results'), 'Authentication-Results header present');
});

test('SERVFAIL and timeouts of lists never list anybody and never cause a 5xx', async () => {
  const started = Date.now();
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.9', to: ['bob@example.com'], subject: 'unlisted' });
  assert.match(r.final, /^250/);
  const m = await waitFor(() => sink.messages.find((x) => headerOf(x.data, 'subject') === 'unlisted'), 5000, 'unlisted message');
  assert.match(headerOf(m.data, 'x-spam-status')!, /^No, /);
  assert.doesNotMatch(headerOf(m.data, 'x-spam-status')!, /RBL_TEST/);
  assert.ok(Date.now() - started < 15000);
});

/** the detail of one symbol in the message log's entry for the message with this subject */
async function symbolDetail(subject: string, symbol: string): Promise<string | undefined> {
  const res = await fetch(`http://127.0.0.1:${gw.webPort}/api/admin/log?subject=${encodeURIComponent(subject)}`, { headers: { authorization: `Bearer ${TOKEN}` } });
  const { items } = await res.json() as { items: Array<{ symbols: Array<{ name: string; detail?: string }> }> };
  return items[0]!.symbols.find((x) => x.name === symbol)?.detail;
}

/** the DBL_TEST_SPAM detail the message log has for the message with this subject */
const dblDetail = (subject: string): Promise<string | undefined> => symbolDetail(subject, 'DBL_TEST_SPAM');

/** sends a message (a text part and one attachment, or a plain body), waits for the backend, returns its X-Spam-Status */
async function sendAndRelay(subject: string, message: { body: string } | { text: string; attachment: { name: string; type: string; content: Buffer } }): Promise<string> {
  const mime = 'body' in message ? { body: message.body } : {
    headers: ['MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"'],
    body: `--B\r\nContent-Type: text/plain\r\n\r\n${message.text}\r\n--B\r\nContent-Type: ${message.attachment.type}; name="${message.attachment.name}"\r\n`
      + `Content-Transfer-Encoding: base64\r\n\r\n${message.attachment.content.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--B--`,
  };
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.9', to: ['bob@example.com'], subject, ...mime });
  assert.match(r.final, /^250/);
  const m = await waitFor(() => sink.messages.find((x) => headerOf(x.data, 'subject')?.endsWith(subject)), 5000, `relayed ${subject}`);
  return headerOf(m.data, 'x-spam-status')!;
}

test('a link to a domain on a domain list (URIBL) tags the message; the log names the domain and where it was; our own domain is not asked', async () => {
  const status = await sendAndRelay('dbl link', { body: 'Cheap watches: https://click.evil.example/r?id=12345 and http://good.example/, as seen on https://www.example.com/' });
  assert.match(status, /^Yes, .*tests=.*DBL_TEST_SPAM/);
  assert.equal(await dblDetail('dbl link'), 'dbl.test: evil.example (link) 127.0.1.2');
  // the unlisted domain and the sender's were asked too, the client address was not
  const queries = dns.logs();
  assert.match(queries, /query\[A\] good\.example\.dbl\.test/);
  assert.doesNotMatch(queries, /query\[A\] 9\.0\.0\.127\.dbl\.test/);
  // nor the company's own domain (smtp.localDomains: example.com)
  assert.doesNotMatch(queries, /query\[A\] example\.com\.dbl\.test/);
});

test('a listed link in an attached PDF or Word document counts like one in the body', async () => {
  const pdf = pdfDocument({ links: ['https://docs.evil.example/view?doc=4471'] });
  assert.match(await sendAndRelay('pdf link', { text: 'Please find the invoice attached.', attachment: { name: 'Rechnung.pdf', type: 'application/pdf', content: pdf } }), /^Yes, .*tests=.*DBL_TEST_SPAM/);
  assert.equal(await dblDetail('pdf link'), 'dbl.test: evil.example (link in a PDF) 127.0.1.2');
  // the same PDF encrypted with an empty user password (it opens without one; its strings are ciphertext)
  const encrypted = encryptedWithQpdf(pdf);
  assert.ok(!encrypted.includes('evil.example'));
  assert.match(await sendAndRelay('encrypted pdf link', { text: 'Please find the invoice attached.', attachment: { name: 'Rechnung.pdf', type: 'application/pdf', content: encrypted } }), /^Yes, .*tests=.*DBL_TEST_SPAM/);
  assert.equal(await dblDetail('encrypted pdf link'), 'dbl.test: evil.example (link in a PDF) 127.0.1.2');
  // and one in a Word document's hyperlinks
  const rels = '<Relationships><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://share.evil.example/doc" TargetMode="External"/></Relationships>';
  const docx = zipArchive([['[Content_Types].xml', '<Types/>'], ['word/document.xml', '<w:document/>'], ['word/_rels/document.xml.rels', rels]]);
  await sendAndRelay('docx link', { text: 'The contract is attached.', attachment: { name: 'Vertrag.docx', type: 'application/octet-stream', content: docx } });
  assert.equal(await dblDetail('docx link'), 'dbl.test: evil.example (link in an Office document) 127.0.1.2');
});

test('a listed link in a calendar invitation, or hidden in base64 in an attached web page, counts like one in the body', async () => {
  // invitation phishing: the mail says "you are invited", the link is in the event's description (a folded line)
  const ics = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'SUMMARY:Salary review 2027', 'DESCRIPTION:Review and sign before Friday: https://hr.evi',
    ' l.example/sign?u=bob', 'DTSTART:20270115T090000Z', 'END:VEVENT', 'END:VCALENDAR', ''].join('\r\n');
  await sendAndRelay('invite link', { text: 'You have been invited.', attachment: { name: 'invite.ics', type: 'text/calendar; method=REQUEST', content: Buffer.from(ics) } });
  assert.equal(await dblDetail('invite link'), 'dbl.test: evil.example (link in a calendar invitation) 127.0.1.2');
  // the voicemail page: its address in base64. With ATTACH_PHISH_PAGE and ATTACH_RISKY it is held, not relayed
  const page = `<html><script>window.location.href = atob("${Buffer.from('https://voice.evil.example/m?u=bob').toString('base64')}")</script></html>`;
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.9', to: ['bob@example.com'], subject: 'hidden link', headers: ['MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"'],
    body: `--B\r\nContent-Type: text/plain\r\n\r\nNew voicemail.\r\n--B\r\nContent-Type: application/octet-stream; name="VM.htm"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(page).toString('base64')}\r\n--B--` });
  assert.match(r.final, /^250/);
  assert.equal(await dblDetail('hidden link'), 'dbl.test: evil.example (link in an attached web page) 127.0.1.2');
  assert.equal(await symbolDetail('hidden link', 'ATTACH_PHISH_PAGE'), 'VM.htm (a web page that hides a web address: voice.evil.example)');
});

test('a listed domain only in a QR code (a picture in a PDF, a picture in the mail, PNG or WebP, split over two pictures) counts, and QR_CODE_LINK names the code', async () => {
  // the quishing letter: no link in the mail, a scanned page with a code to a phishing site
  const scan = imageInPdf(qrImage('https://m365.evil.example/renew?u=bob%40example.com', { format: 'jpeg', page: [1240, 1754, 800, 1300] }), 'scan.jpg');
  const status = await sendAndRelay('qr pdf', { text: 'Your MFA expires today. Scan the code in the attached notice.', attachment: { name: 'MFA-Notice.pdf', type: 'application/pdf', content: scan } });
  assert.match(status, /^Yes, .*tests=.*DBL_TEST_SPAM/);
  assert.match(status, /QR_CODE_LINK/);
  assert.equal(await dblDetail('qr pdf'), 'dbl.test: evil.example (link in a QR code in a PDF) 127.0.1.2');
  assert.equal(await symbolDetail('qr pdf', 'QR_CODE_LINK'), "QR code in a PDF leads to m365.evil.example, with the recipient's address (the only link)");
  await sendAndRelay('qr image', { text: 'Scan to sign.', attachment: { name: 'code.png', type: 'image/png', content: qrImage('https://sign.evil.example/d') } });
  assert.equal(await dblDetail('qr image'), 'dbl.test: evil.example (link in a QR code) 127.0.1.2');
  // WebP, which the QR reader's own decoder does not know
  await sendAndRelay('qr webp', { text: 'Scan to sign.', attachment: { name: 'code.webp', type: 'image/webp', content: qrImage('https://sign.evil.example/w', { format: 'webp' }) } });
  assert.equal(await dblDetail('qr webp'), 'dbl.test: evil.example (link in a QR code) 127.0.1.2');
  // drawn as vector art: an SVG picture as qrencode writes it (no image for a scanner to read); with
  // ATTACH_RISKY (.svg) besides it is held, not relayed
  const svg = execFileSync('qrencode', ['-t', 'SVG', '-o', '-', 'https://pay.evil.example/i/77'], { encoding: 'utf8' });
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.9', to: ['bob@example.com'], subject: 'qr svg', headers: ['MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="B"'],
    body: `--B\r\nContent-Type: text/plain\r\n\r\nYour invoice, scan to pay.\r\n--B\r\nContent-Type: image/svg+xml; name="Invoice.svg"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(svg).toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--B--` });
  assert.match(r.final, /^250/);
  assert.equal(await dblDetail('qr svg'), 'dbl.test: evil.example (link in a QR code) 127.0.1.2');
  assert.match(await symbolDetail('qr svg', 'QR_CODE_LINK') ?? '', /^QR code leads to pay\.evil\.example/);
  // drawn in the HTML with <div>s in a CSS grid, coloured by the style sheet's classes
  const boxes = qrBoxes(qrMatrix('https://mfa.evil.example/k', 2), 'grid');
  const r2 = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.9', to: ['bob@example.com'], subject: 'qr boxes', headers: ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
    body: `<p>Ihr Konto wird gesperrt. Scannen Sie den Code:</p>\r\n${boxes.replace(/<\/div>/g, '</div>\r\n')}\r\n<p>IT-Service</p>` });
  assert.match(r2.final, /^250/);
  assert.equal(await dblDetail('qr boxes'), 'dbl.test: evil.example (link in a QR code drawn in the text) 127.0.1.2');
  // the split code: two inline pictures that the HTML shows one below the other, neither a code alone
  const halves = qrPieces('https://reset.evil.example/p?u=bob%40example.com', 2, 'column');
  const related = [`--R\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>Your password expires today.</p><img src="cid:h1@kit"><br><img src="cid:h2@kit">\r\n`,
    ...halves.map((h, i) => `--R\r\nContent-Type: image/png\r\nContent-ID: <h${i + 1}@kit>\r\nContent-Disposition: inline\r\nContent-Transfer-Encoding: base64\r\n\r\n${h.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n`)].join('');
  const r3 = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.9', to: ['bob@example.com'], subject: 'qr split', headers: ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="R"'], body: `${related}--R--` });
  assert.match(r3.final, /^250/);
  assert.equal(await dblDetail('qr split'), 'dbl.test: evil.example (link in a QR code split over pictures) 127.0.1.2');
  assert.equal(await symbolDetail('qr split', 'QR_CODE_LINK'), "QR code split over pictures leads to reset.evil.example, with the recipient's address (the only link)");
});

test('a short link is followed to where it leads: a listed target counts, a program behind it is named, the answer is kept for the next message, a chain of shorteners is a sign', async () => {
  const port = (shortener.address() as { port: number }).port;
  const short = (path: string) => `http://go.short.test:${port}${path}`;
  shortLinks.set('/p1', 'https://track.evil.example/parcel?id=7');
  shortenerAsked.length = 0;
  const status = await sendAndRelay('short link', { body: `Your parcel is waiting: ${short('/p1')}` });
  assert.match(status, /^Yes, .*tests=.*DBL_TEST_SPAM/);
  assert.equal(await dblDetail('short link'), 'dbl.test: evil.example (short link target) 127.0.1.2');
  assert.deepEqual(shortenerAsked, ['HEAD /p1'], 'one HEAD request; the target itself is not visited');
  // a custom rule on links sees the target too
  assert.equal(await symbolDetail('short link', 'PARCEL_SCAM'), 'link: "go.short.test > https://track.evil.example/parcel?id=7"');
  // the next message with that link: the answer comes from the Store
  await sendAndRelay('short link again', { body: `Reminder: ${short('/p1')}` });
  assert.equal(await dblDetail('short link again'), 'dbl.test: evil.example (short link target) 127.0.1.2');
  assert.deepEqual(shortenerAsked, ['HEAD /p1']);

  // a program download behind a short link (an unlisted host)
  shortLinks.set('/inv', 'https://files.example.org/Rechnung_2026.exe');
  const program = await sendAndRelay('short program', { body: `Ihre Rechnung: ${short('/inv')}` });
  assert.match(program, /LINK_PROGRAM/);
  assert.equal(await symbolDetail('short program', 'LINK_PROGRAM'), `https://files.example.org/Rechnung_2026.exe (behind the short link ${short('/inv')})`);

  // four shorteners in a row (maxHops 3): the chain is a sign, and where it ends is not known
  for (const [from, to] of [['/c1', '/c2'], ['/c2', '/c3'], ['/c3', '/c4'], ['/c4', 'https://final.evil.example/']]) shortLinks.set(from, to.startsWith('/') ? short(to) : to);
  const chain = await sendAndRelay('short chain', { body: `Click ${short('/c1')}` });
  assert.match(chain, /LINK_REDIRECT_CHAIN/);
  assert.doesNotMatch(chain, /DBL_TEST_SPAM/);
  assert.equal(await symbolDetail('short chain', 'LINK_REDIRECT_CHAIN'), `${short('/c1')} → ${short('/c2')} → ${short('/c3')} → ${short('/c4')} (still redirecting after 3 shorteners)`);

  // a link that shows the bank and leads through the shortener to a misspelling of it; one to an imitation of our own domain
  shortLinks.set('/bank', 'https://www.paypa1.com/signin');
  const bank = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.9', to: ['bob@example.com'], subject: 'short phish', headers: ['MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8'],
    body: `<p>Please confirm your account: <a href="${short('/bank')}">https://www.paypal.com/signin</a></p>` });
  assert.match(bank.final, /^250/);
  assert.equal(await waitFor(() => symbolDetail('short phish', 'PHISHING_LINK'), 5000, 'PHISHING_LINK'), 'shows https://www.paypal.com/signin, leads to www.paypa1.com (misspelt)');
  shortLinks.set('/owa', 'https://example.com.owa-login.test/owa/');
  await sendAndRelay('short lookalike', { body: `Your mailbox is full, sign in: ${short('/owa')}` });
  assert.equal(await symbolDetail('short lookalike', 'LINK_LOOKALIKE_LOCAL'), 'leads to example.com.owa-login.test, imitating our example.com (domain-inside)');

  // a QR code to a short link (the code generators' own redirectors): named with where it leads,
  // personal because the target carries the recipient's address
  shortLinks.set('/qr', 'https://mfa.evil.example/renew?u=bob%40example.com');
  await sendAndRelay('short qr', { text: 'Scan to keep your mailbox.', attachment: { name: 'code.png', type: 'image/png', content: qrImage(short('/qr')) } });
  assert.equal(await symbolDetail('short qr', 'QR_CODE_LINK'), "QR code leads to go.short.test → mfa.evil.example, with the recipient's address (the only link)");
  assert.equal(await dblDetail('short qr'), 'dbl.test: evil.example (short link target) 127.0.1.2');
  // the sender's business card: a code to a short link to the sender's own site is not foreign
  shortLinks.set('/card', 'https://www.sender.test/team/anna');
  const card = await sendAndRelay('short card', { text: 'Nice to meet you, here is my card.', attachment: { name: 'card.png', type: 'image/png', content: qrImage(short('/card')) } });
  assert.doesNotMatch(card, /QR_CODE_LINK/);

  // a link the shortener removed: nothing is judged but the link itself
  const dead = await sendAndRelay('short dead', { body: `Old offer: ${short('/removed')}` });
  assert.doesNotMatch(dead, /DBL_TEST_SPAM|LINK_/);
  assert.ok(shortenerAsked.includes('HEAD /removed'));
});

test('a shortener that cannot be reached (no such name, a DNS server that never answers) fails once, is then skipped, and the mail goes on', async () => {
  const failedBefore = Number(/mailmoat_short_links_total\{end="failed"\} (\d+)/.exec(await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text())?.[1] ?? 0);
  for (const [i, host] of [[1, 'gone.short.test'], [2, 'gone.short.test'], [3, 'slow.to.test'], [4, 'slow.to.test']] as const) {
    assert.match(await sendAndRelay(`unreachable ${i}`, { body: `Track your parcel: http://${host}/p${i}` }), /^No, /);
  }
  const logs = dns.logs();
  assert.equal(logs.match(/query\[A\] gone\.short\.test /g)?.length, 1, 'the second link on that shortener was not tried');
  // one lookup, which the resolver tries twice when no answer comes (a second lookup would be 4)
  assert.equal(logs.match(/query\[A\] slow\.to\.test /g)?.length, 2, 'nor after a DNS time-out');
  const metrics = await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text();
  assert.equal(Number(/mailmoat_short_links_total\{end="failed"\} (\d+)/.exec(metrics)?.[1]), failedBefore + 4);
});

test('an image spam an admin reported through the API: the next copy, to someone else from an unlisted client, is held for its picture (FUZZY_BLOCKED)', async () => {
  const picture = execFileSync('sh', ['-c', 'ppmmake rgb:c0/10/40 320 200 | pnmtopng'], { maxBuffer: 1 << 20 });
  const imageSpam = (greeting: string) => ({
    headers: ['MIME-Version: 1.0', 'Content-Type: multipart/related; boundary="R"'],
    body: [`--R\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<p>${greeting}</p><img src="cid:offer@x">\r\n`,
      `--R\r\nContent-Type: image/png\r\nContent-ID: <offer@x>\r\nContent-Disposition: inline; filename="offer.png"\r\nContent-Transfer-Encoding: base64\r\n\r\n`,
      `${picture.toString('base64').replace(/.{76}/g, '$&\r\n')}\r\n--R--`].join(''),
  });
  // the first copy comes from a listed client and is held; the admin says "spam" in the API
  const first = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.3', to: ['bob@example.com'], subject: 'pills 1', ...imageSpam('Hi Bob') });
  assert.match(first.final, /^250/);
  const bearer = { authorization: `Bearer ${TOKEN}` };
  const id = await waitFor(async () => {
    const list = await (await fetch(`http://127.0.0.1:${gw.webPort}/api/quarantine?q=pills%201`, { headers: bearer })).json() as Array<{ id: string; subject: string }>;
    return list.find((x) => x.subject === 'pills 1')?.id;
  }, 5000, 'the first copy held');
  const reported = await fetch(`http://127.0.0.1:${gw.webPort}/api/quarantine/${id}/spam`, { method: 'POST', headers: bearer });
  assert.equal(reported.status, 200);
  // the next copy: another greeting, another recipient, a clean client
  const before = sink.messages.length;
  const next = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.9', to: ['carol@example.com'], subject: 'pills 2', ...imageSpam('Dear Carol, today only') });
  assert.match(next.final, /^250/);
  assert.equal(await waitFor(() => symbolDetail('pills 2', 'FUZZY_BLOCKED'), 5000, 'FUZZY_BLOCKED'), 'the file offer.png of a message reported as spam');
  assert.equal(sink.messages.length, before, 'held, not relayed');
});

test('error-code answers do not count, disable the list, and show in the metrics', async () => {
  const r = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.6', to: ['bob@example.com'], subject: 'error code' });
  assert.match(r.final, /^250/);
  const m = await waitFor(() => sink.messages.find((x) => headerOf(x.data, 'subject') === 'error code'), 5000, 'message');
  assert.doesNotMatch(headerOf(m.data, 'x-spam-status')!, /RBL_TEST_ERR/);
  // the list is now off: even a genuine listing there does not count
  const r2 = await smtpSend({ port: gw.smtpPort, localAddress: '127.0.0.7', to: ['bob@example.com'], subject: 'after error' });
  assert.match(r2.final, /^250/);
  const metrics = await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text();
  assert.match(metrics, /mailmoat_dnsbl_errors_total\{list="test-err"\} [1-9]/);
  assert.match(gw.logs(), /DNSBL list answered an error/);
});

test('the quarantined message survives kill -9 with its envelope, score and symbols', async () => {
  await gw.kill9();
  const config = loadConfig({ env: {}, overrides: { dataDir: gw.dataDir } });
  const store = await openStore(config, pino({ level: 'silent' }));
  try {
    const { items } = await store.quarantine.list({ kind: 'quarantine', limit: 50, offset: 0 });
    const item = items.find((i) => i.subject === quarantinedSubject);
    assert.ok(item, `quarantined item found among ${items.map((i) => i.subject).join(', ')}`);
    assert.deepEqual(item.recipients, ['bob@example.com']);
    assert.equal(item.clientIp.replace(/^::ffff:/, ''), '127.0.0.3');
    assert.ok(item.score >= 10);
    assert.ok(item.symbols.some((s) => s.name === 'RBL_TEST_QUARANTINE'));
    assert.ok(item.expiresAt > Date.now() + 29 * 86_400_000);
    const body = await store.quarantine.body(item.id);
    assert.ok(body && body.toString().includes(quarantinedSubject));
    // and the rejected message is kept as a short-lived admin copy
    const rejected = await store.quarantine.list({ kind: 'rejected', limit: 50, offset: 0 });
    assert.ok(rejected.items.some((i) => i.symbols.some((s) => s.name === 'RBL_TEST_REJECT')));
  } finally {
    await store.close();
  }
});
