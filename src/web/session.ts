// Who is asking: a session cookie (browsers) or `Authorization: Bearer <admin.apiToken>` (scripts).
// CSRF: a state-changing request authenticated by the cookie must carry our own Origin (403
// otherwise); HTML forms also carry the session's token. Bearer requests are not CSRF-able.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';
import type { Store, User, WebSession } from '../store/types.ts';
import { pickLang, translator, type Lang, type Translate } from './i18n.ts';

export const SESSION_COOKIE = 'mailmoat_sid';

export interface Principal {
  username: string;
  admin: boolean;
  addresses: string[];
  via: 'cookie' | 'token';
  session: WebSession | null;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
    lang: Lang;
    t: Translate;
  }
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

export function ownOrigin(req: FastifyRequest, config: Config | undefined): string {
  if (config?.web.publicUrl) return new URL(config.web.publicUrl).origin;
  return `${req.protocol}://${req.headers.host ?? ''}`;
}

/** true when the request's Origin (or, lacking it, Referer) is ours */
export function sameOrigin(req: FastifyRequest, config: Config | undefined): boolean {
  const own = ownOrigin(req, config);
  const origin = req.headers.origin;
  if (typeof origin === 'string' && origin !== 'null') return origin === own || origin === `${req.protocol}://${req.headers.host ?? ''}`;
  return false;
}

export async function createSession(store: Store, config: Config | undefined, user: User): Promise<WebSession> {
  const ttl = (config?.web.sessionTtl ?? 8 * 3600) * 1000;
  const session: WebSession = {
    id: randomBytes(32).toString('base64url'),
    username: user.username,
    admin: user.admin,
    addresses: user.addresses,
    csrf: randomBytes(24).toString('base64url'),
    expiresAt: Date.now() + ttl,
  };
  await store.sessions.put(session);
  return session;
}

export function setSessionCookie(reply: FastifyReply, config: Config | undefined, session: WebSession): void {
  reply.setCookie(SESSION_COOKIE, session.id, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: Boolean(config?.web.tls) || Boolean(config?.web.publicUrl?.startsWith('https:')),
    maxAge: Math.max(1, Math.floor((session.expiresAt - Date.now()) / 1000)),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

export function registerSession(app: FastifyInstance, store: Store | undefined, config: Config | undefined): void {
  app.decorateRequest('principal', null);
  app.decorateRequest('lang', 'en');
  app.decorateRequest('t', (k: string) => k);

  app.addHook('onRequest', async (req, reply) => {
    req.lang = pickLang(req.cookies.lang, req.headers['accept-language']);
    req.t = translator(req.lang);
    req.principal = null;
    const auth = req.headers.authorization;
    if (auth && /^Bearer\s+/i.test(auth)) {
      const token = auth.replace(/^Bearer\s+/i, '').trim();
      const expected = config?.admin.apiToken;
      if (expected && safeEqual(token, expected)) {
        req.principal = { username: config!.admin.username, admin: true, addresses: [], via: 'token', session: null };
        return;
      }
      // a wrong token is an error for the API; monitoring with a stale header still gets /healthz
      if (req.url.startsWith('/api/')) return reply.code(401).send({ error: 'invalid API token' });
      return;
    }
    const sid = req.cookies[SESSION_COOKIE];
    if (sid && store) {
      const s = await store.sessions.get(sid);
      if (s && s.expiresAt > Date.now()) {
        const user = await store.users.get(s.username);
        if (user && !user.disabled) {
          // admin flag and addresses follow the user record, so "make admin"/"disable" act at once
          req.principal = { username: s.username, admin: user.admin, addresses: user.addresses, via: 'cookie', session: s };
        } else {
          await store.sessions.delete(sid);
        }
      }
    }
    if (UNSAFE.has(req.method) && req.principal?.via === 'cookie' && !sameOrigin(req, config)) {
      return reply.code(403).send({ error: 'cross-origin request refused' });
    }
  });
}

/** forms: the hidden _csrf field must equal the session's token */
export function checkFormToken(req: FastifyRequest, token: unknown): boolean {
  const s = req.principal?.session;
  if (req.principal?.via === 'token') return true;
  return Boolean(s && typeof token === 'string' && safeEqual(token, s.csrf));
}
