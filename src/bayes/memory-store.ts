// An in-memory BayesStore: for unit tests and for comparing the learner against the real store in
// the benchmark. Production always uses the Store backends (embedded SQLite or Redis).
import type { BayesModelPart, BayesStore, BayesTotals, LearnClass, TokenDelta, TokenStats } from '../store/types.ts';

export class MemoryBayesStore implements BayesStore {
  readonly tokens = new Map<string, TokenStats>();
  private readonly learned = new Map<string, LearnClass>();
  private readonly sums: BayesTotals = { spam: 0, ham: 0 };
  /** the tokenizer generation (BayesStore.generation) */
  private stamp: number | null = null;
  getTokensCalls = 0;

  async getTokens(tokens: readonly string[]): Promise<Map<string, TokenStats>> {
    this.getTokensCalls++;
    const out = new Map<string, TokenStats>();
    for (const t of tokens) {
      const s = this.tokens.get(t);
      if (s) out.set(t, { ...s });
    }
    return out;
  }

  async applyDeltas(deltas: readonly TokenDelta[], totals: Partial<BayesTotals>, now: number): Promise<void> {
    for (const d of deltas) {
      const s = this.tokens.get(d.token) ?? { spam: 0, ham: 0, weight: 0, lastSeen: now };
      s.spam += d.spam ?? 0;
      s.ham += d.ham ?? 0;
      s.weight += d.weight ?? 0;
      s.lastSeen = now;
      if (s.spam <= 0 && s.ham <= 0 && s.weight === 0) this.tokens.delete(d.token);
      else this.tokens.set(d.token, s);
    }
    this.sums.spam += totals.spam ?? 0;
    this.sums.ham += totals.ham ?? 0;
  }

  async totals(): Promise<BayesTotals> { return { ...this.sums }; }
  async generation(): Promise<number | null> { return this.stamp; }
  async setGeneration(generation: number | null): Promise<void> { this.stamp = generation; }
  async getLearned(signature: string): Promise<LearnClass | null> { return this.learned.get(signature) ?? null; }
  async setLearned(signature: string, cls: LearnClass | null): Promise<void> {
    if (cls) this.learned.set(signature, cls);
    else this.learned.delete(signature);
  }
  async tokenCount(): Promise<number> { return this.tokens.size; }
  /** an independent copy (the benchmark tries several ways to go on from one trained model) */
  clone(): MemoryBayesStore {
    const c = new MemoryBayesStore();
    for (const [k, v] of this.tokens) c.tokens.set(k, { ...v });
    for (const [k, v] of this.learned) c.learned.set(k, v);
    c.sums.spam = this.sums.spam;
    c.sums.ham = this.sums.ham;
    c.stamp = this.stamp;
    return c;
  }
  async clear(): Promise<void> {
    this.tokens.clear();
    this.learned.clear();
    this.sums.spam = 0;
    this.sums.ham = 0;
    this.stamp = null;
  }

  async *dump(batch: number): AsyncIterable<BayesModelPart> {
    const tokens = [...this.tokens].map(([k, v]) => [k, { ...v }] as const);
    for (let i = 0; i < tokens.length; i += batch) yield { tokens: tokens.slice(i, i + batch) };
    const learned = [...this.learned];
    for (let i = 0; i < learned.length; i += batch) yield { learned: learned.slice(i, i + batch) };
  }

  async restore(part: BayesModelPart): Promise<void> {
    for (const [k, v] of part.tokens ?? []) this.tokens.set(k, { ...v });
    for (const [k, v] of part.learned ?? []) this.learned.set(k, v);
  }

  async prune(keep: number): Promise<number> {
    const excess = this.tokens.size - keep;
    if (excess <= 0) return 0;
    // hapaxes first, then least recently seen
    const order = [...this.tokens.entries()].sort(([, a], [, b]) => {
      const ha = a.spam + a.ham <= 1 ? 0 : 1; const hb = b.spam + b.ham <= 1 ? 0 : 1;
      return ha - hb || a.lastSeen - b.lastSeen;
    });
    for (let i = 0; i < excess; i++) this.tokens.delete(order[i]![0]);
    return excess;
  }
}
