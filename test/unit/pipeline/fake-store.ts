// In-memory stand-in for the parts of Store the pipeline touches (greylist, lists, settings,
// quarantine). Anything else throws, so a test notices when the pipeline reaches further.
import type { AuditEntry, GreylistRecord, ListEntry, QuarantineItem, Store } from '../../../src/store/types.ts';

export interface FakeStore extends Store {
  greylistData: Map<string, { rec: GreylistRecord; ttl: number }>;
  auditEntries: AuditEntry[];
  settingsData: Map<string, unknown>;
}

const unused = (what: string): never => {
  throw new Error(`fake store: ${what} not implemented`);
};

export function fakeStore(): FakeStore {
  const greylistData = new Map<string, { rec: GreylistRecord; ttl: number }>();
  const lists: ListEntry[] = [];
  const settingsData = new Map<string, unknown>();
  const auditEntries: AuditEntry[] = [];
  const quarantine = new Map<string, { item: QuarantineItem; body: Buffer }>();
  let n = 0;
  const proxy = <T extends object>(name: string): T => new Proxy({} as T, { get: (_t, p) => () => unused(`${name}.${String(p)}`) });
  return {
    backend: 'embedded',
    greylistData, auditEntries, settingsData,
    greylist: {
      async get(key) { return greylistData.get(key)?.rec ?? null; },
      async put(key, rec, ttl) { greylistData.set(key, { rec: { ...rec }, ttl }); },
      async delete(key) { greylistData.delete(key); },
    },
    lists: {
      async list(owner) { return lists.filter((e) => e.owner === owner); },
      async add(owner, kind, address) {
        const e: ListEntry = { id: String(++n), owner, kind, address: address.toLowerCase(), createdAt: Date.now() };
        lists.push(e);
        return e;
      },
      async remove(owner, id) {
        const i = lists.findIndex((e) => e.owner === owner && e.id === id);
        if (i < 0) return false;
        lists.splice(i, 1);
        return true;
      },
      async match(owners, sender) {
        const s = sender.toLowerCase();
        const domain = s.slice(s.lastIndexOf('@') + 1);
        const parts = domain.split('.');
        const domains = parts.map((_, i) => `@${parts.slice(i).join('.')}`);
        return lists.filter((e) => owners.includes(e.owner) && (e.address === s || domains.includes(e.address)));
      },
    },
    settings: {
      async get<T>(key: string) { return (settingsData.has(key) ? structuredClone(settingsData.get(key)) : null) as T | null; },
      async set(key, value) { settingsData.set(key, structuredClone(value)); },
      async audit(entry) { auditEntries.push(entry); },
      async auditLog(limit) { return auditEntries.slice(-limit).reverse(); },
    },
    quarantine: {
      async put(item, body) { quarantine.set(item.id, { item, body }); },
      async get(id) { return quarantine.get(id)?.item ?? null; },
      async body(id) { return quarantine.get(id)?.body ?? null; },
      async list() { return { items: [...quarantine.values()].map((q) => q.item), total: quarantine.size }; },
      async take(id) { const q = quarantine.get(id) ?? null; quarantine.delete(id); return q; },
      async delete(id) { return quarantine.delete(id); },
      async expire(now) {
        let c = 0;
        for (const [id, q] of quarantine) if (q.item.expiresAt <= now) { quarantine.delete(id); c++; }
        return c;
      },
      async count(kind) { return [...quarantine.values()].filter((q) => !kind || q.item.kind === kind).length; },
    },
    bayes: proxy('bayes'), fuzzy: proxy('fuzzy'), known: proxy('known'), queue: proxy('queue'),
    users: proxy('users'), sessions: proxy('sessions'), txlog: proxy('txlog'), counters: proxy('counters'), cache: proxy('cache'),
    async health() { return { ok: true, backend: 'embedded', detail: 'fake' }; },
    async close() {},
  };
}
