// Sender allow/block lists: one hash per owner ('' = global), field "kind|address" → entry JSON.
// match() is one HMGET per owner for the address, '@domain' and parent-domain keys.
import type { ListEntry, ListStore } from '../types.ts';
import { newId, normAddr, senderKeys } from '../common.ts';
import { Lua } from './client.ts';
import type { Ctx } from './ctx.ts';

const KINDS: ReadonlyArray<ListEntry['kind']> = ['allow', 'block'];

// KEYS[1] owner hash; ARGV id. Deletes the entry with that id; returns 1 if found.
const REMOVE = new Lua(`
local all = redis.call('HGETALL', KEYS[1])
for i = 1, #all, 2 do
  if cjson.decode(all[i + 1]).id == ARGV[1] then
    redis.call('HDEL', KEYS[1], all[i])
    return 1
  end
end
return 0`);

export function listStore({ r, k }: Ctx): ListStore {
  const ownerKey = (owner: string): string => k(`list:${normAddr(owner)}`);
  return {
    async list(owner) {
      const all = Object.values(await r.hgetall(ownerKey(owner))).map((v) => JSON.parse(v) as ListEntry);
      return all.sort((a, b) => b.createdAt - a.createdAt || a.address.localeCompare(b.address));
    },
    async add(owner, kind, address) {
      const entry: ListEntry = { id: newId(), owner: normAddr(owner), kind, address: normAddr(address), createdAt: Date.now() };
      const field = `${kind}|${entry.address}`;
      const key = ownerKey(owner);
      // HSETNX: adding an existing entry returns the one already there
      if (await r.hsetnx(key, field, JSON.stringify(entry))) return entry;
      return JSON.parse((await r.hget(key, field))!) as ListEntry;
    },
    async remove(owner, id) {
      return Number(await REMOVE.run(r, [ownerKey(owner)], [id])) === 1;
    },
    async match(owners, sender) {
      const keys = senderKeys(sender);
      if (!keys.length || !owners.length) return [];
      const fields = keys.flatMap((a) => KINDS.map((kind) => `${kind}|${a}`));
      const rank = new Map(keys.map((a, i) => [a, i]));
      const found = await Promise.all([...new Set(owners)].map((o) => r.hmget(ownerKey(o), ...fields)));
      return found.flat().filter((v): v is string => v !== null)
        .map((v) => JSON.parse(v) as ListEntry)
        .sort((x, y) => rank.get(x.address)! - rank.get(y.address)!);
    },
  };
}
