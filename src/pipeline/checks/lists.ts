// Sender allow/block lists from store.lists: the global (admin) list and each recipient's own.
// Runs at RCPT, once per recipient: a block rejects that recipient there (550 5.7.1 via the rule's
// `force: reject`); an allow marks the recipient (`force: accept` in the RCPT phase) so the verdict
// delivers that recipient's copy whatever the score — but never past a forced reject like a virus.
// The recipient's own entries beat the global ones; within one owner the most specific entry wins
// (address over @sub.domain over @domain).
import { z } from 'zod';
import type { ListEntry } from '../../store/types.ts';
import type { Check, Hit } from '../types.ts';

export const listsOptionsSchema = z.strictObject({});

function specificity(e: ListEntry): number {
  return e.address.startsWith('@') ? e.address.split('.').length : 1000;
}

/** The deciding entry: the recipient's own list first, then the global one. */
export function decidingEntry(entries: readonly ListEntry[], recipient: string): ListEntry | null {
  for (const owner of [recipient.toLowerCase(), '']) {
    const mine = entries.filter((e) => e.owner === owner);
    if (!mine.length) continue;
    // most specific first; on a tie, block beats allow (the safer reading of a contradiction)
    mine.sort((a, b) => specificity(b) - specificity(a) || (a.kind === 'block' ? -1 : 1) - (b.kind === 'block' ? -1 : 1));
    return mine[0]!;
  }
  return null;
}

export const listsCheck: Check<'rcpt', z.infer<typeof listsOptionsSchema>> = {
  name: 'lists',
  phase: 'rcpt',
  symbols: ['LIST_USER_BLOCK', 'LIST_USER_ALLOW', 'LIST_GLOBAL_BLOCK', 'LIST_GLOBAL_ALLOW'],
  options: listsOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (!ctx.mailFrom) return []; // bounces (<>) are never listed
    const recipient = ctx.recipient.toLowerCase();
    const entries = await deps.store.lists.match(['', recipient], ctx.mailFrom.toLowerCase());
    const e = decidingEntry(entries, recipient);
    if (!e) return [];
    const scope = e.owner === '' ? 'GLOBAL' : 'USER';
    const hit: Hit = { symbol: `LIST_${scope}_${e.kind === 'block' ? 'BLOCK' : 'ALLOW'}`, detail: e.address };
    return [hit];
  },
};
