// Mail that declares no charset (or claims ASCII) while carrying 8-bit text: old mailers and
// spamware send it, in KOI8-R and windows-1251 above all. postal-mime alone decodes such text as
// UTF-8 (U+FFFD everywhere); parseMessage gives it the charset its bytes show.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import iconv from 'iconv-lite';
import { guessCharset, parseMessage } from '../../../src/mail/parse.ts';
import { tokenize } from '../../../src/bayes/tokenize.ts';

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
