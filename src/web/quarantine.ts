// Quarantine operations shared by the JSON API, the pages and the digest links. Visibility rule:
// a user sees an item only when one of its recipients is one of the user's addresses (an admin
// sees everything, including the short-lived copies of rejected mail). Anything else is "not
// found", never "forbidden", so ids do not leak what exists.
import { sendReleaseRequest } from '../digest/release-request.ts';
import type { Rules } from '../pipeline/index.ts';
import type { QuarantineItem, Store, SymbolHit } from '../store/types.ts';
import type { WebDeps } from './deps.ts';
import { blockFingerprint, trainMessage } from './learn.ts';
import { currentRules } from './rules-view.ts';
import type { Principal } from './session.ts';

export class HttpError extends Error {
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

export function visibleRecipients(item: QuarantineItem, p: Pick<Principal, 'admin' | 'addresses'>): string[] {
  if (p.admin) return item.recipients;
  const mine = new Set(p.addresses.map((a) => a.toLowerCase()));
  return item.recipients.filter((r) => mine.has(r.toLowerCase()));
}

export function canSee(item: QuarantineItem, p: Pick<Principal, 'admin' | 'addresses'>): boolean {
  if (p.admin) return true;
  return item.kind === 'quarantine' && visibleRecipients(item, p).length > 0;
}

/**
 * The symbols a held message carries that only an admin may release it for (`release: admin` in
 * rules/: signs of phishing and malware). Empty: its users may release it themselves.
 */
export function adminReleaseReasons(item: Pick<QuarantineItem, 'symbols'>, rules: Pick<Rules, 'symbols'> | null): string[] {
  return [...new Set(item.symbols.filter((s) => rules?.symbols[s.name]?.release === 'admin').map((s) => s.name))];
}

/** Refuses a user's release of a message that only an admin may release (403, naming the symbols). */
export function assertMayRelease(deps: WebDeps, item: QuarantineItem, p: Pick<Principal, 'admin'>): void {
  if (p.admin) return;
  const reasons = adminReleaseReasons(item, currentRules(deps));
  if (reasons.length) throw new HttpError(403, `only an administrator can release this message (held for ${reasons.join(', ')}); ask for its release instead`);
}

export async function getVisible(store: Store, id: string, p: Principal): Promise<QuarantineItem> {
  const item = await store.quarantine.get(id);
  if (!item || !canSee(item, p)) throw new HttpError(404, 'not found');
  return item;
}

export interface ApiSymbol extends SymbolHit { description?: string }

export function summary(item: QuarantineItem, p: Principal, describe: (s: string) => string | undefined) {
  return {
    id: item.id,
    kind: item.kind,
    from: item.from || item.mailFrom,
    mailFrom: item.mailFrom,
    to: visibleRecipients(item, p),
    subject: item.subject,
    score: item.score,
    action: item.action,
    symbols: item.symbols.map((s): ApiSymbol => ({ ...s, description: describe(s.name) })),
    receivedAt: new Date(item.receivedAt).toISOString(),
    expiresAt: new Date(item.expiresAt).toISOString(),
    size: item.size,
    clientIp: item.clientIp,
    ...(item.releaseRequest ? { releaseRequest: { by: item.releaseRequest.by, at: new Date(item.releaseRequest.at).toISOString() } } : {}),
  };
}

/**
 * Releases the user's copy: the item is taken atomically (a second click finds nothing and gets
 * 404), relayed to the backend for the user's recipients, and whatever recipients remain
 * (other users' copies) are put back. If the backend refuses, everything is put back.
 */
export async function releaseItem(deps: WebDeps, id: string, p: Principal): Promise<{ recipients: string[] }> {
  const store = deps.store!;
  const relay = deps.relay;
  if (!relay) throw new HttpError(503, 'backend relay not available');
  const peek = await getVisible(store, id, p);
  assertMayRelease(deps, peek, p);
  const mine = visibleRecipients(peek, p);
  const taken = await store.quarantine.take(id);
  if (!taken) throw new HttpError(404, 'not found');
  const { item, body } = taken;
  const targets = item.recipients.filter((r) => mine.includes(r));
  const rest = item.recipients.filter((r) => !mine.includes(r));
  if (targets.length === 0) {
    await store.quarantine.put(item, body);
    throw new HttpError(404, 'not found');
  }
  const res = await relay.send({ mailFrom: item.mailFrom, recipients: targets }, body).catch((err: Error) => ({ ok: false, message: err.message, accepted: [] as string[] }));
  if (!res.ok) {
    await store.quarantine.put(item, body);
    throw new HttpError(502, `the mail server did not accept the message: ${res.message}`);
  }
  // recipients the backend refused stay held, with the copies of other users
  const keep = [...rest, ...res.accepted.length ? targets.filter((r) => !res.accepted.map((a) => a.toLowerCase()).includes(r.toLowerCase())) : []];
  if (keep.length) await store.quarantine.put({ ...item, recipients: keep }, body);
  return { recipients: targets };
}

/** "Not spam": learns the message as ham, then releases it; refused (403) before learning when only an admin may release it. */
export async function releaseAsHam(deps: WebDeps, id: string, p: Principal): Promise<{ learned: boolean; recipients: string[] }> {
  const store = deps.store!;
  const item = await getVisible(store, id, p);
  assertMayRelease(deps, item, p);
  const body = await store.quarantine.body(item.id);
  const learned = body ? await trainMessage(store, body, 'ham', deps) : false;
  const r = await releaseItem(deps, id, p);
  return { learned, recipients: r.recipients };
}

/** "Spam": learns the message as spam, blocks its fingerprint when an admin reports it, and deletes the user's copy. */
export async function reportSpam(deps: WebDeps, id: string, p: Principal): Promise<{ learned: boolean }> {
  const store = deps.store!;
  const item = await getVisible(store, id, p);
  const body = await store.quarantine.body(item.id);
  const learned = body ? await trainMessage(store, body, 'spam', deps) : false;
  if (body && p.admin) await blockFingerprint(store, body, item, p.username).catch(() => false);
  await deleteItem(store, id, p);
  return { learned };
}

/**
 * A user asks the admins to release a message only they may release: the request is kept on the
 * item (the admin's quarantine list shows it) and mailed with a link to the message to
 * `admin.reportTo`, or without one to the admin accounts' addresses. Asking again changes nothing. A message the user may release is a 409.
 */
export async function requestRelease(deps: WebDeps, id: string, p: Principal, now = Date.now()): Promise<{ item: QuarantineItem; adminsMailed: boolean }> {
  const store = deps.store!;
  const peek = await getVisible(store, id, p);
  const reasons = p.admin ? [] : adminReleaseReasons(peek, currentRules(deps));
  if (reasons.length === 0) throw new HttpError(409, 'you can release this message yourself');
  if (peek.releaseRequest) return { item: peek, adminsMailed: false };
  const taken = await store.quarantine.take(id);
  if (!taken) throw new HttpError(404, 'not found');
  const item = { ...taken.item, releaseRequest: taken.item.releaseRequest ?? { by: p.username, at: now } };
  await store.quarantine.put(item, taken.body);
  deps.log?.info({ id, by: p.username, reasons }, 'quarantine release requested');
  let adminsMailed = false;
  if (!taken.item.releaseRequest && deps.config && deps.relay) {
    // the request stands in the admin's list whether or not the mail goes out
    adminsMailed = await sendReleaseRequest(deps.config, store, deps.relay, item, reasons)
      .catch((err: Error) => { deps.log?.warn({ id, err: { message: err.message } }, 'release request mail failed'); return false; });
  }
  return { item, adminsMailed };
}

export async function deleteItem(store: Store, id: string, p: Principal): Promise<void> {
  const item = await getVisible(store, id, p);
  const mine = visibleRecipients(item, p);
  const rest = item.recipients.filter((r) => !mine.includes(r));
  if (rest.length === 0 || p.admin) {
    if (!(await store.quarantine.delete(id))) throw new HttpError(404, 'not found');
    return;
  }
  const taken = await store.quarantine.take(id);
  if (!taken) throw new HttpError(404, 'not found');
  await store.quarantine.put({ ...taken.item, recipients: rest }, taken.body);
}

/** owner of list entries created from the UI: the user's primary address (or '' for the global admin list) */
export function listOwner(p: Principal): string {
  return (p.addresses[0] ?? (p.admin ? '' : p.username)).toLowerCase();
}

export function senderAddress(item: QuarantineItem): string {
  const m = /<([^>]+)>/.exec(item.from);
  return (item.mailFrom || m?.[1] || item.from).trim().toLowerCase();
}
