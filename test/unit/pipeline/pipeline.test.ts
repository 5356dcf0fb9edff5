import assert from 'node:assert/strict';
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { z } from 'zod';
import { checkFailures } from '../../../src/metrics.ts';
import { CHECKS } from '../../../src/pipeline/checks/index.ts';
import { createPipeline, RulesError, validateRules, type PipelineRuntime } from '../../../src/pipeline/index.ts';
import type { Check, Hit } from '../../../src/pipeline/types.ts';
import { waitFor } from '../../helpers/ports.ts';
import { fakeStore, type FakeStore } from './fake-store.ts';
import { quietLog, session, tempRules, testConfig } from './util.ts';

// A data check whose hits each test sets; plus a slow and a broken one.
let emit: Hit[] = [];
const scoreCheck: Check<'data', Record<string, never>> = {
  name: 'test-score', phase: 'data', symbols: ['TEST_SCORE', 'TEST_VIRUS'], options: z.strictObject({}),
  async run() { return emit; },
};
const slowCheck: Check<'data', Record<string, never>> = {
  name: 'test-slow', phase: 'data', symbols: ['TEST_SLOW'], options: z.strictObject({}), timeoutMs: 100,
  run: (_ctx, deps) => new Promise((resolve) => {
    const t = setTimeout(() => resolve([{ symbol: 'TEST_SLOW' }]), 5000);
    deps.signal.addEventListener('abort', () => clearTimeout(t));
  }),
};
const brokenCheck: Check<'data', Record<string, never>> = {
  name: 'test-broken', phase: 'data', symbols: ['TEST_BROKEN'], options: z.strictObject({}),
  async run() { throw new Error('boom'); },
};
const asCheck = <P extends Check['phase'], O>(c: Check<P, O>): Check => c as unknown as Check;
const CHECK_LIST = [...CHECKS, asCheck(scoreCheck), asCheck(slowCheck), asCheck(brokenCheck)];

const TEST_SYMBOLS = `
TEST_SCORE:
  weight: 1
  description: { en: test, ru: тест }
TEST_VIRUS:
  weight: 0
  force: reject
  reply: "554 5.7.1 Virus found: {detail}"
  description: { en: test, ru: тест }
TEST_SLOW:
  weight: 100
  description: { en: test, ru: тест }
TEST_BROKEN:
  weight: 100
  description: { en: test, ru: тест }
`;

const cleanups: Array<() => unknown> = [];
after(async () => { for (const c of cleanups.reverse()) await c(); });

async function setup(opts: { greylist?: Record<string, unknown>; store?: FakeStore; dir?: string; watch?: boolean } = {}): Promise<{ p: PipelineRuntime; store: FakeStore; dir: string }> {
  let dir = opts.dir;
  if (!dir) {
    const t = tempRules();
    cleanups.push(t.cleanup);
    dir = t.dir;
    appendFileSync(join(dir, 'symbols.yaml'), TEST_SYMBOLS);
    // no network in unit tests: DNS lists and mailauth off
    // and the other helpers' checks (Bayes, ClamAV…) are not under test here
    const mine = new Set(['helo', 'headers', 'lists', 'greylist']);
    writeFileSync(join(dir, 'checks.yaml'), CHECKS.filter((c) => !mine.has(c.name)).map((c) => `${c.name}: { enabled: false }\n`).join(''));
  }
  const store = opts.store ?? fakeStore();
  const config = testConfig({ rules: dir, 'greylist.mode': 'suspicious', 'greylist.delay': 1, ...Object.fromEntries(Object.entries(opts.greylist ?? {}).map(([k, v]) => [`greylist.${k}`, v])) });
  const p = await createPipeline({ config, store, log: quietLog, checks: CHECK_LIST, watch: opts.watch ?? false });
  cleanups.push(() => p.close());
  return { p, store, dir };
}

const MSG = Buffer.from(`From: a@sender.example\r\nTo: bob@example.com\r\nSubject: hi\r\nDate: ${new Date().toUTCString()}\r\nMessage-ID: <t1@sender.example>\r\n\r\nbody\r\n`);
async function send(p: PipelineRuntime, rcpts = ['bob@example.com'], over = {}) {
  const s = session(over);
  await p.connect(s);
  await p.helo(s);
  await p.mail(s, 'a@sender.example');
  const accepted: string[] = [];
  const replies = [];
  for (const r of rcpts) {
    const reply = await p.rcpt(s, 'a@sender.example', r);
    replies.push(reply);
    if (!reply) accepted.push(r);
  }
  const verdict = accepted.length ? await p.data(s, { mailFrom: 'a@sender.example', recipients: accepted }, MSG) : null;
  p.endSession(s.id);
  return { verdict, replies };
}

test('the repository rules validate against the registered checks', async () => {
  assert.deepEqual(await validateRules(new URL('../../../rules/', import.meta.url).pathname), []);
});

test('boot fails clearly on a symbol without a rule, and on a rule without a check', async () => {
  const t = tempRules();
  cleanups.push(t.cleanup);
  const store = fakeStore();
  const config = testConfig({ rules: t.dir });
  await assert.rejects(createPipeline({ config, store, log: quietLog, checks: CHECK_LIST, watch: false }), (err: unknown) => {
    assert.ok(err instanceof RulesError);
    assert.ok(err.problems.some((p) => /TEST_SCORE: missing rule for a symbol emitted by check "test-score"/.test(p)), err.problems.join('\n'));
    return true;
  });
  appendFileSync(join(t.dir, 'symbols.yaml'), '\nNOBODY_EMITS_THIS:\n  weight: 1\n  description: { en: x, ru: x }\n');
  const problems = await validateRules(t.dir);
  assert.ok(problems.some((p) => p.includes('NOBODY_EMITS_THIS: unknown symbol')), problems.join('\n'));
  writeFileSync(join(t.dir, 'checks.yaml'), 'dnsbl: { errorDisableSeconds: -1 }\nnosuch: {}\n');
  const p2 = await validateRules(t.dir);
  assert.ok(p2.some((p) => p.startsWith('rules/checks.yaml: dnsbl.errorDisableSeconds')), p2.join('\n'));
  assert.ok(p2.some((p) => p.startsWith('rules/checks.yaml: nosuch: unknown check')), p2.join('\n'));
});

test('a slow or failing check adds nothing and is counted; the others still count', async () => {
  const { p } = await setup();
  const before = (await checkFailures.get()).values.filter((v) => String(v.labels.check).startsWith('test-')).reduce((s, v) => s + v.value, 0);
  emit = [{ symbol: 'TEST_SCORE', weight: 0.5 }];
  const started = Date.now();
  const { verdict } = await send(p);
  assert.ok(Date.now() - started < 3000, 'the slow check was not waited for');
  assert.deepEqual(verdict!.symbols.map((s) => s.name), ['TEST_SCORE']);
  assert.equal(verdict!.score, 0.5);
  const afterCount = (await checkFailures.get()).values.filter((v) => String(v.labels.check).startsWith('test-')).reduce((s, v) => s + v.value, 0);
  assert.equal(afterCount - before, 2);
});

test('actions by threshold, headers and subject prefix; forced virus reject', async () => {
  const { p } = await setup({ greylist: { enabled: false } });
  const r = p.rules();
  emit = [{ symbol: 'TEST_SCORE' }];
  p.rules().symbols.TEST_SCORE!.weight; // current weight 1
  await p.updateRules({ weights: { TEST_SCORE: r.thresholds.tag! } }, 'test');
  let { verdict } = await send(p);
  assert.equal(verdict!.action, 'tag');
  assert.equal(verdict!.subjectPrefix, '[SPAM]');
  assert.ok(verdict!.headers.includes('X-Spam-Flag: YES'));
  assert.ok(verdict!.headers.includes(`X-Spam-Status: Yes, score=${r.thresholds.tag} required=${r.thresholds.tag} tests=TEST_SCORE`));
  await p.updateRules({ weights: { TEST_SCORE: r.thresholds.quarantine! } }, 'test');
  ({ verdict } = await send(p));
  assert.equal(verdict!.action, 'quarantine');
  await p.updateRules({ weights: { TEST_SCORE: r.thresholds.reject! } }, 'test');
  ({ verdict } = await send(p));
  assert.equal(verdict!.action, 'reject');
  assert.deepEqual([verdict!.reply!.code, verdict!.reply!.enhanced], [550, '5.7.1']);
  await p.updateRules({ weights: { TEST_SCORE: -3 } }, 'test');
  emit = [{ symbol: 'TEST_SCORE' }, { symbol: 'TEST_VIRUS', detail: 'Eicar-Test-Signature' }];
  ({ verdict } = await send(p));
  assert.equal(verdict!.action, 'reject');
  assert.deepEqual(verdict!.reply, { code: 554, enhanced: '5.7.1', message: 'Virus found: Eicar-Test-Signature' });
});

test('user block rejects that recipient at RCPT; user allow skips the thresholds for that recipient', async () => {
  const { p, store } = await setup({ greylist: { enabled: false } });
  await store.lists.add('carol@example.com', 'block', '@sender.example');
  await store.lists.add('bob@example.com', 'allow', 'a@sender.example');
  emit = [{ symbol: 'TEST_SCORE' }];
  await p.updateRules({ weights: { TEST_SCORE: 100 } }, 'test');
  const { verdict, replies } = await send(p, ['bob@example.com', 'carol@example.com', 'dave@example.com']);
  assert.equal(replies[0], null);
  assert.deepEqual([replies[1]!.code, replies[1]!.enhanced], [550, '5.7.1']);
  assert.equal(replies[2], null);
  assert.deepEqual(verdict!.allowRecipients, ['bob@example.com']);
  assert.equal(verdict!.action, 'quarantine', 'dave still gets it quarantined rather than everybody rejected');
  const only = await send(p, ['bob@example.com']);
  assert.equal(only.verdict!.action, 'accept');
  // but never past a virus
  emit = [{ symbol: 'TEST_VIRUS', detail: 'X' }];
  assert.equal((await send(p, ['bob@example.com'])).verdict!.action, 'reject');
});

test('greylisting in suspicious mode: only at the greylist threshold, then passes after the delay', async () => {
  const { p } = await setup({ greylist: { enabled: true, mode: 'suspicious', delay: 1 } });
  const t = p.rules().thresholds;
  emit = [];
  assert.equal((await send(p, ['x@example.com'])).verdict!.action, 'accept');
  emit = [{ symbol: 'TEST_SCORE' }];
  await p.updateRules({ weights: { TEST_SCORE: t.greylist! } }, 'test');
  const first = await send(p, ['y@example.com']);
  assert.equal(first.verdict!.action, 'tempfail');
  assert.deepEqual([first.verdict!.reply!.code, first.verdict!.reply!.enhanced], [451, '4.7.1']);
  assert.equal((await send(p, ['y@example.com'])).verdict!.action, 'tempfail', 'early retry');
  await new Promise((r) => setTimeout(r, 1100));
  const later = await send(p, ['y@example.com']);
  assert.notEqual(later.verdict!.action, 'tempfail');
  assert.ok(later.verdict!.symbols.some((s) => s.name === 'GREYLIST_PASSED'));
});

test('greylisting in mode all defers at RCPT', async () => {
  const { p, store } = await setup({ greylist: { enabled: true, mode: 'all', delay: 60 } });
  emit = [];
  const { replies } = await send(p, ['z@example.com'], { clientIp: '198.51.100.9' });
  assert.deepEqual([replies[0]!.code, replies[0]!.enhanced], [451, '4.7.1']);
  // a recipient who allow-listed the sender is not greylisted, at RCPT nor after DATA
  await store.lists.add('w@example.com', 'allow', '@sender.example');
  const allowed = await send(p, ['w@example.com'], { clientIp: '198.51.100.9' });
  assert.equal(allowed.replies[0], null);
  assert.equal(allowed.verdict!.action, 'accept');
  // trusted clients are never greylisted
  const trusted = await send(p, ['z@example.com'], { clientIp: '198.51.100.9', trusted: true });
  assert.equal(trusted.replies[0], null);
});

test('updateRules applies live, persists, audits, survives a restart; a bad patch changes nothing', async () => {
  const store = fakeStore();
  const { p, dir } = await setup({ store });
  await p.updateRules({ thresholds: { tag: 6.5 }, weights: { SPF_FAIL: 4.5 }, dnsbl: { spamcop: { enabled: false } } }, 'admin');
  assert.equal(p.rules().thresholds.tag, 6.5);
  assert.equal(p.rules().symbols.SPF_FAIL!.weight, 4.5);
  assert.equal(p.rules().dnsbl.find((l) => l.name === 'spamcop')!.enabled, false);
  assert.equal(store.auditEntries.at(-1)!.who, 'admin');
  assert.equal(store.auditEntries.at(-1)!.what, 'rules.update');
  await assert.rejects(p.updateRules({ weights: { NO_SUCH: 1 }, thresholds: { tag: 1 } }, 'admin'), (err: unknown) => {
    assert.ok(err instanceof RulesError && err.problems.some((x) => x.startsWith('weights.NO_SUCH')), String(err));
    return true;
  });
  await assert.rejects(p.updateRules({ thresholds: { quarantine: 100 } }, 'admin'), /thresholds\.reject: must not be below quarantine/);
  await assert.rejects(p.updateRules({ thresholds: { tag: 'x' } } as never, 'admin'), /thresholds\.tag/);
  assert.equal(p.rules().thresholds.tag, 6.5);
  await p.close();
  const p2 = await setup({ store, dir });
  assert.equal(p2.p.rules().thresholds.tag, 6.5);
  assert.equal(p2.p.rules().symbols.SPF_FAIL!.weight, 4.5);
  await p2.p.updateRules({ weights: { SPF_FAIL: null } }, 'admin');
  assert.notEqual(p2.p.rules().symbols.SPF_FAIL!.weight, 4.5);
});

test('rescore previews logged symbols under candidate rules without changing anything', async () => {
  const { p } = await setup();
  const logged = [{ name: 'SPF_FAIL', score: 1.5, factor: 0.5 }, { name: 'HELO_LOCALHOST', score: 2 }];
  const now = p.rescore(logged);
  assert.equal(now.score, p.rules().symbols.SPF_FAIL!.weight * 0.5 + p.rules().symbols.HELO_LOCALHOST!.weight);
  const what = p.rescore(logged, { weights: { SPF_FAIL: 20 }, thresholds: { reject: 13 } });
  assert.equal(what.score, 10 + p.rules().symbols.HELO_LOCALHOST!.weight);
  assert.equal(what.action, 'quarantine');
  assert.notEqual(p.rules().symbols.SPF_FAIL!.weight, 20);
  // credits beside a sign of an attack: logged as not counted, previewed the same, and counted again when the sign may be released by users
  const hijacked = p.rescore([{ name: 'PHISHING_LINK', score: 5, factor: 1 }, { name: 'REPLY', score: 0, factor: 1, uncounted: 'PHISHING_LINK' }]);
  assert.deepEqual([hijacked.score, hijacked.symbols.find((h) => h.name === 'REPLY')!.uncounted], [p.rules().symbols.PHISHING_LINK!.weight, 'PHISHING_LINK']);
  const released = p.rescore(hijacked.symbols, { release: { PHISHING_LINK: 'user' } });
  assert.equal(released.score, p.rules().symbols.PHISHING_LINK!.weight + p.rules().symbols.REPLY!.weight);
  assert.equal(released.symbols.find((h) => h.name === 'REPLY')!.uncounted, undefined);
});

test('rules hot reload: a good edit applies, a bad edit is refused and the old rules stay', async () => {
  const { p, dir } = await setup({ watch: true });
  const file = join(dir, 'actions.yaml');
  const original = readFileSync(file, 'utf8');
  writeFileSync(file, original.replace(/^tag: .*$/m, 'tag: 7.25'));
  await waitFor(() => p.rules().thresholds.tag === 7.25, 5000, 'reload');
  writeFileSync(file, original.replace(/^tag: .*$/m, 'tag: [broken'));
  await new Promise((r) => setTimeout(r, 800));
  assert.equal(p.rules().thresholds.tag, 7.25);
  const res = await p.reload();
  assert.equal(res.ok, false);
  writeFileSync(file, original);
  writeFileSync(join(dir, 'symbols.yaml'), readFileSync(join(dir, 'symbols.yaml'), 'utf8') + '\nGHOST_SYMBOL:\n  weight: 1\n  description: { en: x, ru: x }\n');
  const res2 = await p.reload();
  assert.ok(!res2.ok && res2.problems.some((x) => x.includes('GHOST_SYMBOL')));
  assert.equal(p.rules().symbols.GHOST_SYMBOL, undefined);
});
