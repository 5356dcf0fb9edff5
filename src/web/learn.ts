// "Spam" / "not spam" feedback into the Bayes classifier (the content helper's learnMessage) and,
// for admins' spam reports, the bulk-fingerprint block list.
import type { LearnClass, QuarantineItem, Store } from '../store/types.ts';
import { learnMessage } from '../bayes/learn.ts';
import { bayesOptionsOf, DEFAULT_BAYES_CHECK_OPTIONS, learnOptionsFrom, loadBayesOptions } from '../bayes/options.ts';
import { blockMessageFingerprint, reportNote } from '../fuzzy/block.ts';
import type { WebDeps } from './deps.ts';

/**
 * Learns a released (ham) or reported (spam) message with the Bayes options in force — the live
 * rules with the admin's overrides, else rules/checks.yaml — so it is tokenized exactly as the
 * check classifies it, and bayes.maxTokens bounds the model.
 */
export async function trainMessage(store: Store, raw: Buffer, cls: LearnClass, deps: Pick<WebDeps, 'config' | 'runtime' | 'log'>): Promise<boolean> {
  try {
    const options = deps.runtime ? bayesOptionsOf(deps.runtime.rules().checks)
      : deps.config ? await loadBayesOptions(deps.config.rules) : DEFAULT_BAYES_CHECK_OPTIONS;
    await learnMessage(store, raw, cls, learnOptionsFrom(options, deps.config?.bayes.maxTokens));
    return true;
  } catch (err) {
    deps.log?.warn({ err: (err as Error).message }, 'Bayes training failed');
    return false;
  }
}

/** An admin's spam report: the message's fingerprint onto the block list, filed under who reported which message. */
export async function blockFingerprint(store: Store, raw: Buffer, item: Pick<QuarantineItem, 'subject' | 'from' | 'mailFrom'>, username: string): Promise<boolean> {
  return (await blockMessageFingerprint(store, raw, reportNote(username, item.subject, item.from || item.mailFrom))).length > 0;
}
