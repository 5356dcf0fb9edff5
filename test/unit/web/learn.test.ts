// The web UI's "not spam" / "spam" learning uses the Bayes options in force (live rules with the
// admin's overrides), so a released message is tokenized as the check tokenizes it.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MemoryBayesStore } from '../../../src/bayes/memory-store.ts';
import { features } from '../../../src/bayes/features.ts';
import { tokenize } from '../../../src/bayes/tokenize.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import type { Rules } from '../../../src/rules/schema.ts';
import type { Store } from '../../../src/store/types.ts';
import { trainMessage } from '../../../src/web/learn.ts';

const body = Array.from({ length: 400 }, (_, i) => `word${i}`).join(' ');
const raw = Buffer.from(`From: a@b.example\r\nSubject: quarterly figures\r\nMessage-ID: <x1@b.example>\r\n\r\n${body}\r\n`);

test('trainMessage learns with the live rules\' bayes options (maxBodyWords from the admin\'s override)', async () => {
  const bayes = new MemoryBayesStore();
  const runtime = { rules: () => ({ checks: { bayes: { enabled: true, maxBodyWords: 50 } } }) as unknown as Rules, updateRules: async () => {}, rescore: () => { throw new Error('unused'); } };
  assert.equal(await trainMessage({ bayes } as unknown as Store, raw, 'ham', { runtime }), true);
  const view = await parseMessage(raw);
  const expected = features(tokenize(view, { maxBodyWords: 50, stem: true }).sequences);
  assert.equal(bayes.tokens.size, expected.length);
  assert.ok(expected.every((k) => bayes.tokens.get(k)?.ham === 1));
  // with the defaults (2000 words) the same message has many more keys
  const defaults = new MemoryBayesStore();
  await trainMessage({ bayes: defaults } as unknown as Store, raw, 'ham', {});
  assert.ok(defaults.tokens.size > expected.length + 300, `${defaults.tokens.size} vs ${expected.length}`);
});
