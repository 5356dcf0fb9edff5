// The contract suite on the Redis backend against a real redis-server started for this file;
// each test gets its own key prefix, so tests never see each other's data.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { LookupFunction } from 'node:net';
import { after, before, test } from 'node:test';
import { Redis } from 'ioredis';
import { configSchema } from '../../src/config.ts';
import { followShortLink, resetShortLinkState, shortenerHealth, shortLinksOptionsSchema } from '../../src/content/short-links.ts';
import { rdapHealth, rdapOptionsSchema, registrationOf, resetRdapState } from '../../src/dns/rdap.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/index.ts';
import { openRedisStore } from '../../src/store/redis/index.ts';
import { startRedis, type RedisServer } from '../helpers/redis.ts';
import { storeContract } from './contract.ts';

const log = createLogger({ log: { level: 'silent', pretty: false } });
let server: RedisServer;

before(async () => { server = await startRedis(); });
after(async () => { await server?.stop(); });

storeContract('redis', async () => {
  const prefix = `t${randomBytes(4).toString('hex')}:`;
  const store = await openRedisStore(server.url, prefix, log);
  return {
    store,
    cleanup: async () => {
      await store.close();
      // nothing of this test stays behind in the shared server
      const r = new Redis(server.url);
      const keys = await r.keys(`${prefix}*`);
      if (keys.length) await r.del(...keys);
      await r.quit();
    },
  };
});

test('openStore picks Redis from store.redis and uses store.prefix', async () => {
  const store = await openStore(configSchema.parse({ store: { redis: server.url, prefix: 'pfx-check:' } }), log);
  const r = new Redis(server.url);
  try {
    assert.equal(store.backend, 'redis');
    await store.settings.set('probe', { a: 1 });
    assert.ok((await r.keys('pfx-check:*')).length > 0, 'keys carry the configured prefix');
    assert.equal((await store.health()).ok, true);
  } finally {
    await store.close();
    const keys = await r.keys('pfx-check:*');
    if (keys.length) await r.del(...keys);
    await r.quit();
  }
  assert.equal((await store.health()).ok, false, 'closed');
});

test('a password in the URL is used, and a wrong one fails the open clearly', async () => {
  const secured = await startRedis({ args: ['--requirepass', 's3cret'] });
  try {
    const store = await openRedisStore(`redis://:s3cret@127.0.0.1:${secured.port}/2`, 'p:', log);
    await store.cache.set('x', 'y', 60);
    assert.equal(await store.cache.get('x'), 'y');
    await store.close();
    const r = new Redis({ port: secured.port, password: 's3cret', db: 2 });
    assert.equal(await r.get('p:cache:x'), 'y', 'the /db number in the URL is honoured');
    await r.quit();
    await assert.rejects(openRedisStore(`redis://:wrong@127.0.0.1:${secured.port}/0`, 'p:', log), /store\.redis: cannot reach/);
  } finally {
    await secured.stop();
  }
});

test('health reports a server that went away, without hanging', async () => {
  const lone = await startRedis();
  const store = await openRedisStore(lone.url, 'h:', log);
  try {
    assert.equal((await store.health()).ok, true);
    await lone.kill9();
    const t0 = Date.now();
    const h = await store.health();
    assert.equal(h.ok, false);
    assert.ok(Date.now() - t0 < 15_000, 'answers within the command timeout');
  } finally {
    await store.close();
    await lone.stop();
  }
});

test('durable with appendonly + appendfsync always: a resolved put survives SIGKILL of redis-server', async () => {
  const first = await startRedis({ appendonly: true });
  const dir = first.dir;
  const store = await openRedisStore(first.url, 'd:', log);
  const now = Date.now();
  await store.quarantine.put({ id: 'dq', kind: 'quarantine', direction: 'inbound', receivedAt: now, expiresAt: now + 86400000,
    mailFrom: 's@x.example', recipients: ['u@corp.example'], from: '', subject: 'kept', score: 9, action: 'quarantine',
    symbols: [], clientIp: '192.0.2.1', helo: 'x', size: 1 }, Buffer.from('body'));
  await store.queue.enqueue([{ id: 'dqq', createdAt: now, mailFrom: 'u@corp.example', domain: 'x.example',
    recipients: [{ address: 's@x.example', status: 'pending' }], attempts: 0, nextAttemptAt: now, lastError: null,
    delayNotified: false, leasedUntil: 0 }], Buffer.from('queued'));
  await first.kill9();
  await store.close();
  const second = await startRedis({ appendonly: true, dir });
  const again = await openRedisStore(second.url, 'd:', log);
  try {
    assert.equal((await again.quarantine.get('dq'))?.subject, 'kept');
    assert.equal((await again.quarantine.body('dq'))?.toString(), 'body');
    assert.deepEqual((await again.quarantine.list({ recipients: ['u@corp.example'], limit: 5, offset: 0 })).items.map((i) => i.id), ['dq']);
    assert.equal((await again.queue.body('dqq'))?.toString(), 'queued');
  } finally {
    await again.close();
    await second.stop();
    const { rmSync } = await import('node:fs');
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a short link followed by one node is not asked again by another node of the cluster', async () => {
  // a "shortener" on loopback; both nodes resolve its name to it
  const asked: string[] = [];
  const shortener = createServer((req, res) => { asked.push(`${req.method} ${req.url}`); res.writeHead(301, { location: 'https://evil.example/x' }).end(); });
  await new Promise<void>((resolve) => shortener.listen(0, '127.0.0.1', resolve));
  const port = (shortener.address() as { port: number }).port;
  const lookup: LookupFunction = (_host, options, cb) => (options.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4));
  const prefix = `sl${randomBytes(4).toString('hex')}:`;
  const [a, b] = [await openRedisStore(server.url, prefix, log), await openRedisStore(server.url, prefix, log)];
  try {
    const opts = shortLinksOptionsSchema.parse({ hosts: ['sho.rt'] });
    const link = `http://sho.rt:${port}/abc`;
    assert.deepEqual(await followShortLink(link, opts, { lookup, cache: a.cache }), { hops: ['https://evil.example/x'], end: 'target' });
    resetShortLinkState();
    assert.deepEqual(await followShortLink(link, opts, { lookup, cache: b.cache }), { hops: ['https://evil.example/x'], end: 'target' });
    assert.deepEqual(asked, ['HEAD /abc'], 'the second node read the answer from Redis');
    const r = new Redis(server.url);
    const keys = (await r.keys(`${prefix}cache:shortlink:*`)).filter((k) => !k.includes(':health:'));
    assert.equal(keys.length, 1);
    // the health mark (the shortener answered) is shared too: a second node reports it
    assert.equal((await shortenerHealth(b.cache))?.ok, true);
    const ttl = await r.ttl(keys[0]!);
    assert.ok(ttl > 86_000 && ttl <= 86_400, `kept a day (${ttl} s)`);
    await r.del(...await r.keys(`${prefix}*`));
    await r.quit();
  } finally {
    await a.close();
    await b.close();
    await new Promise((resolve) => shortener.close(resolve));
  }
});

test('a domain\'s registration date asked by one node is read by another from Redis, and the bootstrap file too', async () => {
  const asked: string[] = [];
  const registry = createServer((req, res) => {
    asked.push(req.url!);
    if (req.url === '/dns.json') return void res.writeHead(200).end(JSON.stringify({ services: [[['shop'], [`http://rdap.test:${port}/`]]] }));
    res.writeHead(200).end(JSON.stringify({ events: [{ eventAction: 'registration', eventDate: '2026-12-01T00:00:00Z' }] }));
  });
  await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
  const port = (registry.address() as { port: number }).port;
  const lookup: LookupFunction = (_host, options, cb) => (options.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4));
  const prefix = `rd${randomBytes(4).toString('hex')}:`;
  const [a, b] = [await openRedisStore(server.url, prefix, log), await openRedisStore(server.url, prefix, log)];
  try {
    const opts = rdapOptionsSchema.parse({ bootstrapUrl: `http://iana.test:${port}/dns.json` });
    assert.equal(await registrationOf('fresh-shoes.shop', opts, { lookup, cache: a.cache, proxy: null }), Date.parse('2026-12-01T00:00:00Z'));
    resetRdapState();
    assert.equal(await registrationOf('fresh-shoes.shop', opts, { lookup, cache: b.cache, proxy: null }), Date.parse('2026-12-01T00:00:00Z'));
    assert.deepEqual(asked, ['/dns.json', '/domain/fresh-shoes.shop'], 'the second node asked nothing');
    const r = new Redis(server.url);
    const ttl = await r.ttl(`${prefix}cache:rdap:domain:fresh-shoes.shop`);
    assert.ok(ttl > 7 * 86_400 - 100 && ttl <= 7 * 86_400, `kept cacheDays (${ttl} s)`);
    assert.equal((await rdapHealth(b.cache))?.ok, true);
    await r.del(...await r.keys(`${prefix}*`));
    await r.quit();
  } finally {
    await a.close();
    await b.close();
    await new Promise((resolve) => registry.close(resolve));
  }
});
