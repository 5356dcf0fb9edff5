// Signed, expiring one-click links for the digest e-mail: base64url(JSON payload) + "." +
// HMAC-SHA256. The key is web.secret, or a random key generated once and kept in the store (so
// every node of a cluster verifies the others' links). Each token is good for one use.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Store } from '../store/types.ts';

export type DigestAction = 'release' | 'allow';
export interface DigestToken { a: DigestAction; id: string; u: string; exp: number; n: string }

const SECRET_KEY = 'web.linkSecret';

export async function linkSecret(store: Store, config?: Config): Promise<Buffer> {
  if (config?.web.secret) return Buffer.from(config.web.secret);
  let s = await store.settings.get<string>(SECRET_KEY);
  if (!s) {
    s = randomBytes(32).toString('base64url');
    await store.settings.set(SECRET_KEY, s);
    // another node may have raced us: whatever is stored now wins
    s = (await store.settings.get<string>(SECRET_KEY)) ?? s;
  }
  return Buffer.from(s);
}

function mac(secret: Buffer, body: string): string {
  return createHmac('sha256', secret).update(body).digest('base64url');
}

export function signToken(secret: Buffer, t: Omit<DigestToken, 'n'>): string {
  const body = Buffer.from(JSON.stringify({ ...t, n: randomBytes(6).toString('base64url') })).toString('base64url');
  return `${body}.${mac(secret, body)}`;
}

/** the payload, or null when the signature is wrong, the token malformed or expired */
export function verifyToken(secret: Buffer, token: string, now = Date.now()): DigestToken | null {
  const [body, sig, extra] = token.split('.');
  if (!body || !sig || extra !== undefined) return null;
  const want = Buffer.from(mac(secret, body));
  const got = Buffer.from(sig);
  if (want.length !== got.length || !timingSafeEqual(want, got)) return null;
  try {
    const t = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as DigestToken;
    if ((t.a !== 'release' && t.a !== 'allow') || typeof t.id !== 'string' || typeof t.u !== 'string' || typeof t.exp !== 'number') return null;
    return t.exp > now ? t : null;
  } catch {
    return null;
  }
}

/** marks the token used; true only for the first caller */
export async function consumeToken(store: Store, t: DigestToken, now = Date.now()): Promise<boolean> {
  const ttl = Math.max(60, Math.ceil((t.exp - now) / 1000) + 60);
  return (await store.counters.hit(`digest:used:${t.n}:${t.id}`, ttl, now)) === 1;
}
