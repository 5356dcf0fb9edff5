// Bayes token statistics, sharded over BUCKETS hashes (token → "spam:ham:weight:lastSeen").
// Hashes are far more compact than one key per token, and a message's tokens are read with one
// HMGET per bucket touched, all sent in one pipelined round trip (per node on a Cluster).
import type { BayesStore, LearnClass, TokenStats } from '../types.ts';
import { Lua, type Arg } from './client.ts';
import type { Ctx } from './ctx.ts';

const BUCKETS = 16;

function bucketOf(token: string): number {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < token.length; i++) h = Math.imul(h ^ token.charCodeAt(i), 0x01000193);
  return (h >>> 0) % BUCKETS;
}

/** "spam:ham:weight:lastSeen" → stats; by index, as this runs ~1000 times per classified message */
function unpack(v: string): TokenStats {
  const a = v.indexOf(':');
  const b = v.indexOf(':', a + 1);
  const c = v.indexOf(':', b + 1);
  return { spam: +v.slice(0, a) || 0, ham: +v.slice(a + 1, b) || 0, weight: +v.slice(b + 1, c) || 0, lastSeen: +v.slice(c + 1) || 0 };
}

// KEYS[1] bucket; ARGV now, then (token, dSpam, dHam, dWeight)*. Rows that reach all-zero go.
const APPLY = new Lua(`
local now = tonumber(ARGV[1])
for i = 2, #ARGV, 4 do
  local tok = ARGV[i]
  local s, h, w, t = 0, 0, 0, 0
  local v = redis.call('HGET', KEYS[1], tok)
  if v then
    local a, b, c, d = string.match(v, '^([^:]*):([^:]*):([^:]*):([^:]*)$')
    s, h, w, t = tonumber(a) or 0, tonumber(b) or 0, tonumber(c) or 0, tonumber(d) or 0
  end
  s = s + tonumber(ARGV[i + 1]); h = h + tonumber(ARGV[i + 2]); w = w + tonumber(ARGV[i + 3])
  if now > t then t = now end
  if s <= 0 and h <= 0 and w == 0 then
    redis.call('HDEL', KEYS[1], tok)
  else
    redis.call('HSET', KEYS[1], tok, string.format('%d:%d:%.17g:%d', s, h, w, t))
  end
end
return 1`);

export function bayesStore({ r, k }: Ctx): BayesStore {
  const bucketKey = (b: number): string => k(`bayes:t:${b}`);
  const totalsKey = k('bayes:totals');
  const learnedKey = k('bayes:learned');
  /** items split by the bucket of their token; index = bucket (plain arrays: classify's hot path) */
  const byBucket = <T>(items: readonly T[], tokenOf: (it: T) => string): T[][] => {
    const out: T[][] = Array.from({ length: BUCKETS }, () => []);
    for (const it of items) out[bucketOf(tokenOf(it))]!.push(it);
    return out;
  };
  const allBuckets = Array.from({ length: BUCKETS }, (_, i) => i);

  return {
    async getTokens(tokens) {
      const out = new Map<string, TokenStats>();
      await Promise.all(byBucket(tokens, (t) => t).map(async (list, b) => {
        if (!list.length) return;
        const vals = await r.hmget(bucketKey(b), ...list);
        for (let i = 0; i < vals.length; i++) { const v = vals[i]; if (v != null) out.set(list[i]!, unpack(v)); }
      }));
      return out;
    },
    async applyDeltas(deltas, totals, now) {
      const jobs: Array<Promise<unknown>> = [];
      byBucket(deltas, (d) => d.token).forEach((list, b) => {
        if (!list.length) return;
        const args: Arg[] = [now];
        for (const d of list) args.push(d.token, Math.round(d.spam ?? 0), Math.round(d.ham ?? 0), d.weight ?? 0);
        jobs.push(APPLY.run(r, [bucketKey(b)], args));
      });
      if (totals.spam) jobs.push(r.hincrby(totalsKey, 'spam', totals.spam));
      if (totals.ham) jobs.push(r.hincrby(totalsKey, 'ham', totals.ham));
      await Promise.all(jobs);
    },
    async generation() {
      const g = await r.hget(totalsKey, 'generation');
      return g === null ? null : Number(g);
    },
    async setGeneration(generation) {
      if (generation === null) await r.hdel(totalsKey, 'generation');
      else await r.hset(totalsKey, 'generation', generation);
    },
    async totals() {
      const [spam, ham] = await r.hmget(totalsKey, 'spam', 'ham');
      return { spam: Number(spam ?? 0), ham: Number(ham ?? 0) };
    },
    async getLearned(signature) {
      return (await r.hget(learnedKey, signature)) as LearnClass | null;
    },
    async setLearned(signature, cls) {
      if (cls) await r.hset(learnedKey, signature, cls);
      else await r.hdel(learnedKey, signature);
    },
    async tokenCount() {
      const lens = await Promise.all(allBuckets.map((b) => r.hlen(bucketKey(b))));
      return lens.reduce((a, b) => a + b, 0);
    },
    async clear() {
      // one key per DEL: on a Cluster the buckets live in different slots
      await Promise.all([...allBuckets.map((b) => bucketKey(b)), totalsKey, learnedKey].map((key) => r.del(key)));
    },
    async *dump(batch) {
      // HSCAN: a bucket is read in steps, never whole (a model of millions of rows)
      const scan = async function* (key: string): AsyncGenerator<string[]> {
        let cursor = '0';
        do {
          const [next, flat] = await r.hscan(key, cursor, 'COUNT', batch);
          cursor = next;
          if (flat.length) yield flat;
        } while (cursor !== '0');
      };
      for (const b of allBuckets) {
        for await (const flat of scan(bucketKey(b))) {
          const tokens: Array<readonly [string, TokenStats]> = [];
          for (let i = 0; i < flat.length; i += 2) tokens.push([flat[i]!, unpack(flat[i + 1]!)]);
          yield { tokens };
        }
      }
      for await (const flat of scan(learnedKey)) {
        const learned: Array<readonly [string, LearnClass]> = [];
        for (let i = 0; i < flat.length; i += 2) learned.push([flat[i]!, flat[i + 1] as LearnClass]);
        yield { learned };
      }
    },
    async restore(part) {
      const jobs: Array<Promise<unknown>> = [];
      byBucket(part.tokens ?? [], ([token]) => token).forEach((list, b) => {
        if (!list.length) return;
        jobs.push(r.hset(bucketKey(b), Object.fromEntries(list.map(([token, t]) => [token, `${Math.round(t.spam)}:${Math.round(t.ham)}:${t.weight}:${Math.round(t.lastSeen)}`]))));
      });
      if (part.learned?.length) jobs.push(r.hset(learnedKey, Object.fromEntries(part.learned)));
      await Promise.all(jobs);
    },
    async prune(keep) {
      // Maintenance, not hot path: reads every bucket once, then deletes the chosen tokens.
      const all: Array<{ token: string; n: number; t: number }> = [];
      await Promise.all(allBuckets.map(async (b) => {
        const h = await r.hgetall(bucketKey(b));
        for (const [token, v] of Object.entries(h)) {
          const s = unpack(v);
          all.push({ token, n: s.spam + s.ham, t: s.lastSeen });
        }
      }));
      const excess = all.length - Math.max(0, keep);
      if (excess <= 0) return 0;
      // hapaxes (seen at most once) first, each group least recently seen first
      all.sort((x, y) => Number(x.n > 1) - Number(y.n > 1) || x.t - y.t);
      const victims = byBucket(all.slice(0, excess), (v) => v.token);
      const removed = await Promise.all(victims.map((list, b) => (list.length ? r.hdel(bucketKey(b), ...list.map((v) => v.token)) : 0)));
      return removed.reduce((a, b) => a + b, 0);
    },
  };
}
