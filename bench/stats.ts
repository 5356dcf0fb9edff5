// Small statistics the benchmarks share.
import { words } from '../src/bayes/tokenize.ts';

const sorted = (xs: readonly number[]): number[] => [...xs].sort((a, b) => a - b);
export const mean = (xs: readonly number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
export const median = (xs: readonly number[]): number => sorted(xs)[xs.length >> 1] ?? 0;
export const p99 = (xs: readonly number[]): number => sorted(xs)[Math.floor(xs.length * 0.99)] ?? 0;

/**
 * The share of a reference reader's words (as the Bayes tokenizer splits them, within its first
 * `maxChars`) that `text` also has; null when the reference has no words.
 */
export function shareOfWords(reference: string, text: string, maxChars: number): number | null {
  const theirs = new Set(words(reference.slice(0, maxChars)));
  if (!theirs.size) return null;
  const mine = new Set(words(text));
  let shared = 0;
  for (const w of theirs) if (mine.has(w)) shared++;
  return shared / theirs.size;
}
