// The Bayes model as a file: `mailmoat bayes export` writes it, `mailmoat bayes import` reads it.
// What it is for: moving months of learning to another gateway or store (the embedded store of a
// trial to the Redis of a cluster, one site to another), and keeping a copy before `train --reset`
// or an upgrade. Quarantine, lists and correspondents refill or are re-entered; the model cannot
// be rebuilt without the mail it learned from.
//
// The file is JSON lines (gzip when its name ends in .gz): a header with the class totals and the
// tokenizer options and generation the model was learned with (no generation: learned before they
// were recorded), one line per feature row and per learned-message
// signature, and an end line with the counts. Rows keep their counts, weight and last-seen time,
// so expiry goes on as it would have. Import reads the whole file once to check it before it
// writes anything (a cut-off copy has no end line) and writes the class totals last: until then
// the check stays silent (bayes.minSpam/minHam), so a gateway never scores with half a model.
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { open, rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { PassThrough, type Readable, type Writable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { z } from 'zod';
import { isGzip } from '../content/tar.ts';
import type { BayesModelPart, BayesStore, BayesTotals, LearnClass, TokenStats } from '../store/types.ts';
import { tokenizeOptionsSchema, type TokenizeOptions } from './tokenize.ts';

export const MODEL_FORMAT = 'mailmoat-bayes-model';
export const MODEL_VERSION = 1;
/** rows per store read and per store write (one SQLite transaction, one HSET per Redis bucket) */
const PART_ROWS = 5000;

const headerSchema = z.object({
  format: z.literal(MODEL_FORMAT),
  version: z.literal(MODEL_VERSION),
  exportedAt: z.string(),
  totals: z.object({ spam: z.number().int().min(0), ham: z.number().int().min(0) }),
  tokenize: tokenizeOptionsSchema,
  /** the tokenizer generation (tokenize.ts); absent in files of models learned before it was recorded */
  generation: z.number().int().min(1).optional(),
});
export type ModelHeader = z.infer<typeof headerSchema>;
const finite = z.number().finite();
const tokenRow = z.tuple([z.literal('t'), z.string().min(1), finite, finite, finite, finite]);
const learnedRow = z.tuple([z.literal('l'), z.string().min(1), z.enum(['spam', 'ham'])]);
const endSchema = z.object({ end: z.object({ tokens: z.number().int().min(0), learned: z.number().int().min(0) }) });

export interface ExportSummary { totals: BayesTotals; tokens: number; learned: number }

/** Writes the model to `out` (the caller closes it). */
export async function writeModel(bayes: BayesStore, out: Writable, tokenize: TokenizeOptions, now = new Date()): Promise<ExportSummary> {
  const [totals, generation] = await Promise.all([bayes.totals(), bayes.generation()]);
  const header: ModelHeader = { format: MODEL_FORMAT, version: MODEL_VERSION, exportedAt: now.toISOString(), totals, tokenize: { ...tokenize }, ...(generation === null ? {} : { generation }) };
  const write = async (line: string): Promise<void> => {
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  };
  await write(JSON.stringify(header));
  let tokens = 0, learned = 0;
  for await (const part of bayes.dump(PART_ROWS)) {
    const lines: string[] = [];
    for (const [token, s] of part.tokens ?? []) lines.push(JSON.stringify(['t', token, s.spam, s.ham, s.weight, s.lastSeen]));
    for (const [signature, cls] of part.learned ?? []) lines.push(JSON.stringify(['l', signature, cls]));
    tokens += part.tokens?.length ?? 0;
    learned += part.learned?.length ?? 0;
    if (lines.length) await write(lines.join('\n'));
  }
  await write(JSON.stringify({ end: { tokens, learned } }));
  return { totals, tokens, learned };
}

/**
 * Exports to a file: gzip when the name ends in .gz. Written beside it first and renamed at the
 * end, so a failed export never leaves something that looks like a model.
 */
export async function exportModelFile(bayes: BayesStore, file: string, tokenize: TokenizeOptions): Promise<ExportSummary> {
  const tmp = `${file}.${process.pid}.tmp`;
  const lines = new PassThrough();
  const sink = createWriteStream(tmp, { flags: 'wx' });
  const done = file.endsWith('.gz') ? pipeline(lines, createGzip(), sink) : pipeline(lines, sink);
  try {
    const summary = await writeModel(bayes, lines, tokenize);
    lines.end();
    await done;
    await rename(tmp, file);
    return summary;
  } catch (err) {
    lines.destroy();
    await done.catch(() => undefined);
    await rm(tmp, { force: true });
    throw err;
  }
}

/** A model file that cannot be imported, with where and why. */
export class ModelFileError extends Error {}

/** Whether the file starts as gzip does (whatever its name: a copy may have lost the .gz). */
async function fileIsGzip(file: string): Promise<boolean> {
  const fh = await open(file, 'r');
  try {
    const head = Buffer.alloc(18);
    const { bytesRead } = await fh.read(head, 0, head.length, 0);
    return isGzip(head.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

type Row = { kind: 'token'; token: string; stats: TokenStats } | { kind: 'learned'; signature: string; cls: LearnClass };

/** The file's rows in order, each checked; the header and the end line are checked too. */
async function* readRows(file: string, onHeader: (h: ModelHeader) => void): AsyncGenerator<Row> {
  const source: Readable = (await fileIsGzip(file)) ? createReadStream(file).pipe(createGunzip()) : createReadStream(file);
  const lines = createInterface({ input: source, crlfDelay: Infinity });
  let n = 0, tokens = 0, learned = 0, ended = false;
  const fail = (why: string): never => { throw new ModelFileError(`${file}, line ${n}: ${why}`); };
  try {
    for await (const line of lines) {
      n++;
      if (ended) fail('more after the end line');
      let value: unknown;
      try { value = JSON.parse(line); } catch { fail('not JSON'); }
      if (n === 1) {
        const h = headerSchema.safeParse(value);
        if (!h.success) fail(`not a ${MODEL_FORMAT} version ${MODEL_VERSION} header (${h.error.issues.map((i) => `${i.path.join('.') || 'header'}: ${i.message}`).join('; ')})`);
        onHeader(h.data!);
      } else if (Array.isArray(value) && value[0] === 't') {
        const r = tokenRow.safeParse(value);
        if (!r.success) fail('a bad feature row');
        const [, token, spam, ham, weight, lastSeen] = r.data!;
        tokens++;
        yield { kind: 'token', token, stats: { spam, ham, weight, lastSeen } };
      } else if (Array.isArray(value) && value[0] === 'l') {
        const r = learnedRow.safeParse(value);
        if (!r.success) fail('a bad learned-message row');
        learned++;
        yield { kind: 'learned', signature: r.data![1], cls: r.data![2] };
      } else {
        const e = endSchema.safeParse(value);
        if (!e.success) fail('neither a feature row, a learned-message row nor the end line');
        if (e.data!.end.tokens !== tokens || e.data!.end.learned !== learned) {
          fail(`the end line counts ${e.data!.end.tokens} features and ${e.data!.end.learned} messages, the file has ${tokens} and ${learned}`);
        }
        ended = true;
      }
    }
  } catch (err) {
    if (err instanceof ModelFileError) throw err;
    throw new ModelFileError(`${file}: ${(err as Error).message}`);
  } finally {
    lines.close();
    source.destroy();
  }
  if (n === 0) throw new ModelFileError(`${file}: empty`);
  if (!ended) throw new ModelFileError(`${file}: no end line after line ${n}: the file was cut off (an export that did not finish, or a partial copy)`);
}

export interface ModelFileSummary { header: ModelHeader; tokens: number; learned: number }

/** Reads the whole file and checks it, writing nothing. */
export async function checkModelFile(file: string): Promise<ModelFileSummary> {
  let header: ModelHeader | undefined;
  let tokens = 0, learned = 0;
  for await (const row of readRows(file, (h) => { header = h; })) {
    if (row.kind === 'token') tokens++; else learned++;
  }
  return { header: header!, tokens, learned };
}

/**
 * Writes a checked file's rows into the store, then adds its class totals. The store's model is
 * expected empty (the command refuses otherwise, or clears it first with --replace).
 */
export async function importModelFile(bayes: BayesStore, file: string, now = Date.now()): Promise<ModelFileSummary> {
  let header: ModelHeader | undefined;
  let part: { tokens: Array<readonly [string, TokenStats]>; learned: Array<readonly [string, LearnClass]> } = { tokens: [], learned: [] };
  let tokens = 0, learned = 0;
  const flush = async (): Promise<void> => {
    if (part.tokens.length || part.learned.length) await bayes.restore(part satisfies BayesModelPart);
    part = { tokens: [], learned: [] };
  };
  for await (const row of readRows(file, (h) => { header = h; })) {
    if (row.kind === 'token') { part.tokens.push([row.token, row.stats]); tokens++; } else { part.learned.push([row.signature, row.cls]); learned++; }
    if (part.tokens.length + part.learned.length >= PART_ROWS) await flush();
  }
  await flush();
  await bayes.setGeneration(header!.generation ?? null);
  // last: with the totals the model starts scoring
  await bayes.applyDeltas([], header!.totals, now);
  return { header: header!, tokens, learned };
}

/** The tokenizer options that differ between a model file and the rules that would use it. */
export function tokenizeDifferences(file: TokenizeOptions, rules: TokenizeOptions): string[] {
  return (Object.keys(rules) as Array<keyof TokenizeOptions>)
    .filter((k) => file[k] !== rules[k])
    .map((k) => `bayes.${k}: ${JSON.stringify(file[k])} in the file, ${JSON.stringify(rules[k])} in the rules`);
}
