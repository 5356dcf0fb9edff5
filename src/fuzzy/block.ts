// The web UI's "report spam" → the admin's fingerprint block list.
import { parseMessage } from '../mail/parse.ts';
import type { Store } from '../store/types.ts';
import { messageFingerprints } from './files.ts';

/**
 * Adds the message's fingerprints to the block list: its text's, or for a message with too little
 * text (an image spam, a file under "see attached") its files' (src/fuzzy/files.ts). Returns them
 * ([] when there is nothing to fingerprint).
 */
export async function blockMessageFingerprint(store: Pick<Store, 'fuzzy'>, raw: Buffer, note: string): Promise<string[]> {
  const { hashes } = messageFingerprints(await parseMessage(raw));
  for (const h of hashes) await store.fuzzy.addBlocked(h, note);
  return hashes;
}

/** Removes a message's fingerprints from the block list again. */
export async function unblockMessageFingerprint(store: Pick<Store, 'fuzzy'>, raw: Buffer): Promise<string[]> {
  const { hashes } = messageFingerprints(await parseMessage(raw));
  for (const h of hashes) await store.fuzzy.removeBlocked(h);
  return hashes;
}

/** One report on the block list: the band hashes of one message, which share the note they were added with. */
export interface BlockedReport {
  /** the group's first hash (stable: used to remove the report) */
  id: string;
  note: string;
  createdAt: number;
  hashes: string[];
}

/** The block list as reports (hashes grouped by note), newest first. */
export async function listBlockedReports(store: Pick<Store, 'fuzzy'>): Promise<BlockedReport[]> {
  const groups = new Map<string, BlockedReport>();
  for (const b of (await store.fuzzy.listBlocked()).sort((x, y) => x.createdAt - y.createdAt || x.hash.localeCompare(y.hash))) {
    const g = groups.get(b.note);
    if (g) g.hashes.push(b.hash);
    else groups.set(b.note, { id: b.hash, note: b.note, createdAt: b.createdAt, hashes: [b.hash] });
  }
  return [...groups.values()].sort((x, y) => y.createdAt - x.createdAt);
}

/** Removes the report that `id` belongs to (every hash with its note); returns how many hashes went. */
export async function removeBlockedReport(store: Pick<Store, 'fuzzy'>, id: string): Promise<number> {
  const report = (await listBlockedReports(store)).find((r) => r.hashes.includes(id));
  if (!report) return 0;
  for (const h of report.hashes) await store.fuzzy.removeBlocked(h);
  return report.hashes.length;
}

/** The note a spam report is filed under: who, and which message, so an admin can find it again. */
export function reportNote(username: string, subject: string, from: string): string {
  return `reported by ${username}: "${subject.slice(0, 120)}" from ${from || '<>'}`;
}
