// Quarantine (and short-lived copies of rejected mail). Metadata, a per-recipient index and the
// body live in three tables written in one transaction; with synchronous=FULL the commit is on
// disk before put() resolves, which is what lets the SMTP layer answer 250.
import type { QuarantineItem, QuarantineQuery, QuarantineStore } from '../types.ts';
import { normAddr } from '../common.ts';
import { fromJson, type Db } from './db.ts';

type Stmt = ReturnType<Db['prepare']>;

export function quarantineStore(db: Db): QuarantineStore {
  const insert = db.prepare<[string, string, number, number, string, string]>(
    'INSERT OR REPLACE INTO quarantine (id, kind, received_at, expires_at, search, data) VALUES (?, ?, ?, ?, ?, ?)');
  const insertRcpt = db.prepare<[string, string, number]>('INSERT OR IGNORE INTO quarantine_rcpt (rcpt, id, received_at) VALUES (?, ?, ?)');
  const insertBody = db.prepare<[string, Buffer]>('INSERT OR REPLACE INTO quarantine_body (id, body) VALUES (?, ?)');
  const get = db.prepare<[string], { data: string }>('SELECT data FROM quarantine WHERE id = ?');
  const body = db.prepare<[string], { body: Buffer }>('SELECT body FROM quarantine_body WHERE id = ?');
  const delItem = db.prepare<[string], { data: string }>('DELETE FROM quarantine WHERE id = ? RETURNING data');
  const delRcpts = db.prepare<[string]>('DELETE FROM quarantine_rcpt WHERE id = ?');
  const delBody = db.prepare<[string], { body: Buffer }>('DELETE FROM quarantine_body WHERE id = ? RETURNING body');
  const expRcpts = db.prepare<[number]>('DELETE FROM quarantine_rcpt WHERE id IN (SELECT id FROM quarantine WHERE expires_at <= ?)');
  const expBodies = db.prepare<[number]>('DELETE FROM quarantine_body WHERE id IN (SELECT id FROM quarantine WHERE expires_at <= ?)');
  const expItems = db.prepare<[number]>('DELETE FROM quarantine WHERE expires_at <= ?');
  const countAll = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM quarantine');
  const countKind = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM quarantine WHERE kind = ?');

  const put = db.transaction((item: QuarantineItem, data: Buffer) => {
    delRcpts.run(item.id);
    insert.run(item.id, item.kind, item.receivedAt, item.expiresAt, [item.mailFrom, item.from, item.subject].join('\n'), JSON.stringify(item));
    for (const r of item.recipients) insertRcpt.run(r, item.id, item.receivedAt);
    insertBody.run(item.id, data);
  });
  // DELETE … RETURNING inside one write transaction: of two concurrent takers (even in two
  // processes) only the one whose DELETE removed the row gets it.
  const take = db.transaction((id: string) => {
    const row = delItem.get(id);
    if (!row) return null;
    delRcpts.run(id);
    const b = delBody.get(id);
    return { item: fromJson<QuarantineItem>(row.data), body: b?.body ?? Buffer.alloc(0) };
  });
  const del = db.transaction((id: string) => {
    const n = delItem.run(id).changes;
    delRcpts.run(id);
    delBody.run(id);
    return n > 0;
  });
  const expire = db.transaction((now: number) => {
    expRcpts.run(now);
    expBodies.run(now);
    return expItems.run(now).changes;
  });

  // list() statements differ by which filters are present; prepare each shape once.
  const shapes = new Map<string, { page: Stmt; total: Stmt }>();
  const list = (q: QuarantineQuery): { items: QuarantineItem[]; total: number } => {
    const where: string[] = [];
    const params: Record<string, string | number> = { limit: q.limit, offset: q.offset };
    if (q.kind) { where.push('q.kind = @kind'); params.kind = q.kind; }
    if (q.recipients) {
      where.push('q.id IN (SELECT r.id FROM quarantine_rcpt r WHERE r.rcpt IN (SELECT value FROM json_each(@rcpts)))');
      params.rcpts = JSON.stringify(q.recipients.map(normAddr));
    }
    if (q.text) { where.push('mm_icontains(q.search, @text)'); params.text = q.text; }
    if (q.since !== undefined) { where.push('q.received_at >= @since'); params.since = q.since; }
    if (q.until !== undefined) { where.push('q.received_at < @until'); params.until = q.until; }
    const cond = where.length ? `WHERE ${where.join(' AND ')}` : '';
    let s = shapes.get(cond);
    if (!s) {
      s = {
        page: db.prepare(`SELECT q.data FROM quarantine q ${cond} ORDER BY q.received_at DESC, q.id DESC LIMIT @limit OFFSET @offset`),
        total: db.prepare(`SELECT count(*) AS n FROM quarantine q ${cond}`),
      };
      shapes.set(cond, s);
    }
    const { limit: _l, offset: _o, ...filter } = params;
    const items = (s.page.all(params) as Array<{ data: string }>).map((r) => fromJson<QuarantineItem>(r.data));
    const total = (s.total.get(filter) as { n: number }).n;
    return { items, total };
  };
  // one read transaction so the page and the total see the same snapshot
  const listTx = db.transaction(list);

  return {
    async put(item, data) {
      const norm: QuarantineItem = { ...item, recipients: [...new Set(item.recipients.map(normAddr))] };
      put.immediate(norm, data);
    },
    async get(id) {
      const row = get.get(id);
      return row ? fromJson<QuarantineItem>(row.data) : null;
    },
    async body(id) {
      return body.get(id)?.body ?? null;
    },
    async list(q) {
      if (q.recipients && !q.recipients.length) return { items: [], total: 0 };
      return listTx.deferred(q);
    },
    async take(id) {
      return take.immediate(id);
    },
    async delete(id) {
      return del.immediate(id);
    },
    async expire(now) {
      return expire.immediate(now);
    },
    async count(kind) {
      return (kind ? countKind.get(kind) : countAll.get())!.n;
    },
  };
}
