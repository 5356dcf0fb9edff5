// Small, fast non-cryptographic hashes. Feature keys only need to be well spread and stable across
// processes and versions (they are stored), not secret: two independent 32-bit FNV-1a variants give
// a 48-bit key, so a 2M-token database sees only a handful of collisions.

const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units with a seed folded into the offset basis. */
export function fnv1a(text: string, seed = 0): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
  }
  return finalize(h);
}

/** murmur3's finalizer: spreads the low-entropy FNV output over all bits. */
export function finalize(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Combines two 32-bit hashes and a small tag (e.g. an OSB distance) into a new 32-bit hash. */
export function combine(a: number, b: number, tag: number): number {
  return finalize((Math.imul(a, 0x9e3779b1) ^ Math.imul(b + tag, 0x85ebca77) ^ tag) >>> 0);
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const CODES = Array.from(ALPHABET, (c) => c.charCodeAt(0));

/**
 * A compact, stable store key: 48 bits (24 of each hash) as 8 base64url characters. Built from char
 * codes because Number#toString(36) on non-small integers is slow in V8 and this runs ~1000×/message.
 */
export function keyOf(hi: number, lo: number): string {
  return String.fromCharCode(
    CODES[(hi >>> 18) & 63]!, CODES[(hi >>> 12) & 63]!, CODES[(hi >>> 6) & 63]!, CODES[hi & 63]!,
    CODES[(lo >>> 18) & 63]!, CODES[(lo >>> 12) & 63]!, CODES[(lo >>> 6) & 63]!, CODES[lo & 63]!,
  );
}
