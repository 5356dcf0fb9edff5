// The Bayes check: scores the message with the learned model (one batched token read). Silent until
// bayes.minSpam spam and bayes.minHam ham were learned: an untrained model guesses, and a guess that
// adds points to real mail is the false positive admins remember.
import { classifyPrepared, prepare } from '../../bayes/learn.ts';
import { bayesCheckOptionsSchema, type BayesCheckOptions } from '../../bayes/options.ts';
import type { Check, Hit } from '../types.ts';

export const bayesCheck: Check<'data', BayesCheckOptions> = {
  name: 'bayes',
  phase: 'data',
  symbols: ['BAYES_SPAM', 'BAYES_LIKELY_SPAM', 'BAYES_HAM'],
  options: bayesCheckOptionsSchema,
  // outbound too: the outbound profile (rules/actions.yaml `outbound:`) catches a compromised mailbox
  directions: ['inbound', 'outbound'],
  async run(ctx, { options, config, store }) {
    const view = await ctx.parsed();
    const prepared = await prepare(view, { tokenize: { maxBodyWords: options.maxBodyWords, stem: options.stem } });
    const c = await classifyPrepared(store, prepared);
    if (c.totals.spam < config.bayes.minSpam || c.totals.ham < config.bayes.minHam) return [];
    const p = c.probability;
    // weight = confidence: 0 at P = 0.5, 1 at certainty; the rule's weight is the maximum it adds
    const confidence = Math.abs(2 * p - 1);
    const detail = `P(spam)=${p.toFixed(4)} lang=${c.language}`;
    const hits: Hit[] = [];
    if (p >= options.spamThreshold) hits.push({ symbol: 'BAYES_SPAM', weight: confidence, detail });
    // leaning to spam but not sure: a fixed weight below the tag threshold, so it tags only beside another sign
    else if (p >= options.likelySpamThreshold) hits.push({ symbol: 'BAYES_LIKELY_SPAM', detail });
    else if (p <= options.hamThreshold) hits.push({ symbol: 'BAYES_HAM', weight: confidence, detail });
    return hits;
  },
};

export default bayesCheck;
