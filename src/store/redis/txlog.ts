// Transaction log in Redis: tx:<id> holds the entry JSON; sorted sets by time index all entries
// and each action and direction ({txidx} tag: one script updates them together). A search with
// only time/action/direction filters reads one index; text filters scan newest first.
import type { Action, Direction, TxLogEntry, TxLogStore } from '../types.ts';
import { icontains } from '../common.ts';
import { Lua } from './client.ts';
import type { Ctx } from './ctx.ts';

const ACTIONS: readonly Action[] = ['accept', 'tag', 'quarantine', 'reject', 'tempfail'];
const DIRECTIONS: readonly Direction[] = ['inbound', 'outbound'];
const CHUNK = 500;

// KEYS index sets; ARGV score id
const INDEX = new Lua(`
for i = 1, #KEYS do redis.call('ZADD', KEYS[i], ARGV[1], ARGV[2]) end
return 1`);
// KEYS index sets; ARGV ids…
const UNINDEX = new Lua(`
for i = 1, #KEYS do redis.call('ZREM', KEYS[i], unpack(ARGV)) end
return 1`);

export function txlogStore({ r, k }: Ctx): TxLogStore {
  const entryKey = (id: string): string => k(`tx:${id}`);
  const all = k('{txidx}:all');
  const byAction = (a: string): string => k(`{txidx}:a:${a}`);
  const byDirection = (d: string): string => k(`{txidx}:d:${d}`);
  const every = [all, ...ACTIONS.map(byAction), ...DIRECTIONS.map(byDirection)];
  const load = async (ids: readonly string[]): Promise<TxLogEntry[]> => {
    const vals = await Promise.all(ids.map((id) => r.get(entryKey(id))));
    return vals.filter((v): v is string => v !== null).map((v) => JSON.parse(v) as TxLogEntry);
  };

  return {
    async append(e) {
      // one round trip (hot path); a search that sees the index entry first skips it until then
      await Promise.all([
        r.set(entryKey(e.id), JSON.stringify(e)),
        INDEX.run(r, [all, byAction(e.action), byDirection(e.direction)], [e.at, e.id]),
      ]);
    },
    async search(q) {
      const min = q.since ?? '-inf';
      const max = q.until !== undefined ? `(${q.until}` : '+inf';
      const src = q.action ? byAction(q.action) : q.direction ? byDirection(q.direction) : all;
      const needDirection = Boolean(q.action && q.direction);
      const filtered = needDirection || Boolean(q.sender || q.recipient || q.subject || q.ip || q.symbol);
      if (!filtered) {
        const [total, ids] = await Promise.all([
          r.zcount(src, min, max),
          q.limit > 0 ? r.zrevrangebyscore(src, max, min, 'LIMIT', q.offset, q.limit) : Promise.resolve([]),
        ]);
        return { items: await load(ids), total };
      }
      const keep = (e: TxLogEntry): boolean =>
        (!needDirection || e.direction === q.direction) &&
        (!q.sender || icontains(e.mailFrom, q.sender) || icontains(e.from, q.sender)) &&
        (!q.recipient || e.recipients.some((x) => icontains(x, q.recipient!))) &&
        (!q.subject || icontains(e.subject, q.subject)) &&
        (!q.ip || icontains(e.clientIp, q.ip)) &&
        (!q.symbol || e.symbols.some((s) => s.name === q.symbol));
      const items: TxLogEntry[] = [];
      let total = 0;
      for (let start = 0; ; start += CHUNK) {
        const ids = await r.zrevrangebyscore(src, max, min, 'LIMIT', start, CHUNK);
        for (const e of await load(ids)) {
          if (!keep(e)) continue;
          if (total >= q.offset && items.length < q.limit) items.push(e);
          total++;
        }
        if (ids.length < CHUNK) break;
      }
      return { items, total };
    },
    async get(id) {
      const v = await r.get(entryKey(id));
      return v === null ? null : (JSON.parse(v) as TxLogEntry);
    },
    async expire(before) {
      let n = 0;
      for (;;) {
        const ids = await r.zrangebyscore(all, '-inf', `(${before}`, 'LIMIT', 0, CHUNK);
        if (!ids.length) return n;
        const deleted = await Promise.all(ids.map((id) => r.del(entryKey(id))));
        await UNINDEX.run(r, every, ids);
        n += deleted.reduce((a, b) => a + b, 0);
      }
    },
  };
}
