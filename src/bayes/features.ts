// Token sequences → hashed feature keys: every token (unigram) plus the pairs of neighbouring
// tokens (the OSB scheme of OSBF-Lua and rspamd with a window of 2: w[i]·w[i+1]; wider windows add
// the skip pairs w[i]·w[i+d]). Keys are 48-bit hashes, so the store holds compact fixed-size keys
// and never the text of a message.
import { combine, fnv1a, keyOf } from './hash.ts';
import type { TokenSequence } from './tokenize.ts';

/**
 * Cross-validation by sender (bench/accuracy.ts; 1000 body words, all languages stemmed): window 2
 * 0.3810, 3 0.4325, 5 0.5303, unigrams only 0.4457. Skip pairs mostly memorise a campaign's
 * phrasing; neighbouring pairs carry over to new senders.
 */
export const OSB_WINDOW = 2;
/** present in every message: the learner's bias term */
export const BIAS_KEY = keyOf(0, 0);

// Dedupe table for one call: open addressing over the 48 key bits, reused across calls (a
// generation stamp marks the live slots, so nothing is cleared between messages). A Set of
// 48-bit numbers was a quarter of the tokenizer's CPU: those numbers are heap doubles, not Smis.
let slots = 1 << 14;
let slotHi = new Int32Array(slots);
let slotLo = new Int32Array(slots);
let slotGen = new Uint32Array(slots);
let generation = 0;

function beginTable(maxKeys: number): void {
  if (maxKeys * 2 > slots) {
    while (maxKeys * 2 > slots) slots *= 2;
    slotHi = new Int32Array(slots); slotLo = new Int32Array(slots); slotGen = new Uint32Array(slots);
    generation = 0;
  }
  if (++generation === 0xffffffff) { slotGen.fill(0); generation = 1; }
}

/** true when (hi, lo) was not in the table yet (and adds it) */
function insert(hi: number, lo: number): boolean {
  const mask = slots - 1;
  let i = (Math.imul(hi, 0x9e3779b1) ^ lo) & mask;
  while (slotGen[i] === generation) {
    if (slotHi[i] === hi && slotLo[i] === lo) return false;
    i = (i + 1) & mask;
  }
  slotGen[i] = generation; slotHi[i] = hi; slotLo[i] = lo;
  return true;
}

/**
 * The message's feature keys, deduplicated, the bias key first. With `labels`, each key's text is
 * recorded too ("b\tfree money": family prefix, tab, the word or the pair), for explaining a score;
 * the store never sees it.
 */
export function features(seqs: readonly TokenSequence[], window = OSB_WINDOW, labels?: Map<string, string>): string[] {
  let bound = 1;
  for (const seq of seqs) bound += seq.pairs ? seq.words.length * window : seq.words.length;
  beginTable(bound);
  insert(0, 0); // the bias key
  const out: string[] = [BIAS_KEY];
  // dedupe on exactly the bits keyOf encodes (24 of each hash); strings only for unique keys
  const add = (hi: number, lo: number, label?: () => string): void => {
    if (!insert(hi & 0xffffff, lo & 0xffffff)) return;
    const key = keyOf(hi, lo);
    out.push(key);
    if (labels && label) labels.set(key, label());
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
      add(h1[i]!, h2[i]!, labels && (() => `${seq.prefix}\t${w}`));
    }
    if (!seq.pairs) continue;
    for (let i = 0; i < n; i++) {
      for (let d = 1; d < window && i + d < n; d++) {
        add(combine(h1[i]!, h1[i + d]!, d), combine(h2[i]!, h2[i + d]!, d + 16), labels && (() => `${seq.prefix}\t${seq.words[i]} ${seq.words[i + d]}`));
      }
    }
  }
  return out;
}
