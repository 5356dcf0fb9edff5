// Sender allow/block lists: global (owner '') and per user. match() looks up the exact address
// and '@domain' keys for the domain and its parents in one indexed query.
import type { ListEntry, ListStore } from '../types.ts';
import { newId, normAddr, senderKeys } from '../common.ts';
import type { Db } from './db.ts';

interface Row { id: string; owner: string; kind: ListEntry['kind']; address: string; created_at: number }
const toEntry = (r: Row): ListEntry => ({ id: r.id, owner: r.owner, kind: r.kind, address: r.address, createdAt: r.created_at });

/** `reader`: the connection for lookups on the message path (see index.ts) */
export function listStore(db: Db, reader: Db = db): ListStore {
  const list = db.prepare<[string], Row>('SELECT * FROM list_entry WHERE owner = ? ORDER BY created_at DESC, address');
  const insert = db.prepare<[string, string, string, string, number], Row>(
    'INSERT INTO list_entry (id, owner, kind, address, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (owner, kind, address) DO NOTHING RETURNING *');
  const existing = db.prepare<[string, string, string], Row>('SELECT * FROM list_entry WHERE owner = ? AND kind = ? AND address = ?');
  const remove = db.prepare<[string, string]>('DELETE FROM list_entry WHERE owner = ? AND id = ?');
  const match = reader.prepare<[string, string], Row>(
    'SELECT * FROM list_entry WHERE address IN (SELECT value FROM json_each(?)) AND owner IN (SELECT value FROM json_each(?))');

  return {
    async list(owner) {
      return list.all(normAddr(owner)).map(toEntry);
    },
    async add(owner, kind, address) {
      const o = normAddr(owner), a = normAddr(address);
      const row = insert.get(newId(), o, kind, a, Date.now()) ?? existing.get(o, kind, a)!;
      return toEntry(row);
    },
    async remove(owner, id) {
      return remove.run(normAddr(owner), id).changes > 0;
    },
    async match(owners, sender) {
      const keys = senderKeys(sender);
      if (!keys.length || !owners.length) return [];
      const rank = new Map(keys.map((k, i) => [k, i]));
      // most specific key first, so callers can take the first hit per owner
      return match.all(JSON.stringify(keys), JSON.stringify(owners.map(normAddr)))
        .map(toEntry)
        .sort((x, y) => rank.get(x.address)! - rank.get(y.address)!);
    },
  };
}
