import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { SmtpClientPool } from '../../../src/delivery/client.ts';
import { createLogger } from '../../../src/log.ts';
import { freePort } from '../../helpers/ports.ts';
import { startSink, type Sink } from '../../helpers/sink.ts';

const log = createLogger({ log: { level: 'silent', pretty: false } });
const body = Buffer.from('From: a@example.com\r\nTo: b@remote.example\r\nSubject: t\r\n\r\n.leading dot\r\nbody\r\n');

describe('SMTP delivery client', () => {
  let sink: Sink;
  before(async () => {
    sink = await startSink({
      replies: {
        rcpt: (i) => (i.arg.startsWith('gone') ? '550 5.1.1 no such user' : i.arg.startsWith('later') ? '452 4.2.2 mailbox full' : undefined),
      },
    });
  });
  after(async () => { await sink.stop(); });

  it('reports a result per recipient (2xx, 4xx, 5xx) from one transaction', async () => {
    const pool = new SmtpClientPool({ heloName: 'out.test', log });
    const out = await pool.send({ host: '127.0.0.1', port: sink.port, name: 'sink' }, 'a@example.com', ['ok@remote.example', 'gone@remote.example', 'later@remote.example'], body);
    pool.close();
    assert.equal(out.kind, 'answered');
    if (out.kind !== 'answered') return;
    const by = Object.fromEntries(out.results.map((r) => [r.address, r.code]));
    assert.deepEqual(by, { 'ok@remote.example': 250, 'gone@remote.example': 550, 'later@remote.example': 452 });
    const m = sink.messages.at(-1)!;
    assert.deepEqual(m.rcptTo, ['ok@remote.example']);
    assert.equal(m.helo, 'out.test');
    assert.match(m.data.toString(), /^\.leading dot$/m, 'dot-stuffing is undone by the receiver: the message arrives intact');
  });

  it('reuses one connection for consecutive messages to the same host', async () => {
    const pool = new SmtpClientPool({ heloName: 'out.test', log });
    const before = sink.connections;
    for (let i = 0; i < 3; i++) {
      const out = await pool.send({ host: '127.0.0.1', port: sink.port, name: 'sink' }, 'a@example.com', [`r${i}@remote.example`], body);
      assert.equal(out.kind, 'answered');
    }
    pool.close();
    assert.equal(sink.connections - before, 1);
  });

  it('treats a refused connection as transient and a null sender as MAIL FROM:<>', async () => {
    const pool = new SmtpClientPool({ heloName: 'out.test', log, connectTimeoutMs: 2000 });
    const dead = await pool.send({ host: '127.0.0.1', port: await freePort(), name: 'dead' }, 'a@example.com', ['x@remote.example'], body);
    assert.equal(dead.kind, 'transient');
    const bounce = await pool.send({ host: '127.0.0.1', port: sink.port, name: 'sink' }, '', ['x@remote.example'], body);
    pool.close();
    assert.equal(bounce.kind, 'answered');
    assert.equal(sink.messages.at(-1)!.mailFrom, '');
  });
});

describe('opportunistic STARTTLS', () => {
  it('upgrades to TLS when offered, even with a certificate that does not verify', async () => {
    const { execFileSync } = await import('node:child_process');
    const { mkdtempSync, readFileSync, rmSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const { SMTPServer } = await import('smtp-server');
    const dir = mkdtempSync(join(tmpdir(), 'mm-tls-'));
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(dir, 'k.pem'), '-out', join(dir, 'c.pem'), '-days', '1', '-subj', '/CN=self-signed.invalid'], { stdio: 'ignore' });
    const seen: boolean[] = [];
    const server = new SMTPServer({
      key: readFileSync(join(dir, 'k.pem')), cert: readFileSync(join(dir, 'c.pem')), authOptional: true, logger: false,
      onData(stream, session, cb) { stream.resume(); stream.on('end', () => { seen.push(Boolean(session.secure)); cb(); }); },
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    try {
      const pool = new SmtpClientPool({ heloName: 'out.test', log });
      const out = await pool.send({ host: '127.0.0.1', port, name: 'mx.remote.example' }, 'a@example.com', ['b@remote.example'], body);
      pool.close();
      assert.equal(out.kind, 'answered');
      assert.deepEqual(seen, [true]);
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('smarthost authentication', () => {
  it('logs in with the configured user before sending', async () => {
    const { SMTPServer } = await import('smtp-server');
    const users: string[] = [];
    const server = new SMTPServer({
      allowInsecureAuth: true, authMethods: ['PLAIN', 'LOGIN'], logger: false, disabledCommands: ['STARTTLS'],
      onAuth(auth, _s, cb) { if (auth.password === 's3cret') { users.push(auth.username ?? ''); cb(null, { user: auth.username }); } else cb(new Error('bad')); },
      onData(stream, session, cb) { stream.resume(); stream.on('end', () => cb(session.user ? null : new Error('not authenticated'))); },
    });
    const port = await freePort();
    await new Promise<void>((r) => server.listen(port, '127.0.0.1', () => r()));
    try {
      const pool = new SmtpClientPool({ heloName: 'out.test', log });
      const ok = await pool.send({ host: '127.0.0.1', port, name: 'relay', auth: { user: 'gw', pass: 's3cret' } }, 'a@example.com', ['b@remote.example'], body);
      const bad = await pool.send({ host: '127.0.0.1', port, name: 'relay', auth: { user: 'intruder', pass: 'wrong' } }, 'a@example.com', ['b@remote.example'], body);
      pool.close();
      assert.equal(ok.kind, 'answered');
      assert.deepEqual(users, ['gw']);
      assert.equal(bad.kind, 'transient', 'a login failure keeps the mail queued');
    } finally {
      await new Promise<void>((r) => server.close(() => r()));
    }
  });
});
