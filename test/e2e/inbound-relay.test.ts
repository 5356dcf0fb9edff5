// Inbound relay end to end: the real gateway process between real clients (swaks, Python smtplib,
// raw sockets) and a byte-logging backend sink.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { rawSmtp, startSink, type Sink } from '../helpers/sink.ts';
import { waitFor } from '../helpers/ports.ts';

const exec = promisify(execFile);

async function swaks(port: number, args: string[]): Promise<{ out: string; code: number }> {
  try {
    const { stdout } = await exec('swaks', ['--server', '127.0.0.1', '--port', String(port), '--timeout', '20', '--helo', 'client.sender.test', ...args]);
    return { out: stdout, code: 0 };
  } catch (err) {
    const e = err as { stdout?: string; code?: number };
    return { out: e.stdout ?? '', code: e.code ?? 1 };
  }
}

async function openSession(port: number, helo = 'client.sender.test') {
  const c = await rawSmtp(port);
  assert.equal((await c.read()).code, 220);
  const ehlo = await c.cmd(`EHLO ${helo}`);
  assert.equal(ehlo.code, 250);
  return { c, ehlo };
}

describe('inbound relay', () => {
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    // the sink refuses some recipients the way a real backend would
    sink = await startSink({
      replies: {
        rcpt: (i) => (i.arg.startsWith('nobody@') ? '550 5.1.1 <' + i.arg + '>: user unknown' : i.arg.startsWith('full@') ? '452 4.2.2 mailbox full' : undefined),
        data: (i) => (i.raw?.includes('BACKEND-REJECT-ME') ? '554 5.7.0 backend policy says no' : undefined),
      },
    });
    gw = await startGateway({
      config: {
        backend: { host: '127.0.0.1', port: sink.port },
        smtp: { localDomains: ['example.com', 'example.org'], maxMessageSize: 20000, maxRecipients: 5, banner: 'Example Corp mail gateway' },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
  });

  test('swaks message is relayed with Received and X-Spam headers, 250 only with the backend 250', async () => {
    const before = sink.messages.length;
    const r = await swaks(gw.smtpPort, ['--from', 'alice@sender.test', '--to', 'bob@example.com', '--header', 'Subject: hello relay', '--body', 'first line\n.leading dot\n..two dots\n']);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /<- {2}250 2\.0\.0 Ok: queued as \w+/);
    assert.equal(sink.messages.length, before + 1);
    const m = sink.messages.at(-1)!;
    assert.equal(m.mailFrom, 'alice@sender.test');
    assert.deepEqual(m.rcptTo, ['bob@example.com']);
    const text = m.data.toString('latin1');
    assert.match(text, /^Received: from client\.sender\.test \(\[127\.0\.0\.1\]\)\r\n\tby mx\.gateway\.test \(mailmoat\) with ESMTP id \w+/);
    assert.match(text, /\r\nX-Spam-Score: -?\d+(\.\d+)?\r\n/);
    assert.match(text, /\r\nX-Spam-Status: (Yes|No), score=-?\d+(\.\d+)? required=\d+(\.\d+)? tests=\S*\r\n/);
    assert.match(text, /\r\nSubject: hello relay\r\n/);
    // dot-stuffing on the wire towards the backend, exactly as the client stuffed it
    assert.ok(m.raw.includes(Buffer.from('\r\n..leading dot\r\n...two dots\r\n')), m.raw.toString('latin1'));
    assert.ok(m.data.includes(Buffer.from('\r\n.leading dot\r\n..two dots\r\n')));
  });

  test('the body is relayed byte for byte (8-bit, long lines, dots) after our headers', async () => {
    const { c } = await openSession(gw.smtpPort);
    assert.equal((await c.cmd('MAIL FROM:<raw@sender.test> BODY=8BITMIME')).code, 250);
    assert.equal((await c.cmd('RCPT TO:<carol@example.org>')).code, 250);
    assert.equal((await c.cmd('DATA')).code, 354);
    const body = Buffer.concat([
      Buffer.from('From: raw@sender.test\r\nSubject: bytes\r\n\r\n'),
      Buffer.from([0xc3, 0xa9, 0xe2, 0x82, 0xac, 0xff, 0x80, 0x0d, 0x0a]),
      Buffer.from('..\r\n...\r\n..x\r\n' + 'y'.repeat(900) + '\r\n \r\n\t.\r\n'),
    ]);
    c.write(body);
    c.write('.\r\n');
    const r = await c.read();
    assert.equal(r.code, 250, r.text);
    await c.cmd('QUIT');
    const m = sink.messages.at(-1)!;
    const at = m.raw.indexOf('From: raw@sender.test');
    assert.ok(at > 0, 'our headers come first');
    assert.deepEqual(m.raw.subarray(at), body, 'the client bytes after DATA reach the backend unchanged');
  });

  test('EHLO advertises the ESMTP extensions and the configured banner', async () => {
    const c = await rawSmtp(gw.smtpPort);
    const banner = await c.read();
    assert.equal(banner.text, '220 mx.gateway.test ESMTP Example Corp mail gateway');
    const ehlo = await c.cmd('EHLO client.sender.test');
    for (const ext of ['PIPELINING', '8BITMIME', 'SMTPUTF8', 'ENHANCEDSTATUSCODES', 'SIZE 20000']) assert.ok(ehlo.lines.some((l) => l.slice(4) === ext), `${ext} in ${ehlo.text}`);
    assert.ok(!ehlo.text.includes('STARTTLS'), 'no STARTTLS without smtp.tls');
    assert.ok(!ehlo.text.includes('AUTH'), 'no AUTH on the inbound port');
    assert.match(ehlo.lines[0]!, /^250-mx\.gateway\.test/);
    c.close();
  });

  test('VRFY and EXPN reveal nothing; HELP, NOOP, RSET and QUIT follow RFC 5321', async () => {
    const { c } = await openSession(gw.smtpPort);
    assert.match((await c.cmd('VRFY bob@example.com')).text, /^252 /);
    assert.match((await c.cmd('VRFY nobody@example.com')).text, /^252 /);
    assert.match((await c.cmd('EXPN staff')).text, /^502 5\.5\.1 /);
    assert.match((await c.cmd('HELP')).text, /^214 /);
    assert.match((await c.cmd('NOOP')).text, /^250 /);
    assert.equal((await c.cmd('MAIL FROM:<a@sender.test>')).code, 250);
    assert.match((await c.cmd('RSET')).text, /^250 /);
    assert.match((await c.cmd('RCPT TO:<bob@example.com>')).text, /^503 /, 'RSET cleared the transaction');
    assert.match((await c.cmd('QUIT')).text, /^221 /);
    await c.closed;
  });

  test('relaying to other domains is denied with 550 5.7.1; the null sender is accepted', async () => {
    const before = sink.messages.length;
    const { c } = await openSession(gw.smtpPort);
    assert.equal((await c.cmd('MAIL FROM:<>')).code, 250);
    assert.match((await c.cmd('RCPT TO:<victim@elsewhere.test>')).text, /^550 5\.7\.1 /);
    assert.match((await c.cmd('RCPT TO:<bob@EXAMPLE.COM>')).text, /^250 /);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write('Subject: bounce\r\n\r\nnull sender\r\n.\r\n');
    assert.equal((await c.read()).code, 250);
    await c.cmd('QUIT');
    assert.equal(sink.messages.length, before + 1);
    assert.equal(sink.messages.at(-1)!.mailFrom, '');
    assert.deepEqual(sink.messages.at(-1)!.rcptTo, ['bob@EXAMPLE.COM']);
  });

  test('recipient limit: 452 4.5.3 beyond smtp.maxRecipients, the accepted ones still get the mail', async () => {
    const { c } = await openSession(gw.smtpPort);
    assert.equal((await c.cmd('MAIL FROM:<many@sender.test>')).code, 250);
    for (let i = 0; i < 5; i++) assert.equal((await c.cmd(`RCPT TO:<u${i}@example.com>`)).code, 250);
    assert.match((await c.cmd('RCPT TO:<u5@example.com>')).text, /^452 4\.5\.3 /);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write('Subject: many\r\n\r\nhi\r\n.\r\n');
    assert.equal((await c.read()).code, 250);
    await c.cmd('QUIT');
    assert.equal(sink.messages.at(-1)!.rcptTo.length, 5);
  });

  test('command lines over 512 octets get 500 5.5.2 and the session goes on', async () => {
    const { c } = await openSession(gw.smtpPort);
    const long = `MAIL FROM:<${'a'.repeat(520)}@sender.test>`;
    assert.match((await c.cmd(long)).text, /^500 5\.5\.2 /);
    assert.equal((await c.cmd('NOOP')).code, 250);
    c.close();
  });

  test('size limit: SIZE= over the limit and a message over the limit both get 552 5.3.4; nothing is relayed', async () => {
    const before = sink.messages.length + sink.refused.length;
    const { c } = await openSession(gw.smtpPort);
    assert.match((await c.cmd('MAIL FROM:<big@sender.test> SIZE=30000')).text, /^552 5\.3\.4 /);
    assert.equal((await c.cmd('MAIL FROM:<big@sender.test>')).code, 250);
    assert.equal((await c.cmd('RCPT TO:<bob@example.com>')).code, 250);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write('Subject: big\r\n\r\n' + ('z'.repeat(998) + '\r\n').repeat(30));
    c.write('.\r\n');
    assert.match((await c.read()).text, /^552 5\.3\.4 /);
    // the session is still usable
    assert.equal((await c.cmd('NOOP')).code, 250);
    c.close();
    assert.equal(sink.messages.length + sink.refused.length, before);
  });

  test('backend refusals are passed back: 5xx at RCPT for every recipient, 5xx after DATA', async () => {
    const { c } = await openSession(gw.smtpPort);
    assert.equal((await c.cmd('MAIL FROM:<x@sender.test>')).code, 250);
    assert.equal((await c.cmd('RCPT TO:<nobody@example.com>')).code, 250);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write('Subject: x\r\n\r\nx\r\n.\r\n');
    assert.match((await c.read()).text, /^550 5\.1\.1 .*user unknown/);
    assert.equal((await c.cmd('MAIL FROM:<x@sender.test>')).code, 250);
    assert.equal((await c.cmd('RCPT TO:<full@example.com>')).code, 250);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write('Subject: x\r\n\r\nx\r\n.\r\n');
    assert.match((await c.read()).text, /^452 4\.2\.2 mailbox full/);
    assert.equal((await c.cmd('MAIL FROM:<x@sender.test>')).code, 250);
    assert.equal((await c.cmd('RCPT TO:<bob@example.com>')).code, 250);
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write('Subject: x\r\n\r\nBACKEND-REJECT-ME\r\n.\r\n');
    assert.match((await c.read()).text, /^554 5\.7\.0 backend policy says no/);
    await c.cmd('QUIT');
  });

  test('Python smtplib: pipelined transaction with SMTPUTF8 and several recipients', async () => {
    const before = sink.messages.length;
    const py = `
import smtplib, sys
s = smtplib.SMTP('127.0.0.1', ${gw.smtpPort}, local_hostname='py.sender.test', timeout=20)
s.ehlo()
assert s.has_extn('smtputf8') and s.has_extn('pipelining')
msg = 'From: jörg@sender.test\\r\\nTo: bob@example.com\\r\\nSubject: grüße\\r\\n\\r\\nUmlaut body äöü\\r\\n'
refused = s.sendmail('jörg@sender.test', ['bob@example.com', 'dave@example.org'], msg.encode('utf-8'), mail_options=['SMTPUTF8', 'BODY=8BITMIME'])
print('refused', refused)
s.quit()
`;
    const { stdout } = await exec('python3', ['-c', py]);
    assert.match(stdout, /refused \{\}/);
    assert.equal(sink.messages.length, before + 1);
    const m = sink.messages.at(-1)!;
    assert.equal(m.mailFrom, 'jörg@sender.test');
    assert.deepEqual(m.rcptTo, ['bob@example.com', 'dave@example.org']);
    assert.ok(m.data.includes(Buffer.from('Subject: grüße\r\n', 'utf8')));
  });

  test('one JSON log line per transaction with envelope, verdict and both replies', async () => {
    await swaks(gw.smtpPort, ['--from', 'logged@sender.test', '--to', 'bob@example.com', '--header', 'Subject: log me']);
    const line = await waitFor(() => gw.logLines().find((l) => l.msg === 'transaction' && l.mailFrom === 'logged@sender.test'), 5000, 'transaction log line');
    assert.equal(line.ip, '127.0.0.1');
    assert.equal(line.helo, 'client.sender.test');
    assert.deepEqual(line.rcpt, ['bob@example.com']);
    assert.equal(typeof line.size, 'number');
    assert.equal(typeof line.score, 'number');
    assert.equal(typeof line.durationMs, 'number');
    assert.match(String(line.reply), /^250 2\.0\.0 /);
    assert.match(String(line.backendReply), /^250 /);
    assert.ok(line.sid, 'session id from the child logger');
  });

  test('the metrics endpoint counts transactions', async () => {
    const res = await fetch(`http://127.0.0.1:${gw.webPort}/metrics`);
    const text = await res.text();
    assert.match(text, /mailmoat_transactions_total\{direction="inbound",action="accept"\} [1-9]/);
  });
});
