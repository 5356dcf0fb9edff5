// Admin API for auto-learned senders (the web helper mounts these behind admin auth):
// list/search learned (internal → external) pairs and revoke a pair, an address or a whole
// @domain; forget a display name learned for IMPERSONATE_LOCAL_NAME. Changes are audited. Thin on
// purpose: the data lives in store.known.
import { z } from 'zod';
import type { KnownSender, Store } from '../store/types.ts';

export const knownSearchSchema = z.strictObject({
  /** substring of the internal or external address; '' = all */
  q: z.string().max(254).default(''),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type KnownSearch = z.infer<typeof knownSearchSchema>;

export const knownRevokeSchema = z.strictObject({
  /** an external address, or "@domain" for every pair in that domain and the domain bonus */
  external: z.string().min(3).max(254).regex(/^[^\s@]*@[^\s@]+$/, 'must be an address or @domain'),
  /** only this internal user's pair (omit: every user's) */
  internal: z.string().min(3).max(254).optional(),
});
export type KnownRevoke = z.infer<typeof knownRevokeSchema>;

/** Newest first. */
export async function listKnownSenders(store: Store, query: Partial<KnownSearch> = {}): Promise<KnownSender[]> {
  const q = knownSearchSchema.parse(query);
  return store.known.search(q.q, q.limit, q.offset);
}

export const searchKnownSenders = listKnownSenders;

/** The revoke form or request body → a valid input or the problem ("external: must be an address or @domain"). */
export function parseKnownRevoke(body: { external?: unknown; internal?: unknown }): { ok: true; input: KnownRevoke } | { ok: false; problem: string } {
  const internal = typeof body.internal === 'string' && body.internal.trim() ? body.internal.trim() : undefined;
  const r = knownRevokeSchema.safeParse({ external: typeof body.external === 'string' ? body.external.trim() : body.external, ...(internal ? { internal } : {}) });
  if (r.success) return { ok: true, input: r.data };
  const issue = r.error.issues[0]!;
  return { ok: false, problem: `${issue.path.join('.')}: ${issue.message}` };
}

/** Revokes and audits; returns how many learned entries were removed. The one way the UI and the API revoke. */
export async function revokeKnownSender(store: Store, input: KnownRevoke, who: string, now = Date.now()): Promise<number> {
  const r = knownRevokeSchema.parse(input);
  const n = await store.known.revoke(r.external.toLowerCase(), r.internal?.toLowerCase());
  await store.settings.audit({ at: now, who, what: 'known.revoke', detail: { external: r.external, internal: r.internal ?? null, removed: n } });
  return n;
}

/** Forgets one learned display name of one of our users (audited); false when there was none. */
export async function forgetLocalName(store: Store, nameKey: string, address: string, who: string, now = Date.now()): Promise<boolean> {
  const gone = await store.known.forgetName(nameKey, address);
  await store.settings.audit({ at: now, who, what: 'known.forgetName', detail: { nameKey, address, removed: gone } });
  return gone;
}
