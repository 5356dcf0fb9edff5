// Web users and sessions. An expired session reads as absent and is swept lazily.
import type { SessionStore, User, UserStore, WebSession } from '../types.ts';
import { fromJson, type Db } from './db.ts';

export function userStore(db: Db): UserStore {
  const get = db.prepare<[string], { data: string }>('SELECT data FROM user WHERE username = ?');
  const put = db.prepare<[string, string]>('INSERT INTO user (username, data) VALUES (?, ?) ON CONFLICT (username) DO UPDATE SET data = excluded.data');
  const del = db.prepare<[string]>('DELETE FROM user WHERE username = ?');
  const list = db.prepare<[], { data: string }>('SELECT data FROM user ORDER BY username');
  return {
    async get(username) {
      const r = get.get(username);
      return r ? fromJson<User>(r.data) : null;
    },
    async put(user) {
      put.run(user.username, JSON.stringify(user));
    },
    async delete(username) {
      return del.run(username).changes > 0;
    },
    async list() {
      return list.all().map((r) => fromJson<User>(r.data));
    },
  };
}

export function sessionStore(db: Db): SessionStore {
  const put = db.prepare<[string, number, string]>(
    'INSERT INTO session (id, expires_at, data) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET expires_at = excluded.expires_at, data = excluded.data');
  const get = db.prepare<[string, number], { data: string }>('SELECT data FROM session WHERE id = ? AND expires_at > ?');
  const del = db.prepare<[string]>('DELETE FROM session WHERE id = ?');
  return {
    async put(s) {
      put.run(s.id, s.expiresAt, JSON.stringify(s));
    },
    async get(id) {
      const r = get.get(id, Date.now());
      return r ? fromJson<WebSession>(r.data) : null;
    },
    async delete(id) {
      del.run(id);
    },
  };
}
