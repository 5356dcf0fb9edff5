// What-if preview: before new thresholds or weights are saved, rescore the logged symbols of the
// last N days under the rules in force and under the candidate, and show how verdicts move.
import type { RulesPatch } from '../pipeline/index.ts';
import type { Action, TxLogEntry } from '../store/types.ts';
import type { WebRuntime } from './deps.ts';
import { ACTIONS } from './stats.ts';

export interface WhatIfExample { id: string; at: number; from: string; subject: string; before: { score: number; action: Action }; after: { score: number; action: Action } }

export interface WhatIfResult {
  days: number;
  messages: number;
  before: Record<Action, number>;
  after: Record<Action, number>;
  /** "quarantine→reject": count */
  changes: Array<{ from: Action; to: Action; count: number; examples: WhatIfExample[] }>;
  changed: number;
}

const zero = (): Record<Action, number> => ({ accept: 0, tag: 0, quarantine: 0, reject: 0, tempfail: 0 });

export function whatIf(runtime: WebRuntime, entries: readonly TxLogEntry[], patch: RulesPatch, days: number, examplesPer = 5): WhatIfResult {
  const before = zero();
  const after = zero();
  const changes = new Map<string, { from: Action; to: Action; count: number; examples: WhatIfExample[] }>();
  let n = 0;
  // the candidate is checked once even when no logged message is there to replay
  runtime.rescore([], patch);
  for (const e of entries) {
    // greylisting and infrastructure tempfails carry no verdict worth rescoring
    if (e.direction !== 'inbound' || e.action === 'tempfail' || e.symbols.length === 0) continue;
    n++;
    const b = runtime.rescore(e.symbols);
    const a = runtime.rescore(e.symbols, patch);
    before[b.action]++;
    after[a.action]++;
    if (a.action !== b.action) {
      const key = `${b.action}>${a.action}`;
      let c = changes.get(key);
      if (!c) changes.set(key, (c = { from: b.action, to: a.action, count: 0, examples: [] }));
      c.count++;
      if (c.examples.length < examplesPer) {
        c.examples.push({ id: e.id, at: e.at, from: e.from || e.mailFrom, subject: e.subject, before: { score: b.score, action: b.action }, after: { score: a.score, action: a.action } });
      }
    }
  }
  const list = [...changes.values()].sort((x, y) => y.count - x.count || ACTIONS.indexOf(x.from) - ACTIONS.indexOf(y.from));
  return { days, messages: n, before, after, changes: list, changed: list.reduce((s, c) => s + c.count, 0) };
}
