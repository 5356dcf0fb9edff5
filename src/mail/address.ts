// Addresses and display names in header fields (From, Reply-To): one parser for the tokenizer and
// the checks, and the key under which a display name is compared when someone borrows a
// colleague's name ("Anna Schmidt" <anna.schmidt.ceo@gmail.com>).
import { getDomain } from 'tldts';
import { stripInvisible } from '../content/invisible.ts';
import { latinSkeleton, withoutMarks } from '../content/scripts.ts';
import { decodeWords } from './mime-words.ts';

/** An address in text. The local part is bounded (RFC 5321 allows 64): unbounded, every word start
 * of "a.a.a.a…" scanned to the end of the text, and 300 kB of it took a minute. */
export const MAIL_RE = /\b[\w.+-]{1,64}@([\w-]+(?:\.[\w-]+)+)/g;

/** A From/Reply-To value → display name (encoded-words decoded), address and domain. */
export function addressParts(value: string): { name: string; address: string; domain: string } {
  const decoded = decodeWords(value);
  // both patterns start only where a scan cannot have started before (after a "<"; at the start
  // of a word), so a long header without "@" or ">" is read once, not from each of its characters
  const angle = /<([^<>]*)>/.exec(decoded);
  const address = (angle ? angle[1]! : (/(?<![^\s<>"])[^\s<>"]+@[^\s<>"]+/.exec(decoded)?.[0] ?? '')).toLowerCase().trim();
  const name = angle ? decoded.slice(0, angle.index).replace(/["']/g, ' ').trim() : decoded.replace(address, '').replace(/[()"]/g, ' ').trim();
  return { name, address, domain: address.includes('@') ? address.split('@').pop()! : '' };
}

/** The organisational domain of RFC 7489 §3.2 from the public-suffix list (private section too,
 * so two customers of one hosting suffix such as github.io are never "aligned"). */
export function orgDomain(domain: string): string {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return getDomain(d, { allowPrivateDomains: true }) ?? d;
}

/** Whether an address is in smtp.localDomains, as the inbound RCPT gate reads it: a name matches itself, ".example.com" its subdomains. */
export function isLocalDomain(domains: readonly string[], address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const domain = address.slice(at + 1).toLowerCase().replace(/\.$/, '');
  return domains.some((d) => {
    const l = d.toLowerCase();
    return l.startsWith('.') ? domain.endsWith(l) : domain === l;
  });
}

/** Whether `domain` is one of `domains` or a subdomain of one ("mail.example.com" under "example.com"). */
export function inDomains(domain: string, domains: readonly string[]): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return d !== '' && domains.some((x) => { const l = x.toLowerCase(); return d === l || d.endsWith('.' + l); });
}

/** E-mail addresses written inside a display name ("service@paypal.com" <x@evil.example>), lower-case. */
export function addressesIn(name: string): string[] {
  return [...new Set([...name.matchAll(MAIL_RE)].map((m) => m[0].toLowerCase()))];
}

/**
 * The key two display names of one person share, or null when the name is not a person's full
 * name (fewer than two words of two letters or more, more than five, or an address in it).
 * Comments in brackets go ("Anna Schmidt (Sales)"); accents, case, word order ("Schmidt, Anna"),
 * Cyrillic/Greek look-alike letters ("Аnna" with a Cyrillic А) and invisible characters do not matter.
 */
export function personNameKey(name: string): string | null {
  if (name.includes('@')) return null;
  const plain = withoutMarks(stripInvisible(name).replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')).toLowerCase();
  const words = [...new Set((plain.match(/\p{L}+/gu) ?? []).map(latinSkeleton).filter((w) => w.length >= 2))];
  if (words.length < 2 || words.length > 5) return null;
  return words.sort().join(' ');
}
