// Autolearn (bayes.autolearn, off by default): after the verdict, mail with a very high total
// score is learned as spam and mail with a very low one as ham. The Bayes symbols' own points are
// left out of that score, so the classifier never confirms itself; forced verdicts (virus, scanner
// error, allow/block lists) and mail that was not finally decided (tempfail) are not learned.
// Runs after the SMTP reply is decided and never delays or fails the transaction.
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Action, LearnClass, Store, SymbolHit } from '../store/types.ts';
import { learnPrepared, prepare } from './learn.ts';
import { DEFAULT_BAYES_CHECK_OPTIONS, learnOptionsFrom, type BayesCheckOptions } from './options.ts';
import type { MessageView } from './tokenize.ts';

export interface AutolearnInput {
  score: number;
  action: Action;
  symbols: readonly SymbolHit[];
  /** the symbol that forced the action, if any */
  forced: boolean;
}

/** Which class to learn, or null. Pure, so the rule is testable and explainable. */
export function autolearnClass(config: Pick<Config, 'bayes'>, v: AutolearnInput): LearnClass | null {
  const a = config.bayes.autolearn;
  if (!a.enabled || v.forced || v.action === 'tempfail') return null;
  const withoutBayes = v.symbols.reduce((sum, s) => (s.name.startsWith('BAYES_') ? sum : sum + s.score), 0);
  if (withoutBayes >= a.spamAbove) return 'spam';
  if (withoutBayes <= a.hamBelow) return 'ham';
  return null;
}

export async function maybeAutolearn(store: Pick<Store, 'bayes'>, config: Pick<Config, 'bayes'>, v: AutolearnInput,
  parsed: () => Promise<MessageView>, log: Logger, options: BayesCheckOptions = DEFAULT_BAYES_CHECK_OPTIONS): Promise<LearnClass | null> {
  const cls = autolearnClass(config, v);
  if (!cls) return null;
  try {
    const r = await learnPrepared(store, await prepare(await parsed(), learnOptionsFrom(options)), cls, learnOptionsFrom(options, config.bayes.maxTokens));
    log.debug({ cls, score: v.score, changed: r.changed }, 'bayes autolearn');
    return r.changed ? cls : null;
  } catch (err) {
    log.warn({ err: { message: (err as Error).message } }, 'bayes autolearn failed');
    return null;
  }
}
