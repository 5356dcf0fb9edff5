// ClamAV for the pipeline: one shared client per clamd address, and the "auto" probe.
// clamav.enabled: true  → always scan (clamd down = error → onError policy)
//                 false → never scan
//                 auto  → scan when clamd answered PING at start; otherwise warn loudly and skip,
//                         probing again now and then so a clamd started later is picked up. Once
//                         seen, clamd is required: a later failure follows clamav.onError.
import { existsSync } from 'node:fs';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { componentHealth } from '../metrics.ts';
import { ClamdClient } from './client.ts';

export { ClamdClient, parseReply, type ScanResult } from './client.ts';

const clients = new Map<string, ClamdClient>();

/**
 * Where distributions put clamd's local socket. Debian's and Ubuntu's clamav-daemon listens on
 * /run/clamav/clamd.ctl only (no TCP), so with clamd on the same host and no clamav.socket set,
 * the default 127.0.0.1:3310 finds nothing and mail would go unscanned.
 */
export const LOCAL_SOCKETS = ['/run/clamav/clamd.ctl', '/var/run/clamav/clamd.ctl', '/run/clamd.scan/clamd.sock', '/var/run/clamd.scan/clamd.sock'];
/** a local socket the probe found clamd on, used while clamav.socket is unset and TCP does not answer */
let discoveredSocket: string | null = null;

function clientFor(config: Pick<Config, 'clamav' | 'smtp'>, socket: string | null, maxConnections: number): ClamdClient {
  const c = config.clamav;
  const key = `${socket ?? `${c.host}:${c.port}`}|${c.timeoutMs}|${maxConnections}`;
  let client = clients.get(key);
  if (!client) {
    client = new ClamdClient({ host: c.host, port: c.port, socket, timeoutMs: c.timeoutMs, maxConnections, maxStreamBytes: config.smtp.maxMessageSize + 65536 });
    clients.set(key, client);
  }
  return client;
}

/** The client for clamd as configured, or on the local socket the probe found it on. */
export function clamdClient(config: Pick<Config, 'clamav' | 'smtp'>, maxConnections = 8): ClamdClient {
  return clientFor(config, config.clamav.socket ?? discoveredSocket, maxConnections);
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '::1']);

/** The configured clamd first; then, for a loopback host and no socket set, the local sockets that exist. */
async function findClamd(config: Pick<Config, 'clamav' | 'smtp'>, localSockets: readonly string[]): Promise<{ client: ClamdClient; reachable: boolean; fallback: string | null }> {
  const configured = clientFor(config, config.clamav.socket, 8);
  if (await configured.ping()) return { client: configured, reachable: true, fallback: null };
  if (!config.clamav.socket && LOOPBACK.has(config.clamav.host)) {
    for (const path of localSockets) {
      if (!existsSync(path)) continue;
      const local = clientFor(config, path, 8);
      if (await local.ping()) return { client: local, reachable: true, fallback: path };
    }
  }
  return { client: configured, reachable: false, fallback: null };
}

export interface ClamavStatus {
  mode: 'on' | 'off' | 'auto';
  /** whether the check scans now */
  active: boolean;
  reachable: boolean | null;
  checkedAt: number | null;
  detail: string;
}

const REPROBE_MS = 60_000;
let status: ClamavStatus | null = null;
/** in auto mode a clamd seen once is required from then on: its failures are errors, not "absent" */
let everReachable = false;
let probing: Promise<ClamavStatus> | null = null;

/** Current ClamAV status for /healthz and the dashboard. */
export function clamavStatus(): ClamavStatus | null {
  return status;
}

/**
 * Pings clamd (call at start; the check also calls it lazily). In `auto` mode a missing clamd is
 * logged as an error once per state change — mail is then NOT virus-scanned, the admin must know.
 */
export async function probeClamav(config: Pick<Config, 'clamav' | 'smtp'>, log: Logger, force = false, localSockets: readonly string[] = LOCAL_SOCKETS): Promise<ClamavStatus> {
  const mode = config.clamav.enabled === 'auto' ? 'auto' : config.clamav.enabled ? 'on' : 'off';
  if (mode === 'off') return (status = { mode, active: false, reachable: null, checkedAt: null, detail: 'disabled (clamav.enabled: false)' });
  if (!force && status && status.mode === mode && status.checkedAt && (mode === 'on' || Date.now() - status.checkedAt < REPROBE_MS)) return status;
  probing ??= (async () => {
    const { client, reachable, fallback } = await findClamd(config, localSockets);
    const prevSocket = discoveredSocket;
    discoveredSocket = fallback;
    const prev = status;
    componentHealth.set({ component: 'clamd' }, reachable ? 1 : 0);
    if (reachable) everReachable = true;
    const active = mode === 'on' || everReachable;
    const detail = reachable ? `clamd at ${client.target} answers`
      : mode === 'auto' ? `clamd at ${client.target} does not answer: mail is NOT virus-scanned (clamav.enabled: auto)`
        : `clamd at ${client.target} does not answer: messages are handled by clamav.onError=${config.clamav.onError}`;
    if (fallback && fallback !== prevSocket) {
      log.warn({ clamd: fallback, configured: `${config.clamav.host}:${config.clamav.port}` },
        `clamd does not answer at ${config.clamav.host}:${config.clamav.port} but does on its local socket ${fallback}: scanning through it (set clamav.socket: ${fallback} to say so in the config)`);
    }
    if (!prev || prev.reachable !== reachable) {
      if (reachable) log.info({ clamd: client.target, version: await client.version() }, 'clamd reachable: virus scanning active');
      else log.error({ clamd: client.target, mode }, `CLAMAV NOT AVAILABLE: ${detail}`);
    }
    status = { mode, active, reachable, checkedAt: Date.now(), detail };
    return status;
  })().finally(() => { probing = null; });
  return probing;
}

/** for tests: forget the probe result */
export function resetClamavState(): void {
  status = null;
  everReachable = false;
  discoveredSocket = null;
  clients.clear();
}
