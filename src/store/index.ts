// Picks the store backend from the config: Redis when store.redis is set, else the embedded
// SQLite database in dataDir. Callers depend only on the Store interface in types.ts.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
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

/** The embedded store's database file, absolute. */
async function embeddedFile(config: Config): Promise<string> {
  const { DB_FILE } = await import('./embedded/db.ts');
  return resolve(config.dataDir, DB_FILE);
}

/** Where the configured store lives, for admin commands' output (a Redis URL without credentials). */
export async function describeStore(config: Config): Promise<string> {
  if (config.store.redis) {
    const { parseRedisUrl } = await import('./redis/client.ts');
    return `Redis store ${parseRedisUrl(config.store.redis).where}`;
  }
  return `embedded store ${await embeddedFile(config)}`;
}

/**
 * openStore for the admin commands (train, user, queue, classify). They run from a shell, where
 * a relative dataDir or a dataDir set only in the service's environment points somewhere else than
 * the running gateway's store: a new, empty store there would silently take the users or the
 * training. So a command that is about to create the embedded store says so, naming the file.
 */
export async function openCommandStore(config: Config, log: Logger, command: string): Promise<Store> {
  if (!config.store.redis) {
    const file = await embeddedFile(config);
    if (!existsSync(file)) {
      console.error(`mailmoat ${command}: no store at ${file} yet, creating a new one. If the gateway runs with another dataDir, ` +
        'set dataDir in the config file both use (or pass it as MAILMOAT_DATADIR).');
    }
  }
  return openStore(config, log);
}
