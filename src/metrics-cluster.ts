// /metrics across node:cluster workers. With `workers` > 1 the SMTP traffic is counted inside the
// workers while the web UI (and /metrics) runs in the primary, so the primary asks every worker for
// its registry over the cluster IPC channel and merges them with its own (prom-client's aggregator:
// counters and histograms are summed, gauges use each metric's `aggregator`). prom-client's own
// AggregatorRegistry.clusterMetrics() leaves out the primary's registry, which holds the web UI's
// gauges (quarantine size, component health), hence this small exchange of our own.
import cluster, { type Worker } from 'node:cluster';
import { AggregatorRegistry } from 'prom-client';
import { registry } from './metrics.ts';

const REQUEST = 'mailmoat:metrics-request';
const RESPONSE = 'mailmoat:metrics-response';
/** a worker that does not answer in time is left out rather than holding up the scrape */
const WORKER_TIMEOUT_MS = 2000;

type MetricsJson = Awaited<ReturnType<typeof registry.getMetricsAsJSON>>;

interface MetricsRequest { type: typeof REQUEST; id: number }
interface MetricsResponse { type: typeof RESPONSE; id: number; metrics: MetricsJson }

/** Worker side: answer the primary's requests with this process's metrics. */
export function answerMetricsRequests(): void {
  process.on('message', (msg: unknown) => {
    const m = msg as Partial<MetricsRequest> | null;
    if (m?.type !== REQUEST || typeof m.id !== 'number' || !process.send) return;
    const id = m.id;
    void registry.getMetricsAsJSON().then((metrics) => process.send?.({ type: RESPONSE, id, metrics } satisfies MetricsResponse));
  });
}

let nextId = 1;

function askWorker(worker: Worker, id: number): Promise<MetricsJson | null> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => { worker.off('message', onMessage); resolve(null); }, WORKER_TIMEOUT_MS);
    function onMessage(msg: unknown): void {
      const m = msg as Partial<MetricsResponse> | null;
      if (m?.type !== RESPONSE || m.id !== id) return;
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve(m.metrics ?? null);
    }
    worker.on('message', onMessage);
    worker.send({ type: REQUEST, id } satisfies MetricsRequest);
  });
}

/** Prometheus text of this process, merged with every connected worker's when there are any. */
export async function clusterMetricsText(): Promise<string> {
  const workers = cluster.isPrimary
    ? Object.values(cluster.workers ?? {}).filter((w): w is Worker => Boolean(w?.isConnected()))
    : [];
  if (workers.length === 0) return registry.metrics();
  const id = nextId++;
  const answers = await Promise.all(workers.map((w) => askWorker(w, id)));
  const all = [await registry.getMetricsAsJSON(), ...answers.filter((a): a is MetricsJson => a !== null)];
  return AggregatorRegistry.aggregate(all).metrics();
}
