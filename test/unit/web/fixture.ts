// Shared set-up for the web route tests: the real embedded store in a temp dir, the real pipeline
// runtime over the repository's rules/, a real BackendRelay to an in-process SMTP sink.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../../src/config.ts';
import { createLogger } from '../../../src/log.ts';
import { createPipeline, type PipelineRuntime } from '../../../src/pipeline/index.ts';
import { BackendRelay } from '../../../src/smtp/relay.ts';
import { openStore } from '../../../src/store/index.ts';
import type { QuarantineItem, Store } from '../../../src/store/types.ts';
import { buildWebApp } from '../../../src/web/app.ts';
import { hashPassword } from '../../../src/auth/password.ts';
import { newLocalUser } from '../../../src/auth/users.ts';
import { startSink, type Sink } from '../../helpers/sink.ts';
import { REPO_ROOT } from '../../helpers/gateway.ts';

export const ORIGIN = 'http://mailmoat.test';
export const HOST = 'mailmoat.test';

export interface WebFixture {
  app: FastifyInstance;
  store: Store;
  config: Config;
  sink: Sink;
  runtime: PipelineRuntime;
  relay: BackendRelay;
  close(): Promise<void>;
}

export async function webFixture(overrides: Record<string, unknown> = {}): Promise<WebFixture> {
  const dir = mkdtempSync(join(tmpdir(), 'mailmoat-web-'));
  const sink = await startSink();
  const config = loadConfig({
    env: {},
    overrides: {
      dataDir: dir, rules: join(REPO_ROOT, 'rules'), 'backend.host': '127.0.0.1', 'backend.port': sink.port,
      'admin.password': 'admin-password-1', 'admin.apiToken': 'test-api-token-0123456789', 'log.level': 'silent', ...overrides,
    },
  });
  const log = createLogger({ log: { level: 'silent', pretty: false } });
  const store = await openStore(config, log);
  const runtime = await createPipeline({ config, store, log, watch: false });
  const relay = new BackendRelay({ host: '127.0.0.1', port: sink.port, heloName: 'test', timeoutMs: 5000, poolSize: 2 });
  const app = await buildWebApp({ config, store, log, ready: () => true, relay, runtime });
  return {
    app, store, config, sink, runtime, relay,
    async close() {
      await app.close();
      await relay.close();
      await runtime.close();
      await store.close();
      await sink.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** a cheap hash (N=1024) keeps the tests fast; the format and verification are the real ones */
export async function addUser(store: Store, address: string, password: string, admin = false, extra: string[] = []): Promise<void> {
  const u = newLocalUser(address, await hashPassword(password, { N: 1024, r: 8, p: 1 }), admin);
  await store.users.put({ ...u, addresses: [...u.addresses, ...extra] });
}

let seq = 0;
export function rawMessage(opts: { from?: string; to?: string; subject?: string; html?: string; text?: string } = {}): Buffer {
  const boundary = 'b0undary';
  const lines = [
    `From: ${opts.from ?? 'Sender <sender@remote.test>'}`,
    `To: ${opts.to ?? 'alice@example.com'}`,
    `Subject: ${opts.subject ?? 'Hello'}`,
    `Message-ID: <m${++seq}.${Date.now()}@remote.test>`,
    'MIME-Version: 1.0',
  ];
  if (opts.html) {
    lines.push(`Content-Type: multipart/mixed; boundary="${boundary}"`, '', `--${boundary}`, 'Content-Type: text/html; charset=utf-8', '', opts.html,
      `--${boundary}`, 'Content-Type: application/pdf; name="invoice.pdf"', 'Content-Disposition: attachment; filename="invoice.pdf"', 'Content-Transfer-Encoding: base64', '',
      Buffer.from('%PDF-1.4 fake').toString('base64'), `--${boundary}--`, '');
  } else {
    lines.push('Content-Type: text/plain; charset=utf-8', '', opts.text ?? 'Body text', '');
  }
  return Buffer.from(lines.join('\r\n'));
}

/** a quarantined message: rawMessage's, or `raw` as it is */
export async function quarantine(store: Store, recipients: string[], opts: Parameters<typeof rawMessage>[0] & { raw?: Buffer; id?: string; at?: number; score?: number; kind?: QuarantineItem['kind']; symbols?: QuarantineItem['symbols'] } = {}): Promise<QuarantineItem> {
  const raw = opts.raw ?? rawMessage({ ...opts, to: recipients.join(', ') });
  const at = opts.at ?? Date.now();
  const item: QuarantineItem = {
    id: opts.id ?? `q${++seq}x${Math.random().toString(36).slice(2, 8)}`,
    kind: opts.kind ?? 'quarantine', direction: 'inbound', receivedAt: at, expiresAt: at + 86400_000,
    mailFrom: 'sender@remote.test', recipients, from: opts.from ?? 'Sender <sender@remote.test>', subject: opts.subject ?? 'Hello',
    score: opts.score ?? 11, action: 'quarantine', symbols: opts.symbols ?? [{ name: 'DMARC_FAIL_REJECT', score: 6, detail: 'p=reject' }, { name: 'HELO_NOT_FQDN', score: 1 }],
    clientIp: '192.0.2.7', helo: 'spammer', size: raw.length,
  };
  await store.quarantine.put(item, raw);
  return item;
}

/** logs in through the API; returns the Cookie header value */
export async function login(app: FastifyInstance, username: string, password: string): Promise<string> {
  const res = await app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username, password } });
  if (res.statusCode !== 200) throw new Error(`login ${username}: ${res.statusCode} ${res.body}`);
  const c = res.cookies.find((x) => x.name === 'mailmoat_sid');
  if (!c) throw new Error('no session cookie');
  return `mailmoat_sid=${c.value}`;
}
