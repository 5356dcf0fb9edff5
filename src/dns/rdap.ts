// When a domain was registered, asked of its registry over RDAP (RFC 9082/9083), the successor of
// whois that every ICANN-accredited gTLD registry must serve (.com, .shop, .online, .top…: where
// throw-away phishing and fake-shop domains are bought) and many ccTLD registries do. Which server
// answers for a TLD comes from IANA's bootstrap file (RFC 9224), fetched once a day and shared
// through the Store; `servers` adds or overrides TLDs (a registry missing from the file, or a
// registry's mirror inside the company).
// Registration dates do not change, so an answer is kept for days in the Store (a cluster asks once
// per domain) and an hour in the process (a domain seen again costs no round trip). A registry that cannot be reached is not asked again for a while (one time-out, not one
// per message); an answer it refused to give (429, 5xx) is not kept.
import { domainToASCII } from 'node:url';
import type { LookupFunction } from 'node:net';
import { z } from 'zod';
import type { Logger } from '../log.ts';
import { rdapLookups } from '../metrics.ts';
import type { CacheStore } from '../store/types.ts';
import { contactHealth, isUnreachable, markUnreachable, recordContact, UNREACHABLE, webRequest } from './web.ts';

const httpUrl = z.string().trim().url().regex(/^https?:\/\//i, 'an http(s) URL');

export const rdapOptionsSchema = z.strictObject({
  /** IANA's list of the RDAP servers of each TLD (RFC 9224) */
  bootstrapUrl: httpUrl.default('https://data.iana.org/rdap/dns.json'),
  /** TLD → RDAP base URL, added to the bootstrap file or instead of its entry ("de: https://rdap.denic.de/") */
  servers: z.record(z.string().trim().toLowerCase().regex(/^[a-z0-9-]+$/, 'a TLD without dots, e.g. shop'), httpUrl).default({}),
  /** one HTTP request */
  requestTimeoutMs: z.number().int().min(100).max(30_000).default(3000),
  /** how long a domain's registration date is kept */
  cacheDays: z.number().int().min(1).max(365).default(7),
  /** a registry (or the bootstrap server) that could not be reached is not asked again for this long */
  unreachableSeconds: z.number().int().min(0).default(600),
  /** the company's web proxy for a gateway whose only way out is through it (null: links.shortLinks.proxy) */
  proxy: z.string().trim().regex(/^https?:\/\/[^\s/?#]+\/?$/, 'a proxy URL, e.g. http://proxy.example:3128').nullable().default(null),
});
export type RdapOptions = z.infer<typeof rdapOptionsSchema>;

export interface RdapDeps {
  lookup: LookupFunction;
  cache: CacheStore;
  /** the web proxy to ask through (the option's, else the short links') */
  proxy: string | null;
  log?: Logger;
}

/**
 * What the registry said of a domain:
 *  - a number: registered then (ms since the epoch);
 *  - null: the registry answered without a registration date, or does not know the domain (404);
 *  - undefined: no answer (no RDAP server for its TLD, a registry that refused or could not be reached).
 */
export type Registration = number | null | undefined;

/** what the health report says RDAP is for, and what to do when no registry answers */
const SERVICE = 'rdap';
const LOST = 'the age of senders\' and links\' domains is not known';
const ADVICE = 'Allow outgoing HTTPS to data.iana.org and the registries\' RDAP servers, set domain-age.proxy, or domain-age.enabled: false';

/** The registries as a component of the health report, or null when none was asked lately. */
export const rdapHealth = (cache: CacheStore): Promise<{ ok: boolean; detail: string } | null> => contactHealth(cache, SERVICE, LOST, ADVICE);

const bootstrapSchema = z.object({
  services: z.array(z.tuple([z.array(z.string()), z.array(z.string())]).rest(z.unknown())),
});

const responseSchema = z.object({
  events: z.array(z.object({ eventAction: z.string(), eventDate: z.string() }).passthrough()).optional(),
}).passthrough();

/** An RDAP server's answers are a few kB; IANA's bootstrap file about 40 kB. */
const MAX_ANSWER_BYTES = 1_000_000;
const BOOTSTRAP_SECONDS = 86_400;
const NOT_DATED_SECONDS = 86_400;
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const MAX_REDIRECTS = 2;
const RATE_LIMITED_SECONDS = 60;

type Fetched = { status: number; json: unknown } | { status: number; json: null };

/**
 * GET of an RDAP document, following a registry's redirect or two (to http(s) only). Rejects with
 * the network error; a server that could not be reached is marked so for `unreachableSeconds`.
 */
async function getJson(url: URL, opts: RdapOptions, deps: RdapDeps): Promise<Fetched> {
  for (let hop = 0; ; hop++) {
    const host = url.hostname.toLowerCase();
    if (await isUnreachable(deps.cache, SERVICE, host)) throw Object.assign(new Error(`${host} could not be reached lately`), { code: 'EUNREACHABLE' });
    let answer;
    try {
      answer = await webRequest(url, {
        method: 'GET', timeoutMs: opts.requestTimeoutMs, lookup: deps.lookup, proxy: deps.proxy,
        userAgent: 'mailmoat (domain age check)', accept: 'application/rdap+json, application/json', maxBodyBytes: MAX_ANSWER_BYTES,
      });
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (UNREACHABLE.has(code)) {
        await markUnreachable(deps.cache, SERVICE, host, opts.unreachableSeconds);
        await recordContact(deps.cache, SERVICE, host, code, Math.max(opts.unreachableSeconds, 3600));
      }
      throw err;
    }
    // a web proxy's refusal is no contact with the registry
    if (!(deps.proxy && (answer.status === 407 || answer.status === 401))) await recordContact(deps.cache, SERVICE, host, null, 7 * 86_400);
    // a registry that says "too many requests" is left alone for a minute (by every node), not asked again at once for the next message
    if (answer.status === 429) await markUnreachable(deps.cache, SERVICE, host, Math.min(RATE_LIMITED_SECONDS, opts.unreachableSeconds));
    if (REDIRECTS.has(answer.status) && answer.location && hop < MAX_REDIRECTS) {
      const next = new URL(answer.location, url);
      if (next.protocol !== 'http:' && next.protocol !== 'https:') return { status: answer.status, json: null };
      url = next;
      continue;
    }
    if (!answer.body) return { status: answer.status, json: null };
    try {
      return { status: answer.status, json: JSON.parse(answer.body.toString('utf8')) as unknown };
    } catch {
      return { status: answer.status, json: null };
    }
  }
}

/** TLD → RDAP base URL (ending in "/"), the https one where the file lists both. */
export function serversOfBootstrap(json: unknown): Map<string, string> | null {
  const parsed = bootstrapSchema.safeParse(json);
  if (!parsed.success) return null;
  const out = new Map<string, string>();
  for (const [tlds, urls] of parsed.data.services) {
    const url = urls.find((u) => /^https:\/\//i.test(u)) ?? urls.find((u) => /^http:\/\//i.test(u));
    if (!url) continue;
    for (const tld of tlds) out.set(tld.toLowerCase(), url.endsWith('/') ? url : `${url}/`);
  }
  return out;
}

/** The bootstrap file as read by this process, and when it was read. */
let bootstrap: { url: string; servers: Map<string, string>; until: number } | null = null;
let bootstrapUnderWay: Promise<Map<string, string>> | null = null;
const BOOTSTRAP_KEY = 'rdap:bootstrap';

async function bootstrapServers(opts: RdapOptions, deps: RdapDeps): Promise<Map<string, string>> {
  if (bootstrap && bootstrap.url === opts.bootstrapUrl && bootstrap.until > Date.now()) return bootstrap.servers;
  bootstrapUnderWay ??= (async () => {
    const keep = (servers: Map<string, string>, seconds: number): Map<string, string> => {
      bootstrap = { url: opts.bootstrapUrl, servers, until: Date.now() + seconds * 1000 };
      return servers;
    };
    // another worker or node may have read it already
    const shared = await deps.cache.get(`${BOOTSTRAP_KEY}:${opts.bootstrapUrl}`).catch(() => null);
    if (shared) {
      try {
        const servers = new Map(JSON.parse(shared) as Array<[string, string]>);
        if (servers.size) return keep(servers, BOOTSTRAP_SECONDS / 4);
      } catch {
        // a damaged entry: read the file again
      }
    }
    try {
      const { status, json } = await getJson(new URL(opts.bootstrapUrl), opts, deps);
      const servers = status === 200 ? serversOfBootstrap(json) : null;
      if (!servers?.size) {
        deps.log?.warn({ url: opts.bootstrapUrl, status }, 'RDAP bootstrap file not read: domain ages are known only for domain-age.servers');
        return keep(new Map(), opts.unreachableSeconds);
      }
      await deps.cache.set(`${BOOTSTRAP_KEY}:${opts.bootstrapUrl}`, JSON.stringify([...servers]), BOOTSTRAP_SECONDS).catch(() => undefined);
      return keep(servers, BOOTSTRAP_SECONDS);
    } catch (err) {
      // said once per unreachableSeconds, not for every message while the server is marked unreachable
      if ((err as NodeJS.ErrnoException).code !== 'EUNREACHABLE') deps.log?.info({ url: opts.bootstrapUrl, err: { message: (err as Error).message } }, 'RDAP bootstrap file not read');
      // not tried again for a while: the messages until then are asked of `servers` alone
      return keep(new Map(), opts.unreachableSeconds);
    }
  })().finally(() => { bootstrapUnderWay = null; });
  return bootstrapUnderWay;
}

/** The RDAP base URL for a domain's TLD: the admin's first, else the bootstrap file's; null when there is none. */
async function serverFor(domain: string, opts: RdapOptions, deps: RdapDeps): Promise<string | null> {
  const tld = domain.slice(domain.lastIndexOf('.') + 1);
  const own = opts.servers[tld];
  if (own) return own.endsWith('/') ? own : `${own}/`;
  return (await bootstrapServers(opts, deps)).get(tld) ?? null;
}

/** The registration date in an RDAP domain answer (the `registration` event), or null. */
export function registrationDateOf(json: unknown): number | null {
  const parsed = responseSchema.safeParse(json);
  if (!parsed.success) return null;
  const event = parsed.data.events?.find((e) => e.eventAction.toLowerCase() === 'registration');
  const at = event ? Date.parse(event.eventDate) : NaN;
  return Number.isFinite(at) ? at : null;
}

const cacheKey = (domain: string): string => `rdap:domain:${domain}`;
const underWay = new Map<string, Promise<Registration>>();
/** what this process read or learned, so that a domain seen again costs no Store round trip */
const known = new Map<string, { registered: number | null; until: number }>();
const MAX_KNOWN = 20_000;
function remember(domain: string, registered: number | null, seconds: number): void {
  if (known.size >= MAX_KNOWN) known.clear();
  known.set(domain, { registered, until: Date.now() + seconds * 1000 });
}

async function askRegistry(domain: string, opts: RdapOptions, deps: RdapDeps): Promise<Registration> {
  const base = await serverFor(domain, opts, deps);
  if (!base) {
    rdapLookups.inc({ result: 'no-server' });
    return undefined;
  }
  try {
    const { status, json } = await getJson(new URL(`domain/${domain}`, base), opts, deps);
    if (status === 404) {
      rdapLookups.inc({ result: 'unknown' });
      return null;
    }
    if (status !== 200) {
      rdapLookups.inc({ result: 'failed' });
      deps.log?.debug({ domain, status }, 'RDAP: the registry gave no answer');
      return undefined;
    }
    const at = registrationDateOf(json);
    rdapLookups.inc({ result: at === null ? 'undated' : 'dated' });
    return at;
  } catch (err) {
    rdapLookups.inc({ result: 'failed' });
    deps.log?.debug({ domain, err: { message: (err as Error).message } }, 'RDAP: the registry could not be asked');
    return undefined;
  }
}

/**
 * When a registrable domain (ASCII or Unicode) was registered: from the Store, from a request under
 * way for another message, or asked now. Never throws.
 */
export async function registrationOf(name: string, opts: RdapOptions, deps: RdapDeps): Promise<Registration> {
  const domain = domainToASCII(name.toLowerCase().replace(/\.$/, ''));
  if (!domain || !domain.includes('.')) return undefined;
  const here = known.get(domain);
  if (here && here.until > Date.now()) return here.registered;
  const cached = await deps.cache.get(cacheKey(domain)).catch(() => null);
  if (cached) {
    try {
      const { registered } = JSON.parse(cached) as { registered: number | null };
      // the Store's entry may be older: kept here no longer than an hour
      remember(domain, registered, 3600);
      return registered;
    } catch {
      // a damaged entry: ask again
    }
  }
  let pending = underWay.get(domain);
  if (!pending) {
    pending = askRegistry(domain, opts, deps).then(async (registered) => {
      if (registered !== undefined) {
        const seconds = registered === null ? NOT_DATED_SECONDS : opts.cacheDays * 86_400;
        remember(domain, registered, Math.min(seconds, 3600));
        await deps.cache.set(cacheKey(domain), JSON.stringify({ registered }), seconds).catch(() => undefined);
      }
      return registered;
    }).finally(() => underWay.delete(domain));
    underWay.set(domain, pending);
  }
  return pending;
}

/** Forget the bootstrap file and requests under way (tests). */
export function resetRdapState(): void {
  bootstrap = null;
  underWay.clear();
  known.clear();
}
