// Bulk fingerprints. Per hash, three sorted sets of distinct values (sender IPs, sender domains,
// recipients) scored by last seen; the three share the hash tag so one script trims the window,
// records and counts. Keys expire one window after the last sighting.
import type { FuzzyCounts, FuzzyStore } from '../types.ts';
import { normAddr } from '../common.ts';
import { Lua } from './client.ts';
import type { Ctx } from './ctx.ts';

// KEYS ips, domains, recipients; ARGV now, cutoff, ttlMs, ip, domain, recipients…
const OBSERVE = new Lua(`
local out = {}
for i = 1, 3 do
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', ARGV[2])
  local last = i
  if i == 3 then last = #ARGV - 3 end
  for j = 3 + i, 3 + last do
    if ARGV[j] ~= '' then redis.call('ZADD', KEYS[i], ARGV[1], ARGV[j]) end
  end
  out[i] = redis.call('ZCARD', KEYS[i])
  redis.call('PEXPIRE', KEYS[i], ARGV[3])
end
return out`);

// The same counts without writing (a dry run). KEYS as above; ARGV cutoff, ip, domain, recipients…
const PEEK = new Lua(`
local cutoff = tonumber(ARGV[1])
local function live(key) return redis.call('ZCOUNT', key, '(' .. ARGV[1], '+inf') end
local function new(key, v)
  if v == '' then return 0 end
  local seen = redis.call('ZSCORE', key, v)
  if seen and tonumber(seen) > cutoff then return 0 end
  return 1
end
local recipients = live(KEYS[3])
for i = 4, #ARGV do recipients = recipients + new(KEYS[3], ARGV[i]) end
return { live(KEYS[1]) + new(KEYS[1], ARGV[2]), live(KEYS[2]) + new(KEYS[2], ARGV[3]), recipients }`);

export function fuzzyStore({ r, k }: Ctx): FuzzyStore {
  const blockedKey = k('fz:blocked');
  return {
    async observe(hashes, obs, now, windowSeconds) {
      const uniq = [...new Set(hashes)];
      const values = [obs.ip.trim().toLowerCase(), obs.senderDomain.trim().toLowerCase(), ...obs.recipients.map(normAddr)];
      const cutoff = now - windowSeconds * 1000;
      return Promise.all(uniq.map(async (hash): Promise<FuzzyCounts> => {
        const tag = `fz:{${hash}}`;
        const keys = ['i', 'd', 'r'].map((s) => k(`${tag}:${s}`));
        const [ips, domains, recipients] = (await OBSERVE.run(r, keys,
          [now, cutoff, windowSeconds * 1000 + 60_000, ...values])) as number[];
        return { hash, ips: ips!, domains: domains!, recipients: recipients! };
      }));
    },
    async peek(hashes, obs, now, windowSeconds) {
      const values = [obs.ip.trim().toLowerCase(), obs.senderDomain.trim().toLowerCase(), ...obs.recipients.map(normAddr)];
      const cutoff = now - windowSeconds * 1000;
      return Promise.all([...new Set(hashes)].map(async (hash): Promise<FuzzyCounts> => {
        const keys = ['i', 'd', 'r'].map((s) => k(`fz:{${hash}}:${s}`));
        const [ips, domains, recipients] = (await PEEK.run(r, keys, [cutoff, ...values])) as number[];
        return { hash, ips: ips!, domains: domains!, recipients: recipients! };
      }));
    },
    async addBlocked(hash, note) {
      const old = await r.hget(blockedKey, hash);
      const createdAt = old ? (JSON.parse(old) as { createdAt: number }).createdAt : Date.now();
      await r.hset(blockedKey, hash, JSON.stringify({ note, createdAt }));
    },
    async removeBlocked(hash) {
      await r.hdel(blockedKey, hash);
    },
    async blocked(hashes) {
      if (!hashes.length) return [];
      const vals = await r.hmget(blockedKey, ...hashes);
      return hashes.filter((_, i) => vals[i] !== null);
    },
    async listBlocked() {
      const all = await r.hgetall(blockedKey);
      return Object.entries(all)
        .map(([hash, v]) => ({ hash, ...(JSON.parse(v) as { note: string; createdAt: number }) }))
        .sort((a, b) => b.createdAt - a.createdAt || a.hash.localeCompare(b.hash));
    },
  };
}
