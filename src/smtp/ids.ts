// Random identifiers for sessions and transactions, cut from a pool of random bytes: one
// randomBytes() call per few hundred ids instead of one per connection and one per message.
import { randomBytes } from 'node:crypto';

const POOL_BYTES = 4096;
let pool = Buffer.alloc(0);
let at = 0;

/** `bytes` random bytes as lower-case hex. */
export function randomHex(bytes: number): string {
  if (at + bytes > pool.length) {
    pool = randomBytes(Math.max(POOL_BYTES, bytes));
    at = 0;
  }
  const s = pool.toString('hex', at, at + bytes);
  at += bytes;
  return s;
}

/** Transaction id: time (base 36) + 48 random bits; also the "queued as" id. */
export function newId(): string {
  return Date.now().toString(36) + randomHex(6);
}

/** Session id in smtp-server's own format (80 random bits, base 32, 16 characters). */
export function newSessionId(): string {
  return BigInt('0x' + randomHex(10)).toString(32).padStart(16, '0');
}
