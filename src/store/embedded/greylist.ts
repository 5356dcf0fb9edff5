// Greylisting triplets: one row per triplet key, dropped after its TTL.
import type { GreylistRecord, GreylistStore } from '../types.ts';
import { fromJson, type Db } from './db.ts';

export function greylistStore(db: Db): GreylistStore {
  const get = db.prepare<[string, number], { data: string }>('SELECT data FROM greylist WHERE key = ? AND expires_at > ?');
  const put = db.prepare<[string, string, number]>(
    'INSERT INTO greylist (key, data, expires_at) VALUES (?, ?, ?) ON CONFLICT (key) DO UPDATE SET data = excluded.data, expires_at = excluded.expires_at');
  const del = db.prepare<[string]>('DELETE FROM greylist WHERE key = ?');
  return {
    async get(key) {
      const row = get.get(key, Date.now());
      return row ? fromJson<GreylistRecord>(row.data) : null;
    },
    async put(key, rec, ttlSeconds) {
      put.run(key, JSON.stringify(rec), Date.now() + ttlSeconds * 1000);
    },
    async delete(key) {
      del.run(key);
    },
  };
}
