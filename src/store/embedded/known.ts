// Correspondents learned from outbound mail: (internal sender → external recipient) pairs and
// the external domains, with counts and first/last seen.
import type { KnownDomain, KnownSender, KnownSenderStore, LocalName } from '../types.ts';
import { domainOf, normAddr } from '../common.ts';
import type { Db } from './db.ts';

interface PairRow { internal: string; external: string; count: number; first_seen: number; last_seen: number }
const toPair = (r: PairRow): KnownSender => ({ internal: r.internal, external: r.external, count: r.count, firstSeen: r.first_seen, lastSeen: r.last_seen });

/** `reader`: the connection for lookups on the message path (see index.ts) */
export function knownStore(db: Db, reader: Db = db): KnownSenderStore {
  const bumpPair = db.prepare<[string, string, string, number, number]>(`
    INSERT INTO known_pair (internal, external, domain, count, first_seen, last_seen) VALUES (?, ?, ?, 1, ?, ?)
    ON CONFLICT (internal, external) DO UPDATE SET count = count + 1, last_seen = max(last_seen, excluded.last_seen)`);
  const bumpDomain = db.prepare<[string, number]>(`
    INSERT INTO known_domain (domain, count, last_seen) VALUES (?, 1, ?)
    ON CONFLICT (domain) DO UPDATE SET count = count + 1, last_seen = max(last_seen, excluded.last_seen)`);
  const getPair = reader.prepare<[string, string], PairRow>('SELECT * FROM known_pair WHERE internal = ? AND external = ?');
  const getDomain = reader.prepare<[string], KnownDomain>('SELECT domain, count, last_seen AS lastSeen FROM known_domain WHERE domain = ?');
  const domainsSince = db.prepare<[number, number], KnownDomain>('SELECT domain, count, last_seen AS lastSeen FROM known_domain WHERE last_seen >= ? AND count >= ?');
  const search = db.prepare<{ q: string; limit: number; offset: number }, PairRow>(`
    SELECT * FROM known_pair WHERE @q = '' OR mm_icontains(internal, @q) OR mm_icontains(external, @q)
    ORDER BY last_seen DESC, internal, external LIMIT @limit OFFSET @offset`);
  const delPair = db.prepare<[string, string]>('DELETE FROM known_pair WHERE internal = ? AND external = ?');
  const delExternal = db.prepare<[string]>('DELETE FROM known_pair WHERE external = ?');
  const delByDomain = db.prepare<[string]>('DELETE FROM known_pair WHERE domain = ?');
  const delDomain = db.prepare<[string]>('DELETE FROM known_domain WHERE domain = ?');
  const domainUsed = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM known_pair WHERE domain = ? LIMIT 1');
  const NAME_SEEN_RESOLUTION_MS = 3_600_000;
  const putName = db.prepare<[string, string, string, number]>(`
    INSERT INTO known_name (name, address, shown, last_seen) VALUES (?, ?, ?, ?)
    ON CONFLICT (name, address) DO UPDATE SET
      shown = CASE WHEN excluded.last_seen >= last_seen THEN excluded.shown ELSE shown END,
      last_seen = max(last_seen, excluded.last_seen)
    -- a colleague's every outgoing message would otherwise be a synced write; a name counts for
    -- months (nameMaxAgeDays), so its last use to the hour is enough, and an unchanged row no write
    WHERE excluded.shown != known_name.shown OR excluded.last_seen >= known_name.last_seen + ${NAME_SEEN_RESOLUTION_MS}`);
  const NAME_COLS = 'name AS nameKey, address, shown, last_seen AS lastSeen';
  const getNames = reader.prepare<[string], LocalName>(`SELECT ${NAME_COLS} FROM known_name WHERE name = ? ORDER BY address`);
  const searchNames = db.prepare<{ q: string; limit: number; offset: number }, LocalName>(`
    SELECT ${NAME_COLS} FROM known_name WHERE @q = '' OR mm_icontains(shown, @q) OR mm_icontains(address, @q)
    ORDER BY last_seen DESC, name, address LIMIT @limit OFFSET @offset`);
  const delName = db.prepare<[string, string]>('DELETE FROM known_name WHERE name = ? AND address = ?');

  const record = db.transaction((internal: string, externals: string[], now: number) => {
    for (const ext of externals) {
      const domain = domainOf(ext);
      bumpPair.run(internal, ext, domain, now, now);
      if (domain) bumpDomain.run(domain, now);
    }
  });
  const revoke = db.transaction((external: string, internal: string | undefined): number => {
    if (external.startsWith('@')) {
      // the whole domain: every pair with an address there, and the domain's own bonus
      const domain = external.slice(1);
      const n = delByDomain.run(domain).changes;
      const d = delDomain.run(domain).changes;
      return n || d;
    }
    const n = internal ? delPair.run(internal, external).changes : delExternal.run(external).changes;
    // the domain bonus was learned from these pairs: it goes when its last pair does
    const domain = domainOf(external);
    if (n && domain && !domainUsed.get(domain)) delDomain.run(domain);
    return n;
  });

  return {
    async record(internal, externals, now) {
      const ext = [...new Set(externals.map(normAddr).filter((e) => e.includes('@')))];
      if (ext.length) record.immediate(normAddr(internal), ext, now);
    },
    async lookup(internal, external) {
      const pair = getPair.get(normAddr(internal), normAddr(external));
      const domain = getDomain.get(domainOf(external));
      return { pair: pair ? toPair(pair) : null, domain: domain ?? null };
    },
    async search(query, limit, offset) {
      return search.all({ q: query.trim(), limit, offset }).map(toPair);
    },
    async domains(minSeen, minCount) {
      return domainsSince.all(minSeen, minCount);
    },
    async revoke(external, internal) {
      return revoke.immediate(normAddr(external), internal === undefined ? undefined : normAddr(internal));
    },
    async recordName(name, now) {
      putName.run(name.nameKey, normAddr(name.address), name.shown, now);
    },
    async namedAs(nameKey) {
      return getNames.all(nameKey);
    },
    async names(query, limit, offset) {
      return searchNames.all({ q: query.trim(), limit, offset });
    },
    async forgetName(nameKey, address) {
      return delName.run(nameKey, normAddr(address)).changes > 0;
    },
  };
}
