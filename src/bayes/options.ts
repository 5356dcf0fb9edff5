// The Bayes check's options (its section of rules/checks.yaml). The schema is the single source of
// the defaults; the benchmark reads the same thresholds.
import { z } from 'zod';
import { sectionOptions } from '../rules/schema.ts';
import { DEFAULT_LEARNER, type LearnerParams } from './classifier.ts';
import { DEFAULT_TOKENIZE_OPTIONS, tokenizeOptionsSchema, type TokenizeOptions } from './tokenize.ts';

export const bayesCheckOptionsSchema = z.strictObject({
  // The rule (bench/accuracy.ts --cv, last stage): the lowest threshold that no held-out ham of the
  // cross-validation inside the benchmark's training split reaches (its highest: P = 0.917, with
  // three training orders averaged and 5000 body words; 0.939 with one order and 2000). Ham
  // false positives near zero come first: mail between the two thresholds gets neither symbol,
  // and the other checks still score it.
  /** BAYES_SPAM when P(spam) ≥ this; the hit's weight is the confidence |2P − 1| */
  spamThreshold: z.number().min(0.5).max(1).default(0.92),
  // Chosen by bench/pipeline-accuracy.ts --cv: the whole pipeline over held-out folds of the
  // training split, a ham tagged costing as much as 100 spam missed. Its weight (rules/symbols.yaml)
  // stays below the tag threshold, so it counts only beside another sign.
  /** BAYES_LIKELY_SPAM when P(spam) ≥ this and below spamThreshold (set it equal to turn it off) */
  likelySpamThreshold: z.number().min(0.5).max(1).default(0.8),
  /** BAYES_HAM when P(spam) ≤ this */
  hamThreshold: z.number().min(0).max(0.5).default(0.2),
  maxBodyWords: tokenizeOptionsSchema.shape.maxBodyWords.default(DEFAULT_TOKENIZE_OPTIONS.maxBodyWords),
  stem: tokenizeOptionsSchema.shape.stem.default(DEFAULT_TOKENIZE_OPTIONS.stem),
  learningRate: z.number().positive().default(DEFAULT_LEARNER.learningRate),
  thickness: z.number().positive().default(DEFAULT_LEARNER.thickness),
  feedbackRate: z.number().positive().default(DEFAULT_LEARNER.feedbackRate),
  feedbackSteps: z.number().int().min(1).max(50).default(DEFAULT_LEARNER.feedbackSteps),
}).refine((o) => o.likelySpamThreshold <= o.spamThreshold, { message: 'likelySpamThreshold must be ≤ spamThreshold', path: ['likelySpamThreshold'] });
export type BayesCheckOptions = z.infer<typeof bayesCheckOptionsSchema>;
export const DEFAULT_BAYES_CHECK_OPTIONS: BayesCheckOptions = bayesCheckOptionsSchema.parse({});

/**
 * The bayes section of `<rulesDir>/checks.yaml` as learn options, so training (CLI, web UI,
 * autolearn) tokenizes exactly like the check classifies. Missing file/section = defaults.
 */
export async function loadBayesOptions(rulesDir: string): Promise<BayesCheckOptions> {
  const { readFile } = await import('node:fs/promises');
  const { join } = await import('node:path');
  const { parse } = await import('yaml');
  let doc: Record<string, unknown> | null = null;
  try {
    doc = parse(await readFile(join(rulesDir, 'checks.yaml'), 'utf8')) as Record<string, unknown> | null;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  return bayesOptionsOf(doc ?? {});
}

/** The bayes section of checks (a parsed checks.yaml, or the live rules' `checks` with admin overrides) as options. */
export function bayesOptionsOf(checks: Record<string, unknown>): BayesCheckOptions {
  return sectionOptions(checks, 'bayes', bayesCheckOptionsSchema);
}

/** Check options → the options learn.ts takes. */
export function learnOptionsFrom(o: BayesCheckOptions, maxTokens?: number): { learner: LearnerParams; tokenize: TokenizeOptions; maxTokens?: number } {
  return {
    learner: { learningRate: o.learningRate, thickness: o.thickness, feedbackRate: o.feedbackRate, feedbackSteps: o.feedbackSteps },
    tokenize: { maxBodyWords: o.maxBodyWords, stem: o.stem },
    ...(maxTokens ? { maxTokens } : {}),
  };
}
