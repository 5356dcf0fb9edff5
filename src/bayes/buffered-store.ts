// Bulk training (`mailmoat train`, the benchmark) through a write-back overlay on the store.
//
// Why: learning one message writes each of its ~450 feature rows, and the store turns every row
// into an upsert (SQLite, ~10 µs each) or a Lua step (Redis), so training ran at 177 learn
// operations/s with the embedded store (bogofilter: about 4400). Here the rows a training run
// touches are read from the store once, kept in memory and updated in place, and the summed
// changes are written back in a few large applyDeltas calls per flush: 890/s (bench/accuracy.ts).
//
// Learning sees exactly what it would see unbuffered, its own writes included. Only deltas are
// written, never absolute values, so what other processes learn in the meantime (a user's release
// in the web UI) is kept. Until a flush the running gateway keeps scoring with the model as it was.
import type { BayesModelPart, BayesStore, BayesTotals, LearnClass, TokenDelta, TokenStats } from '../store/types.ts';

/** rows changed before the overlay writes them back (bounds memory: ~100 bytes per row) */
const DEFAULT_MAX_PENDING = 200_000;
/**
 * Deltas per applyDeltas call when writing back: one SQLite transaction (or one Lua call per Redis
 * bucket), and a running gateway on the same file waits for its write lock meanwhile. 5000 rows
 * held it ~12 ms here, 20 000 rows 50–70 ms.
 */
const WRITE_CHUNK = 5000;

interface PendingDelta { spam: number; ham: number; weight: number }

export class BufferedBayesStore implements BayesStore {
  /** the rows as learning sees them: the store's value plus pending changes; null = no row */
  private readonly rows = new Map<string, TokenStats | null>();
  private readonly pending = new Map<string, PendingDelta>();
  private readonly pendingTotals: BayesTotals = { spam: 0, ham: 0 };
  private readonly learned = new Map<string, LearnClass | null>();
  private readonly pendingLearned = new Set<string>();
  private lastNow = 0;

  constructor(private readonly base: BayesStore, private readonly maxPending = DEFAULT_MAX_PENDING, private readonly writeChunk = WRITE_CHUNK) {}

  async getTokens(tokens: readonly string[]): Promise<Map<string, TokenStats>> {
    await this.load(tokens);
    const out = new Map<string, TokenStats>();
    for (const t of tokens) {
      const s = this.rows.get(t);
      if (s) out.set(t, s);
    }
    return out;
  }

  async applyDeltas(deltas: readonly TokenDelta[], totals: Partial<BayesTotals>, now: number): Promise<void> {
    await this.load(deltas.map((d) => d.token));
    this.lastNow = Math.max(this.lastNow, now);
    for (const d of deltas) {
      const spam = d.spam ?? 0, ham = d.ham ?? 0, weight = d.weight ?? 0;
      const p = this.pending.get(d.token);
      if (p) { p.spam += spam; p.ham += ham; p.weight += weight; } else this.pending.set(d.token, { spam, ham, weight });
      const r = this.rows.get(d.token);
      const next = { spam: (r?.spam ?? 0) + spam, ham: (r?.ham ?? 0) + ham, weight: (r?.weight ?? 0) + weight, lastSeen: now };
      // as the stores do: a row that reaches all-zero is gone
      this.rows.set(d.token, next.spam <= 0 && next.ham <= 0 && next.weight === 0 ? null : next);
    }
    this.pendingTotals.spam += totals.spam ?? 0;
    this.pendingTotals.ham += totals.ham ?? 0;
    if (this.pending.size >= this.maxPending) await this.flush();
  }

  async totals(): Promise<BayesTotals> {
    const t = await this.base.totals();
    return { spam: t.spam + this.pendingTotals.spam, ham: t.ham + this.pendingTotals.ham };
  }

  /** not buffered: written once per model */
  async generation(): Promise<number | null> {
    return this.base.generation();
  }

  async setGeneration(generation: number | null): Promise<void> {
    await this.base.setGeneration(generation);
  }

  async getLearned(signature: string): Promise<LearnClass | null> {
    if (this.learned.has(signature)) return this.learned.get(signature)!;
    return this.base.getLearned(signature);
  }

  async setLearned(signature: string, cls: LearnClass | null): Promise<void> {
    this.learned.set(signature, cls);
    this.pendingLearned.add(signature);
  }

  async tokenCount(): Promise<number> {
    await this.flush();
    return this.base.tokenCount();
  }

  async prune(keep: number): Promise<number> {
    await this.flush();
    return this.base.prune(keep);
  }

  async clear(): Promise<void> {
    this.discard();
    await this.base.clear();
  }

  async *dump(batch: number): AsyncIterable<BayesModelPart> {
    await this.flush();
    yield* this.base.dump(batch);
  }

  async restore(part: BayesModelPart): Promise<void> {
    await this.flush();
    await this.base.restore(part);
  }

  /** Writes the pending changes to the store and starts over with an empty overlay. */
  async flush(): Promise<void> {
    const deltas: TokenDelta[] = [];
    for (const [token, d] of this.pending) {
      const out: TokenDelta = { token };
      if (d.spam) out.spam = d.spam;
      if (d.ham) out.ham = d.ham;
      if (d.weight) out.weight = d.weight;
      deltas.push(out);
    }
    if (deltas.length || this.pendingTotals.spam || this.pendingTotals.ham) {
      // the class totals go with the last chunk
      for (let i = 0; i === 0 || i < deltas.length; i += this.writeChunk) {
        const last = i + this.writeChunk >= deltas.length;
        await this.base.applyDeltas(deltas.slice(i, i + this.writeChunk), last ? { ...this.pendingTotals } : {}, this.lastNow || Date.now());
      }
    }
    // signatures after the counts they stand for, as learnPrepared writes them
    for (const sig of this.pendingLearned) await this.base.setLearned(sig, this.learned.get(sig) ?? null);
    this.discard();
  }

  /** Each changed row's summed weight change, as a flush would write it (corpus-training.ts averages several orders'). */
  *weightChanges(): IterableIterator<[string, number]> {
    for (const [token, d] of this.pending) if (d.weight) yield [token, d.weight];
  }

  /**
   * Makes every row's weight change the mean over `runs` runs: this overlay's own and the sums of
   * the other runs' (`others`, from weightChanges). Counts, totals and signatures are left as they
   * are: every run learned the same messages. What learning reads afterwards is not updated; flush next.
   */
  averageWeightChanges(others: ReadonlyMap<string, number>, runs: number): void {
    for (const [token, d] of this.pending) d.weight = (d.weight + (others.get(token) ?? 0)) / runs;
    for (const [token, weight] of others) if (!this.pending.has(token)) this.pending.set(token, { spam: 0, ham: 0, weight: weight / runs });
  }

  /** Drops the pending changes without writing them. */
  discard(): void {
    this.rows.clear();
    this.pending.clear();
    this.pendingTotals.spam = 0;
    this.pendingTotals.ham = 0;
    this.learned.clear();
    this.pendingLearned.clear();
  }

  /** reads the rows not in the overlay yet from the store (one batched read) */
  private async load(tokens: readonly string[]): Promise<void> {
    let missing = tokens.filter((t) => !this.rows.has(t));
    if (!missing.length) return;
    // rows only read (a later pass skips messages outside the margin) count against memory too
    if (this.rows.size + missing.length > 2 * this.maxPending) {
      await this.flush();
      missing = [...new Set(tokens)];
    }
    const got = await this.base.getTokens(missing);
    for (const t of missing) this.rows.set(t, got.get(t) ?? null);
  }
}
