// How a hit's weight grows with a count: the checks that fire at `min` of something (mixed-script
// words, split words, hidden letters) and reach their full weight at `full` share one rule.

/** 0 below `min`; from `min` on, rising in equal steps to 1 at `full` (and staying there). */
export function ramp(n: number, min: number, full: number): number {
  return n < min ? 0 : Math.min(1, (n - min + 1) / (full - min + 1));
}
