// The Bayes classifier against a Store: classify (one getTokens round trip per message, totals
// cached briefly), learn/unlearn/relearn with a per-message signature, and bounded size by expiry.
// This is the API the train command, the check, autolearn and the web UI use.
import { createHash } from 'node:crypto';
import type { BayesStore, BayesTotals, LearnClass, Store } from '../store/types.ts';
import { DEFAULT_LEARNER, planLearn, score, type LearnerParams, type LearnMode, type Score } from './classifier.ts';
import { features } from './features.ts';
import { parseMessage } from '../mail/parse.ts';
import { documentTextsOf } from '../content/document-text.ts';
import { DEFAULT_TOKENIZE_OPTIONS, TOKENIZER_GENERATION, tokenize, type MessageView, type TokenizeOptions, type Tokenized } from './tokenize.ts';

export interface BayesOptions {
  learner?: LearnerParams;
  tokenize?: TokenizeOptions;
  /** bayes.maxTokens: prune to 90 % of this when exceeded */
  maxTokens?: number;
  now?: number;
  /** how the message is learned (classifier.ts LearnMode); default `feedback`, one message on its own */
  mode?: LearnMode;
}

export interface Prepared {
  keys: string[];
  signature: string;
  language: string;
}

/**
 * Tokens → keys, plus a signature that survives headers added in transit (ours, the MTA's): only
 * what the sender wrote goes in. From, Date and the attachments are part of it so that messages
 * without Message-ID, subject and text (an image or a PDF alone) do not all share one signature:
 * learning one of them as ham would "move" another one's counts out of spam.
 */
export async function prepare(view: MessageView, opts: BayesOptions = {}): Promise<Prepared> {
  const t = await tokenizeMessage(view, opts);
  const keys = features(t.sequences);
  const h = createHash('sha256');
  const header = (key: string): string => view.headers.find((x) => x.key === key)?.value.trim() ?? '';
  h.update(header('message-id')).update('\0').update(view.subject).update('\0');
  h.update(header('from')).update('\0').update(header('date')).update('\0');
  for (const a of view.attachments) h.update(`${a.mimeType}|${a.filename ?? ''}|${a.size}`).update('\0');
  for (const s of t.sequences) if ((s.prefix === 'b' || s.prefix === 'u') && !s.fromDocuments) h.update(s.words.join(' ')).update('\0');
  return { keys, signature: h.digest('base64url').slice(0, 22), language: t.language };
}

/** The message's tokens with its attached documents' text (read once per message, content/document-text.ts): the one way training, the check and explaining see a message. */
function tokenizeMessage(view: MessageView, opts: BayesOptions): Promise<Tokenized> {
  return documentTextsOf(view).then((documents) => tokenize(view, opts.tokenize ?? DEFAULT_TOKENIZE_OPTIONS, documents));
}

type BayesHolder = Pick<Store, 'bayes'>;

const totalsCache = new WeakMap<BayesStore, { at: number; totals: BayesTotals }>();
const TOTALS_TTL_MS = 5000;
async function cachedTotals(bayes: BayesStore, now: number): Promise<BayesTotals> {
  const c = totalsCache.get(bayes);
  if (c && now - c.at < TOTALS_TTL_MS) return c.totals;
  const totals = await bayes.totals();
  totalsCache.set(bayes, { at: now, totals });
  return totals;
}

export interface Classification extends Score { totals: BayesTotals; language: string }

export async function classifyView(store: BayesHolder, view: MessageView, opts: BayesOptions = {}): Promise<Classification> {
  const prepared = await prepare(view, opts);
  return classifyPrepared(store, prepared, opts);
}

export async function classifyPrepared(store: BayesHolder, prepared: Prepared, opts: BayesOptions = {}): Promise<Classification> {
  const now = opts.now ?? Date.now();
  const [stats, totals] = await Promise.all([store.bayes.getTokens(prepared.keys), cachedTotals(store.bayes, now)]);
  return { ...score(prepared.keys, stats, totals), totals, language: prepared.language };
}

/** One feature's pull on a score: its family (tokenize.ts prefix: s subject, b text, u links…), its text, its share of the margin. */
export interface Contribution { family: string; text: string; weight: number }
export interface Explanation extends Classification {
  /** the features that pulled most toward spam, strongest first */
  spam: Contribution[];
  /** … and toward ham */
  ham: Contribution[];
}

/**
 * The score of a message with the features that made it: what an admin needs to see why a message
 * was scored as spam, or to spot a word the model learned wrong. Each feature adds its weight over
 * √(number of features) to the margin (classifier.ts), and that share is what is listed.
 */
export async function explainView(store: BayesHolder, view: MessageView, opts: BayesOptions = {}, top = 8): Promise<Explanation> {
  const labels = new Map<string, string>();
  const t = await tokenizeMessage(view, opts);
  const keys = features(t.sequences, undefined, labels);
  const [stats, totals] = await Promise.all([store.bayes.getTokens(keys), store.bayes.totals()]);
  const c: Classification = { ...score(keys, stats, totals), totals, language: t.language };
  const norm = Math.sqrt(keys.length || 1);
  const pulls: Contribution[] = [];
  for (const [key, label] of labels) {
    const weight = (stats.get(key)?.weight ?? 0) / norm;
    if (weight === 0) continue;
    const tab = label.indexOf('\t');
    pulls.push({ family: label.slice(0, tab), text: label.slice(tab + 1), weight });
  }
  const strongest = (sign: 1 | -1): Contribution[] => pulls.filter((p) => Math.sign(p.weight) === sign).sort((a, b) => sign * (b.weight - a.weight)).slice(0, top);
  return { ...c, spam: strongest(1), ham: strongest(-1) };
}

export interface LearnResult {
  /** false when the message was already learned as that class */
  changed: boolean;
  previous: LearnClass | null;
  tokens: number;
  pruned: number;
}

const learnsSincePruneCheck = new WeakMap<BayesStore, number>();
const PRUNE_CHECK_EVERY = 200;

/** stores this process has seen learn (their generation recorded, or learned by an earlier tokenizer): asked once */
const generationKnown = new WeakSet<BayesStore>();

/** Forgets the whole model (`train --reset`, `bayes import --replace`): the next message learned records its generation again. */
export async function clearModel(bayes: BayesStore): Promise<void> {
  await bayes.clear();
  generationKnown.delete(bayes);
}

/** An empty model is about to learn its first message: it records the tokenizer that learns it. */
async function recordGeneration(bayes: BayesStore): Promise<void> {
  if (generationKnown.has(bayes)) return;
  const totals = await bayes.totals();
  if (totals.spam + totals.ham === 0) await bayes.setGeneration(TOKENIZER_GENERATION);
  generationKnown.add(bayes);
}

/** Learns (or with cls = null unlearns) a prepared message. */
export async function learnPrepared(store: BayesHolder, prepared: Prepared, cls: LearnClass | null, opts: BayesOptions = {}): Promise<LearnResult> {
  const now = opts.now ?? Date.now();
  const previous = await store.bayes.getLearned(prepared.signature);
  if (previous === cls && opts.mode !== 'reinforce') return { changed: false, previous, tokens: prepared.keys.length, pruned: 0 };
  const stats = await store.bayes.getTokens(prepared.keys);
  const plan = planLearn(prepared.keys, stats, cls, previous, opts.learner ?? DEFAULT_LEARNER, opts.mode);
  if (!plan.changed) return { changed: false, previous, tokens: prepared.keys.length, pruned: 0 };
  await recordGeneration(store.bayes);
  await store.bayes.applyDeltas(plan.deltas, plan.totals, now);
  await store.bayes.setLearned(prepared.signature, cls);
  totalsCache.delete(store.bayes);
  let pruned = 0;
  const n = (learnsSincePruneCheck.get(store.bayes) ?? 0) + 1;
  learnsSincePruneCheck.set(store.bayes, n % PRUNE_CHECK_EVERY);
  if (opts.maxTokens && n >= PRUNE_CHECK_EVERY) pruned = await expire(store, opts.maxTokens);
  return { changed: true, previous, tokens: prepared.keys.length, pruned };
}

/** Drops hapaxes and stale tokens when the database is over `maxTokens` (down to 90 %). */
export async function expire(store: BayesHolder, maxTokens: number): Promise<number> {
  const count = await store.bayes.tokenCount();
  if (count <= maxTokens) return 0;
  return store.bayes.prune(Math.floor(maxTokens * 0.9));
}

/**
 * The web UI's API: "release" learns ham, "report spam" learns spam. Relearning a message in the
 * other class moves its tokens; learning it twice in one class changes nothing.
 */
export async function learnMessage(store: BayesHolder, raw: Buffer, cls: LearnClass | null, opts: BayesOptions = {}): Promise<LearnResult> {
  const view = await parseMessage(raw);
  return learnPrepared(store, await prepare(view, opts), cls, opts);
}

/** Unlearns a message learned before (no-op when it was not). */
export async function unlearnMessage(store: BayesHolder, raw: Buffer, opts: BayesOptions = {}): Promise<LearnResult> {
  return learnMessage(store, raw, null, opts);
}
