// The embedded backend: one SQLite file in dataDir (see db.ts for the durability settings).
import type { Logger } from '../../log.ts';
import type { Store } from '../types.ts';
import { bayesStore } from './bayes.ts';
import { cacheStore, counterStore } from './counters.ts';
import { DB_FILE, openDb } from './db.ts';
import { fuzzyStore } from './fuzzy.ts';
import { greylistStore } from './greylist.ts';
import { knownStore } from './known.ts';
import { listStore } from './lists.ts';
import { quarantineStore } from './quarantine.ts';
import { queueStore } from './queue.ts';
import { settingsStore } from './settings.ts';
import { txlogStore } from './txlog.ts';
import { sessionStore, userStore } from './users.ts';

const SWEEP_INTERVAL_MS = 10 * 60_000;

export async function openEmbeddedStore(dataDir: string, log: Logger): Promise<Store> {
  const db = openDb(dataDir, 'full');
  const fast = openDb(dataDir, 'normal');
  log.debug({ dataDir, file: DB_FILE }, 'embedded store opened');

  // Rows with a TTL read as absent once expired; this drops them so the file does not grow.
  const sweeps = [
    'DELETE FROM greylist WHERE expires_at <= ?', 'DELETE FROM cache WHERE expires_at <= ?',
    'DELETE FROM session WHERE expires_at <= ?', 'DELETE FROM counter WHERE expires_at <= ?',
  ].map((sql) => fast.prepare<[number]>(sql));
  const sweep = (): void => {
    try {
      const now = Date.now();
      for (const s of sweeps) s.run(now);
    } catch (err) {
      log.warn({ err }, 'embedded store sweep failed');
    }
  };
  const timer = setInterval(sweep, SWEEP_INTERVAL_MS);
  timer.unref();
  const txlog = txlogStore(fast);
  const ping = db.prepare<[], { one: number }>('SELECT 1 AS one');
  let closed = false;

  return {
    backend: 'embedded',
    // durable (synchronous=FULL): mail, delivery state, and what admins and users configure
    quarantine: quarantineStore(db),
    queue: queueStore(db),
    // Their lookups on the message path read through `fast`, which that path writes through: a
    // connection whose last read came before another connection's commit starts its next read by
    // dropping its page cache (db.ts), so reads on `db` between the message path's writes on
    // `fast` paid that each time (a list lookup ~100 µs against ~15 µs, with the memory map then used).
    lists: listStore(db, fast),
    known: knownStore(db, fast),
    users: userStore(db),
    settings: settingsStore(db),
    // high rate, loss-tolerant on power failure (synchronous=NORMAL, still kill -9 safe)
    greylist: greylistStore(fast),
    bayes: bayesStore(fast),
    fuzzy: fuzzyStore(fast),
    sessions: sessionStore(fast),
    txlog,
    counters: counterStore(fast),
    cache: cacheStore(fast),
    async health() {
      try {
        const ok = !closed && ping.get()?.one === 1;
        return { ok, backend: 'embedded', detail: ok ? `sqlite ${db.name}` : 'closed' };
      } catch (err) {
        return { ok: false, backend: 'embedded', detail: (err as Error).message };
      }
    },
    async close() {
      if (closed) return;
      closed = true;
      clearInterval(timer);
      txlog.flush(); // appends are batched (txlog.ts)
      fast.close();
      db.close();
    },
  };
}
