// The content readers' worker queue (src/content/worker-queue.ts) with a worker of the test's own:
// results in order, and every way a worker can fail (too slow, out of its heap, crashed) gives null
// for that item alone while the next item gets a new worker; an idle worker is ended, and the next
// item starts a new one.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { WorkerQueue } from '../../../src/content/worker-queue.ts';

type Input = { op: 'echo'; value: unknown } | { op: 'thread' | 'spin' | 'hog' | 'crash' };
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

test('a worker idle for idleMs is ended, and the next item gets a new one; one with work is kept', async () => {
  const q = new WorkerQueue<Input, unknown>(script, 10, undefined, 200);
  const first = await q.run({ op: 'thread' }, 5000);
  assert.equal(await q.run({ op: 'thread' }, 5000), first, 'an item within idleMs goes to the same worker');
  assert.equal(q.running, true);
  await new Promise((resolve) => setTimeout(resolve, 600));
  assert.equal(q.running, false, 'idle past idleMs: ended');
  const second = await q.run({ op: 'thread' }, 5000);
  assert.notEqual(second, first);
  assert.equal(q.running, true);

  // work that outlasts idleMs keeps its worker: the idle clock starts when the queue is empty
  const busy = q.run({ op: 'spin' }, 400);
  const next = q.run({ op: 'thread' }, 5000);
  assert.equal(await busy, null);
  const third = await next;
  assert.equal(q.running, true);
  await q.retire();
  assert.equal(q.running, false, 'retire() ends an idle worker at once');
  assert.notEqual(await q.run({ op: 'thread' }, 5000), third);
  await q.retire();
});

test('retire() leaves a worker with an item alone', async () => {
  const q = new WorkerQueue<Input, unknown>(script, 10);
  const slow = q.run({ op: 'spin' }, 300);
  await q.retire();
  assert.equal(q.running, true, 'the item being read keeps its worker');
  assert.equal(await slow, null);
  assert.equal(await q.run({ op: 'echo', value: 'after' }, 5000), 'after');
  await q.retire();
  assert.equal(q.running, false);
});

test("an item's time-out runs from when the worker is ready, not from its start", async () => {
  const q = new WorkerQueue<Input, unknown>(new URL('../../helpers/slow-start-worker.js', import.meta.url), 10);
  // the worker takes 800 ms to load; each item may take 300 ms
  assert.deepEqual(await Promise.all([q.run({ op: 'echo', value: 1 }, 300), q.run({ op: 'echo', value: 2 }, 300)]), [1, 2]);
  await q.retire();
});

test('the time spent starting workers is counted, so that budgets over several items can leave it out', async () => {
  const q = new WorkerQueue<Input, unknown>(script, 10, undefined, 100);
  assert.equal(q.startupMs, 0, 'no worker started yet');
  await q.run({ op: 'echo', value: 1 }, 5000);
  const first = q.startupMs;
  assert.ok(first > 0, 'the first item started a worker');
  await q.run({ op: 'echo', value: 2 }, 5000);
  assert.equal(q.startupMs, first, 'the same worker: no new start');
  await q.retire();
  await q.run({ op: 'echo', value: 3 }, 5000);
  assert.ok(q.startupMs > first, 'a new worker after the old one was ended');
});

test("a budget over several items leaves the worker's start out: a 300 ms budget outlasts an 800 ms start", async () => {
  const q = new WorkerQueue<Input, unknown>(new URL('../../helpers/slow-start-worker.js', import.meta.url), 10);
  const budget = q.budget(300);
  const results: unknown[] = [];
  const work = (async () => { for (const value of [1, 2]) results.push(await q.run({ op: 'echo', value }, 300)); })();
  await Promise.race([work, budget.passed]);
  budget.cancel();
  // the start took 800 ms of wall time; a plain 300 ms timer would have ended the budget before any answer
  assert.deepEqual(results, [1, 2]);
  assert.ok(budget.left() > 0, 'time is left after two quick items');
  await q.retire();
});

test('a budget with no start in it runs out on time', async () => {
  const q = new WorkerQueue<Input, unknown>(script, 10);
  await q.run({ op: 'echo', value: 0 }, 5000); // the worker is up
  // the clock is read before the budget is made: a pause between the two (GC, a busy CI machine)
  // would otherwise count against the budget but not against the measured time
  const began = Date.now();
  const budget = q.budget(100);
  await budget.passed;
  const took = Date.now() - began;
  assert.ok(took >= 95 && took < 1000, `ran out after ${took} ms`);
  assert.ok(budget.left() <= 0);
  await q.retire();
});
