// Outbound gateway end to end in smarthost mode: the company "mail server" relays through the
// outbound port; the message reaches a real sink; learned correspondents are recorded; relay
// control refuses unlisted hosts and address tricks; per-recipient 5xx bounce at once.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { message, openDialog, sendMail } from '../unit/outbound/smtp-dialog.ts';

describe('outbound gateway, smarthost mode', () => {
  let sink: Sink;
  let backend: Sink;
  let gw: Gateway;

  before(async () => {
    // the smarthost refuses one particular recipient permanently
    sink = await startSink({ replies: { rcpt: (i) => (i.arg === 'nobody@remote.example' ? '550 5.1.1 <nobody@remote.example>: user unknown' : undefined) } });
    backend = await startSink();
    gw = await startGateway({
      config: {
        smtp: { outbound: { allowFrom: ['127.0.0.1/32'] } },
        backend: { host: '127.0.0.1', port: backend.port },
        delivery: { smarthost: { host: '127.0.0.1', port: sink.port }, heloName: 'out.gateway.test' },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
    await backend?.stop();
  });

  it('relays mail from the allowed mail server to the smarthost with the configured HELO name', async () => {
    const r = await sendMail(gw.outboundPort, {
      from: 'alice@example.com', to: ['bob@remote.example', 'carol@other.example'],
      message: message('Alice <alice@example.com>', 'bob@remote.example', 'smarthost test 1'),
    });
    assert.match(r.mail, /^250/);
    assert.ok(r.rcpt.every((x) => x.startsWith('250')), r.rcpt.join('|'));
    assert.match(r.data ?? '', /^250 2\.0\.0 Ok: queued as /);
    await waitFor(() => sink.messages.length >= 2, 15000, 'two deliveries (one per destination domain)');
    const got = sink.messages.filter((m) => m.data.toString().includes('smarthost test 1'));
    assert.deepEqual(got.map((m) => m.rcptTo.join(',')).sort(), ['bob@remote.example', 'carol@other.example']);
    for (const m of got) {
      assert.equal(m.mailFrom, 'alice@example.com');
      assert.equal(m.helo, 'out.gateway.test');
      assert.match(m.data.toString(), /^Received: from mail\.example\.com/m);
      assert.doesNotMatch(m.data.toString(), /^X-Spam-/m, 'internal scores do not leave the company');
    }
  });

  it('bounces a recipient the remote side refuses with 5xx at once, and delivers the others', async () => {
    const before = sink.messages.length;
    const r = await sendMail(gw.outboundPort, {
      from: 'alice@example.com', to: ['nobody@remote.example', 'dave@remote.example'],
      message: message('alice@example.com', 'nobody@remote.example', 'partly refused'),
    });
    assert.match(r.data ?? '', /^250/);
    const m = await waitFor(() => sink.messages.slice(before).find((x) => x.data.toString().includes('partly refused')), 15000, 'delivery to the accepted recipient');
    assert.deepEqual(m.rcptTo, ['dave@remote.example']);
    // the DSN goes to the local sender: through the backend (alice is in a local domain)
    const dsn = await waitFor(() => backend.messages.find((x) => x.data.toString().includes('partly refused')), 15000, 'DSN at the backend');
    assert.equal(dsn.mailFrom, '', 'a DSN has the null sender');
    assert.deepEqual(dsn.rcptTo, ['alice@example.com']);
    const text = dsn.data.toString();
    assert.match(text, /report-type=delivery-status/);
    assert.match(text, /^Final-Recipient: rfc822; nobody@remote\.example$/m);
    assert.match(text, /^Status: 5\.1\.1$/m);
    assert.doesNotMatch(text, /Final-Recipient: rfc822; dave@remote\.example/);
  });

  it('denies relaying to an unlisted client address with 554 5.7.1', async () => {
    const r = await sendMail(gw.outboundPort, {
      localAddress: '127.0.0.2', from: 'spammer@evil.example', to: ['victim@remote.example'],
      message: message('spammer@evil.example', 'victim@remote.example', 'open relay?'),
    });
    assert.match(r.mail, /^554 5\.7\.1/);
    assert.ok(r.rcpt.every((x) => /^(554 5\.7\.1|503)/.test(x)), r.rcpt.join('|'));
    assert.equal(r.data, null);
    assert.doesNotMatch(r.ehlo, /AUTH/, 'AUTH is not offered in clear by default');
  });

  it('never routes open-relay tricks out, even for the allowed mail server', async () => {
    const d = await openDialog(gw.outboundPort);
    try {
      await d.cmd('EHLO mail.example.com');
      assert.match(await d.cmd('MAIL FROM:<alice@example.com>'), /^250/);
      for (const rcpt of ['victim%remote.example@mx.gateway.test', 'remote.example!victim@mx.gateway.test', '"victim@remote.example"@mx.gateway.test', 'victim@remote.example.']) {
        const reply = await d.cmd(`RCPT TO:<${rcpt}>`);
        // 550 5.7.1 from relay control, or 501 when the SMTP parser already refuses the syntax
        assert.match(reply, /^(550 5\.7\.1|501) /, `${rcpt}: ${reply}`);
      }
      // a source route is stripped by the SMTP parser (RFC 5321 C): only the final address is used
      const routed = await d.cmd('RCPT TO:<@mx.gateway.test:victim@remote.example>');
      assert.match(routed, /^250/);
    } finally {
      await d.close();
    }
  });

  it('queue list shows nothing left once everything is delivered', async () => {
    const { spawnSync } = await import('node:child_process');
    await waitFor(async () => {
      const out = spawnSync(process.execPath, ['bin/mailmoat.js', 'queue', 'list', '--config', gw.configFile], { encoding: 'utf8' });
      return out.status === 0 && /^0 item\(s\) in the queue/m.test(out.stdout) ? out : null;
    }, 20000, 'empty queue');
  });

  it('stops cleanly on SIGTERM (listener and queue runner)', async () => {
    assert.equal(await gw.stop(), 0);
  });
});
