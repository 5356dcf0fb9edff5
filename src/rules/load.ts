// Reads rules/*.yaml, applies the admin's overrides and cross-checks the result against the checks
// that will run. Every problem is reported with its file and key path; nothing half-loads.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import ipaddr from 'ipaddr.js';
import { parse as parseYaml } from 'yaml';
import type { z } from 'zod';
import { formatIssues, type Config } from '../config.ts';
import type { Check } from '../pipeline/types.ts';
import {
  actionsFileSchema, checksFileSchema, customRulesFileSchema, dnsblFileSchema, greylistExceptionsSchema, rulesPatchSchema, symbolsFileSchema, TEXT_CONDITION_FIELDS,
  type CustomConditions, type CustomRule, type GreylistParams, type RuleOrigin, type Rules, type RulesPatch,
} from './schema.ts';
import { fieldPatternProblem, ipPatternProblem, patternProblem } from './patterns.ts';

export const RULE_FILES = ['actions.yaml', 'symbols.yaml', 'dnsbl.yaml', 'checks.yaml', 'greylist-exceptions.yaml', 'custom-rules.yaml'] as const;
/** keys of a checks.yaml section read by the runner itself, not passed to the check's schema */
export const RUNNER_KEYS = ['enabled', 'timeoutMs'] as const;

export class RulesError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid rules:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

export interface RuleFiles {
  actions: z.infer<typeof actionsFileSchema>;
  symbols: z.infer<typeof symbolsFileSchema>;
  dnsbl: z.infer<typeof dnsblFileSchema>;
  checks: z.infer<typeof checksFileSchema>;
  greylistExceptions: z.infer<typeof greylistExceptionsSchema>;
  custom: z.infer<typeof customRulesFileSchema>;
}

async function readYaml<S extends z.ZodType>(dir: string, file: string, schema: S, optional: boolean, problems: string[]): Promise<z.infer<S> | null> {
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch (err) {
    if (optional && (err as NodeJS.ErrnoException).code === 'ENOENT') text = '';
    else {
      problems.push(`rules/${file}: cannot read: ${(err as Error).message}`);
      return null;
    }
  }
  let raw: unknown;
  try {
    raw = parseYaml(text) ?? {};
  } catch (err) {
    problems.push(`rules/${file}: YAML syntax error: ${(err as Error).message.split('\n')[0]}`);
    return null;
  }
  const res = schema.safeParse(raw);
  if (!res.success) {
    problems.push(...formatIssues(res.error).map((p) => `rules/${file}: ${p}`));
    return null;
  }
  return res.data;
}

/** Reads and schema-checks the files; throws RulesError listing every problem. */
export async function readRuleFiles(dir: string): Promise<RuleFiles> {
  const problems: string[] = [];
  const [actions, symbols, dnsbl, checks, greylistExceptions, custom] = await Promise.all([
    readYaml(dir, 'actions.yaml', actionsFileSchema, false, problems),
    readYaml(dir, 'symbols.yaml', symbolsFileSchema, false, problems),
    readYaml(dir, 'dnsbl.yaml', dnsblFileSchema, true, problems),
    readYaml(dir, 'checks.yaml', checksFileSchema, true, problems),
    readYaml(dir, 'greylist-exceptions.yaml', greylistExceptionsSchema, true, problems),
    readYaml(dir, 'custom-rules.yaml', customRulesFileSchema, true, problems),
  ]);
  if (problems.length || !actions || !symbols || !dnsbl || !checks || !greylistExceptions || !custom) throw new RulesError(problems);
  return { actions, symbols, dnsbl, checks, greylistExceptions, custom };
}

/** Per-symbol overrides: later values win, null drops one. */
function overridden<V>(base: Record<string, V> | undefined, patch: Record<string, V | null>): Record<string, V> {
  const out = { ...base };
  for (const [k, v] of Object.entries(patch)) {
    if (v === null) delete out[k];
    else out[k] = v;
  }
  return out;
}

/** Merges a new patch into the accumulated overrides (later wins; `reset` starts over). */
export function mergePatch(base: RulesPatch, patch: RulesPatch): RulesPatch {
  const start: RulesPatch = patch.reset ? {} : base;
  const out: RulesPatch = { ...start };
  if (patch.thresholds) out.thresholds = { ...start.thresholds, ...patch.thresholds };
  if (patch.subjectPrefix !== undefined) out.subjectPrefix = patch.subjectPrefix;
  if (patch.outbound) out.outbound = { ...start.outbound, ...patch.outbound };
  if (patch.weights) out.weights = overridden(start.weights, patch.weights);
  if (patch.release) out.release = overridden(start.release, patch.release);
  if (patch.custom) {
    const c = { ...start.custom };
    const w = { ...out.weights };
    const r = { ...out.release };
    for (const [k, v] of Object.entries(patch.custom)) {
      if (v === null) delete c[k];
      else c[k] = v;
      // the rule as saved carries its weight and release: older overrides would hide them (or outlive the rule)
      if (patch.weights?.[k] === undefined) delete w[k];
      if (patch.release?.[k] === undefined) delete r[k];
    }
    out.custom = c;
    if (out.weights) out.weights = w;
    if (out.release) out.release = r;
  }
  if (patch.dnsbl) out.dnsbl = { ...start.dnsbl, ...patch.dnsbl };
  if (patch.greylist) out.greylist = { ...start.greylist, ...patch.greylist };
  if (patch.greylistExceptions) out.greylistExceptions = { ...start.greylistExceptions, ...patch.greylistExceptions };
  if (patch.okScripts) out.okScripts = [...new Set(patch.okScripts)];
  if (patch.allowExtensions) out.allowExtensions = [...new Set(patch.allowExtensions)];
  if (patch.spamTraps) out.spamTraps = [...new Set(patch.spamTraps)];
  delete out.reset;
  return out;
}

/** Files + config + overrides → effective rules, or RulesError with key paths. */
export function buildRules(files: RuleFiles, greylistConfig: Config['greylist'], overrides: RulesPatch = {}): Rules {
  const problems: string[] = [];
  const parsedPatch = rulesPatchSchema.safeParse(overrides);
  if (!parsedPatch.success) throw new RulesError(formatIssues(parsedPatch.error));
  const o = parsedPatch.data;
  const symbols: Rules['symbols'] = {};
  for (const [name, rule] of Object.entries(files.symbols)) symbols[name] = { ...rule, source: 'symbols.yaml' };
  const seenLists = new Set<string>();
  const dnsbl = files.dnsbl.lists.map((list, i) => {
    if (seenLists.has(list.name)) problems.push(`rules/dnsbl.yaml: lists.${i}.name: duplicate list name "${list.name}"`);
    seenLists.add(list.name);
    for (const [name, rule] of Object.entries(list.symbols)) {
      if (symbols[name]) problems.push(`rules/dnsbl.yaml: lists.${i}.symbols.${name}: symbol already defined in rules/${symbols[name].source}`);
      const { codes: _codes, ...plain } = rule;
      symbols[name] = { ...plain, source: 'dnsbl.yaml' };
    }
    const enabled = o.dnsbl?.[list.name]?.enabled;
    return enabled === undefined ? list : { ...list, enabled };
  });
  const custom: Rules['custom'] = [];
  const addCustom = (origin: RuleOrigin, where: string, rules: Record<string, CustomRule | null>) => {
    for (const [name, rule] of Object.entries(rules)) {
      if (!rule) continue;
      const at = `${where}${name}`;
      if (symbols[name]) problems.push(`${at}: symbol already defined in ${symbols[name].source === 'web UI' ? 'the web UI' : `rules/${symbols[name].source}`}`);
      const built = customRuleOf(name, origin, rule, at);
      problems.push(...built.problems);
      symbols[name] = built.symbol;
      custom.push(built.rule);
    }
  };
  addCustom('custom-rules.yaml', 'rules/custom-rules.yaml: ', files.custom);
  addCustom('web UI', 'custom.', o.custom ?? {});
  for (const name of Object.keys(o.dnsbl ?? {})) {
    if (!seenLists.has(name)) problems.push(`dnsbl.${name}: unknown DNSBL list`);
  }
  // A stored override of a symbol the files no longer define (an admin's rule taken out of
  // custom-rules.yaml) waits unused: refusing it would refuse the file edit. A new patch's names are
  // checked by unknownOverrideSymbols() before it is stored.
  for (const [name, weight] of Object.entries(o.weights ?? {})) {
    const rule = symbols[name];
    if (weight === null || !rule) continue;
    if (!Number.isFinite(weight)) problems.push(`weights.${name}: must be a finite number`);
    else symbols[name] = { ...rule, weight };
  }
  for (const [name, release] of Object.entries(o.release ?? {})) {
    const rule = symbols[name];
    if (release !== null && rule) symbols[name] = { ...rule, release };
  }
  const pick = (k: 'reject' | 'quarantine' | 'tag' | 'greylist'): number | null => {
    const ov = o.thresholds?.[k];
    if (ov !== undefined) return ov;
    return files.actions[k] ?? null;
  };
  const thresholds = { reject: pick('reject'), quarantine: pick('quarantine'), tag: pick('tag'), greylist: pick('greylist') };
  const ordered: Array<keyof typeof thresholds> = ['reject', 'quarantine', 'tag'];
  for (let i = 0; i < ordered.length; i++) {
    for (let j = i + 1; j < ordered.length; j++) {
      const hi = thresholds[ordered[i]!];
      const lo = thresholds[ordered[j]!];
      if (hi === null || lo === null || hi >= lo) continue;
      const fromOverride = o.thresholds?.[ordered[i]!] !== undefined || o.thresholds?.[ordered[j]!] !== undefined;
      problems.push(`${fromOverride ? 'thresholds.' : 'rules/actions.yaml: '}${ordered[i]}: must not be below ${ordered[j]} (${hi} < ${lo})`);
    }
  }
  // Without an outbound section the inbound reject threshold (as overridden) applies, so a
  // compromised mailbox is stopped out of the box.
  const fileOutbound = files.actions.outbound;
  const outboundReject = o.outbound?.reject !== undefined ? o.outbound.reject
    : fileOutbound ? fileOutbound.reject ?? null : thresholds.reject;
  const greylist: GreylistParams = { ...greylistConfig, ...o.greylist };
  const greylistExceptions = { ...files.greylistExceptions, ...o.greylistExceptions };
  greylistExceptions.networks.forEach((n, i) => {
    const ok = n.includes('/') ? ipaddr.isValidCIDR(n) : ipaddr.isValid(n);
    if (!ok) problems.push(`${o.greylistExceptions?.networks ? 'greylistExceptions.' : 'rules/greylist-exceptions.yaml: '}networks.${i}: "${n}" is not an IP address or CIDR network`);
  });
  const checks: Rules['checks'] = {};
  for (const [name, section] of Object.entries(files.checks)) checks[name] = section ?? {};
  if (o.okScripts) checks.scripts = { ...checks.scripts, okScripts: o.okScripts };
  if (o.allowExtensions) checks.attachments = { ...checks.attachments, allowExtensions: o.allowExtensions };
  if (o.spamTraps) checks.spamtrap = { ...checks.spamtrap, addresses: o.spamTraps };
  if (problems.length) throw new RulesError(problems);
  return {
    thresholds,
    outbound: { reject: outboundReject },
    subjectPrefix: o.subjectPrefix !== undefined ? o.subjectPrefix : files.actions.subjectPrefix ?? null,
    symbols, dnsbl, checks, greylist, greylistExceptions, custom,
  };
}

/** The symbols a patch sets a weight or release for that the rules do not define, as problems (`weights.NO_SUCH: unknown symbol`). */
export function unknownOverrideSymbols(rules: Rules, patch: RulesPatch): string[] {
  return (['weights', 'release'] as const).flatMap((key) => Object.entries(patch[key] ?? {})
    .filter(([name, v]) => v !== null && !rules.symbols[name]).map(([name]) => `${key}.${name}: unknown symbol`));
}

/** One admin's rule → its symbol and its entry in Rules.custom, and the problems of its patterns (keys under `at`). */
export function customRuleOf(name: string, origin: RuleOrigin, rule: CustomRule, at: string): { symbol: Rules['symbols'][string]; rule: Rules['custom'][number]; problems: string[] } {
  const { weight, description, force, reply, release, enabled, direction, unless, ...conditions } = rule;
  const place = origin === 'web UI' ? 'made in the web UI' : 'rules/custom-rules.yaml';
  return {
    symbol: { weight, force, reply, release, source: origin, description: description ?? { en: `Matches the administrator's rule ${name} (${place})` } },
    rule: { name, origin, enabled: enabled ?? true, direction: direction ?? 'inbound', described: description !== undefined, unless, ...conditions },
    problems: [...conditionProblems(conditions, `${at}.`), ...conditionProblems(unless ?? {}, `${at}.unless.`)],
  };
}

/** Every pattern of a rule's conditions that cannot be used, with its key path (`NAME.subject.0: missing closing )`). */
function conditionProblems(c: CustomConditions, prefix: string): string[] {
  const problems: string[] = [];
  const each = (path: string, patterns: string[] | undefined, problem: (p: string) => string | null) => patterns?.forEach((p, i) => {
    const why = problem(p);
    if (why) problems.push(`${prefix}${path}.${i}: ${why}`);
  });
  for (const field of TEXT_CONDITION_FIELDS) each(field, c[field], fieldPatternProblem(field));
  for (const [name, patterns] of Object.entries(c.header ?? {})) each(`header.${name}`, patterns, patternProblem);
  each('ip', c.ip, ipPatternProblem);
  return problems;
}

/** Options for one check: its checks.yaml section without the runner's keys, through its schema. */
export function checkOptions(rules: Rules, check: Check): { ok: true; options: unknown; enabled: boolean; timeoutMs: number | null } | { ok: false; problems: string[] } {
  const section = { ...rules.checks[check.name] };
  const enabled = section.enabled === undefined ? true : section.enabled;
  const timeoutMs = section.timeoutMs === undefined ? null : section.timeoutMs;
  delete section.enabled;
  delete section.timeoutMs;
  const problems: string[] = [];
  if (typeof enabled !== 'boolean') problems.push(`rules/checks.yaml: ${check.name}.enabled: must be true or false`);
  if (timeoutMs !== null && (typeof timeoutMs !== 'number' || timeoutMs < 1)) problems.push(`rules/checks.yaml: ${check.name}.timeoutMs: must be a positive number of milliseconds`);
  const res = check.options.safeParse(section);
  if (!res.success) problems.push(...formatIssues(res.error, check.name).map((p) => `rules/checks.yaml: ${p}`));
  if (problems.length) return { ok: false, problems };
  return { ok: true, options: res.data, enabled: enabled as boolean, timeoutMs: timeoutMs as number | null };
}

/** Every symbol a check can emit (its own list and the ones the rules define for it) → the check's name. */
export function emittedSymbols(rules: Rules, checks: readonly Check[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of checks) for (const s of [...c.symbols, ...(c.ruleSymbols?.(rules) ?? [])]) out.set(s, c.name);
  return out;
}

/** Cross-checks rules against the checks: missing rules, rules nobody emits, bad check options. */
export function validateAgainstChecks(rules: Rules, checks: readonly Check[]): string[] {
  const problems: string[] = [];
  const emitted = emittedSymbols(rules, checks);
  for (const [symbol, check] of emitted) {
    if (!rules.symbols[symbol]) problems.push(`rules/symbols.yaml: ${symbol}: missing rule for a symbol emitted by check "${check}" (add weight and description)`);
  }
  for (const [symbol, rule] of Object.entries(rules.symbols)) {
    if (!emitted.has(symbol)) problems.push(`rules/${rule.source}: ${symbol}: unknown symbol (no check emits it)`);
  }
  const names = new Set(checks.map((c) => c.name));
  for (const name of Object.keys(rules.checks)) {
    if (!names.has(name)) problems.push(`rules/checks.yaml: ${name}: unknown check (known: ${[...names].join(', ')})`);
  }
  for (const c of checks) {
    const res = checkOptions(rules, c);
    if (!res.ok) problems.push(...res.problems);
  }
  return problems;
}

/** Full load: files → rules → cross-check. Throws RulesError. */
export async function loadRules(dir: string, greylistConfig: Config['greylist'], checks: readonly Check[], overrides: RulesPatch = {}): Promise<Rules> {
  const files = await readRuleFiles(dir);
  const rules = buildRules(files, greylistConfig, overrides);
  const problems = validateAgainstChecks(rules, checks);
  if (problems.length) throw new RulesError(problems);
  return rules;
}
