// Fixed-window counters (one hash per key: count and window end, by the caller's clock) and the
// shared TTL cache.
import type { CacheStore, CounterStore } from '../types.ts';
import { Lua } from './client.ts';
import type { Ctx } from './ctx.ts';

// KEYS[1] counter; ARGV now, windowEnd, by, ttlMs. A window that ended restarts at `by`.
const HIT = new Lua(`
local e = tonumber(redis.call('HGET', KEYS[1], 'e') or '0')
local c
if e <= tonumber(ARGV[1]) then
  redis.call('HSET', KEYS[1], 'c', ARGV[3], 'e', ARGV[2])
  c = tonumber(ARGV[3])
else
  c = redis.call('HINCRBY', KEYS[1], 'c', ARGV[3])
end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return c`);

export function counterStore({ r, k }: Ctx): CounterStore {
  return {
    async hit(key, windowSeconds, now, by = 1) {
      // the Redis expiry only collects abandoned keys; the window itself follows `now`
      const ttl = windowSeconds * 1000 + 60_000;
      return Number(await HIT.run(r, [k(`ctr:${key}`)], [now, now + windowSeconds * 1000, Math.round(by), ttl]));
    },
    async peek(key, now) {
      const [c, e] = await r.hmget(k(`ctr:${key}`), 'c', 'e');
      return c !== null && Number(e) > now ? Number(c) : 0;
    },
    async reset(key) {
      await r.del(k(`ctr:${key}`));
    },
  };
}

export function cacheStore({ r, k }: Ctx): CacheStore {
  return {
    async get(key) {
      return r.get(k(`cache:${key}`));
    },
    async set(key, value, ttlSeconds) {
      await r.set(k(`cache:${key}`), value, 'PX', Math.max(1, Math.round(ttlSeconds * 1000)));
    },
  };
}
