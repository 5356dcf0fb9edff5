// Correspondents learned from outbound mail.
//   kn:p:<internal>   hash external → "count:firstSeen:lastSeen"
//   kn:d:<domain>     hash { count, lastSeen }
//   kn:domains        sorted set of the domains by lastSeen (the look-alike check lists them)
//   kn:recent         sorted set "internal\nexternal" by lastSeen (admin list/search)
//   kn:ext:<external> set of internals; kn:dom:<domain> set of "internal\nexternal" (revocation)
//   kn:n:<name key>   hash our address → "lastSeen<TAB>shown" (display names our users send with)
//   kn:names          sorted set "name key\naddress" by lastSeen (admin list/search)
import type { KnownSender, KnownSenderStore, LocalName } from '../types.ts';
import { domainOf, icontains, normAddr } from '../common.ts';
import { Lua } from './client.ts';
import type { Ctx } from './ctx.ts';

// KEYS[1] pair hash; ARGV now, externals…
const RECORD = new Lua(`
local now = tonumber(ARGV[1])
for i = 2, #ARGV do
  local v = redis.call('HGET', KEYS[1], ARGV[i])
  local c, f, l = 0, now, now
  if v then
    local a, b, d = string.match(v, '^(%d+):(%d+):(%d+)$')
    c, f, l = tonumber(a), tonumber(b), tonumber(d)
    if now > l then l = now end
  end
  redis.call('HSET', KEYS[1], ARGV[i], string.format('%d:%d:%d', c + 1, f, l))
end
return 1`);
// KEYS[1] name hash; ARGV address, now, shown (the latest spelling wins; lastSeen only moves forward)
const PUT_NAME = new Lua(`
local v = redis.call('HGET', KEYS[1], ARGV[1])
local l = v and tonumber(string.match(v, '^(%d+)')) or -1
if tonumber(ARGV[2]) >= l then redis.call('HSET', KEYS[1], ARGV[1], ARGV[2] .. '\t' .. ARGV[3]) end
return 1`);
// KEYS[1] domain hash; ARGV now
const BUMP_DOMAIN = new Lua(`
redis.call('HINCRBY', KEYS[1], 'count', 1)
local l = tonumber(redis.call('HGET', KEYS[1], 'lastSeen') or '0')
if tonumber(ARGV[1]) > l then redis.call('HSET', KEYS[1], 'lastSeen', ARGV[1]) end
return 1`);

const SEP = '\n';

export function knownStore({ r, k }: Ctx): KnownSenderStore {
  const pairKey = (internal: string): string => k(`kn:p:${internal}`);
  const domKey = (domain: string): string => k(`kn:d:${domain}`);
  const extSet = (external: string): string => k(`kn:ext:${external}`);
  const domSet = (domain: string): string => k(`kn:dom:${domain}`);
  const recent = k('kn:recent');
  const allDomains = k('kn:domains');
  const nameKey = (key: string): string => k(`kn:n:${key}`);
  const names = k('kn:names');
  const toName = (key: string, address: string, v: string): LocalName => {
    const tab = v.indexOf('\t');
    return { nameKey: key, address, shown: v.slice(tab + 1), lastSeen: Number(v.slice(0, tab)) };
  };

  const toPair = (internal: string, external: string, v: string | null): KnownSender | null => {
    if (v === null) return null;
    const [count, firstSeen, lastSeen] = v.split(':').map(Number);
    return { internal, external, count: count!, firstSeen: firstSeen!, lastSeen: lastSeen! };
  };
  /** deletes the given pairs and their index entries; returns how many pairs existed */
  const dropPairs = async (pairs: Array<[string, string]>): Promise<number> => {
    const removed = await Promise.all(pairs.map(([i, e]) => r.hdel(pairKey(i), e)));
    await Promise.all(pairs.flatMap(([i, e]) => [
      r.zrem(recent, i + SEP + e), r.srem(extSet(e), i), r.srem(domSet(domainOf(e)), i + SEP + e),
    ]));
    // the domain bonus was learned from these pairs: it goes when its last pair does
    const domains = [...new Set(pairs.map(([, e]) => domainOf(e)).filter(Boolean))];
    await Promise.all(domains.map(async (d) => { if ((await r.scard(domSet(d))) === 0) await Promise.all([r.del(domKey(d)), r.zrem(allDomains, d)]); }));
    return removed.reduce((a, b) => a + b, 0);
  };

  return {
    async record(internal, externals, now) {
      const int = normAddr(internal);
      const ext = [...new Set(externals.map(normAddr).filter((e) => e.includes('@')))];
      if (!ext.length) return;
      await Promise.all([
        RECORD.run(r, [pairKey(int)], [now, ...ext]),
        ...ext.flatMap((e) => {
          const d = domainOf(e);
          return [
            r.zadd(recent, 'GT', now, int + SEP + e), r.sadd(extSet(e), int),
            ...(d ? [r.sadd(domSet(d), int + SEP + e), BUMP_DOMAIN.run(r, [domKey(d)], [now]), r.zadd(allDomains, 'GT', now, d)] : []),
          ];
        }),
      ]);
    },
    async lookup(internal, external) {
      const int = normAddr(internal), ext = normAddr(external), d = domainOf(ext);
      const [v, dv] = await Promise.all([r.hget(pairKey(int), ext), d ? r.hmget(domKey(d), 'count', 'lastSeen') : Promise.resolve([null, null])]);
      const domain = dv[0] !== null && dv[0] !== undefined ? { domain: d, count: Number(dv[0]), lastSeen: Number(dv[1] ?? 0) } : null;
      return { pair: toPair(int, ext, v), domain };
    },
    async search(query, limit, offset) {
      const q = query.trim();
      let members: string[];
      if (!q) {
        members = limit > 0 ? await r.zrevrange(recent, offset, offset + limit - 1) : [];
      } else {
        // newest first, in chunks, until offset+limit matches are found
        members = [];
        const CHUNK = 1000;
        for (let start = 0; members.length < offset + limit; start += CHUNK) {
          const chunk = await r.zrevrange(recent, start, start + CHUNK - 1);
          members.push(...chunk.filter((m) => icontains(m, q)));
          if (chunk.length < CHUNK) break;
        }
        members = members.slice(offset, offset + limit);
      }
      const pairs = members.map((m) => m.split(SEP) as [string, string]);
      const vals = await Promise.all(pairs.map(([i, e]) => r.hget(pairKey(i), e)));
      return pairs.map(([i, e], n) => toPair(i, e, vals[n]!)).filter((p): p is KnownSender => p !== null);
    },
    async domains(minSeen, minCount) {
      const flat = await r.zrangebyscore(allDomains, minSeen, '+inf', 'WITHSCORES');
      const names = flat.filter((_, i) => i % 2 === 0);
      const counts = await Promise.all(names.map((d) => r.hget(domKey(d), 'count')));
      return names.flatMap((domain, i) => {
        const count = Number(counts[i] ?? 0);
        return count >= minCount ? [{ domain, count, lastSeen: Number(flat[2 * i + 1]) }] : [];
      });
    },
    async revoke(external, internal) {
      const ext = normAddr(external);
      if (ext.startsWith('@')) {
        const d = ext.slice(1);
        const pairs = (await r.smembers(domSet(d))).map((m) => m.split(SEP) as [string, string]);
        const n = await dropPairs(pairs);
        const [had] = await Promise.all([r.del(domKey(d)), r.del(domSet(d)), r.zrem(allDomains, d)]); // separate slots on a Cluster
        return n || (had ? 1 : 0);
      }
      const internals = internal === undefined ? await r.smembers(extSet(ext)) : [normAddr(internal)];
      return dropPairs(internals.map((i) => [i, ext]));
    },
    async recordName(name, now) {
      const address = normAddr(name.address);
      await Promise.all([
        PUT_NAME.run(r, [nameKey(name.nameKey)], [address, now, name.shown]),
        r.zadd(names, 'GT', now, name.nameKey + SEP + address),
      ]);
    },
    async namedAs(key) {
      const h = await r.hgetall(nameKey(key));
      return Object.entries(h).map(([address, v]) => toName(key, address, v)).sort((a, b) => (a.address < b.address ? -1 : 1));
    },
    async names(query, limit, offset) {
      const q = query.trim();
      const out: LocalName[] = [];
      const CHUNK = 1000;
      // newest first, in chunks, until offset+limit matches are found (the shown name lives in the hash)
      for (let start = 0; out.length < offset + limit; start += CHUNK) {
        const chunk = await r.zrevrange(names, start, start + CHUNK - 1);
        const pairs = chunk.map((m) => m.split(SEP) as [string, string]);
        const vals = await Promise.all(pairs.map(([key, a]) => r.hget(nameKey(key), a)));
        pairs.forEach(([key, a], i) => {
          const v = vals[i];
          if (v === null || v === undefined) return;
          const n = toName(key, a, v);
          if (!q || icontains(n.shown, q) || icontains(n.address, q)) out.push(n);
        });
        if (chunk.length < CHUNK) break;
      }
      return out.slice(offset, offset + limit);
    },
    async forgetName(key, address) {
      const a = normAddr(address);
      const [n] = await Promise.all([r.hdel(nameKey(key), a), r.zrem(names, key + SEP + a)]);
      return n > 0;
    },
  };
}
