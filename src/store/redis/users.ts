// Web users (one hash: username → JSON) and sessions (one key each, expiring at expiresAt).
import type { SessionStore, User, UserStore, WebSession } from '../types.ts';
import { parseJson, type Ctx } from './ctx.ts';

export function userStore({ r, k }: Ctx): UserStore {
  const key = k('users');
  return {
    async get(username) {
      return parseJson<User>(await r.hget(key, username));
    },
    async put(user) {
      await r.hset(key, user.username, JSON.stringify(user));
    },
    async delete(username) {
      return (await r.hdel(key, username)) > 0;
    },
    async list() {
      const all = await r.hgetall(key);
      return Object.keys(all).sort().map((u) => JSON.parse(all[u]!) as User);
    },
  };
}

export function sessionStore({ r, k }: Ctx): SessionStore {
  return {
    async put(s) {
      if (s.expiresAt <= Date.now()) return void (await r.del(k(`sess:${s.id}`)));
      await r.set(k(`sess:${s.id}`), JSON.stringify(s), 'PXAT', s.expiresAt);
    },
    async get(id) {
      const s = parseJson<WebSession>(await r.get(k(`sess:${id}`)));
      return s && s.expiresAt > Date.now() ? s : null;
    },
    async delete(id) {
      await r.del(k(`sess:${id}`));
    },
  };
}
