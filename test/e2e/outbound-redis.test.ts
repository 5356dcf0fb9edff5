// The outbound side on the Redis store (the cluster backend): queue, leases, per-recipient
// results, DSN injection and learned senders work the same as on the embedded store.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startRedis, type RedisServer } from '../helpers/redis.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { message, sendMail } from '../unit/outbound/smtp-dialog.ts';

describe('outbound gateway on the Redis store', () => {
  let redis: RedisServer;
  let smarthost: Sink;
  let backend: Sink;
  let gw: Gateway;

  before(async () => {
    redis = await startRedis({ appendonly: true });
    smarthost = await startSink({ replies: { rcpt: (i) => (i.arg.startsWith('gone@') ? '550 5.1.1 no such user' : undefined) } });
    backend = await startSink();
    gw = await startGateway({
      config: {
        store: { redis: redis.url },
        backend: { host: '127.0.0.1', port: backend.port },
        delivery: { smarthost: { host: '127.0.0.1', port: smarthost.port } },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await Promise.all([smarthost?.stop(), backend?.stop(), redis?.stop()]);
  });

  it('delivers, bounces the refused recipient to the local sender, and empties the queue', async () => {
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['bob@remote.test', 'gone@remote.test'], message: message('alice@example.com', 'bob@remote.test', 'via redis') });
    assert.match(r.data ?? '', /^250/);
    const m = await waitFor(() => smarthost.messages.find((x) => x.data.toString().includes('via redis')), 15000, 'delivery');
    assert.deepEqual(m.rcptTo, ['bob@remote.test']);
    const dsn = await waitFor(() => backend.messages.find((x) => x.data.toString().includes('via redis')), 15000, 'DSN');
    assert.match(dsn.data.toString(), /^Final-Recipient: rfc822; gone@remote\.test$/m);
    const metrics = await waitFor(async () => {
      const t = await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text();
      return /mailmoat_queue_messages\{state="total"\} 0/.test(t) ? t : null;
    }, 15000, 'empty queue metric');
    assert.ok(metrics);
  });
});
