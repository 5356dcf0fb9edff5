// Starts the real gateway process (`node bin/mailmoat.js start --config <tmp yaml>`) for e2e tests:
// temp dataDir, free loopback ports, quiet defaults (no DNS beyond loopback, no clamd, no greylisting
// unless the test's partial config turns them on), and waits for GET /healthz = 200.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stringify } from 'yaml';
import { loadConfig } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';
import { freePort } from './ports.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

type Json = string | number | boolean | null | Json[] | { [k: string]: Json | undefined };
export type PartialConfig = { [k: string]: Json | undefined };

export interface GatewayOptions {
  /** partial config, deep-merged over the test defaults (arrays replace) */
  config?: PartialConfig;
  /** extra environment (e.g. MAILMOAT_* overrides) */
  env?: Record<string, string>;
  /** rules directory (default: the repository's rules/) */
  rulesDir?: string;
  /** how long to wait for /healthz (ms) */
  startTimeoutMs?: number;
  /** do not wait for /healthz (for tests of start failures); use waitExit() */
  noWait?: boolean;
}

export interface Gateway {
  smtpPort: number;
  outboundPort: number;
  webPort: number;
  dataDir: string;
  configFile: string;
  /** the config as written (defaults + the test's partial config) */
  config: PartialConfig;
  /** everything the process wrote to stdout and stderr so far (all runs) */
  logs(): string;
  /** parsed JSON log lines so far */
  logLines(): Array<Record<string, unknown>>;
  process(): ChildProcess;
  /** SIGTERM and wait for the exit; returns the exit code */
  stop(): Promise<number | null>;
  /** SIGKILL and wait for the exit */
  kill9(): Promise<void>;
  /** start again with the same config and dataDir (after stop/kill9) */
  restart(): Promise<void>;
  /** resolves with the exit code when the process exits */
  waitExit(timeoutMs?: number): Promise<number | null>;
  /** stop (if running) and remove the temp directory */
  cleanup(): Promise<void>;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function deepMerge(base: PartialConfig, over: PartialConfig): PartialConfig {
  const out: PartialConfig = { ...base };
  for (const [k, v] of Object.entries(over)) {
    if (v === undefined) continue;
    const b = out[k];
    out[k] = isObject(b) && isObject(v) ? deepMerge(b as PartialConfig, v as PartialConfig) : v;
  }
  return out;
}

/** The gateway could not bind a port this helper chose: another test process took it in between. */
class PortTakenError extends Error {}

/**
 * Starts a gateway on free ports. Test files run two at a time, each choosing free ports: when
 * another process binds one of ours between the choice and the gateway's start, the gateway
 * exits ("port … is in use") and this starts it again on newly chosen ports.
 */
export async function startGateway(opts: GatewayOptions = {}): Promise<Gateway> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await startGatewayOnce(opts);
    } catch (err) {
      if (!(err instanceof PortTakenError) || attempt >= 3) throw err;
    }
  }
}

async function startGatewayOnce(opts: GatewayOptions): Promise<Gateway> {
  const dir = mkdtempSync(join(tmpdir(), 'mailmoat-gw-'));
  const logLevel = process.env.MM_TEST_LOG_LEVEL ?? 'info';
  const dataDir = join(dir, 'data');
  const [smtpPort, outboundPort, webPort, backendPort, deadDnsPort] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()]);
  const defaults: PartialConfig = {
    hostname: 'mx.gateway.test',
    dataDir,
    rules: opts.rulesDir ?? join(REPO_ROOT, 'rules'),
    log: { level: logLevel, pretty: false },
    smtp: {
      inbound: { host: '127.0.0.1', port: smtpPort },
      outbound: { host: '127.0.0.1', port: outboundPort },
      localDomains: ['example.com'],
    },
    // nothing listens there unless the test says otherwise: a backend that is down
    backend: { host: '127.0.0.1', port: backendPort, timeoutMs: 10000 },
    // DNS only on loopback: a port where nothing answers fails fast
    dns: { servers: [`127.0.0.1:${deadDnsPort}`], timeoutMs: 300 },
    clamav: { enabled: false },
    greylist: { enabled: false },
    web: { host: '127.0.0.1', port: webPort },
    admin: { password: 'test-admin-password' },
  };
  const config = deepMerge(defaults, opts.config ?? {});
  const effectiveLevel = String(((config.log ?? {}) as PartialConfig).level ?? 'info');
  const configFile = join(dir, 'mailmoat.yaml');
  writeFileSync(configFile, stringify(config));
  const smtp = (config.smtp ?? {}) as PartialConfig;
  const ports = {
    smtpPort: Number(((smtp.inbound ?? {}) as PartialConfig).port),
    outboundPort: Number(((smtp.outbound ?? {}) as PartialConfig).port),
    webPort: Number(((config.web ?? {}) as PartialConfig).port),
  };

  let output = '';
  let child: ChildProcess;
  let exited: Promise<number | null>;

  const spawnIt = (): void => {
    child = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'start', '--config', configFile], {
      cwd: dir,
      env: { ...process.env, ...opts.env, NODE_ENV: 'test' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
    child.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
    exited = new Promise((res) => child.once('exit', (code) => res(code)));
  };

  const waitHealthy = async (): Promise<void> => {
    const deadline = Date.now() + (opts.startTimeoutMs ?? 30000);
    let dead = false;
    void exited.then(() => { dead = true; });
    while (Date.now() < deadline) {
      if (dead) {
        const message = `gateway exited with ${child.exitCode} before it was healthy:\n${output}`;
        throw /port \d+ is in use/.test(output) ? new PortTakenError(message) : new Error(message);
      }
      try {
        const res = await fetch(`http://127.0.0.1:${ports.webPort}/healthz`);
        // our own web UI must be the one answering (its log line), not another process's on a port
        // both chose; at a quieter log level the answer alone has to do
        if (res.status === 200 && (output.includes('web UI listening') || !/^(?:trace|debug|info)$/.test(effectiveLevel))) return;
      } catch {
        // not listening yet
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    child.kill('SIGKILL');
    throw new Error(`gateway not healthy within ${opts.startTimeoutMs ?? 30000} ms:\n${output}`);
  };

  const waitExit = async (timeoutMs = 20000): Promise<number | null> => {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, rej) => { timer = setTimeout(() => rej(new Error(`gateway did not exit within ${timeoutMs} ms:\n${output.slice(-4000)}`)), timeoutMs); });
    try {
      return await Promise.race([exited, timeout]);
    } finally {
      clearTimeout(timer);
    }
  };

  spawnIt();
  if (!opts.noWait) {
    await waitHealthy().catch((err: unknown) => {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    });
  }

  const gw: Gateway = {
    ...ports,
    dataDir,
    configFile,
    config,
    logs: () => output,
    logLines: () => output.split('\n').filter((l) => l.startsWith('{')).flatMap((l) => {
      try { return [JSON.parse(l) as Record<string, unknown>]; } catch { return []; }
    }),
    process: () => child,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
      child.kill('SIGTERM');
      try {
        return await waitExit(20000);
      } catch (err) {
        child.kill('SIGKILL');
        throw err;
      }
    },
    kill9: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGKILL');
      await exited;
    },
    restart: async () => {
      if (child.exitCode === null && child.signalCode === null) throw new Error('gateway is still running; stop() or kill9() first');
      spawnIt();
      await waitHealthy();
    },
    waitExit,
    cleanup: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGKILL');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return gw;
}

/** The store a running gateway writes, opened by the test through the gateway's own config file (the admin functions' view of it). */
export function openGatewayStore(gw: Pick<Gateway, 'configFile'>): Promise<Store> {
  return openStore(loadConfig({ file: gw.configFile, env: {} }), createLogger({ log: { level: 'silent', pretty: false } }));
}
