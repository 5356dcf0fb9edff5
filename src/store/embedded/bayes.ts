// Bayes token statistics. getTokens and applyDeltas are one statement / one transaction per call
// however many tokens a message has (json_each turns the token list into a table).
import type { BayesStore, LearnClass, TokenStats } from '../types.ts';
import type { Db } from './db.ts';

interface TokenRow { token: string; spam: number; ham: number; weight: number; last_seen: number }

export function bayesStore(db: Db): BayesStore {
  const getMany = db.prepare<[string], TokenRow>(
    'SELECT t.token, t.spam, t.ham, t.weight, t.last_seen FROM json_each(?) j JOIN bayes_token t ON t.token = j.value');
  const upsert = db.prepare<[string, number, number, number, number]>(`
    INSERT INTO bayes_token (token, spam, ham, weight, last_seen) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (token) DO UPDATE SET spam = spam + excluded.spam, ham = ham + excluded.ham,
      weight = weight + excluded.weight, last_seen = max(last_seen, excluded.last_seen)`);
  const dropEmpty = db.prepare<[string]>('DELETE FROM bayes_token WHERE token = ? AND spam <= 0 AND ham <= 0 AND weight = 0');
  const addTotal = db.prepare<[number, string]>('UPDATE bayes_total SET n = n + ? WHERE cls = ?');
  const totals = db.prepare<[], { cls: string; n: number }>('SELECT cls, n FROM bayes_total');
  const getLearned = db.prepare<[string], { cls: LearnClass }>('SELECT cls FROM bayes_learned WHERE signature = ?');
  const setLearned = db.prepare<[string, string]>(
    'INSERT INTO bayes_learned (signature, cls) VALUES (?, ?) ON CONFLICT (signature) DO UPDATE SET cls = excluded.cls');
  const delLearned = db.prepare<[string]>('DELETE FROM bayes_learned WHERE signature = ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM bayes_token');
  const pruneHapax = db.prepare<[number]>(
    'DELETE FROM bayes_token WHERE token IN (SELECT token FROM bayes_token WHERE spam + ham <= 1 ORDER BY last_seen LIMIT ?)');
  const pruneOldest = db.prepare<[number]>(
    'DELETE FROM bayes_token WHERE token IN (SELECT token FROM bayes_token ORDER BY last_seen LIMIT ?)');

  const apply = db.transaction((deltas: Parameters<BayesStore['applyDeltas']>[0], t: Parameters<BayesStore['applyDeltas']>[1], now: number) => {
    for (const d of deltas) {
      const spam = d.spam ?? 0, ham = d.ham ?? 0, weight = d.weight ?? 0;
      upsert.run(d.token, spam, ham, weight, now);
      // only a decrement (or an empty delta) can leave a row at zero
      if (spam < 0 || ham < 0 || weight < 0 || (!spam && !ham && !weight)) dropEmpty.run(d.token);
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
    return dropped;
  });

  return {
    async getTokens(tokens) {
      const out = new Map<string, TokenStats>();
      if (!tokens.length) return out;
      for (const r of getMany.all(JSON.stringify(tokens))) {
        out.set(r.token, { spam: r.spam, ham: r.ham, weight: r.weight, lastSeen: r.last_seen });
      }
      return out;
    },
    async applyDeltas(deltas, t, now) {
      apply.immediate(deltas, t, now);
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
  };
}
