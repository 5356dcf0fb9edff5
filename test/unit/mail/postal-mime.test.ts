// The gateway's postal-mime joins the bodies of 7bit/8bit/binary parts itself instead of through
// a Blob of one part per line (Node 20's Blob made that 80 % of parsing a big plain-text body).
// The bytes must come out exactly as postal-mime's own decoders give them.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import PostalMime from '../../../src/mail/postal-mime.ts';

const parse = (raw: string | Buffer) => PostalMime.parse(typeof raw === 'string' ? Buffer.from(raw) : raw, { attachmentEncoding: 'arraybuffer' });
const bytesOf = (content: ArrayBuffer | Uint8Array | string): Buffer => Buffer.from(content as ArrayBuffer);

/** the parse, with Blob unusable: a decoder that still joins through Blob fails it */
async function withoutBlob<T>(run: () => Promise<T>): Promise<T> {
  const original = globalThis.Blob;
  globalThis.Blob = class { constructor() { throw new Error('Blob used'); } } as unknown as typeof Blob;
  try {
    return await run();
  } finally {
    globalThis.Blob = original;
  }
}

test('an 8-bit body is joined without Blob, each line ending in one LF, CRLF or LF alike', async () => {
  const body = 'Grüße aus München\r\nzweite Zeile\nthird line without CR\r\n\r\nlast';
  const email = await withoutBlob(() => parse(`From: a@b.example\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${body}`));
  assert.equal(email.text, 'Grüße aus München\nzweite Zeile\nthird line without CR\n\nlast\n');
});

test('a binary attachment keeps every byte, 8-bit and NUL included', async () => {
  const payload = Buffer.from([0x00, 0xff, 0x80, 0x41, 0x0d, 0x0a, 0x42, 0x00, 0xc3, 0xa9]);
  const raw = Buffer.concat([
    Buffer.from('From: a@b.example\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n'),
    Buffer.from('--b\r\nContent-Type: application/octet-stream; name="x.bin"\r\nContent-Disposition: attachment; filename="x.bin"\r\nContent-Transfer-Encoding: binary\r\n\r\n'),
    payload,
    Buffer.from('\r\n--b--\r\n'),
  ]);
  const email = await parse(raw);
  assert.equal(email.text, 'hello\n');
  assert.equal(email.attachments.length, 1);
  // the CRLF inside becomes LF, and the line before the boundary ends in LF: postal-mime's own reading of a binary part
  assert.deepEqual(bytesOf(email.attachments[0]!.content), Buffer.from([0x00, 0xff, 0x80, 0x41, 0x0a, 0x42, 0x00, 0xc3, 0xa9, 0x0a]));
});

test('no body, and bodies of empty lines, as postal-mime reads them', async () => {
  assert.equal((await parse('From: a@b.example\r\nSubject: x\r\n\r\n')).text, undefined);
  assert.equal((await parse('From: a@b.example\r\nSubject: x\r\n\r\n\r\n')).text, '\n');
  assert.equal((await parse('From: a@b.example\r\nSubject: x\r\n\r\n\r\nab\r\n\r\n')).text, '\nab\n\n');
});

test('base64 (padded on every line too) and quoted-printable parts are decoded by postal-mime, joined without Blob', async () => {
  const raw = 'From: a@b.example\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n'
    + '--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nGr=C3=BC=C3=9Fe, a soft=\r\n break\r\n'
    + `--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="a.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('base64 bytes\x00\xff', 'latin1').toString('base64')}\r\n--b--\r\n`;
  const email = await withoutBlob(() => parse(raw));
  assert.equal(email.text, 'Grüße, a soft break\n');
  assert.deepEqual(bytesOf(email.attachments[0]!.content), Buffer.from('base64 bytes\x00\xff', 'latin1'));
  // some encoders pad every line: each padded unit is decoded on its own
  const lines = ['Grüße ', 'aus ', 'Köln'].map((l) => Buffer.from(l).toString('base64'));
  assert.ok(lines.every((l) => l.endsWith('=')));
  const padded = await withoutBlob(() => parse(`From: a@b.example\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${lines.join('\r\n')}\r\n`));
  assert.equal(padded.text, 'Grüße aus Köln');
  // a body bigger than the decoders' 100 kB chunks
  const big = Buffer.from('Ωmega '.repeat(60_000));
  const qp = big.toString('latin1').replace(/[\x80-\xff]/g, (c) => `=${c.charCodeAt(0).toString(16).toUpperCase()}`).replace(/ /g, ' =\r\n'); // a soft line break after each word
  const both = await withoutBlob(() => parse(`From: a@b.example\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${qp}\r\n--b\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="big.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\n${big.toString('base64').replace(/(.{76})/g, '$1\r\n')}\r\n--b--\r\n`));
  assert.ok(both.text === `${big.toString('utf8')}\n`, 'the quoted-printable text');
  assert.ok(bytesOf(both.attachments[0]!.content).equals(big), 'the base64 attachment');
});
