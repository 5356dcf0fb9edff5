// Transaction log: one row per SMTP transaction, searched newest first by the tracking page,
// the dashboard and the what-if preview. The filterable fields are columns; the rest is JSON.
//
// Appends are batched: the rows of FLUSH_MS go in one SQLite transaction instead of one commit
// per SMTP transaction (a commit with its WAL writes and checkpoints was the largest single cost
// of the pass-through path). A row is statistics, so a kill -9 may lose the last FLUSH_MS of
// rows of relayed mail; a row that points to stored mail (quarantine, a rejected copy) is written
// at once, before the client's answer, like the mail itself. Every read flushes first.
import type { TxLogEntry, TxLogQuery, TxLogStore } from '../types.ts';
import { fromJson, type Db } from './db.ts';

type Stmt = ReturnType<Db['prepare']>;

const FLUSH_MS = 20;
const MAX_BATCH = 500;

type Row = [string, number, string, string, string, string, string, string, string];

/** TxLogStore plus flush(): writes the pending rows now (the store calls it before closing). */
export interface EmbeddedTxLogStore extends TxLogStore {
  flush(): void;
}

interface Pending {
  row: Row;
  resolve: () => void;
  reject: (err: unknown) => void;
}

export function txlogStore(db: Db): EmbeddedTxLogStore {
  const insert = db.prepare<Row>(`
    INSERT OR REPLACE INTO txlog (id, at, direction, action, client_ip, mail_from, recipients, subject, data)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const get = db.prepare<[string], { data: string }>('SELECT data FROM txlog WHERE id = ?');
  const expire = db.prepare<[number]>('DELETE FROM txlog WHERE at < ?');
  const insertAll = db.transaction((rows: readonly Row[]) => {
    for (const r of rows) insert.run(...r);
  });

  let pending: Pending[] = [];
  let timer: NodeJS.Timeout | null = null;
  const flush = (): void => {
    if (timer) { clearTimeout(timer); timer = null; }
    if (!pending.length) return;
    const batch = pending;
    pending = [];
    try {
      insertAll(batch.map((p) => p.row));
    } catch (err) {
      for (const p of batch) p.reject(err);
      return;
    }
    for (const p of batch) p.resolve();
  };

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
    if (q.symbol) {
      where.push(`EXISTS (SELECT 1 FROM json_each(data, '$.symbols') WHERE json_extract(value, '$.name') = @symbol)`);
      params.symbol = q.symbol;
    }
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
    append(e) {
      return new Promise<void>((resolve, reject) => {
        // "sender" searches both the envelope sender and the From header
        const row: Row = [e.id, e.at, e.direction, e.action, e.clientIp, `${e.mailFrom}\n${e.from}`, e.recipients.join('\n'), e.subject, JSON.stringify(e)];
        pending.push({ row, resolve, reject });
        if (e.quarantineId !== null || pending.length >= MAX_BATCH) flush();
        else timer ??= setTimeout(flush, FLUSH_MS);
      });
    },
    flush,
    async search(q) {
      flush();
      return search.deferred(q);
    },
    async get(id) {
      flush();
      const r = get.get(id);
      return r ? fromJson<TxLogEntry>(r.data) : null;
    },
    async expire(before) {
      flush();
      return expire.run(before).changes;
    },
  };
}
