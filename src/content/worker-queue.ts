// One worker thread per process for content readers whose work costs milliseconds to seconds of CPU
// per item (QR codes in pictures, the text of PDFs): the SMTP sessions' event loop must not wait for
// it, and an item that takes too long must be given up without stopping the process. Items are
// read one at a time in arrival order. An item over its time-out stops the worker (terminate), which
// starts again for the next; a crash loses only the item being read. The worker stays while it has
// work and is unref'd when idle, so it never keeps the process alive.
// Protocol: the worker gets `{ id, input }` and answers `{ id, result }`.
import { Worker, type ResourceLimits } from 'node:worker_threads';

interface Job<In, Out> { input: In; timeoutMs: number; resolve: (result: Out | null) => void }

export class WorkerQueue<In, Out> {
  private worker: Worker | null = null;
  private readonly waiting: Array<Job<In, Out>> = [];
  private current: { id: number; job: Job<In, Out>; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;

  /**
   * @param script the worker's module (plain JavaScript: a worker thread does not inherit tsx's loader)
   * @param maxWaiting items waiting over all messages of this process; more are refused (null), not queued
   * @param resourceLimits the worker's heap bounds: an item that needs more ends the worker (its result is null), not the process
   */
  constructor(private readonly script: URL, private readonly maxWaiting: number, private readonly resourceLimits?: ResourceLimits) {}

  /** The worker's result for `input`, or null when it could not be had (overload, time-out, crash). */
  run(input: In, timeoutMs: number): Promise<Out | null> {
    if (this.waiting.length >= this.maxWaiting) return Promise.resolve(null);
    return new Promise((resolve) => {
      this.waiting.push({ input, timeoutMs, resolve });
      this.dispatch();
    });
  }

  private start(): Worker {
    const w = new Worker(this.script, { resourceLimits: this.resourceLimits });
    w.on('message', (m: { id: number; result: Out }) => {
      if (this.current?.id !== m.id) return;
      this.finish(m.result);
    });
    // a crash: the item it read is lost, the next one gets a new worker
    w.on('error', () => this.stop(w));
    w.on('exit', () => this.stop(w));
    return w;
  }

  private dispatch(): void {
    if (this.current) return;
    const job = this.waiting.shift();
    if (!job) {
      this.worker?.unref(); // idle: do not keep the process alive
      return;
    }
    this.worker ??= this.start();
    this.worker.ref();
    const id = this.nextId++;
    const timer = setTimeout(() => {
      const w = this.worker;
      this.stop(w);
      void w?.terminate();
    }, job.timeoutMs);
    this.current = { id, job, timer };
    this.worker.postMessage({ id, input: job.input });
  }

  private finish(result: Out | null): void {
    const c = this.current;
    if (!c) return;
    clearTimeout(c.timer);
    this.current = null;
    c.job.resolve(result);
    this.dispatch();
  }

  /** The worker is gone or must go: its item counts as unread, and the next item starts a new one. */
  private stop(w: Worker | null): void {
    if (!w || this.worker !== w) return;
    this.worker = null;
    this.finish(null);
  }
}
