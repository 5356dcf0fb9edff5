// The embedded Bayes store's read cache: a reader keeps rows until the model changes, and a change
// made through another connection (another cluster worker on the same file) is seen at once.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import pino from 'pino';
import { openEmbeddedStore } from '../../../src/store/embedded/index.ts';

test('embedded bayes cache: own and other connections\' writes are visible to the next read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mm-bayes-cache-'));
  const log = pino({ level: 'silent' });
  const a = await openEmbeddedStore(dir, log);
  const b = await openEmbeddedStore(dir, log);
  try {
    // b caches "absent" for t1 and a row for t2
    await a.bayes.applyDeltas([{ token: 't2', spam: 1, weight: 0.5 }], { spam: 1 }, 1000);
    assert.deepEqual([...(await b.bayes.getTokens(['t1', 't2'])).keys()], ['t2']);
    // a learns through its own connection: b must not serve its cached absence or stale weight
    await a.bayes.applyDeltas([{ token: 't1', ham: 1, weight: -1 }, { token: 't2', weight: 0.25 }], { ham: 1 }, 2000);
    const seen = await b.bayes.getTokens(['t1', 't2']);
    assert.equal(seen.get('t1')?.weight, -1);
    assert.equal(seen.get('t2')?.weight, 0.75);
    // b's own write evicts what it cached; rows are handed out read-only, so no caller corrupts the cache
    assert.throws(() => { seen.get('t2')!.weight = 99; }, TypeError);
    await b.bayes.applyDeltas([{ token: 't2', weight: 0.25 }], {}, 3000);
    assert.equal((await b.bayes.getTokens(['t2'])).get('t2')?.weight, 1);
    assert.equal((await a.bayes.getTokens(['t2'])).get('t2')?.weight, 1);
    // pruning by another connection drops rows the reader had cached
    await a.bayes.prune(0);
    assert.equal((await b.bayes.getTokens(['t1', 't2'])).size, 0);
    assert.deepEqual(await b.bayes.totals(), { spam: 1, ham: 1 });
  } finally {
    await a.close(); await b.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
