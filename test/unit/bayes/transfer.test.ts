// The Bayes model as a file (`mailmoat bayes export|import`), on the real embedded store: a model
// moved into another store scores every message exactly as the original, remembers what it learned,
// and a damaged file or a store that already has a model is refused with nothing written.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { promisify } from 'node:util';
import { gunzipSync, gzipSync } from 'node:zlib';
import pino from 'pino';
import { classifyView, learnMessage } from '../../../src/bayes/learn.ts';
import { ModelFileError, checkModelFile, exportModelFile, importModelFile, tokenizeDifferences } from '../../../src/bayes/transfer.ts';
import { DEFAULT_TOKENIZE_OPTIONS, TOKENIZER_GENERATION } from '../../../src/bayes/tokenize.ts';
import { collectSources, train } from '../../../src/commands/train.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { openEmbeddedStore } from '../../../src/store/embedded/index.ts';
import type { Store } from '../../../src/store/types.ts';
import { syntheticMail } from '../../helpers/synthetic-mail.ts';

const exec = promisify(execFile);
const REPO = new URL('../../../', import.meta.url).pathname;
const log = pino({ level: 'silent' });

const message = syntheticMail(7);

describe('bayes export and import', () => {
  let dir: string;
  let source: Store;
  const stores: Store[] = [];
  const fresh = async (name: string): Promise<Store> => {
    const s = await openEmbeddedStore(join(dir, name), log);
    stores.push(s);
    return s;
  };
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-transfer-'));
    for (const k of ['spam', 'ham'] as const) {
      mkdirSync(join(dir, k));
      for (let i = 0; i < 20; i++) writeFileSync(join(dir, k, `${i}.eml`), message(k, i));
    }
    source = await fresh('source');
    await train(source, [...await collectSources([join(dir, 'spam')], 'spam'), ...await collectSources([join(dir, 'ham')], 'ham')], { passes: 2 });
  });
  after(async () => {
    for (const s of stores) await s.close();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a model moved to another store scores as the original and remembers what it learned', async () => {
    for (const file of ['model.jsonl', 'model.jsonl.gz']) {
      const path = join(dir, file);
      const exported = await exportModelFile(source.bayes, path, DEFAULT_TOKENIZE_OPTIONS);
      assert.deepEqual(exported.totals, { spam: 20, ham: 20 });
      assert.equal(exported.tokens, await source.bayes.tokenCount());
      assert.equal(exported.learned, 40);
      const bytes = readFileSync(path);
      assert.equal(bytes[0] === 0x1f && bytes[1] === 0x8b, file.endsWith('.gz'), 'gzip by the name');
      const checked = await checkModelFile(path);
      assert.equal(checked.tokens, exported.tokens);
      assert.deepEqual(checked.header.tokenize, DEFAULT_TOKENIZE_OPTIONS);
      // `train` into an empty store recorded this version's tokenizer, and the file carries it
      assert.equal(checked.header.generation, TOKENIZER_GENERATION);

      const target = await fresh(`target-${file}`);
      await importModelFile(target.bayes, path);
      assert.deepEqual(await target.bayes.totals(), { spam: 20, ham: 20 });
      assert.equal(await target.bayes.tokenCount(), exported.tokens);
      assert.equal(await target.bayes.generation(), TOKENIZER_GENERATION);
      for (let i = 100; i < 106; i++) {
        const view = await parseMessage(Buffer.from(message(i % 2 ? 'spam' : 'ham', i)));
        const [a, b] = [await classifyView(source, view), await classifyView(target, view)];
        assert.equal(b.probability, a.probability, `message ${i}: the same P(spam) to the last bit`);
      }
      // the signatures came along: a trained message is already learned, and moving it moves it
      const trained = readFileSync(join(dir, 'spam', '3.eml'));
      assert.equal((await learnMessage(target, trained, 'spam')).changed, false);
      const moved = await learnMessage(target, trained, 'ham');
      assert.equal(moved.previous, 'spam');
      assert.deepEqual(await target.bayes.totals(), { spam: 19, ham: 21 });
    }
  });

  test('a damaged file is refused with the line and the reason', async () => {
    const good = readFileSync(join(dir, 'model.jsonl'), 'utf8').trimEnd().split('\n');
    const bad = async (name: string, content: string | Buffer, why: RegExp): Promise<void> => {
      writeFileSync(join(dir, name), content);
      await assert.rejects(checkModelFile(join(dir, name)), (err: Error) => err instanceof ModelFileError && why.test(err.message), name);
    };
    await bad('cut.jsonl', good.slice(0, -1).join('\n'), /no end line after line \d+: the file was cut off/);
    await bad('cut.jsonl.gz', gzipSync(good.join('\n')).subarray(0, 2000), /cut\.jsonl\.gz: .*(end of file|cut off)/);
    await bad('row.jsonl', [good[0], '["t","x","a",0,0,0]', ...good.slice(1)].join('\n'), /line 2: a bad feature row/);
    await bad('count.jsonl', [...good.slice(0, 1), ...good.slice(2)].join('\n'), /the end line counts \d+ features .* the file has/);
    await bad('version.jsonl', [good[0]!.replace('"version":1', '"version":2'), ...good.slice(1)].join('\n'), /line 1: not a mailmoat-bayes-model version 1 header \(version/);
    await bad('notjson.jsonl', 'hello\n', /line 1: not JSON/);
    await bad('empty.jsonl', '', /empty/);
    assert.deepEqual(tokenizeDifferences({ maxBodyWords: 2000, stem: true }, { maxBodyWords: 2000, stem: 'non-english' }), ['bayes.stem: true in the file, "non-english" in the rules']);
  });

  test('mailmoat bayes: export, import, refusals', async () => {
    const cli = async (dataDir: string, args: string[], rules?: string): Promise<{ code: number; stdout: string; stderr: string }> => {
      try {
        const r = await exec(process.execPath, [join(REPO, 'bin', 'mailmoat.js'), 'bayes', ...args], {
          env: { ...process.env, MAILMOAT_DATADIR: join(dir, dataDir), ...(rules ? { MAILMOAT_RULES: rules } : {}) }, maxBuffer: 64 << 20,
        });
        return { code: 0, stdout: r.stdout, stderr: r.stderr };
      } catch (err) {
        const e = err as { code: number; stdout: string; stderr: string };
        return { code: e.code, stdout: e.stdout, stderr: e.stderr };
      }
    };
    await source.close();
    stores.splice(stores.indexOf(source), 1);
    const file = join(dir, 'cli.jsonl.gz');
    const exported = await cli('source', ['export', file]);
    assert.equal(exported.code, 0, exported.stderr);
    assert.match(exported.stderr, /exported 20 spam and 20 ham learned: \d+ features, 40 message signatures/);
    const toStdout = await cli('source', ['export', '-']);
    assert.equal(toStdout.stdout, gunzipSync(readFileSync(file)).toString().replace(/"exportedAt":"[^"]*"/, `"exportedAt":${JSON.stringify(JSON.parse(toStdout.stdout.split('\n')[0]!).exportedAt)}`));

    const imported = await cli('cli-target', ['import', file]);
    assert.equal(imported.code, 0, imported.stderr);
    assert.match(imported.stdout, /imported 20 spam and 20 ham learned: \d+ features, 40 message signatures/);
    const again = await cli('cli-target', ['import', file]);
    assert.equal(again.code, 1);
    assert.match(again.stderr, /already holds a model \(20 spam and 20 ham learned, \d+ features\).*--replace.*Nothing was imported/);
    const replaced = await cli('cli-target', ['import', file, '--replace']);
    assert.equal(replaced.code, 0, replaced.stderr);
    assert.match(replaced.stderr, /was cleared/);

    assert.doesNotMatch(imported.stdout, /generation/, 'this version\'s model: no note');
    // a file from before generations were recorded (its header has none): imported, with a note,
    // and the store says so (the start log and the dashboard read it)
    const lines = gunzipSync(readFileSync(file)).toString().split('\n');
    const header = JSON.parse(lines[0]!) as Record<string, unknown>;
    delete header.generation;
    const old = join(dir, 'old.jsonl');
    writeFileSync(old, [JSON.stringify(header), ...lines.slice(1)].join('\n'));
    const fromOld = await cli('old-target', ['import', old]);
    assert.equal(fromOld.code, 0, fromOld.stderr);
    assert.match(fromOld.stdout, /note: the model was learned by a tokenizer from before generations were recorded; this version reads mail as generation \d+[\s\S]*mailmoat train --reset/);
    const oldStore = await fresh('old-target');
    assert.equal(await oldStore.bayes.generation(), null);

    // rules that tokenize otherwise: refused, unless forced
    const rules = join(dir, 'rules');
    cpSync(join(REPO, 'rules'), rules, { recursive: true });
    writeFileSync(join(rules, 'checks.yaml'), readFileSync(join(rules, 'checks.yaml'), 'utf8').replace(/^( {2}stem:) true/m, '$1 false'));
    const other = await cli('other', ['import', file], rules);
    assert.equal(other.code, 1);
    assert.match(other.stderr, /bayes\.stem: true in the file, false in the rules[\s\S]*--force/);
    const forced = await cli('other', ['import', file, '--force'], rules);
    assert.equal(forced.code, 0, forced.stderr);

    // a cut-off copy: exit 65, and the store it was meant for is left as it was (empty)
    writeFileSync(join(dir, 'cut.jsonl.gz'), gzipSync(gunzipSync(readFileSync(file)).toString().trimEnd().split('\n').slice(0, -1).join('\n')));
    const cut = await cli('cut-target', ['import', join(dir, 'cut.jsonl.gz')]);
    assert.equal(cut.code, 65);
    assert.match(cut.stderr, /cut off.*nothing was imported/);
    const empty = await fresh('cut-target');
    assert.equal(await empty.bayes.tokenCount(), 0);
    assert.deepEqual(await empty.bayes.totals(), { spam: 0, ham: 0 });

    assert.equal((await cli('source', ['import'])).code, 64);
    assert.equal((await cli('source', ['export', file, '--replace'])).code, 64);
    assert.equal((await cli('source', ['import', join(dir, 'nope.jsonl')])).code, 66);
  });
});
