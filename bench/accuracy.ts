// Accuracy and speed of the Bayes classifier on the SpamAssassin public corpus, side by side with
// bogofilter trained and tested on the same split in the same run.
//
//   node --import tsx bench/accuracy.ts [--store embedded|redis|memory] [--redis-url URL] [--no-bogofilter] [--cv] [--feedback] [--ablate sc,u] [--seed N | --seeds 1,2,3]
//
// Split (fixed by the issue): train on easy-ham-1, spam-1 and every other hard-ham-1 message; test on
// easy-ham-2, spam-2 and the remaining hard-ham-1. --cv tunes the tokenizer's body length, then the learner, by 5-fold cross-validation
// inside the training split only (folds by sender domain, see cvLoss), and last the default
// spam threshold from the held-out scores (the test split is never looked at while choosing parameters).
// Online learning depends on the training order, so --seeds runs the whole train/test once per
// shuffle seed (a fresh store each time) and prints every run and the mean. Both filters see each
// message without the Received headers the corpus owner's own hosts added (withoutCollectorHops).
// --feedback adds rows for TREC's immediate-feedback protocol: after the frozen model is measured,
// the test mail is scored once more one message at a time, each learned with its true class right
// after its score is taken, as a gateway learns from users' releases and spam reports.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import { DEFAULT_TRAIN_ORDERS, learnCorpus, shuffled } from '../src/bayes/corpus-training.ts';
import { DEFAULT_LEARNER, DEFAULT_TRAIN_PASSES, type LearnerParams } from '../src/bayes/classifier.ts';
import { classifyPrepared, learnPrepared, prepare, type Prepared } from '../src/bayes/learn.ts';
import { MemoryBayesStore } from '../src/bayes/memory-store.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { features } from '../src/bayes/features.ts';
import { DEFAULT_TOKENIZE_OPTIONS, tokenize, type MessageView, type TokenizeOptions } from '../src/bayes/tokenize.ts';
import { DEFAULT_BAYES_CHECK_OPTIONS } from '../src/bayes/options.ts';
import type { Store } from '../src/store/types.ts';
import { CORPUS_DATA, CV_FOLDS, senderFoldOf, withoutCollectorHops } from './corpus.ts';

type Group = 'easy-ham-1' | 'easy-ham-2' | 'hard-ham-1' | 'spam-1' | 'spam-2';
interface Sample {
  group: Group; id: string; raw: Buffer; spam: boolean; prepared?: Prepared;
  /** cross-validation fold of the From domain (last two labels): each sender in one fold (see cvLoss) */
  senderFold: number;
}

const { values: args } = parseArgs({
  options: {
    /** embedded (default), redis (needs --redis-url) or memory */
    store: { type: 'string', default: 'embedded' },
    'redis-url': { type: 'string', default: 'redis://127.0.0.1:6379/0' },
    'no-bogofilter': { type: 'boolean', default: false },
    cv: { type: 'boolean', default: false },
    'learning-rate': { type: 'string' },
    thickness: { type: 'string' },
    'feedback-rate': { type: 'string' },
    'feedback-steps': { type: 'string' },
    'max-words': { type: 'string' },
    stem: { type: 'string' },
    passes: { type: 'string' },
    /** shuffled orders averaged in training (src/bayes/corpus-training.ts) */
    orders: { type: 'string' },
    /** training-order shuffle seed: online learners depend on the order, so report several */
    seed: { type: 'string', default: '42' },
    /** comma-separated seeds; overrides --seed */
    seeds: { type: 'string' },
    /** also score the test mail with immediate feedback (each message learned right after it is scored) */
    feedback: { type: 'boolean', default: false },
    /** comma-separated token families (sequence prefixes, e.g. sc,u): cross-validate without each, and print the losses */
    ablate: { type: 'string' },
  },
});

const dataDir = CORPUS_DATA;

function load(group: Group): Sample[] {
  const dir = join(dataDir, group);
  // the .txt files are the raw messages (bytes as received), each starting with an mbox "From " line
  return readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => {
    let raw = readFileSync(join(dir, f));
    if (raw.subarray(0, 5).toString('latin1') === 'From ') raw = raw.subarray(raw.indexOf(10) + 1);
    // mailmoat and bogofilter both get the stripped message
    return { group, id: f.split('.')[0]!, raw: withoutCollectorHops(raw), spam: group.startsWith('spam'), senderFold: senderFoldOf(raw) };
  });
}


/** The order the test mail arrives in for --feedback: shuffled like the training mail, its own stream. */
function feedbackOrder(test: Sample[], seed: number): number[] {
  return shuffled(test.map((_, i) => i), seed + 1000);
}

// ---------- metrics ----------
interface Metrics { hamFp: number; spamRecall: number; oneMinusRoca: number; recallAtFp: number; hardHamFp: number; hams: number; spams: number; hardHams: number }

/** 1 − area under the ROC curve, in percent (ties count half, as in the TREC spam track). */
function oneMinusRocaPct(hams: number[], spams: number[]): number {
  const all = [...hams.map((s) => ({ s, spam: false })), ...spams.map((s) => ({ s, spam: true }))].sort((a, b) => a.s - b.s);
  let rankSum = 0;
  for (let i = 0; i < all.length;) {
    let j = i;
    while (j < all.length && all[j]!.s === all[i]!.s) j++;
    const avgRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (all[k]!.spam) rankSum += avgRank;
    i = j;
  }
  const auc = (rankSum - (spams.length * (spams.length + 1)) / 2) / (spams.length * hams.length);
  return (1 - auc) * 100;
}

/** spam recall at the strictest threshold that keeps ham false positives ≤ 0.1 % */
function recallAtFp(hams: number[], spams: number[], maxFp = 0.001): number {
  const sorted = [...hams].sort((a, b) => b - a);
  const allowed = Math.floor(hams.length * maxFp);
  const threshold = sorted[allowed] ?? -Infinity; // spam must score strictly above this ham
  return spams.filter((s) => s > threshold).length / spams.length;
}

function metrics(test: Sample[], scores: number[], threshold: number): Metrics {
  const hams: number[] = []; const spams: number[] = []; const hard: number[] = [];
  test.forEach((s, i) => { (s.spam ? spams : hams).push(scores[i]!); if (s.group === 'hard-ham-1') hard.push(scores[i]!); });
  return {
    hamFp: hams.filter((x) => x >= threshold).length / hams.length,
    spamRecall: spams.filter((x) => x >= threshold).length / spams.length,
    oneMinusRoca: oneMinusRocaPct(hams, spams),
    recallAtFp: recallAtFp(hams, spams),
    hardHamFp: hard.filter((x) => x >= threshold).length / hard.length,
    hams: hams.length, spams: spams.length, hardHams: hard.length,
  };
}

// ---------- mailmoat ----------
interface RunResult { scores: number[]; fisher: number[]; feedbackScores: number[] | null; trainMs: number; classifyMs: number; trainCpuMs: number; classifyCpuMs: number; warmClassifyCpuMs: number; storeReadCpuMs: number }

/** Wraps getTokens to add up the CPU spent inside the store's read (for the embedded store, SQLite runs in-process). */
function meteredReads(store: Pick<Store, 'bayes'>): { store: Pick<Store, 'bayes'>; cpuMs: () => number } {
  let us = 0;
  const bayes = Object.create(store.bayes) as Store['bayes'];
  bayes.getTokens = async (keys) => {
    const c = process.cpuUsage();
    const out = await store.bayes.getTokens(keys);
    const d = process.cpuUsage(c);
    us += d.user + d.system;
    return out;
  };
  return { store: { bayes }, cpuMs: () => us / 1000 };
}

interface Tuning extends LearnerParams { passes: number; orders: number }

async function runMailmoat(store: Pick<Store, 'bayes'>, train: Sample[], test: Sample[], learner: Tuning, warm = false, feedbackOrder: number[] | null = null): Promise<RunResult> {
  let cpu = process.cpuUsage();
  let t0 = performance.now();
  // as `mailmoat train` learns: the orders averaged, in each one full pass, then weight-only passes
  // inside the margin; the orders after the first are fixed shuffles of this one, so each training
  // order (seed) gives its own set of orders
  await learnCorpus(store, train.map((s) => ({ prepared: s.prepared!, cls: s.spam ? 'spam' as const : 'ham' as const })), { learner, passes: learner.passes, orders: learner.orders });
  const trainMs = performance.now() - t0;
  const trainCpu = process.cpuUsage(cpu);
  cpu = process.cpuUsage();
  t0 = performance.now();
  const scores: number[] = []; const fisher: number[] = [];
  const metered = meteredReads(store);
  for (const s of test) {
    const c = await classifyPrepared(metered.store, s.prepared!, { now: Date.now() });
    scores.push(c.probability); fisher.push(c.fisher);
  }
  const classifyMs = performance.now() - t0;
  const classifyCpu = process.cpuUsage(cpu);
  // the same messages again: the steady state of a gateway, whose store cache holds the common keys
  cpu = process.cpuUsage();
  if (warm) for (const s of test) await classifyPrepared(store, s.prepared!, { now: Date.now() });
  const warmCpu = process.cpuUsage(cpu);
  let feedbackScores: number[] | null = null;
  if (feedbackOrder) {
    feedbackScores = new Array<number>(test.length);
    for (const i of feedbackOrder) {
      const s = test[i]!;
      feedbackScores[i] = (await classifyPrepared(store, s.prepared!, { now: Date.now() })).probability;
      await learnPrepared(store, s.prepared!, s.spam ? 'spam' : 'ham', { learner, mode: 'feedback' });
    }
  }
  return { scores, fisher, feedbackScores, trainMs, classifyMs, trainCpuMs: (trainCpu.user + trainCpu.system) / 1000, classifyCpuMs: (classifyCpu.user + classifyCpu.system) / 1000, warmClassifyCpuMs: (warmCpu.user + warmCpu.system) / 1000, storeReadCpuMs: metered.cpuMs() };
}

async function prepareAll(samples: Sample[], tok: TokenizeOptions): Promise<{ parseMs: number; prepareMs: number; steadyPrepareCpuMs: number }> {
  let parseMs = 0; let prepareMs = 0;
  const views: Array<Awaited<ReturnType<typeof parseMessage>>> = [];
  for (const s of samples) {
    let t = performance.now();
    const view = await parseMessage(s.raw);
    parseMs += performance.now() - t;
    t = performance.now();
    s.prepared = await prepare(view, { tokenize: tok });
    prepareMs += performance.now() - t;
    views.push(view);
  }
  // The first pass above runs while the JIT warms up and interleaves with parsing; a gateway that
  // has been up a while tokenizes like this second pass over the same parsed messages.
  const c = process.cpuUsage();
  for (const v of views) await prepare(v, { tokenize: tok });
  const d = process.cpuUsage(c);
  return { parseMs, prepareMs, steadyPrepareCpuMs: (d.user + d.system) / 1000 / samples.length };
}

/**
 * 5-fold cross-validation inside the training split: mean of 1-ROCA% + miss rate at ≤ 0.1 % FP
 * (lower is better). `outOfFoldHams` collects every ham's score from the fold that held it out.
 *
 * Folds by sender: every From domain is in one fold only, so each fold is validated on senders the
 * model never saw. A gateway meets new senders and new campaigns all the time, and so does the test
 * split (a later period); folds of random messages rewarded tokens that recognise known senders
 * (relay hosts, whether Message-ID and Return-Path agree with From), which then misled on new ones.
 */
async function cvLoss(orders: Sample[][], c: Tuning, outOfFoldHams: number[] = []): Promise<number> {
  const folds = CV_FOLDS;
  let sum = 0;
  // every training order (seed) is cross-validated: one order alone cannot tell close candidates apart
  for (const train of orders) for (let f = 0; f < folds; f++) {
    const tr = train.filter((s) => s.senderFold !== f);
    const te = train.filter((s) => s.senderFold === f);
    const r = await runMailmoat(new MemoryStoreHolder(), tr, te, c);
    const m = metrics(te, r.scores, 0.5);
    sum += m.oneMinusRoca + (1 - m.recallAtFp);
    te.forEach((s, i) => { if (!s.spam) outOfFoldHams.push(r.scores[i]!); });
  }
  return sum / (folds * orders.length);
}

/**
 * Cross-validation losses of close candidates differ by noise (a different set of training orders
 * reorders them), so a candidate replaces the preferred one only when it is more than 2 % better.
 */
const NOISE = 0.02;
function pick<T>(scored: Array<{ c: T; loss: number }>, preferred: T): T {
  const best = scored.reduce((a, b) => (b.loss < a.loss ? b : a));
  const pref = scored.find((x) => x.c === preferred);
  return pref && pref.loss <= best.loss * (1 + NOISE) ? pref.c : best.c;
}

/** The learner grid; the current default is preferred. */
async function crossValidate(orders: Sample[][], candidates: Tuning[], current: Tuning): Promise<Tuning> {
  const scored: Array<{ c: Tuning; loss: number }> = [];
  for (const c of candidates) {
    const loss = await cvLoss(orders, c);
    console.error(`cv lr=${c.learningRate} thick=${c.thickness} passes=${c.passes}: mean(1-ROCA% + miss@0.1%FP) = ${loss.toFixed(4)}`);
    scored.push({ c, loss });
  }
  return pick(scored, candidates.find((c) => c.learningRate === current.learningRate && c.thickness === current.thickness && c.passes === current.passes) ?? candidates[0]!);
}

/** Parsed training mail for the cross-validation stages, which re-tokenize it per candidate (parsed once). */
const parsedViews = new Map<Sample, Promise<MessageView>>();
const viewOf = (s: Sample): Promise<MessageView> => {
  let v = parsedViews.get(s);
  if (!v) { v = parseMessage(s.raw); parsedViews.set(s, v); }
  return v;
};

/** Feature-family ablation: the cross-validation loss with all families, and without each of `families`. */
async function ablateFamilies(orders: Sample[][], tok: TokenizeOptions, learner: Tuning, families: string[]): Promise<void> {
  const train = orders[0]!;
  const views = await Promise.all(train.map(viewOf));
  const seqs = views.map((v) => tokenize(v, tok).sequences);
  for (const drop of ['', ...families]) {
    // prepare() for the message signature (learning needs it), then the keys without the family
    for (const [i, s] of train.entries()) s.prepared = { ...await prepare(views[i]!, { tokenize: tok }), keys: features(seqs[i]!.filter((q) => q.prefix !== drop)) };
    const loss = await cvLoss(orders, learner);
    console.error(`ablation ${drop ? `without ${drop}` : 'all families'}: mean(1-ROCA% + miss@0.1%FP) = ${loss.toFixed(4)}`);
  }
}

/** Tokenizer stage of the cross-validation: how many body words to use, with the given learner; fewer words (less CPU) are preferred. */
async function crossValidateBodyWords(orders: Sample[][], tok: TokenizeOptions, learner: Tuning, candidates: number[]): Promise<number> {
  const train = orders[0]!;
  const views = await Promise.all(train.map(viewOf));
  const scored: Array<{ c: number; loss: number }> = [];
  for (const maxBodyWords of candidates) {
    for (const [i, s] of train.entries()) s.prepared = await prepare(views[i]!, { tokenize: { ...tok, maxBodyWords } });
    const loss = await cvLoss(orders, learner);
    console.error(`cv maxBodyWords=${maxBodyWords}: mean(1-ROCA% + miss@0.1%FP) = ${loss.toFixed(4)}`);
    scored.push({ c: maxBodyWords, loss });
  }
  // the cheapest within the noise of the best
  const best = Math.min(...scored.map((x) => x.loss));
  return scored.filter((x) => x.loss <= best * (1 + NOISE)).reduce((a, b) => (b.c < a.c ? b : a)).c;
}

/**
 * The default spam threshold's rule: the lowest threshold (in steps of 0.01) that no held-out ham of
 * the cross-validation reaches. Ham false positives near zero come first for a gateway.
 */
async function crossValidateSpamThreshold(orders: Sample[][], learner: Tuning): Promise<number> {
  const hams: number[] = [];
  await cvLoss(orders, learner, hams);
  const top = Math.max(...hams);
  const threshold = Math.min(0.99, Math.floor(top * 100 + 1) / 100);
  console.error(`cv spam threshold: highest out-of-fold ham P=${top.toFixed(4)} of ${hams.length} → ${threshold}`);
  return threshold;
}

/**
 * Feedback stage: how a message learned on its own (a release, a spam report) is learned. The
 * model is trained on four sender folds; the fifth arrives as a stream, each message scored and
 * then learned with its label (TREC's immediate feedback, as --feedback measures on the test
 * split), once per candidate from a copy of the same trained model. Loss as in cvLoss.
 */
async function crossValidateFeedback(orders: Sample[][], learner: Tuning, candidates: Array<[rate: number, steps: number]>): Promise<[number, number]> {
  const sums = candidates.map(() => 0);
  let runs = 0;
  for (const [o, train] of orders.entries()) for (let f = 0; f < CV_FOLDS; f++) {
    const trained = new MemoryStoreHolder();
    await runMailmoat(trained, train.filter((s) => s.senderFold !== f), [], learner);
    const stream = train.filter((s) => s.senderFold === f);
    const order = feedbackOrder(stream, o + 1);
    for (const [c, [feedbackRate, feedbackSteps]] of candidates.entries()) {
      const store = { bayes: trained.bayes.clone() };
      const scores = new Array<number>(stream.length);
      for (const i of order) {
        const s = stream[i]!;
        scores[i] = (await classifyPrepared(store, s.prepared!, { now: Date.now() })).probability;
        await learnPrepared(store, s.prepared!, s.spam ? 'spam' : 'ham', { learner: { ...learner, feedbackRate, feedbackSteps }, mode: 'feedback' });
      }
      const m = metrics(stream, scores, 0.5);
      sums[c]! += m.oneMinusRoca + (1 - m.recallAtFp);
    }
    runs++;
  }
  const scored = candidates.map((c, i) => ({ c, loss: sums[i]! / runs }));
  for (const { c, loss } of scored) console.error(`cv feedbackRate=${c[0]} feedbackSteps=${c[1]}: mean(1-ROCA% + miss@0.1%FP) = ${loss.toFixed(4)}`);
  return pick(scored, candidates.find(([r, n]) => r === learner.feedbackRate && n === learner.feedbackSteps) ?? candidates[0]!);
}
class MemoryStoreHolder { bayes = new MemoryBayesStore(); }

// ---------- bogofilter ----------
interface BogoResult { scores: number[]; feedbackScores: number[] | null; trainMs: number; classifyMs: number }
function runBogofilter(train: Sample[], test: Sample[], feedback: number[] | null = null): BogoResult {
  const dir = mkdtempSync(join(tmpdir(), 'mm-bogo-'));
  try {
    const db = join(dir, 'db'); mkdirSync(db);
    const write = (name: string, list: Sample[]): string[] => {
      const d = join(dir, name); mkdirSync(d);
      return list.map((s, i) => { const p = join(d, `${i}.eml`); writeFileSync(p, s.raw); return p; });
    };
    const spamFiles = write('spam', train.filter((s) => s.spam));
    const hamFiles = write('ham', train.filter((s) => !s.spam));
    const testFiles = write('test', test);
    const bogo = (argv: string[], input: string): string => execFileSync('bogofilter', ['-d', db, ...argv], { input, maxBuffer: 64 << 20, encoding: 'utf8' });
    let t0 = performance.now();
    bogo(['-s', '-b'], spamFiles.join('\n') + '\n');
    bogo(['-n', '-b'], hamFiles.join('\n') + '\n');
    const trainMs = performance.now() - t0;
    t0 = performance.now();
    let out = '';
    try { out = bogo(['-T', '-b'], testFiles.join('\n') + '\n'); } catch (err) { out = String((err as { stdout?: string }).stdout ?? ''); }
    const classifyMs = performance.now() - t0;
    const byFile = new Map<string, number>();
    for (const line of out.split('\n')) {
      const m = /^(\S+)\s+[SHU]\s+([\d.e+-]+)/.exec(line.trim());
      if (m) byFile.set(m[1]!, Number(m[2]));
    }
    let feedbackScores: number[] | null = null;
    if (feedback) {
      // one message at a time: score it (-T exits 1 for ham, 2 for unsure), then register its true class
      feedbackScores = new Array<number>(test.length);
      for (const i of feedback) {
        let line = '';
        try { line = bogo(['-T', '-I', testFiles[i]!], ''); } catch (err) { line = String((err as { stdout?: string }).stdout ?? ''); }
        feedbackScores[i] = Number(/^[SHU]\s+([\d.e+-]+)/.exec(line.trim())?.[1] ?? 0.5);
        bogo([test[i]!.spam ? '-s' : '-n', '-I', testFiles[i]!], '');
      }
    }
    return { scores: testFiles.map((f) => byFile.get(f) ?? 0.5), feedbackScores, trainMs, classifyMs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------- main ----------
const pct = (x: number, d = 2): string => `${(x * 100).toFixed(d)} %`;

async function main(): Promise<void> {
  const hard = load('hard-ham-1');
  const trainSet = [...load('easy-ham-1'), ...load('spam-1'), ...hard.filter((_, i) => i % 2 === 0)];
  const test = [...load('easy-ham-2'), ...load('spam-2'), ...hard.filter((_, i) => i % 2 === 1)];
  const seeds = (args.seeds ?? args.seed!).split(',').map(Number);
  const tok: TokenizeOptions = {
    maxBodyWords: Number(args['max-words'] ?? DEFAULT_TOKENIZE_OPTIONS.maxBodyWords),
    stem: args.stem === undefined ? DEFAULT_TOKENIZE_OPTIONS.stem : args.stem === 'true' ? true : args.stem === 'false' ? false : 'non-english',
  };
  let learner: Tuning = {
    learningRate: Number(args['learning-rate'] ?? DEFAULT_LEARNER.learningRate),
    thickness: Number(args.thickness ?? DEFAULT_LEARNER.thickness),
    feedbackRate: Number(args['feedback-rate'] ?? DEFAULT_LEARNER.feedbackRate),
    feedbackSteps: Number(args['feedback-steps'] ?? DEFAULT_LEARNER.feedbackSteps),
    passes: Number(args.passes ?? DEFAULT_TRAIN_PASSES),
    orders: Number(args.orders ?? DEFAULT_TRAIN_ORDERS),
  };
  // the same training orders for every candidate, so they differ only in what is being chosen
  const cvOrders = seeds.map((seed) => shuffled(trainSet, seed));
  if (args.cv) {
    tok.maxBodyWords = await crossValidateBodyWords(cvOrders, tok, learner, [500, 1000, 2000, 5000]);
    console.error(`cv picked maxBodyWords=${tok.maxBodyWords}`);
  }
  if (args.ablate) {
    await ablateFamilies(cvOrders, tok, learner, args.ablate.split(','));
  }
  parsedViews.clear();
  const cpu0 = process.cpuUsage();
  const prep = await prepareAll([...trainSet, ...test], tok);
  const prepCpu = process.cpuUsage(cpu0);
  const nAll = trainSet.length + test.length;
  const keysPerMsg = [...trainSet, ...test].reduce((n, s) => n + s.prepared!.keys.length, 0) / nAll;
  console.error(`loaded ${trainSet.length} train / ${test.length} test; parse ${(prep.parseMs / nAll).toFixed(3)} ms/msg, tokenize+features ${(prep.prepareMs / nAll).toFixed(3)} ms/msg, ${keysPerMsg.toFixed(0)} keys/msg`);

  if (args.cv) {
    const grid: Tuning[] = [];
    // passes: 3 won over 2 in an earlier cross-validation, and 6 scored the same as 3 (training has converged)
    for (const learningRate of [16, 32, 64]) for (const thickness of [2, 4]) grid.push({ ...learner, learningRate, thickness });
    learner = await crossValidate(cvOrders, grid, learner);
    console.error(`cv picked learningRate=${learner.learningRate} thickness=${learner.thickness} passes=${learner.passes}`);
  }

  if (args.cv) {
    // orders averaged in training (corpus-training.ts): one order is the plain online learner
    const scored: Array<{ c: number; loss: number }> = [];
    for (const orders of [1, 3, 5]) {
      const loss = await cvLoss(cvOrders, { ...learner, orders });
      console.error(`cv orders=${orders}: mean(1-ROCA% + miss@0.1%FP) = ${loss.toFixed(4)}`);
      scored.push({ c: orders, loss });
    }
    learner.orders = pick(scored, learner.orders);
    console.error(`cv picked orders=${learner.orders}`);
  }

  if (args.cv) {
    const grid: Array<[number, number]> = [[16, 1], [32, 1], [4, 5], [8, 3], [8, 5], [4, 10], [8, 10]];
    [learner.feedbackRate, learner.feedbackSteps] = await crossValidateFeedback(cvOrders, learner, grid);
    console.error(`cv picked feedbackRate=${learner.feedbackRate} feedbackSteps=${learner.feedbackSteps}`);
  }
  const threshold = args.cv ? await crossValidateSpamThreshold(cvOrders, learner) : DEFAULT_BAYES_CHECK_OPTIONS.spamThreshold;
  const rows: Array<[string, Metrics, number | null, number | null]> = [];
  const runs: Array<{ m: Metrics; f: Metrics; r: RunResult }> = [];
  let storeLabel = '';
  for (const seed of seeds) {
    const train = shuffled(trainSet, seed);
    let store: Pick<Store, 'bayes'> & { close?: () => Promise<void> };
    let tmp: string | null = null;
    let dropRedisKeys: (() => Promise<void>) | null = null;
    if (args.store === 'memory') { store = new MemoryStoreHolder(); storeLabel = 'in-memory BayesStore'; }
    else if (args.store === 'redis') {
      // a fresh key prefix per run on the given server; the run's keys are deleted afterwards
      const url = args['redis-url']!;
      const prefix = `mm-bench-${process.pid}-${seed}:`;
      const { openRedisStore } = await import('../src/store/redis/index.ts');
      store = await openRedisStore(url, prefix, pino({ level: 'silent' }));
      storeLabel = `real Redis Store (${url.replace(/\/\/[^@]*@/, '//')})`;
      dropRedisKeys = async () => {
        const { Redis } = await import('ioredis');
        const r = new Redis(url);
        for await (const keys of r.scanStream({ match: `${prefix}*`, count: 1000 })) if ((keys as string[]).length) await r.del(...(keys as string[]));
        await r.quit();
      };
    } else {
      tmp = mkdtempSync(join(tmpdir(), 'mm-bench-'));
      const { openEmbeddedStore } = await import('../src/store/embedded/index.ts');
      store = await openEmbeddedStore(tmp, pino({ level: 'silent' }));
      storeLabel = 'real embedded Store (SQLite, WAL, synchronous=NORMAL for Bayes)';
    }
    const r = await runMailmoat(store, train, test, learner, true, args.feedback ? feedbackOrder(test, seed) : null);
    await store.close?.();
    await dropRedisKeys?.();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
    const run = { m: metrics(test, r.scores, threshold), f: metrics(test, r.fisher, threshold), r };
    runs.push(run);
    rows.push([`mailmoat, seed ${seed}`, run.m, (train.length * learner.passes * learner.orders) / (r.trainMs / 1000), test.length / (r.classifyMs / 1000)]);
  }
  const mean = (pick: (x: (typeof runs)[number]) => Metrics): Metrics => {
    const ms = runs.map(pick);
    const avg = (k: keyof Metrics): number => ms.reduce((a, m) => a + m[k], 0) / ms.length;
    return { hamFp: avg('hamFp'), spamRecall: avg('spamRecall'), oneMinusRoca: avg('oneMinusRoca'), recallAtFp: avg('recallAtFp'), hardHamFp: avg('hardHamFp'), hams: ms[0]!.hams, spams: ms[0]!.spams, hardHams: ms[0]!.hardHams };
  };
  const sumR = (k: keyof RunResult): number => runs.reduce((a, x) => a + (x.r[k] as number), 0);
  rows.push([`**mailmoat (OSB + online logistic regression), mean of ${runs.length}**`, mean((x) => x.m), (trainSet.length * learner.passes * learner.orders * runs.length) / (sumR('trainMs') / 1000), (test.length * runs.length) / (sumR('classifyMs') / 1000)]);
  rows.push([`mailmoat counts, Robinson/Fisher chi-square, mean of ${runs.length}`, mean((x) => x.f), null, null]);
  if (args.feedback) rows.push([`mailmoat with immediate feedback, mean of ${runs.length}`, mean((x) => metrics(test, x.r.feedbackScores!, threshold)), null, null]);
  if (!args['no-bogofilter']) {
    // bogofilter learns counts, which do not depend on the order: one run
    const bogo = runBogofilter(trainSet, test, args.feedback ? feedbackOrder(test, seeds[0]!) : null);
    // bogofilter's own default spam_cutoff
    rows.push(['bogofilter (defaults)', metrics(test, bogo.scores, 0.99), trainSet.length / (bogo.trainMs / 1000), test.length / (bogo.classifyMs / 1000)]);
    if (args.feedback) rows.push([`bogofilter with immediate feedback, order of seed ${seeds[0]}`, metrics(test, bogo.feedbackScores!, 0.99), null, null]);
  }
  const m0 = rows[0]![1];
  console.log(`\nSpamAssassin public corpus — train ${trainSet.length} (easy-ham-1, spam-1, even hard-ham-1), test ${test.length} (${m0.hams} ham incl. ${m0.hardHams} hard ham, ${m0.spams} spam)`);
  console.log(`mailmoat store: ${storeLabel}; training order seeds ${seeds.join(',')}; learner learningRate=${learner.learningRate} thickness=${learner.thickness} passes=${learner.passes} orders=${learner.orders} feedbackRate=${learner.feedbackRate} feedbackSteps=${learner.feedbackSteps}; tokenizer maxBodyWords=${tok.maxBodyWords} stem=${tok.stem}; ${keysPerMsg.toFixed(0)} feature keys/message\n`);
  console.log('| filter | ham FP (default threshold) | spam recall (default threshold) | 1-ROCA % | spam recall at ≤ 0.1 % ham FP | hard-ham FP | train msg/s | classify msg/s |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const [name, m, tr, cl] of rows) {
    console.log(`| ${name} | ${pct(m.hamFp)} | ${pct(m.spamRecall)} | ${m.oneMinusRoca.toFixed(3)} | ${pct(m.recallAtFp)} | ${pct(m.hardHamFp)} | ${tr === null ? '—' : tr.toFixed(0)} | ${cl === null ? '—' : cl.toFixed(0)} |`);
  }
  const perMsgCpu = (prepCpu.user + prepCpu.system) / 1000 / nAll;
  console.log(`\nmailmoat CPU per message: parse+tokenize+features ${perMsgCpu.toFixed(3)} ms (parse ${(prep.parseMs / nAll).toFixed(3)} ms wall, tokenize+features ${(prep.prepareMs / nAll).toFixed(3)} ms wall; tokenize+features warmed up ${prep.steadyPrepareCpuMs.toFixed(3)} ms CPU); ` +
    `classify incl. store read ${(sumR('classifyCpuMs') / (test.length * runs.length)).toFixed(3)} ms CPU first time after training ` +
    `(of which the store's read, one batched getTokens, ${(sumR('storeReadCpuMs') / (test.length * runs.length)).toFixed(3)} ms; scoring ${((sumR('classifyCpuMs') - sumR('storeReadCpuMs')) / (test.length * runs.length)).toFixed(3)} ms), ` +
    `${(sumR('warmClassifyCpuMs') / (test.length * runs.length)).toFixed(3)} ms when classified again; learn incl. store write ${(sumR('trainCpuMs') / (trainSet.length * learner.passes * learner.orders * runs.length)).toFixed(3)} ms CPU per learn operation`);
  console.log(`mailmoat default thresholds: BAYES_SPAM at P ≥ ${threshold}, BAYES_HAM at P ≤ ${DEFAULT_BAYES_CHECK_OPTIONS.hamThreshold}; bogofilter: its spam_cutoff 0.99. Messages/s exclude MIME parsing for mailmoat (done once per message by the pipeline) and include it for bogofilter (one bulk process); mailmoat's train msg/s counts every pass of every order (learn operations per second).`);
}

await main();
