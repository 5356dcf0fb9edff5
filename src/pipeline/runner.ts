// Runs the checks of one phase concurrently, each within its time budget. A check that throws,
// times out or emits a symbol it did not declare is logged and counted, and adds nothing.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { checkDuration, checkFailures, symbolHits } from '../metrics.ts';
import type { Rules } from '../rules/schema.ts';
import type { Store } from '../store/types.ts';
import type { Check, Hit, Phase, PhaseContextMap } from './types.ts';

export const DEFAULT_TIMEOUT_MS: Record<Phase, number> = { connect: 3000, helo: 3000, mail: 3000, rcpt: 3000, data: 15000 };

/** A check ready to run: its validated options and budget from rules/checks.yaml. */
export interface PreparedCheck {
  check: Check;
  options: unknown;
  enabled: boolean;
  timeoutMs: number;
}

export interface RunnerEnv {
  config: Config;
  store: Store;
  log: Logger;
  /** symbols known to the rules (a hit for anything else is dropped) */
  knownSymbols: (symbol: string) => boolean;
  rules: Rules;
  /** a dry run (`mailmoat classify`): checks score the message but learn nothing from it */
  dryRun?: boolean;
}

/** A hit as the verdict sees it: which check and phase it came from. */
export interface PhaseHit extends Hit {
  check: string;
  phase: Phase;
}

class CheckTimeout extends Error {}

/** The enabled checks of a phase and direction, worked out once per prepared list (rules reload = new list). */
const activeByList = new WeakMap<readonly PreparedCheck[], Map<string, readonly PreparedCheck[]>>();

function activeChecks(checks: readonly PreparedCheck[], phase: Phase, direction: 'inbound' | 'outbound'): readonly PreparedCheck[] {
  let byKey = activeByList.get(checks);
  if (!byKey) activeByList.set(checks, (byKey = new Map()));
  const key = `${phase}/${direction}`;
  let active = byKey.get(key);
  if (!active) {
    active = checks.filter((c) => c.enabled && c.check.phase === phase && (!c.check.directions || c.check.directions.includes(direction)));
    byKey.set(key, active);
  }
  return active;
}

/** One child logger per check name (creating a pino child per check per message was measurable). */
const checkLoggers = new WeakMap<Logger, Map<string, Logger>>();

function checkLogger(log: Logger, name: string): Logger {
  let byName = checkLoggers.get(log);
  if (!byName) checkLoggers.set(log, (byName = new Map()));
  let child = byName.get(name);
  if (!child) byName.set(name, (child = log.child({ check: name })));
  return child;
}

export async function runPhase<P extends Phase>(phase: P, ctx: PhaseContextMap[P], checks: readonly PreparedCheck[], env: RunnerEnv): Promise<PhaseHit[]> {
  const direction = (ctx as { session: { direction: 'inbound' | 'outbound' } }).session.direction;
  const active = activeChecks(checks, phase, direction);
  if (active.length === 0) return [];
  if (active.length === 1) return runOne(active[0]!, ctx, env);
  const results = await Promise.all(active.map((c) => runOne(c, ctx, env)));
  return results.flat();
}

async function runOne<P extends Phase>(prepared: PreparedCheck, ctx: PhaseContextMap[P], env: RunnerEnv): Promise<PhaseHit[]> {
  const { check, options, timeoutMs } = prepared;
  // created only when the check asks for its signal (most never do)
  let controller = null as AbortController | null;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const log = checkLogger(env.log, check.name);
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        const err = new CheckTimeout(`check ${check.name} exceeded ${timeoutMs} ms`);
        controller?.abort(err);
        reject(err);
      }, timeoutMs);
    });
    const deps = {
      options, config: env.config, rules: env.rules, store: env.store, log, dryRun: env.dryRun ?? false,
      get signal(): AbortSignal { return (controller ??= new AbortController()).signal; },
    };
    const run = (check as Check<P>).run(ctx, deps);
    const hits = await Promise.race([run, timeout]);
    // rule-defined symbols (DNS lists) are listed only when there is a hit to check
    const declared = check.ruleSymbols && hits.length ? [...check.symbols, ...check.ruleSymbols(env.rules)] : check.symbols;
    const out: PhaseHit[] = [];
    for (const h of hits) {
      if (!env.knownSymbols(h.symbol) || !declared.includes(h.symbol)) {
        log.warn({ symbol: h.symbol }, 'check emitted an undeclared or unknown symbol; ignored');
        checkFailures.inc({ check: check.name, reason: 'unknown-symbol' });
        continue;
      }
      const weight = h.weight === undefined ? 1 : Math.min(1, Math.max(0, Number.isFinite(h.weight) ? h.weight : 0));
      out.push({ ...h, weight, check: check.name, phase: check.phase });
      symbolHits.inc({ symbol: h.symbol });
    }
    return out;
  } catch (err) {
    const reason = err instanceof CheckTimeout || controller?.signal.aborted ? 'timeout' : 'error';
    checkFailures.inc({ check: check.name, reason });
    log.warn({ err: { message: (err as Error).message }, reason }, 'check failed; it adds nothing');
    controller?.abort();
    return [];
  } finally {
    clearTimeout(timer);
    checkDuration.observe({ check: check.name }, (performance.now() - started) / 1000);
  }
}
