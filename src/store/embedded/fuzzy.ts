// Bulk fingerprints: per hash, the distinct sender IPs / sender domains / recipients seen within
// a sliding window, and the number of observations. Rows older than the window are dropped as
// the hash is observed again, and by an occasional sweep for hashes never seen again.
import type { FuzzyCounts, FuzzyStore } from '../types.ts';
import { normAddr } from '../common.ts';
import type { Db } from './db.ts';

const SWEEP_EVERY = 1000;
const KINDS = [['i', 'ips'], ['d', 'domains'], ['r', 'recipients']] as const;

export function fuzzyStore(db: Db): FuzzyStore {
  const seen = db.prepare<[string, string, string, number]>(
    'INSERT INTO fuzzy_seen (hash, kind, value, last_seen) VALUES (?, ?, ?, ?) ON CONFLICT (hash, kind, value) DO UPDATE SET last_seen = max(last_seen, excluded.last_seen)');
  const event = db.prepare<[string, number]>('INSERT INTO fuzzy_event (hash, at) VALUES (?, ?)');
  const dropSeen = db.prepare<[string, number]>('DELETE FROM fuzzy_seen WHERE hash = ? AND last_seen <= ?');
  const dropEvents = db.prepare<[string, number]>('DELETE FROM fuzzy_event WHERE hash = ? AND at <= ?');
  const countSeen = db.prepare<[string], { kind: string; n: number }>('SELECT kind, count(*) AS n FROM fuzzy_seen WHERE hash = ? GROUP BY kind');
  const countEvents = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM fuzzy_event WHERE hash = ?');
  const liveSeen = db.prepare<[string, number], { kind: string; n: number }>('SELECT kind, count(*) AS n FROM fuzzy_seen WHERE hash = ? AND last_seen > ? GROUP BY kind');
  const liveValue = db.prepare<[string, string, string, number], { one: number }>('SELECT 1 AS one FROM fuzzy_seen WHERE hash = ? AND kind = ? AND value = ? AND last_seen > ?');
  const liveEvents = db.prepare<[string, number], { n: number }>('SELECT count(*) AS n FROM fuzzy_event WHERE hash = ? AND at > ?');
  const sweepSeen = db.prepare<[number]>('DELETE FROM fuzzy_seen WHERE last_seen <= ?');
  const sweepEvents = db.prepare<[number]>('DELETE FROM fuzzy_event WHERE at <= ?');
  const addBlocked = db.prepare<[string, string, number]>(
    'INSERT INTO fuzzy_blocked (hash, note, created_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO UPDATE SET note = excluded.note');
  const removeBlocked = db.prepare<[string]>('DELETE FROM fuzzy_blocked WHERE hash = ?');
  const blocked = db.prepare<[string], { hash: string }>('SELECT b.hash FROM json_each(?) j JOIN fuzzy_blocked b ON b.hash = j.value');
  const listBlocked = db.prepare<[], { hash: string; note: string; createdAt: number }>(
    'SELECT hash, note, created_at AS createdAt FROM fuzzy_blocked ORDER BY created_at DESC, hash');

  let calls = 0;
  const observe = db.transaction((hashes: readonly string[], values: Record<'i' | 'd' | 'r', string>, now: number, cutoff: number) => {
    if (++calls % SWEEP_EVERY === 0) {
      sweepSeen.run(cutoff);
      sweepEvents.run(cutoff);
    }
    const out: FuzzyCounts[] = [];
    for (const hash of hashes) {
      dropSeen.run(hash, cutoff);
      dropEvents.run(hash, cutoff);
      for (const [kind] of KINDS) if (values[kind]) seen.run(hash, kind, values[kind], now);
      event.run(hash, now);
      const counts: FuzzyCounts = { hash, ips: 0, domains: 0, recipients: 0, total: countEvents.get(hash)!.n };
      for (const r of countSeen.all(hash)) {
        const field = KINDS.find(([k]) => k === r.kind)?.[1];
        if (field) counts[field] = r.n;
      }
      out.push(counts);
    }
    return out;
  });

  return {
    async observe(hashes, obs, now, windowSeconds) {
      if (!hashes.length) return [];
      const values = { i: obs.ip.trim().toLowerCase(), d: obs.senderDomain.trim().toLowerCase(), r: normAddr(obs.recipient) };
      return observe.immediate([...new Set(hashes)], values, now, now - windowSeconds * 1000);
    },
    async peek(hashes, obs, now, windowSeconds) {
      const cutoff = now - windowSeconds * 1000;
      const values = { i: [obs.ip.trim().toLowerCase()], d: [obs.senderDomain.trim().toLowerCase()], r: obs.recipients.map(normAddr) };
      return [...new Set(hashes)].map((hash) => {
        const live = new Map(liveSeen.all(hash, cutoff).map((r) => [r.kind, r.n]));
        const counts: FuzzyCounts = { hash, ips: 0, domains: 0, recipients: 0, total: liveEvents.get(hash, cutoff)!.n + obs.recipients.length };
        for (const [kind, field] of KINDS) {
          const added = values[kind].filter((v) => v && !liveValue.get(hash, kind, v, cutoff)).length;
          counts[field] = (live.get(kind) ?? 0) + added;
        }
        return counts;
      });
    },
    async addBlocked(hash, note) {
      addBlocked.run(hash, note, Date.now());
    },
    async removeBlocked(hash) {
      removeBlocked.run(hash);
    },
    async blocked(hashes) {
      if (!hashes.length) return [];
      return blocked.all(JSON.stringify(hashes)).map((r) => r.hash);
    },
    async listBlocked() {
      return listBlocked.all();
    },
  };
}
