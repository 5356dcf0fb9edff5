// What the web UI needs from the rest of the gateway. Every part is optional so the app builds
// (healthz + metrics) before the store, the pipeline runtime or the relay exist; routes that need
// a missing part answer 503.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from '../store/types.ts';
import type { BackendRelay } from '../smtp/relay.ts';
import type { PipelineRuntime } from '../pipeline/index.ts';

export interface ComponentStatus { ok: boolean; detail?: string }

/** Health as the gateway sees it; `/healthz` answers 200 only when `ready` is true. */
export interface HealthReport {
  ready: boolean;
  components: Record<string, ComponentStatus>;
}

/** Relays a held message to the backend: the SMTP helper's BackendRelay (src/smtp/relay.ts). */
export type WebRelay = Pick<BackendRelay, 'send'>;

/** The pipeline runtime's live rules API (src/pipeline/index.ts). */
export type WebRuntime = Pick<PipelineRuntime, 'rules' | 'updateRules' | 'rescore'>;

export interface WebDeps {
  config?: Config;
  store?: Store;
  log?: Logger;
  /** true once SMTP listeners and the store are ready */
  ready?: () => boolean;
  /** richer health (clamd, store, listeners); merged into /healthz details */
  health?: () => Promise<HealthReport> | HealthReport;
  runtime?: WebRuntime;
  relay?: WebRelay;
  /** run the daily digest / admin report scheduler when listening (default true) */
  scheduler?: boolean;
}
