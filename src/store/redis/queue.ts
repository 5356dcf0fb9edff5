// Outbound delivery queue in Redis. All queue keys share the hash tag {queue} so every operation
// is one atomic script, also on a Cluster (the queue is transient: bodies leave on delivery).
//   items   hash id → item JSON          next / lease  hash id → nextAttemptAt / leasedUntil
//   msg     hash id → message id         bodies / refs hash message id → body / items left
//   ready   sorted set id → max(nextAttemptAt, leasedUntil): an item is due when its score <= now
//   created sorted set id → createdAt (listing order)
import { randomUUID } from 'node:crypto';
import type { QueueItem, QueueStore } from '../types.ts';
import { Lua, type Arg } from './client.ts';
import type { Ctx } from './ctx.ts';

const ENQUEUE = new Lua(`
-- KEYS items next lease msg bodies refs ready created; ARGV msgId body (id json next lease created)*
redis.call('HSET', KEYS[5], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[6], ARGV[1], (#ARGV - 2) / 5)
for i = 3, #ARGV, 5 do
  local id = ARGV[i]
  redis.call('HSET', KEYS[1], id, ARGV[i + 1])
  redis.call('HSET', KEYS[2], id, ARGV[i + 2])
  redis.call('HSET', KEYS[3], id, ARGV[i + 3])
  redis.call('HSET', KEYS[4], id, ARGV[1])
  redis.call('ZADD', KEYS[7], math.max(tonumber(ARGV[i + 2]), tonumber(ARGV[i + 3])), id)
  redis.call('ZADD', KEYS[8], ARGV[i + 4], id)
end
return 1`);
const LEASE = new Lua(`
-- KEYS ready lease items next; ARGV now leaseUntil limit → {id, json, next}*
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', 0, tonumber(ARGV[3]))
local out = {}
for _, id in ipairs(ids) do
  local nxt = redis.call('HGET', KEYS[4], id)
  redis.call('HSET', KEYS[2], id, ARGV[2])
  redis.call('ZADD', KEYS[1], math.max(tonumber(nxt), tonumber(ARGV[2])), id)
  table.insert(out, id)
  table.insert(out, redis.call('HGET', KEYS[3], id))
  table.insert(out, nxt)
end
return out`);
const UPDATE = new Lua(`
-- KEYS items next lease ready; ARGV id json next lease
if redis.call('HEXISTS', KEYS[1], ARGV[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[2])
redis.call('HSET', KEYS[2], ARGV[1], ARGV[3])
redis.call('HSET', KEYS[3], ARGV[1], ARGV[4])
redis.call('ZADD', KEYS[4], math.max(tonumber(ARGV[3]), tonumber(ARGV[4])), ARGV[1])
return 1`);
const REMOVE = new Lua(`
-- KEYS items next lease msg bodies refs ready created; ARGV id
local id = ARGV[1]
if redis.call('HDEL', KEYS[1], id) == 0 then return 0 end
local m = redis.call('HGET', KEYS[4], id)
redis.call('HDEL', KEYS[2], id)
redis.call('HDEL', KEYS[3], id)
redis.call('HDEL', KEYS[4], id)
redis.call('ZREM', KEYS[7], id)
redis.call('ZREM', KEYS[8], id)
if m and redis.call('HINCRBY', KEYS[6], m, -1) <= 0 then
  redis.call('HDEL', KEYS[5], m)
  redis.call('HDEL', KEYS[6], m)
end
return 1`);
const BODY = new Lua(`
-- KEYS msg bodies; ARGV id
local m = redis.call('HGET', KEYS[1], ARGV[1])
if not m then return false end
return redis.call('HGET', KEYS[2], m)`);
const FLUSH = new Lua(`
-- KEYS ready next lease; ARGV now: every item not leased becomes due now
local now = tonumber(ARGV[1])
local leases = redis.call('HGETALL', KEYS[3])
local n = 0
for i = 1, #leases, 2 do
  local id, lease = leases[i], tonumber(leases[i + 1])
  if lease <= now then
    local nxt = math.min(tonumber(redis.call('HGET', KEYS[2], id)), now)
    redis.call('HSET', KEYS[2], id, nxt)
    redis.call('ZADD', KEYS[1], math.max(nxt, lease), id)
    n = n + 1
  end
end
return n`);

export function queueStore({ r, k }: Ctx): QueueStore {
  const K = {
    items: k('{queue}:items'), next: k('{queue}:next'), lease: k('{queue}:lease'), msg: k('{queue}:msg'),
    bodies: k('{queue}:bodies'), refs: k('{queue}:refs'), ready: k('{queue}:ready'), created: k('{queue}:created'),
  };
  const ALL = [K.items, K.next, K.lease, K.msg, K.bodies, K.refs, K.ready, K.created];
  const toItem = (json: string, next: string | number | null, lease: string | number | null): QueueItem => {
    const it = JSON.parse(json) as QueueItem;
    return { ...it, nextAttemptAt: next === null ? it.nextAttemptAt : Number(next), leasedUntil: lease === null ? it.leasedUntil : Number(lease) };
  };

  return {
    async enqueue(items, body) {
      if (!items.length) return;
      const args: Arg[] = [randomUUID(), body];
      for (const it of items) args.push(it.id, JSON.stringify(it), it.nextAttemptAt, it.leasedUntil, it.createdAt);
      await ENQUEUE.run(r, ALL, args);
    },
    async lease(now, leaseUntil, limit) {
      if (limit <= 0) return [];
      const flat = (await LEASE.run(r, [K.ready, K.lease, K.items, K.next], [now, leaseUntil, limit])) as string[];
      const out: QueueItem[] = [];
      for (let i = 0; i < flat.length; i += 3) out.push(toItem(flat[i + 1]!, flat[i + 2]!, leaseUntil));
      return out;
    },
    async get(id) {
      const [json, next, lease] = await Promise.all([r.hget(K.items, id), r.hget(K.next, id), r.hget(K.lease, id)]);
      return json === null ? null : toItem(json, next, lease);
    },
    async body(id) {
      return (await BODY.runBuffer(r, [K.msg, K.bodies], [id])) as Buffer | null;
    },
    async update(item) {
      await UPDATE.run(r, [K.items, K.next, K.lease, K.ready], [item.id, JSON.stringify(item), item.nextAttemptAt, item.leasedUntil]);
    },
    async remove(id) {
      return Number(await REMOVE.run(r, ALL, [id])) === 1;
    },
    async list(limit, offset) {
      const [ids, total] = await Promise.all([limit > 0 ? r.zrange(K.created, String(offset), String(offset + limit - 1)) : Promise.resolve([]), r.zcard(K.created)]);
      if (!ids.length) return { items: [], total };
      const [jsons, nexts, leases] = await Promise.all([r.hmget(K.items, ...ids), r.hmget(K.next, ...ids), r.hmget(K.lease, ...ids)]);
      const items: QueueItem[] = [];
      ids.forEach((_, i) => { if (jsons[i] !== null) items.push(toItem(jsons[i]!, nexts[i] ?? null, leases[i] ?? null)); });
      return { items, total };
    },
    async flush(now) {
      return Number(await FLUSH.run(r, [K.ready, K.next, K.lease], [now]));
    },
  };
}
