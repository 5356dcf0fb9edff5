// `mailmoat classify FILE [--config FILE] [--ip A] [--helo H] [--from S] [--rcpt R] [--explain]`: runs one
// message through the same pipeline as SMTP (all phases, same rules, same store) and prints
//   {"score":n,"action":"accept|tag|quarantine|reject|tempfail","symbols":[{"name":s,"score":n,"detail":s}]}
// (--explain adds "bayes": P(spam), the counts learned, and the features that weighed most each way).
// Greylisting, Bayes autolearn and the spam traps' learning are off here: a dry run must not
// create greylist triplets or pass them, nor learn the message.
// Logs go to stderr so stdout stays one JSON object.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import pino from 'pino';
import { parseArgs } from 'node:util';
import type { Config } from '../config.ts';
import { explainView, type Contribution } from '../bayes/learn.ts';
import { addressParts } from '../mail/address.ts';
import { bayesOptionsOf, learnOptionsFrom } from '../bayes/options.ts';
import { createLogger } from '../log.ts';
import { createPipeline, parseMessage, RulesError, runMessage } from '../pipeline/index.ts';
import type { SessionInfo } from '../pipeline/types.ts';
import { openCommandStore } from '../store/index.ts';
import { loadCommandConfig } from './check-config.ts';

export interface ClassifyResult {
  score: number;
  action: 'accept' | 'tag' | 'quarantine' | 'reject' | 'tempfail';
  symbols: Array<{ name: string; score: number; detail: string }>;
  /** with --explain: the Bayes classifier's reading (the features that weighed most each way) */
  bayes?: { probability: number; learned: { spam: number; ham: number }; spam: Contribution[]; ham: Contribution[] };
}

const addressOf = (header: string | undefined): string => addressParts(header ?? '').address;

export async function classify(config: Config, raw: Buffer, env: { ip?: string; helo?: string; from?: string; rcpt?: string; explain?: boolean }): Promise<ClassifyResult> {
  const log = createLogger({ log: { level: config.log.level === 'info' ? 'warn' : config.log.level, pretty: false } }, pino.destination(2));
  // a dry run must not teach the classifier either: autolearn off whatever the config says
  const cfg: Config = { ...config, greylist: { ...config.greylist, enabled: false }, bayes: { ...config.bayes, autolearn: { ...config.bayes.autolearn, enabled: false } } };
  const store = await openCommandStore(cfg, log, 'classify');
  const pipeline = await createPipeline({ config: cfg, store, log, watch: false, dryRun: true });
  try {
    const parsed = await parseMessage(raw);
    const header = (k: string): string | undefined => parsed.headers.find((h) => h.key === k)?.value;
    const mailFrom = env.from ?? (addressOf(header('return-path')) || parsed.from);
    const rcpt = env.rcpt ?? (addressOf(header('to')) || `postmaster@${cfg.smtp.localDomains[0] ?? 'localhost'}`);
    const session: SessionInfo = {
      id: randomUUID(), direction: 'inbound', clientIp: env.ip ?? '127.0.0.1', clientHostname: null,
      helo: env.helo ?? '', tls: false, authUser: null, trusted: false,
    };
    const verdict = await runMessage(pipeline, session, mailFrom, rcpt, raw);
    const result: ClassifyResult = {
      score: verdict.score,
      action: verdict.action,
      symbols: verdict.symbols.map((s) => ({ name: s.name, score: s.score, detail: s.detail ?? '' })),
    };
    if (env.explain) {
      const e = await explainView(store, parsed, learnOptionsFrom(bayesOptionsOf(pipeline.rules().checks)), 15);
      result.bayes = { probability: e.probability, learned: e.totals, spam: e.spam, ham: e.ham };
    }
    return result;
  } finally {
    await pipeline.close();
    await store.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  let parsedArgs;
  try {
    parsedArgs = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: { config: { type: 'string' }, ip: { type: 'string' }, helo: { type: 'string' }, from: { type: 'string' }, rcpt: { type: 'string' }, explain: { type: 'boolean' } },
    });
  } catch (err) {
    console.error(`mailmoat classify: ${(err as Error).message}\nusage: mailmoat classify FILE [--config FILE] [--ip A] [--helo H] [--from S] [--rcpt R] [--explain]`);
    return 64;
  }
  const { values, positionals } = parsedArgs;
  const file = positionals[0];
  if (!file) {
    console.error('usage: mailmoat classify FILE [--config FILE] [--ip A] [--helo H] [--from S] [--rcpt R] [--explain]');
    return 64;
  }
  const config = loadCommandConfig(values);
  if (!config) return 2;
  let raw: Buffer;
  try {
    raw = await readFile(file);
  } catch (err) {
    console.error(`mailmoat classify: cannot read ${file}: ${(err as Error).message}`);
    return 66;
  }
  // SMTP gives the pipeline CRLF line endings; a file saved with LF is normalised the same way.
  raw = Buffer.from(raw.toString('latin1').replace(/\r?\n/g, '\r\n'), 'latin1');
  try {
    const result = await classify(config, raw, { ip: values.ip, helo: values.helo, from: values.from, rcpt: values.rcpt, explain: values.explain });
    console.log(JSON.stringify(result));
    return 0;
  } catch (err) {
    if (err instanceof RulesError) {
      for (const p of err.problems) console.error(p);
      return 2;
    }
    throw err;
  }
}
