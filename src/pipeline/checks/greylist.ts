// Greylisting. Triplet = client network (/24 IPv4, /64 IPv6) + normalised envelope sender +
// recipient. A new triplet is deferred; a retry after `delay` and within `window` passes and the
// triplet then passes until `expire` seconds without mail. A network that passed is remembered
// (every triplet from it passes until expiry). State lives in store.greylist, so nodes sharing
// Redis share it.
//
// Two modes: `all` defers at RCPT (this check); `suspicious` defers after DATA, only when the score
// reaches the `greylist` threshold — the pipeline calls `greylistGate()` after the verdict.
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import type { Logger } from '../../log.ts';
import type { Rules, GreylistExceptions } from '../../rules/schema.ts';
import type { Store } from '../../store/types.ts';
import type { Check } from '../types.ts';

export const greylistOptionsSchema = z.strictObject({
  /** when SPF passes or DKIM is aligned, key the triplet on that domain instead of the network */
  keyOnAuthenticatedDomain: z.boolean().default(true),
  /** passes from one network after which the whole network is remembered */
  rememberClientAfter: z.number().int().min(1).default(1),
});
export type GreylistOptions = z.infer<typeof greylistOptionsSchema>;

export const GREYLIST_SYMBOLS = ['GREYLIST_DEFERRED', 'GREYLIST_PASSED'] as const;

/** ::ffff:a.b.c.d → a.b.c.d; IPv4 → a.b.c.0/24; IPv6 → first 64 bits /64. */
export function clientNetwork(ip: string): string {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.process(ip);
  } catch {
    return ip.toLowerCase();
  }
  if (addr.kind() === 'ipv4') {
    const o = (addr as ipaddr.IPv4).octets;
    return `${o[0]}.${o[1]}.${o[2]}.0/24`;
  }
  const parts = (addr as ipaddr.IPv6).parts.slice(0, 4).map((p) => p.toString(16));
  return `${parts.join(':')}::/64`;
}

/**
 * Strips per-message variations so a retry of the same mail maps to the same triplet:
 * BATV (prvs=tag=user@), SRS (SRS0=hash=tt=domain=user@fwd → user@domain), +tags, and VERP-style
 * digit runs in the local part (bounce-12345-… → bounce-#-…).
 */
export function normalizeSender(sender: string): string {
  let s = sender.trim().toLowerCase();
  if (!s) return '<>';
  const at = s.lastIndexOf('@');
  if (at < 0) return s;
  let local = s.slice(0, at);
  let domain = s.slice(at + 1);
  const srs = /^srs[01][=+-](?:.*=)?[^=]+=[^=]+=([^=]+)=(.+)$/.exec(local);
  if (srs && local.startsWith('srs0')) {
    domain = srs[1]!;
    local = srs[2]!;
  } else if (srs) {
    // SRS1: …=orig-domain=orig-local after the last hop's part
    const m = /=([^=]+)=([^=]+)$/.exec(local);
    if (m) {
      domain = m[1]!;
      local = m[2]!;
    }
  }
  const batv = /^(?:prvs|btv1|msprvs1)=[^=]*=(.+)$/.exec(local);
  if (batv) local = batv[1]!;
  const batvRev = /^(.+)=[0-9a-f]{6,}$/.exec(local);
  if (batvRev && !batv) local = batvRev[1]!;
  local = local.replace(/\+.*$/, '');
  local = local.replace(/\d+/g, '#');
  s = `${local}@${domain}`;
  return s;
}

function matchesNetwork(ip: string, networks: readonly string[]): boolean {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.process(ip);
  } catch {
    return false;
  }
  for (const n of networks) {
    try {
      const [range, bits] = n.includes('/') ? ipaddr.parseCIDR(n) : [ipaddr.parse(n), ipaddr.parse(n).kind() === 'ipv4' ? 32 : 128] as const;
      const r = range.kind() === 'ipv6' && (range as ipaddr.IPv6).isIPv4MappedAddress() ? (range as ipaddr.IPv6).toIPv4Address() : range;
      if (r.kind() !== addr.kind()) continue;
      const b = range.kind() === 'ipv6' && r.kind() === 'ipv4' ? bits - 96 : bits;
      if (addr.match(r, b)) return true;
    } catch {
      /* a bad entry is reported by validation; skip it here */
    }
  }
  return false;
}

function matchesHostname(host: string | null, patterns: readonly string[]): boolean {
  if (!host) return false;
  const h = host.toLowerCase().replace(/\.$/, '');
  return patterns.some((raw) => {
    const p = raw.toLowerCase();
    if (p.startsWith('*.')) return h.endsWith(p.slice(1));
    if (p.startsWith('.')) return h.endsWith(p);
    return h === p;
  });
}

function domainMatches(domain: string, list: readonly string[]): boolean {
  const d = domain.toLowerCase();
  return list.some((x) => {
    const e = x.toLowerCase().replace(/^@/, '').replace(/^\*\./, '');
    return d === e || d.endsWith(`.${e}`);
  });
}

export interface GreylistInput {
  clientIp: string;
  clientHostname: string | null;
  mailFrom: string;
  recipients: readonly string[];
  authenticatedDomain: string | null;
}

/** Which exception (if any) exempts this client/sender. */
export function greylistException(ex: GreylistExceptions, input: Pick<GreylistInput, 'clientIp' | 'clientHostname' | 'mailFrom' | 'authenticatedDomain'>): string | null {
  if (matchesNetwork(input.clientIp, ex.networks)) return 'network';
  if (matchesHostname(input.clientHostname, ex.hostnames)) return 'hostname';
  // Anyone can write gmail.com in MAIL FROM: a sender domain exempts only once SPF/DKIM proved it.
  const at = input.mailFrom.lastIndexOf('@');
  const domain = at >= 0 ? input.mailFrom.slice(at + 1).toLowerCase() : '';
  const authd = input.authenticatedDomain?.toLowerCase();
  if (domain && authd && (domain === authd || domain.endsWith(`.${authd}`)) && domainMatches(domain, ex.senderDomains)) return 'sender-domain';
  return null;
}

type TripletState = 'new' | 'early' | 'passed' | 'known';

async function checkTriplet(store: Store, key: string, p: Rules['greylist'], now: number): Promise<{ state: TripletState; wait: number }> {
  const rec = await store.greylist.get(key);
  const delayMs = p.delay * 1000;
  if (rec?.passedAt != null && now - rec.lastSeen <= p.expire * 1000) {
    await store.greylist.put(key, { ...rec, lastSeen: now, attempts: rec.attempts + 1 }, p.expire);
    return { state: 'known', wait: 0 };
  }
  if (!rec || rec.passedAt != null || now - rec.firstSeen > (p.delay + p.window) * 1000) {
    await store.greylist.put(key, { firstSeen: now, lastSeen: now, attempts: 1, passedAt: null }, p.delay + p.window);
    return { state: 'new', wait: p.delay };
  }
  if (now - rec.firstSeen < delayMs) {
    await store.greylist.put(key, { ...rec, lastSeen: now, attempts: rec.attempts + 1 }, p.delay + p.window);
    return { state: 'early', wait: Math.ceil((delayMs - (now - rec.firstSeen)) / 1000) };
  }
  await store.greylist.put(key, { ...rec, lastSeen: now, attempts: rec.attempts + 1, passedAt: now }, p.expire);
  return { state: 'passed', wait: 0 };
}

/** Remembered networks pass every triplet. */
async function clientKnown(store: Store, net: string, p: Rules['greylist'], opts: GreylistOptions, now: number): Promise<boolean> {
  const rec = await store.greylist.get(`client:${net}`);
  return Boolean(rec && rec.passedAt != null && rec.attempts >= opts.rememberClientAfter && now - rec.lastSeen <= p.expire * 1000);
}

async function rememberClient(store: Store, net: string, p: Rules['greylist'], now: number): Promise<void> {
  const key = `client:${net}`;
  const rec = await store.greylist.get(key);
  await store.greylist.put(key, { firstSeen: rec?.firstSeen ?? now, lastSeen: now, attempts: (rec?.attempts ?? 0) + 1, passedAt: now }, p.expire);
}

export interface GreylistResult { symbol: 'GREYLIST_DEFERRED' | 'GREYLIST_PASSED'; detail: string }

/**
 * Decides greylisting for a message (all its recipients). null = exempt (no symbol).
 * Every recipient's triplet is recorded so a retry passes them all at once.
 */
export async function greylistGate(store: Store, rules: Rules, opts: GreylistOptions, input: GreylistInput, now: number, log?: Logger): Promise<GreylistResult | null> {
  const p = rules.greylist;
  if (!p.enabled) return null;
  const exception = greylistException(rules.greylistExceptions, input);
  if (exception) {
    log?.debug({ exception }, 'greylist exception');
    return null;
  }
  const net = clientNetwork(input.clientIp);
  const origin = opts.keyOnAuthenticatedDomain && input.authenticatedDomain ? `d:${input.authenticatedDomain}` : `n:${net}`;
  if (origin.startsWith('n:') && (await clientKnown(store, net, p, opts, now))) {
    return { symbol: 'GREYLIST_PASSED', detail: `known client ${net}` };
  }
  const sender = normalizeSender(input.mailFrom);
  let deferred = false;
  let wait = 0;
  let fresh = false;
  for (const rcpt of input.recipients.length ? input.recipients : ['']) {
    const r = await checkTriplet(store, `t:${origin}|${sender}|${rcpt.toLowerCase()}`, p, now);
    if (r.state === 'new' || r.state === 'early') {
      deferred = true;
      wait = Math.max(wait, r.wait);
    }
    if (r.state === 'passed') fresh = true;
  }
  if (deferred) return { symbol: 'GREYLIST_DEFERRED', detail: `retry in ${wait}s` };
  if (fresh || origin.startsWith('n:')) await rememberClient(store, net, p, now);
  return { symbol: 'GREYLIST_PASSED', detail: origin.slice(2) };
}

/** Mode `all`: classic greylisting at RCPT, every new triplet (the verdict step handles `suspicious`). */
export const greylistCheck: Check<'rcpt', GreylistOptions> = {
  name: 'greylist',
  phase: 'rcpt',
  symbols: GREYLIST_SYMBOLS,
  options: greylistOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    const rules = deps.rules;
    if (!rules || !rules.greylist.enabled || rules.greylist.mode !== 'all' || ctx.session.trusted || ctx.session.authUser) return [];
    const res = await greylistGate(deps.store, rules, deps.options, {
      clientIp: ctx.session.clientIp, clientHostname: ctx.session.clientHostname, mailFrom: ctx.mailFrom,
      recipients: [ctx.recipient], authenticatedDomain: null,
    }, Date.now(), deps.log);
    return res ? [{ symbol: res.symbol, detail: res.detail }] : [];
  },
};

