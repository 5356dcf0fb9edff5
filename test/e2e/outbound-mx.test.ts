// MX mode end to end: a real DNS server (dnsmasq on loopback) answers MX and A records; mail goes
// to the MX hosts in preference order (a dead primary falls back to the secondary), to the A
// record without MX, is retried after 4xx with backoff, and bounces (with a delay notice first)
// once the queue lifetime is over — the DSN going to the local sender via the backend.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startDns, type DnsServer } from '../helpers/dnsmasq.ts';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { message, sendMail } from '../unit/outbound/smtp-dialog.ts';

describe('outbound gateway, MX mode', () => {
  let dns: DnsServer;
  let mx: Sink;
  let backend: Sink;
  let gw: Gateway;
  const tempfailFor = new Map<string, number>(); // recipient → how many 4xx are left to give

  before(async () => {
    mx = await startSink({
      replies: {
        rcpt: (i) => {
          if (i.arg.endsWith('@never.test')) return '451 4.3.0 try again later';
          const left = tempfailFor.get(i.arg) ?? 0;
          if (left > 0) { tempfailFor.set(i.arg, left - 1); return '451 4.7.1 greylisted, try again later'; }
          return undefined;
        },
      },
    });
    backend = await startSink();
    // each test domain is a zone of its own: names without a record type answer NODATA, unknown names NXDOMAIN
    dns = await startDns({
      zones: {
        'remote.test': {
          mx: { '@': [{ host: 'mx1.remote.test', pref: 10 }, { host: 'mx2.remote.test', pref: 20 }] },
          a: { mx1: '127.0.0.2', mx2: '127.0.0.1' }, // nothing listens on mx1: the secondary must take over
        },
        'never.test': { mx: { '@': [{ host: 'mx.never.test', pref: 10 }] }, a: { mx: '127.0.0.1' } },
        'plain.test': { a: { '@': '127.0.0.1' } }, // no MX: implicit MX = the A record
        'nxdomain.test': {},
      },
    });
    gw = await startGateway({
      config: {
        dns: { servers: [dns.server], timeoutMs: 1000 },
        backend: { host: '127.0.0.1', port: backend.port },
        delivery: { mxPort: mx.port, retryBase: 1, retryMax: 2, maxQueueTime: 6, delayNoticeAfter: 2 },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await dns?.stop();
    await mx?.stop();
    await backend?.stop();
  });

  it('delivers by MX in preference order, falling back when the primary is down', async () => {
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['bob@remote.test'], message: message('alice@example.com', 'bob@remote.test', 'mx order') });
    assert.match(r.data ?? '', /^250/);
    const m = await waitFor(() => mx.messages.find((x) => x.data.toString().includes('mx order')), 20000, 'delivery via mx2');
    assert.deepEqual(m.rcptTo, ['bob@remote.test']);
    assert.equal(m.helo, 'mx.gateway.test', 'HELO defaults to hostname');
  });

  it('uses the A record when the domain has no MX', async () => {
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['x@plain.test'], message: message('alice@example.com', 'x@plain.test', 'implicit mx') });
    assert.match(r.data ?? '', /^250/);
    await waitFor(() => mx.messages.find((x) => x.data.toString().includes('implicit mx')), 20000, 'delivery via A record');
  });

  it('retries after a 4xx with backoff and delivers exactly once', async () => {
    tempfailFor.set('carol@remote.test', 2);
    const started = Date.now();
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['carol@remote.test'], message: message('alice@example.com', 'carol@remote.test', 'retry me') });
    assert.match(r.data ?? '', /^250/);
    await waitFor(() => mx.messages.find((x) => x.data.toString().includes('retry me')), 20000, 'delivery after retries');
    const elapsed = Date.now() - started;
    assert.equal(tempfailFor.get('carol@remote.test'), 0, 'both 4xx replies were given');
    assert.ok(elapsed >= 2500, `backoff: 1 s then 2 s before the third attempt (took ${elapsed} ms)`);
    await new Promise((res) => setTimeout(res, 1500));
    assert.equal(mx.messages.filter((x) => x.data.toString().includes('retry me')).length, 1, 'no duplicate');
  });

  it('bounces a nonexistent domain at once', async () => {
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['x@nxdomain.test'], message: message('alice@example.com', 'x@nxdomain.test', 'no such domain') });
    assert.match(r.data ?? '', /^250/);
    const dsn = await waitFor(() => backend.messages.find((x) => x.data.toString().includes('no such domain')), 20000, 'DSN');
    assert.match(dsn.data.toString(), /^Status: 5\.1\.2$/m);
    // the log has the recipient's outcome, as for a remote 5xx
    const line = gw.logLines().find((l) => l.msg === 'bounced' && l.to === 'x@nxdomain.test');
    assert.ok(line, 'a "bounced" log line for x@nxdomain.test');
    assert.match(String(line.reply), /does not exist/);
  });

  it('sends a delay notice, then gives up after maxQueueTime with a DSN to the sender (never to <>)', async () => {
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['dan@never.test'], message: message('alice@example.com', 'dan@never.test', 'doomed message') });
    assert.match(r.data ?? '', /^250/);
    const delay = await waitFor(() => backend.messages.find((x) => /Action: delayed/.test(x.data.toString()) && x.data.toString().includes('doomed message')), 20000, 'delay notice');
    assert.deepEqual(delay.rcptTo, ['alice@example.com']);
    assert.equal(delay.mailFrom, '');
    const fail = await waitFor(() => backend.messages.find((x) => /Action: failed/.test(x.data.toString()) && x.data.toString().includes('doomed message')), 30000, 'final DSN');
    const text = fail.data.toString();
    assert.match(text, /^Final-Recipient: rfc822; dan@never\.test$/m);
    assert.match(text, /^Status: 4\.3\.0$/m, 'the last temporary status is reported');
    assert.match(text, /delivery time expired/);
    // a bounce of a bounce is never generated: a message from <> that cannot be delivered is dropped
    const r2 = await sendMail(gw.outboundPort, { from: '', to: ['eve@never.test'], message: message('MAILER-DAEMON@example.com', 'eve@never.test', 'bounce to nowhere') });
    assert.match(r2.data ?? '', /^250/);
    await waitFor(() => gw.logLines().some((l) => l.msg === 'maximum queue time reached: bouncing' && JSON.stringify(l.recipients).includes('eve@never.test')), 30000, 'null-sender message expired');
    await new Promise((res) => setTimeout(res, 1000));
    assert.equal(backend.messages.filter((x) => x.data.toString().includes('bounce to nowhere')).length, 0, 'no DSN for a <> sender');
  });
});
