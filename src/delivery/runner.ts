// The queue runner: leases due items from store.queue, delivers each (one destination domain,
// all its pending recipients, one SMTP transaction) and writes the per-recipient outcome back
// before anything else, so a crash or kill -9 after a remote 250 never delivers that recipient
// twice and a crash before it only costs a retry once the lease runs out.
//
// Bounces: a DSN is a new queue item (mailFrom <>) for the original sender's domain. Items for
// smtp.localDomains go to the backend mail server (where local mailboxes live) rather than by MX,
// which would loop the DSN back through our own inbound filter; everything else goes by MX or
// smarthost like any other mail. The DSN is thereby as durable and retried as the mail itself.
import { randomBytes } from 'node:crypto';
import { hostname as osHostname } from 'node:os';
import type { Config } from '../config.ts';
import { addressLang } from '../user-lang.ts';
import { LANG_LOCALE } from '../lang.ts';
import type { Logger } from '../log.ts';
import { queueSize } from '../metrics.ts';
import type { QueueItem, Store } from '../store/types.ts';
import { translator } from '../web/i18n.ts';
import { retryDelaySeconds } from './backoff.ts';
import { SmtpClientPool, type AttemptOutcome, type Target } from './client.ts';
import { buildDsn, statusFromReply, type DsnRecipient } from './dsn.ts';
import { createResolver, resolveDestination, type DnsResolver } from './mx.ts';

export interface DeliveryOptions {
  config: Config;
  store: Store;
  log: Logger;
  /** tests inject a resolver; default: dns.servers */
  resolver?: DnsResolver;
  /** how often due items are looked for (ms) */
  pollMs?: number;
  /** how long a leased item is ours; after that another worker (or this one after a restart) may take it */
  leaseMs?: number;
  now?: () => number;
}

export interface Delivery {
  stop(): Promise<void>;
  /** makes every queued item due now and runs the queue */
  flush(): Promise<number>;
  /** looks for due items now (after an enqueue) */
  kick(): void;
}

export function newQueueId(): string {
  return `${Date.now().toString(36).toUpperCase()}${randomBytes(5).toString('hex').toUpperCase()}`;
}

export function heloNameOf(config: Config): string {
  return config.delivery.heloName ?? config.hostname ?? osHostname();
}

/**
 * The bounce's explanation in the language our user chose in the web UI (before the standard
 * English one); none for English, for senders who are not users, or when the store cannot say.
 */
async function noticeFor(store: Store, sender: string, kind: 'failed' | 'delayed', retryUntil: Date): Promise<{ subject: string; text: string } | undefined> {
  const lang = await addressLang(store, sender).catch(() => null);
  if (!lang || lang === 'en') return undefined;
  const t = translator(lang);
  const until = `${new Intl.DateTimeFormat(LANG_LOCALE[lang], { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(retryUntil)} UTC`;
  return { subject: t(`dsn.${kind}.subject`), text: t(`dsn.${kind}.text`, { until }) };
}

/** Builds a DSN for `recipients` of `item` and queues it to the original sender (never to <>). */
export async function queueBounce(
  store: Store, config: Config, item: QueueItem, body: Buffer, kind: 'failed' | 'delayed', recipients: DsnRecipient[], now: number,
): Promise<string | null> {
  if (item.mailFrom === '' || !recipients.length) return null;
  const retryUntil = new Date(item.createdAt + config.delivery.maxQueueTime * 1000);
  const dsn = buildDsn({
    kind, reportingMta: heloNameOf(config), queueId: item.id, originalSender: item.mailFrom,
    arrivalDate: new Date(item.createdAt), recipients, original: body, now: new Date(now), retryUntil,
    notice: await noticeFor(store, item.mailFrom, kind, retryUntil),
  });
  const id = newQueueId();
  const at = item.mailFrom.lastIndexOf('@');
  const bounce: QueueItem = {
    id, createdAt: now, mailFrom: '', domain: item.mailFrom.slice(at + 1).toLowerCase(),
    recipients: [{ address: item.mailFrom, status: 'pending' }],
    attempts: 0, nextAttemptAt: now, lastError: null, delayNotified: false, leasedUntil: 0,
  };
  await store.queue.enqueue([bounce], dsn);
  return id;
}

interface Route { targets: Target[] }

export function startDelivery(opts: DeliveryOptions): Delivery {
  const { config, store } = opts;
  const log = opts.log.child({ component: 'delivery' });
  const now = opts.now ?? Date.now;
  const d = config.delivery;
  const resolver = opts.resolver ?? createResolver(config.dns.servers, config.dns.timeoutMs);
  const pollMs = opts.pollMs ?? 1000;
  const leaseMs = opts.leaseMs ?? 10 * 60 * 1000;
  const localDomains = new Set(config.smtp.localDomains.map((x) => x.toLowerCase()));
  const pool = new SmtpClientPool({ heloName: heloNameOf(config), log, connectTimeoutMs: 30000, socketTimeoutMs: 5 * 60000 });

  let stopped = false;
  let active = 0;
  const running = new Set<Promise<void>>();
  const perDest = new Map<string, number>();
  const waiting = new Map<string, QueueItem[]>();
  let waitingCount = 0;
  let ticking = false;
  let again = false;

  const destKey = (item: QueueItem): string => (localDomains.has(item.domain) ? '#backend' : d.smarthost ? '#smarthost' : item.domain);

  async function route(item: QueueItem): Promise<Route | { permanent: DsnRecipient['status']; reason: string } | { temporary: string }> {
    if (localDomains.has(item.domain)) {
      return { targets: [{ host: config.backend.host, port: config.backend.port, name: config.backend.host }] };
    }
    if (d.smarthost) {
      const auth = d.smarthost.user ? { user: d.smarthost.user, pass: d.smarthost.password ?? '' } : null;
      return { targets: [{ host: d.smarthost.host, port: d.smarthost.port, name: d.smarthost.host, auth }] };
    }
    const dest = await resolveDestination(item.domain, resolver);
    if (dest.kind === 'permanent') return { permanent: dest.status, reason: dest.reason };
    if (dest.kind === 'temporary') return { temporary: dest.reason };
    return { targets: dest.hosts.flatMap((h) => h.addresses.map((a) => ({ host: a, port: d.mxPort, name: h.host }))) };
  }

  async function deliver(item: QueueItem): Promise<void> {
    const ilog = log.child({ queueId: item.id, domain: item.domain });
    const body = await store.queue.body(item.id);
    if (!body) {
      ilog.error('queue item has no body; removing it');
      await store.queue.remove(item.id);
      return;
    }
    const pending = item.recipients.filter((r) => r.status === 'pending');
    const t = now();
    if (!pending.length) { await store.queue.remove(item.id); return; }

    const bounced: DsnRecipient[] = [];
    let lastError: string | null = null;
    const r = await route(item);
    if ('permanent' in r) {
      for (const p of pending) {
        p.status = 'bounced';
        p.lastReply = r.reason;
        bounced.push({ address: p.address, status: r.permanent, diagnostic: r.reason, smtpDiagnostic: false });
        // the same line as a remote 5xx gives, so the log shows every recipient's outcome
        ilog.info({ to: p.address, status: p.status, reply: p.lastReply }, 'bounced');
      }
    } else if ('temporary' in r) {
      lastError = r.temporary;
      for (const p of pending) p.lastReply = r.temporary;
    } else {
      let outcome: AttemptOutcome | null = null;
      // RFC 5321 §5.1: go down the MX list until a host gives an answer for the recipients
      for (const target of r.targets) {
        if (stopped) break;
        outcome = await pool.send(target, item.mailFrom, pending.map((p) => p.address), body);
        if (outcome.kind === 'answered') break;
        ilog.info({ remote: outcome.remote, reply: outcome.reply }, 'delivery attempt failed temporarily');
      }
      if (!outcome && stopped) {
        // shutting down before the first attempt: give the item back without counting an attempt
        item.leasedUntil = 0;
        await store.queue.update(item);
        return;
      }
      if (!outcome) lastError = 'no delivery target';
      else if (outcome.kind === 'transient') {
        lastError = `${outcome.remote}: ${outcome.reply}`;
        for (const p of pending) p.lastReply = lastError;
      } else {
        const byAddr = new Map(outcome.results.map((x) => [x.address.toLowerCase(), x]));
        for (const p of pending) {
          const res = byAddr.get(p.address.toLowerCase());
          if (!res) { p.lastReply = `${outcome.remote}: no reply for this recipient`; lastError = p.lastReply; continue; }
          p.lastReply = `${outcome.remote}: ${res.reply}`;
          if (res.code < 400) p.status = 'delivered';
          else if (res.code >= 500) {
            p.status = 'bounced';
            bounced.push({ address: p.address, status: statusFromReply(res.reply, res.code), diagnostic: res.reply, smtpDiagnostic: true, remoteMta: outcome.remote.split(' ')[0] });
          } else lastError = p.lastReply;
        }
        for (const p of pending) {
          ilog.info({ to: p.address, status: p.status, reply: p.lastReply }, p.status === 'delivered' ? 'delivered' : p.status === 'bounced' ? 'bounced' : 'deferred');
        }
      }
    }

    item.attempts++;
    item.lastError = lastError;
    const stillPending = item.recipients.filter((x) => x.status === 'pending');
    const age = t - item.createdAt;
    if (stillPending.length && age >= d.maxQueueTime * 1000) {
      // gave up: bounce what is left with the last reason
      for (const p of stillPending) {
        p.status = 'bounced';
        const reason = p.lastReply ?? lastError ?? 'delivery time expired';
        // RFC 3463 4.4.7: message expired; keep the last remote status when there was one
        const status = /\b[45]\.\d{1,3}\.\d{1,3}\b/.test(reason) ? statusFromReply(reason) : '4.4.7';
        bounced.push({ address: p.address, status, diagnostic: `delivery time expired (${reason})`, smtpDiagnostic: false });
      }
      ilog.warn({ recipients: stillPending.map((x) => x.address) }, 'maximum queue time reached: bouncing');
    }
    const remaining = item.recipients.filter((x) => x.status === 'pending');
    if (!remaining.length) {
      // the results are final: record them, queue the bounce (durable), then drop the item — a
      // crash anywhere in between re-delivers nobody (at worst a DSN is lost or queued twice)
      if (bounced.length) {
        item.leasedUntil = t + leaseMs;
        await store.queue.update(item);
        await queueBounce(store, config, item, body, 'failed', bounced, t).catch((err: Error) => ilog.error({ err: err.message }, 'could not queue bounce'));
      }
      await store.queue.remove(item.id);
      return;
    }
    item.nextAttemptAt = t + retryDelaySeconds(item.attempts, d.retryBase, d.retryMax) * 1000;
    item.leasedUntil = 0;
    let sendDelay = false;
    if (!item.delayNotified && item.mailFrom !== '' && age >= d.delayNoticeAfter * 1000) {
      item.delayNotified = true;
      sendDelay = true;
    }
    // the recipient states go to the store before any bounce is queued: a crash in between loses a DSN, never re-sends mail
    await store.queue.update(item);
    if (bounced.length) await queueBounce(store, config, item, body, 'failed', bounced, t).catch((err: Error) => ilog.error({ err: err.message }, 'could not queue bounce'));
    if (sendDelay) {
      const delayed = remaining.map((p) => ({ address: p.address, status: statusFromReply(p.lastReply ?? '4.0.0'), diagnostic: p.lastReply ?? 'deferred', smtpDiagnostic: false }));
      await queueBounce(store, config, item, body, 'delayed', delayed, t).catch((err: Error) => ilog.error({ err: err.message }, 'could not queue delay notice'));
    }
    ilog.info({ attempts: item.attempts, nextAttemptAt: new Date(item.nextAttemptAt).toISOString(), lastError }, 'deferred');
  }

  function start(item: QueueItem): void {
    const key = destKey(item);
    const n = perDest.get(key) ?? 0;
    if (n >= d.perDestinationConcurrency) {
      const list = waiting.get(key) ?? [];
      list.push(item);
      waiting.set(key, list);
      waitingCount++;
      return;
    }
    perDest.set(key, n + 1);
    active++;
    const p = deliver(item)
      .catch(async (err: Error) => {
        log.error({ queueId: item.id, err: err.message }, 'delivery failed unexpectedly; retrying later');
        item.leasedUntil = 0;
        item.nextAttemptAt = now() + d.retryBase * 1000;
        await store.queue.update(item).catch(() => undefined);
      })
      .finally(() => {
        active--;
        running.delete(p);
        const left = (perDest.get(key) ?? 1) - 1;
        if (left) perDest.set(key, left); else perDest.delete(key);
        // an item that waited for a slot until its lease almost ran out is left alone: another
        // worker may take it any moment now, and two deliveries of one item must never overlap
        let next = waiting.get(key)?.shift();
        while (next) {
          waitingCount--;
          if (next.leasedUntil - now() > 60_000) break;
          next = waiting.get(key)?.shift();
        }
        if (!waiting.get(key)?.length) waiting.delete(key);
        if (next) start(next);
        kick();
      });
    running.add(p);
  }

  async function tick(): Promise<void> {
    if (ticking) { again = true; return; }
    ticking = true;
    try {
      do {
        again = false;
        if (stopped) return;
        const free = d.concurrency - active - waitingCount;
        if (free <= 0) return;
        const t = now();
        const items = await store.queue.lease(t, t + leaseMs, free);
        for (const item of items) start(item);
        if (items.length === free) again = true;
      } while (again && !stopped);
    } catch (err) {
      log.error({ err: (err as Error).message }, 'queue lease failed');
    } finally {
      ticking = false;
    }
  }

  let metricsPending: NodeJS.Timeout | null = null;
  /** queue figures soon after a change (coalesced), besides the periodic refresh */
  function scheduleMetrics(): void {
    if (stopped) return;
    // trailing debounce: the figures are read 200 ms after the last change (the 5 s timer covers constant churn)
    if (metricsPending) clearTimeout(metricsPending);
    metricsPending = setTimeout(() => { metricsPending = null; void updateMetrics(); }, 200);
    metricsPending.unref();
  }

  function kick(): void {
    if (stopped) return;
    scheduleMetrics();
    void tick();
  }

  async function updateMetrics(): Promise<void> {
    try {
      const { items, total } = await store.queue.list(5000, 0);
      const t = now();
      let deferred = 0;
      let activeN = 0;
      for (const it of items) {
        if (it.leasedUntil > t) activeN++;
        else if (it.attempts > 0) deferred++;
      }
      queueSize.set({ state: 'total' }, total);
      queueSize.set({ state: 'active' }, activeN);
      queueSize.set({ state: 'deferred' }, deferred);
    } catch {
      // metrics are best effort
    }
  }

  const timer = setInterval(kick, pollMs);
  timer.unref();
  const metricsTimer = setInterval(() => void updateMetrics(), 5000);
  metricsTimer.unref();
  void updateMetrics();
  kick();
  log.info({ mode: d.smarthost ? `smarthost ${d.smarthost.host}:${d.smarthost.port}` : `MX (port ${d.mxPort})`, helo: heloNameOf(config) }, 'delivery queue runner started');

  return {
    async stop() {
      stopped = true;
      clearInterval(timer);
      clearInterval(metricsTimer);
      if (metricsPending) clearTimeout(metricsPending);
      // items still waiting for a per-destination slot go back to the queue right away
      for (const list of waiting.values()) for (const item of list) {
        item.leasedUntil = 0;
        await store.queue.update(item).catch(() => undefined);
      }
      waiting.clear();
      // attempts in flight may finish (their results are written); a stuck remote does not hold
      // the shutdown: after 10 s we go, and those items are retried once their lease runs out
      await Promise.race([Promise.allSettled([...running]), new Promise((r) => setTimeout(r, 10000).unref())]);
      pool.close();
    },
    async flush() {
      const n = await store.queue.flush(now());
      kick();
      return n;
    },
    kick,
  };
}
