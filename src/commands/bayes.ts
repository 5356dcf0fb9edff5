// `mailmoat bayes export FILE` and `mailmoat bayes import FILE [--replace] [--force]`: the learned
// Bayes model as a file (src/bayes/transfer.ts), to move it to another store or gateway or to keep
// a copy. Either works while the gateway runs.
import { parseArgs } from 'node:util';
import pino from 'pino';
import { clearModel, expire } from '../bayes/learn.ts';
import { loadBayesOptions, learnOptionsFrom } from '../bayes/options.ts';
import { generationNote } from '../bayes/status.ts';
import { ModelFileError, checkModelFile, exportModelFile, importModelFile, tokenizeDifferences, writeModel } from '../bayes/transfer.ts';
import { createLogger } from '../log.ts';
import { describeStore, openCommandStore } from '../store/index.ts';
import { loadCommandConfig } from './check-config.ts';

const USAGE = `usage: mailmoat bayes export FILE [--config FILE]      FILE ending in .gz is compressed; - writes to standard output
       mailmoat bayes import FILE [--replace] [--force] [--config FILE]`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv, allowPositionals: true, strict: true,
      options: { config: { type: 'string' }, replace: { type: 'boolean' }, force: { type: 'boolean' } },
    });
  } catch (err) {
    console.error(`mailmoat bayes: ${(err as Error).message}\n${USAGE}`);
    return 64;
  }
  const [sub, file, ...extra] = parsed.positionals;
  if ((sub !== 'export' && sub !== 'import') || !file || extra.length || (sub === 'export' && (parsed.values.replace || parsed.values.force))) {
    console.error(USAGE);
    return 64;
  }
  const config = loadCommandConfig(parsed.values);
  if (!config) return 2;
  const { tokenize } = learnOptionsFrom(await loadBayesOptions(config.rules));
  // the import checks the whole file before it opens the store
  let checked;
  if (sub === 'import') {
    try {
      checked = await checkModelFile(file);
    } catch (err) {
      console.error(`mailmoat bayes import: ${err instanceof ModelFileError ? err.message : `cannot read ${file}: ${(err as Error).message}`}; nothing was imported`);
      return err instanceof ModelFileError ? 65 : 66;
    }
    const differences = tokenizeDifferences(checked.header.tokenize, tokenize);
    if (differences.length && !parsed.values.force) {
      console.error(`mailmoat bayes import: the model was learned with other tokenizer options, so most of its features would never match this gateway's mail:\n  ${differences.join('\n  ')}\n`
        + `Set them in ${config.rules}/checks.yaml as in the file, or pass --force to import it anyway. Nothing was imported.`);
      return 1;
    }
  }
  // warnings to stderr: `export -` writes the model to stdout
  const log = createLogger({ log: { level: 'warn', pretty: false } }, pino.destination(2));
  const store = await openCommandStore(config, log, 'bayes');
  const where = await describeStore(config);
  let importing = false;
  try {
    if (sub === 'export') {
      const summary = file === '-' ? await writeModel(store.bayes, process.stdout, tokenize) : await exportModelFile(store.bayes, file, tokenize);
      console.error(`exported ${summary.totals.spam} spam and ${summary.totals.ham} ham learned: ${summary.tokens} features, ${summary.learned} message signatures, from ${where}${file === '-' ? '' : ` to ${file}`}`);
      return 0;
    }
    const [totals, features] = await Promise.all([store.bayes.totals(), store.bayes.tokenCount()]);
    if (totals.spam || totals.ham || features) {
      if (!parsed.values.replace) {
        console.error(`mailmoat bayes import: ${where} already holds a model (${totals.spam} spam and ${totals.ham} ham learned, ${features} features). `
          + 'Two models cannot be added together; --replace forgets this one first (export it before, to keep a copy). Nothing was imported.');
        return 1;
      }
      await clearModel(store.bayes);
      console.error(`mailmoat bayes import: the model in ${where} was cleared`);
    }
    importing = true;
    const { header, tokens, learned } = await importModelFile(store.bayes, file);
    importing = false;
    const pruned = await expire(store, config.bayes.maxTokens);
    console.log(`imported ${header.totals.spam} spam and ${header.totals.ham} ham learned: ${tokens} features, ${learned} message signatures, exported ${header.exportedAt}, into ${where}`
      + (pruned ? `; ${pruned} features expired to stay within bayes.maxTokens (${config.bayes.maxTokens})` : ''));
    const older = generationNote(header.generation ?? null);
    if (older) console.log(`note: ${older}`);
    if (header.totals.spam < config.bayes.minSpam || header.totals.ham < config.bayes.minHam) {
      console.log(`note: the classifier stays silent until it has learned ${config.bayes.minSpam} spam and ${config.bayes.minHam} ham (bayes.minSpam / bayes.minHam)`);
    }
    return 0;
  } catch (err) {
    console.error(`mailmoat bayes ${sub}: ${(err as Error).message}`
      + (importing ? '; the model is incomplete and stays silent (no class totals yet): run the import again with --replace' : ''));
    return 1;
  } finally {
    await store.close();
  }
}
