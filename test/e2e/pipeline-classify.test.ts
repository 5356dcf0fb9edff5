// `mailmoat classify` as a process: the same pipeline without SMTP, against a real dnsmasq serving
// a test DNSBL zone and SPF/DMARC records for the sender's domain.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { stringify } from 'yaml';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { REPO_ROOT } from '../helpers/gateway.ts';
import { mailWithDocuments, pdfDocument, printedPdf } from '../helpers/pdf.ts';
import { pandocDocument } from '../helpers/office.ts';
import { syntheticMail } from '../helpers/synthetic-mail.ts';
import { zipArchive } from '../helpers/zip.ts';

const run = promisify(execFile);
// 2001:db8::5 in RFC 5782 nibble order
const NIBBLES = '5.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2';
let dns: DnsServer;
let dir: string;
let configFile: string;
let mail: string;

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'mm-classify-'));
  const rules = join(dir, 'rules');
  cpSync(join(REPO_ROOT, 'rules'), rules, { recursive: true });
  writeFileSync(join(rules, 'dnsbl.yaml'), stringify({ lists: [{ name: 'test-bl', zone: 'bl.test', ipv6: true, symbols: {
    RBL_TEST: { codes: ['127.0.0.2'], weight: 20, description: { en: 'listed', ru: 'в списке' } },
  } }] }));
  dns = await startDns({
    zones: {
      'bl.test': { a: { '2.0.0.127': '127.0.0.2', [NIBBLES]: '127.0.0.2' } },
      'sender.test': { txt: { '@': 'v=spf1 ip4:127.0.0.5 -all', _dmarc: 'v=DMARC1; p=reject' } },
    },
  });
  configFile = join(dir, 'mailmoat.yaml');
  // dnsmasq answers at once; the 3 s are for a loaded machine, where a fresh process's first query waits on its own start
  // (1 s once missed RBL_TEST in CI while benchmarks ran beside it)
  writeFileSync(configFile, stringify({ dataDir: join(dir, 'data'), rules, dns: { servers: [dns.server], timeoutMs: 3000 }, log: { level: 'warn' } }));
  mail = join(dir, 'm.eml');
  // LF line endings on purpose: classify normalises them like SMTP would arrive
  writeFileSync(mail, 'From: Alice <alice@sender.test>\nTo: bob@example.com\nSubject: hello\nDate: Sun, 22 Nov 2026 01:00:00 +0000\nMessage-ID: <c1@sender.test>\n\nHi Bob\n');
});

after(async () => {
  await dns?.stop();
  rmSync(dir, { recursive: true, force: true });
});

async function classify(...args: string[]) {
  return classifyFile(mail, ...args);
}

async function classifyFile(file: string, ...args: string[]) {
  return classifyWith({}, file, ...args);
}

async function classifyWith(env: NodeJS.ProcessEnv, file: string, ...args: string[]) {
  const { stdout } = await run(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'classify', file, '--config', configFile, ...args], { env: { ...process.env, MAILMOAT_LOG_LEVEL: 'warn', ...env } });
  const lines = stdout.trim().split('\n');
  assert.equal(lines.length, 1, `one JSON line on stdout, got: ${stdout}`);
  return JSON.parse(lines[0]!) as { score: number; action: string; symbols: Array<{ name: string; score: number; detail: string }> };
}

test('prints exactly {score, action, symbols[{name, score, detail}]}; SPF pass from an allowed address', async () => {
  const r = await classify('--ip', '127.0.0.5', '--helo', 'mail.sender.test', '--from', 'alice@sender.test', '--rcpt', 'bob@example.com');
  assert.deepEqual(Object.keys(r), ['score', 'action', 'symbols']);
  for (const s of r.symbols) {
    assert.deepEqual(Object.keys(s), ['name', 'score', 'detail']);
    assert.equal(typeof s.detail, 'string');
  }
  const names = r.symbols.map((s) => s.name);
  assert.ok(names.includes('SPF_PASS'), names.join(','));
  assert.ok(names.includes('DMARC_PASS'), names.join(','));
  assert.equal(r.action, 'accept');
  assert.equal(r.score, Math.round(r.symbols.reduce((a, s) => a + s.score, 0) * 100) / 100);
});

test('SPF fail with a DMARC p=reject domain and a listed client: symbols and reject', async () => {
  const r = await classify('--ip', '127.0.0.2', '--helo', 'localhost', '--from', 'alice@sender.test');
  const names = r.symbols.map((s) => s.name);
  for (const n of ['SPF_FAIL', 'DMARC_FAIL_REJECT', 'RBL_TEST', 'HELO_LOCALHOST']) assert.ok(names.includes(n), `${n} in ${names.join(',')}`);
  assert.equal(r.action, 'reject');
  assert.ok(r.score >= 20);
});

test('IPv6 clients are looked up in nibble format; an IPv4-mapped client as IPv4', async () => {
  const v6 = await classify('--ip', '2001:db8::5', '--helo', 'mail.sender.test', '--from', 'alice@sender.test');
  assert.ok(v6.symbols.some((s) => s.name === 'RBL_TEST'), JSON.stringify(v6));
  const other = await classify('--ip', '2001:db8::6', '--helo', 'mail.sender.test', '--from', 'alice@sender.test');
  assert.ok(!other.symbols.some((s) => s.name === 'RBL_TEST'));
  const mapped = await classify('--ip', '::ffff:127.0.0.2', '--helo', 'mail.sender.test', '--from', 'alice@sender.test');
  assert.ok(mapped.symbols.some((s) => s.name === 'RBL_TEST'), JSON.stringify(mapped));
});

test('a Greek sextortion with a Bitcoin wallet and a sum: CRYPTO_WALLET and CRYPTO_PAYMENT_DEMAND tag it with the shipped rules', async () => {
  const file = join(dir, 'sextortion.eml');
  writeFileSync(file, 'From: <info@mailer.example.net>\nTo: bob@example.com\nSubject: =?utf-8?b?zpHPg8+GzqzOu861zrnOsQ==?=\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n'
    + 'Message-ID: <s1@mailer.example.net>\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n'
    + 'Έχω πρόσβαση στη συσκευή σας. Στείλτε 1.200 ευρώ σε Bitcoin στη διεύθυνση 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy μέσα σε 48 ώρες.\n');
  const r = await classifyFile(file, '--ip', '192.0.2.77', '--helo', 'mailer.example.net', '--from', 'info@mailer.example.net', '--rcpt', 'bob@example.com');
  const by = new Map(r.symbols.map((s) => [s.name, s]));
  assert.deepEqual(by.get('CRYPTO_WALLET'), { name: 'CRYPTO_WALLET', score: 2.5, detail: 'Bitcoin 3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy in the text' });
  assert.deepEqual(by.get('CRYPTO_PAYMENT_DEMAND'), { name: 'CRYPTO_PAYMENT_DEMAND', score: 3, detail: 'asks for 1.200 ευρώ' });
  assert.notEqual(r.action, 'accept');
});

test('a Spanish lottery in ISO-8859-15 from free mail and a payroll lure signed by "HR": ADVANCE_FEE_FRAUD and MAILBOX_CREDENTIALS_LURE tag them with the shipped rules', async () => {
  const lottery = join(dir, 'lottery.eml');
  writeFileSync(lottery, Buffer.concat([Buffer.from('From: =?iso-8859-15?q?Loter=EDa_Primitiva?= <premios@mailer.example.net>\nReply-To: agente.premios@hotmail.com\nTo: bob@example.com\n'
    + 'Subject: Estimado ganador\nDate: Thu, 03 Dec 2026 10:00:00 +0000\nMessage-ID: <l1@mailer.example.net>\nContent-Type: text/plain; charset=iso-8859-15\nContent-Transfer-Encoding: 8bit\n\n'),
  Buffer.from('Su dirección ha resultado ganadora en el sorteo de la Lotería Primitiva, con un premio de 850.000,00 \xa4. Envíe copia del DNI y número de cuenta y abone 350 \xa4 de gastos de gestión.\n', 'latin1')]));
  const a = await classifyFile(lottery, '--ip', '192.0.2.77', '--helo', 'mailer.example.net', '--from', 'premios@mailer.example.net', '--rcpt', 'bob@example.com');
  const fee = a.symbols.find((x) => x.name === 'ADVANCE_FEE_FRAUD');
  assert.equal(fee?.score, 3, JSON.stringify(a.symbols));
  assert.match(fee.detail ?? '', /promises "ha resultado ganadora", names 850\.000,00 € and asks for/);
  assert.ok(a.symbols.some((x) => x.name === 'REPLYTO_FREEMAIL'), JSON.stringify(a.symbols));
  assert.equal(a.action, 'tag');

  const payroll = join(dir, 'payroll.eml');
  writeFileSync(payroll, 'From: Recursos Humanos <rrhh@mailer.example.net>\nTo: bob@example.com\nSubject: =?utf-8?q?Ajuste_de_su_n=C3=B3mina?=\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n'
    + 'Message-ID: <p1@mailer.example.net>\nContent-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: 8bit\n\n'
    + '<p>Inicie sesión con sus credenciales de Microsoft 365 corporativas.</p><p><a href="https://nominas-portal.azurewebsites.net/login?u=bob@example.com">Ver mi nómina</a></p>\n');
  const b = await classifyFile(payroll, '--ip', '192.0.2.77', '--helo', 'mailer.example.net', '--from', 'rrhh@mailer.example.net', '--rcpt', 'bob@example.com');
  assert.deepEqual(b.symbols.filter((x) => x.score >= 1).map((x) => [x.name, x.score]).sort(), [['CREDENTIALS_FREE_PAGE', 2], ['LINK_PERSONAL_PAGE', 3], ['MAILBOX_CREDENTIALS_LURE', 3]], JSON.stringify(b.symbols));
  assert.equal(b.action, 'tag');
});

test('a utility bill on Google Forms from a hacked site, and the "CEO" asking for gift-card codes in secret: BRAND_FREE_PAGE tags the one, GIFT_CARD_REQUEST and SECRET_TRANSFER_REQUEST quarantine the other with the shipped rules', async () => {
  const bill = join(dir, 'bill.eml');
  writeFileSync(bill, Buffer.concat([Buffer.from('From: =?iso-8859-7?B?xMXHIMXu9fDn8d305/Pn?= <info@taverna.example.net>\nTo: bob@example.com\nSubject: Refund\nDate: Thu, 03 Dec 2026 10:00:00 +0000\n'
    + 'Message-ID: <d1@taverna.example.net>\nContent-Type: text/plain; charset=iso-8859-7\nContent-Transfer-Encoding: 8bit\n\n'),
  Buffer.from('\xd3\xf5\xec\xf0\xeb\xe7\xf1\xfe\xf3\xf4\xe5 \xf4\xe7 \xf6\xfc\xf1\xec\xe1: https://docs.google.com/forms/d/e/1FAIpQLSd8xK2v/viewform\n', 'latin1')]));
  const a = await classifyFile(bill, '--ip', '192.0.2.77', '--helo', 'taverna.example.net', '--from', 'info@taverna.example.net', '--rcpt', 'bob@example.com');
  assert.deepEqual(a.symbols.filter((x) => x.name.startsWith('BRAND_')).map((x) => [x.name, x.score]), [['BRAND_IMPERSONATION', 4], ['BRAND_FREE_PAGE', 2]], JSON.stringify(a.symbols));
  assert.equal(a.action, 'tag');

  const gift = join(dir, 'gift.eml');
  writeFileSync(gift, Buffer.concat([Buffer.from('From: "Dr. Thomas Brenner" <thomas.brenner.eg@mailer.example.net>\nReply-To: t.brenner.ceo@proton.me\nTo: bob@example.com\nSubject: Dringend\n'
    + 'Date: Thu, 03 Dec 2026 10:00:00 +0000\nMessage-ID: <g1@mailer.example.net>\nContent-Type: text/plain; charset=windows-1252\nContent-Transfer-Encoding: 8bit\n\n'),
  Buffer.from('Kannst du heute 10 Amazon-Geschenkkarten \xe0 100 \x80 besorgen? Rubbel die Codes frei und schick mir Fotos davon. Bitte mit niemandem dar\xfcber sprechen.\n', 'latin1')]));
  const b = await classifyFile(gift, '--ip', '192.0.2.77', '--helo', 'mailer.example.net', '--from', 'thomas.brenner.eg@mailer.example.net', '--rcpt', 'bob@example.com');
  const card = b.symbols.find((x) => x.name === 'GIFT_CARD_REQUEST');
  assert.equal(card?.score, 5, JSON.stringify(b.symbols));
  assert.match(card.detail ?? '', /names "geschenkkarten" and asks "rubbel die codes frei"; From thomas\.brenner\.eg@mailer\.example\.net/);
  // "Bitte mit niemandem darüber sprechen": the secret asked with the cards' codes as the money
  assert.equal(b.symbols.find((x) => x.name === 'SECRET_TRANSFER_REQUEST')?.score, 5, JSON.stringify(b.symbols));
  assert.equal(b.action, 'quarantine', JSON.stringify(b.symbols));
});

test('a "register" asks to update the company\'s data, the yearly price in the attached form\'s fine print: DIRECTORY_SCAM tags it with the shipped rules', async () => {
  const file = join(dir, 'register.eml');
  const form = printedPdf('<h2>KRAJOWY REJESTR FIRM I PRZEDSIĘBIORCÓW</h2><p>Formularz aktualizacji danych</p><p>Nazwa firmy: EXAMPLE GROUP</p>'
    + '<p style="font-size:7pt">Podpisanie i odesłanie formularza stanowi zamówienie wpisu w katalogu internetowym na okres 3 lat w cenie 1 890,00 zł netto za każdy rok.</p>');
  writeFileSync(file, mailWithDocuments('From: Krajowy Rejestr Firm <aktualizacja@mailer.example.net>\r\nTo: bob@example.com\r\nSubject: =?iso-8859-2?q?Aktualizacja_danych_firmy?=\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\nMessage-ID: <r1@mailer.example.net>\r\n',
    'Prosimy o weryfikację informacji o firmie w Krajowym Rejestrze Firm, podpisanie formularza i odesłanie skanu.', ['Formularz_aktualizacji.pdf', form]));
  const r = await classifyFile(file, '--ip', '192.0.2.77', '--helo', 'mailer.example.net', '--from', 'aktualizacja@mailer.example.net', '--rcpt', 'bob@example.com');
  const scam = r.symbols.find((x) => x.name === 'DIRECTORY_SCAM');
  assert.equal(scam?.score, 5, JSON.stringify(r.symbols));
  assert.match(scam.detail ?? '', /and "1 890,00 zł netto za kazdy rok"; From aktualizacja@mailer\.example\.net/);
  assert.equal(r.action, 'tag', JSON.stringify(r.symbols));
});

for (const zipped of [false, true]) {
  test(`callback phishing in a Word file${zipped ? ' packed in a ZIP' : ''} with one line of text: CALLBACK_PHISHING tags it with the shipped rules`, async () => {
    const file = join(dir, 'callback.eml');
    const docx = pandocDocument('docx', '# Geek Squad\n\nYour annual protection plan was renewed. Amount charged: $349.99.\n\nTo cancel or dispute, call our billing desk: 1-855-555-0142');
    writeFileSync(file, mailWithDocuments('From: Geek Squad <billing@mailer.example.net>\r\nTo: bob@example.com\r\nSubject: Order confirmation\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\nMessage-ID: <c1@mailer.example.net>\r\n',
      'Thank you for your purchase. Your receipt is attached.', zipped ? ['receipt.zip', zipArchive([['receipt.docx', docx]])] : ['receipt.docx', docx]));
    const r = await classifyFile(file, '--ip', '192.0.2.77', '--helo', 'mailer.example.net', '--from', 'billing@mailer.example.net', '--rcpt', 'bob@example.com');
    const by = new Map(r.symbols.map((s) => [s.name, s]));
    assert.deepEqual(by.get('CALLBACK_PHISHING'), { name: 'CALLBACK_PHISHING', score: 5,
      detail: `names Geek Squad, $349.99 and the number 1-855-555-0142 in the Office document ${zipped ? 'receipt.zip > ' : ''}receipt.docx; From billing@mailer.example.net (not authenticated)` });
    assert.notEqual(r.action, 'accept');
    // the admin's switch: with Office documents' text not read (content.officeText), nothing is found
    const off = await classifyWith({ MAILMOAT_CONTENT_OFFICE_TEXT: 'false' }, file, '--ip', '192.0.2.77', '--helo', 'mailer.example.net', '--from', 'billing@mailer.example.net', '--rcpt', 'bob@example.com');
    assert.ok(!off.symbols.some((s) => s.name === 'CALLBACK_PHISHING'), JSON.stringify(off));
  });
}

test('a spam that is a document and one line: the Bayes model reads the PDF, Word or OpenDocument file (trained by `mailmoat train` on ordinary mail)', { timeout: 240_000 }, async () => {
  // its own store: the tests above expect an untrained model
  const own = join(dir, 'pdf-bayes');
  const ownConfig = join(own, 'mailmoat.yaml');
  mkdirSync(join(own, 'spam'), { recursive: true });
  mkdirSync(join(own, 'ham'));
  writeFileSync(ownConfig, stringify({ dataDir: join(own, 'data'), rules: join(dir, 'rules'), dns: { servers: [dns.server], timeoutMs: 3000 }, log: { level: 'warn' } }));
  const mailOf = syntheticMail(7);
  for (let i = 0; i < 220; i++) {
    writeFileSync(join(own, 'spam', `${i}.eml`), mailOf('spam', i));
    writeFileSync(join(own, 'ham', `${i}.eml`), mailOf('ham', i));
  }
  await run(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'train', '--spam', join(own, 'spam'), '--ham', join(own, 'ham'), '--config', ownConfig], { env: { ...process.env, MAILMOAT_LOG_LEVEL: 'warn' } });
  const withDocument = (name: string, document: [string, Buffer]): string => {
    const file = join(own, `${name}.eml`);
    writeFileSync(file, mailWithDocuments(`From: <billing@mailer.example.net>\r\nTo: bob@example.com\r\nSubject: Your document\r\nDate: Thu, 03 Dec 2026 10:00:00 +0000\r\nMessage-ID: <${name}@mailer.example.net>\r\n`,
      'Please see the attached document.', document));
    return file;
  };
  const withPdf = (name: string, lines: string[]): string => withDocument(name, [`${name}.pdf`, pdfDocument({ text: lines })]);
  const bayes = async (file: string) => {
    const { stdout } = await run(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'classify', file, '--config', ownConfig, '--ip', '192.0.2.77', '--explain'], { env: { ...process.env, MAILMOAT_LOG_LEVEL: 'warn' } });
    const r = JSON.parse(stdout) as { symbols: Array<{ name: string }>; bayes: { probability: number } };
    return { names: r.symbols.map((s) => s.name).filter((n) => n.startsWith('BAYES_')), p: r.bayes.probability };
  };
  const spam = await bayes(withPdf('spam', ['Claim your lottery prize now: guaranteed casino winner,', 'cheap pills and a discount on credit, urgent bitcoin investment.']));
  const ham = await bayes(withPdf('ham', ['Meeting agenda: project report review, schedule and minutes,', 'budget deadline for the team draft.']));
  assert.deepEqual(spam.names, ['BAYES_SPAM'], `P(spam) ${spam.p}`);
  assert.deepEqual(ham.names, ['BAYES_HAM'], `P(spam) ${ham.p}`);
  const spamWord = await bayes(withDocument('spam-word', ['offer.docx', pandocDocument('docx', 'Claim your lottery prize now: guaranteed casino winner, cheap pills and a discount on credit, urgent bitcoin investment.')]));
  const hamOdt = await bayes(withDocument('ham-odt', ['agenda.odt', pandocDocument('odt', 'Meeting agenda: project report review, schedule and minutes, budget deadline for the team draft.')]));
  assert.deepEqual(spamWord.names, ['BAYES_SPAM'], `P(spam) ${spamWord.p}`);
  assert.deepEqual(hamOdt.names, ['BAYES_HAM'], `P(spam) ${hamOdt.p}`);
});
