// mailauth's DNS lookups (SPF, DKIM keys, DMARC) through a short per-process cache. It lives
// beside the resolver it wraps; the DNSBL check keeps its own TTL-driven cache because it also
// tracks per-list error codes.
import { DnsError, isNegative, type DnsResolver } from './index.ts';

/** How long mailauth's DNS answers (SPF, DKIM keys, DMARC) are reused, and how many are kept. */
const AUTH_DNS_CACHE_MS = 30_000;
const AUTH_DNS_CACHE_MAX = 10_000;

type Outcome = { ok: true; value: Awaited<ReturnType<DnsResolver['mailauth']>> } | { ok: false; code: string; message: string };
const authDnsCaches = new WeakMap<DnsResolver, DnsResolver['mailauth']>();

/** "No such record" is an answer, not a fault: its error needs no stack trace (capturing one was measurable). */
function quietDnsError(code: string, message: string): DnsError {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return new DnsError(code, message);
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/**
 * mailauth's lookups through a short per-process cache: mail from the same domains comes in
 * bursts, and every message asked again for the same SPF and DMARC records (the largest cost of
 * the auth check). Concurrent lookups of one name share one query. "No such record" is cached like
 * an answer; timeouts and server failures are not. Each caller gets its own copy (mailauth may
 * annotate the error objects it is given).
 */
export function cachedMailauthResolver(resolver: DnsResolver): DnsResolver['mailauth'] {
  const known = authDnsCaches.get(resolver);
  if (known) return known;
  const cache = new Map<string, { expires: number; outcome: Promise<Outcome> }>();
  const lookup: DnsResolver['mailauth'] = async (name, rrtype) => {
    const key = `${rrtype.toUpperCase()} ${name.toLowerCase()}`;
    const now = Date.now();
    let entry = cache.get(key);
    if (!entry || entry.expires <= now) {
      if (cache.size >= AUTH_DNS_CACHE_MAX) cache.delete(cache.keys().next().value!);
      const outcome = resolver.mailauth(name, rrtype).then(
        (value): Outcome => ({ ok: true, value }),
        (err: unknown): Outcome => {
          if (!isNegative(err) && cache.get(key)?.outcome === outcome) cache.delete(key);
          return { ok: false, code: (err as { code?: string }).code ?? 'EDNS', message: (err as Error).message };
        },
      );
      entry = { expires: now + AUTH_DNS_CACHE_MS, outcome };
      cache.delete(key);
      cache.set(key, entry);
    }
    const o = await entry.outcome;
    if (!o.ok) throw quietDnsError(o.code, o.message);
    return structuredClone(o.value);
  };
  authDnsCaches.set(resolver, lookup);
  return lookup;
}
