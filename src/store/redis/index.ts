// The Redis backend: several gateway nodes share greylisting, Bayes, fingerprints, lists, the
// quarantine and the queue. See client.ts for URL forms, Cluster hash tags and durability.
import type { Logger } from '../../log.ts';
import type { Store } from '../types.ts';
import { bayesStore } from './bayes.ts';
import { connect } from './client.ts';
import { cacheStore, counterStore } from './counters.ts';
import type { Ctx } from './ctx.ts';
import { fuzzyStore } from './fuzzy.ts';
import { greylistStore } from './greylist.ts';
import { knownStore } from './known.ts';
import { listStore } from './lists.ts';
import { quarantineStore } from './quarantine.ts';
import { queueStore } from './queue.ts';
import { settingsStore } from './settings.ts';
import { txlogStore } from './txlog.ts';
import { sessionStore, userStore } from './users.ts';

const READY_TIMEOUT_MS = 10_000;

export async function openRedisStore(url: string, prefix: string, log: Logger): Promise<Store> {
  const conn = connect(url);
  let lastError: Error | null = null;
  (conn.r as unknown as NodeJS.EventEmitter).on('error', (err: Error) => {
    // ioredis reconnects by itself; log each distinct failure once
    if (lastError?.message !== err.message) log.warn({ err: err.message, redis: conn.where }, 'redis connection error');
    lastError = err;
  });
  (conn.r as unknown as NodeJS.EventEmitter).on('ready', () => {
    if (lastError) log.info({ redis: conn.where }, 'redis connection restored');
    lastError = null;
  });
  // fail the start clearly when Redis is not reachable at all
  try {
    await Promise.race([
      conn.r.ping(),
      new Promise((_, reject) => setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS).unref()),
    ]);
  } catch (err) {
    await conn.close();
    throw new Error(`store.redis: cannot reach ${conn.where}: ${(err as Error).message}`);
  }
  log.debug({ redis: conn.where, prefix }, 'redis store opened');

  const ctx: Ctx = { r: conn.r, k: (name) => prefix + name };
  let closed = false;
  return {
    backend: 'redis',
    greylist: greylistStore(ctx),
    bayes: bayesStore(ctx),
    fuzzy: fuzzyStore(ctx),
    lists: listStore(ctx),
    known: knownStore(ctx),
    quarantine: quarantineStore(ctx),
    queue: queueStore(ctx),
    users: userStore(ctx),
    sessions: sessionStore(ctx),
    txlog: txlogStore(ctx),
    settings: settingsStore(ctx),
    counters: counterStore(ctx),
    cache: cacheStore(ctx),
    async health() {
      if (closed) return { ok: false, backend: 'redis', detail: 'closed' };
      try {
        const t0 = performance.now();
        const pong = await conn.r.ping();
        return { ok: pong === 'PONG', backend: 'redis', detail: `${conn.where} ${(performance.now() - t0).toFixed(1)} ms` };
      } catch (err) {
        return { ok: false, backend: 'redis', detail: `${conn.where}: ${(err as Error).message}` };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      await conn.close();
    },
  };
}
