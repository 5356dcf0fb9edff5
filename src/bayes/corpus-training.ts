// Learning a corpus (`mailmoat train`, the benchmarks): each chunk of messages is learned in
// several shuffled orders, every order from the same starting model, and the orders' weights are
// averaged before they are written.
//
// Why: an online learner's weights depend on the order it met the messages. On the benchmark's
// sender-fold cross-validation one order scored 0.31–0.35 (1-ROCA % + miss rate at ≤ 0.1 % FP)
// depending on the shuffle; the mean of three orders' models 0.29–0.31, 4–6 % better on three sets
// of orders, where reshuffling between passes of one model gained nothing (bench/accuracy.ts --cv).
// The model is linear, so averaging the weights is averaging the three models' margins: the gateway
// still reads one weight per feature.
//
// Counts and signatures do not depend on the order (each message is learned once in its class), so
// they come from the first order; only the weights are averaged. Each order learns through its own
// write-back overlay that must not be written before the others are done, which is why a corpus is
// learned in chunks of at most CHUNK_KEYS feature keys: the overlays' memory stays bounded however
// large the corpus is (the benchmark's 3125 training messages are one chunk).
import type { LearnClass, Store } from '../store/types.ts';
import { BufferedBayesStore } from './buffered-store.ts';
import { DEFAULT_LEARNER, type LearnerParams } from './classifier.ts';
import { learnPrepared, type LearnResult, type Prepared } from './learn.ts';

/**
 * Orders averaged per chunk. Cross-validation (bench/accuracy.ts --cv): 1 order 0.3122, 3 orders
 * 0.3002 on the same three training orders; 5 orders were no better than 3 (0.3125 against a
 * single order's 0.3251 on five other orders) and cost more.
 */
export const DEFAULT_TRAIN_ORDERS = 3;
/** feature keys per chunk: about 100 MB of overlay rows and prepared messages for typical mail */
export const CHUNK_KEYS = 2_000_000;

export interface CorpusMessage { prepared: Prepared; cls: LearnClass }

export interface CorpusTrainingOptions {
  learner?: LearnerParams;
  /** passes over each order (later passes adjust weights of messages still inside the margin) */
  passes: number;
  /** shuffled orders averaged per chunk (1: the given order only) */
  orders?: number;
  /** the orders after the first are shuffles of the chunk by this seed */
  seed?: number;
  /** at most this many feature keys per chunk (tests use small chunks) */
  chunkKeys?: number;
  now?: number;
  /** stops after the current message; what was learned until then is written (see learnCorpus) */
  signal?: AbortSignal;
  /** each message's outcome in the first order's first pass, as it is learned on arrival */
  learned?: (message: CorpusMessage, result: LearnResult) => void;
  /** after every later step of a chunk: steps done, steps the chunk takes after its first pass (messages × (orders × passes − 1)) */
  progress?: (done: number, total: number) => void;
}

export interface CorpusTrainingResult {
  /** null when every chunk was learned to the end; 'learning' when some messages were not learned at all; 'refining' when all were, and only later orders or passes were cut */
  interrupted: null | 'learning' | 'refining';
}

/** deterministic Fisher–Yates (mulberry32), so that a training run can be repeated */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  let a = seed >>> 0;
  const rnd = (): number => { a = (a + 0x6d2b79f5) >>> 0; let t = a; t = Math.imul(t ^ (t >>> 15), t | 1); t ^= t + Math.imul(t ^ (t >>> 7), t | 61); return ((t ^ (t >>> 14)) >>> 0) / 4294967296; };
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [out[i], out[j]] = [out[j]!, out[i]!]; }
  return out;
}

/**
 * Learns the messages chunk by chunk: the first order (as given) learns each message as it arrives,
 * so a long read is learning too; when the chunk is full, the later passes and the other orders
 * follow. Interrupted (`signal`), the current chunk writes the mean of the orders it completed, or
 * the first order as far as it got, so nothing learned in a complete order is lost; later
 * messages are not read.
 */
export async function learnCorpus(store: Pick<Store, 'bayes'>, messages: AsyncIterable<CorpusMessage> | Iterable<CorpusMessage>, opts: CorpusTrainingOptions): Promise<CorpusTrainingResult> {
  const limit = opts.chunkKeys ?? CHUNK_KEYS;
  let chunk: CorpusMessage[] = [];
  let keys = 0;
  // the first order's overlay is the one written: counts, signatures, and at the end the mean weight
  let first = new BufferedBayesStore(store.bayes, Infinity);
  try {
    for await (const m of messages) {
      if (opts.signal?.aborted) break;
      const r = await learnPrepared({ bayes: first }, m.prepared, m.cls, { ...learnOptions(opts), mode: 'train' });
      opts.learned?.(m, r);
      chunk.push(m);
      keys += m.prepared.keys.length;
      if (keys >= limit) {
        const done = await finishChunk(store, first, chunk, opts);
        if (done.interrupted) return done;
        chunk = []; keys = 0;
        first = new BufferedBayesStore(store.bayes, Infinity);
      }
    }
    if (opts.signal?.aborted) {
      // stopped in the first pass: what it learned, as a single order would have written it
      await first.flush();
      return { interrupted: 'learning' };
    }
    return chunk.length ? await finishChunk(store, first, chunk, opts) : { interrupted: null };
  } catch (err) {
    // a failed read or write: what the first order learned still reaches the store, if it can
    await first.flush().catch(() => undefined);
    throw err;
  }
}

const learnOptions = (opts: CorpusTrainingOptions): { learner: LearnerParams; now?: number } => ({ learner: opts.learner ?? DEFAULT_LEARNER, now: opts.now });

/** The chunk's first pass is done in `first`: the later passes of that order, then the other orders, averaged and written. */
async function finishChunk(store: Pick<Store, 'bayes'>, first: BufferedBayesStore, chunk: readonly CorpusMessage[], opts: CorpusTrainingOptions): Promise<CorpusTrainingResult> {
  const orders = Math.max(1, opts.orders ?? DEFAULT_TRAIN_ORDERS);
  const total = chunk.length * (orders * opts.passes - 1);
  let done = 0;
  // the other orders only add their weight changes to `otherWeights`
  const otherWeights = new Map<string, number>();
  let completed = 0;
  let interrupted: CorpusTrainingResult['interrupted'] = null;
  orders: for (let k = 0; k < orders; k++) {
    const overlay = k === 0 ? first : new BufferedBayesStore(store.bayes, Infinity);
    const order = k === 0 ? chunk : shuffled(chunk, (opts.seed ?? 0) * 7919 + k);
    for (let pass = k === 0 ? 1 : 0; pass < opts.passes; pass++) {
      for (const m of order) {
        if (opts.signal?.aborted) {
          interrupted = 'refining';
          if (k > 0) overlay.discard();
          break orders;
        }
        await learnPrepared({ bayes: overlay }, m.prepared, m.cls, { ...learnOptions(opts), mode: pass > 0 ? 'reinforce' : 'train' });
        opts.progress?.(++done, total);
      }
    }
    completed++;
    if (k > 0) {
      for (const [token, weight] of overlay.weightChanges()) otherWeights.set(token, (otherWeights.get(token) ?? 0) + weight);
      overlay.discard();
    }
  }
  // interrupted in the first order: its passes so far, as a single order would have written them
  if (completed > 1) first.averageWeightChanges(otherWeights, completed);
  await first.flush();
  return { interrupted };
}
