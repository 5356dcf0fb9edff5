// Short links (bit.ly, t.co, clck.ru, qrco.de…) followed to where they lead. A phisher puts his page
// behind a shortener so that the mail names no domain a block list knows: uribl, phishing and the
// link shapes judge the short link's host, a respectable company's. The redirect is asked for with
// one HEAD request per hop, as rspamd's url_redirector does, and only of the shorteners listed in
// `links.shortLinks.hosts` (rules/checks.yaml): no other host is ever contacted, so a message cannot
// make the gateway visit its sender's server (which would tell him the address is read) or an
// address inside the company. A shortener sees only its own code. Answers are cached in the Store
// (a cluster asks once); a shortener that cannot be reached (no way out through the firewall) is
// not asked again for a while, so it costs one time-out, not one per message. Where the only way
// out is the company's web proxy, `proxy` names it.
import { createHash } from 'node:crypto';
import type { LookupFunction } from 'node:net';
import { z } from 'zod';
import { createResolver, type DnsConfig } from '../dns/index.ts';
import { contactHealth, forgetUnreachable, isUnreachable, markUnreachable, proxyForLog, recordContact, resolverLookup, UNREACHABLE, webRequest, type WebAnswer } from '../dns/web.ts';
import type { Logger } from '../log.ts';
import { shortLinks as shortLinksMetric } from '../metrics.ts';
import type { ParsedMessage } from '../pipeline/types.ts';
import type { CacheStore } from '../store/types.ts';
import { visibleText } from '../fuzzy/fingerprint.ts';
import { embeddedUrls, linkDomainOf, messageLinks, type MessageLink } from './links.ts';
import { qrOptionsOf, type QrOptions } from './qr.ts';
import { hostOfUrl } from './scripts.ts';

const hostName = z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'a host name, e.g. bit.ly');

export const shortLinksOptionsSchema = z.strictObject({
  /** follow short links at all */
  enabled: z.boolean().default(true),
  /** the shorteners (exact hosts, or their subdomains) whose links are followed; the only hosts ever contacted */
  hosts: z.array(hostName).default([
    'bit.ly', 'j.mp', 't.co', 'tinyurl.com', 'is.gd', 'v.gd', 'ow.ly', 'buff.ly', 'rebrand.ly', 'cutt.ly',
    'shorturl.at', 'rb.gy', 't.ly', 'tiny.cc', 's.id', 'clck.ru', 'vk.cc', 'u.to', 'surl.li', 'qrco.de', 'lnkd.in', 'bl.ink',
  ]),
  /** distinct short links followed per message */
  maxLinks: z.number().int().min(1).max(20).default(5),
  /** redirects followed from one short link while they lead to another shortener */
  maxHops: z.number().int().min(1).max(10).default(3),
  /** one HTTP request */
  requestTimeoutMs: z.number().int().min(100).max(30_000).default(3000),
  /**
   * one message's short links together; the answers that come later are still cached for the next
   * message. At most 8 s: uribl asks its lists after, within its own 10 s
   */
  budgetMs: z.number().int().min(100).max(8000).default(4000),
  /** how long an answer is kept */
  cacheSeconds: z.number().int().min(0).default(86_400),
  /** a shortener that could not be reached is not asked again for this long */
  unreachableSeconds: z.number().int().min(0).default(600),
  /**
   * the company's web proxy ("http://proxy.corp.example:3128", with "user:password@" if it asks),
   * for a gateway whose only way out to the web is through it: https short links through a CONNECT
   * tunnel, http ones forwarded; the proxy then resolves the names
   */
  proxy: z.string().trim().regex(/^https?:\/\/[^\s/?#]+\/?$/, 'a proxy URL, e.g. http://proxy.example:3128').nullable().default(null),
});
export type ShortLinksOptions = z.infer<typeof shortLinksOptionsSchema>;

/**
 * How following a short link ended:
 *  - target: it led to a host that is no shortener (not contacted: the last hop is the target);
 *  - page: a shortener answered with a page (2xx), not a redirect (a preview or a warning page);
 *  - dead: the shortener no longer knows the link (404, 410): removed, often for abuse;
 *  - too-deep: still leading to another shortener after maxHops redirects;
 *  - failed: no answer in time, a refusal (403, 429, the proxy's), a server error, or the shortener could not be reached.
 */
export type ShortLinkEnd = 'target' | 'page' | 'dead' | 'too-deep' | 'failed';
export interface ShortLinkResult {
  /** where the redirects led, in order (not the short link itself) */
  hops: string[];
  end: ShortLinkEnd;
}

/** The short links of one message and where each leads. */
export interface ShortLinks {
  /** short link (as written in the message) → where following it ended */
  followed: ReadonlyMap<string, ShortLinkResult>;
  /** short links written without "https://" in the text ("bit.ly/3xYz"), which mail programs show as links */
  bare: MessageLink[];
}

export const NO_SHORT_LINKS: ShortLinks = { followed: new Map(), bare: [] };

/** Whether a host is one of the shorteners (or a subdomain of one). */
export function isShortenerHost(host: string, hosts: readonly string[]): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return hosts.some((s) => h === s || h.endsWith(`.${s}`));
}

/** characters of a host name as written in text */
const HOST_CHAR = /[A-Za-z0-9.-]/;
/** a short link's code after the host's "/" */
const CODE = /^[A-Za-z0-9_-]+/;

/**
 * Short links written in the text without a scheme ("bit.ly/3xYz"), as https URLs, at most `max`:
 * not inside an address or a URL already found ("x@bit.ly/…", "https://bit.ly/…"). Walks the
 * text's slashes and reads the host name before each, so a long text costs little (a regex
 * alternation of the hosts tried at every position cost 10 % of parsing the message).
 */
export function bareShortLinks(text: string, hosts: readonly string[], max: number): string[] {
  const out = new Set<string>();
  if (!hosts.length) return [];
  for (let slash = text.indexOf('/'); slash >= 0 && out.size < max; slash = text.indexOf('/', slash + 1)) {
    let start = slash;
    while (start > 0 && HOST_CHAR.test(text[start - 1]!)) start--;
    const before = text[start - 1];
    if (start === slash || (before !== undefined && /[@/_:]/.test(before))) continue;
    const host = text.slice(start, slash);
    if (!isShortenerHost(host, hosts)) continue;
    const code = CODE.exec(text.slice(slash + 1, slash + 100));
    if (code) out.add(`https://${host}/${code[0]}`);
  }
  return [...out];
}

/** A message's links (messageLinks, at most `max`), then its short links written bare in the text. */
export async function everyLink(view: ParsedMessage, max: number, qr: QrOptions | null, short: ShortLinks): Promise<MessageLink[]> {
  return [...await messageLinks(view, max, qr), ...short.bare];
}

/** places judged per link at most (a link, the targets redirectors carry, the hops of short links) */
const MAX_PLACES = 20;

/**
 * Where a link leads, with how: itself, the targets open redirectors carry in it (and in those, a
 * redirector behind a redirector), and the hops of the short links among them that were followed.
 * A place reached through a short link is 'short link', else through a redirector 'redirect'.
 */
export function placesOf(url: string, short: ShortLinks): Array<{ url: string; via: 'link' | 'redirect' | 'short link' }> {
  const out: Array<{ url: string; via: 'link' | 'redirect' | 'short link' }> = [{ url, via: 'link' }];
  const seen = new Set([url]);
  const add = (u: string, via: 'redirect' | 'short link'): void => {
    if (!seen.has(u) && out.length < MAX_PLACES) {
      seen.add(u);
      out.push({ url: u, via });
    }
  };
  for (let i = 0; i < out.length; i++) {
    const from = out[i]!;
    for (const hop of short.followed.get(from.url)?.hops ?? []) add(hop, 'short link');
    for (const target of embeddedUrls(from.url)) add(target, from.via === 'short link' ? 'short link' : 'redirect');
  }
  return out;
}

/** Statuses of a redirect that names its target in Location. */
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
/** A shortener that does not serve HEAD is asked with GET (its body is not read). */
const NO_HEAD = new Set([405, 501]);
/** Answers that mean the link is gone. */
const GONE = new Set([404, 410]);

/** One request (through `proxy` when set): the status and Location; a body is never read. */
const ask = (url: URL, method: 'HEAD' | 'GET', timeoutMs: number, lookup: LookupFunction, proxy: string | null): Promise<WebAnswer> =>
  webRequest(url, { method, timeoutMs, lookup, proxy, userAgent: 'Mozilla/5.0 (compatible; mailmoat link check)', accept: '*/*', maxBodyBytes: 0 });

/** Requests under way, so that two messages with one short link make one request. */
const underWay = new Map<string, Promise<ShortLinkResult>>();

/** Forget unreachable shorteners (tests; a rules reload keeps them: the network did not change). */
export function resetShortLinkState(): void {
  forgetUnreachable();
  underWay.clear();
}

export interface FollowDeps {
  lookup: LookupFunction;
  cache: CacheStore;
  log?: Logger;
}

const cacheKey = (url: string): string => `shortlink:${createHash('sha256').update(url).digest('hex').slice(0, 32)}`;

/** what the health report says the shorteners are for, and what to do when none answers */
const SERVICE = 'shortlink';
const LOST = 'short links are not followed';
const ADVICE = 'Allow outgoing HTTPS to the shorteners, set links.shortLinks.proxy, or links.shortLinks.enabled: false';

/** The shorteners as a component of the health report, or null when none was asked lately. */
export const shortenerHealth = (cache: CacheStore): Promise<{ ok: boolean; detail: string } | null> => contactHealth(cache, SERVICE, LOST, ADVICE);

/** The URL to request for a link as written: "bit.ly/x" and "//bit.ly/x" are https. */
function requestUrl(link: string): URL | null {
  try {
    const u = new URL(/^https?:\/\//i.test(link) ? link : `https://${link.replace(/^\/\//, '')}`);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : null;
  } catch {
    return null;
  }
}

/**
 * Follows one short link while it leads to a shortener: at most maxHops requests, not counting a
 * shortener's move from http to https on its own host. Never throws.
 */
async function followUncached(link: string, opts: ShortLinksOptions, deps: FollowDeps): Promise<ShortLinkResult> {
  const hops: string[] = [];
  let url = requestUrl(link);
  let requests = 0;
  let upgrades = 0;
  while (url) {
    const host = url.hostname.toLowerCase();
    if (hops.length && !isShortenerHost(host, opts.hosts)) return { hops, end: 'target' };
    if (requests - upgrades >= opts.maxHops || upgrades > 1) return { hops, end: 'too-deep' };
    if (await isUnreachable(deps.cache, SERVICE, host)) return { hops, end: 'failed' };
    let answer: WebAnswer;
    try {
      requests++;
      answer = await ask(url, 'HEAD', opts.requestTimeoutMs, deps.lookup, opts.proxy);
      if (NO_HEAD.has(answer.status)) answer = await ask(url, 'GET', opts.requestTimeoutMs, deps.lookup, opts.proxy);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (UNREACHABLE.has(code)) {
        await markUnreachable(deps.cache, SERVICE, host, opts.unreachableSeconds);
        await recordContact(deps.cache, SERVICE, host, code, Math.max(opts.unreachableSeconds, 3600));
      }
      deps.log?.info({ host, err: { message: (err as Error).message, code } }, 'short link not followed: the shortener did not answer');
      return { hops, end: 'failed' };
    }
    // 407 is the proxy's answer for missing credentials; tinyproxy answers a wrong password with 401
    if (opts.proxy && (answer.status === 407 || answer.status === 401)) deps.log?.warn({ proxy: proxyForLog(opts.proxy) }, 'the web proxy refused the short link check: its user and password (links.shortLinks.proxy) are missing or wrong');
    // a web proxy's refusal is no contact with the shortener
    if (!(opts.proxy && (answer.status === 407 || answer.status === 401))) await recordContact(deps.cache, SERVICE, host, null, 7 * 86_400);
    if (GONE.has(answer.status)) return { hops, end: 'dead' };
    // a page (a preview, a warning) is an answer; 403, 429, a proxy's refusal or 5xx are none, and are not kept
    if (!REDIRECTS.has(answer.status)) return { hops, end: answer.status >= 200 && answer.status < 300 ? 'page' : 'failed' };
    if (!answer.location) return { hops, end: 'failed' };
    let next: URL;
    try {
      next = new URL(answer.location, url);
    } catch {
      return { hops, end: 'failed' };
    }
    if (url.protocol === 'http:' && next.protocol === 'https:' && next.hostname === url.hostname) {
      upgrades++;
    } else {
      hops.push(next.href);
    }
    // a redirect to another scheme (ms-msdt:, search-ms:, data:) is the target itself
    url = next.protocol === 'http:' || next.protocol === 'https:' ? next : null;
  }
  return { hops, end: 'target' };
}

/** Where one short link leads: from the cache, from a request under way for another message, or followed now. */
export async function followShortLink(link: string, opts: ShortLinksOptions, deps: FollowDeps): Promise<ShortLinkResult> {
  const key = cacheKey(link);
  const cached = await deps.cache.get(key).catch(() => null);
  if (cached) {
    try {
      return JSON.parse(cached) as ShortLinkResult;
    } catch {
      // a damaged entry: follow again
    }
  }
  let pending = underWay.get(link);
  if (!pending) {
    pending = followUncached(link, opts, deps).then(async (result) => {
      // a failure is not kept: the shortener may answer next time (an unreachable one is skipped for a while anyway)
      if (result.end !== 'failed' && opts.cacheSeconds > 0) {
        await deps.cache.set(key, JSON.stringify(result), opts.cacheSeconds).catch((err: Error) => deps.log?.warn({ err: { message: err.message } }, 'short link not cached'));
      }
      return result;
    }).finally(() => underWay.delete(link));
    underWay.set(link, pending);
  }
  return pending;
}

/** A place a link leads to with its host, and the domain that is registered (null for an IP address). */
export interface LinkSite { url: string; host: string; domain: string | null }

/**
 * Every place the message's links lead to that has a host (see `everyLink` and `placesOf`: the
 * links wherever the reader finds them, redirect targets, short links' hops), in order, each once:
 * what the checks that judge where links go read (phishing's look-alikes of our domains, brand
 * impersonation, credential lures).
 */
export async function linkSites(view: ParsedMessage, deps: ShortLinkDeps, max: number): Promise<LinkSite[]> {
  const short = await shortLinksOf(view, deps);
  const out: LinkSite[] = [];
  const seen = new Set<string>();
  for (const { url } of await everyLink(view, max, qrOptionsOf(deps.rules?.checks), short)) {
    for (const { url: target } of placesOf(url, short)) {
      const host = seen.has(target) ? null : hostOfUrl(target);
      seen.add(target);
      if (host) out.push({ url: target, host, domain: linkDomainOf(host) });
    }
  }
  return out;
}

export interface ShortLinkDeps {
  rules?: { checks?: Record<string, unknown> };
  config: { dns: DnsConfig };
  store: { cache: CacheStore };
  log?: Logger;
}

/** The links section's short-link options (the links check owns the section; uribl and phishing read it too). */
export function shortLinksOptionsOf(checks: Record<string, unknown> | undefined): ShortLinksOptions {
  const section = (checks?.links as { shortLinks?: unknown } | undefined)?.shortLinks;
  if (!section || typeof section !== 'object') return DEFAULTS;
  let parsed = parsedSections.get(section);
  if (!parsed) parsedSections.set(section, (parsed = shortLinksOptionsSchema.parse(section)));
  return parsed;
}
const DEFAULTS = shortLinksOptionsSchema.parse({});
/** parsed once per rules load (the section object is replaced on reload) */
const parsedSections = new WeakMap<object, ShortLinksOptions>();

const shortLinksOfView = new WeakMap<object, Promise<ShortLinks>>();

/**
 * The short links of a message (its links of the listed shorteners, then those written bare in the
 * text), followed once per message for every check that asks, within `budgetMs`: a link not
 * followed by then counts as failed for this message (its answer is still cached for the next).
 * Found once per message: the first caller's options count (every check passes the same rules').
 */
export function shortLinksOf(view: ParsedMessage, deps: ShortLinkDeps, opts: ShortLinksOptions = shortLinksOptionsOf(deps.rules?.checks)): Promise<ShortLinks> {
  let found = shortLinksOfView.get(view);
  if (!found) {
    found = (async (): Promise<ShortLinks> => {
      if (!opts.enabled || !opts.hosts.length) return NO_SHORT_LINKS;
      const links = await messageLinks(view, 200, qrOptionsOf(deps.rules?.checks));
      const short = new Set<string>();
      // a short link as written, or carried by a redirector ("google.com/url?q=https://bit.ly/…")
      for (const link of links) {
        for (const { url } of placesOf(link.url, NO_SHORT_LINKS)) {
          const host = hostOfUrl(url);
          if (host && isShortenerHost(host, opts.hosts) && short.size < opts.maxLinks) short.add(url);
        }
      }
      const written = new Set(links.map((l) => l.url.replace(/^https?:\/\//i, '').toLowerCase()));
      const bare = bareShortLinks(visibleText(view), opts.hosts, opts.maxLinks)
        .filter((url) => !written.has(url.slice('https://'.length).toLowerCase()));
      for (const url of bare) if (short.size < opts.maxLinks) short.add(url);
      if (!short.size) return NO_SHORT_LINKS;
      const follow: FollowDeps = { lookup: resolverLookup(createResolver(deps.config.dns)), cache: deps.store.cache, log: deps.log };
      const failed: ShortLinkResult = { hops: [], end: 'failed' };
      let timer: NodeJS.Timeout | undefined;
      const budget = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), opts.budgetMs); });
      const results = await Promise.all([...short].map(async (url) => [url, (await Promise.race([followShortLink(url, opts, follow), budget])) ?? failed] as const));
      clearTimeout(timer);
      for (const [, r] of results) shortLinksMetric.inc({ end: r.end });
      return { followed: new Map(results), bare: bare.map((url) => ({ url })) };
    })();
    shortLinksOfView.set(view, found);
  }
  return found;
}
