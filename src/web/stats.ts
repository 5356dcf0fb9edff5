// Dashboard figures: traffic from store.txlog (bucketed by hour) and the gateway's resource use.
import { readdir, stat, statfs } from 'node:fs/promises';
import { join } from 'node:path';
import { cpus, loadavg } from 'node:os';
import { bayesStatus, type BayesStatus } from '../bayes/status.ts';
import type { Action, Store, TxLogEntry } from '../store/types.ts';
import type { WebDeps } from './deps.ts';
import { healthReport } from './health.ts';

export const ACTIONS: readonly Action[] = ['accept', 'tag', 'quarantine', 'reject', 'tempfail'];
/** transactions txSince() reads at most */
export const TX_ENTRIES_MAX = 50_000;

/** every logged transaction since `since` (newest first), capped at TX_ENTRIES_MAX so a huge log cannot stall the UI */
export async function txSince(store: Store, since: number, direction?: 'inbound' | 'outbound'): Promise<TxLogEntry[]> {
  const out: TxLogEntry[] = [];
  for (let offset = 0; out.length < TX_ENTRIES_MAX; ) {
    const { items } = await store.txlog.search({ since, direction, limit: 5000, offset });
    out.push(...items);
    if (items.length < 5000) break;
    offset += items.length;
  }
  return out;
}

export interface TrafficStats {
  since: number;
  bucketMs: number;
  buckets: Array<{ start: number; counts: Record<Action, number>; spam: number; total: number }>;
  totals: Record<Action, number> & { total: number; spamRatio: number; viruses: number; blockedAttachments: number;
    /** messages with a document that runs or fetches code: ATTACH_MACRO, ATTACH_EXPLOIT, ATTACH_REMOTE_CONTENT */
    dangerousDocuments: number;
    /** inbound symbol counts: our own domain forged (SPOOF_LOCAL_DOMAIN), a colleague's name (IMPERSONATE_LOCAL_NAME), look-alikes
     *  of our domain and of a correspondent's (LOOKALIKE_*); `spoofing` counts messages with any of them once, as `phishing` does */
    spoofedDomain: number; impersonation: number; lookalikeLocal: number; lookalikeCorrespondent: number; spoofing: number; phishing: number; phishingLinks: number; phishPages: number; replyToLookalike: number; replyToFreemail: number; qrCodeLinks: number;
    /** messages to spam traps (SPAMTRAP), and other messages marked by what the traps caught (SPAMTRAP_IP or SPAMTRAP_FUZZY, once) */
    spamTraps: number; trapMarked: number;
    greylistPassed: number; greylistDeferred: number; outbound: number };
  topSymbols: Array<{ name: string; count: number }>;
  topIps: Array<{ name: string; count: number }>;
  topDomains: Array<{ name: string; count: number }>;
}

const isSpam = (a: Action) => a === 'tag' || a === 'quarantine' || a === 'reject';
export const isVirus = (e: Pick<TxLogEntry, 'symbols'>) => e.symbols.some((s) => s.name === 'CLAMAV_VIRUS');

function top(map: Map<string, number>, n: number): Array<{ name: string; count: number }> {
  return [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, n).map(([name, count]) => ({ name, count }));
}

function bump(map: Map<string, number>, key: string): void {
  if (key) map.set(key, (map.get(key) ?? 0) + 1);
}

export function domainOf(addr: string): string {
  const at = addr.lastIndexOf('@');
  return at < 0 ? '' : addr.slice(at + 1).toLowerCase();
}

/** the dashboard's phishing tile: mail that leads the reader's click or reply to an imitation */
/** documents that run code or fetch it: macros, Office exploits, remote templates (messages, once) */
const DANGEROUS_DOCUMENT_SYMBOLS = new Set(['ATTACH_MACRO', 'ATTACH_EXPLOIT', 'ATTACH_REMOTE_CONTENT', 'ATTACH_PDF_SCRIPT']);
const PHISHING_SYMBOLS = new Set(['PHISHING_LINK', 'LINK_LOOKALIKE_LOCAL', 'ATTACH_PHISH_PAGE', 'REPLYTO_LOOKALIKE']);
const SPOOFING_SYMBOLS = new Set(['SPOOF_LOCAL_DOMAIN', 'IMPERSONATE_LOCAL_NAME', 'LOOKALIKE_LOCAL_DOMAIN', 'LOOKALIKE_CORRESPONDENT', 'SPOOF_CALENDAR_ORGANIZER']);

export function trafficStats(entries: readonly TxLogEntry[], now: number, hours: number): TrafficStats {
  const bucketMs = hours <= 48 ? 3600_000 : 6 * 3600_000;
  const end = Math.ceil(now / bucketMs) * bucketMs;
  const n = Math.ceil((hours * 3600_000) / bucketMs);
  const start = end - n * bucketMs;
  const zero = (): Record<Action, number> => ({ accept: 0, tag: 0, quarantine: 0, reject: 0, tempfail: 0 });
  const buckets = Array.from({ length: n }, (_, i) => ({ start: start + i * bucketMs, counts: zero(), spam: 0, total: 0 }));
  const totals = { ...zero(), total: 0, spamRatio: 0, viruses: 0, blockedAttachments: 0, dangerousDocuments: 0, spoofedDomain: 0, impersonation: 0, lookalikeLocal: 0, lookalikeCorrespondent: 0, spoofing: 0, phishing: 0, phishingLinks: 0, phishPages: 0, replyToLookalike: 0, replyToFreemail: 0, qrCodeLinks: 0, spamTraps: 0, trapMarked: 0, greylistPassed: 0, greylistDeferred: 0, outbound: 0 };
  const symbols = new Map<string, number>();
  const ips = new Map<string, number>();
  const domains = new Map<string, number>();
  for (const e of entries) {
    if (e.at < start) continue;
    if (e.direction === 'outbound') {
      totals.outbound++;
      continue;
    }
    const b = buckets[Math.min(n - 1, Math.floor((e.at - start) / bucketMs))]!;
    b.counts[e.action]++;
    b.total++;
    totals[e.action]++;
    totals.total++;
    if (isSpam(e.action)) {
      b.spam++;
      bump(ips, e.clientIp);
      bump(domains, domainOf(e.mailFrom));
    }
    if (isVirus(e)) totals.viruses++;
    for (const s of e.symbols) {
      if (s.score > 0) bump(symbols, s.name);
      if (s.name === 'GREYLIST_PASSED') totals.greylistPassed++;
      if (s.name === 'ATTACH_BLOCKED') totals.blockedAttachments++;
      if (s.name === 'SPOOF_LOCAL_DOMAIN') totals.spoofedDomain++;
      if (s.name === 'IMPERSONATE_LOCAL_NAME') totals.impersonation++;
      if (s.name === 'LOOKALIKE_LOCAL_DOMAIN') totals.lookalikeLocal++;
      if (s.name === 'LOOKALIKE_CORRESPONDENT') totals.lookalikeCorrespondent++;
      if (s.name === 'GREYLIST_DEFERRED') totals.greylistDeferred++;

      if (s.name === 'ATTACH_PHISH_PAGE') totals.phishPages++;
      if (s.name === 'REPLYTO_LOOKALIKE') totals.replyToLookalike++;
      if (s.name === 'REPLYTO_FREEMAIL') totals.replyToFreemail++;
      if (s.name === 'QR_CODE_LINK') totals.qrCodeLinks++;
      if (s.name === 'SPAMTRAP') totals.spamTraps++;
    }
    // messages, not symbols: a phish with a look-alike link and a login page counts once
    if (e.symbols.some((s) => PHISHING_SYMBOLS.has(s.name))) totals.phishing++;
    // a link that imitates the site it shows, or our own domain: messages, once
    if (e.symbols.some((s) => s.name === 'PHISHING_LINK' || s.name === 'LINK_LOOKALIKE_LOCAL')) totals.phishingLinks++;
    if (e.symbols.some((s) => SPOOFING_SYMBOLS.has(s.name))) totals.spoofing++;
    if (e.symbols.some((s) => DANGEROUS_DOCUMENT_SYMBOLS.has(s.name))) totals.dangerousDocuments++;
    if (e.symbols.some((s) => s.name === 'SPAMTRAP_IP' || s.name === 'SPAMTRAP_FUZZY')) totals.trapMarked++;
  }
  const judged = totals.total - totals.tempfail;
  totals.spamRatio = judged > 0 ? (totals.tag + totals.quarantine + totals.reject) / judged : 0;
  return { since: start, bucketMs, buckets, totals, topSymbols: top(symbols, 10), topIps: top(ips, 10), topDomains: top(domains, 10) };
}

// ---------- resource use ----------
let lastCpu = { at: Date.now(), usage: process.cpuUsage() };
let cpuPercent = 0;

function sampleCpu(): number {
  const now = Date.now();
  const elapsed = now - lastCpu.at;
  if (elapsed >= 1000) {
    const u = process.cpuUsage(lastCpu.usage);
    cpuPercent = ((u.user + u.system) / 1000 / elapsed) * 100;
    lastCpu = { at: now, usage: process.cpuUsage() };
  }
  return cpuPercent;
}

let sizeCache: { dir: string; at: number; bytes: number } | null = null;

/** bytes under dataDir; walked at most once a minute */
async function dirSize(dir: string): Promise<number> {
  if (sizeCache && sizeCache.dir === dir && Date.now() - sizeCache.at < 60_000) return sizeCache.bytes;
  let bytes = 0;
  let files = 0;
  const walk = async (d: string): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (++files > 200_000) return;
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) bytes += (await stat(p).catch(() => ({ size: 0 }))).size;
    }
  };
  await walk(dir);
  sizeCache = { dir, at: Date.now(), bytes };
  return bytes;
}

export interface ResourceStats {
  memory: { rss: number; heapUsed: number; heapTotal: number };
  cpuPercent: number;
  cores: number;
  load: number[];
  uptimeSeconds: number;
  disk: { dataDirBytes: number; freeBytes: number | null; totalBytes: number | null };
  queue: number | null;
  quarantine: number | null;
  rejectedCopies: number | null;
  health: Record<string, { ok: boolean; detail?: string }>;
  ready: boolean;
}

export async function resourceStats(deps: WebDeps): Promise<ResourceStats> {
  const mem = process.memoryUsage();
  const dataDir = deps.config?.dataDir ?? '.';
  let free: number | null = null;
  let total: number | null = null;
  try {
    const fs = await statfs(dataDir);
    free = fs.bavail * fs.bsize;
    total = fs.blocks * fs.bsize;
  } catch { /* not there yet */ }
  const store = deps.store;
  const safe = async (f: () => Promise<number>) => {
    try {
      return await f();
    } catch {
      return null;
    }
  };
  const h = await healthReport(deps);
  return {
    memory: { rss: mem.rss, heapUsed: mem.heapUsed, heapTotal: mem.heapTotal },
    cpuPercent: sampleCpu(),
    cores: cpus().length,
    load: loadavg(),
    uptimeSeconds: Math.round(process.uptime()),
    disk: { dataDirBytes: await dirSize(dataDir), freeBytes: free, totalBytes: total },
    queue: store ? await safe(async () => (await store.queue.list(1, 0)).total) : null,
    quarantine: store ? await safe(() => store.quarantine.count('quarantine')) : null,
    rejectedCopies: store ? await safe(() => store.quarantine.count('rejected')) : null,
    health: h.components,
    ready: h.ready,
  };
}

/** The Bayes classifier's state with the live rules (null before the store and config exist). */
export async function bayesStatusOf(deps: WebDeps): Promise<BayesStatus | null> {
  if (!deps.config || !deps.store) return null;
  return bayesStatus(deps.store, deps.config, deps.runtime?.rules().checks);
}
