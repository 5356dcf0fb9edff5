// Quarantine in Redis.
//   q:<id>                 hash { meta: JSON, body: raw bytes } — one entity, one key, so bodies
//                          spread over a Cluster's nodes
//   {qidx}:all / :k:<kind> sorted sets of ids by receivedAt (global, per kind)
//   {qidx}:r:<rcpt>        sorted set of ids by receivedAt per recipient (a user's quarantine)
//   {qidx}:exp             sorted set of ids by expiresAt (expiry)
// The index keys share one hash tag so a script updates them together. The item key decides
// who wins a take(): a script deletes it and only the caller that deleted it gets the message.
import type { QuarantineItem, QuarantineStore } from '../types.ts';
import { icontains, normAddr } from '../common.ts';
import { Lua } from './client.ts';
import type { Ctx } from './ctx.ts';

// KEYS all, kind, exp, rcpt…; ARGV id, receivedAt, expiresAt
const INDEX = new Lua(`
redis.call('ZADD', KEYS[1], ARGV[2], ARGV[1])
redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
for i = 4, #KEYS do redis.call('ZADD', KEYS[i], ARGV[2], ARGV[1]) end
return 1`);
// KEYS index keys…; ARGV id
const UNINDEX = new Lua(`
for i = 1, #KEYS do redis.call('ZREM', KEYS[i], ARGV[1]) end
return 1`);
// KEYS[1] item: returns {meta, body} and deletes it, or nil when someone else got it first
const TAKE = new Lua(`
local v = redis.call('HMGET', KEYS[1], 'meta', 'body')
if not v[1] then return false end
redis.call('DEL', KEYS[1])
return v`);

const KINDS: ReadonlyArray<QuarantineItem['kind']> = ['quarantine', 'rejected'];
const CHUNK = 500;

export function quarantineStore({ r, k }: Ctx): QuarantineStore {
  const itemKey = (id: string): string => k(`q:${id}`);
  const all = k('{qidx}:all');
  const kindKey = (kind: string): string => k(`{qidx}:k:${kind}`);
  const rcptKey = (rcpt: string): string => k(`{qidx}:r:${rcpt}`);
  const exp = k('{qidx}:exp');

  const indexKeys = (item: QuarantineItem): string[] => [all, kindKey(item.kind), exp, ...item.recipients.map(rcptKey)];
  const metas = async (ids: readonly string[]): Promise<Array<QuarantineItem | null>> => {
    const out: Array<QuarantineItem | null> = [];
    for (let i = 0; i < ids.length; i += CHUNK) {
      const vals = await Promise.all(ids.slice(i, i + CHUNK).map((id) => r.hget(itemKey(id), 'meta')));
      out.push(...vals.map((v) => (v === null ? null : (JSON.parse(v) as QuarantineItem))));
    }
    return out;
  };
  /** removes the item; returns it (with its body) if this caller removed it */
  const take = async (id: string): Promise<{ item: QuarantineItem; body: Buffer } | null> => {
    const v = (await TAKE.runBuffer(r, [itemKey(id)])) as [Buffer, Buffer | null] | null;
    if (!v) return null;
    const item = JSON.parse(v[0].toString('utf8')) as QuarantineItem;
    await UNINDEX.run(r, indexKeys(item), [id]);
    return { item, body: v[1] ?? Buffer.alloc(0) };
  };

  return {
    async put(item, body) {
      const norm: QuarantineItem = { ...item, recipients: [...new Set(item.recipients.map(normAddr))] };
      const old = await r.hget(itemKey(item.id), 'meta');
      if (old) await UNINDEX.run(r, indexKeys(JSON.parse(old) as QuarantineItem), [item.id]);
      // the message first, then the index: a crash in between leaves an unlisted item, never a
      // listed one without its body
      await r.hset(itemKey(item.id), 'meta', JSON.stringify(norm), 'body', body);
      await INDEX.run(r, indexKeys(norm), [norm.id, norm.receivedAt, norm.expiresAt]);
    },
    async get(id) {
      const v = await r.hget(itemKey(id), 'meta');
      return v === null ? null : (JSON.parse(v) as QuarantineItem);
    },
    async body(id) {
      return r.hgetBuffer(itemKey(id), 'body');
    },
    async list(q) {
      if (q.recipients && !q.recipients.length) return { items: [], total: 0 };
      const min = q.since ?? '-inf';
      const max = q.until !== undefined ? `(${q.until}` : '+inf';
      const page = (items: Array<QuarantineItem | null>): QuarantineItem[] => items.filter((i): i is QuarantineItem => i !== null);

      if (!q.recipients && !q.text) {
        // admin list: straight from the time index
        const src = q.kind ? kindKey(q.kind) : all;
        const [total, ids] = await Promise.all([
          r.zcount(src, min, max),
          q.limit > 0 ? r.zrevrangebyscore(src, max, min, 'LIMIT', q.offset, q.limit) : Promise.resolve([]),
        ]);
        return { items: page(await metas(ids)), total };
      }

      // candidates by time (newest first, ties by id like the embedded store), then filters
      const scored = new Map<string, number>();
      const sources = q.recipients ? [...new Set(q.recipients.map(normAddr))].map(rcptKey) : [q.kind ? kindKey(q.kind) : all];
      const lists = await Promise.all(sources.map((s) => r.zrevrangebyscore(s, max, min, 'WITHSCORES')));
      for (const l of lists) for (let i = 0; i < l.length; i += 2) scored.set(l[i]!, Number(l[i + 1]));
      let ids = [...scored.keys()];
      if (q.kind && q.recipients && ids.length) {
        const inKind = await r.zmscore(kindKey(q.kind), ...ids);
        ids = ids.filter((_, i) => inKind[i] !== null);
      }
      ids.sort((a, b) => scored.get(b)! - scored.get(a)! || (a < b ? 1 : a > b ? -1 : 0));
      if (!q.text) return { items: page(await metas(ids.slice(q.offset, q.offset + q.limit))), total: ids.length };
      const text = q.text;
      const matched = page(await metas(ids)).filter((i) => icontains(i.mailFrom, text) || icontains(i.from, text) || icontains(i.subject, text));
      return { items: matched.slice(q.offset, q.offset + q.limit), total: matched.length };
    },
    take,
    async delete(id) {
      return (await take(id)) !== null;
    },
    async expire(now) {
      const ids = await r.zrangebyscore(exp, '-inf', now);
      let n = 0;
      for (let i = 0; i < ids.length; i += CHUNK) {
        const taken = await Promise.all(ids.slice(i, i + CHUNK).map(async (id) => {
          const got = await take(id);
          // an index entry whose item is already gone: drop what we can find of it
          if (!got) await UNINDEX.run(r, [all, exp, ...KINDS.map(kindKey)], [id]);
          return got ? 1 : 0;
        }));
        n += taken.reduce<number>((a, b) => a + b, 0);
      }
      return n;
    },
    async count(kind) {
      return r.zcard(kind ? kindKey(kind) : all);
    },
  };
}
