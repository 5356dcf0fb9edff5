// Bayes token statistics. applyDeltas is one transaction per call however many tokens a message
// has; getTokens reads through an in-process cache and sends only the keys it has not seen since
// the model last changed to SQLite, in one statement (json_each turns the key list into a table).
//
// Why a cache: a message has ~1000 feature keys and an indexed SQLite lookup costs ~3–5 µs each,
// so an uncached read alone is several milliseconds of CPU. Classifying needs the model only as it
// was at the last learn, so rows (and "absent" markers) are kept until the model changes. Every
// applyDeltas — from this process or any other worker on the same file — bumps a version row in
// bayes_total inside its transaction; getTokens reads that version first (one point lookup) and
// drops the cache when it moved. Own writes evict just the touched keys.
import type { BayesModelPart, BayesStore, LearnClass, TokenStats } from '../types.ts';
import type { Db } from './db.ts';

type TokenRow = [token: string, spam: number, ham: number, weight: number, lastSeen: number];

/** cached rows (absent keys included); past this the oldest quarter goes, bounding memory (~40 MB per process) */
const MAX_CACHED = 250_000;
const VERSION = 'version';
/** the tokenizer generation, a row beside the totals too (absent: not recorded) */
const GENERATION = 'generation';

export function bayesStore(db: Db): BayesStore {
  // the version row lives beside the class totals (no schema change; totals() reads only spam/ham)
  db.prepare("INSERT OR IGNORE INTO bayes_total (cls, n) VALUES (?, 0)").run(VERSION);
  const getMany = db.prepare<[string]>(
    'SELECT t.token, t.spam, t.ham, t.weight, t.last_seen FROM json_each(?) j JOIN bayes_token t ON t.token = j.value').raw(true);
  const upsert = db.prepare<[string, number, number, number, number]>(`
    INSERT INTO bayes_token (token, spam, ham, weight, last_seen) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (token) DO UPDATE SET spam = spam + excluded.spam, ham = ham + excluded.ham,
      weight = weight + excluded.weight, last_seen = max(last_seen, excluded.last_seen)`);
  const dropEmpty = db.prepare<[string]>('DELETE FROM bayes_token WHERE token = ? AND spam <= 0 AND ham <= 0 AND weight = 0');
  const addTotal = db.prepare<[number, string]>('UPDATE bayes_total SET n = n + ? WHERE cls = ?');
  const totals = db.prepare<[], { cls: string; n: number }>('SELECT cls, n FROM bayes_total');
  const version = db.prepare<[string]>('SELECT n FROM bayes_total WHERE cls = ?').pluck(true);
  const getLearned = db.prepare<[string], { cls: LearnClass }>('SELECT cls FROM bayes_learned WHERE signature = ?');
  const setLearned = db.prepare<[string, string]>(
    'INSERT INTO bayes_learned (signature, cls) VALUES (?, ?) ON CONFLICT (signature) DO UPDATE SET cls = excluded.cls');
  const delLearned = db.prepare<[string]>('DELETE FROM bayes_learned WHERE signature = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM bayes_token');
  const pruneHapax = db.prepare<[number]>(
    'DELETE FROM bayes_token WHERE token IN (SELECT token FROM bayes_token WHERE spam + ham <= 1 ORDER BY last_seen LIMIT ?)');
  const pruneOldest = db.prepare<[number]>(
    'DELETE FROM bayes_token WHERE token IN (SELECT token FROM bayes_token ORDER BY last_seen LIMIT ?)');

  const cache = new Map<string, TokenStats | null>();
  let cachedVersion = -1;
  /** the model version as stored; a change made elsewhere empties the cache */
  const sync = (): number => {
    const v = version.get(VERSION) as number;
    if (v !== cachedVersion) { cache.clear(); cachedVersion = v; }
    return v;
  };
  /** drops the longest-cached entries (a Map iterates in insertion order) */
  const evictOldest = (n: number): void => {
    for (const k of cache.keys()) { if (n-- <= 0) break; cache.delete(k); }
  };
  const bump = (): void => {
    sync();
    addTotal.run(1, VERSION);
    cachedVersion++;
  };

  const apply = db.transaction((deltas: Parameters<BayesStore['applyDeltas']>[0], t: Parameters<BayesStore['applyDeltas']>[1], now: number) => {
    bump();
    for (const d of deltas) {
      const spam = d.spam ?? 0, ham = d.ham ?? 0, weight = d.weight ?? 0;
      upsert.run(d.token, spam, ham, weight, now);
      // only a decrement (or an empty delta) can leave a row at zero
      if (spam < 0 || ham < 0 || weight < 0 || (!spam && !ham && !weight)) dropEmpty.run(d.token);
      cache.delete(d.token);
    }
    if (t.spam) addTotal.run(t.spam, 'spam');
    if (t.ham) addTotal.run(t.ham, 'ham');
  });
  const prune = db.transaction((keep: number): number => {
    let excess = count.get()!.n - keep;
    if (excess <= 0) return 0;
    let dropped = pruneHapax.run(excess).changes;
    excess -= dropped;
    if (excess > 0) dropped += pruneOldest.run(excess).changes;
    bump();
    cache.clear();
    return dropped;
  });

  // export and import: pages in key order (keyset pagination: each page one index seek), rows written as they are
  const tokenPage = db.prepare<[string, number]>(
    'SELECT token, spam, ham, weight, last_seen FROM bayes_token WHERE token > ? ORDER BY token LIMIT ?').raw(true);
  const learnedPage = db.prepare<[string, number]>(
    'SELECT signature, cls FROM bayes_learned WHERE signature > ? ORDER BY signature LIMIT ?').raw(true);
  const putToken = db.prepare<[string, number, number, number, number]>(`
    INSERT INTO bayes_token (token, spam, ham, weight, last_seen) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (token) DO UPDATE SET spam = excluded.spam, ham = excluded.ham, weight = excluded.weight, last_seen = excluded.last_seen`);
  const restore = db.transaction((part: BayesModelPart) => {
    bump();
    for (const [token, t] of part.tokens ?? []) { putToken.run(token, t.spam, t.ham, t.weight, t.lastSeen); cache.delete(token); }
    for (const [signature, cls] of part.learned ?? []) setLearned.run(signature, cls);
  });

  const clearTokens = db.prepare('DELETE FROM bayes_token');
  const clearLearned = db.prepare('DELETE FROM bayes_learned');
  const clearTotals = db.prepare("UPDATE bayes_total SET n = 0 WHERE cls IN ('spam', 'ham')");
  const putGeneration = db.prepare<[string, number]>('INSERT INTO bayes_total (cls, n) VALUES (?, ?) ON CONFLICT (cls) DO UPDATE SET n = excluded.n');
  const dropGeneration = db.prepare<[string]>('DELETE FROM bayes_total WHERE cls = ?');
  const clearAll = db.transaction(() => {
    dropGeneration.run(GENERATION);
    clearTokens.run();
    clearLearned.run();
    clearTotals.run();
    bump();
    cache.clear();
  });

  return {
    async getTokens(tokens) {
      const out = new Map<string, TokenStats>();
      if (!tokens.length) return out;
      sync();
      const missing: string[] = [];
      for (const k of tokens) {
        const c = cache.get(k);
        if (c) out.set(k, c);
        else if (c === undefined) missing.push(k);
      }
      if (!missing.length) return out;
      if (cache.size + missing.length > MAX_CACHED) evictOldest(cache.size + missing.length - MAX_CACHED + MAX_CACHED / 4);
      for (const k of missing) cache.set(k, null);
      for (const r of getMany.all(JSON.stringify(missing)) as TokenRow[]) {
        // frozen: handed out without a copy, so no caller can change what the next reader sees
        const s: TokenStats = Object.freeze({ spam: r[1], ham: r[2], weight: r[3], lastSeen: r[4] });
        cache.set(r[0], s);
        out.set(r[0], s);
      }
      return out;
    },
    async applyDeltas(deltas, t, now) {
      apply.immediate(deltas, t, now);
    },
    async generation() {
      return (version.get(GENERATION) as number | undefined) ?? null;
    },
    async setGeneration(generation) {
      if (generation === null) dropGeneration.run(GENERATION);
      else putGeneration.run(GENERATION, generation);
    },
    async totals() {
      const out = { spam: 0, ham: 0 };
      for (const r of totals.all()) if (r.cls === 'spam' || r.cls === 'ham') out[r.cls] = r.n;
      return out;
    },
    async getLearned(signature) {
      return getLearned.get(signature)?.cls ?? null;
    },
    async setLearned(signature, cls) {
      if (cls) setLearned.run(signature, cls);
      else delLearned.run(signature);
    },
    async tokenCount() {
      return count.get()!.n;
    },
    async prune(keep) {
      return prune.immediate(Math.max(0, keep));
    },
    async clear() {
      clearAll.immediate();
    },
    async *dump(batch) {
      for (let after = ''; ;) {
        const rows = tokenPage.all(after, batch) as TokenRow[];
        if (!rows.length) break;
        yield { tokens: rows.map((r) => [r[0], { spam: r[1], ham: r[2], weight: r[3], lastSeen: r[4] }] as const) };
        after = rows[rows.length - 1]![0];
      }
      for (let after = ''; ;) {
        const rows = learnedPage.all(after, batch) as Array<[string, LearnClass]>;
        if (!rows.length) break;
        yield { learned: rows };
        after = rows[rows.length - 1]![0];
      }
    },
    async restore(part) {
      restore.immediate(part);
    },
  };
}
