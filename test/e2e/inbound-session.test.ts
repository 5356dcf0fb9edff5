// Session-level defences and options: greeting delay (pregreet), STARTTLS, recipient verification
// callout, connections per IP, command and DATA deadlines.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { rawSmtp, startSink, type Sink } from '../helpers/sink.ts';

const exec = promisify(execFile);

describe('greeting delay', () => {
  let gw: Gateway;
  before(async () => { gw = await startGateway({ config: { smtp: { inbound: { greetingDelayMs: 800 } } } }); });
  after(async () => { await gw?.cleanup(); });

  test('a client that talks before the banner is refused (421); a patient one gets 220 after the delay', async () => {
    const early = await rawSmtp(gw.smtpPort);
    early.write('EHLO too.early.test\r\n');
    const r = await early.read(5000);
    assert.match(r.text, /^421 .*talk too soon/i);
    await early.closed;

    const t0 = Date.now();
    const patient = await rawSmtp(gw.smtpPort);
    const banner = await patient.read(5000);
    assert.equal(banner.code, 220);
    assert.ok(Date.now() - t0 >= 700, `banner after ${Date.now() - t0} ms`);
    patient.close();
  });
});

describe('greeting delay skipped for trusted networks; no fixed 100 ms pause', () => {
  let gw: Gateway;
  before(async () => { gw = await startGateway({ config: { smtp: { inbound: { greetingDelayMs: 3000, trustedNetworks: ['127.0.0.0/8'] } } } }); });
  after(async () => { await gw?.cleanup(); });

  test('banner comes at once', async () => {
    // the first connection warms up the process; measure the next ones
    (await rawSmtp(gw.smtpPort)).close();
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t0 = process.hrtime.bigint();
      const c = await rawSmtp(gw.smtpPort);
      assert.equal((await c.read()).code, 220);
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      c.close();
    }
    times.sort((a, b) => a - b);
    assert.ok(times[2]! < 60, `median banner time ${times[2]} ms (smtp-server alone waits 100 ms)`);
  });
});

describe('STARTTLS', () => {
  let sink: Sink;
  let gw: Gateway;
  const dir = mkdtempSync(join(tmpdir(), 'mailmoat-tls-'));
  before(async () => {
    await exec('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '2', '-subj', '/CN=mx.gateway.test']);
    sink = await startSink();
    gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, smtp: { tls: { key: join(dir, 'key.pem'), cert: join(dir, 'cert.pem') } } } });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  test('offered when smtp.tls is set; swaks --tls delivers and the Received header says ESMTPS', async () => {
    const c = await rawSmtp(gw.smtpPort);
    await c.read();
    assert.ok((await c.cmd('EHLO client.sender.test')).lines.some((l) => l.endsWith('STARTTLS')));
    c.close();
    const { stdout } = await exec('swaks', ['--server', '127.0.0.1', '--port', String(gw.smtpPort), '--tls', '--from', 'tls@sender.test', '--to', 'bob@example.com', '--helo', 'client.sender.test', '--timeout', '20']);
    assert.match(stdout, /TLS started/);
    assert.match(stdout, /<~ {2}250 2\.0\.0 Ok/);
    assert.equal(sink.messages.length, 1);
    assert.match(sink.messages[0]!.data.toString(), /with ESMTPS id/);
  });
});

describe('recipient verification callout', () => {
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    sink = await startSink({ replies: { rcpt: (i) => (i.arg.startsWith('ghost@') ? '550 5.1.1 <' + i.arg + '>: Recipient address rejected: User unknown in virtual mailbox table' : undefined) } });
    gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, smtp: { inbound: { verifyRecipients: true } } } });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
  });

  test('unknown users are refused at RCPT with 550 5.1.1; the answer is cached', async () => {
    const c = await rawSmtp(gw.smtpPort);
    await c.read();
    await c.cmd('EHLO client.sender.test');
    assert.equal((await c.cmd('MAIL FROM:<a@sender.test>')).code, 250);
    assert.match((await c.cmd('RCPT TO:<ghost@example.com>')).text, /^550 5\.1\.1 /);
    assert.equal((await c.cmd('RCPT TO:<bob@example.com>')).code, 250);
    assert.match((await c.cmd('RCPT TO:<ghost@example.com>')).text, /^550 5\.1\.1 /);
    assert.equal((await c.cmd('RCPT TO:<bob@example.com>')).code, 250);
    const callouts = sink.commands.filter((l) => /^RCPT TO:<ghost@example\.com>/i.test(l)).length;
    assert.equal(callouts, 1, 'second lookup answered from the cache');
    assert.equal((await c.cmd('DATA')).code, 354);
    c.write('Subject: v\r\n\r\nverified\r\n.\r\n');
    assert.equal((await c.read()).code, 250);
    c.close();
    assert.deepEqual(sink.messages.map((m) => m.rcptTo), [['bob@example.com']]);
  });
});

describe('limits', () => {
  let gw: Gateway;
  before(async () => {
    gw = await startGateway({ config: { smtp: { inbound: { maxConnectionsPerIp: 2 }, timeouts: { commandMs: 1500, dataMs: 2000 } } } });
  });
  after(async () => { await gw?.cleanup(); });

  test('connections per client IP: the third gets 421 4.7.0', async () => {
    const a = await rawSmtp(gw.smtpPort);
    const b = await rawSmtp(gw.smtpPort);
    assert.equal((await a.read()).code, 220);
    assert.equal((await b.read()).code, 220);
    const c = await rawSmtp(gw.smtpPort);
    assert.match((await c.read()).text, /^421 4\.7\.0 /);
    a.close();
    await new Promise((r) => setTimeout(r, 200));
    const d = await rawSmtp(gw.smtpPort);
    assert.equal((await d.read()).code, 220, 'a slot is free again');
    b.close();
    d.close();
    await new Promise((r) => setTimeout(r, 200));
  });

  test('an idle client is dropped after the command deadline (421)', async () => {
    const c = await rawSmtp(gw.smtpPort);
    await c.read();
    const t0 = Date.now();
    const r = await c.read(5000);
    assert.match(r.text, /^421 /);
    assert.ok(Date.now() - t0 >= 1200);
    await c.closed;
  });

  test('a slowloris DATA is cut at the DATA deadline even while bytes keep coming', async () => {
    const c = await rawSmtp(gw.smtpPort);
    await c.read();
    await c.cmd('EHLO slow.sender.test');
    await c.cmd('MAIL FROM:<slow@sender.test>');
    await c.cmd('RCPT TO:<bob@example.com>');
    assert.equal((await c.cmd('DATA')).code, 354);
    const t0 = Date.now();
    const drip = setInterval(() => { if (!c.isClosed()) c.write('x'); }, 300);
    try {
      const r = await c.read(6000);
      assert.match(r.text, /^421 4\.4\.2 /);
      assert.ok(Date.now() - t0 >= 1800 && Date.now() - t0 < 5000, `cut after ${Date.now() - t0} ms`);
      await c.closed;
    } finally {
      clearInterval(drip);
    }
  });
});
