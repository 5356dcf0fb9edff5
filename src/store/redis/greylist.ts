// Greylisting triplets: one JSON string per triplet with the TTL as the Redis expiry.
import type { GreylistRecord, GreylistStore } from '../types.ts';
import { parseJson, type Ctx } from './ctx.ts';

export function greylistStore({ r, k }: Ctx): GreylistStore {
  return {
    async get(key) {
      return parseJson<GreylistRecord>(await r.get(k(`gl:${key}`)));
    },
    async put(key, rec, ttlSeconds) {
      await r.set(k(`gl:${key}`), JSON.stringify(rec), 'PX', Math.max(1, Math.round(ttlSeconds * 1000)));
    },
    async delete(key) {
      await r.del(k(`gl:${key}`));
    },
  };
}
