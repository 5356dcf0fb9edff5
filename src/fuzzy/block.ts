// The web UI's "report spam" → the admin's fingerprint block list.
import { parseMessage } from '../mail/parse.ts';
import type { Store } from '../store/types.ts';
import { fingerprintView } from './fingerprint.ts';

/** Adds the message's band hashes to the block list; returns them ([] when the text is too short). */
export async function blockMessageFingerprint(store: Pick<Store, 'fuzzy'>, raw: Buffer, note: string): Promise<string[]> {
  const hashes = fingerprintView(await parseMessage(raw));
  for (const h of hashes) await store.fuzzy.addBlocked(h, note);
  return hashes;
}

/** Removes a message's band hashes from the block list again. */
export async function unblockMessageFingerprint(store: Pick<Store, 'fuzzy'>, raw: Buffer): Promise<string[]> {
  const hashes = fingerprintView(await parseMessage(raw));
  for (const h of hashes) await store.fuzzy.removeBlocked(h);
  return hashes;
}
