// Where to deliver a domain's mail (RFC 5321 §5.1): its MX hosts by preference (equal
// preferences shuffled to spread load), or the domain itself (A/AAAA) when it has no MX record.
// A null MX (RFC 7505, "0 .") or a domain that does not exist is a permanent failure; any
// resolver trouble is temporary so the message waits instead of bouncing.
import { Resolver } from 'node:dns/promises';
import { isIP } from 'node:net';

export interface MxRecord { exchange: string; priority: number }

/** The subset of node:dns/promises Resolver used here; unit tests pass a fake. */
export interface DnsResolver {
  resolveMx(domain: string): Promise<MxRecord[]>;
  resolve4(host: string): Promise<string[]>;
  resolve6(host: string): Promise<string[]>;
}

export interface MxHost { host: string; priority: number; addresses: string[] }

export type Destination =
  | { kind: 'hosts'; hosts: MxHost[]; implicit: boolean }
  | { kind: 'permanent'; status: string; reason: string }
  | { kind: 'temporary'; reason: string };

export function createResolver(servers: readonly string[], timeoutMs: number): DnsResolver {
  const resolver = new Resolver({ timeout: timeoutMs, tries: 2 });
  if (servers.length) resolver.setServers([...servers]);
  return resolver;
}

/** Sorts by preference; hosts of equal preference are shuffled (RFC 5321 §5.1). */
export function orderMx(records: readonly MxRecord[], random: () => number = Math.random): MxRecord[] {
  const keyed = records.map((r) => ({ r, k: random() }));
  keyed.sort((a, b) => a.r.priority - b.r.priority || a.k - b.k);
  const seen = new Set<string>();
  const out: MxRecord[] = [];
  for (const { r } of keyed) {
    const host = r.exchange.toLowerCase().replace(/\.$/, '');
    if (seen.has(host)) continue;
    seen.add(host);
    out.push({ exchange: host, priority: r.priority });
  }
  return out;
}

function code(err: unknown): string {
  return (err as { code?: string }).code ?? '';
}
const NO_DATA = new Set(['ENODATA', 'ENOTFOUND']);

async function addressesOf(resolver: DnsResolver, host: string): Promise<{ addresses: string[]; nxdomain: boolean; error: string | null }> {
  if (isIP(host)) return { addresses: [host], nxdomain: false, error: null };
  const [v4, v6] = await Promise.allSettled([resolver.resolve4(host), resolver.resolve6(host)]);
  const addresses = [
    ...(v4.status === 'fulfilled' ? v4.value : []),
    ...(v6.status === 'fulfilled' ? v6.value : []),
  ];
  const errors = [v4, v6].filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => code(r.reason));
  return {
    addresses,
    nxdomain: errors.length === 2 && errors.every((c) => c === 'ENOTFOUND'),
    error: errors.find((c) => !NO_DATA.has(c)) ?? null,
  };
}

export async function resolveDestination(domain: string, resolver: DnsResolver, random: () => number = Math.random): Promise<Destination> {
  let records: MxRecord[];
  let implicit = false;
  try {
    records = await resolver.resolveMx(domain);
    if (!records.length) throw Object.assign(new Error('no MX'), { code: 'ENODATA' });
  } catch (err) {
    const c = code(err);
    if (c === 'ENOTFOUND') return { kind: 'permanent', status: '5.1.2', reason: `domain ${domain} does not exist` };
    if (c !== 'ENODATA') return { kind: 'temporary', reason: `MX lookup for ${domain} failed: ${c || (err as Error).message}` };
    // no MX record: the domain itself is the implicit MX with preference 0
    records = [{ exchange: domain, priority: 0 }];
    implicit = true;
  }
  if (records.some((r) => r.exchange === '' || r.exchange === '.')) {
    if (records.length === 1) return { kind: 'permanent', status: '5.1.10', reason: `domain ${domain} does not accept mail (null MX)` };
    records = records.filter((r) => r.exchange !== '' && r.exchange !== '.');
  }
  const ordered = orderMx(records, random);
  const hosts: MxHost[] = [];
  let tempError: string | null = null;
  let allNx = true;
  for (const r of ordered) {
    const res = await addressesOf(resolver, r.exchange);
    if (!res.nxdomain) allNx = false;
    if (res.error) tempError = `${r.exchange}: ${res.error}`;
    if (res.addresses.length) hosts.push({ host: r.exchange, priority: r.priority, addresses: res.addresses });
  }
  if (hosts.length) return { kind: 'hosts', hosts, implicit };
  if (implicit && allNx) return { kind: 'permanent', status: '5.1.2', reason: `domain ${domain} has no MX and no address` };
  if (implicit && !tempError) return { kind: 'permanent', status: '5.1.2', reason: `domain ${domain} has no MX and no address` };
  return { kind: 'temporary', reason: tempError ? `address lookup failed: ${tempError}` : `no address for the MX hosts of ${domain}` };
}
