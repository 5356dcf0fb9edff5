import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { buildRules, mergePatch, readRuleFiles, RulesError } from '../../../src/rules/load.ts';
import { rulesPatchSchema, sectionOptions } from '../../../src/rules/schema.ts';
import { z } from 'zod';
import { LANGS } from '../../../src/lang.ts';

const REPO_RULES = new URL('../../../rules/', import.meta.url).pathname;
const GL = { enabled: true, mode: 'suspicious' as const, delay: 300, window: 172800, expire: 3024000 };
const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });
function copy(): string {
  const d = mkdtempSync(join(tmpdir(), 'mm-rules-'));
  cpSync(REPO_RULES, d, { recursive: true });
  dirs.push(d);
  return d;
}
async function problems(dir: string): Promise<string[]> {
  try {
    await readRuleFiles(dir);
    return [];
  } catch (err) {
    assert.ok(err instanceof RulesError);
    return err.problems;
  }
}

test('the shipped rules: contract thresholds, Spamhaus ZEN codes, SpamCop, a DNSWL with negative weights, provider exceptions', async () => {
  const r = buildRules(await readRuleFiles(REPO_RULES), GL);
  for (const k of ['reject', 'quarantine', 'tag', 'greylist'] as const) assert.equal(typeof r.thresholds[k], 'number');
  const zen = r.dnsbl.find((l) => l.zone === 'zen.spamhaus.org')!;
  const codes = Object.values(zen.symbols).flatMap((s) => (s.codes === 'any' ? [] : s.codes));
  for (const c of ['127.0.0.2', '127.0.0.3', '127.0.0.4', '127.0.0.9', '127.0.0.10', '127.0.0.11']) assert.ok(codes.includes(c), c);
  assert.ok(r.dnsbl.some((l) => l.zone === 'bl.spamcop.net'));
  const dnswl = r.dnsbl.find((l) => l.zone === 'list.dnswl.org')!;
  assert.ok(Object.values(dnswl.symbols).every((s) => s.weight < 0));
  // every shipped symbol is explained in every UI language
  for (const [name, s] of Object.entries(r.symbols)) for (const l of LANGS) assert.ok(s.description[l], `${name}: ${l}`);
  assert.ok(r.greylistExceptions.networks.length > 10 && r.greylistExceptions.hostnames.includes('*.google.com'));
});

test('file problems name the file and key; YAML syntax errors name the file', async () => {
  const d = copy();
  writeFileSync(join(d, 'actions.yaml'), 'reject: lots\ntag: 5\n');
  writeFileSync(join(d, 'symbols.yaml'), 'bad_name:\n  weight: 1\n  description: { en: x, ru: y }\nGOOD:\n  weight: 1\n');
  writeFileSync(join(d, 'dnsbl.yaml'), 'lists: [ {name: x, zone: z.test, symbols: {RBL_X: {codes: [not-an-ip], weight: 1, description: {en: a, ru: b}}}} ]\n');
  writeFileSync(join(d, 'checks.yaml'), 'dnsbl: [unclosed\n');
  const p = await problems(d);
  assert.ok(p.some((x) => x.startsWith('rules/actions.yaml: reject:')), p.join('\n'));
  assert.ok(p.some((x) => x.startsWith('rules/symbols.yaml: bad_name')), p.join('\n'));
  assert.ok(p.some((x) => x.startsWith('rules/symbols.yaml: GOOD.description')), p.join('\n'));
  assert.ok(p.some((x) => x.startsWith('rules/dnsbl.yaml: lists.0.symbols.RBL_X.codes.0')), p.join('\n'));
  assert.ok(p.some((x) => x.startsWith('rules/checks.yaml: YAML syntax error')), p.join('\n'));
});

test('optional files may be missing; actions.yaml and symbols.yaml may not', async () => {
  const d = copy();
  unlinkSync(join(d, 'greylist-exceptions.yaml'));
  unlinkSync(join(d, 'checks.yaml'));
  const r = buildRules(await readRuleFiles(d), GL);
  assert.deepEqual(r.greylistExceptions.networks, []);
  unlinkSync(join(d, 'actions.yaml'));
  assert.ok((await problems(d)).some((x) => x.startsWith('rules/actions.yaml: cannot read')));
});

test('a DNSBL symbol defined twice, and thresholds out of order, are refused', async () => {
  const d = copy();
  writeFileSync(join(d, 'dnsbl.yaml'), 'lists: [ {name: x, zone: z.test, symbols: {SPF_FAIL: {codes: any, weight: 1, description: {en: a, ru: b}}}} ]\n');
  writeFileSync(join(d, 'actions.yaml'), 'reject: 5\nquarantine: 10\ntag: 3\n');
  const f = await readRuleFiles(d);
  assert.throws(() => buildRules(f, GL), (err: unknown) => {
    assert.ok(err instanceof RulesError);
    assert.ok(err.problems.some((x) => x.includes('SPF_FAIL: symbol already defined in rules/symbols.yaml')), err.problems.join('\n'));
    assert.ok(err.problems.some((x) => x.startsWith('rules/actions.yaml: reject: must not be below quarantine')), err.problems.join('\n'));
    return true;
  });
});

test('overrides merge: later wins, null weight drops an override, reset starts over; missing thresholds disable', async () => {
  let o = mergePatch({}, { thresholds: { tag: 6 }, weights: { SPF_FAIL: 4, DKIM_FAIL: 2 } });
  o = mergePatch(o, { thresholds: { reject: null }, weights: { SPF_FAIL: null } });
  assert.deepEqual(o, { thresholds: { tag: 6, reject: null }, weights: { DKIM_FAIL: 2 } });
  assert.deepEqual(mergePatch(o, { reset: true, subjectPrefix: '[x]' }), { subjectPrefix: '[x]' });
  const r = buildRules(await readRuleFiles(REPO_RULES), GL, o);
  assert.equal(r.thresholds.reject, null);
  assert.equal(r.thresholds.tag, 6);
  assert.equal(r.symbols.DKIM_FAIL!.weight, 2);
});

test('okScripts override: replaces the scripts check\'s okScripts from checks.yaml, keeps its other options; unknown scripts are refused', async () => {
  const files = await readRuleFiles(REPO_RULES);
  assert.deepEqual(files.checks.scripts?.okScripts, []);
  const o = mergePatch(mergePatch({}, { okScripts: ['latin', 'greek'] }), { okScripts: ['latin', 'cyrillic', 'latin'] });
  assert.deepEqual(o, { okScripts: ['latin', 'cyrillic'] });
  const r = buildRules(files, GL, o);
  assert.deepEqual(r.checks.scripts!.okScripts, ['latin', 'cyrillic']);
  assert.equal(r.checks.scripts!.unwantedShare, files.checks.scripts!.unwantedShare);
  assert.throws(() => buildRules(files, GL, { okScripts: ['klingon'] } as never), (e: Error) => e instanceof RulesError && /okScripts\.0/.test(e.message));
});

test('allowExtensions override: sets the attachments check\'s allowExtensions, keeps its other options; bad entries are refused', async () => {
  const files = await readRuleFiles(REPO_RULES);
  // as the runtime does: the patch is parsed (normalised) before it is merged
  const o = mergePatch(mergePatch({}, { allowExtensions: ['msi'] }), rulesPatchSchema.parse({ allowExtensions: ['.JAR', 'jar'] }));
  assert.deepEqual(o, { allowExtensions: ['jar'] });
  const r = buildRules(files, GL, o);
  assert.deepEqual(r.checks.attachments!.allowExtensions, ['jar']);
  assert.equal(r.checks.attachments!.maxArchiveDepth, files.checks.attachments!.maxArchiveDepth);
  assert.throws(() => buildRules(files, GL, { allowExtensions: ['*.exe'] } as never), (e: Error) => e instanceof RulesError && /allowExtensions\.0/.test(e.message));
});

test('outbound reject: the file\'s outbound section, else the inbound reject; an override wins and null disables', async () => {
  const files = await readRuleFiles(REPO_RULES);
  const fileValue = files.actions.outbound?.reject;
  assert.equal(typeof fileValue, 'number', 'the shipped rules have an outbound reject threshold');
  assert.equal(buildRules(files, GL).outbound.reject, fileValue);
  const noSection = { ...files, actions: { ...files.actions, outbound: undefined, reject: 12 } };
  assert.equal(buildRules(noSection, GL).outbound.reject, 12);
  assert.equal(buildRules(noSection, GL, { thresholds: { reject: 20 } }).outbound.reject, 20, 'falls back to the overridden inbound reject');
  assert.equal(buildRules(files, GL, mergePatch({}, { outbound: { reject: 9 } })).outbound.reject, 9);
  assert.equal(buildRules(files, GL, mergePatch({ outbound: { reject: 9 } }, { outbound: { reject: null } })).outbound.reject, null);
  assert.equal(buildRules({ ...files, actions: { ...files.actions, outbound: {} } }, GL).outbound.reject, null, 'an empty section disables it');
});

test('greylist exception networks must be addresses or CIDR networks', async () => {
  const files = await readRuleFiles(REPO_RULES);
  assert.throws(() => buildRules(files, GL, { greylistExceptions: { networks: ['10.0.0.0/8', 'mail.example.com'] } }), /greylistExceptions\.networks\.1: "mail\.example\.com" is not an IP address/);
  assert.equal(buildRules(files, GL, { greylistExceptions: { networks: ['10.0.0.0/8', '2001:db8::1'] } }).greylistExceptions.networks.length, 2);
});

test("sectionOptions: another check's section without the runner's keys, parsed once per rules version", () => {
  const schema = z.strictObject({ maxAgeDays: z.number().default(365) });
  const checks = { 'known-sender': { enabled: false, timeoutMs: 100, maxAgeDays: 30 } };
  const first = sectionOptions(checks, 'known-sender', schema);
  assert.deepEqual(first, { maxAgeDays: 30 });
  assert.equal(sectionOptions(checks, 'known-sender', schema), first, 'the same object for the same section');
  assert.deepEqual(sectionOptions({}, 'known-sender', schema), { maxAgeDays: 365 });
  assert.deepEqual(sectionOptions(undefined, 'known-sender', schema), { maxAgeDays: 365 });
  assert.throws(() => sectionOptions({ 'known-sender': { maxAgeDays: 'x' } }, 'known-sender', schema));
});
