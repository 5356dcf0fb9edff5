// "Spam" / "not spam" feedback into the Bayes classifier (the content helper's learnMessage) and,
// for admins' spam reports, the bulk-fingerprint block list; and, for admins, what the classifier
// made of a held message (explainMessage).
import type { LearnClass, QuarantineItem, Store } from '../store/types.ts';
import { explainView, learnMessage, type Explanation } from '../bayes/learn.ts';
import { bayesOptionsOf, DEFAULT_BAYES_CHECK_OPTIONS, learnOptionsFrom, loadBayesOptions, type BayesCheckOptions } from '../bayes/options.ts';
import { parseMessage } from '../mail/parse.ts';
import { blockMessageFingerprint, reportNote } from '../fuzzy/block.ts';
import type { WebDeps } from './deps.ts';

/**
 * Learns a released (ham) or reported (spam) message with the Bayes options in force — the live
 * rules with the admin's overrides, else rules/checks.yaml — so it is tokenized exactly as the
 * check classifies it, and bayes.maxTokens bounds the model.
 */
export async function trainMessage(store: Store, raw: Buffer, cls: LearnClass, deps: Pick<WebDeps, 'config' | 'runtime' | 'log'>): Promise<boolean> {
  try {
    await learnMessage(store, raw, cls, learnOptionsFrom(await liveBayesOptions(deps), deps.config?.bayes.maxTokens));
    return true;
  } catch (err) {
    deps.log?.warn({ err: (err as Error).message }, 'Bayes training failed');
    return false;
  }
}

/** The Bayes options in force: the live rules with the admin's overrides, else rules/checks.yaml. */
async function liveBayesOptions(deps: Pick<WebDeps, 'config' | 'runtime'>): Promise<BayesCheckOptions> {
  return deps.runtime ? bayesOptionsOf(deps.runtime.rules().checks)
    : deps.config ? loadBayesOptions(deps.config.rules) : DEFAULT_BAYES_CHECK_OPTIONS;
}

/**
 * Why the classifier scored a stored message as it did (the features that weighed most each way),
 * tokenized as the check does; null while the model has not learned bayes.minSpam/minHam messages
 * (the check is silent then too) or when the message cannot be read.
 */
export async function explainMessage(store: Store, raw: Buffer, deps: Pick<WebDeps, 'config' | 'runtime' | 'log'>): Promise<Explanation | null> {
  try {
    const e = await explainView(store, await parseMessage(raw), learnOptionsFrom(await liveBayesOptions(deps)));
    const min = deps.config?.bayes ?? { minSpam: 1, minHam: 1 };
    return e.totals.spam >= min.minSpam && e.totals.ham >= min.minHam ? e : null;
  } catch (err) {
    deps.log?.warn({ err: (err as Error).message }, 'Bayes explanation failed');
    return null;
  }
}

/** An admin's spam report: the message's fingerprint onto the block list, filed under who reported which message. */
export async function blockFingerprint(store: Store, raw: Buffer, item: Pick<QuarantineItem, 'subject' | 'from' | 'mailFrom'>, username: string): Promise<boolean> {
  return (await blockMessageFingerprint(store, raw, reportNote(username, item.subject, item.from || item.mailFrom))).length > 0;
}
