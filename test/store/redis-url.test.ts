// store.redis URL forms → connection targets (no server needed).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseRedisUrl } from '../../src/store/redis/client.ts';

test('redis:// and rediss:// go to ioredis as they are; logs never show the password', () => {
  const t = parseRedisUrl('redis://:p%40ss@10.0.0.5:6380/3');
  assert.equal(t.kind, 'single');
  assert.equal(t.kind === 'single' && t.url, 'redis://:p%40ss@10.0.0.5:6380/3');
  assert.equal(t.where, 'redis://10.0.0.5:6380/3');
  assert.equal(parseRedisUrl('rediss://cache.example:6379').kind, 'single');
});

test('redis-sentinel:// lists the sentinels (default port 26379), the master name, an optional db and passwords', () => {
  const t = parseRedisUrl('redis-sentinel://:s3cret@10.0.0.1:26379,10.0.0.2,[::1]:26380/mymaster/2?sentinelPassword=sp');
  assert.deepEqual(t, {
    kind: 'sentinel', where: 'redis-sentinel://10.0.0.1:26379,10.0.0.2,[::1]:26380/mymaster/2',
    sentinels: [{ host: '10.0.0.1', port: 26379 }, { host: '10.0.0.2', port: 26379 }, { host: '::1', port: 26380 }],
    name: 'mymaster', db: 2, username: undefined, password: 's3cret', sentinelPassword: 'sp',
  });
  const plain = parseRedisUrl('redis-sentinel://h1:26379/m');
  assert.equal(plain.kind === 'sentinel' && plain.password, undefined);
  assert.equal(plain.kind === 'sentinel' && plain.db, 0);
  assert.throws(() => parseRedisUrl('redis-sentinel://h1:26379'), /masterName/);
  assert.throws(() => parseRedisUrl('redis-sentinel://h1:26379/m/x'), /must be a number/);
});

test('redis-cluster:// lists the seed nodes, with user and password', () => {
  const t = parseRedisUrl('redis-cluster://app:pw@n1:7000,n2:7001');
  assert.deepEqual(t, {
    kind: 'cluster', where: 'redis-cluster://n1:7000,n2:7001',
    nodes: [{ host: 'n1', port: 7000 }, { host: 'n2', port: 7001 }], username: 'app', password: 'pw',
  });
  assert.throws(() => parseRedisUrl('redis-cluster://'), /at least one host/);
  assert.throws(() => parseRedisUrl('http://x'), /must be a redis/);
});
