// Starts a real redis-server for a test: a free loopback port, its own temp dir, no persistence
// unless asked (`appendonly: true` gives appendfsync always, as production should run it).
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.ts';

export interface RedisServer {
  url: string;
  port: number;
  dir: string;
  stop(): Promise<void>;
  /** SIGKILL, as a crash would */
  kill9(): Promise<void>;
}

export interface RedisOptions {
  /** run as a Sentinel with this configuration text (port, bind and dir are added) */
  sentinelConfig?: string;
  appendonly?: boolean;
  /** extra redis-server arguments, e.g. ['--requirepass', 'x'] */
  args?: string[];
  /** reuse a directory (to restart on the same data after kill9) */
  dir?: string;
}

function ping(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = connect(port, '127.0.0.1');
    let buf = '';
    sock.setTimeout(500);
    sock.on('connect', () => sock.write('PING\r\n'));
    sock.on('data', (d) => {
      buf += d.toString();
      // +PONG, or -NOAUTH when a password is set: either way the server answers
      if (buf.includes('\r\n')) { sock.destroy(); resolve(buf.startsWith('+PONG') || buf.startsWith('-NOAUTH')); }
    });
    sock.on('error', () => resolve(false));
    sock.on('timeout', () => { sock.destroy(); resolve(false); });
  });
}

export async function startRedis(opts: RedisOptions = {}): Promise<RedisServer> {
  const dir = opts.dir ?? mkdtempSync(join(tmpdir(), 'mm-redis-'));
  const port = await freePort();
  const args = [
    '--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '',
    '--daemonize', 'no', '--protected-mode', 'no', '--logfile', '',
    ...(opts.appendonly ? ['--appendonly', 'yes', '--appendfsync', 'always'] : ['--appendonly', 'no']),
    ...(opts.args ?? []),
  ];
  let argv = args;
  if (opts.sentinelConfig !== undefined) {
    // a Sentinel rewrites its config file, so it gets one of its own in the temp dir
    const conf = join(dir, 'sentinel.conf');
    writeFileSync(conf, `port ${port}\nbind 127.0.0.1\ndir ${dir}\nprotected-mode no\n${opts.sentinelConfig}\n`);
    argv = [conf, '--sentinel'];
  }
  const child: ChildProcess = spawn('redis-server', argv, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-4000); });
  child.stderr?.on('data', (d: Buffer) => { output = (output + d.toString()).slice(-4000); });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let dead = false;
  child.once('exit', () => { dead = true; });

  const deadline = Date.now() + 10_000;
  while (!(await ping(port))) {
    if (dead || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`redis-server did not start on ${port}: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }

  const finish = async (signal: NodeJS.Signals, removeDir: boolean): Promise<void> => {
    if (!dead) {
      child.kill(signal);
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (!dead) { child.kill('SIGKILL'); await exited; }
    }
    if (removeDir && !opts.dir) rmSync(dir, { recursive: true, force: true });
  };
  return {
    url: `redis://127.0.0.1:${port}/0`,
    port,
    dir,
    stop: () => finish('SIGTERM', true),
    kill9: () => finish('SIGKILL', false),
  };
}

function redisCli(args: string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile('redis-cli', args, { timeout: 20_000 }, (err, stdout, stderr) => (err ? reject(new Error(`${err.message} ${stderr}`)) : resolve(stdout)));
  });
}

export interface RedisCluster { url: string; nodes: RedisServer[]; stop(): Promise<void> }

/** A real Redis Cluster of `masters` nodes (no replicas) on loopback, slots spread by redis-cli. */
export async function startRedisCluster(masters = 3): Promise<RedisCluster> {
  // The cluster bus defaults to port+10000, which does not exist for ephemeral ports above 55535
  // (redis-server then refuses to start): give every node a bus port of its own.
  const nodes = await Promise.all(Array.from({ length: masters }, async () =>
    startRedis({ args: ['--cluster-enabled', 'yes', '--cluster-node-timeout', '5000', '--cluster-port', String(await freePort())] })));
  const stop = async (): Promise<void> => { await Promise.all(nodes.map((n) => n.stop())); };
  try {
    await redisCli(['--cluster', 'create', ...nodes.map((n) => `127.0.0.1:${n.port}`), '--cluster-replicas', '0', '--cluster-yes']);
    const deadline = Date.now() + 20_000;
    for (const n of nodes) {
      while (!(await redisCli(['-p', String(n.port), 'cluster', 'info'])).includes('cluster_state:ok')) {
        if (Date.now() > deadline) throw new Error(`cluster node ${n.port} not ready`);
        await new Promise((r) => setTimeout(r, 100));
      }
    }
  } catch (err) {
    await stop();
    throw err;
  }
  return { url: `redis-cluster://${nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}`, nodes, stop };
}

export interface RedisSentinel { url: string; master: RedisServer; sentinel: RedisServer; stop(): Promise<void> }

/** A master and one Sentinel watching it as `masterName`; the URL goes through the Sentinel. */
export async function startRedisSentinel(masterName = 'mymaster', password?: string): Promise<RedisSentinel> {
  const auth = password ? ['--requirepass', password, '--masterauth', password] : [];
  const master = await startRedis({ args: auth });
  const sentinel = await startRedis({
    sentinelConfig: [
      `sentinel monitor ${masterName} 127.0.0.1 ${master.port} 1`,
      `sentinel down-after-milliseconds ${masterName} 5000`,
      ...(password ? [`sentinel auth-pass ${masterName} ${password}`, `requirepass ${password}`] : []),
    ].join('\n'),
  });
  return {
    url: `redis-sentinel://${password ? `:${password}@` : ''}127.0.0.1:${sentinel.port}/${masterName}${password ? `?sentinelPassword=${password}` : ''}`,
    master,
    sentinel,
    stop: async () => { await sentinel.stop(); await master.stop(); },
  };
}
