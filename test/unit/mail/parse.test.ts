// Mail that declares no charset (or claims ASCII) while carrying 8-bit text: old mailers and
// spamware send it, in KOI8-R and windows-1251 above all. postal-mime alone decodes such text as
// UTF-8 (U+FFFD everywhere); parseMessage gives it the charset its bytes show.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { displayHeader, guessCharset, parseMessage } from '../../../src/mail/parse.ts';
import { tokenize } from '../../../src/bayes/tokenize.ts';
import { inspectAttachments } from '../../../src/content/attachments.ts';
import { attachmentsOptionsSchema, policyOf } from '../../../src/pipeline/checks/attachments.ts';

const RU_SUBJECT = 'Скидка на обучение программированию';
const RU_BODY = 'Здравствуйте! Приглашаем Вас на курсы программирования. Скидка для новых учеников: звоните сегодня, количество мест ограничено. Занятия проходят по вечерам в центре города.';
const EL_BODY = 'Αγαπητέ πελάτη, η νέα μας προσφορά ισχύει μόνο σήμερα. Επικοινωνήστε μαζί μας για περισσότερες πληροφορίες σχετικά με τα προϊόντα μας.';
const DE_BODY = 'Sehr geehrte Damen und Herren, für Ihre Bestellung möchten wir uns herzlich bedanken. Die Lieferung erfolgt in den nächsten Tagen an Ihre Adresse in München.';

/** a single-part message with raw 8-bit bytes in the header and the body */
function raw8bit(subject: string, body: string, charset: string, contentType = 'text/plain'): Buffer {
  return Buffer.concat([
    Buffer.from('From: sender@example.org\r\nTo: user@example.com\r\nSubject: '),
    iconv.encode(subject, charset),
    Buffer.from(`\r\nMIME-Version: 1.0\r\nContent-Type: ${contentType}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
    iconv.encode(body, charset),
    Buffer.from('\r\n'),
  ]);
}

describe('undeclared charsets', () => {
  for (const charset of ['koi8-r', 'windows-1251']) {
    test(`${charset} body and raw 8-bit subject without a charset parameter decode to the same text`, async () => {
      const view = await parseMessage(raw8bit(RU_SUBJECT, RU_BODY, charset));
      assert.equal(view.subject, RU_SUBJECT);
      assert.equal(view.text.trim(), RU_BODY);
    });
  }

  test('a part that claims us-ascii but carries 8-bit windows-1251 is decoded as windows-1251', async () => {
    const view = await parseMessage(raw8bit('Hello', RU_BODY, 'windows-1251', 'text/plain; charset=us-ascii'));
    assert.equal(view.text.trim(), RU_BODY);
  });

  test('Greek ISO-8859-7 and German ISO-8859-1 without a charset', async () => {
    assert.equal((await parseMessage(raw8bit('Hello', EL_BODY, 'iso-8859-7'))).text.trim(), EL_BODY);
    assert.equal((await parseMessage(raw8bit('Hello', DE_BODY, 'latin1'))).text.trim(), DE_BODY);
  });

  test('an HTML part without a MIME charset uses its <meta> charset', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r"></head><body><p>${RU_BODY}</p></body></html>`;
    const view = await parseMessage(raw8bit('Hello', html, 'koi8-r', 'text/html'));
    assert.match(view.html ?? '', new RegExp(RU_BODY.slice(0, 40)));
  });

  test('declared charsets are left alone, and undeclared parts next to them are repaired', async () => {
    const msg = Buffer.concat([
      Buffer.from('From: a@example.org\r\nSubject: mixed\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\nContent-Type: text/plain; charset=iso-8859-5\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      iconv.encode(RU_BODY, 'iso-8859-5'),
      Buffer.from('\r\n--XX\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: base64\r\n\r\n'),
      Buffer.from(iconv.encode(RU_BODY, 'koi8-r').toString('base64') + '\r\n'),
      Buffer.from('--XX--\r\n'),
    ]);
    const view = await parseMessage(msg);
    assert.deepEqual(view.text.split('\n').map((l) => l.trim()).filter(Boolean), [RU_BODY, RU_BODY]);
  });

  // A subject alone is too short for the detector: these two read as windows-1257 ("us³ugi") and
  // as Arabic letters when the subject's bytes are all it sees.
  test('a raw 8-bit subject takes the charset a multipart letter declares on its text part', async () => {
    const subject = 'Faktura za usługi';
    const msg = Buffer.concat([
      Buffer.from('From: biuro@example.pl\r\nSubject: '), iconv.encode(subject, 'iso-8859-2'),
      Buffer.from('\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain;\r\n charset="iso-8859-2"\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nW za=B3=B1czeniu faktura.\r\n--B--\r\n'),
    ]);
    const view = await parseMessage(msg);
    assert.equal(view.subject, subject);
    assert.equal(view.text.trim(), 'W załączeniu faktura.');
  });

  test('an undeclared 8-bit subject is detected together with the undeclared body beside it', async () => {
    const subject = '純商業辦公室出租';
    const body = '專門服務商用辦公室之承租人。台北各等級商用辦公室案件，適合各種商業需求！我們擁有暢通的管道，歡迎來電洽詢。';
    const view = await parseMessage(raw8bit(subject, body, 'big5'));
    assert.equal(view.subject, subject);
    assert.equal(view.text.trim(), body);
  });

  test('displayHeader (the message log, the quarantine list) decodes raw 8-bit and encoded-word headers like parseMessage', async () => {
    const msg = raw8bit(RU_SUBJECT, RU_BODY, 'koi8-r');
    assert.equal(displayHeader(msg, 'subject'), RU_SUBJECT);
    assert.equal(displayHeader(msg, 'subject'), (await parseMessage(msg)).subject);
    assert.equal(displayHeader(msg, 'from'), 'sender@example.org');
    assert.equal(displayHeader(msg, 'x-absent'), '');
    const encoded = Buffer.from('From: =?utf-8?B?0JjQstCw0L0=?= <ivan@example.org>\r\nSubject: =?windows-1252?Q?20_=80_Rabatt?=\r\n\tnur heute\r\n\r\nbody\r\n');
    assert.equal(displayHeader(encoded, 'subject'), '20 € Rabatt nur heute');
    assert.equal(displayHeader(encoded, 'from'), 'Иван <ivan@example.org>');
  });

  test('a raw UTF-8 subject stays UTF-8 when another header line carries legacy bytes', async () => {
    const msg = Buffer.concat([
      Buffer.from('From: Ivan <ivan@example.org>\r\nSubject: Счёт за декабрь\r\nX-Office: ', 'utf8'),
      iconv.encode('Büro München', 'latin1'),
      Buffer.from('\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n'),
      iconv.encode('Grüße aus München', 'latin1'),
      Buffer.from('\r\n'),
    ]);
    const view = await parseMessage(msg);
    assert.equal(view.subject, 'Счёт за декабрь');
    assert.equal(view.headers.find((h) => h.key === 'x-office')?.value, 'Büro München');
    assert.equal(displayHeader(msg, 'subject'), 'Счёт за декабрь');
    assert.equal(displayHeader(msg, 'x-office'), 'Büro München');
  });

  test('a Content-Type without the semicolon before charset is still the text body', async () => {
    const view = await parseMessage(raw8bit('Offer', RU_BODY, 'koi8-r', 'TEXT/PLAIN charset=KOI8-R'));
    assert.equal(view.text.trim(), RU_BODY);
    assert.equal(view.attachments.length, 0);
  });

  test('undeclared KOI8-R gives the tokens of the same message in declared UTF-8', async () => {
    const undeclared = await parseMessage(raw8bit(RU_SUBJECT, RU_BODY, 'koi8-r'));
    const declared = await parseMessage(raw8bit(RU_SUBJECT, RU_BODY, 'utf-8', 'text/plain; charset=utf-8'));
    const text = (v: typeof declared) => tokenize(v).sequences.filter((s) => s.prefix === 'b' || s.prefix === 's').map((s) => s.words);
    assert.deepEqual(text(undeclared), text(declared));
    assert.ok(text(declared)[1]!.length > 10);
  });

  test('guessCharset: UTF-8 and ASCII stay UTF-8; undetectable 8-bit falls back to windows-1252', () => {
    assert.equal(guessCharset(Buffer.from('plain ascii')), 'utf-8');
    assert.equal(guessCharset(Buffer.from('Grüße', 'utf8')), 'utf-8');
    assert.equal(guessCharset(iconv.encode(RU_BODY, 'koi8-r')), 'koi8-r');
    assert.equal(guessCharset(iconv.encode(RU_BODY, 'windows-1251')), 'windows-1251');
    assert.equal(guessCharset(Buffer.from([0x41, 0xff, 0x42])), 'windows-1252');
  });
});

describe('windows-1252 (and the labels that mean it: iso-8859-1, us-ascii)', () => {
  // Node 20's TextDecoder reads windows-1252 as ISO-8859-1: bytes 0x80–0x9F became C1 controls
  const DE = 'Nur heute – 100€ oder 20 € Rabatt auf „Größe M“… und ‚Spezial‘-Preise™ für Œuvre, Šárka, Žofie, Ÿves • ok';
  test('the bytes 0x80–0x9F decode as the standard says, for every label of the encoding', async () => {
    const bytes = iconv.encode(DE, 'windows-1252');
    for (const label of ['windows-1252', 'cp1252', 'iso-8859-1', 'latin1', 'us-ascii']) {
      assert.equal(new TextDecoder(label).decode(bytes), DE, label);
    }
    // the table matches iconv-lite's for every byte
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const ours = [...new TextDecoder('windows-1252').decode(all)];
    const theirs = [...iconv.decode(Buffer.from(all), 'windows-1252')];
    ours.forEach((c, i) => { if (![0x81, 0x8d, 0x8f, 0x90, 0x9d].includes(i)) assert.equal(c, theirs[i], `byte 0x${i.toString(16)}`); });
  });

  test('a declared windows-1252 body, a raw 8-bit subject and an encoded-word subject keep € – „ “ …', async () => {
    const declared = Buffer.concat([
      Buffer.from('From: shop@example.de\r\nTo: user@example.com\r\nSubject: =?windows-1252?Q?20_=80_Rabatt_=96_nur_heute?=\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=windows-1252\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'),
      Buffer.from(iconv.encode(DE, 'windows-1252').toString('latin1').replace(/[\x80-\xff=]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`), 'latin1'),
      Buffer.from('\r\n'),
    ]);
    const view = await parseMessage(declared);
    assert.equal(view.subject, '20 € Rabatt – nur heute');
    assert.equal(view.text.trim(), DE);
    // no charset declared: the detector's windows-1252 reading, of German as a shop writes it
    // (DE's string of Œ Š Ž Ÿ names from four languages reads better as windows-1250)
    const GERMAN = 'Nur heute – 100€ oder 20 € Rabatt auf „Größe M“… und ‚Spezial‘-Preise™ • ok';
    const undeclared = await parseMessage(raw8bit('Angebot – 20 € „Rabatt“', `${DE_BODY} ${GERMAN}`, 'windows-1252'));
    assert.equal(undeclared.subject, 'Angebot – 20 € „Rabatt“');
    assert.ok(undeclared.text.includes(GERMAN), undeclared.text);
    // and the tokenizer sees the euro amount as one token
    assert.ok(tokenize(view).sequences.find((s) => s.prefix === 'b')!.words.includes('100€'));
  });
});

describe('mislabelled charsets', () => {
  const encodedWord = (text: string, charset: string, label: string): string => `=?${label}?B?${iconv.encode(text, charset).toString('base64')}?=`;

  test('a windows-1251 body labelled ISO-8859-1 and its raw subject read as Russian, with the tokens of the same message labelled right', async () => {
    const mislabelled = await parseMessage(raw8bit(RU_SUBJECT, RU_BODY, 'windows-1251', 'text/plain; charset=iso-8859-1'));
    const right = await parseMessage(raw8bit(RU_SUBJECT, RU_BODY, 'windows-1251', 'text/plain; charset=windows-1251'));
    assert.equal(mislabelled.text.trim(), RU_BODY);
    assert.equal(mislabelled.subject, RU_SUBJECT);
    const text = (v: typeof right) => tokenize(v).sequences.filter((s) => s.prefix === 'b' || s.prefix === 's').map((s) => s.words);
    assert.deepEqual(text(mislabelled), text(right));
  });

  test('KOI8-R labelled UTF-8, in a multipart letter with a right label beside it', async () => {
    const msg = Buffer.concat([
      Buffer.from('From: a@example.org\r\nSubject: mixed\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="XX"\r\n\r\n--XX\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      iconv.encode(RU_BODY, 'koi8-r'),
      Buffer.from('\r\n--XX\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n'),
      Buffer.from('F=FCr Ihre Bestellung m=F6chten wir uns bedanken.\r\n'),
      Buffer.from('--XX--\r\n'),
    ]);
    const view = await parseMessage(msg);
    assert.deepEqual(view.text.split('\n').map((l) => l.trim()).filter(Boolean), [RU_BODY, 'Für Ihre Bestellung möchten wir uns bedanken.']);
  });

  test('encoded-words with a wrong label: the subject and the From name, in parseMessage and displayHeader alike', async () => {
    const msg = Buffer.from([
      `From: ${encodedWord('Иван Петров', 'windows-1251', 'iso-8859-1')} <ivan@example.org>`,
      // one subject split over two words, as long subjects are
      `Subject: ${encodedWord('Скидка на обучение ', 'windows-1251', 'koi8-r')}\r\n ${encodedWord('программированию', 'windows-1251', 'koi8-r')}`,
      'To: user@example.com', 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', 'ok', '',
    ].join('\r\n'));
    const view = await parseMessage(msg);
    assert.equal(view.subject, RU_SUBJECT);
    assert.equal(displayHeader(msg, 'subject'), RU_SUBJECT);
    assert.equal(displayHeader(msg, 'from'), 'Иван Петров <ivan@example.org>');
    // a right label is left as it is
    const right = Buffer.from(`Subject: ${encodedWord('Grüße aus München', 'iso-8859-1', 'iso-8859-1')}\r\n\r\nok\r\n`);
    assert.equal((await parseMessage(right)).subject, 'Grüße aus München');
  });
});

describe('UTF-7, which TextDecoder does not know and Outlook renders', () => {
  test('an HTML body, a text body and an encoded-word subject in UTF-7 read as the reader sees them', async () => {
    const html = iconv.encode('<p>A flexible remote position: €260–900 per day, paid daily. Write on WhatsApp.</p>', 'utf7');
    assert.match(html.toString('latin1'), /\+[A-Za-z0-9+/]+-/, 'the words are base64 runs on the wire');
    const raw = Buffer.concat([Buffer.from('From: a@b.example\r\nSubject: =?utf-7?Q?Gewinn_+AOQ-_+IKw-?=\r\nMIME-Version: 1.0\r\nContent-Type: multipart/alternative; boundary=x\r\n\r\n'
      + '--x\r\nContent-Type: text/plain; charset="UTF-7"\r\n\r\nSie haben 1000 +IKw- gewonnen +ACE-\r\n--x\r\nContent-Type: text/html; charset=utf-7\r\nContent-Transfer-Encoding: 7bit\r\n\r\n'), html, Buffer.from('\r\n--x--\r\n')]);
    const view = await parseMessage(raw);
    assert.equal(view.subject, 'Gewinn ä €');
    assert.equal(view.text.trim(), 'Sie haben 1000 € gewonnen !');
    assert.match(view.html ?? '', /A flexible remote position: €260–900 per day, paid daily\. Write on WhatsApp\./);
    assert.equal(displayHeader(raw, 'subject'), 'Gewinn ä €');
  });
});

describe('attachment names in MIME part headers', () => {
  const NAME = 'Счёт на оплату.pdf.exe';
  const cp1251 = iconv.encode(NAME, 'windows-1251');
  const percent = [...cp1251].map((b) => (/[A-Za-z0-9.]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`)).join('');
  /** a letter whose attachment's Content-Disposition is `disposition`, its text in `charset`, the attachment one level down when `nested` */
  const letter = (disposition: Buffer, charset = 'windows-1251', nested = false): Buffer => Buffer.concat([
    Buffer.from(`From: a@example.org\r\nSubject: invoice\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="OUT"\r\n\r\n--OUT\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
    iconv.encode('Добрый день, счёт во вложении.', charset),
    Buffer.from(nested ? '\r\n--OUT\r\nContent-Type: multipart/mixed; boundary="IN"\r\n\r\n--IN\r\n' : '\r\n--OUT\r\n'),
    Buffer.from('Content-Type: application/octet-stream\r\n'), disposition,
    Buffer.from(`\r\nContent-Transfer-Encoding: base64\r\n\r\nTVo=\r\n${nested ? '--IN--\r\n' : ''}--OUT--\r\n`),
  ]);
  const filename = async (msg: Buffer): Promise<string | null> => (await parseMessage(msg)).attachments[0]?.filename ?? null;

  test('raw 8-bit bytes are read in the message\'s charset, as the message header is, also in a nested multipart and beside a UTF-8 text', async () => {
    const raw = Buffer.concat([Buffer.from('Content-Disposition: attachment; filename="'), cp1251, Buffer.from('"')]);
    assert.equal(await filename(letter(raw)), NAME);
    assert.equal(await filename(letter(raw, 'windows-1251', true)), NAME);
    assert.equal(await filename(letter(raw, 'utf-8')), NAME);
    // a UTF-8 name stays as it is
    assert.equal(await filename(letter(Buffer.from(`Content-Disposition: attachment; filename="${NAME}"`))), NAME);
    // the attachment check names the file as its reader sees it
    const view = await parseMessage(letter(raw));
    const findings = await inspectAttachments(view.attachments, policyOf(attachmentsOptionsSchema.parse({})));
    assert.ok(findings.some((f) => f.kind === 'blocked' && f.path.join(' > ') === NAME), JSON.stringify(findings));
  });

  test('encoded-words and RFC 2231 parameters: a wrong label is replaced, a right one kept', async () => {
    const b64 = cp1251.toString('base64');
    for (const label of ['windows-1251', 'iso-8859-1']) {
      assert.equal(await filename(letter(Buffer.from(`Content-Disposition: attachment; filename="=?${label}?B?${b64}?="`))), NAME, `encoded-word ${label}`);
      assert.equal(await filename(letter(Buffer.from(`Content-Disposition: attachment; filename*=${label}''${percent}`))), NAME, `RFC 2231 ${label}`);
      // split into segments, the label in the first (RFC 2231 section 3)
      const [a, b] = [percent.slice(0, 12), percent.slice(12)];
      assert.equal(await filename(letter(Buffer.from(`Content-Disposition: attachment;\r\n filename*0*=${label}''${a};\r\n filename*1*=${b}`))), NAME, `RFC 2231 segments ${label}`);
    }
    const german = 'Rechnung für März.pdf';
    assert.equal(await filename(letter(Buffer.from(`Content-Disposition: attachment; filename*=iso-8859-1''${encodeURIComponent(german).replace(/%C3%BC/g, '%FC').replace(/%C3%A4/g, '%E4')}`))), german);
  });
});

test('forwarded messages are read as part of the message two deep; a deeper one stays an attachment, which the attachments walk still opens', async () => {
  // a message forwarding one that forwards one that forwards the third, which carries a program
  let inner = 'From: c@z.test\r\nSubject: forward 3\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x3"\r\n\r\n--x3\r\nContent-Type: text/plain\r\n\r\ntext of forward 3\r\n--x3\r\nContent-Type: application/octet-stream; name="run.exe"\r\nContent-Disposition: attachment; filename="run.exe"\r\n\r\nMZ\r\n--x3--\r\n';
  for (const level of [2, 1, 0]) inner = `From: b@y.test\r\nSubject: ${level ? `forward ${level}` : 'top'}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x${level}"\r\n\r\n--x${level}\r\nContent-Type: text/plain\r\n\r\ntext of ${level ? `forward ${level}` : 'the top'}\r\n--x${level}\r\nContent-Type: message/rfc822\r\n\r\n${inner}--x${level}--\r\n`;
  const view = await parseMessage(Buffer.from(inner));
  assert.match(view.text, /text of the top[\s\S]*text of forward 1[\s\S]*text of forward 2/);
  assert.doesNotMatch(view.text, /text of forward 3/);
  assert.deepEqual(view.attachments.map((a) => a.mimeType), ['message/rfc822']);
  const findings = await inspectAttachments(view.attachments, policyOf(attachmentsOptionsSchema.parse({})));
  assert.ok(findings.some((f) => f.kind === 'blocked' && f.path.at(-1) === 'run.exe'), JSON.stringify(findings));
});

test('a forwarded message is read with the same charset repairs as the message around it, also one forward inside another', async () => {
  // an old Russian mailer's letter: raw windows-1251 subject, undeclared text, raw attachment name;
  // beside it, text labelled ISO-8859-1 that is windows-1251 ("Óâàæàåìûå")
  const letter = Buffer.concat([
    Buffer.from('From: buh@example.ru\r\nSubject: '), iconv.encode(RU_SUBJECT, 'windows-1251'),
    Buffer.from('\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="in"\r\n\r\n--in\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
    iconv.encode(RU_BODY, 'windows-1251'),
    Buffer.from('\r\n--in\r\nContent-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
    iconv.encode('Уважаемые коллеги, счёт во вложении.', 'windows-1251'),
    Buffer.from('\r\n--in\r\nContent-Type: application/octet-stream; name="'), iconv.encode('Счёт.pdf.exe', 'windows-1251'),
    Buffer.from('"\r\nContent-Disposition: attachment\r\n\r\nMZ\r\n--in--\r\n'),
  ]);
  const forward = (inner: Buffer, boundary: string): Buffer => Buffer.concat([
    Buffer.from(`From: kollege@example.de\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="${boundary}"\r\n\r\n--${boundary}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nSiehe unten.\r\n--${boundary}\r\nContent-Type: message/rfc822\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
    inner, Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  for (const [what, message] of [['forward', forward(letter, 'f1')], ['forward of a forward', forward(forward(letter, 'f1'), 'f2')]] as const) {
    const view = await parseMessage(message);
    assert.ok(view.text.includes(`Subject: ${RU_SUBJECT}`), `${what}: ${view.text}`);
    assert.ok(view.text.includes(RU_BODY), `${what}: ${view.text}`);
    assert.ok(view.text.includes('Уважаемые коллеги, счёт во вложении.'), `${what}: ${view.text}`);
    assert.doesNotMatch(view.text, /\uFFFD/, what);
    assert.deepEqual(view.attachments.map((a) => a.filename), ['Счёт.pdf.exe'], what);
  }
});
