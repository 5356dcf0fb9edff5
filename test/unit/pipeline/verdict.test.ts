import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readRuleFiles, buildRules } from '../../../src/rules/load.ts';
import type { Rules } from '../../../src/rules/schema.ts';
import { decide, scoreHits, spamHeaders, parseReply } from '../../../src/pipeline/verdict.ts';
import { REPO_RULES, testConfig } from './util.ts';

async function rules(): Promise<Rules> {
  const r = buildRules(await readRuleFiles(REPO_RULES), testConfig().greylist);
  // a virus-like forced reject for these tests
  r.symbols.TEST_VIRUS = { weight: 100, force: 'reject', reply: '554 5.7.1 Virus found: {detail}', description: { en: 'v', ru: 'v' }, source: 'symbols.yaml' };
  r.thresholds = { reject: 15, quarantine: 10, tag: 5, greylist: 4 };
  return r;
}

test('score is the sum of weight × factor and picks the highest threshold reached', async () => {
  const r = await rules();
  const sym = scoreHits(r, [{ symbol: 'RBL_SPAMHAUS_SBL', weight: 1 }, { symbol: 'SPF_FAIL', weight: 0.5 }]);
  const d = decide(r, sym);
  assert.equal(d.score, r.symbols.RBL_SPAMHAUS_SBL!.weight + r.symbols.SPF_FAIL!.weight * 0.5);
  assert.equal(sym.find((s) => s.name === 'SPF_FAIL')!.factor, 0.5);
  for (const [score, action] of [[4.99, 'accept'], [5, 'tag'], [10, 'quarantine'], [15, 'reject']] as const) {
    r.symbols.SPF_FAIL = { ...r.symbols.SPF_FAIL!, weight: score };
    assert.equal(decide(r, scoreHits(r, [{ symbol: 'SPF_FAIL' }])).action, action, `score ${score}`);
  }
});

test('a missing threshold disables that action', async () => {
  const r = await rules();
  r.thresholds.reject = null;
  r.symbols.SPF_FAIL = { ...r.symbols.SPF_FAIL!, weight: 50 };
  assert.equal(decide(r, scoreHits(r, [{ symbol: 'SPF_FAIL' }])).action, 'quarantine');
});

test('a forced reject wins over score and allow-lists, with its own reply', async () => {
  const r = await rules();
  const sym = scoreHits(r, [{ symbol: 'TEST_VIRUS', detail: 'Eicar-Test-Signature' }, { symbol: 'DMARC_PASS' }]);
  const d = decide(r, sym, { allowed: 1, total: 1 });
  assert.equal(d.action, 'reject');
  assert.deepEqual(d.reply, { code: 554, enhanced: '5.7.1', message: 'Virus found: Eicar-Test-Signature' });
});

test('of two forced rejects, the symbol listed first in symbols.yaml gives the reply: the virus, not the file type', async () => {
  const r = await rules();
  const names = Object.keys(r.symbols);
  assert.ok(names.indexOf('CLAMAV_VIRUS') < names.indexOf('ATTACH_BLOCKED'));
  // both weigh 0: sorted by name, ATTACH_BLOCKED comes first in the message's symbols
  const sym = scoreHits(r, [{ symbol: 'ATTACH_BLOCKED', detail: 'file.com (.com)' }, { symbol: 'CLAMAV_VIRUS', detail: 'Eicar-Test-Signature' }]);
  assert.equal(sym[0]!.name, 'ATTACH_BLOCKED');
  const d = decide(r, sym);
  assert.equal(d.forcedBy?.name, 'CLAMAV_VIRUS');
  assert.deepEqual(d.reply, { code: 554, enhanced: '5.7.1', message: 'Virus found: Eicar-Test-Signature' });
  assert.equal(decide(r, scoreHits(r, [{ symbol: 'ATTACH_BLOCKED', detail: 'file.com (.com)' }])).reply?.message, 'Attachment type not accepted: file.com (.com)');
});

test('allow-listing every recipient skips the thresholds; some of them turns reject into quarantine', async () => {
  const r = await rules();
  r.symbols.SPF_FAIL = { ...r.symbols.SPF_FAIL!, weight: 20 };
  const sym = scoreHits(r, [{ symbol: 'SPF_FAIL' }]);
  assert.equal(decide(r, sym).action, 'reject');
  assert.equal(decide(r, sym, { allowed: 2, total: 2 }).action, 'accept');
  assert.equal(decide(r, sym, { allowed: 1, total: 2 }).action, 'quarantine');
});

test('the same symbol from several phases counts once', async () => {
  const r = await rules();
  const sym = scoreHits(r, [{ symbol: 'SPF_FAIL', weight: 0.2, detail: 'a' }, { symbol: 'SPF_FAIL', weight: 1, detail: 'b' }]);
  assert.equal(sym.length, 1);
  assert.equal(sym[0]!.score, r.symbols.SPF_FAIL!.weight);
  assert.equal(sym[0]!.detail, 'a; b');
});

test('X-Spam headers follow the contract', async () => {
  const r = await rules();
  const sym = scoreHits(r, [{ symbol: 'SPF_FAIL' }, { symbol: 'HELO_LOCALHOST' }]);
  const h = spamHeaders(r, 5.5, 'tag', sym);
  assert.deepEqual(h, ['X-Spam-Score: 5.5', 'X-Spam-Status: Yes, score=5.5 required=5 tests=HELO_LOCALHOST,SPF_FAIL', 'X-Spam-Flag: YES']);
  const h2 = spamHeaders(r, -1, 'accept', []);
  assert.deepEqual(h2, ['X-Spam-Score: -1', 'X-Spam-Status: No, score=-1 required=5 tests=none']);
});

test('reply templates parse into code, enhanced code and text', () => {
  assert.deepEqual(parseReply('451 4.7.1 Greylisted ({detail})', 'retry in 5s'), { code: 451, enhanced: '4.7.1', message: 'Greylisted (retry in 5s)' });
});

test('a sign of an attack (a symbol only an admin releases) is not offset by credits: a hijacked thread with a macro document', async () => {
  const r = await rules();
  const credits = ['REPLY', 'KNOWN_SENDER', 'DMARC_PASS', 'DKIM_PASS', 'SPF_PASS', 'BAYES_HAM'].map((symbol) => ({ symbol }));
  assert.equal(r.symbols.ATTACH_MACRO!.release, 'admin');
  // without the sign the credits count as ever
  const calm = scoreHits(r, credits);
  assert.ok(decide(r, calm).score < -10);
  assert.ok(calm.every((h) => h.uncounted === undefined));
  // beside it they count 0 and say why; the macro document is tagged instead of passing at −7
  const hijacked = scoreHits(r, [{ symbol: 'ATTACH_MACRO', detail: 'Rechnung.xlsm' }, ...credits]);
  const d = decide(r, hijacked);
  assert.equal(d.score, r.symbols.ATTACH_MACRO!.weight);
  assert.equal(d.action, 'tag');
  for (const h of hijacked.filter((x) => x.name !== 'ATTACH_MACRO')) assert.deepEqual([h.score, h.uncounted], [0, 'ATTACH_MACRO'], h.name);
  // the admin's own rules keep their weight; a sign scored 0 (a factor of 0) is no sign
  r.symbols.PARTNER_ERP = { weight: -6, description: { en: 'ERP mail' }, source: 'custom-rules.yaml' };
  assert.equal(decide(r, scoreHits(r, [{ symbol: 'ATTACH_MACRO' }, { symbol: 'PARTNER_ERP' }, { symbol: 'REPLY' }])).score, r.symbols.ATTACH_MACRO!.weight - 6);
  assert.ok(scoreHits(r, [{ symbol: 'ATTACH_MACRO', weight: 0 }, { symbol: 'REPLY' }]).find((h) => h.name === 'REPLY')!.score < 0);
  // a symbol the admin moved back to `release: user` is no sign of an attack
  r.symbols.ATTACH_MACRO = { ...r.symbols.ATTACH_MACRO!, release: 'user' };
  assert.ok(decide(r, scoreHits(r, [{ symbol: 'ATTACH_MACRO' }, ...credits])).score < 0);
});
