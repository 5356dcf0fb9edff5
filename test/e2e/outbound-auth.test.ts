// SMTP AUTH on the outbound port: a host outside allowFrom may relay only after AUTH with a local
// user's password; AUTH is offered only after STARTTLS unless allowInsecureAuth; an
// authenticated user may only send as its own addresses; wrong passwords get 535.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import SMTPConnection from 'nodemailer/lib/smtp-connection';
import { hashPassword } from '../../src/auth/password.ts';
import { newLocalUser } from '../../src/auth/users.ts';
import { openGatewayStore, startGateway, type Gateway } from '../helpers/gateway.ts';
import { startSlapd, type Slapd } from '../helpers/slapd.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { message, openDialog, sendMail } from '../unit/outbound/smtp-dialog.ts';

const UNLISTED = '127.0.0.2';

async function addUser(gw: Gateway, address: string, password: string): Promise<void> {
  const store = await openGatewayStore(gw);
  try {
    await store.users.put(newLocalUser(address, await hashPassword(password, { N: 1024, r: 8, p: 1 }), false));
  } finally {
    await store.close();
  }
}

describe('outbound SMTP AUTH without TLS (allowInsecureAuth: true)', () => {
  let sink: Sink;
  let gw: Gateway;
  before(async () => {
    sink = await startSink();
    gw = await startGateway({
      config: {
        smtp: { outbound: { allowFrom: ['127.0.0.1/32'], allowInsecureAuth: true } },
        delivery: { smarthost: { host: '127.0.0.1', port: sink.port } },
      },
    });
    await addUser(gw, 'alice@example.com', 'correct horse');
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
  });

  it('refuses wrong credentials with 535 and relays after a good AUTH PLAIN from an unlisted host', async () => {
    const bad = await sendMail(gw.outboundPort, { localAddress: UNLISTED, auth: { user: 'alice@example.com', pass: 'wrong' }, from: 'alice@example.com', to: ['bob@remote.example'], message: 'x' });
    assert.match(bad.ehlo, /AUTH PLAIN LOGIN/);
    assert.match(bad.auth ?? '', /^535 5\.7\.8/);
    assert.match(bad.mail, /^554 5\.7\.1/, 'still no relay');

    const good = await sendMail(gw.outboundPort, {
      localAddress: UNLISTED, auth: { user: 'alice@example.com', pass: 'correct horse' },
      from: 'alice@example.com', to: ['bob@remote.example'], message: message('alice@example.com', 'bob@remote.example', 'authenticated relay'),
    });
    assert.match(good.auth ?? '', /^235/);
    assert.match(good.data ?? '', /^250/);
    await waitFor(() => sink.messages.find((m) => m.data.toString().includes('authenticated relay')), 15000, 'delivery');
  });

  it('supports AUTH LOGIN and refuses a sender address the user does not own', async () => {
    const d = await openDialog(gw.outboundPort, { localAddress: UNLISTED });
    try {
      await d.cmd('EHLO client.example');
      assert.match(await d.cmd('AUTH LOGIN'), /^334/);
      assert.match(await d.cmd(Buffer.from('alice@example.com').toString('base64')), /^334/);
      assert.match(await d.cmd(Buffer.from('correct horse').toString('base64')), /^235/);
      assert.match(await d.cmd('MAIL FROM:<ceo@example.com>'), /^553 5\.7\.1/);
      assert.match(await d.cmd('MAIL FROM:<alice@example.com>'), /^250/);
    } finally {
      await d.close();
    }
  });
});

describe('outbound SMTP AUTH with TLS (default: AUTH only after STARTTLS)', () => {
  let sink: Sink;
  let gw: Gateway;
  let dir: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-days', '1', '-subj', '/CN=mx.gateway.test'], { stdio: 'ignore' });
    sink = await startSink();
    gw = await startGateway({
      config: {
        smtp: { outbound: { allowFrom: ['127.0.0.1/32'] }, tls: { key: join(dir, 'key.pem'), cert: join(dir, 'cert.pem') } },
        delivery: { smarthost: { host: '127.0.0.1', port: sink.port } },
      },
    });
    await addUser(gw, 'alice@example.com', 'correct horse');
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('does not offer or accept AUTH in clear', async () => {
    const d = await openDialog(gw.outboundPort, { localAddress: UNLISTED });
    try {
      const ehlo = await d.cmd('EHLO client.example');
      assert.match(ehlo, /STARTTLS/);
      assert.doesNotMatch(ehlo, /AUTH/);
      assert.match(await d.cmd(`AUTH PLAIN ${Buffer.from('\0alice@example.com\0correct horse').toString('base64')}`), /^5\d\d/);
    } finally {
      await d.close();
    }
  });

  it('relays after STARTTLS + AUTH', async () => {
    const conn = new SMTPConnection({ host: '127.0.0.1', port: gw.outboundPort, localAddress: UNLISTED, requireTLS: true, tls: { rejectUnauthorized: false }, logger: false });
    await new Promise<void>((res, rej) => conn.connect((err) => (err ? rej(err) : res())));
    await new Promise<void>((res, rej) => conn.login({ credentials: { user: 'alice@example.com', pass: 'correct horse' } }, (err) => (err ? rej(err) : res())));
    const info = await new Promise<{ response: string }>((res, rej) => conn.send({ from: 'alice@example.com', to: ['bob@remote.example'] }, message('alice@example.com', 'bob@remote.example', 'tls relay'), (err, i) => (err ? rej(err) : res(i))));
    conn.quit();
    assert.match(info.response, /^250/);
    const m = await waitFor(() => sink.messages.find((x) => x.data.toString().includes('tls relay')), 15000, 'delivery');
    assert.match(m.data.toString(), /with ESMTPS/, 'the trace header records TLS');
  });
});

describe('outbound SMTP AUTH against the LDAP directory', () => {
  let sink: Sink;
  let slapd: Slapd;
  let gw: Gateway;
  before(async () => {
    [sink, slapd] = await Promise.all([startSink(), startSlapd([{ uid: 'dave', password: 'ldap-pass', mail: ['dave@example.com'] }])]);
    gw = await startGateway({
      config: {
        ldap: slapd.config,
        smtp: { outbound: { allowFrom: ['127.0.0.1/32'], allowInsecureAuth: true } },
        delivery: { smarthost: { host: '127.0.0.1', port: sink.port } },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await Promise.all([sink?.stop(), slapd?.stop()]);
  });

  it('a directory user relays with its directory password, as its own address only', async () => {
    const bad = await sendMail(gw.outboundPort, { localAddress: UNLISTED, auth: { user: 'dave', pass: 'nope' }, from: 'dave@example.com', to: ['x@remote.example'], message: 'x' });
    assert.match(bad.auth ?? '', /^535/);
    const good = await sendMail(gw.outboundPort, {
      localAddress: UNLISTED, auth: { user: 'dave', pass: 'ldap-pass' },
      from: 'dave@example.com', to: ['x@remote.example'], message: message('dave@example.com', 'x@remote.example', 'ldap relay'),
    });
    assert.match(good.auth ?? '', /^235/);
    assert.match(good.data ?? '', /^250/);
    await waitFor(() => sink.messages.find((m) => m.data.toString().includes('ldap relay')), 15000, 'delivery');
    const forged = await sendMail(gw.outboundPort, { localAddress: UNLISTED, auth: { user: 'dave', pass: 'ldap-pass' }, from: 'alice@example.com', to: ['x@remote.example'], message: 'x' });
    assert.match(forged.mail, /^553 5\.7\.1/);
  });
});
