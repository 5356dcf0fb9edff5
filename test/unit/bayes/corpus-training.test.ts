// Corpus training: several shuffled orders from the same starting model, weights averaged, counts
// and signatures once; chunks; what an interruption writes.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { learnCorpus, shuffled, type CorpusMessage } from '../../../src/bayes/corpus-training.ts';
import { MemoryBayesStore } from '../../../src/bayes/memory-store.ts';

/** messages whose keys overlap (shared vocabulary) so that the order changes the weights */
function corpus(n: number): CorpusMessage[] {
  return Array.from({ length: n }, (_, i) => {
    const spam = i % 3 !== 0;
    const keys = Array.from({ length: 12 }, (_, j) => `${spam ? 's' : 'h'}${(i * 7 + j * 3) % 17}`);
    keys.push(`shared${i % 5}`, `own${i}`);
    return { prepared: { keys, signature: `sig${i}`, language: 'en' }, cls: spam ? 'spam' : 'ham' };
  });
}

const SEED = 4;
/** the k-th order learnCorpus uses for a chunk (k = 0: as given) */
const orderOf = (msgs: CorpusMessage[], k: number): CorpusMessage[] => (k === 0 ? msgs : shuffled(msgs, SEED * 7919 + k));

async function singleOrder(base: MemoryBayesStore, msgs: CorpusMessage[]): Promise<MemoryBayesStore> {
  const store = { bayes: base.clone() };
  await learnCorpus(store, msgs, { passes: 2, orders: 1 });
  return store.bayes;
}

function assertMeanOf(avg: MemoryBayesStore, runs: MemoryBayesStore[]): void {
  assert.equal(avg.tokens.size, runs[0]!.tokens.size);
  for (const [token, stats] of avg.tokens) {
    const mean = runs.reduce((s, r) => s + r.tokens.get(token)!.weight, 0) / runs.length;
    assert.ok(Math.abs(stats.weight - mean) < 1e-9, `${token}: ${stats.weight} vs mean ${mean}`);
    // counts do not depend on the order
    assert.deepEqual([stats.spam, stats.ham], [runs[0]!.tokens.get(token)!.spam, runs[0]!.tokens.get(token)!.ham]);
  }
}

describe('learnCorpus', () => {
  test('three orders from an empty model: each weight is the mean of three single-order models, counts as one', async () => {
    const msgs = corpus(60);
    const empty = new MemoryBayesStore();
    const runs = await Promise.all([0, 1, 2].map((k) => singleOrder(empty, orderOf(msgs, k))));
    // the orders really differ
    assert.notEqual(runs[0]!.tokens.get('shared1')!.weight, runs[1]!.tokens.get('shared1')!.weight);
    const avg = { bayes: new MemoryBayesStore() };
    let learned = 0;
    const r = await learnCorpus(avg, msgs, { passes: 2, orders: 3, seed: SEED, learned: () => { learned++; } });
    assert.equal(r.interrupted, null);
    assert.equal(learned, 60, 'each message reported once');
    assertMeanOf(avg.bayes, runs);
    assert.deepEqual(await avg.bayes.totals(), { spam: 40, ham: 20 });
    assert.equal(await avg.bayes.getLearned('sig1'), 'spam');
  });

  test('onto a trained model: the model plus the mean of the orders\' changes; messages learned before are not doubled', async () => {
    const all = corpus(90);
    const base = { bayes: new MemoryBayesStore() };
    await learnCorpus(base, all.slice(0, 40), { passes: 2, orders: 1 });
    const more = all.slice(30);
    const runs = await Promise.all([0, 1, 2].map((k) => singleOrder(base.bayes, orderOf(more, k))));
    const avg = { bayes: base.bayes.clone() };
    let unchanged = 0;
    await learnCorpus(avg, more, { passes: 2, orders: 3, seed: SEED, learned: (_m, res) => { if (!res.changed) unchanged++; } });
    assertMeanOf(avg.bayes, runs);
    assert.equal(unchanged, 10, 'the 10 messages of the first run');
    const t = await avg.bayes.totals();
    assert.equal(t.spam + t.ham, 90);
  });

  test('a large corpus is learned in chunks, each averaged on its own', async () => {
    const msgs = corpus(50);
    // 14 keys a message: 20 messages reach 280 keys, so chunks of 20, 20 and 10
    const chunked = { bayes: new MemoryBayesStore() };
    const totals: number[] = [];
    await learnCorpus(chunked, msgs, { passes: 1, orders: 3, seed: SEED, chunkKeys: 280, progress: (done, total) => { if (done === total) totals.push(total); } });
    // after each chunk's first pass: its two other orders
    assert.deepEqual(totals, [40, 40, 20]);
    // the same as three runs over the chunks one after the other
    const stepwise = { bayes: new MemoryBayesStore() };
    for (const part of [msgs.slice(0, 20), msgs.slice(20, 40), msgs.slice(40)]) await learnCorpus(stepwise, part, { passes: 1, orders: 3, seed: SEED });
    for (const [token, s] of chunked.bayes.tokens) assert.ok(Math.abs(s.weight - stepwise.bayes.tokens.get(token)!.weight) < 1e-9, token);
    assert.deepEqual(await chunked.bayes.totals(), { spam: 33, ham: 17 });
  });

  test('a store read that fails mid-corpus: the error is thrown, and what the first order learned is written', async () => {
    const msgs = corpus(30);
    const base = new MemoryBayesStore();
    let reads = 0;
    const failing = Object.create(base) as MemoryBayesStore;
    failing.getTokens = async (keys) => { if (++reads > 12) throw new Error('store down'); return base.getTokens(keys); };
    await assert.rejects(learnCorpus({ bayes: failing }, msgs, { passes: 2, orders: 3 }), /store down/);
    const t = await base.totals();
    assert.ok(t.spam + t.ham >= 10 && t.spam + t.ham < 30, `${t.spam + t.ham} learned before the failure`);
  });

  test('interrupted: in the first order what it learned, later the mean of the complete orders; the cut order is dropped', async () => {
    const msgs = corpus(30);
    const empty = new MemoryBayesStore();
    const runs = await Promise.all([0, 1].map((k) => singleOrder(empty, orderOf(msgs, k))));
    const cutAt = async (where: 'first pass' | 'refining', step: number): Promise<[MemoryBayesStore, string | null]> => {
      const stop = new AbortController();
      const store = { bayes: new MemoryBayesStore() };
      let learned = 0;
      const r = await learnCorpus(store, msgs, {
        passes: 2, orders: 3, seed: SEED, signal: stop.signal,
        learned: () => { if (where === 'first pass' && ++learned === step) stop.abort(); },
        progress: (done, total) => { assert.equal(total, 30 * 5); if (where === 'refining' && done === step) stop.abort(); },
      });
      return [store.bayes, r.interrupted];
    };
    // 10 messages into the first pass of the first order
    const [early, why1] = await cutAt('first pass', 10);
    assert.equal(why1, 'learning');
    const t = await early.totals();
    assert.equal(t.spam + t.ham, 10);
    // refining steps: the first order's second pass 1–30, the second order 31–90, the third 91–150.
    // Halfway through the second order: the first order alone
    const [second, why2] = await cutAt('refining', 60);
    assert.equal(why2, 'refining');
    assertMeanOf(second, [runs[0]!]);
    // in the third order: the mean of the first two
    const [third, why3] = await cutAt('refining', 120);
    assert.equal(why3, 'refining');
    assertMeanOf(third, runs);
  });
});
