// "Spam" / "not spam" feedback into the Bayes classifier (the content helper's learnMessage) and,
// for admins' spam reports, the bulk-fingerprint block list.
import type { LearnClass, Store } from '../store/types.ts';
import type { Logger } from '../log.ts';
import { learnMessage } from '../bayes/learn.ts';
import { blockMessageFingerprint } from '../fuzzy/block.ts';


export async function trainMessage(store: Store, raw: Buffer, cls: LearnClass, log?: Logger): Promise<boolean> {
  try {
    await learnMessage(store, raw, cls);
    return true;
  } catch (err) {
    log?.warn({ err: (err as Error).message }, 'Bayes training failed');
    return false;
  }
}

export async function blockFingerprint(store: Store, raw: Buffer, note: string): Promise<boolean> {
  return (await blockMessageFingerprint(store, raw, note)).length > 0;
}
