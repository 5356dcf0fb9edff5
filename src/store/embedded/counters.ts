// Fixed-window counters (rate limits, login throttling) and the small shared TTL cache.
import type { CacheStore, CounterStore } from '../types.ts';
import type { Db } from './db.ts';

export function counterStore(db: Db): CounterStore {
  // A window that ended restarts at `by`; otherwise the count grows. One statement = atomic.
  const hit = db.prepare<{ key: string; by: number; now: number; exp: number }, { count: number }>(`
    INSERT INTO counter (key, count, expires_at) VALUES (@key, @by, @exp)
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN counter.expires_at <= @now THEN @by ELSE counter.count + @by END,
      expires_at = CASE WHEN counter.expires_at <= @now THEN @exp ELSE counter.expires_at END
    RETURNING count`);
  const peek = db.prepare<[string, number], { count: number }>('SELECT count FROM counter WHERE key = ? AND expires_at > ?');
  const reset = db.prepare<[string]>('DELETE FROM counter WHERE key = ?');
  return {
    async hit(key, windowSeconds, now, by = 1) {
      return hit.get({ key, by, now, exp: now + windowSeconds * 1000 })!.count;
    },
    async peek(key, now) {
      return peek.get(key, now)?.count ?? 0;
    },
    async reset(key) {
      reset.run(key);
    },
  };
}

export function cacheStore(db: Db): CacheStore {
  const get = db.prepare<[string, number], { value: string }>('SELECT value FROM cache WHERE key = ? AND expires_at > ?');
  const set = db.prepare<[string, string, number]>(
    'INSERT INTO cache (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at');
  return {
    async get(key) {
      return get.get(key, Date.now())?.value ?? null;
    },
    async set(key, value, ttlSeconds) {
      set.run(key, value, Date.now() + ttlSeconds * 1000);
    },
  };
}
