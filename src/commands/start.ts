// `mailmoat start [--config FILE]`: runs the gateway until SIGTERM/SIGINT.
// Exit 2 for anything the admin must fix first (config, rules, a port that cannot be bound).
import cluster from 'node:cluster';
import { parseCommandArgs } from '../cli.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { createLogger } from '../log.ts';
import { startGateway } from '../main.ts';
import { RulesError } from '../pipeline/index.ts';
import { PortError } from '../smtp/listen.ts';
import { configFileFrom, semanticProblems } from './check-config.ts';

/** A half-started gateway may hold handles (workers, timers): make sure the exit code is final. */
function exitSoon(code: number): void {
  setTimeout(() => process.exit(code), 2000).unref();
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {});
  let config: Config;
  try {
    config = loadConfig({ file: configFileFrom(values) });
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(`mailmoat: refusing to start, the configuration is invalid:\n${err.problems.map((p) => `  ${p}`).join('\n')}`);
      return 2;
    }
    throw err;
  }
  const problems = semanticProblems(config);
  if (problems.length) {
    console.error(`mailmoat: refusing to start, the configuration is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
    return 2;
  }
  const log = createLogger(config);
  let gateway;
  try {
    gateway = await startGateway(config, log);
  } catch (err) {
    if (err instanceof PortError || err instanceof RulesError || err instanceof ConfigError) {
      const problems = err instanceof PortError ? [err.message] : err.problems;
      log.fatal({ problems }, 'cannot start');
      if (!cluster.isWorker) console.error(`mailmoat: cannot start:\n${problems.map((p) => `  ${p}`).join('\n')}`);
      log.flush?.();
      exitSoon(2);
      return 2;
    }
    log.fatal({ err }, 'cannot start');
    log.flush?.();
    exitSoon(1);
    return 1;
  }
  if (!cluster.isWorker) log.info({ hostname: config.hostname, dataDir: config.dataDir, store: config.store.redis ? 'redis' : 'embedded' }, 'mailmoat started');
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once('SIGTERM', () => resolve('SIGTERM'));
    process.once('SIGINT', () => resolve('SIGINT'));
  });
  log.info({ signal }, 'stopping: no new connections, finishing open transactions');
  // a second signal means "now"
  process.once('SIGTERM', () => process.exit(1));
  process.once('SIGINT', () => process.exit(1));
  await gateway.close();
  log.info('stopped');
  log.flush?.();
  // Anything still holding the event loop (a client that never closes) must not keep us alive.
  setTimeout(() => process.exit(0), 2000).unref();
  return 0;
}
