// Live settings (one hash: key → JSON) and the audit trail (a capped list, newest first).
import type { AuditEntry, SettingsStore } from '../types.ts';
import type { Ctx } from './ctx.ts';

const AUDIT_MAX = 100_000;

export function settingsStore({ r, k }: Ctx): SettingsStore {
  const settings = k('settings');
  const audit = k('audit');
  return {
    async get<T = unknown>(key: string): Promise<T | null> {
      const v = await r.hget(settings, key);
      return v === null ? null : (JSON.parse(v) as T);
    },
    async set(key, value) {
      if (value === undefined || value === null) await r.hdel(settings, key);
      else await r.hset(settings, key, JSON.stringify(value));
    },
    async audit(e) {
      await r.multi().lpush(audit, JSON.stringify({ ...e, detail: e.detail ?? null })).ltrim(audit, 0, AUDIT_MAX - 1).exec();
    },
    async auditLog(limit) {
      if (limit <= 0) return [];
      return (await r.lrange(audit, 0, limit - 1)).map((s) => JSON.parse(s) as AuditEntry);
    },
  };
}
