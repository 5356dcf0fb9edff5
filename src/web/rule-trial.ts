// "Try on held mail": a rule from the form run over the newest held messages (the quarantine and
// the kept copies of rejected mail) before it is saved. The what-if preview replays the message
// log's symbols and cannot run a new rule; held mail is the one place the gateway keeps whole
// messages, so there an admin sees whether a rule catches the wave they wrote it for, and what
// it says about each message.
import { formatIssues, type Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { parseMessage } from '../mail/parse.ts';
import { customRulesCheck } from '../pipeline/checks/custom-rules.ts';
import type { DataContext } from '../pipeline/types.ts';
import { customRuleOf, RulesError } from '../rules/load.ts';
import { customRuleSchema, type Rules } from '../rules/schema.ts';
import type { QuarantineItem, Store } from '../store/types.ts';

/** held messages a trial reads, newest first: enough to see a wave, quick to parse (about a millisecond each) */
export const TRIAL_MESSAGES = 500;
/** matches listed by name; the rest are counted */
const TRIAL_SHOWN = 20;

export interface RuleTrial {
  /** held messages read */
  tried: number;
  matched: number;
  /** the newest matches: what the rule says about each */
  examples: Array<{ id: string; kind: QuarantineItem['kind']; subject: string; from: string; receivedAt: number; detail: string }>;
}

/** The rule as Rules would hold it, or RulesError naming each problem under `custom.NAME`. */
function candidate(base: Rules, name: string, input: unknown): Rules {
  const at = `custom.${name || '(no name)'}`;
  const parsed = customRuleSchema.safeParse(input);
  if (!parsed.success) throw new RulesError(formatIssues(parsed.error, at));
  const built = customRuleOf(name, 'web UI', { ...parsed.data, enabled: true }, at);
  if (built.problems.length) throw new RulesError(built.problems);
  return { ...base, symbols: { ...base.symbols, [name]: built.symbol }, custom: [built.rule] };
}

async function newestHeld(store: Store, max: number): Promise<QuarantineItem[]> {
  const [held, rejected] = await Promise.all([
    store.quarantine.list({ kind: 'quarantine', limit: max, offset: 0 }),
    store.quarantine.list({ kind: 'rejected', limit: max, offset: 0 }),
  ]);
  return [...held.items, ...rejected.items].sort((a, b) => b.receivedAt - a.receivedAt).slice(0, max);
}

/** Runs the rule (`input` as the rules file or the API writes one) over the newest held messages. */
export async function tryRule(deps: { config: Config; store: Store; log: Logger; rules: Rules }, name: string, input: unknown, max = TRIAL_MESSAGES): Promise<RuleTrial> {
  const rules = candidate(deps.rules, name, input);
  const { store } = deps;
  const trial: RuleTrial = { tried: 0, matched: 0, examples: [] };
  for (const item of await newestHeld(store, max)) {
    const raw = await store.quarantine.body(item.id);
    if (!raw) continue;
    trial.tried++;
    const view = await parseMessage(raw).catch(() => null);
    if (!view) continue;
    const ctx: DataContext = {
      session: { id: `trial-${item.id}`, direction: item.direction, clientIp: item.clientIp, clientHostname: null, helo: item.helo, tls: false, authUser: null, trusted: false },
      envelope: { mailFrom: item.mailFrom, recipients: item.recipients },
      raw, parsed: async () => view,
      auth: async () => { throw new Error('a rule trial checks no authentication'); },
    };
    const [hit] = await customRulesCheck.run(ctx, { options: {}, config: deps.config, rules, store, log: deps.log, signal: new AbortController().signal });
    if (!hit) continue;
    trial.matched++;
    if (trial.examples.length < TRIAL_SHOWN) trial.examples.push({ id: item.id, kind: item.kind, subject: item.subject, from: item.from || item.mailFrom, receivedAt: item.receivedAt, detail: hit.detail ?? '' });
  }
  return trial;
}
