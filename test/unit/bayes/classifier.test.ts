// The learner against a BayesStore: learns, unlearns, relearns (moves, never doubles), batches
// one token read per classification, expires tokens, and the check stays silent until trained.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { fisherScore, planLearn } from '../../../src/bayes/classifier.ts';
import { classifyView, expire, learnMessage, prepare, unlearnMessage } from '../../../src/bayes/learn.ts';
import { MemoryBayesStore } from '../../../src/bayes/memory-store.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { loadConfig } from '../../../src/config.ts';
import { bayesCheck } from '../../../src/pipeline/checks/bayes.ts';
import { bayesCheckOptionsSchema, DEFAULT_BAYES_CHECK_OPTIONS } from '../../../src/bayes/options.ts';
import type { DataContext } from '../../../src/pipeline/types.ts';
import { CHECKS } from '../../../src/pipeline/checks/index.ts';
import { createPipeline } from '../../../src/pipeline/index.ts';
import { openStore } from '../../../src/store/index.ts';
import { quietLog, session, tempRules, testConfig } from '../pipeline/util.ts';
import type { Store } from '../../../src/store/types.ts';

const SPAM_WORDS = 'cheap pills viagra casino winner lottery prize claim urgent offer discount credit loan bitcoin crypto investment guaranteed'.split(' ');
const HAM_WORDS = 'meeting agenda project report review schedule minutes budget deadline team quarterly draft invoice attached thanks regards'.split(' ');
const FILLER = 'the a to of and in for is on with you we this that please'.split(' ');

let seed = 1;
const rnd = (): number => { seed = (seed * 16807) % 2147483647; return seed / 2147483647; };
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function synth(kind: 'spam' | 'ham', i: number): Buffer {
  const vocab = kind === 'spam' ? SPAM_WORDS : HAM_WORDS;
  const body: string[] = [];
  for (let k = 0; k < 60; k++) body.push(rnd() < 0.4 ? pick(vocab) : pick(FILLER));
  const subject = `${pick(vocab)} ${pick(FILLER)} ${pick(vocab)}`;
  const from = kind === 'spam' ? `promo${i}@deals${i % 7}.example` : `colleague${i % 5}@corp.example`;
  return Buffer.from(`From: ${from}\r\nTo: user@example.com\r\nSubject: ${subject}\r\nMessage-ID: <${kind}-${i}@x.example>\r\n\r\n${body.join(' ')} ${kind}-${i}\r\n`);
}

const holder = (): { bayes: MemoryBayesStore } => ({ bayes: new MemoryBayesStore() });

async function trainSet(store: { bayes: MemoryBayesStore }, n: number): Promise<void> {
  for (let i = 0; i < n; i++) {
    await learnMessage(store, synth('spam', i), 'spam');
    await learnMessage(store, synth('ham', i), 'ham');
  }
}

describe('classifier', () => {
  test('learns to separate spam from ham it has not seen', async () => {
    const store = holder();
    await trainSet(store, 40);
    const spamP: number[] = []; const hamP: number[] = [];
    for (let i = 1000; i < 1010; i++) {
      spamP.push((await classifyView(store, await parseMessage(synth('spam', i)))).probability);
      hamP.push((await classifyView(store, await parseMessage(synth('ham', i)))).probability);
    }
    // unseen spam lands near the learner's thick threshold (margin 4, P ≈ 0.98) and ham beyond the
    // check's BAYES_HAM threshold
    assert.ok(Math.min(...spamP) >= 0.9, `spam ${spamP}`);
    assert.ok(Math.max(...hamP) <= DEFAULT_BAYES_CHECK_OPTIONS.hamThreshold, `ham ${hamP}`);
  });

  test('classifying is one batched getTokens call', async () => {
    const store = holder();
    await trainSet(store, 5);
    const before = store.bayes.getTokensCalls;
    await classifyView(store, await parseMessage(synth('spam', 77)));
    assert.equal(store.bayes.getTokensCalls - before, 1);
  });

  test('learning the same message twice changes nothing; relearning moves it to the other class', async () => {
    const store = holder();
    await trainSet(store, 10);
    const raw = synth('spam', 500);
    const prepared = await prepare(await parseMessage(raw));
    const first = await learnMessage(store, raw, 'spam');
    assert.equal(first.changed, true);
    const t1 = await store.bayes.totals();
    const again = await learnMessage(store, raw, 'spam');
    assert.equal(again.changed, false);
    assert.deepEqual(await store.bayes.totals(), t1);
    const pSpam = (await classifyView(store, await parseMessage(raw))).probability;

    const moved = await learnMessage(store, raw, 'ham');
    assert.equal(moved.previous, 'spam');
    const t2 = await store.bayes.totals();
    assert.deepEqual(t2, { spam: t1.spam - 1, ham: t1.ham + 1 });
    // a token unique to this message: its spam count moved to ham, not doubled
    const stats = await store.bayes.getTokens(prepared.keys);
    const unique = prepared.keys.filter((k) => { const s = stats.get(k); return s && s.spam + s.ham === 1; });
    assert.ok(unique.length > 0);
    for (const k of unique) assert.deepEqual([stats.get(k)!.spam, stats.get(k)!.ham], [0, 1]);
    const pHam = (await classifyView(store, await parseMessage(raw))).probability;
    assert.ok(pHam < pSpam, `relearn as ham lowers P: ${pSpam} → ${pHam}`);
    assert.equal(await store.bayes.getLearned(prepared.signature), 'ham');
  });

  test('unlearning removes the counts and the signature', async () => {
    const store = holder();
    await trainSet(store, 5);
    const raw = synth('spam', 900);
    const t0 = await store.bayes.totals();
    await learnMessage(store, raw, 'spam');
    const r = await unlearnMessage(store, raw);
    assert.equal(r.previous, 'spam');
    assert.deepEqual(await store.bayes.totals(), t0);
    assert.equal(await store.bayes.getLearned((await prepare(await parseMessage(raw))).signature), null);
  });

  test('the signature ignores headers added in transit', async () => {
    const raw = synth('ham', 3);
    const withHeaders = Buffer.concat([Buffer.from('X-Spam-Score: 1.2\r\nReceived: from gw by mx; Mon, 1 Jan 2024 00:00:00 +0000\r\n'), raw]);
    assert.equal((await prepare(await parseMessage(raw))).signature, (await prepare(await parseMessage(withHeaders))).signature);
  });

  test('messages with no Message-ID, subject or text (an attachment alone) get signatures of their own', async () => {
    const attachmentOnly = (from: string, date: string, name: string, bytes: string): Buffer => Buffer.from(
      `From: ${from}\r\nDate: ${date}\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n` +
      `--b\r\nContent-Type: image/png\r\nContent-Disposition: attachment; filename=${name}\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(bytes).toString('base64')}\r\n--b--\r\n`);
    const a = attachmentOnly('promo@spam.example', 'Mon, 1 Jan 2024 10:00:00 +0000', 'offer.png', 'x'.repeat(40));
    const b = attachmentOnly('anna@corp.example', 'Tue, 2 Jan 2024 11:00:00 +0000', 'scan.png', 'y'.repeat(90));
    const c = attachmentOnly('promo@spam.example', 'Mon, 1 Jan 2024 10:00:00 +0000', 'offer.png', 'z'.repeat(70));
    const sig = async (raw: Buffer): Promise<string> => (await prepare(await parseMessage(raw))).signature;
    assert.notEqual(await sig(a), await sig(b));
    assert.notEqual(await sig(a), await sig(c), 'same sender and date, another attachment');
    assert.equal(await sig(a), await sig(Buffer.concat([Buffer.from('Received: from mx by gw; Mon, 1 Jan 2024 10:00:01 +0000\r\n'), a])));
    // learned in opposite classes, neither moves the other
    const store = holder();
    await learnMessage(store, a, 'spam');
    const r = await learnMessage(store, b, 'ham');
    assert.equal(r.previous, null);
    assert.deepEqual(await store.bayes.totals(), { spam: 1, ham: 1 });
  });

  test('thick threshold: a message already classified with margin is not trained on', () => {
    const keys = ['a', 'b', 'c', 'd'];
    const confident = new Map(keys.map((k) => [k, { spam: 5, ham: 0, weight: 20, lastSeen: 0 }]));
    const params = { learningRate: 32, thickness: 2, feedbackRate: 8, feedbackSteps: 5 };
    for (const mode of ['train', 'feedback'] as const) {
      const plan = planLearn(keys, confident, 'spam', null, params, mode);
      assert.ok(plan.deltas.every((d) => d.weight === undefined && d.spam === 1));
      const unsure = new Map(keys.map((k) => [k, { spam: 1, ham: 1, weight: 0, lastSeen: 0 }]));
      const plan2 = planLearn(keys, unsure, 'spam', null, params, mode);
      assert.ok(plan2.deltas.every((d) => (d.weight ?? 0) > 0));
    }
  });

  test('a training pass takes one step; feedback takes small steps until the message is outside the thick threshold', () => {
    const keys = Array.from({ length: 100 }, (_, i) => `k${i}`);
    const params = { learningRate: 16, thickness: 4, feedbackRate: 8, feedbackSteps: 5 };
    const hammy = new Map(keys.map((k) => [k, { spam: 0, ham: 3, weight: -0.5, lastSeen: 0 }])); // margin −5
    const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));
    const marginAfter = (mode: 'train' | 'feedback', p = params): number => {
      const w = planLearn(keys, hammy, 'spam', null, p, mode).deltas[0]!.weight ?? 0;
      return ((-0.5 + w) * keys.length) / Math.sqrt(keys.length);
    };
    // every key takes the same step, so one step moves the margin by rate × (1 − σ(margin))
    assert.ok(Math.abs(marginAfter('train') - (-5 + 16 * (1 - sigmoid(-5)))) < 1e-9);
    const oneStep = -5 + 8 * (1 - sigmoid(-5)); // 2.95: still inside the threshold of 4
    assert.ok(Math.abs(marginAfter('feedback', { ...params, feedbackSteps: 1 }) - oneStep) < 1e-9);
    const five = marginAfter('feedback');
    assert.ok(five > oneStep + 0.5 && five < 4 + 0.2, `margin after feedback ${five}`);
    // a message that one step already takes past the threshold gets one step only
    assert.ok(Math.abs(marginAfter('feedback', { ...params, feedbackRate: 12 }) - (-5 + 12 * (1 - sigmoid(-5)))) < 1e-9);
  });

  test('Fisher chi-square indicator: spammy counts near 1, hammy near 0, unknown 0.5', () => {
    const keys = ['x', 'y', 'z'];
    const spammy = new Map(keys.map((k) => [k, { spam: 50, ham: 0, weight: 0, lastSeen: 0 }]));
    const hammy = new Map(keys.map((k) => [k, { spam: 0, ham: 50, weight: 0, lastSeen: 0 }]));
    assert.ok(fisherScore(keys, spammy, { spam: 100, ham: 100 }) > 0.9);
    assert.ok(fisherScore(keys, hammy, { spam: 100, ham: 100 }) < 0.1);
    assert.equal(fisherScore(keys, new Map(), { spam: 100, ham: 100 }), 0.5);
  });

  test('expiry prunes to 90 % of maxTokens, hapaxes first', async () => {
    const store = holder();
    await trainSet(store, 10);
    const before = await store.bayes.tokenCount();
    const max = Math.floor(before / 2);
    const dropped = await expire(store, max);
    assert.equal(await store.bayes.tokenCount(), Math.floor(max * 0.9));
    assert.equal(dropped, before - Math.floor(max * 0.9));
    assert.equal(await expire(store, before * 10), 0);
  });
});

describe('bayes check', () => {
  const config = loadConfig({ env: {}, overrides: { 'bayes.minSpam': 20, 'bayes.minHam': 20 } });
  const ctxFor = (raw: Buffer): DataContext => ({
    session: { id: 's', direction: 'inbound', clientIp: '192.0.2.1', clientHostname: null, helo: 'x', tls: false, authUser: null, trusted: false },
    envelope: { mailFrom: 'a@b.example', recipients: ['user@example.com'] },
    raw,
    parsed: async () => { const v = await parseMessage(raw); return { ...v, headers: [...v.headers], attachments: [...v.attachments], from: '' }; },
    auth: async () => { throw new Error('not needed'); },
  });
  // a threshold the synthetic spam of 40 training rounds reaches (the default is set for a corpus)
  const options = { ...DEFAULT_BAYES_CHECK_OPTIONS, spamThreshold: 0.9 };
  const deps = (store: { bayes: MemoryBayesStore }) => ({ options, config, store: store as unknown as Store, log: pino({ level: 'silent' }), signal: new AbortController().signal });

  test('no verdict until bayes.minSpam and bayes.minHam messages were learned', async () => {
    const store = holder();
    await trainSet(store, 10);
    assert.deepEqual(await bayesCheck.run(ctxFor(synth('spam', 300)), deps(store)), []);
    await trainSet(store, 30);
    const spam = await bayesCheck.run(ctxFor(synth('spam', 301)), deps(store));
    assert.equal(spam.length, 1);
    assert.equal(spam[0]!.symbol, 'BAYES_SPAM');
    assert.ok(spam[0]!.weight! >= 0.4 && spam[0]!.weight! <= 1, String(spam[0]!.weight));
    assert.match(spam[0]!.detail!, /P\(spam\)=0\.9/);
    const ham = await bayesCheck.run(ctxFor(synth('ham', 302)), deps(store));
    assert.equal(ham[0]!.symbol, 'BAYES_HAM');
  });

  test('BAYES_LIKELY_SPAM between likelySpamThreshold and spamThreshold, with a fixed weight', async () => {
    const store = holder();
    await trainSet(store, 30);
    const message = synth('spam', 303);
    const [sure] = await bayesCheck.run(ctxFor(message), deps(store));
    const p = Number(/P\(spam\)=([0-9.]+)/.exec(sure!.detail!)![1]);
    assert.equal(sure!.symbol, 'BAYES_SPAM');
    // the same message when the sure band starts above its P: likely, not sure
    const band = { ...options, spamThreshold: Math.min(1, p + 0.01), likelySpamThreshold: p - 0.01 };
    const likely = await bayesCheck.run(ctxFor(message), { ...deps(store), options: band });
    assert.deepEqual(likely.map((h) => [h.symbol, h.weight]), [['BAYES_LIKELY_SPAM', undefined]]);
    assert.match(likely[0]!.detail!, /P\(spam\)=/);
    // below the band: nothing; an empty band (both thresholds equal): nothing either
    assert.deepEqual(await bayesCheck.run(ctxFor(message), { ...deps(store), options: { ...band, likelySpamThreshold: band.spamThreshold } }), []);
    assert.deepEqual(await bayesCheck.run(ctxFor(message), { ...deps(store), options: { ...band, likelySpamThreshold: Math.min(1, p + 0.005) } }), []);
  });

  test('through the pipeline: BAYES_LIKELY_SPAM alone leaves mail accepted, beside another sign it is tagged', async () => {
    const t = tempRules();
    const dataDir = mkdtempSync(join(tmpdir(), 'mm-bayes-likely-'));
    const config = testConfig({ rules: t.dir, dataDir, 'bayes.minSpam': 20, 'bayes.minHam': 20, 'greylist.enabled': false });
    const store = await openStore(config, quietLog);
    try {
      for (let i = 0; i < 30; i++) {
        await learnMessage(store, synth('spam', i), 'spam');
        await learnMessage(store, synth('ham', i), 'ham');
      }
      const plain = synth('spam', 401);
      // the same text with a link to a bare IP address (LINK_IP_ADDRESS, +2)
      const linked = Buffer.from(plain.toString().replace(/\r\n$/, ' http://192.0.2.77/offer\r\n'));
      const p1 = (await classifyView(store, await parseMessage(plain))).probability;
      const p2 = (await classifyView(store, await parseMessage(linked))).probability;
      // the band put around this model's P for both, with only the checks under test on
      writeFileSync(join(t.dir, 'checks.yaml'), [
        ...CHECKS.filter((c) => !['bayes', 'links'].includes(c.name)).map((c) => `${c.name}: { enabled: false }`),
        `bayes: { likelySpamThreshold: ${Math.min(p1, p2) - 0.01}, spamThreshold: ${Math.min(1, Math.max(p1, p2) + 0.01)} }`, 'links: {}', '',
      ].join('\n'));
      const p = await createPipeline({ config, store, log: quietLog, watch: false, dryRun: true });
      try {
        const verdictOf = (raw: Buffer) => p.data(session(), { mailFrom: 'promo@deals.example', recipients: ['user@example.com'] }, raw);
        const alone = await verdictOf(plain);
        assert.deepEqual(alone.symbols.map((s) => [s.name, s.score]), [['BAYES_LIKELY_SPAM', 3]]);
        assert.equal(alone.action, 'accept');
        const both = await verdictOf(linked);
        assert.deepEqual(both.symbols.map((s) => s.name).sort(), ['BAYES_LIKELY_SPAM', 'LINK_IP_ADDRESS']);
        assert.equal(both.score, 5);
        assert.equal(both.action, 'tag');
      } finally {
        await p.close();
      }
    } finally {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
      t.cleanup();
    }
  });

  test('likelySpamThreshold above spamThreshold is refused by name', () => {
    const r = bayesCheckOptionsSchema.safeParse({ spamThreshold: 0.9, likelySpamThreshold: 0.95 });
    assert.equal(r.success, false);
    assert.deepEqual(r.error!.issues[0]!.path, ['likelySpamThreshold']);
    assert.equal(bayesCheckOptionsSchema.parse({}).likelySpamThreshold, 0.8);
  });
});
