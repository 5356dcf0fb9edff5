// SMTP smuggling (SEC Consult, 2023) and bare line endings: whatever end-of-data look-alike a
// client puts inside DATA, no second message may ever reach the backend, and the bytes sent to the
// backend must be unambiguous to any SMTP parser (no bare CR, bare LF or NUL; no lone "." line).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { rawSmtp, startSink, type Sink } from '../helpers/sink.ts';

const VARIANTS: Record<string, string> = {
  'LF.LF': '\n.\n',
  'CR.CR': '\r.\r',
  'LF.CRLF': '\n.\r\n',
  'CRLF.LF': '\r\n.\n',
  'CR.CRLF': '\r.\r\n',
  'CRLF.CR': '\r\n.\r',
  'LF.CR': '\n.\r',
  'CRLF NUL.CRLF': '\r\n\x00.\r\n',
  'CRLF.NUL CRLF': '\r\n.\x00\r\n',
  'CRLF.CR CRLF': '\r\n.\r\r\n',
  'CRLF.LF CRLF (double)': '\r\n.\n\r\n',
};

const SMUGGLED = 'MAIL FROM:<smuggled@evil.test>\r\nRCPT TO:<victim@example.com>\r\nDATA\r\nFrom: ceo@example.com\r\nSubject: smuggled\r\n\r\nwire money\r\n';

/** true when a lenient parser could see a line that is only "." or a line break that is not CRLF */
function ambiguous(raw: Buffer): string | null {
  for (let i = 0; i < raw.length; i++) {
    const b = raw[i];
    if (b === 0x00) return `NUL at ${i}`;
    if (b === 0x0a && raw[i - 1] !== 0x0d) return `bare LF at ${i}`;
    if (b === 0x0d && raw[i + 1] !== 0x0a) return `bare CR at ${i}`;
  }
  const text = raw.toString('latin1');
  if (text.startsWith('.\r\n') || text.includes('\r\n.\r\n')) return 'a lone "." line';
  return null;
}

async function sendWithVariant(port: number, variant: string): Promise<{ reply: string; after: number }> {
  const c = await rawSmtp(port);
  await c.read();
  await c.cmd('EHLO client.sender.test');
  assert.equal((await c.cmd('MAIL FROM:<legit@sender.test>')).code, 250);
  assert.equal((await c.cmd('RCPT TO:<bob@example.com>')).code, 250);
  assert.equal((await c.cmd('DATA')).code, 354);
  c.write(Buffer.from('From: legit@sender.test\r\nSubject: smuggle test\r\n\r\nhello' + variant + SMUGGLED + '\r\n.\r\n', 'latin1'));
  const r = await c.read();
  // the session is in a sane state afterwards: the next command gets its own reply
  const noop = await c.cmd('NOOP');
  c.close();
  return { reply: r.text, after: noop.code };
}

describe('SMTP smuggling, normalize mode (default)', () => {
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    sink = await startSink();
    gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port } } });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
  });

  for (const [name, variant] of Object.entries(VARIANTS)) {
    test(`${name}: exactly one message, from the real sender, unambiguous bytes at the backend`, async () => {
      const before = sink.messages.length;
      const { reply, after: next } = await sendWithVariant(gw.smtpPort, variant);
      assert.match(reply, /^250 /);
      assert.equal(next, 250);
      assert.equal(sink.messages.length, before + 1, 'one DATA in, one message out');
      const m = sink.messages.at(-1)!;
      assert.equal(m.mailFrom, 'legit@sender.test');
      assert.deepEqual(m.rcptTo, ['bob@example.com']);
      assert.equal(ambiguous(m.raw), null);
      // the smuggled text is still there, as harmless body text of the one message
      assert.ok(m.data.includes(Buffer.from('MAIL FROM:<smuggled@evil.test>')));
      assert.ok(!sink.messages.some((x) => x.mailFrom === 'smuggled@evil.test'));
    });
  }

  test('only CRLF.CRLF ends DATA: after a bare-LF dot the server keeps waiting', async () => {
    const c = await rawSmtp(gw.smtpPort);
    await c.read();
    await c.cmd('EHLO client.sender.test');
    await c.cmd('MAIL FROM:<legit@sender.test>');
    await c.cmd('RCPT TO:<bob@example.com>');
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write('Subject: wait\r\n\r\nbody\n.\n');
    await assert.rejects(c.read(1000), /no reply/);
    c.write('\r.\r');
    await assert.rejects(c.read(500), /no reply/);
    c.write('more\r\n.\r\n');
    assert.equal((await c.read()).code, 250);
    c.close();
  });
});

describe('SMTP smuggling, reject mode', () => {
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    sink = await startSink();
    gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, smtp: { bareLineEndings: 'reject' } } });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
  });

  test('every variant is refused with 550 5.6.0 and nothing reaches the backend', async () => {
    for (const [name, variant] of Object.entries(VARIANTS)) {
      const { reply, after: next } = await sendWithVariant(gw.smtpPort, variant);
      assert.match(reply, /^550 5\.6\.0 /, name);
      assert.equal(next, 250, name);
    }
    assert.equal(sink.messages.length + sink.refused.length, 0);
  });

  test('a clean message still passes', async () => {
    const { reply } = await sendWithVariant(gw.smtpPort, '\r\n');
    assert.match(reply, /^250 /);
    assert.equal(sink.messages.length, 1);
    assert.equal(ambiguous(sink.messages[0]!.raw), null);
  });
});
