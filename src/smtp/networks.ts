// CIDR lists from the config (trustedNetworks, allowFrom), parsed once.
import ipaddr from 'ipaddr.js';

export type NetworkMatcher = (ip: string) => boolean;

function parse(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  try {
    const addr = ipaddr.parse(ip.replace(/^\[|\]$/g, ''));
    if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) return (addr as ipaddr.IPv6).toIPv4Address();
    return addr;
  } catch {
    return null;
  }
}

/** Each connection asks several times about the same few client addresses; parsing is not free. */
const parsed = new Map<string, ipaddr.IPv4 | ipaddr.IPv6 | null>();
const PARSED_MAX = 10_000;

function normalize(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  let addr = parsed.get(ip);
  if (addr === undefined) {
    if (parsed.size >= PARSED_MAX) parsed.clear();
    addr = parse(ip);
    parsed.set(ip, addr);
  }
  return addr;
}

export function networkMatcher(cidrs: readonly string[]): NetworkMatcher {
  const ranges = cidrs.map((c) => {
    if (c.includes('/')) return ipaddr.parseCIDR(c);
    const a = ipaddr.parse(c);
    return [a, a.kind() === 'ipv4' ? 32 : 128] as [ipaddr.IPv4 | ipaddr.IPv6, number];
  });
  return (ip: string) => {
    const addr = normalize(ip);
    if (!addr) return false;
    return ranges.some(([net, bits]) => net.kind() === addr.kind() && addr.match([net, bits] as [typeof addr, number]));
  };
}

/** Canonical text form of a client address (IPv4-mapped IPv6 → IPv4). */
export function canonicalIp(ip: string): string {
  const a = normalize(ip);
  return a ? a.toString() : ip;
}
