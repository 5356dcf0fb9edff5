// Helpers both store backends share, so the two behave identically under the one contract suite.
import { randomBytes } from 'node:crypto';

/** Addresses are stored and compared lower-case, without surrounding angle brackets or spaces. */
export function normAddr(address: string): string {
  return address.trim().replace(/^<|>$/g, '').toLowerCase();
}

/** 'user@Sub.Example.com' → 'sub.example.com'; '@example.com' → 'example.com'; no '@' → '' */
export function domainOf(address: string): string {
  const a = normAddr(address);
  const at = a.lastIndexOf('@');
  return at < 0 ? '' : a.slice(at + 1);
}

/**
 * The list keys a sender matches: the exact address, then '@domain' and every parent domain
 * ('@mail.example.com', '@example.com', '@com'), most specific first.
 */
export function senderKeys(sender: string): string[] {
  const a = normAddr(sender);
  if (!a) return [];
  const keys: string[] = a.startsWith('@') ? [] : [a];
  const labels = domainOf(a).split('.').filter(Boolean);
  for (let i = 0; i < labels.length; i++) keys.push('@' + labels.slice(i).join('.'));
  return keys;
}

/** Case-insensitive substring test (Unicode-aware, unlike SQLite's LIKE/lower()). */
export function icontains(haystack: string | null | undefined, needle: string): boolean {
  if (!needle) return true;
  return (haystack ?? '').toLowerCase().includes(needle.toLowerCase());
}

/** Short random ids for entities the store names itself (list entries, audit rows). */
export function newId(): string {
  return randomBytes(9).toString('base64url');
}
