// Explaining a Bayes score: the features that pulled a message toward spam and toward ham, with
// their text, from a model trained here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { features } from '../../../src/bayes/features.ts';
import { classifyView, explainView, learnMessage, prepare } from '../../../src/bayes/learn.ts';
import { MemoryBayesStore } from '../../../src/bayes/memory-store.ts';
import { tokenize } from '../../../src/bayes/tokenize.ts';
import { parseMessage } from '../../../src/mail/parse.ts';

const mail = (subject: string, body: string, i: number) => Buffer.from(`From: s${i}@x${i}.example\r\nSubject: ${subject}\r\nMessage-ID: <${i}@x.example>\r\n\r\n${body}\r\n`);

test('labels do not change the keys: an explained message has the features it is scored with', async () => {
  const view = await parseMessage(mail('Cheap watches', 'Buy cheap replica watches today', 1));
  const labels = new Map<string, string>();
  assert.deepEqual(features(tokenize(view).sequences, undefined, labels), (await prepare(view)).keys);
  assert.ok([...labels.values()].includes('b\tcheap replica'), [...labels.values()].join(' | '));
  assert.ok([...labels.values()].includes('s\tcheap watches'), 'subject pairs');
});

test('explainView: the words a trained model holds against the message and for it, strongest first, summing to the margin', async () => {
  const store = { bayes: new MemoryBayesStore() };
  for (let i = 0; i < 30; i++) {
    await learnMessage(store, mail(`Cheap replica watches ${i}`, `Buy cheap replica watches now, limited offer number ${i}`, i), 'spam');
    await learnMessage(store, mail(`Meeting agenda ${i}`, `Please find the agenda for the project meeting on Monday, item ${i}`, 100 + i), 'ham');
  }
  const view = await parseMessage(mail('Project meeting: cheap replica watches', 'Buy cheap replica watches before the project meeting', 999));
  const e = await explainView(store, view, {}, 100);
  assert.equal(e.probability, (await classifyView(store, view)).probability);
  assert.ok(e.spam.length > 0 && e.ham.length > 0);
  assert.ok(e.spam.some((c) => c.family === 'b' && /cheap|replica/.test(c.text)), JSON.stringify(e.spam.slice(0, 5)));
  assert.ok(e.ham.some((c) => /meet|project/.test(c.text)), JSON.stringify(e.ham.slice(0, 5)));
  for (const list of [e.spam, e.ham]) for (let i = 1; i < list.length; i++) assert.ok(Math.abs(list[i - 1]!.weight) >= Math.abs(list[i]!.weight));
  assert.ok(e.spam.every((c) => c.weight > 0) && e.ham.every((c) => c.weight < 0));
  // with every feature listed, the pulls and the bias (which has no text) add up to the margin
  const { keys } = await prepare(view);
  const bias = ((await store.bayes.getTokens([keys[0]!])).get(keys[0]!)?.weight ?? 0) / Math.sqrt(keys.length);
  const sum = [...e.spam, ...e.ham].reduce((a, c) => a + c.weight, 0) + bias;
  assert.ok(Math.abs(sum - e.margin) < 1e-9, `${sum} vs ${e.margin}`);
  assert.equal((await explainView(store, view, {}, 3)).spam.length, 3);
});
