// One worker thread per process for content readers whose work costs milliseconds to seconds of CPU
// per item (QR codes in pictures, the text of PDFs): the SMTP sessions' event loop must not wait for
// it, and an item that takes too long must be given up without stopping the process. Items are
// read one at a time in arrival order. An item over its time-out stops the worker (terminate), which
// starts again for the next; a crash loses only the item being read. The worker stays while it has
// work and is unref'd when idle, so it never keeps the process alive; after `idleMs` without work it
// is ended, which gives most of its memory back (pdf.js grew the process by 200 MB over the TeX
// manuals, and ending it returned 122 MB: bench/pdf-text.ts), and the next item starts a new one.
// Protocol: the worker says `{ ready: true }` once its modules are loaded, then gets `{ id, input }`
// and answers `{ id, result }`. An item's time-out runs from when the worker is ready.
import { Worker, type ResourceLimits } from 'node:worker_threads';

/** a worker idle this long is ended: a start costs the next item ~0.6 s (pdf.js), keeping it ~120 MB */
export const DEFAULT_IDLE_MS = 5 * 60_000;

/** a worker that has not loaded its modules by then is taken for hung (pdf.js loads in ~0.5 s) */
const START_TIMEOUT_MS = 30_000;

interface Job<In, Out> { input: In; timeoutMs: number; resolve: (result: Out | null) => void }

export class WorkerQueue<In, Out> {
  private worker: Worker | null = null;
  private readonly waiting: Array<Job<In, Out>> = [];
  private current: { id: number; job: Job<In, Out>; timer: NodeJS.Timeout } | null = null;
  private nextId = 1;
  private idleTimer: NodeJS.Timeout | null = null;
  /** the worker has loaded its modules and said so ({ ready: true }) */
  private ready = false;
  /** ms the workers of this queue spent loading their modules, ended starts only; and when the start under way began */
  private startedMs = 0;
  private startBegan: number | null = null;

  /**
   * @param script the worker's module (plain JavaScript: a worker thread does not inherit tsx's loader)
   * @param maxWaiting items waiting over all messages of this process; more are refused (null), not queued
   * @param resourceLimits the worker's heap bounds: an item that needs more ends the worker (its result is null), not the process
   * @param idleMs how long an idle worker is kept before it is ended (its memory returned)
   */
  constructor(private readonly script: URL, private readonly maxWaiting: number, private readonly resourceLimits?: ResourceLimits, private readonly idleMs = DEFAULT_IDLE_MS) {}

  /** whether a worker thread is running now (for the tests) */
  get running(): boolean { return this.worker !== null; }

  /**
   * Milliseconds spent starting workers so far, the start under way included: a caller with a time
   * budget over several items (one message's pictures) leaves them out of it, as the items' own
   * time-outs do, so that a cold start on a busy machine does not use up the first message's time.
   */
  get startupMs(): number { return this.startedMs + (this.startBegan === null ? 0 : Date.now() - this.startBegan); }

  /**
   * A time budget over several items that leaves out the worker's starts (its modules loading, ~0.5 s,
   * seconds on a busy machine), as the items' own time-outs do: the first message after an idle spell
   * would otherwise lose its pictures or documents to the start. `left()` is the time still to spend;
   * `passed` resolves when it has run out with no start in between (a start pushes it on); `cancel()`
   * stops its timer.
   */
  budget(budgetMs: number): { left: () => number; passed: Promise<void>; cancel: () => void } {
    const begin = Date.now(), startupBefore = this.startupMs;
    const left = (): number => begin + budgetMs + (this.startupMs - startupBefore) - Date.now();
    let timer: NodeJS.Timeout | undefined;
    const passed = new Promise<void>((resolve) => {
      const wait = (): void => { const ms = left(); if (ms <= 0) resolve(); else timer = setTimeout(wait, ms); };
      wait();
    });
    return { left, passed, cancel: () => clearTimeout(timer) };
  }

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
    this.ready = false;
    this.startBegan = Date.now();
    w.on('message', (m: { ready: true } | { id: number; result: Out }) => {
      if (this.worker !== w) return;
      if ('ready' in m) {
        this.ready = true;
        this.endStart();
        this.send();
      } else if (this.current?.id === m.id) this.finish(m.result);
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
      if (this.worker) this.retireWhenIdle(this.worker);
      return;
    }
    this.clearIdleTimer();
    this.worker ??= this.start();
    this.worker.ref();
    // until the worker has loaded its modules, only a hung start is timed (a start of ~0.5 s on a
    // busy machine must not eat the item's time-out, or every start would be stopped before it ends)
    this.current = { id: this.nextId++, job, timer: this.stopAfter(START_TIMEOUT_MS) };
    this.send();
  }

  /** The current item goes to a ready worker, and its time-out starts. */
  private send(): void {
    const c = this.current;
    if (!c || !this.ready || !this.worker) return;
    clearTimeout(c.timer);
    c.timer = this.stopAfter(c.job.timeoutMs);
    this.worker.postMessage({ id: c.id, input: c.job.input });
  }

  private stopAfter(ms: number): NodeJS.Timeout {
    return setTimeout(() => {
      const w = this.worker;
      this.stop(w);
      void w?.terminate();
    }, ms);
  }

  private finish(result: Out | null): void {
    const c = this.current;
    if (!c) return;
    clearTimeout(c.timer);
    this.current = null;
    c.job.resolve(result);
    this.dispatch();
  }

  /** Idle: the worker does not keep the process alive, and is ended if no item comes within idleMs. */
  private retireWhenIdle(w: Worker): void {
    w.unref();
    this.clearIdleTimer();
    this.idleTimer = setTimeout(() => this.retire(), this.idleMs);
    this.idleTimer.unref();
  }

  /** Ends the worker now if it has no item (its memory is returned); the next item starts a new one. Resolves when it has ended. */
  async retire(): Promise<void> {
    const w = this.worker;
    if (!w || this.current || this.waiting.length) return;
    this.clearIdleTimer();
    this.worker = null;
    await w.terminate();
  }

  private clearIdleTimer(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = null;
  }

  private endStart(): void {
    if (this.startBegan !== null) this.startedMs += Date.now() - this.startBegan;
    this.startBegan = null;
  }

  /** The worker is gone or must go: its item counts as unread, and the next item starts a new one. */
  private stop(w: Worker | null): void {
    if (!w || this.worker !== w) return;
    this.endStart();
    this.worker = null;
    this.finish(null);
  }
}
