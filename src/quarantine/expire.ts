// Periodic expiry of the quarantine (and of the short-lived copies of rejected mail): each item
// carries its own expiresAt (retention chosen when it was stored), so one sweep covers both kinds.
import type { Logger } from '../log.ts';
import { quarantineSize } from '../metrics.ts';
import type { Store } from '../store/types.ts';

export interface ExpiryJob {
  /** runs one sweep now; resolves to the number of items removed */
  runOnce(): Promise<number>;
  stop(): void;
}

export function startQuarantineExpiry(store: Store, log: Logger, intervalMs = 3600_000, now: () => number = Date.now): ExpiryJob {
  const qlog = log.child({ component: 'quarantine-expiry' });
  let running: Promise<number> | null = null;
  const runOnce = (): Promise<number> => {
    running ??= (async () => {
      try {
        const removed = await store.quarantine.expire(now());
        const [quarantined, rejected] = await Promise.all([store.quarantine.count('quarantine'), store.quarantine.count('rejected')]);
        quarantineSize.set({ kind: 'quarantine' }, quarantined);
        quarantineSize.set({ kind: 'rejected' }, rejected);
        if (removed > 0) qlog.info({ removed, quarantined, rejected }, 'expired quarantined messages');
        else qlog.debug({ quarantined, rejected }, 'quarantine expiry: nothing to remove');
        return removed;
      } catch (err) {
        qlog.error({ err: { message: (err as Error).message } }, 'quarantine expiry failed; will retry');
        return 0;
      } finally {
        running = null;
      }
    })();
    return running;
  };
  const first = setTimeout(() => void runOnce(), Math.min(intervalMs, 5000));
  const timer = setInterval(() => void runOnce(), intervalMs);
  first.unref();
  timer.unref();
  return {
    runOnce,
    stop() {
      clearTimeout(first);
      clearInterval(timer);
    },
  };
}
