// `mailmoat train --spam PATH… --ham PATH… [--config FILE] [--passes N] [--reset]`: trains the Bayes
// classifier into the configured store (embedded or Redis). PATH is a message file (.eml), a
// directory (recursive, so maildirs work), or an mbox file. Spam and ham are interleaved in a fixed
// pseudo-random order (an online learner trained on all spam first and then all ham learns the
// order, not the content). Each message is read and tokenized once; then, chunk by chunk, learned
// in three shuffled orders whose weights are averaged (bayes/corpus-training.ts). In each order pass
// 1 learns every message (a message learned before in the other class is moved, not doubled); later
// passes only adjust weights of messages still inside the margin. --reset forgets the whole model first (after an upgrade that changed the tokens, or to
// start over: relearning the same messages otherwise changes nothing). Progress goes to stderr, the
// summary to stdout.
import { parseArgs } from 'node:util';
import pino from 'pino';
import { DEFAULT_TRAIN_PASSES } from '../bayes/classifier.ts';
import { DEFAULT_TRAIN_ORDERS, learnCorpus, shuffled, type CorpusMessage, type CorpusTrainingResult } from '../bayes/corpus-training.ts';
import { clearModel, expire, prepare, type BayesOptions, type Prepared } from '../bayes/learn.ts';
import { learnOptionsFrom, loadBayesOptions } from '../bayes/options.ts';
import { collectMessageFiles, looksLikeMessage, messageReader, type MessageFile } from '../mail/message-files.ts';
import { parseMessage } from '../mail/parse.ts';
import { createLogger } from '../log.ts';
import { describeStore, openCommandStore } from '../store/index.ts';
import type { LearnClass, Store } from '../store/types.ts';
import { loadCommandConfig } from './check-config.ts';
import { stopOnInterrupt } from './interrupt.ts';
import { setDocumentReaders } from '../content/document-text.ts';

const USAGE = 'usage: mailmoat train --spam PATH… --ham PATH… [--config FILE] [--passes N] [--reset]';

/** A message file of one class. */
export interface MessageSource extends MessageFile { cls: LearnClass }

/** Expands the CLI paths into message sources of one class. */
export async function collectSources(paths: readonly string[], cls: LearnClass): Promise<MessageSource[]> {
  return (await collectMessageFiles(paths)).map((f) => ({ ...f, cls }));
}

export interface TrainSummary {
  spam: number; ham: number; unchanged: number; moved: number; failed: number; notMail: number; tokens: number; pruned: number;
  /**
   * null: done. 'learning': stopped (`signal`) before every message was learned; what was learned is
   * in the store, and the same command learns the rest. 'refining': every message was learned, and
   * only later orders or passes, which refine the weights, were cut.
   */
  interrupted: CorpusTrainingResult['interrupted'];
}

/** reading: messages read of all (each learned in the first order's first pass as it is read); refining: steps of the current chunk's later passes and orders */
export interface TrainProgress { phase: 'reading' | 'refining'; done: number; total: number }

export interface TrainOptions extends BayesOptions {
  passes: number;
  /** shuffled orders averaged (corpus-training.ts); default DEFAULT_TRAIN_ORDERS */
  orders?: number;
  /** feature keys per chunk (corpus-training.ts CHUNK_KEYS; tests use small chunks) */
  chunkKeys?: number;
  progress?: (p: TrainProgress) => void;
  /** stops after the current message (Ctrl-C); what was learned is still written back */
  signal?: AbortSignal;
}

export async function train(store: Pick<Store, 'bayes'>, sources: MessageSource[], opts: TrainOptions): Promise<TrainSummary> {
  const summary: TrainSummary = { spam: 0, ham: 0, unchanged: 0, moved: 0, failed: 0, notMail: 0, tokens: 0, pruned: 0, interrupted: null };
  const { maxTokens, progress, signal, passes, orders, chunkKeys, ...learnOpts } = opts;
  // spam and ham interleaved in a fixed order, so that a run can be repeated
  const order = shuffled(sources, 0x5eed);
  let read = 0;
  // every message is read and tokenized once; learnCorpus learns it at once in the first order's
  // first pass, and keeps it for the later passes and orders of its chunk
  async function* messages(): AsyncGenerator<CorpusMessage> {
    const readMessage = messageReader();
    for (const src of order) {
      if (signal?.aborted) return;
      let prepared: Prepared | null = null;
      try {
        const raw = await readMessage(src);
        if (!looksLikeMessage(raw)) summary.notMail++;
        else prepared = await prepare(await parseMessage(raw), learnOpts);
      } catch {
        summary.failed++;
      }
      // after the yield: the message has been learned by then
      if (prepared) yield { prepared, cls: src.cls };
      progress?.({ phase: 'reading', done: ++read, total: order.length });
    }
  }
  const r = await learnCorpus(store, messages(), {
    learner: learnOpts.learner, passes, orders, chunkKeys, signal,
    progress: (done, total) => progress?.({ phase: 'refining', done, total }),
    learned: (m, result) => {
      if (!result.changed) summary.unchanged++;
      else {
        summary[m.cls]++;
        if (result.previous && result.previous !== m.cls) summary.moved++;
      }
    },
  });
  // refining the last chunk when stopped: every message was learned, unless some were never read
  summary.interrupted = r.interrupted === 'refining' && read < order.length ? 'learning' : r.interrupted;
  if (maxTokens) summary.pruned = await expire(store, maxTokens);
  summary.tokens = await store.bayes.tokenCount();
  return summary;
}

export async function run(argv: string[]): Promise<number> {
  let values: { spam?: string[]; ham?: string[]; config?: string; passes?: string; quiet?: boolean; reset?: boolean };
  try {
    ({ values } = parseArgs({
      args: argv, allowPositionals: false, strict: true,
      options: { spam: { type: 'string', multiple: true }, ham: { type: 'string', multiple: true }, config: { type: 'string' }, passes: { type: 'string' }, quiet: { type: 'boolean' }, reset: { type: 'boolean' } },
    }));
  } catch (err) {
    console.error(`mailmoat train: ${(err as Error).message}\n${USAGE}`);
    return 64;
  }
  if (!values.spam?.length && !values.ham?.length) {
    console.error(USAGE);
    return 64;
  }
  const passes = values.passes === undefined ? DEFAULT_TRAIN_PASSES : Number(values.passes);
  if (!Number.isInteger(passes) || passes < 1 || passes > 10) {
    console.error('mailmoat train: --passes must be 1..10');
    return 64;
  }
  const config = loadCommandConfig(values);
  if (!config) return 2;
  // learned as the gateway will read them
  setDocumentReaders(config.content);
  let sources: MessageSource[];
  try {
    sources = [...await collectSources(values.spam ?? [], 'spam'), ...await collectSources(values.ham ?? [], 'ham')];
  } catch (err) {
    console.error(`mailmoat train: ${(err as Error).message}`);
    return 66;
  }
  const options = learnOptionsFrom(await loadBayesOptions(config.rules), config.bayes.maxTokens);
  const log = createLogger({ log: { level: 'warn', pretty: false } }, pino.destination(2));
  const store = await openCommandStore(config, log, 'train');
  if (values.reset) {
    await clearModel(store.bayes);
    console.error('mailmoat train: the Bayes model was cleared');
  }
  const started = Date.now();
  let lastReport = started;
  let refiningSince = 0;
  const orders = DEFAULT_TRAIN_ORDERS;
  // Ctrl-C (or SIGTERM) stops after the current message and writes back what was learned; a second
  // signal quits at once
  const stop = stopOnInterrupt('mailmoat train: interrupted; writing what was learned so far');
  try {
    const summary = await train(store, sources, {
      ...options, passes, orders, signal: stop.signal,
      progress: (p) => {
        const now = Date.now();
        if (p.phase === 'refining' && p.done === 1) refiningSince = now;
        if (values.quiet || (now - lastReport < 1000 && p.done !== p.total)) return;
        lastReport = now;
        const since = p.phase === 'reading' ? started : refiningSince;
        const rate = p.done / Math.max((now - since) / 1000, 0.001);
        const what = p.phase === 'reading' ? `learning: ${p.done}/${p.total} messages read and learned` : `refining (later passes, ${orders} orders averaged): ${p.done}/${p.total} steps`;
        process.stderr.write(`\r${what}, ${rate.toFixed(0)}/s, ${Math.round((p.total - p.done) / rate)} s left   ${p.done === p.total ? '\n' : ''}`);
      },
    });
    const totals = await store.bayes.totals();
    console.log(`learned ${summary.spam} spam and ${summary.ham} ham (${summary.moved} moved from the other class, ${summary.unchanged} already learned, ${summary.failed} unreadable${summary.notMail ? `, ${summary.notMail} skipped as not mail` : ''}) in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    console.log(`${await describeStore(config)} now holds ${totals.spam} spam, ${totals.ham} ham, ${summary.tokens} tokens${summary.pruned ? ` (${summary.pruned} expired)` : ''}`);
    if (totals.spam < config.bayes.minSpam || totals.ham < config.bayes.minHam) {
      console.log(`note: the classifier stays silent until it has learned ${config.bayes.minSpam} spam and ${config.bayes.minHam} ham (bayes.minSpam / bayes.minHam)`);
    }
    if (summary.interrupted === 'learning') {
      console.log(`interrupted before every message was learned: run the same command again${values.reset ? ' without --reset' : ''} to learn the rest (messages learned already are skipped)`);
      return 130;
    }
    if (summary.interrupted === 'refining') {
      console.log('interrupted after every message was learned: only the later orders and passes, which refine the weights, were cut');
      return 130;
    }
    return (summary.failed || summary.notMail) && !summary.spam && !summary.ham && !summary.unchanged ? 1 : 0;
  } finally {
    stop.release();
    await store.close();
  }
}
