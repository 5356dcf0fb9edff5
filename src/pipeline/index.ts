// The pipeline runtime: the `Pipeline` facade the SMTP layer calls, plus live rules (hot reload from
// rules/ and admin overrides persisted in the store), what-if rescoring and boot validation.
//
// Per-session state (hits of connect/helo/mail/rcpt) is kept here between facade calls, keyed by
// session id; `endSession()` drops it, and a sweep drops sessions idle for more than an hour.
import { watch, type FSWatcher } from 'node:fs';
import { authenticate } from 'mailauth';
import { orgDomain } from '../mail/address.ts';
import { parseMessage } from '../mail/parse.ts';
import type { Config } from '../config.ts';
import { createResolver } from '../dns/index.ts';
import { cachedMailauthResolver } from '../dns/mailauth-cache.ts';
import type { Logger } from '../log.ts';
import { buildRules, checkOptions, loadRules, mergePatch, readRuleFiles, RulesError, unknownOverrideSymbols, validateAgainstChecks } from '../rules/load.ts';
import { rulesPatchSchema, sectionOptions, type Rules, type RulesPatch } from '../rules/schema.ts';
import { formatIssues } from '../config.ts';
import type { Store, SymbolHit, Action } from '../store/types.ts';
import { CHECKS } from './checks/index.ts';
import { greylistGate, greylistOptionsSchema } from './checks/greylist.ts';
import { rememberPayeeAccounts, type PayeeAccountsOptions } from './checks/payee-accounts.ts';
import { isTrapAddress, spamtrapOptionsSchema, trapProblems, type SpamtrapOptions } from './checks/spamtrap.ts';
import { DEFAULT_TIMEOUT_MS, runPhase, type PhaseHit, type PreparedCheck, type RunnerEnv } from './runner.ts';
import type { AuthResults, Check, DataContext, Pipeline, SessionInfo, SmtpReply, Verdict } from './types.ts';
import { creditsBesideAttacks, decide, forcedReply, scoreHits, spamHeaders, defaultReply } from './verdict.ts';
import { maybeAutolearn } from '../bayes/autolearn.ts';
import { setDocumentReaders } from '../content/document-text.ts';
import type { BayesCheckOptions } from '../bayes/options.ts';

export { RulesError } from '../rules/load.ts';
export type { Rules, RulesPatch } from '../rules/schema.ts';

export const OVERRIDES_KEY = 'rules.overrides';

export interface PipelineRuntime extends Pipeline {
  /** the effective rules now in force (files + admin overrides); a snapshot, do not mutate */
  rules(): Rules;
  /** validates, applies live, persists (store.settings `rules.overrides`) and audits; throws RulesError */
  updateRules(patch: RulesPatch, who: string): Promise<void>;
  /** what-if: score and action of logged symbols (raw rule names) under the current rules + a candidate patch */
  rescore(symbols: readonly SymbolHit[], candidate?: RulesPatch): { score: number; action: Action; symbols: SymbolHit[] };
  /** re-reads rules/ now (the file watcher calls this); a bad edit is refused and the old rules stay */
  reload(): Promise<{ ok: true } | { ok: false; problems: string[] }>;
  /** forget per-session state (call on connection close) */
  endSession(sessionId: string): void;
  close(): Promise<void>;
}

export interface PipelineOptions {
  config: Config;
  store: Store;
  log: Logger;
  /** checks to run (default: the registry); tests pass their own */
  checks?: readonly Check[];
  /** watch rules/ for changes (default true) */
  watch?: boolean;
  /** clock, for tests */
  now?: () => number;
  /** a dry run (`mailmoat classify`): checks that learn from a message (spam traps) learn nothing */
  dryRun?: boolean;
}

interface SessionState {
  touched: number;
  /** connect checks (DNSBL…) may still be running: they overlap with EHLO/MAIL/RCPT and DATA awaits them */
  connect: Promise<PhaseHit[]>;
  helo: PhaseHit[];
  mail: PhaseHit[];
  /** per recipient (lower-case): the hits of its RCPT phase */
  rcpt: Map<string, PhaseHit[]>;
  mailFrom: string | null;
}

const SESSION_IDLE_MS = 3600_000;

/** Validates rules/ against the registered checks: [] when fine, else problems with file and key path. */
export async function validateRules(dir: string, config?: Config, checks: readonly Check[] = CHECKS): Promise<string[]> {
  const greylist = config?.greylist ?? { enabled: true, mode: 'suspicious' as const, delay: 300, window: 172800, expire: 3024000 };
  try {
    await loadRules(dir, greylist, checks);
    return [];
  } catch (err) {
    if (err instanceof RulesError) return err.problems;
    return [`rules: ${(err as Error).message}`];
  }
}

/**
 * What loads but will not work as written, said rather than refused (the file may predate the
 * change that broke it): trap addresses outside smtp.localDomains, which no mail reaches.
 */
export async function rulesWarnings(dir: string, config: Config, checks: readonly Check[] = CHECKS): Promise<string[]> {
  try {
    const rules = await loadRules(dir, config.greylist, checks);
    const traps = sectionOptions(rules.checks, 'spamtrap', spamtrapOptionsSchema).addresses;
    return trapProblems(traps, config.smtp.localDomains, []).map((p) => `rules/checks.yaml: spamtrap.addresses: ${p}`);
  } catch {
    return [];
  }
}

function prepare(rules: Rules, checks: readonly Check[]): PreparedCheck[] {
  return checks.map((check) => {
    const res = checkOptions(rules, check);
    if (!res.ok) throw new RulesError(res.problems);
    return { check, options: res.options, enabled: res.enabled, timeoutMs: res.timeoutMs ?? check.timeoutMs ?? DEFAULT_TIMEOUT_MS[check.phase] };
  });
}

export { parseMessage };


export async function authenticateMessage(config: Config, session: SessionInfo, mailFrom: string, raw: Buffer): Promise<AuthResults> {
  const resolver = createResolver(config.dns);
  const res = await authenticate(raw, {
    ip: session.clientIp.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1'),
    helo: session.helo || undefined,
    sender: mailFrom || undefined,
    mta: config.hostname,
    resolver: cachedMailauthResolver(resolver),
    disableBimi: true,
  });
  const spfStatus = res.spf ? (res.spf.status.result as AuthResults['spf']) : 'none';
  const spfDomain = res.spf ? res.spf.domain : null;
  const dkimResults = res.dkim.results ?? [];
  const dkimPass = dkimResults.filter((r) => r.status.result === 'pass').map((r) => r.signingDomain.toLowerCase());
  let dkim: AuthResults['dkim'] = 'none';
  if (dkimPass.length) dkim = 'pass';
  else if (dkimResults.length) dkim = (dkimResults[0]!.status.result as AuthResults['dkim']) ?? 'fail';
  const dmarc: AuthResults['dmarc'] = res.dmarc ? (res.dmarc.status.result as AuthResults['dmarc']) : 'none';
  const pol = res.dmarc ? res.dmarc.policy : null;
  const dmarcPolicy = pol === 'none' || pol === 'quarantine' || pol === 'reject' ? pol : null;
  const arcRes = res.arc ? res.arc.status.result : 'none';
  const arc: AuthResults['arc'] = arcRes === 'pass' ? 'pass' : arcRes === 'fail' ? 'fail' : 'none';
  const fromDomain = res.dkim.headerFrom?.length ? res.dkim.headerFrom[res.dkim.headerFrom.length - 1]!.toLowerCase() : null;
  let authenticatedDomain: string | null = null;
  if (fromDomain) {
    const org = orgDomain(fromDomain);
    if (dkimPass.some((d) => orgDomain(d) === org)) authenticatedDomain = org;
    else if (spfStatus === 'pass' && spfDomain && orgDomain(spfDomain) === org) authenticatedDomain = org;
  }
  const arLine = res.headers.split(/\r?\n(?=\S)/).find((l) => /^Authentication-Results:/i.test(l)) ?? '';
  const header = arLine.replace(/^Authentication-Results:\s*/i, '').replace(/\r?\n[ \t]+/g, ' ').trim();
  return { spf: spfStatus, spfDomain, dkimPass, dkim, dmarc, dmarcPolicy, arc, fromDomain, authenticatedDomain, header };
}

function memo<T>(fn: () => Promise<T>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= fn());
}

/**
 * One message through every phase as the SMTP layer calls them, for `mailmoat classify` and the
 * benches: a refusal at CONNECT, HELO, MAIL or RCPT (a block list) is not acted on and still
 * leaves its symbol for the verdict of DATA.
 */
export async function runMessage(pipeline: PipelineRuntime, session: SessionInfo, mailFrom: string, recipient: string, raw: Buffer): Promise<Verdict> {
  await pipeline.connect(session);
  await pipeline.helo(session);
  await pipeline.mail(session, mailFrom);
  await pipeline.rcpt(session, mailFrom, recipient);
  const verdict = await pipeline.data(session, { mailFrom, recipients: [recipient] }, raw);
  pipeline.endSession(session.id);
  return verdict;
}

/**
 * The rules in force: rules/ with the admin's overrides kept in the store. Overrides that no longer
 * fit the files (e.g. a symbol was removed) are logged and left out: they must not stop the start.
 */
export async function effectiveRules(config: Config, store: Store, log: Logger, checks: readonly Check[] = CHECKS): Promise<{ rules: Rules; overrides: RulesPatch }> {
  const overrides: RulesPatch = (await store.settings.get<RulesPatch>(OVERRIDES_KEY)) ?? {};
  try {
    return { rules: await loadRules(config.rules, config.greylist, checks, overrides), overrides };
  } catch (err) {
    if (!(err instanceof RulesError) || !Object.keys(overrides).length) throw err;
    log.error({ problems: err.problems }, 'stored rule overrides do not fit rules/ any more; ignoring them');
    return { rules: await loadRules(config.rules, config.greylist, checks, {}), overrides: {} };
  }
}

export async function createPipeline(opts: PipelineOptions): Promise<PipelineRuntime> {
  const { config, store } = opts;
  // the process's document readers (the web UI's learning and releases read documents too)
  setDocumentReaders(config.content);
  const log = opts.log.child({ component: 'pipeline' });
  const checks = opts.checks ?? CHECKS;
  const now = opts.now ?? Date.now;
  let { rules, overrides } = await effectiveRules(config, store, log, checks);
  let prepared: PreparedCheck[];
  prepared = prepare(rules, checks);
  void warnAboutTraps();

  const env = (): RunnerEnv => ({ config, store, log, rules, knownSymbols: (s) => Boolean(rules.symbols[s]), dryRun: opts.dryRun });
  const sessions = new Map<string, SessionState>();
  const state = (session: SessionInfo): SessionState => {
    let s = sessions.get(session.id);
    if (!s) {
      s = { touched: now(), connect: Promise.resolve([]), helo: [], mail: [], rcpt: new Map(), mailFrom: null };
      sessions.set(session.id, s);
    }
    s.touched = now();
    return s;
  };
  const sweep = setInterval(() => {
    const cutoff = now() - SESSION_IDLE_MS;
    for (const [id, s] of sessions) if (s.touched < cutoff) sessions.delete(id);
  }, 60_000);
  sweep.unref();

  function apply(next: Rules, nextOverrides: RulesPatch): void {
    const nextPrepared = prepare(next, checks);
    rules = next;
    overrides = nextOverrides;
    prepared = nextPrepared;
    void warnAboutTraps();
  }

  /** Trap addresses from rules/checks.yaml are not refused (the file may predate a user), but said. */
  async function warnAboutTraps(): Promise<void> {
    const p = prepared.find((c) => c.check.name === 'spamtrap');
    const addresses = (p?.options as SpamtrapOptions | undefined)?.addresses ?? [];
    if (!p?.enabled || !addresses.length) return;
    try {
      const problems = trapProblems(addresses, config.smtp.localDomains, await store.users.list());
      if (problems.length) log.warn({ problems }, 'spamtrap.addresses: check these trap addresses');
    } catch (err) {
      log.debug({ err: { message: (err as Error).message } }, 'could not check the trap addresses');
    }
  }

  async function reload(): Promise<{ ok: true } | { ok: false; problems: string[] }> {
    try {
      const next = await loadRules(config.rules, config.greylist, checks, overrides);
      apply(next, overrides);
      log.info({ dir: config.rules }, 'rules reloaded');
      return { ok: true };
    } catch (err) {
      const problems = err instanceof RulesError ? err.problems : [(err as Error).message];
      log.error({ problems }, 'rules change refused; the previous rules stay in force');
      return { ok: false, problems };
    }
  }

  // Hot reload: editors write files in several steps, so wait for the dust to settle.
  let watcher: FSWatcher | null = null;
  let debounce: NodeJS.Timeout | undefined;
  if (opts.watch !== false) {
    try {
      watcher = watch(config.rules, () => {
        clearTimeout(debounce);
        debounce = setTimeout(() => void reload(), 300);
      });
      watcher.on('error', (err) => log.warn({ err: { message: err.message } }, 'rules watcher failed; hot reload is off'));
    } catch (err) {
      log.warn({ err: { message: (err as Error).message } }, 'cannot watch rules/; hot reload is off');
    }
  }
  // Another process (a cluster worker's primary, another node on shared Redis) may have changed the
  // overrides through the web UI: pick them up within seconds.
  const poll = setInterval(() => {
    void (async () => {
      try {
        const seen = overrides;
        const stored = (await store.settings.get<RulesPatch>(OVERRIDES_KEY)) ?? {};
        if (JSON.stringify(stored) === JSON.stringify(seen)) return;
        const next = await loadRules(config.rules, config.greylist, checks, stored);
        // a local updateRules() in the meantime is newer than what this poll read
        if (overrides !== seen) return;
        apply(next, stored);
        log.info('rule overrides changed in the store; applied');
      } catch (err) {
        log.debug({ err: { message: (err as Error).message } }, 'rule override poll failed');
      }
    })();
  }, 5_000);
  poll.unref();

  async function messageHits(s: SessionState, recipients: readonly string[]): Promise<{ hits: PhaseHit[]; allow: Set<string>; perRecipient: Set<string> }> {
    const hits = [...(await s.connect), ...s.helo, ...s.mail];
    const allow = new Set<string>();
    const perRecipient = new Set<string>();
    for (const r of recipients) {
      for (const h of s.rcpt.get(r.toLowerCase()) ?? []) {
        if (rules.symbols[h.symbol]?.force === 'accept') {
          allow.add(r.toLowerCase());
          perRecipient.add(h.symbol);
        }
        hits.push(h);
      }
    }
    return { hits, allow, perRecipient };
  }

  /** A recipient that is a spam trap while the spamtrap check is on (rules/checks.yaml or Settings). */
  function isSpamTrap(recipient: string): boolean {
    const p = prepared.find((c) => c.check.name === 'spamtrap');
    return Boolean(p?.enabled) && isTrapAddress((p!.options as SpamtrapOptions).addresses, recipient);
  }

  function connectMayRefuse(): boolean {
    const names = new Set<string>();
    for (const p of prepared) if (p.enabled && p.check.phase === 'connect') for (const sym of [...p.check.symbols, ...(p.check.ruleSymbols?.(rules) ?? [])]) names.add(sym);
    return [...names].some((n) => { const f = rules.symbols[n]?.force; return f === 'reject' || f === 'tempfail'; });
  }

  /** A forced reject/tempfail among pre-DATA hits → the reply for that phase. */
  function phaseReply(hits: PhaseHit[]): SmtpReply | null {
    const scored = scoreHits(rules, hits);
    for (const action of ['reject', 'tempfail'] as const) {
      const by = scored.find((h) => rules.symbols[h.name]?.force === action);
      if (by) return forcedReply(rules, by, action);
    }
    return null;
  }

  let updating: Promise<unknown> = Promise.resolve();
  async function doUpdateRules(patch: RulesPatch, who: string): Promise<void> {
    const parsed = rulesPatchSchema.safeParse(patch);
    if (!parsed.success) throw new RulesError(formatIssues(parsed.error));
    const merged = mergePatch(overrides, parsed.data);
    const files = await readRuleFiles(config.rules);
    const next = buildRules(files, config.greylist, merged);
    const problems = [...unknownOverrideSymbols(next, parsed.data), ...validateAgainstChecks(next, checks)];
    if (parsed.data.spamTraps) problems.push(...trapProblems(parsed.data.spamTraps, config.smtp.localDomains, await store.users.list()).map((p) => `spamTraps: ${p}`));
    if (problems.length) throw new RulesError(problems);
    await store.settings.set(OVERRIDES_KEY, merged);
    apply(next, merged);
    await store.settings.audit({ at: now(), who, what: 'rules.update', detail: parsed.data });
    log.info({ who, patch: parsed.data }, 'rules updated');
  }

  const runtime: PipelineRuntime = {
    async connect(session) {
      const s = state(session);
      const running = runPhase('connect', { session }, prepared, env());
      s.connect = running;
      // Only wait (delaying the banner) when a connect-phase symbol can refuse the client;
      // otherwise the lookups run while the client says EHLO, MAIL and RCPT.
      if (!connectMayRefuse()) return null;
      return phaseReply(await running);
    },
    async helo(session) {
      const s = state(session);
      s.helo = await runPhase('helo', { session }, prepared, env());
      return phaseReply(s.helo);
    },
    async mail(session, mailFrom) {
      const s = state(session);
      s.mail = await runPhase('mail', { session, mailFrom }, prepared, env());
      s.rcpt = new Map();
      s.mailFrom = mailFrom;
      return phaseReply(s.mail);
    },
    async rcpt(session, mailFrom, recipient) {
      const s = state(session);
      let hits = await runPhase('rcpt', { session, mailFrom, recipient }, prepared, env());
      // A recipient who allow-listed the sender is not greylisted (a block still wins over allow).
      // Nor is a spam trap: a spammer who does not retry would leave it nothing to learn from.
      if (hits.some((h) => rules.symbols[h.symbol]?.force === 'accept') || isSpamTrap(recipient)) hits = hits.filter((h) => rules.symbols[h.symbol]?.force !== 'tempfail');
      // Kept even when refused: data() only looks at the recipients it is given (the accepted ones),
      // and `classify` passes the refused one on purpose to report its symbol.
      s.rcpt.set(recipient.toLowerCase(), hits);
      return phaseReply(hits);
    },
    async data(session, envelope, raw) {
      const started = now();
      const s = state(session);
      const parsed = memo(() => parseMessage(raw));
      let authCalled = false;
      const auth = memo(() => {
        authCalled = true;
        return authenticateMessage(config, session, envelope.mailFrom, raw);
      });
      const ctx: DataContext = { session, envelope, raw, parsed, auth };
      const dataHits = await runPhase('data', ctx, prepared, env());
      const { hits, allow, perRecipient } = await messageHits(s, envelope.recipients);
      hits.push(...dataHits);
      let symbols = scoreHits(rules, hits);
      let decision = decide(rules, symbols, { allowed: allow.size, total: envelope.recipients.length }, perRecipient);
      // Greylisting in "suspicious" mode needs the score, so it is decided here, after the verdict.
      const t = rules.thresholds;
      if (rules.greylist.enabled && rules.greylist.mode === 'suspicious' && session.direction === 'inbound' && !session.trusted
        && t.greylist !== null && decision.score >= t.greylist && !decision.forcedBy
        && decision.action !== 'reject' && allow.size === 0) {
        const gl = prepared.find((p) => p.check.name === 'greylist');
        const glOptions = greylistOptionsSchema.parse(gl?.options ?? {});
        let authDomain: string | null = null;
        if (glOptions.keyOnAuthenticatedDomain) {
          try {
            authDomain = (await auth()).authenticatedDomain;
          } catch { /* no auth domain: key on the network */ }
        }
        const res = await greylistGate(store, rules, glOptions, {
          clientIp: session.clientIp, clientHostname: session.clientHostname, mailFrom: envelope.mailFrom,
          recipients: envelope.recipients, authenticatedDomain: authDomain,
        }, now(), log);
        if (res) {
          symbols = scoreHits(rules, [...hits, { symbol: res.symbol, weight: 1, detail: res.detail, check: 'greylist', phase: 'data' as const }]);
          decision = decide(rules, symbols, { allowed: 0, total: envelope.recipients.length });
        }
      }
      let authHeader: string | null = null;
      try {
        // Authentication-Results comes with the auth check: an admin who disabled it gets no header
        // (unless another check asked for the results anyway).
        const authOn = prepared.some((p) => p.check.name === 'auth' && p.enabled);
        // The auth check has already waited for the result within its budget; if that ran out,
        // do not wait again here (a slow DNS must not hold the SMTP client).
        if (session.direction === 'inbound' && (authOn || authCalled)) {
          let timer: NodeJS.Timeout | undefined;
          const late = new Promise<null>((resolve) => { timer = setTimeout(() => resolve(null), authOn ? 250 : 5000); });
          const res = await Promise.race([auth(), late]).finally(() => clearTimeout(timer));
          authHeader = res?.header || null;
        }
      } catch (err) {
        log.debug({ err: { message: (err as Error).message } }, 'authentication failed; no Authentication-Results');
      }
      const headers = spamHeaders(rules, decision.score, decision.action, symbols);
      if (authHeader) headers.push(`Authentication-Results: ${authHeader}`);
      const verdict: Verdict = {
        score: decision.score,
        action: decision.action,
        symbols,
        reply: decision.reply ?? (decision.action === 'reject' ? defaultReply('reject', decision.score) : decision.action === 'tempfail' ? defaultReply('tempfail') : null),
        headers,
        subjectPrefix: decision.action === 'tag' ? rules.subjectPrefix : null,
        allowRecipients: [...allow],
        // a spammer told "refused" drops the address; told 250, it keeps feeding the trap
        silentDiscard: decision.action === 'reject' && symbols.some((x) => x.name === 'SPAMTRAP')
          && envelope.recipients.length > 0 && envelope.recipients.every(isSpamTrap),
      };
      log.debug({ sid: session.id, score: verdict.score, action: verdict.action, symbols: symbols.map((x) => `${x.name}(${x.score})`).join(','), ms: now() - started }, 'verdict');
      if (config.bayes.autolearn.enabled && session.direction === 'inbound') {
        // after the decision, off the reply path: learning never delays or fails the transaction
        const bayesOptions = prepared.find((p) => p.check.name === 'bayes')?.options as BayesCheckOptions | undefined;
        void maybeAutolearn(store, config, { score: verdict.score, action: verdict.action, symbols, forced: decision.forcedBy !== null }, parsed, log, bayesOptions);
      }
      const payee = prepared.find((p) => p.check.name === 'payee-accounts');
      if (payee?.enabled && !opts.dryRun && session.direction === 'inbound' && !session.trusted && verdict.action === 'accept') {
        // the accounts of mail let through are the sender's own from now on (once established); off the reply path
        void parsed().then((view) => rememberPayeeAccounts(store, view, auth, { localDomains: config.smtp.localDomains, rules, options: payee.options as PayeeAccountsOptions }))
          .catch((err: Error) => log.warn({ err: err.message }, 'could not remember the sender\'s bank accounts'));
      }
      return verdict;
    },
    isSpamTrap,
    rules: () => rules,
    updateRules(patch, who) {
      // one at a time: each merges into the overrides the previous one left
      const next = updating.then(() => doUpdateRules(patch, who));
      updating = next.catch(() => undefined);
      return next;
    },
    rescore(symbols, candidate) {
      let r = rules;
      if (candidate) {
        const parsed = rulesPatchSchema.safeParse(candidate);
        if (!parsed.success) throw new RulesError(formatIssues(parsed.error));
        // buildRules needs the files; rebuild from the current effective rules instead.
        r = applyPatchToRules(rules, parsed.data);
      }
      const rescored = creditsBesideAttacks(r, symbols.map(({ uncounted: _, ...h }) => {
        const rule = r.symbols[h.name];
        const factor = h.factor ?? 1;
        const hit: SymbolHit = { ...h, factor, score: rule ? Math.round(rule.weight * factor * 100) / 100 : h.score };
        return hit;
      }));
      const d = decide(r, rescored);
      return { score: d.score, action: d.action, symbols: rescored };
    },
    reload,
    endSession(id) {
      sessions.delete(id);
    },
    async close() {
      clearInterval(sweep);
      clearInterval(poll);
      clearTimeout(debounce);
      watcher?.close();
      sessions.clear();
    },
  };
  return runtime;
}

/** A candidate patch applied over effective rules (what-if preview; nothing persisted). */
export function applyPatchToRules(base: Rules, patch: RulesPatch): Rules {
  const problems: string[] = [];
  // the log keeps each message's symbols, not the message: a new rule has nothing to be replayed on
  if (patch.custom) problems.push('custom: rules cannot be previewed on the message log; save the rule and watch the log');
  const symbols = { ...base.symbols };
  for (const [name, w] of Object.entries(patch.weights ?? {})) {
    if (w === null) continue;
    if (!symbols[name]) problems.push(`weights.${name}: unknown symbol`);
    else symbols[name] = { ...symbols[name], weight: w };
  }
  // who releases a symbol's mail decides whether it is a sign of an attack, which credits do not offset (verdict.ts)
  for (const [name, release] of Object.entries(patch.release ?? {})) {
    if (release === null) continue;
    if (!symbols[name]) problems.push(`release.${name}: unknown symbol`);
    else symbols[name] = { ...symbols[name], release };
  }
  if (problems.length) throw new RulesError(problems);
  const th = { ...base.thresholds };
  for (const k of ['reject', 'quarantine', 'tag', 'greylist'] as const) {
    const v = patch.thresholds?.[k];
    if (v !== undefined) th[k] = v;
  }
  return { ...base, symbols, thresholds: th, subjectPrefix: patch.subjectPrefix !== undefined ? patch.subjectPrefix : base.subjectPrefix };
}

