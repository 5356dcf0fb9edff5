// A worker for test/unit/content/worker-queue.test.ts, speaking worker-queue.ts's protocol: it
// echoes, names its thread, spins past any time-out, fills its heap, or throws outside the message handler's reach.
// @ts-check
import { parentPort, threadId } from 'node:worker_threads';

parentPort?.on('message', (/** @type {{ id: number, input: { op: string, value?: unknown } }} */ job) => {
  const { op, value } = job.input;
  if (op === 'echo') parentPort?.postMessage({ id: job.id, result: value });
  else if (op === 'thread') parentPort?.postMessage({ id: job.id, result: threadId });
  else if (op === 'spin') for (;;);
  else if (op === 'hog') {
    const kept = [];
    for (;;) kept.push(new Array(1e5).fill(kept.length));
  } else if (op === 'crash') setImmediate(() => { throw new Error('crash'); });
});

// loaded: the queue starts an item's time-out from here (worker-queue.ts)
parentPort?.postMessage({ ready: true });
