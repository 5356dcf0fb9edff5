// DNS resolvers built from `dns.servers` ("IP", "IP:port", "[v6]:port"; empty = system resolvers).
// One Resolver per server list, shared by the DNSBL check, mailauth and whoever else asks.
import { Resolver } from 'node:dns/promises';
import type { Config } from '../config.ts';

export type DnsConfig = Config['dns'];

export interface DnsAnswer { address: string; ttl: number }

/** DNS failure with the node error code (ENOTFOUND = NXDOMAIN, ENODATA, ESERVFAIL, ETIMEOUT, …). */
export class DnsError extends Error {
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

/** NXDOMAIN / no record: an authoritative "no" (as opposed to a failure). */
export function isNegative(err: unknown): boolean {
  const code = (err as { code?: string }).code;
  return code === 'ENOTFOUND' || code === 'ENODATA';
}

export interface DnsResolver {
  resolve4(name: string, signal?: AbortSignal): Promise<DnsAnswer[]>;
  /** mailauth's resolver signature: (name, rrtype) → records like dns.promises.resolve */
  mailauth: (name: string, rrtype: string) => Promise<string[][] | string[]>;
  resolveTxt(name: string): Promise<string[][]>;
  resolveMx(name: string): Promise<Array<{ exchange: string; priority: number }>>;
  reverse(ip: string): Promise<string[]>;
  readonly servers: readonly string[];
}

const cache = new Map<string, DnsResolver>();

function withAbort<T>(p: Promise<T>, signal: AbortSignal | undefined, timeoutMs: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new DnsError('ETIMEOUT', `DNS query timed out after ${timeoutMs} ms`)), timeoutMs);
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(new DnsError('ECANCELLED', 'DNS query cancelled'));
    };
    if (signal?.aborted) return onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    p.then(
      (v) => { clearTimeout(timer); signal?.removeEventListener('abort', onAbort); resolve(v); },
      (e: unknown) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        const code = (e as { code?: string }).code ?? 'EDNS';
        reject(new DnsError(code, (e as Error).message));
      },
    );
  });
}

export function createResolver(dns: DnsConfig): DnsResolver {
  const key = `${dns.servers.join(',')}|${dns.timeoutMs}`;
  const hit = cache.get(key);
  if (hit) return hit;
  // node's own per-try timeout; our withAbort() bounds the total.
  const r = new Resolver({ timeout: Math.max(50, Math.floor(dns.timeoutMs / 2)), tries: 2 });
  if (dns.servers.length) r.setServers([...dns.servers]);
  const t = dns.timeoutMs;
  const resolver: DnsResolver = {
    servers: r.getServers(),
    resolve4: (name, signal) => withAbort(r.resolve4(name, { ttl: true }), signal, t),
    resolveTxt: (name) => withAbort(r.resolveTxt(name), undefined, t),
    resolveMx: (name) => withAbort(r.resolveMx(name), undefined, t),
    reverse: (ip) => withAbort(r.reverse(ip), undefined, t),
    mailauth: async (name, rrtype) => {
      switch (rrtype.toUpperCase()) {
        case 'TXT': return withAbort(r.resolveTxt(name), undefined, t);
        case 'A': return withAbort(r.resolve4(name), undefined, t);
        case 'AAAA': return withAbort(r.resolve6(name), undefined, t);
        case 'MX': return withAbort(r.resolveMx(name), undefined, t) as unknown as Promise<string[]>;
        case 'PTR': return withAbort(r.resolvePtr(name), undefined, t);
        case 'CNAME': return withAbort(r.resolveCname(name), undefined, t);
        case 'NS': return withAbort(r.resolveNs(name), undefined, t);
        default: return withAbort(r.resolve(name, rrtype) as Promise<string[]>, undefined, t);
      }
    },
  };
  cache.set(key, resolver);
  return resolver;
}
