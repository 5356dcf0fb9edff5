// Transaction log: one row per SMTP transaction, searched newest first by the tracking page,
// the dashboard and the what-if preview. The filterable fields are columns; the rest is JSON.
import type { TxLogEntry, TxLogQuery, TxLogStore } from '../types.ts';
import { fromJson, type Db } from './db.ts';

type Stmt = ReturnType<Db['prepare']>;

export function txlogStore(db: Db): TxLogStore {
  const append = db.prepare<[string, number, string, string, string, string, string, string, string]>(`
    INSERT OR REPLACE INTO txlog (id, at, direction, action, client_ip, mail_from, recipients, subject, data)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const get = db.prepare<[string], { data: string }>('SELECT data FROM txlog WHERE id = ?');
  const expire = db.prepare<[number]>('DELETE FROM txlog WHERE at < ?');

  const shapes = new Map<string, { page: Stmt; total: Stmt }>();
  const search = db.transaction((q: TxLogQuery) => {
    const where: string[] = [];
    const params: Record<string, string | number> = {};
    const eq = (col: string, name: string, v: string | undefined): void => {
      if (v) { where.push(`${col} = @${name}`); params[name] = v; }
    };
    const like = (col: string, name: string, v: string | undefined): void => {
      if (v) { where.push(`mm_icontains(${col}, @${name})`); params[name] = v; }
    };
    eq('direction', 'direction', q.direction);
    eq('action', 'action', q.action);
    like('mail_from', 'sender', q.sender);
    like('recipients', 'recipient', q.recipient);
    like('subject', 'subject', q.subject);
    like('client_ip', 'ip', q.ip);
    if (q.since !== undefined) { where.push('at >= @since'); params.since = q.since; }
    if (q.until !== undefined) { where.push('at < @until'); params.until = q.until; }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    let s = shapes.get(cond);
    if (!s) {
      s = {
        page: db.prepare(`SELECT data FROM txlog ${cond} ORDER BY at DESC, rowid DESC LIMIT @limit OFFSET @offset`),
        total: db.prepare(`SELECT count(*) AS n FROM txlog ${cond}`),
      };
      shapes.set(cond, s);
    }
    const items = (s.page.all({ ...params, limit: q.limit, offset: q.offset }) as Array<{ data: string }>).map((r) => fromJson<TxLogEntry>(r.data));
    return { items, total: (s.total.get(params) as { n: number }).n };
  });

  return {
    async append(e) {
      // "sender" searches both the envelope sender and the From header
      append.run(e.id, e.at, e.direction, e.action, e.clientIp, `${e.mailFrom}\n${e.from}`, e.recipients.join('\n'), e.subject, JSON.stringify(e));
    },
    async search(q) {
      return search.deferred(q);
    },
    async get(id) {
      const r = get.get(id);
      return r ? fromJson<TxLogEntry>(r.data) : null;
    },
    async expire(before) {
      return expire.run(before).changes;
    },
  };
}
