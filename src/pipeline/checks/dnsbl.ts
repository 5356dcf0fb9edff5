// DNS block and allow lists (rules/dnsbl.yaml). All `ip` lists are queried in parallel for the client
// address (IPv4 reversed octets, IPv6 nibbles, ::ffff:a.b.c.d as IPv4), answers cached per TTL;
// the `domain` lists (URIBL) go through the same machinery from the uribl check.
// Only answers in 127.0.0.0/8 that are not error codes count. An error code (127.255.255.252/254/255
// or a list's own) or an answer outside 127/8 (a hijacking resolver, a dead list's wildcard) means
// the list is not usable from here: it is disabled for a while, with a warning and a metric.
// NXDOMAIN = not listed; SERVFAIL/timeout = unknown, which never lists anybody.
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { createResolver, isNegative, type DnsResolver } from '../../dns/index.ts';
import type { Logger } from '../../log.ts';
import { dnsblListErrors } from '../../metrics.ts';
import type { DnsblList, Rules } from '../../rules/schema.ts';
import type { Check, Hit } from '../types.ts';

export const dnsblOptionsSchema = z.strictObject({
  /** how long a list stays off after an error-code answer or a failed self-test */
  errorDisableSeconds: z.number().int().min(1).default(600),
  /** upper bound for caching a positive answer (the record's TTL is used when smaller) */
  maxCacheSeconds: z.number().int().min(0).default(3600),
  /** caching of NXDOMAIN answers */
  negativeCacheSeconds: z.number().int().min(0).default(300),
  /** RFC 5782 self-test per list (127.0.0.2 listed, 127.0.0.1 not) before trusting it */
  selfTest: z.boolean().default(false),
  selfTestIntervalSeconds: z.number().int().min(60).default(3600),
  /** do not query RFC 1918 / ULA / link-local clients (loopback is still queried: RFC 5782 test points) */
  skipPrivate: z.boolean().default(true),
});
export type DnsblOptions = z.infer<typeof dnsblOptionsSchema>;

const UNIVERSAL_ERROR_CODES = ['127.255.255.252', '127.255.255.254', '127.255.255.255'];

/** The reversed label for a client address, or null for something that is not an IP. */
export function reverseName(ip: string): { name: string; family: 4 | 6 } | null {
  let addr: ipaddr.IPv4 | ipaddr.IPv6;
  try {
    addr = ipaddr.process(ip);
  } catch {
    return null;
  }
  if (addr.kind() === 'ipv4') return { name: (addr as ipaddr.IPv4).octets.slice().reverse().join('.'), family: 4 };
  const hex = (addr as ipaddr.IPv6).parts.map((p) => p.toString(16).padStart(4, '0')).join('');
  return { name: hex.split('').reverse().join('.'), family: 6 };
}

export function codeMatches(pattern: string, answer: string): boolean {
  const p = pattern.split('.');
  const a = answer.split('.');
  return p.length === 4 && a.length === 4 && p.every((o, i) => o === '*' || Number(o) === Number(a[i]));
}

export type AnswerClass = 'listed' | 'error';
export function classifyAnswer(list: Pick<DnsblList, 'errorCodes'>, answer: string): AnswerClass {
  if (!/^127\.\d+\.\d+\.\d+$/.test(answer)) return 'error';
  if (UNIVERSAL_ERROR_CODES.includes(answer) || list.errorCodes.some((c) => codeMatches(c, answer))) return 'error';
  return 'listed';
}

interface CacheEntry { expires: number; answers: string[] }
interface ListState { disabledUntil: number; selfTestedAt: number; selfTest: Promise<void> | null }

/** State per resolver + zone: answer cache and disabled lists. */
const cache = new Map<string, CacheEntry>();
const listState = new Map<string, ListState>();
const MAX_CACHE_ENTRIES = 50_000;

export function resetDnsblState(): void {
  cache.clear();
  listState.clear();
}

function stateOf(key: string): ListState {
  let s = listState.get(key);
  if (!s) listState.set(key, (s = { disabledUntil: 0, selfTestedAt: 0, selfTest: null }));
  return s;
}

function disable(list: DnsblList, st: ListState, opts: DnsblOptions, why: string, log: Logger): void {
  st.disabledUntil = Date.now() + opts.errorDisableSeconds * 1000;
  dnsblListErrors.inc({ list: list.name });
  log.warn({ list: list.name, zone: list.zone, why, disabledForSeconds: opts.errorDisableSeconds }, 'DNSBL list answered an error; disabled for a while (its answers never count)');
}

/** queries in flight, so a burst of connections from one client costs one query per list */
const inflight = new Map<string, Promise<string[] | 'unknown'>>();

function lookup(resolver: DnsResolver, name: string, opts: DnsblOptions): Promise<string[] | 'unknown'> {
  const key = `${resolver.servers.join(',')}|${name}`;
  const c = cache.get(key);
  if (c && c.expires > Date.now()) return Promise.resolve(c.answers);
  let p = inflight.get(key);
  if (!p) {
    // shared by every caller, so not tied to one caller's signal: dns.timeoutMs bounds it, and a
    // check that runs out of budget is abandoned by the runner anyway
    p = query(resolver, key, name, opts).finally(() => inflight.delete(key));
    inflight.set(key, p);
  }
  return p;
}

async function query(resolver: DnsResolver, key: string, name: string, opts: DnsblOptions): Promise<string[] | 'unknown'> {
  try {
    const res = await resolver.resolve4(name);
    const ttl = Math.min(opts.maxCacheSeconds, ...res.map((r) => r.ttl));
    const answers = res.map((r) => r.address);
    if (ttl > 0) put(key, { expires: Date.now() + ttl * 1000, answers });
    return answers;
  } catch (err) {
    if (isNegative(err)) {
      if (opts.negativeCacheSeconds > 0) put(key, { expires: Date.now() + opts.negativeCacheSeconds * 1000, answers: [] });
      return [];
    }
    return 'unknown';
  }
}

function put(key: string, e: CacheEntry): void {
  if (cache.size >= MAX_CACHE_ENTRIES) {
    const now = Date.now();
    for (const [k, v] of cache) if (v.expires <= now) cache.delete(k);
    if (cache.size >= MAX_CACHE_ENTRIES) cache.delete(cache.keys().next().value!);
  }
  cache.set(key, e);
}

/** RFC 5782 §5 test points: 127.0.0.2 / the name TEST must be listed, 127.0.0.1 / INVALID must not. */
const TEST_POINTS = { ip: { listed: '2.0.0.127', unlisted: '1.0.0.127' }, domain: { listed: 'test', unlisted: 'invalid' } } as const;

/** Inconclusive answers (timeouts) change nothing. */
async function selfTest(resolver: DnsResolver, list: DnsblList, st: ListState, opts: DnsblOptions, log: Logger): Promise<void> {
  const points = TEST_POINTS[list.type];
  const [pos, neg] = await Promise.all([
    lookup(resolver, `${points.listed}.${list.zone}`, { ...opts, maxCacheSeconds: 0, negativeCacheSeconds: 0 }),
    lookup(resolver, `${points.unlisted}.${list.zone}`, { ...opts, maxCacheSeconds: 0, negativeCacheSeconds: 0 }),
  ]);
  if (pos === 'unknown' || neg === 'unknown') return;
  st.selfTestedAt = Date.now();
  const posOk = pos.length > 0 && pos.every((a) => classifyAnswer(list, a) === 'listed');
  const negOk = neg.length === 0;
  if (!posOk || !negOk) disable(list, st, opts, `RFC 5782 self-test failed (${points.listed} → ${pos.join(',') || 'NXDOMAIN'}, ${points.unlisted} → ${neg.join(',') || 'NXDOMAIN'})`, log);
  else log.debug({ list: list.name }, 'DNSBL self-test passed');
}

/**
 * One list asked about one name (reversed address or domain): the answers that list it, [] when
 * not listed or when the list cannot be trusted right now (disabled, failed self-test, an error
 * answer, which disables it, or no answer at all).
 */
async function ask(list: DnsblList, name: string, resolver: DnsResolver, opts: DnsblOptions, log: Logger, signal: AbortSignal): Promise<string[]> {
  if (!list.enabled) return [];
  const st = stateOf(`${resolver.servers.join(',')}|${list.zone}`);
  if (st.disabledUntil > Date.now()) return [];
  if (opts.selfTest && Date.now() - st.selfTestedAt > opts.selfTestIntervalSeconds * 1000) {
    st.selfTest ??= selfTest(resolver, list, st, opts, log).finally(() => { st.selfTest = null; });
    await st.selfTest;
    if (st.disabledUntil > Date.now()) return [];
  }
  const answers = await lookup(resolver, `${name}.${list.zone}`, opts);
  if (signal.aborted) return []; // abandoned by the runner: its result would be dropped anyway
  if (answers === 'unknown') {
    log.debug({ list: list.name, name }, 'DNSBL query failed (timeout/SERVFAIL); counts as not listed');
    return [];
  }
  const bad = answers.filter((a) => classifyAnswer(list, a) === 'error');
  if (bad.length) {
    disable(list, st, opts, `answer ${bad.join(',')} for ${name}`, log);
    return [];
  }
  return answers;
}

/** The list's symbols whose codes match these answers, each with "zone: what answers". */
function symbolsFor(list: DnsblList, answers: string[], what: string): Hit[] {
  const hits: Hit[] = [];
  for (const [symbol, rule] of Object.entries(list.symbols)) {
    const matched = answers.filter((a) => rule.codes === 'any' || rule.codes.some((c) => codeMatches(c, a)));
    if (matched.length) hits.push({ symbol, detail: `${list.zone}: ${what}${matched.join(',')}` });
  }
  return hits;
}

const PRIVATE_RANGES = new Set(['private', 'uniqueLocal', 'linkLocal', 'unspecified', 'carrierGradeNat']);

/** The client address in every enabled `ip` list. */
export async function queryLists(ip: string, lists: readonly DnsblList[], resolver: DnsResolver, opts: DnsblOptions, log: Logger, signal: AbortSignal): Promise<Hit[]> {
  const rev = reverseName(ip);
  if (!rev) return [];
  if (opts.skipPrivate && PRIVATE_RANGES.has(ipaddr.process(ip).range())) return [];
  const perList = await Promise.all(lists.map(async (list): Promise<Hit[]> => {
    if (list.type !== 'ip' || (rev.family === 6 && !list.ipv6)) return [];
    return symbolsFor(list, await ask(list, rev.name, resolver, opts, log, signal), '');
  }));
  return perList.flat();
}

/**
 * Domains in every enabled `domain` list (URIBL). `domains` maps an ASCII domain to where it was
 * found ("link", "From"…), shown in the detail: "dbl.spamhaus.org: evil.test (link) 127.0.1.2".
 */
export async function queryDomains(domains: ReadonlyMap<string, string>, lists: readonly DnsblList[], resolver: DnsResolver, opts: DnsblOptions, log: Logger, signal: AbortSignal): Promise<Hit[]> {
  const asks = lists.filter((l) => l.type === 'domain').flatMap((list) => [...domains].map(async ([domain, where]) =>
    symbolsFor(list, await ask(list, domain, resolver, opts, log, signal), `${domain} (${where}) `)));
  return (await Promise.all(asks)).flat();
}

/** The symbols of the lists of one type, for Check.ruleSymbols. */
export const listSymbols = (rules: Rules, type: DnsblList['type']): string[] => rules.dnsbl.filter((l) => l.type === type).flatMap((l) => Object.keys(l.symbols));

export const dnsblCheck: Check<'connect', DnsblOptions> = {
  name: 'dnsbl',
  phase: 'connect',
  // The symbols come from rules/dnsbl.yaml, with the lists.
  symbols: [],
  ruleSymbols: (rules) => listSymbols(rules, 'ip'),
  options: dnsblOptionsSchema,
  directions: ['inbound'],
  timeoutMs: 5000,
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const lists = deps.rules?.dnsbl ?? [];
    if (!lists.length) return [];
    return queryLists(ctx.session.clientIp, lists, createResolver(deps.config.dns), deps.options, deps.log, deps.signal);
  },
};

/** Lists switched off right now (error answers or failed self-test), for health pages and the dashboard. */
export function disabledDnsblLists(now = Date.now()): Array<{ zone: string; until: number }> {
  const out: Array<{ zone: string; until: number }> = [];
  for (const [key, st] of listState) if (st.disabledUntil > now) out.push({ zone: key.slice(key.lastIndexOf('|') + 1), until: st.disabledUntil });
  return out;
}
