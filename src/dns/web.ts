// The gateway's own requests to the web (short links followed, registration data asked of the
// registries): one way to make them. Names are resolved by the gateway's DNS servers (dns.servers),
// as every other check does, or by the company's web proxy when one is set; each service that is
// asked leaves a mark in the Store (answered, or could not be reached), which the health report
// reads, so a gateway with no way out to the web says so on the dashboard, not only in a metric.
import { request as httpRequest, type Agent, type ClientRequest, type IncomingMessage, type RequestOptions } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { HttpProxyAgent } from 'http-proxy-agent';
import { HttpsProxyAgent } from 'https-proxy-agent';
import type { DnsResolver } from './index.ts';
import type { CacheStore } from '../store/types.ts';

/**
 * A `lookup` for node's HTTP client that asks the gateway's DNS servers (dns.servers), as every
 * other check does: IPv4 addresses, else (a name with no A record) IPv6 ones.
 */
export function resolverLookup(resolver: Pick<DnsResolver, 'resolve4' | 'mailauth'>): LookupFunction {
  const addresses = async (hostname: string): Promise<Array<{ address: string; family: 4 | 6 }>> => {
    try {
      const v4 = await resolver.resolve4(hostname);
      if (v4.length) return v4.map((a) => ({ address: a.address, family: 4 }));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ENODATA') throw err;
    }
    const v6 = (await resolver.mailauth(hostname, 'AAAA').catch(() => [])) as string[];
    if (!v6.length) throw Object.assign(new Error(`${hostname} has no address`), { code: 'ENODATA' });
    return v6.map((address) => ({ address, family: 6 }));
  };
  return (hostname, options, callback) => {
    addresses(hostname).then((found) => {
      if (options.all) callback(null, found);
      else callback(null, found[0]!.address, found[0]!.family);
    }, (err: NodeJS.ErrnoException) => callback(err, '', 4));
  };
}

/** One agent per proxy and scheme: https through a CONNECT tunnel, http forwarded. */
const proxyAgents = new Map<string, Agent>();
export function proxyAgent(proxy: string, protocol: string): Agent {
  const key = `${protocol} ${proxy}`;
  let agent = proxyAgents.get(key);
  if (!agent) proxyAgents.set(key, (agent = protocol === 'https:' ? new HttpsProxyAgent(proxy) : new HttpProxyAgent(proxy)));
  return agent;
}

/** A proxy URL for the logs, without its password. */
export const proxyForLog = (proxy: string | null): string | undefined => proxy?.replace(/\/\/[^@/]*@/, '//…@');

/** Errors that say a server cannot be reached from here (as opposed to answering badly). */
export const UNREACHABLE = new Set(['ECONNREFUSED', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'ENODATA', 'ESERVFAIL', 'ETIMEOUT', 'ECONNRESET', 'EAI_AGAIN', 'ECANCELLED']);

/** The last server of a service that answered, or that could not be reached. */
interface Contact { host: string; at: number; code?: string }

const contactKey = (service: string, answered: boolean): string => `${service}:health:${answered ? 'reached' : 'unreachable'}`;

/**
 * Marks in the Store (every worker and node writes them) that a service's server answered, or
 * could not be reached with this error code. Never throws: a Store hiccup is no reason to fail a check.
 */
export async function recordContact(cache: CacheStore, service: string, host: string, code: string | null, ttlSeconds: number): Promise<void> {
  const contact: Contact = code === null ? { host, at: Date.now() } : { host, at: Date.now(), code };
  await cache.set(contactKey(service, code === null), JSON.stringify(contact), ttlSeconds).catch(() => undefined);
}

/**
 * A service as a component of the health report, or null when it was not asked lately: not ok when
 * the last contact failed, with what it costs (`lost`) and what to do (`advice`).
 */
export async function contactHealth(cache: CacheStore, service: string, lost: string, advice: string): Promise<{ ok: boolean; detail: string } | null> {
  const read = async (answered: boolean): Promise<Contact | null> => {
    try {
      return JSON.parse((await cache.get(contactKey(service, answered))) ?? 'null') as Contact | null;
    } catch {
      return null;
    }
  };
  const [reached, unreachable] = await Promise.all([read(true), read(false)]);
  const at = (t: number): string => new Date(t).toISOString().slice(0, 16).replace('T', ' ');
  if (unreachable && (!reached || unreachable.at > reached.at)) {
    return { ok: false, detail: `${unreachable.host} could not be reached at ${at(unreachable.at)} UTC (${unreachable.code}): ${lost}. ${advice}` };
  }
  return reached ? { ok: true, detail: `${reached.host} answered at ${at(reached.at)} UTC` } : null;
}

export interface WebAnswer {
  status: number;
  location: string | null;
  /** the body, when asked for (`maxBodyBytes` > 0) and the status is 2xx */
  body: Buffer | null;
}

export interface WebRequest {
  method: 'HEAD' | 'GET';
  timeoutMs: number;
  /** how names are resolved (resolverLookup); not used through a proxy, which resolves them itself */
  lookup: LookupFunction;
  /** the company's web proxy, or null */
  proxy: string | null;
  /** what the gateway says it is and wants */
  userAgent: string;
  accept: string;
  /** read a 2xx answer's body up to this size (a longer one fails with EMSGSIZE); 0 = never read a body */
  maxBodyBytes: number;
}

/**
 * One request (through the proxy when set). Resolves with the status, the Location, and the body
 * if asked for; rejects on a network error or when no whole answer came within `timeoutMs`.
 */
export function webRequest(url: URL, r: WebRequest): Promise<WebAnswer> {
  return new Promise((resolve, reject) => {
    const options: RequestOptions = {
      method: r.method,
      ...r.proxy ? { agent: proxyAgent(r.proxy, url.protocol) } : { lookup: r.lookup, agent: false },
      headers: { 'user-agent': r.userAgent, accept: r.accept, connection: 'close' },
    };
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const fail = (err: Error): void => {
      clearTimeout(timer);
      reject(err);
    };
    // the response cannot come before the timer is set: it arrives on a later turn
    const req: ClientRequest = send(url, options, (res: IncomingMessage) => {
      const status = res.statusCode ?? 0;
      const location = res.headers.location ?? null;
      if (!r.maxBodyBytes || status < 200 || status >= 300) {
        clearTimeout(timer);
        resolve({ status, location, body: null });
        req.destroy();
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > r.maxBodyBytes) req.destroy(Object.assign(new Error(`answer larger than ${r.maxBodyBytes} bytes`), { code: 'EMSGSIZE' }));
        else chunks.push(chunk);
      });
      res.on('end', () => {
        clearTimeout(timer);
        resolve({ status, location, body: Buffer.concat(chunks) });
      });
      res.on('error', fail);
    });
    const timer = setTimeout(() => req.destroy(Object.assign(new Error(`no answer in ${r.timeoutMs} ms`), { code: 'ETIMEDOUT' })), r.timeoutMs);
    req.on('error', fail);
    req.end();
  });
}

/**
 * Servers that could not be reached, per service: marked in the Store too, so that the other
 * workers and nodes do not each wait for the same time-out; the process remembers what it read
 * from there.
 */
const unreachableUntil = new Map<string, number>();
const downKey = (service: string, host: string): string => `${service}:down:${host}`;

export async function isUnreachable(cache: CacheStore, service: string, host: string): Promise<boolean> {
  const key = downKey(service, host);
  const known = unreachableUntil.get(key);
  if (known !== undefined) {
    if (known > Date.now()) return true;
    unreachableUntil.delete(key);
  }
  const shared = Number(await cache.get(key).catch(() => null));
  if (shared > Date.now()) {
    unreachableUntil.set(key, shared);
    return true;
  }
  return false;
}

/** A server of the service is not asked again for `seconds` (here and, through the Store, elsewhere). */
export async function markUnreachable(cache: CacheStore, service: string, host: string, seconds: number): Promise<void> {
  if (seconds <= 0) return;
  const until = Date.now() + seconds * 1000;
  unreachableUntil.set(downKey(service, host), until);
  await cache.set(downKey(service, host), String(until), seconds).catch(() => undefined);
}

/** Forget the servers this process found unreachable (tests; a rules reload keeps them: the network did not change). */
export function forgetUnreachable(): void {
  unreachableUntil.clear();
}
