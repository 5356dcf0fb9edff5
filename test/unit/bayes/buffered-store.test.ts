// The training overlay must learn exactly what direct writes learn: same weights, counts, totals
// and signatures, across flushes, moves between classes and unlearning; and it must keep what
// another process learned in the meantime (it writes deltas, not values).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { BufferedBayesStore } from '../../../src/bayes/buffered-store.ts';
import { learnPrepared, type Prepared } from '../../../src/bayes/learn.ts';
import { MemoryBayesStore } from '../../../src/bayes/memory-store.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/log.ts';
import { openStore } from '../../../src/store/index.ts';
import type { BayesStore, LearnClass } from '../../../src/store/types.ts';

/** synthetic messages: spam and ham draw from overlapping vocabularies, so weights interact */
function corpus(n: number): Array<{ p: Prepared; cls: LearnClass }> {
  let seed = 7;
  const rnd = (): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: n }, (_, i) => {
    const cls: LearnClass = i % 3 === 0 ? 'spam' : 'ham';
    const keys = new Set<string>(['bias']);
    for (let j = 0; j < 40; j++) keys.add(`${cls === 'spam' && rnd() < 0.6 ? 's' : 'h'}${Math.floor(rnd() * 300)}`);
    return { p: { keys: [...keys], signature: `sig${i}`, language: 'en' }, cls };
  });
}

/** the schedule of `mailmoat train`, then a few feedback learns: moves and unlearning */
async function learnAll(bayes: BayesStore, msgs: Array<{ p: Prepared; cls: LearnClass }>): Promise<void> {
  const store = { bayes };
  for (let pass = 0; pass < 3; pass++) for (const m of msgs) await learnPrepared(store, m.p, m.cls, { mode: pass ? 'reinforce' : 'train', now: 1000 });
  for (const m of msgs.slice(0, 10)) await learnPrepared(store, m.p, m.cls === 'spam' ? 'ham' : 'spam', { now: 1000 });
  for (const m of msgs.slice(10, 15)) await learnPrepared(store, m.p, null, { now: 1000 });
}

async function snapshot(bayes: BayesStore, msgs: Array<{ p: Prepared }>): Promise<{ rows: Map<string, [number, number, number]>; totals: unknown; learned: unknown[] }> {
  const keys = [...new Set(msgs.flatMap((m) => m.p.keys))];
  const got = await bayes.getTokens(keys);
  return {
    rows: new Map([...got].map(([k, s]) => [k, [s.spam, s.ham, Math.round(s.weight * 1e9) / 1e9]])),
    totals: await bayes.totals(),
    learned: await Promise.all(msgs.map((m) => bayes.getLearned(m.p.signature))),
  };
}

describe('BufferedBayesStore', () => {
  const msgs = corpus(300);

  test('learns the same model as direct writes, with flushes in between', async () => {
    const direct = new MemoryBayesStore();
    await learnAll(direct, msgs);
    const base = new MemoryBayesStore();
    // a small overlay: it writes back many times during the run, each time in several chunks
    const buffered = new BufferedBayesStore(base, 500, 70);
    await learnAll(buffered, msgs);
    await buffered.flush();
    const want = await snapshot(direct, msgs);
    const got = await snapshot(base, msgs);
    assert.deepEqual(got.totals, want.totals);
    assert.deepEqual(got.learned, want.learned);
    assert.equal(got.rows.size, want.rows.size);
    assert.deepEqual(got.rows, want.rows);
  });

  test('rows that are only read are bounded too: reading past twice the pending limit writes back and starts over', async () => {
    const base = new MemoryBayesStore();
    await base.applyDeltas(Array.from({ length: 50 }, (_, i) => ({ token: `r${i}`, spam: 1 })), { spam: 1 }, 1);
    const buffered = new BufferedBayesStore(base, 10);
    await learnPrepared({ bayes: buffered }, { keys: ['a', 'b'], signature: 'x', language: 'en' }, 'ham', { mode: 'train', now: 2 });
    assert.equal(await base.getLearned('x'), null, 'pending');
    const got = await buffered.getTokens(Array.from({ length: 50 }, (_, i) => `r${i}`));
    assert.equal(got.size, 50);
    assert.equal(await base.getLearned('x'), 'ham', 'written back before the large read');
    assert.deepEqual(await base.totals(), { spam: 1, ham: 1 });
  });

  test('writes nothing until a flush, and keeps what another process learned meanwhile', async () => {
    const base = new MemoryBayesStore();
    const buffered = new BufferedBayesStore(base);
    await learnPrepared({ bayes: buffered }, msgs[0]!.p, 'spam', { mode: 'train', now: 1 });
    assert.equal(base.tokens.size, 0);
    assert.deepEqual(await base.totals(), { spam: 0, ham: 0 });
    assert.deepEqual(await buffered.totals(), { spam: 1, ham: 0 }, 'the overlay sees its own learning');
    // meanwhile the web UI learns a message with one shared key, straight into the store
    await base.applyDeltas([{ token: 'bias', ham: 1, weight: -0.5 }], { ham: 1 }, 2);
    await buffered.flush();
    assert.deepEqual(await base.totals(), { spam: 1, ham: 1 });
    const bias = (await base.getTokens(['bias'])).get('bias')!;
    assert.equal(bias.spam, 1);
    assert.equal(bias.ham, 1);
    assert.equal(await base.getLearned(msgs[0]!.p.signature), 'spam');
  });

  test('over the real embedded store: the same model as direct writes', async () => {
    const dirs = [mkdtempSync(join(tmpdir(), 'mm-buf-')), mkdtempSync(join(tmpdir(), 'mm-buf-'))];
    const log = createLogger({ log: { level: 'silent', pretty: false } });
    const stores = await Promise.all(dirs.map((dataDir) => openStore(loadConfig({ env: {}, overrides: { dataDir } }), log)));
    try {
      const [direct, base] = stores as [Awaited<ReturnType<typeof openStore>>, Awaited<ReturnType<typeof openStore>>];
      await learnAll(direct.bayes, msgs);
      const buffered = new BufferedBayesStore(base.bayes, 2000, 300);
      await learnAll(buffered, msgs);
      await buffered.flush();
      assert.deepEqual(await snapshot(base.bayes, msgs), await snapshot(direct.bayes, msgs));
      assert.equal(await base.bayes.tokenCount(), await direct.bayes.tokenCount());
    } finally {
      await Promise.all(stores.map((s) => s.close()));
      for (const d of dirs) rmSync(d, { recursive: true, force: true });
    }
  });
});
