// Outbound spam thresholds: the `outbound:` section of rules/actions.yaml (`reject: N`; a score at
// or above N refuses the message, a missing key disables it). Without an `outbound:` section the
// inbound `reject` threshold applies, so a compromised mailbox is stopped out of the box.
// Re-read when the file changes (checked by mtime, at most once a second).
import { statSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

export interface OutboundThresholds { reject: number | null }

interface Cache { mtimeMs: number; checkedAt: number; value: OutboundThresholds }
const caches = new Map<string, Cache>();

export function parseOutboundThresholds(doc: unknown): OutboundThresholds {
  const d = (doc && typeof doc === 'object' ? doc : {}) as Record<string, unknown>;
  const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
  if (d.outbound && typeof d.outbound === 'object') {
    return { reject: num((d.outbound as Record<string, unknown>).reject) };
  }
  return { reject: num(d.reject) };
}

export function outboundThresholds(rulesDir: string, now = Date.now()): OutboundThresholds {
  const file = join(rulesDir, 'actions.yaml');
  const cached = caches.get(file);
  if (cached && now - cached.checkedAt < 1000) return cached.value;
  let mtimeMs = -1;
  try {
    mtimeMs = statSync(file).mtimeMs;
  } catch {
    // no file: keep the defaults below
  }
  if (cached && cached.mtimeMs === mtimeMs) {
    cached.checkedAt = now;
    return cached.value;
  }
  let value: OutboundThresholds = { reject: null };
  try {
    if (mtimeMs >= 0) value = parseOutboundThresholds(parseYaml(readFileSync(file, 'utf8')));
  } catch {
    // a broken file is reported by the rules loader; keep the last good value
    if (cached) value = cached.value;
  }
  caches.set(file, { mtimeMs, checkedAt: now, value });
  return value;
}
