// "Never loses mail": backend down or slow → 4xx; kill -9 in the middle of a stream of messages
// loses nothing that got a 250; SIGTERM finishes open transactions and exits 0.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { startGateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { rawSmtp, startSink } from '../helpers/sink.ts';

async function sendOne(port: number, id: string, rcpt = 'bob@example.com'): Promise<string> {
  const c = await rawSmtp(port);
  try {
    const banner = await c.read();
    if (banner.code !== 220) return banner.text;
    await c.cmd('EHLO client.sender.test');
    const mail = await c.cmd(`MAIL FROM:<s-${id}@sender.test>`);
    if (mail.code !== 250) return mail.text;
    const r = await c.cmd(`RCPT TO:<${rcpt}>`);
    if (r.code !== 250) return r.text;
    const d = await c.cmd('DATA');
    if (d.code !== 354) return d.text;
    c.write(`From: s-${id}@sender.test\r\nSubject: msg ${id}\r\nMessage-ID: <${id}@sender.test>\r\n\r\nbody of ${id}\r\n.\r\n`);
    const final = await c.read();
    c.write('QUIT\r\n');
    return final.text;
  } finally {
    setTimeout(() => c.close(), 100);
  }
}

describe('backend failures', () => {
  test('backend down → 451 4.4.1 and the client can retry once it is back', async () => {
    const gw = await startGateway();
    try {
      const r = await sendOne(gw.smtpPort, 'down1');
      assert.match(r, /^451 4\.4\.1 /);
      // the backend comes up on the configured port
      const sink = await startSink({ port: Number((gw.config.backend as { port: number }).port) });
      try {
        assert.match(await sendOne(gw.smtpPort, 'down2'), /^250 /);
        assert.deepEqual(sink.messages.map((m) => m.mailFrom), ['s-down2@sender.test']);
      } finally {
        await sink.stop();
      }
    } finally {
      await gw.cleanup();
    }
  });

  test('backend that does not answer in time → 451 4.4.1', async () => {
    const sink = await startSink({ delayMs: 4000 });
    const gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port, timeoutMs: 1000 } } });
    try {
      const t0 = Date.now();
      assert.match(await sendOne(gw.smtpPort, 'slow'), /^451 4\.4\.1 /);
      assert.ok(Date.now() - t0 < 3900, 'answered at our timeout, not the backend\'s delay');
    } finally {
      await gw.cleanup();
      await sink.stop();
    }
  });
});

describe('partial backend refusals', () => {
  test('a recipient the backend defers is queued durably and delivered on retry; the others at once', async () => {
    let deferredOnce = false;
    const sink = await startSink({
      replies: {
        rcpt: (i) => {
          if (i.arg === 'busy@example.com' && !deferredOnce) { deferredOnce = true; return '451 4.2.0 mailbox busy, try later'; }
          return undefined;
        },
      },
    });
    const gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, delivery: { retryBase: 0 } } });
    try {
      const c = await rawSmtp(gw.smtpPort);
      await c.read();
      await c.cmd('EHLO client.sender.test');
      await c.cmd('MAIL FROM:<part@sender.test>');
      assert.equal((await c.cmd('RCPT TO:<ok@example.com>')).code, 250);
      assert.equal((await c.cmd('RCPT TO:<busy@example.com>')).code, 250);
      assert.equal((await c.cmd('DATA')).code, 354);
      c.write('Subject: partial\r\n\r\nfor two\r\n.\r\n');
      assert.match((await c.read()).text, /^250 /);
      c.close();
      assert.deepEqual(sink.messages[0]!.rcptTo, ['ok@example.com']);
      // the delivery queue retries the deferred recipient towards the backend
      await waitFor(() => sink.messages.length >= 2, 20000, 'the queued copy');
      assert.deepEqual(sink.messages[1]!.rcptTo, ['busy@example.com']);
      assert.equal(sink.messages[1]!.mailFrom, 'part@sender.test');
      assert.match(sink.messages[1]!.data.toString(), /Subject: partial\r\n/);
    } finally {
      await gw.cleanup();
      await sink.stop();
    }
  });
});

describe('crash safety', () => {
  test('kill -9 during a stream of messages: every message that got 250 is at the backend', async () => {
    const sink = await startSink({ delayMs: 20 });
    const gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port } } });
    try {
      const acked = new Set<string>();
      const other: string[] = [];
      let n = 0;
      let stop = false;
      const client = async (k: number): Promise<void> => {
        while (!stop) {
          const id = `c${k}-${n++}`;
          try {
            const r = await sendOne(gw.smtpPort, id);
            if (r.startsWith('250')) acked.add(id); else other.push(r);
          } catch {
            // connection refused/reset once the gateway is dead: not acknowledged
            await new Promise((res) => setTimeout(res, 20));
          }
        }
      };
      const clients = Array.from({ length: 8 }, (_, k) => client(k));
      // kill while the stream is flowing (at least 10 messages acknowledged, more in flight)
      await waitFor(() => acked.size >= 10, 20000, 'a running stream');
      await gw.kill9();
      const ackedAtKill = acked.size;
      await new Promise((r) => setTimeout(r, 300));
      await gw.restart();
      await waitFor(() => acked.size > ackedAtKill, 20000, 'acknowledgements after the restart');
      stop = true;
      await Promise.all(clients);
      const delivered = new Set(sink.messages.map((m) => /Message-ID: <([^@]+)@/.exec(m.data.toString())?.[1]));
      const lost = [...acked].filter((id) => !delivered.has(id));
      assert.deepEqual(lost, [], 'acknowledged but not at the backend');
      assert.ok(acked.size > ackedAtKill, 'the restarted gateway accepts mail again');
    } finally {
      await gw.cleanup();
      await sink.stop();
    }
  });

  test('SIGTERM: the open transaction finishes with 250, idle sessions get 421, exit code 0', async () => {
    const sink = await startSink({ delayMs: 1500 });
    const gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port } } });
    try {
      const idle = await rawSmtp(gw.smtpPort);
      await idle.read();
      await idle.cmd('EHLO idle.sender.test');
      const busy = await rawSmtp(gw.smtpPort);
      await busy.read();
      await busy.cmd('EHLO busy.sender.test');
      await busy.cmd('MAIL FROM:<busy@sender.test>');
      await busy.cmd('RCPT TO:<bob@example.com>');
      assert.equal((await busy.cmd('DATA')).code, 354);
      busy.write('Subject: in flight\r\n\r\nfinish me\r\n.\r\n');
      await new Promise((r) => setTimeout(r, 300)); // the gateway is now waiting for the backend
      const exit = gw.stop();
      const final = await busy.read(10000);
      assert.match(final.text, /^250 /);
      const idleReply = await idle.read(5000);
      assert.match(idleReply.text, /^421 4\.3\.2 /);
      assert.equal(await exit, 0);
      assert.deepEqual(sink.messages.map((m) => m.mailFrom), ['busy@sender.test']);
      await assert.rejects(rawSmtp(gw.smtpPort), /ECONNREFUSED/);
      busy.close();
      idle.close();
    } finally {
      await gw.cleanup();
      await sink.stop();
    }
  });
});
