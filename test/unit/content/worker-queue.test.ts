// The content readers' worker queue (src/content/worker-queue.ts) with a worker of the test's own:
// results in order, and every way a worker can fail (too slow, out of its heap, crashed) gives null
// for that item alone while the next item gets a new worker.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkerQueue } from '../../../src/content/worker-queue.ts';

type Input = { op: 'echo'; value: unknown } | { op: 'spin' | 'hog' | 'crash' };
const script = new URL('../../helpers/queue-worker.js', import.meta.url);

test('items are answered in order, one worker for all', async () => {
  const q = new WorkerQueue<Input, unknown>(script, 10);
  assert.deepEqual(await Promise.all([1, 2, 3].map((value) => q.run({ op: 'echo', value }, 5000))), [1, 2, 3]);
});

test('too slow, out of its heap, crashed: null for that item, and the next one is read', async () => {
  const q = new WorkerQueue<Input, unknown>(script, 10, { maxOldGenerationSizeMb: 32 });
  const [slow, after] = await Promise.all([q.run({ op: 'spin' }, 300), q.run({ op: 'echo', value: 'after spin' }, 5000)]);
  assert.equal(slow, null);
  assert.equal(after, 'after spin');
  assert.equal(await q.run({ op: 'hog' }, 30_000), null);
  assert.equal(await q.run({ op: 'echo', value: 'after hog' }, 5000), 'after hog');
  assert.equal(await q.run({ op: 'crash' }, 30_000), null);
  assert.equal(await q.run({ op: 'echo', value: 'after crash' }, 5000), 'after crash');
});

test('more waiting than allowed: the extra items are refused at once, not queued', async () => {
  const q = new WorkerQueue<Input, unknown>(script, 2);
  const runs = [q.run({ op: 'spin' }, 300), ...[1, 2, 3, 4].map((value) => q.run({ op: 'echo', value }, 5000))];
  assert.deepEqual(await Promise.all(runs), [null, 1, 2, null, null]);
});
