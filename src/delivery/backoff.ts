// Retry schedule for deferred deliveries: retryBase after the first failure, doubling after each
// further one, never more than retryMax apart (Postfix's minimal/maximal backoff, simplified).

/** Seconds to wait after the `failures`-th failed attempt (1 = the first failure). */
export function retryDelaySeconds(failures: number, base: number, max: number): number {
  if (failures < 1) return 0;
  // 2^n overflows to Infinity quickly; clamp the exponent so the min() below stays finite
  const factor = 2 ** Math.min(failures - 1, 40);
  return Math.max(0, Math.min(base * factor, max));
}

/** The whole schedule until `lifetime` seconds after queueing, for docs and the queue command. */
export function retrySchedule(base: number, max: number, lifetime: number): number[] {
  const out: number[] = [];
  let t = 0;
  for (let n = 1; n < 1000; n++) {
    const d = retryDelaySeconds(n, base, max);
    if (d <= 0 || t + d > lifetime) break;
    t += d;
    out.push(t);
  }
  return out;
}
