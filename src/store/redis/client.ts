// Redis connection from the store.redis URL, key naming and Lua script execution.
//
// URL forms:
//   redis://[:pass@]host:port/db          rediss://… (TLS)
//   redis-sentinel://[:pass@]h1:p1,h2:p2/masterName[/db][?sentinelPassword=…]   (ioredis Sentinel;
//                          the password is the master's; Sentinels with their own AUTH need the query)
//   redis-cluster://[:pass@]h1:p1,h2:p2                        (ioredis Cluster)
//
// Durability: every write is acknowledged by Redis before a Store call resolves, but Redis
// only keeps it across a crash or power loss when the server runs with `appendonly yes` and
// `appendfsync always` (quarantine and queue bodies live in Redis). Configure that in production.
//
// Cluster: a multi-key script only runs when all its keys hash to one slot, so keys that one
// script touches share a hash tag `{…}`; single-key operations need no tag.
import { createHash } from 'node:crypto';
import { Cluster, Redis, type RedisOptions } from 'ioredis';

export type Arg = string | number | Buffer;

const COMMON: RedisOptions = {
  // SMTP is waiting: fail a command quickly (the caller answers 451) instead of queueing forever
  maxRetriesPerRequest: 2,
  commandTimeout: 10_000,
  connectTimeout: 5_000,
  enableAutoPipelining: true,
};

function hostList(spec: string, defaultPort: number): Array<{ host: string; port: number }> {
  return spec.split(',').filter(Boolean).map((hp) => {
    const m = /^\[?([^\]]+?)\]?(?::(\d+))?$/.exec(hp.trim());
    if (!m) throw new Error(`store.redis: bad host "${hp}"`);
    return { host: m[1]!, port: m[2] ? Number(m[2]) : defaultPort };
  });
}

function splitAuth(rest: string): { password?: string; username?: string; hosts: string; path: string } {
  const at = rest.lastIndexOf('@', rest.indexOf('/') < 0 ? rest.length : rest.indexOf('/'));
  const auth = at >= 0 ? rest.slice(0, at) : '';
  const after = at >= 0 ? rest.slice(at + 1) : rest;
  const slash = after.indexOf('/');
  const hosts = slash < 0 ? after : after.slice(0, slash);
  const path = slash < 0 ? '' : after.slice(slash + 1);
  const colon = auth.indexOf(':');
  const username = colon > 0 ? decodeURIComponent(auth.slice(0, colon)) : undefined;
  const password = colon >= 0 ? decodeURIComponent(auth.slice(colon + 1)) : auth ? decodeURIComponent(auth) : undefined;
  return { username, password: password || undefined, hosts, path };
}

export type RedisTarget =
  | { kind: 'single'; url: string; where: string }
  | { kind: 'sentinel'; where: string; sentinels: Array<{ host: string; port: number }>; name: string; db: number;
      username?: string; password?: string; sentinelPassword?: string }
  | { kind: 'cluster'; where: string; nodes: Array<{ host: string; port: number }>; username?: string; password?: string };

/** store.redis URL → what to connect to; `where` is the URL without credentials, for logs. */
export function parseRedisUrl(url: string): RedisTarget {
  const m = /^(redis|rediss|redis-sentinel|redis-cluster):\/\/(.*)$/.exec(url);
  if (!m) throw new Error('store.redis: must be a redis://, rediss://, redis-sentinel:// or redis-cluster:// URL');
  const [, scheme, rest] = m as unknown as [string, string, string];
  const q = rest.indexOf('?');
  const query = new URLSearchParams(q < 0 ? '' : rest.slice(q + 1));
  const { username, password, hosts, path } = splitAuth(q < 0 ? rest : rest.slice(0, q));
  const where = `${scheme}://${hosts}${path ? `/${path}` : ''}`;
  if (scheme === 'redis' || scheme === 'rediss') return { kind: 'single', url, where };
  if (!hosts) throw new Error(`store.redis: ${scheme}:// needs at least one host:port`);
  if (scheme === 'redis-sentinel') {
    const [name, db] = path.split('/');
    if (!name) throw new Error('store.redis: redis-sentinel:// needs /masterName');
    if (db !== undefined && !/^\d+$/.test(db)) throw new Error('store.redis: the database after /masterName/ must be a number');
    return { kind: 'sentinel', where, sentinels: hostList(hosts, 26379), name, db: db ? Number(db) : 0, username, password,
      sentinelPassword: query.get('sentinelPassword') ?? undefined };
  }
  return { kind: 'cluster', where, nodes: hostList(hosts, 6379), username, password };
}

export interface Connection {
  /** the command interface (a Cluster exposes the same commands as a single Redis) */
  r: Redis;
  cluster: boolean;
  /** the connection's description for health output, without the password */
  where: string;
  close(): Promise<void>;
}

export function connect(url: string): Connection {
  const t = parseRedisUrl(url);
  if (t.kind === 'single') {
    const r = new Redis(t.url, COMMON);
    return { r, cluster: false, where: t.where, close: () => quit(r) };
  }
  if (t.kind === 'sentinel') {
    const r = new Redis({
      ...COMMON, sentinels: t.sentinels, name: t.name, db: t.db, username: t.username, password: t.password,
      sentinelPassword: t.sentinelPassword,
    });
    return { r, cluster: false, where: t.where, close: () => quit(r) };
  }
  const c = new Cluster(t.nodes, {
    enableAutoPipelining: true,
    redisOptions: { ...COMMON, username: t.username, password: t.password },
  });
  // same command set; typed as Redis so the domain modules do not branch on it
  return { r: c as unknown as Redis, cluster: true, where: t.where, close: () => quit(c) };
}

async function quit(r: Redis | Cluster): Promise<void> {
  try {
    await r.quit();
  } catch {
    r.disconnect();
  }
}

/** A Lua script run by EVALSHA, loaded on first use (or after a server restart / failover). */
export class Lua {
  readonly sha: string;
  constructor(readonly src: string) {
    this.sha = createHash('sha1').update(src).digest('hex');
  }

  async run(r: Redis, keys: readonly string[], args: readonly Arg[] = []): Promise<unknown> {
    return this.call(r as unknown as Evaluator, 'evalsha', 'eval', keys, args);
  }

  /** like run(), but bulk strings come back as Buffers (message bodies) */
  async runBuffer(r: Redis, keys: readonly string[], args: readonly Arg[] = []): Promise<unknown> {
    return this.call(r as unknown as Evaluator, 'evalshaBuffer', 'evalBuffer', keys, args);
  }

  private async call(r: Evaluator, bySha: keyof Evaluator, bySrc: keyof Evaluator, keys: readonly string[], args: readonly Arg[]): Promise<unknown> {
    const rest: Arg[] = [keys.length, ...keys, ...args];
    try {
      return await r[bySha](this.sha, ...rest);
    } catch (err) {
      if (!String((err as Error).message).includes('NOSCRIPT')) throw err;
      return r[bySrc](this.src, ...rest);
    }
  }
}

// ioredis generates the *Buffer variants at runtime without typings; the named methods (unlike
// call/callBuffer) keep their command name under auto-pipelining and Cluster slot routing.
interface Evaluator {
  evalsha(...args: Arg[]): Promise<unknown>;
  eval(...args: Arg[]): Promise<unknown>;
  evalshaBuffer(...args: Arg[]): Promise<unknown>;
  evalBuffer(...args: Arg[]): Promise<unknown>;
}
