// Live settings (JSON values by key) and the admin audit trail.
import type { AuditEntry, SettingsStore } from '../types.ts';
import { fromJson, type Db } from './db.ts';

export function settingsStore(db: Db): SettingsStore {
  const get = db.prepare<[string], { value: string }>('SELECT value FROM setting WHERE key = ?');
  const set = db.prepare<[string, string]>('INSERT INTO setting (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  const del = db.prepare<[string]>('DELETE FROM setting WHERE key = ?');
  const audit = db.prepare<[number, string, string, string]>('INSERT INTO audit (at, who, what, detail) VALUES (?, ?, ?, ?)');
  const auditLog = db.prepare<[number], { at: number; who: string; what: string; detail: string | null }>(
    'SELECT at, who, what, detail FROM audit ORDER BY seq DESC LIMIT ?');
  return {
    async get<T = unknown>(key: string): Promise<T | null> {
      const r = get.get(key);
      return r ? fromJson<T>(r.value) : null;
    },
    async set(key, value) {
      // undefined/null clears the setting (JSON cannot hold undefined)
      if (value === undefined || value === null) del.run(key);
      else set.run(key, JSON.stringify(value));
    },
    async audit(e) {
      audit.run(e.at, e.who, e.what, JSON.stringify(e.detail ?? null));
    },
    async auditLog(limit) {
      return auditLog.all(limit).map((r): AuditEntry => ({ at: r.at, who: r.who, what: r.what, detail: r.detail === null ? null : fromJson(r.detail) }));
    },
  };
}
