// Composition root: config → logger → store → pipeline → relay → SMTP listeners → web.
// With `workers` > 1 the SMTP listeners run in node:cluster workers sharing the ports (each with
// its own store handle and pipeline) and the primary runs the web UI; see startCluster().
import cluster, { type Worker } from 'node:cluster';
import { mkdirSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { ConfigError, type Config } from './config.ts';
import type { Logger } from './log.ts';
import { componentHealth } from './metrics.ts';
import { answerMetricsRequests } from './metrics-cluster.ts';
import { startOutbound } from './outbound/index.ts';
import { createPipeline, RulesError, type PipelineRuntime } from './pipeline/index.ts';
import { startQuarantineExpiry } from './quarantine/expire.ts';
import { startDirectoryNames } from './auth/directory.ts';
import { InboundListener } from './smtp/inbound.ts';
import { PortError, describeBindError } from './smtp/listen.ts';
import { BackendRelay } from './smtp/relay.ts';
import { bayesStatus, describeBayesStatus } from './bayes/status.ts';
import { openStore } from './store/index.ts';
import type { Store } from './store/types.ts';
import { buildWebApp } from './web/app.ts';

export interface Gateway {
  /** graceful stop: listeners stop accepting, open transactions finish, then everything closes */
  close(): Promise<void>;
}

export function workerCount(config: Config): number {
  return config.workers === 'auto' ? availableParallelism() : config.workers;
}

export function createRelay(config: Config, log: Logger): BackendRelay {
  return new BackendRelay({
    host: config.backend.host, port: config.backend.port, heloName: config.hostname,
    timeoutMs: config.backend.timeoutMs, poolSize: config.backend.poolSize, log: log.child({ component: 'relay' }),
  });
}

/** The SMTP part: store, pipeline, relay, inbound (+ outbound) listeners. */
async function startSmtp(config: Config, log: Logger, store: Store): Promise<{ relay: BackendRelay; pipeline: PipelineRuntime; close(): Promise<void> }> {
  const pipeline = await createPipeline({ config, store, log });
  const relay = createRelay(config, log);
  const inbound = new InboundListener({ config, log: log.child({ component: 'inbound' }), store, pipeline, relay });
  const closers: Array<() => Promise<void>> = [];
  try {
    await inbound.listen();
    closers.push(() => inbound.close());
    if (config.smtp.outbound.enabled) {
      const outbound = await startOutbound({ config, log: log.child({ component: 'outbound' }), store, pipeline });
      closers.push(() => outbound.close());
    }
  } catch (err) {
    await Promise.allSettled(closers.map((c) => c()));
    await pipeline.close();
    throw err;
  }
  log.info({ host: config.smtp.inbound.host, port: config.smtp.inbound.port, backend: `${config.backend.host}:${config.backend.port}` }, 'inbound SMTP listening');
  void relay.ping().then((ok) => {
    componentHealth.set({ component: 'backend' }, ok ? 1 : 0);
    if (!ok) log.warn({ backend: `${config.backend.host}:${config.backend.port}` }, 'backend mail server does not answer; inbound mail will get 451 until it does');
  });
  // clamav.enabled auto|true: ping clamd now so a missing scanner is reported at start (loudly)
  // and then say how old its signatures are (warning when freshclam stopped updating them)
  void import('./clamav/index.ts').then(async ({ probeClamav }) => {
    const clamavLog = log.child({ component: 'clamav' });
    await probeClamav(config, clamavLog);
    await (await import('./clamav/signatures.ts')).signatureHealth(config, clamavLog);
  }).catch(() => undefined);
  return {
    relay,
    pipeline,
    close: async () => {
      // listeners first (in parallel: each waits for its open transactions), then what they used
      await Promise.allSettled(closers.map((c) => c()));
      await relay.close();
      await pipeline.close();
    },
  };
}

async function startWeb(config: Config, log: Logger, store: Store, ready: () => boolean, relay: BackendRelay, runtime?: PipelineRuntime) {
  const web = await buildWebApp({ config, store, log: log.child({ component: 'web' }), ready, relay, runtime });
  try {
    await web.listen({ host: config.web.host, port: config.web.port });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    if (e.code) throw describeBindError('web.port', config.web.host, config.web.port, e);
    throw err;
  }
  log.info({ url: `${config.web.tls ? 'https' : 'http'}://${config.web.host}:${config.web.port}/` }, 'web UI listening');
  return web;
}

/** Says at start whether the classifier scores mail: a silent one looks like a working one that finds nothing. */
async function logBayesStatus(config: Config, log: Logger, store: Store, runtime: PipelineRuntime): Promise<void> {
  try {
    const b = await bayesStatus(store, config, runtime.rules().checks);
    const fields = { component: 'bayes', spam: b.spam, ham: b.ham, features: b.features, minSpam: b.minSpam, minHam: b.minHam, autolearn: b.autolearn, generation: b.generation };
    // silent, or learned by another tokenizer (an upgrade): both cost accuracy the admin can get back
    if (b.enabled && (!b.active || b.outdated)) log.warn(fields, describeBayesStatus(b));
    else log.info(fields, describeBayesStatus(b));
  } catch (err) {
    log.warn({ err, component: 'bayes' }, 'could not read the Bayes classifier state');
  }
}

/** One process: everything. */
async function startSingle(config: Config, log: Logger): Promise<Gateway> {
  mkdirSync(config.dataDir, { recursive: true });
  const store = await openStore(config, log);
  let smtp: Awaited<ReturnType<typeof startSmtp>> | null = null;
  try {
    smtp = await startSmtp(config, log, store);
    const s = smtp;
    const web = await startWeb(config, log, store, () => s !== null, s.relay, s.pipeline);
    const expiry = startQuarantineExpiry(store, log, 3600_000);
    const names = startDirectoryNames(config, store, log);
    await logBayesStatus(config, log, store, s.pipeline);
    return {
      close: async () => {
        expiry.stop();
        names?.stop();
        await s.close();
        await web.close();
        await store.close();
      },
    };
  } catch (err) {
    await smtp?.close();
    await store.close();
    throw err;
  }
}

/** problems: what the admin must fix (exit 2), one per line with its key path */
type WorkerMessage = { type: 'ready' } | { type: 'fatal'; exitCode: number; message: string; problems: string[] };

/** Primary: forks the SMTP workers, runs the web UI, restarts a worker that dies. */
async function startPrimary(config: Config, log: Logger, n: number): Promise<Gateway> {
  mkdirSync(config.dataDir, { recursive: true });
  const store = await openStore(config, log);
  const relay = createRelay(config, log);
  const readyWorkers = new Set<number>();
  let stopping = false;
  let fatal: ((err: Error) => void) | null = null;
  const fatalError = new Promise<never>((_, reject) => { fatal = reject; });
  fatalError.catch(() => undefined);

  const fork = (): Worker => {
    const w = cluster.fork({ MAILMOAT_WORKER: '1' });
    w.on('message', (msg: WorkerMessage) => {
      if (msg.type === 'ready') readyWorkers.add(w.id);
      if (msg.type === 'fatal') fatal?.(msg.exitCode === 2 ? new ConfigError(msg.problems) : new Error(msg.message));
    });
    w.on('exit', (code, signal) => {
      readyWorkers.delete(w.id);
      if (stopping) return;
      log.error({ worker: w.id, code, signal }, 'SMTP worker died; starting a new one');
      setTimeout(fork, 200);
    });
    return w;
  };
  // The kernel hands each connection to whichever worker accepts first. The default round-robin
  // has the primary accept every connection and pass it to a worker over IPC, which with one
  // message per connection cost more CPU than a worker spends on the whole SMTP transaction.
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  for (let i = 0; i < n; i++) fork();
  try {
    await Promise.race([
      fatalError,
      new Promise<void>((resolve) => {
        const t = setInterval(() => { if (readyWorkers.size >= n) { clearInterval(t); resolve(); } }, 20);
        // on a fatal worker error the race is lost: stop polling so the process can exit
        fatalError.catch(() => clearInterval(t));
      }),
    ]);
  } catch (err) {
    stopping = true;
    for (const w of Object.values(cluster.workers ?? {})) w?.kill('SIGKILL');
    await store.close();
    throw err;
  }
  log.info({ workers: n }, 'SMTP workers ready');
  // the web UI's settings page needs the live rules; workers pick up saved overrides from the store
  const rulesRuntime = await createPipeline({ config, store, log, watch: false });
  const web = await startWeb(config, log, store, () => readyWorkers.size > 0, relay, rulesRuntime);
  const expiry = startQuarantineExpiry(store, log, 3600_000);
  const names = startDirectoryNames(config, store, log);
  await logBayesStatus(config, log, store, rulesRuntime);
  return {
    close: async () => {
      stopping = true;
      expiry.stop();
      names?.stop();
      const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w));
      await Promise.all(workers.map((w) => new Promise<void>((resolve) => {
        if (w.isDead()) return resolve();
        w.once('exit', () => resolve());
        w.process.kill('SIGTERM');
      })));
      await web.close();
      await rulesRuntime.close();
      await relay.close();
      await store.close();
    },
  };
}

/** Worker: the SMTP part only; tells the primary when it listens (or why it cannot). */
async function startWorker(config: Config, log: Logger): Promise<Gateway> {
  answerMetricsRequests();
  const store = await openStore(config, log);
  try {
    const smtp = await startSmtp(config, log, store);
    process.send?.({ type: 'ready' } satisfies WorkerMessage);
    return { close: async () => { await smtp.close(); await store.close(); } };
  } catch (err) {
    await store.close();
    const problems = err instanceof PortError ? [err.message] : err instanceof RulesError || err instanceof ConfigError ? err.problems : [];
    process.send?.({ type: 'fatal', exitCode: problems.length ? 2 : 1, message: (err as Error).message, problems } satisfies WorkerMessage);
    throw err;
  }
}

export async function startGateway(config: Config, log: Logger): Promise<Gateway> {
  if (cluster.isWorker) return startWorker(config, log.child({ worker: cluster.worker?.id }));
  const n = workerCount(config);
  if (n > 1) return startPrimary(config, log, n);
  return startSingle(config, log);
}
