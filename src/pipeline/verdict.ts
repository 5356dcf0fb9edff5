// Symbols × weights → score → action. Pure functions: the live pipeline, `classify` and the web
// UI's what-if preview (`rescore`) all decide through `decide()`, so they cannot disagree.
import type { Rules } from '../rules/schema.ts';
import type { Action, SymbolHit } from '../store/types.ts';
import type { PhaseHit } from './runner.ts';
import type { SmtpReply } from './types.ts';

export const round2 = (n: number): number => Math.round(n * 100) / 100;
export const formatScore = (n: number): string => String(round2(n));

/** One line per symbol: the same symbol from several phases/recipients counts once, at its strongest. */
export function scoreHits(rules: Rules, hits: readonly Pick<PhaseHit, 'symbol' | 'weight' | 'detail'>[]): SymbolHit[] {
  const by = new Map<string, SymbolHit>();
  for (const h of hits) {
    const rule = rules.symbols[h.symbol];
    if (!rule) continue;
    const factor = h.weight ?? 1;
    const prev = by.get(h.symbol);
    if (prev) {
      if (factor > (prev.factor ?? 1)) prev.factor = factor;
      if (h.detail && !(prev.detail ?? '').split('; ').includes(h.detail)) prev.detail = prev.detail ? `${prev.detail}; ${h.detail}` : h.detail;
      prev.score = round2(rule.weight * (prev.factor ?? 1));
      continue;
    }
    const hit: SymbolHit = { name: h.symbol, score: round2(rule.weight * factor), factor };
    if (h.detail) hit.detail = h.detail;
    by.set(h.symbol, hit);
  }
  return creditsBesideAttacks(rules, [...by.values()]).sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

/**
 * Signs of an attack are not offset by credits. A symbol only an admin may release (`release:
 * admin`: a macro, an exploit, a phishing link or page) means the message itself is the danger,
 * and the classic way to deliver it is a real conversation with a real partner whose mailbox was
 * broken into (Emotet's and Qakbot's thread hijacking): authenticated, a reply to our own mail, a
 * known correspondent, ordinary business text. Those credits (REPLY −3, KNOWN_SENDER −4,
 * BAYES_HAM −3, DMARC_PASS −1…) took a macro document's +5 to −7 and let it through unmarked.
 * Beside such a sign, built-in and DNSBL credits count 0 (`uncounted` names the sign); the
 * admin's own rules keep their weight, and an allow-list still passes a partner's mail.
 */
export function creditsBesideAttacks(rules: Rules, symbols: SymbolHit[]): SymbolHit[] {
  const attack = symbols.find((h) => h.score > 0 && rules.symbols[h.name]?.release === 'admin');
  if (!attack) return symbols;
  return symbols.map((h) => {
    const source = rules.symbols[h.name]?.source;
    return h.score < 0 && (source === 'symbols.yaml' || source === 'dnsbl.yaml') ? { ...h, score: 0, uncounted: attack.name } : h;
  });
}

export interface Decision {
  score: number;
  action: Action;
  /** the symbol that forced the action, if one did */
  forcedBy: SymbolHit | null;
  reply: SmtpReply | null;
}

const FORCE_ORDER = ['reject', 'tempfail', 'quarantine', 'accept'] as const;

export function parseReply(text: string, detail: string | undefined): SmtpReply {
  // a detail may carry what the sender chose (a file name): an SMTP reply line is printable ASCII
  const safe = (detail ?? '').replace(/[^\x20-\x7e]/g, '?');
  const m = /^([45]\d\d) ([45]\.\d{1,3}\.\d{1,3})(?: (.*))?$/.exec(text.replace(/\{detail\}/g, safe));
  if (!m) return { code: 550, enhanced: '5.7.1', message: text };
  return { code: Number(m[1]), enhanced: m[2]!, message: (m[3] ?? '').trim() || 'Rejected' };
}

export function defaultReply(action: 'reject' | 'tempfail', score?: number): SmtpReply {
  if (action === 'tempfail') return { code: 451, enhanced: '4.7.1', message: 'Try again later' };
  return { code: 550, enhanced: '5.7.1', message: score === undefined ? 'Rejected by policy' : `Message rejected as spam (score ${formatScore(score)})` };
}

/** The reply a forced symbol asks for (its rule's `reply`, else the action's default). */
export function forcedReply(rules: Rules, hit: SymbolHit, action: 'reject' | 'tempfail'): SmtpReply {
  const tpl = rules.symbols[hit.name]?.reply;
  return tpl ? parseReply(tpl, hit.detail) : defaultReply(action);
}

/** Score-based action by the thresholds (greylisting is decided by the pipeline, it needs the store). */
export function thresholdAction(rules: Rules, score: number): Action {
  const t = rules.thresholds;
  if (t.reject !== null && score >= t.reject) return 'reject';
  if (t.quarantine !== null && score >= t.quarantine) return 'quarantine';
  if (t.tag !== null && score >= t.tag) return 'tag';
  return 'accept';
}

/**
 * Where each symbol stands in the rules (symbols.yaml order): of several symbols forcing the same
 * action, the first listed gives the reply, so a virus is named rather than the file type it came in.
 */
const orders = new WeakMap<Rules['symbols'], Map<string, number>>();
function symbolOrder(rules: Rules): Map<string, number> {
  let order = orders.get(rules.symbols);
  if (!order) orders.set(rules.symbols, (order = new Map(Object.keys(rules.symbols).map((name, i) => [name, i]))));
  return order;
}

/**
 * @param symbols message-level symbols (already scored)
 * @param allow  how many of the message's recipients allow-listed the sender, of how many
 */
export function decide(
  rules: Rules, symbols: readonly SymbolHit[], allow: { allowed: number; total: number } = { allowed: 0, total: 1 },
  /** symbols whose `force` was already applied per recipient (RCPT-phase allow) */
  perRecipient: ReadonlySet<string> = new Set(),
): Decision {
  const score = round2(symbols.reduce((s, h) => s + h.score, 0));
  const forced = new Map<string, SymbolHit>();
  const order = symbolOrder(rules);
  for (const h of symbols) {
    if (perRecipient.has(h.name)) continue;
    const f = rules.symbols[h.name]?.force;
    const prev = f && forced.get(f);
    if (f && (!prev || (order.get(h.name) ?? Infinity) < (order.get(prev.name) ?? Infinity))) forced.set(f, h);
  }
  const first = FORCE_ORDER.find((f) => forced.has(f));
  if (first === 'reject' || first === 'tempfail') {
    const by = forced.get(first)!;
    return { score, action: first, forcedBy: by, reply: forcedReply(rules, by, first) };
  }
  // An allow-list skips the spam thresholds (never a forced reject such as a virus).
  if (first === 'accept' || (allow.total > 0 && allow.allowed >= allow.total)) {
    return { score, action: 'accept', forcedBy: first === 'accept' ? forced.get('accept')! : null, reply: null };
  }
  let action = thresholdAction(rules, score);
  let forcedBy: SymbolHit | null = null;
  if (first === 'quarantine' && action !== 'reject') {
    action = 'quarantine';
    forcedBy = forced.get('quarantine')!;
  }
  // Some recipients allow-listed the sender: deliver theirs, hold the others' instead of rejecting all.
  if (action === 'reject' && allow.allowed > 0) action = 'quarantine';
  return { score, action, forcedBy, reply: action === 'reject' ? defaultReply('reject', score) : null };
}

/** X-Spam-* header lines (no CRLF). */
export function spamHeaders(rules: Rules, score: number, action: Action, symbols: readonly SymbolHit[]): string[] {
  const t = rules.thresholds;
  const required = t.tag ?? t.quarantine ?? t.reject;
  const spam = action === 'tag' || action === 'quarantine' || action === 'reject';
  const tests = symbols.map((s) => s.name).sort().join(',') || 'none';
  const lines = [
    `X-Spam-Score: ${formatScore(score)}`,
    `X-Spam-Status: ${spam ? 'Yes' : 'No'}, score=${formatScore(score)} required=${required === null ? 'none' : formatScore(required)} tests=${tests}`,
  ];
  if (action === 'tag' || action === 'quarantine') lines.push('X-Spam-Flag: YES');
  return lines;
}
