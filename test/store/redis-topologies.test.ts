// The contract suite through the other store.redis URL forms, against real servers: a 3-master
// Redis Cluster (proves every multi-key script keeps its keys in one hash slot) and a Sentinel.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import { createLogger } from '../../src/log.ts';
import { openRedisStore } from '../../src/store/redis/index.ts';
import { waitFor } from '../helpers/ports.ts';
import { startRedis, startRedisCluster, startRedisSentinel, type RedisCluster, type RedisSentinel } from '../helpers/redis.ts';
import { storeContract } from './contract.ts';

const log = createLogger({ log: { level: 'silent', pretty: false } });
let cluster: RedisCluster;
let sentinel: RedisSentinel;

before(async () => {
  [cluster, sentinel] = await Promise.all([startRedisCluster(3), startRedisSentinel('mm-master', 'sentinel-pw')]);
});
after(async () => {
  await Promise.all([cluster?.stop(), sentinel?.stop()]);
});

// unique prefix per test; the servers are thrown away at the end
const fresh = (url: () => string) => async () => {
  const store = await openRedisStore(url(), `t${randomBytes(4).toString('hex')}:`, log);
  return { store, cleanup: () => store.close() };
};

storeContract('redis-cluster', fresh(() => cluster.url));
storeContract('redis-sentinel', fresh(() => sentinel.url));

test('through Sentinel the store follows a failover to the promoted replica', async () => {
  const master = await startRedis();
  const replica = await startRedis({ args: ['--replicaof', '127.0.0.1', String(master.port)] });
  const watcher = await startRedis({
    sentinelConfig: [
      `sentinel monitor fo-master 127.0.0.1 ${master.port} 1`,
      'sentinel down-after-milliseconds fo-master 1000',
      'sentinel failover-timeout fo-master 5000',
    ].join('\n'),
  });
  const store = await openRedisStore(`redis-sentinel://127.0.0.1:${watcher.port}/fo-master`, 'fo:', log);
  const item = (id: string) => ({ id, kind: 'quarantine' as const, direction: 'inbound' as const, receivedAt: Date.now(),
    expiresAt: Date.now() + 86400000, mailFrom: 's@x.example', recipients: ['u@corp.example'], from: '', subject: id,
    score: 9, action: 'quarantine' as const, symbols: [], clientIp: '192.0.2.1', helo: 'x', size: 1 });
  try {
    const probe = new Redis({ port: replica.port });
    await waitFor(async () => (await probe.info('replication')).includes('master_link_status:up'), 15_000, 'replica in sync');
    await store.quarantine.put(item('before'), Buffer.from('b1'));
    // replication is asynchronous: wait until the replica has it before pulling the plug
    await waitFor(() => probe.exists('fo:q:before'), 10_000, 'replicated');
    await probe.quit();
    await master.kill9();
    const got = await waitFor(async () => store.quarantine.get('before').catch(() => null), 30_000, 'read after failover');
    assert.equal(got.subject, 'before');
    await waitFor(async () => store.quarantine.put(item('after'), Buffer.from('b2')).then(() => true, () => false), 30_000, 'write after failover');
    assert.equal((await store.quarantine.body('after'))?.toString(), 'b2');
    assert.equal((await store.health()).ok, true);
  } finally {
    await store.close();
    await watcher.stop();
    await replica.stop();
    await master.stop();
  }
});
