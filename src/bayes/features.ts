// Token sequences → hashed feature keys: every token (unigram) plus orthogonal sparse bigrams
// (OSB, window 5: the pairs w[i]·w[i+d] for d = 1..4, the distance part of the feature) as in
// OSBF-Lua and rspamd. Keys are 52-bit hashes in base 36, so the store holds compact fixed-size keys
// and never the text of a message.
import { combine, fnv1a, keyOf } from './hash.ts';
import type { TokenSequence } from './tokenize.ts';

export const OSB_WINDOW = 5;
/** present in every message: the learner's bias term */
export const BIAS_KEY = keyOf(0, 0);

export function features(seqs: readonly TokenSequence[], window = OSB_WINDOW): string[] {
  // dedupe on the 48-bit number (exactly the bits keyOf encodes); strings only for unique keys
  const seen = new Set<number>([0]);
  const out: string[] = [BIAS_KEY];
  const add = (hi: number, lo: number): void => {
    const n = (hi & 0xffffff) * 0x1000000 + (lo & 0xffffff);
    if (seen.has(n)) return;
    seen.add(n);
    out.push(keyOf(hi, lo));
  };
  for (const seq of seqs) {
    const seed = fnv1a(seq.prefix, 0x5bd1e995);
    const n = seq.words.length;
    const h1 = new Uint32Array(n);
    const h2 = new Uint32Array(n);
    for (let i = 0; i < n; i++) {
      const w = seq.words[i]!;
      h1[i] = fnv1a(w, seed);
      h2[i] = fnv1a(w, seed ^ 0x27d4eb2f);
      add(h1[i]!, h2[i]!);
    }
    if (!seq.pairs) continue;
    for (let i = 0; i < n; i++) {
      for (let d = 1; d < window && i + d < n; d++) {
        add(combine(h1[i]!, h1[i + d]!, d), combine(h2[i]!, h2[i + d]!, d + 16));
      }
    }
  }
  return out;
}
