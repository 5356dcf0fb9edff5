// What an admin needs to know about the classifier: how much it has learned and whether it scores
// mail yet. It stays silent until bayes.minSpam spam and bayes.minHam ham were learned, and a
// silent classifier looks exactly like a working one that finds nothing, so the dashboard,
// /api/admin/stats, /metrics and the start log all say which it is.
import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';
import { TOKENIZER_GENERATION } from './tokenize.ts';

export interface BayesStatus {
  /** messages learned per class */
  spam: number;
  ham: number;
  /** features (token keys) stored, and the bound expiry keeps them under (bayes.maxTokens) */
  features: number;
  maxFeatures: number;
  minSpam: number;
  minHam: number;
  /** the check is enabled in the rules (checks.yaml `bayes.enabled`) */
  enabled: boolean;
  /** adds BAYES_SPAM / BAYES_HAM to mail now: enabled and both minimums reached */
  active: boolean;
  autolearn: boolean;
  /** the tokenizer generation the model was learned by (null: not recorded), and this version's */
  generation: number | null;
  currentGeneration: number;
  /** learned by another tokenizer than this version's (or one not recorded): a retrain gives it all its weights back */
  outdated: boolean;
}

/**
 * `rulesChecks`: the live rules' check sections (with admin overrides), when there is a runtime.
 * `enabled` reads like the pipeline's checkOptions: a missing `enabled` means on (the rules loader
 * already refused anything but a boolean).
 */
export async function bayesStatus(store: Pick<Store, 'bayes'>, config: Config, rulesChecks?: Record<string, Record<string, unknown>>): Promise<BayesStatus> {
  const [totals, features, generation] = await Promise.all([store.bayes.totals(), store.bayes.tokenCount(), store.bayes.generation()]);
  const enabled = rulesChecks?.bayes?.enabled !== false;
  const { minSpam, minHam } = config.bayes;
  return {
    spam: totals.spam, ham: totals.ham, features, maxFeatures: config.bayes.maxTokens, minSpam, minHam,
    enabled, active: enabled && totals.spam >= minSpam && totals.ham >= minHam, autolearn: config.bayes.autolearn.enabled,
    generation, currentGeneration: TOKENIZER_GENERATION, outdated: totals.spam + totals.ham > 0 && generation !== TOKENIZER_GENERATION,
  };
}

/**
 * What to tell the admin about a model learned by another tokenizer than this version's, or by one
 * not recorded (the start log, `bayes import`); null for this version's. Such a model scores, with
 * only the part of its weights whose features this version still makes.
 */
export function generationNote(generation: number | null): string | null {
  if (generation === TOKENIZER_GENERATION) return null;
  const by = generation === null ? 'a tokenizer from before generations were recorded' : `tokenizer generation ${generation}`;
  return `the model was learned by ${by}; this version reads mail as generation ${TOKENIZER_GENERATION}, so it scores with only `
    + 'the features both make. Retrain it for full accuracy (mailmoat train --reset --spam DIR --ham DIR), or let it learn anew from the mail it learns';
}

/** One line for the start log and the CLI. */
export function describeBayesStatus(s: BayesStatus): string {
  const learned = `${s.spam} spam and ${s.ham} ham learned, ${s.features} features`;
  if (!s.enabled) return `Bayes classifier disabled in the rules (checks.yaml bayes.enabled: false); ${learned}`;
  const outdated = s.outdated ? `; ${generationNote(s.generation)}` : '';
  if (s.active) return `Bayes classifier scoring: ${learned}${outdated}`;
  return `Bayes classifier NOT scoring yet: ${s.spam} of ${s.minSpam} spam and ${s.ham} of ${s.minHam} ham learned `
    + `(bayes.minSpam / bayes.minHam). Train it: mailmoat train --spam DIR --ham DIR; users' releases and spam reports teach it too`
    + (s.autolearn ? ', and so does autolearn' : '');
}
