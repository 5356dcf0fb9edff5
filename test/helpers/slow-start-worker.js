// test/helpers/queue-worker.js after a slow start (as pdf.js loading on a busy machine): for
// test/unit/content/worker-queue.test.ts, an item's time-out must not count the start.
// @ts-check
await new Promise((resolve) => setTimeout(resolve, 800));
await import('./queue-worker.js');
