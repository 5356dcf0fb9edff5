// Bulk fingerprints: per hash, the distinct sender IPs / sender domains / recipients seen within
// a sliding window. Each value is one row with its last sighting; fuzzy_distinct keeps their
// number per hash and kind (triggers in db.ts), so an observation costs the same whether a text
// was seen twice or is a campaign of thousands of copies from as many bots. Rows older than the
// window are dropped as the hash is observed again, and by an occasional sweep for hashes never
// seen again. One statement each drops, records and counts for all of a message's hashes.
// Most mail is a text seen once: its hashes are first kept as one row each in fuzzy_first (the
// message's values as JSON) and become rows of fuzzy_seen only when the text comes again. A unique
// message then writes 8 rows instead of 24 and their index entries and counts (bench/bulk-store.ts).
// A hash is in one of the two tables, never both.
import type { FuzzyCounts, FuzzyObservation, FuzzyStore } from '../types.ts';
import { normAddr } from '../common.ts';
import type { Db } from './db.ts';

const SWEEP_EVERY = 1000;
const REFRESH_MS = 60_000;
const KINDS = [['i', 'ips'], ['d', 'domains'], ['r', 'recipients']] as const;
type Kind = typeof KINDS[number][0];
const FIELD_OF = new Map<string, typeof KINDS[number][1]>(KINDS);
interface KindCount { hash: string; kind: string; n: number }

/** the distinct non-empty values of each kind, normalised */
const valuesOf = (obs: FuzzyObservation): Record<Kind, string[]> => {
  const distinct = (vs: readonly string[]): string[] => [...new Set(vs.filter(Boolean))];
  return { i: distinct([obs.ip.trim().toLowerCase()]), d: distinct([obs.senderDomain.trim().toLowerCase()]), r: distinct(obs.recipients.map(normAddr)) };
};

const IN_HASHES = 'hash IN (SELECT value FROM json_each(?))';

export function fuzzyStore(db: Db): FuzzyStore {
  const drop = db.prepare<[string, number]>(`DELETE FROM fuzzy_seen WHERE ${IN_HASHES} AND last_seen <= ?`);
  // every hash × every [kind, value] pair. A value seen again is moved forward at most once a
  // minute: a rewritten row costs its index entries and pages of the WAL, and a campaign repeats
  // the same sender IP and domain in every copy.
  const record = db.prepare<[number, string, string]>(`
    INSERT INTO fuzzy_seen (hash, kind, value, last_seen)
    SELECT h.value, v.value ->> 0, v.value ->> 1, ? FROM json_each(?) h, json_each(?) v WHERE true
    ON CONFLICT (hash, kind, value) DO UPDATE SET last_seen = excluded.last_seen WHERE last_seen < excluded.last_seen - ${REFRESH_MS}`);
  const distinct = db.prepare<[string], KindCount>(`SELECT hash, kind, n FROM fuzzy_distinct WHERE ${IN_HASHES}`);
  const expired = db.prepare<[string, number], KindCount>(
    `SELECT hash, kind, count(*) AS n FROM fuzzy_seen WHERE ${IN_HASHES} AND last_seen <= ? GROUP BY hash, kind`);
  const liveValue = db.prepare<[string, string, string, number], { one: number }>('SELECT 1 AS one FROM fuzzy_seen WHERE hash = ? AND kind = ? AND value = ? AND last_seen > ?');
  const sweepSeen = db.prepare<[number]>('DELETE FROM fuzzy_seen WHERE last_seen <= ?');
  const sweepDistinct = db.prepare('DELETE FROM fuzzy_distinct WHERE n <= 0');
  const addBlocked = db.prepare<[string, string, number]>(
    'INSERT INTO fuzzy_blocked (hash, note, created_at) VALUES (?, ?, ?) ON CONFLICT (hash) DO UPDATE SET note = excluded.note');
  const removeBlocked = db.prepare<[string]>('DELETE FROM fuzzy_blocked WHERE hash = ?');
  const blocked = db.prepare<[string], { hash: string }>('SELECT b.hash FROM json_each(?) j JOIN fuzzy_blocked b ON b.hash = j.value');
  const listBlocked = db.prepare<[], { hash: string; note: string; createdAt: number }>(
    'SELECT hash, note, created_at AS createdAt FROM fuzzy_blocked ORDER BY created_at DESC, hash');
  // each hash with its first sighting (if it has one) and whether it has rows of values
  const sightings = db.prepare<[string], { hash: string; at: number | null; vals: string | null; seen: number }>(`
    SELECT j.value AS hash, f.at, f.vals, EXISTS (SELECT 1 FROM fuzzy_seen s WHERE s.hash = j.value) AS seen
    FROM json_each(?) j LEFT JOIN fuzzy_first f ON f.hash = j.value`);
  const addFirst = db.prepare<[number, string, string]>('INSERT INTO fuzzy_first (hash, at, vals) SELECT value, ?, ? FROM json_each(?)');
  const dropFirst = db.prepare<[string]>(`DELETE FROM fuzzy_first WHERE ${IN_HASHES}`);
  const sweepFirst = db.prepare<[number]>('DELETE FROM fuzzy_first WHERE at <= ?');

  /** counts per hash in `hashes`' order: `plus` rows added, `minus` rows taken away */
  const countsOf = (hashes: readonly string[], plus: readonly KindCount[], minus: readonly KindCount[] = []): FuzzyCounts[] => {
    const byHash = new Map(hashes.map((hash): [string, FuzzyCounts] => [hash, { hash, ips: 0, domains: 0, recipients: 0 }]));
    for (const [rows, sign] of [[plus, 1], [minus, -1]] as const) {
      for (const r of rows) {
        const counts = byHash.get(r.hash), f = FIELD_OF.get(r.kind);
        if (counts && f) counts[f] += sign * r.n;
      }
    }
    return [...byHash.values()];
  };

  /** what a message's values count for a hash seen with them alone */
  const countsOfValues = (hash: string, values: ReadonlyArray<readonly [string, string]>): KindCount[] =>
    KINDS.map(([kind]) => ({ hash, kind, n: values.filter(([k]) => k === kind).length }));

  let calls = 0;
  const observe = db.transaction((hashes: readonly string[], values: ReadonlyArray<[Kind, string]>, now: number, cutoff: number) => {
    if (++calls % SWEEP_EVERY === 0) {
      sweepSeen.run(cutoff);
      sweepDistinct.run();
      sweepFirst.run(cutoff);
    }
    const valuesJson = JSON.stringify(values);
    const fresh: string[] = [];
    const again: string[] = [];
    const firstGone: string[] = [];
    for (const s of sightings.all(JSON.stringify(hashes))) {
      const firstLive = s.at !== null && s.at > cutoff;
      if (s.at !== null) firstGone.push(s.hash);
      // seen once within the window: that sighting's values become rows, as of then
      if (firstLive) record.run(s.at!, JSON.stringify([s.hash]), s.vals!);
      (s.seen || firstLive ? again : fresh).push(s.hash);
    }
    if (firstGone.length) dropFirst.run(JSON.stringify(firstGone));
    if (fresh.length) addFirst.run(now, valuesJson, JSON.stringify(fresh));
    let seen: KindCount[] = [];
    if (again.length) {
      const json = JSON.stringify(again);
      drop.run(json, cutoff);
      record.run(now, json, valuesJson);
      seen = distinct.all(json);
    }
    return countsOf(hashes, [...seen, ...fresh.flatMap((hash) => countsOfValues(hash, values))]);
  });

  return {
    async observe(hashes, obs, now, windowSeconds) {
      if (!hashes.length) return [];
      const byKind = valuesOf(obs);
      const values = KINDS.flatMap(([kind]) => byKind[kind].map((v): [Kind, string] => [kind, v]));
      return observe.immediate([...new Set(hashes)], values, now, now - windowSeconds * 1000);
    },
    async peek(hashes, obs, now, windowSeconds) {
      const cutoff = now - windowSeconds * 1000;
      const uniq = [...new Set(hashes)];
      const json = JSON.stringify(uniq);
      // sightings past the window count as observing would leave them: dropped
      const counts = countsOf(uniq, distinct.all(json), expired.all(json, cutoff));
      const firsts = new Map(sightings.all(json).filter((s) => s.at !== null && s.at > cutoff).map((s) => [s.hash, JSON.parse(s.vals!) as Array<[Kind, string]>]));
      const values = valuesOf(obs);
      for (const c of counts) {
        const first = firsts.get(c.hash);
        for (const [kind, field] of KINDS) {
          const had = first?.filter(([k]) => k === kind).map(([, v]) => v);
          c[field] += had ? had.length + values[kind].filter((v) => !had.includes(v)).length : values[kind].filter((v) => !liveValue.get(c.hash, kind, v, cutoff)).length;
        }
      }
      return counts;
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
