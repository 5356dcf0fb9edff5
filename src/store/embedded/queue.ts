// Outbound delivery queue: one row per destination domain, all rows of a message sharing one
// body row (keyed by a message id). Leasing is a single write transaction, so two workers (or
// two processes) never get the same item while its lease runs.
import { randomUUID } from 'node:crypto';
import type { QueueItem, QueueStore } from '../types.ts';
import { fromJson, type Db } from './db.ts';

interface Row { data: string; next_attempt_at: number; leased_until: number }
// The columns are authoritative for the two fields lease()/flush() change without rewriting JSON.
const toItem = (r: Row): QueueItem => ({ ...fromJson<QueueItem>(r.data), nextAttemptAt: r.next_attempt_at, leasedUntil: r.leased_until });

export function queueStore(db: Db): QueueStore {
  const insertBody = db.prepare<[string, Buffer]>('INSERT INTO queue_body (msg, body) VALUES (?, ?)');
  const insertItem = db.prepare<[string, string, number, number, number, string]>(
    'INSERT INTO queue_item (id, msg, created_at, next_attempt_at, leased_until, data) VALUES (?, ?, ?, ?, ?, ?)');
  const due = db.prepare<[number, number, number], Row & { id: string }>(`
    SELECT id, data, next_attempt_at, leased_until FROM queue_item
    WHERE next_attempt_at <= ? AND leased_until <= ? ORDER BY next_attempt_at, created_at LIMIT ?`);
  const setLease = db.prepare<[number, string]>('UPDATE queue_item SET leased_until = ? WHERE id = ?');
  const get = db.prepare<[string], Row>('SELECT data, next_attempt_at, leased_until FROM queue_item WHERE id = ?');
  const body = db.prepare<[string], { body: Buffer }>(
    'SELECT b.body FROM queue_item i JOIN queue_body b ON b.msg = i.msg WHERE i.id = ?');
  const update = db.prepare<[number, number, string, string]>(
    'UPDATE queue_item SET next_attempt_at = ?, leased_until = ?, data = ? WHERE id = ?');
  const delItem = db.prepare<[string], { msg: string }>('DELETE FROM queue_item WHERE id = ? RETURNING msg');
  const delOrphanBody = db.prepare<[string, string]>(
    'DELETE FROM queue_body WHERE msg = ? AND NOT EXISTS (SELECT 1 FROM queue_item WHERE msg = ?)');
  const page = db.prepare<[number, number], Row>(
    'SELECT data, next_attempt_at, leased_until FROM queue_item ORDER BY created_at, id LIMIT ? OFFSET ?');
  const count = db.prepare<[], { n: number }>('SELECT count(*) AS n FROM queue_item');
  const flush = db.prepare<[number, number]>(
    'UPDATE queue_item SET next_attempt_at = min(next_attempt_at, ?) WHERE leased_until <= ?');

  const enqueue = db.transaction((items: QueueItem[], data: Buffer) => {
    const msg = randomUUID();
    insertBody.run(msg, data);
    for (const it of items) insertItem.run(it.id, msg, it.createdAt, it.nextAttemptAt, it.leasedUntil, JSON.stringify(it));
  });
  const lease = db.transaction((now: number, leaseUntil: number, limit: number) => {
    const rows = due.all(now, now, limit);
    for (const r of rows) setLease.run(leaseUntil, r.id);
    return rows.map((r) => ({ ...toItem(r), leasedUntil: leaseUntil }));
  });
  const remove = db.transaction((id: string) => {
    const row = delItem.get(id);
    if (!row) return false;
    delOrphanBody.run(row.msg, row.msg);
    return true;
  });
  const list = db.transaction((limit: number, offset: number) => ({ items: page.all(limit, offset).map(toItem), total: count.get()!.n }));

  return {
    async enqueue(items, data) {
      if (items.length) enqueue.immediate(items, data);
    },
    async lease(now, leaseUntil, limit) {
      if (limit <= 0) return [];
      return lease.immediate(now, leaseUntil, limit);
    },
    async get(id) {
      const r = get.get(id);
      return r ? toItem(r) : null;
    },
    async body(id) {
      return body.get(id)?.body ?? null;
    },
    async update(item) {
      update.run(item.nextAttemptAt, item.leasedUntil, JSON.stringify(item), item.id);
    },
    async remove(id) {
      return remove.immediate(id);
    },
    async list(limit, offset) {
      return list.deferred(limit, offset);
    },
    async flush(now) {
      return flush.run(now, now).changes;
    },
  };
}
