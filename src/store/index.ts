// Picks the store backend from the config: Redis when store.redis is set, else the embedded
// SQLite database in dataDir. Callers depend only on the Store interface in types.ts.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store } from './types.ts';

export type { Store } from './types.ts';

export async function openStore(config: Config, log: Logger): Promise<Store> {
  const slog = log.child({ component: 'store' });
  if (config.store.redis) {
    // loaded lazily so the embedded default never pulls in ioredis
    const { openRedisStore } = await import('./redis/index.ts');
    return openRedisStore(config.store.redis, config.store.prefix, slog);
  }
  const { openEmbeddedStore } = await import('./embedded/index.ts');
  return openEmbeddedStore(config.dataDir, slog);
}
