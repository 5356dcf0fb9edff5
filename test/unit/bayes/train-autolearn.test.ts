// Training input handling (mbox splitting, ">From " unescaping, maildir walk) and the autolearn rule.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { autolearnClass } from '../../../src/bayes/autolearn.ts';
import { MemoryBayesStore } from '../../../src/bayes/memory-store.ts';
import { collectSources, train } from '../../../src/commands/train.ts';
import { looksLikeMessage, mboxRanges, readSource } from '../../../src/mail/message-files.ts';
import { loadConfig } from '../../../src/config.ts';

describe('train input', () => {
  test('an mbox splits on "From " lines after a blank line; ">From " in bodies is unescaped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-train-'));
    try {
      const mbox = 'From a@b Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody one\n>From here on\n\nFrom c@d Mon Jan  1 00:00:00 2024\nSubject: two\n\nbody two\nFrom is not a separator here\n';
      writeFileSync(join(dir, 'box.mbox'), mbox);
      assert.equal(mboxRanges(Buffer.from(mbox)).length, 2);
      const sources = await collectSources([join(dir, 'box.mbox')], 'spam');
      assert.equal(sources.length, 2);
      const first = (await readSource(sources[0]!)).toString();
      assert.match(first, /^Subject: one\n/);
      assert.match(first, /\nFrom here on\n/);
      assert.match((await readSource(sources[1]!)).toString(), /^Subject: two\n[\s\S]*From is not a separator here/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('directories are walked recursively (maildir cur/new), dotfiles and empty files skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-train-'));
    try {
      for (const sub of ['cur', 'new', 'tmp']) mkdirSync(join(dir, 'md', sub), { recursive: true });
      writeFileSync(join(dir, 'md', 'cur', '1.host:2,S'), 'Subject: a\n\nhello there friend\n');
      writeFileSync(join(dir, 'md', 'new', '2.host'), 'Subject: b\n\nanother message body\n');
      writeFileSync(join(dir, 'md', 'tmp', 'partial'), '');
      writeFileSync(join(dir, 'md', '.dovecot.index'), 'x');
      const sources = await collectSources([join(dir, 'md')], 'ham');
      assert.equal(sources.length, 2);
      const store = { bayes: new MemoryBayesStore() };
      const summary = await train(store, sources, { passes: 2 });
      assert.deepEqual([summary.ham, summary.spam, summary.failed], [2, 0, 0]);
      assert.deepEqual(await store.bayes.totals(), { spam: 0, ham: 2 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('files that are not mail (JSON metadata, a README) are skipped and counted, not learned', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-train-'));
    try {
      writeFileSync(join(dir, '1.eml'), 'Received: from a by b; Mon, 1 Jan 2024 00:00:00 +0000\r\nSubject: a\r\n\r\nhello there friend\r\n');
      writeFileSync(join(dir, '1.json'), '{"id":"00001","text":"From: x@y\\nSubject: a"}');
      writeFileSync(join(dir, '2.json'), '{"id":"00002","text":"From: z@y\\nSubject: b"}');
      writeFileSync(join(dir, 'README'), 'These are my saved spam messages.\n');
      const store = { bayes: new MemoryBayesStore() };
      const totals: Record<string, number> = {};
      const summary = await train(store, await collectSources([dir], 'spam'), { passes: 2, orders: 3, progress: (p) => { totals[p.phase] = p.total; } });
      assert.deepEqual([summary.spam, summary.notMail, summary.failed, summary.moved], [1, 3, 0, 0]);
      // every file is read once; the one message is learned as it is read, then in 3 orders × 2 passes less that first step
      assert.deepEqual(totals, { reading: 4, refining: 5 });
      assert.deepEqual(await store.bayes.totals(), { spam: 1, ham: 0 });
      assert.ok(looksLikeMessage(Buffer.from('X-Mailer: y\nFrom: a@b\n\nbody')));
      assert.ok(!looksLikeMessage(Buffer.from('\nSubject: a blank first line is not a header\n')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('train', () => {
  test('learns through the write-back overlay: nothing is left unwritten, and expiry bounds the model at the end', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-train-'));
    try {
      for (let i = 0; i < 30; i++) {
        const words = Array.from({ length: 60 }, (_, j) => `w${i}x${j}`).join(' ');
        writeFileSync(join(dir, `${i}.eml`), `Subject: message ${i}\r\nMessage-ID: <${i}@x>\r\n\r\n${words}\r\n`);
      }
      const sources = [...await collectSources([dir], 'spam')].map((s, i) => ({ ...s, cls: i % 2 ? 'ham' as const : 'spam' as const }));
      const unbounded = { bayes: new MemoryBayesStore() };
      const all = await train(unbounded, sources, { passes: 2 });
      assert.deepEqual(await unbounded.bayes.totals(), { spam: 15, ham: 15 });
      assert.equal(all.tokens, unbounded.bayes.tokens.size);
      assert.ok(all.tokens > 2000, `${all.tokens} keys`);
      // stopped after 10 messages of the first order's first pass (Ctrl-C): those 10 are in the store
      const stop = new AbortController();
      const part = { bayes: new MemoryBayesStore() };
      const cut = await train(part, sources, { passes: 2, signal: stop.signal, progress: (p) => { if (p.phase === 'reading' && p.done === 10) stop.abort(); } });
      assert.equal(cut.interrupted, 'learning');
      assert.equal(cut.spam + cut.ham, 10);
      const t = await part.bayes.totals();
      assert.equal(t.spam + t.ham, 10);
      assert.ok(part.bayes.tokens.size > 500, 'their features were written back');
      assert.equal(all.interrupted, null);

      const bounded = { bayes: new MemoryBayesStore() };
      const some = await train(bounded, sources, { passes: 2, maxTokens: 1000 });
      assert.equal(some.pruned, all.tokens - 900);
      assert.equal(bounded.bayes.tokens.size, 900);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('autolearn rule', () => {
  const on = loadConfig({ env: {}, overrides: { 'bayes.autolearn.enabled': true, 'bayes.autolearn.spamAbove': 15, 'bayes.autolearn.hamBelow': -5 } });
  const off = loadConfig({ env: {} });
  const v = (symbols: Array<[string, number]>, extra: Partial<{ forced: boolean; action: 'accept' | 'tempfail' | 'reject' }> = {}) => ({
    score: symbols.reduce((s, [, x]) => s + x, 0), action: extra.action ?? 'reject', forced: extra.forced ?? false,
    symbols: symbols.map(([name, score]) => ({ name, score })),
  });

  test('off by default', () => {
    assert.equal(autolearnClass(off, v([['RBL_X', 20]])), null);
  });
  test('very high scores learn spam, very low learn ham, the middle learns nothing', () => {
    assert.equal(autolearnClass(on, v([['RBL_X', 10], ['SPF_FAIL', 6]])), 'spam');
    assert.equal(autolearnClass(on, v([['KNOWN_SENDER', -6]], { action: 'accept' })), 'ham');
    assert.equal(autolearnClass(on, v([['RBL_X', 8]])), null);
  });
  test('the Bayes symbols themselves do not count (no self-confirmation)', () => {
    assert.equal(autolearnClass(on, v([['BAYES_SPAM', 7], ['RBL_X', 9]])), null);
    assert.equal(autolearnClass(on, v([['BAYES_HAM', -3], ['DKIM_ALLOW', -3]], { action: 'accept' })), null);
  });
  test('forced verdicts and tempfails are not learned', () => {
    assert.equal(autolearnClass(on, v([['RBL_X', 20]], { forced: true })), null);
    assert.equal(autolearnClass(on, v([['RBL_X', 20]], { action: 'tempfail' })), null);
  });
});
