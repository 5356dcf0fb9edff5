// The JSON API (contract: HTTP section). Route schemas are the validation and the OpenAPI docs.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Store } from '../store/types.ts';
import { authenticate, normalizeUsername } from '../auth/users.ts';
import type { WebDeps } from './deps.ts';
import { parseForView } from './message.ts';
import { HttpError, deleteItem, getVisible, listOwner, releaseAsHam, releaseItem, reportSpam, requestRelease, senderAddress, summary, visibleRecipients } from './quarantine.ts';
import { clearSessionCookie, createSession, sameOrigin, setSessionCookie, SESSION_COOKIE, type Principal } from './session.ts';
import { explainMessage } from './learn.ts';
import { symbolDescriber } from './rules-view.ts';
import { LANG_KEY } from '../user-lang.ts';

// per IP is looser: a whole office may sit behind one NAT address
export const LOGIN_LIMITS = { perAccount: 5, perIp: 30, windowSeconds: 900 };
export const BAD_LOGIN = 'invalid username or password';

const idParam = { type: 'object', required: ['id'], properties: { id: { type: 'string', minLength: 1, maxLength: 200 } } } as const;
const errorSchema = { type: 'object', properties: { error: { type: 'string' } } } as const;
const symbolSchema = {
  type: 'object',
  properties: { name: { type: 'string' }, score: { type: 'number' }, detail: { type: 'string' }, description: { type: 'string' } },
} as const;
export const quarantineSummarySchema = {
  type: 'object',
  properties: {
    id: { type: 'string' }, kind: { type: 'string' }, from: { type: 'string' }, mailFrom: { type: 'string' },
    to: { type: 'array', items: { type: 'string' } }, subject: { type: 'string' }, score: { type: 'number' },
    action: { type: 'string' }, symbols: { type: 'array', items: symbolSchema },
    receivedAt: { type: 'string', format: 'date-time' }, expiresAt: { type: 'string', format: 'date-time' },
    size: { type: 'integer' }, clientIp: { type: 'string' },
    releaseRequest: { type: 'object', properties: { by: { type: 'string' }, at: { type: 'string', format: 'date-time' } } },
  },
} as const;
const listEntrySchema = {
  type: 'object',
  properties: { id: { type: 'string' }, kind: { type: 'string', enum: ['allow', 'block'] }, address: { type: 'string' }, createdAt: { type: 'string' } },
} as const;
export const ADDRESS_PATTERN = '^(@[^@\\s]+\\.[^@\\s]+|[^@\\s]+@[^@\\s]+)$';

export function requireUser(req: FastifyRequest): Principal {
  if (!req.principal) throw new HttpError(401, 'login required');
  return req.principal;
}
export function requireAdmin(req: FastifyRequest): Principal {
  const p = requireUser(req);
  if (!p.admin) throw new HttpError(403, 'admin only');
  return p;
}
export function needStore(deps: WebDeps): Store {
  if (!deps.store) throw new HttpError(503, 'store not ready');
  return deps.store;
}

/** throttling state for a login attempt; returns true when it must be refused with 429 */
export async function loginThrottled(store: Store, username: string, ip: string): Promise<boolean> {
  const now = Date.now();
  const [u, i] = await Promise.all([store.counters.peek(`login:user:${normalizeUsername(username)}`, now), store.counters.peek(`login:ip:${ip}`, now)]);
  return u >= LOGIN_LIMITS.perAccount || i >= LOGIN_LIMITS.perIp;
}
export async function loginFailed(store: Store, username: string, ip: string): Promise<void> {
  const now = Date.now();
  await Promise.all([
    store.counters.hit(`login:user:${normalizeUsername(username)}`, LOGIN_LIMITS.windowSeconds, now),
    store.counters.hit(`login:ip:${ip}`, LOGIN_LIMITS.windowSeconds, now),
  ]);
}

export type LoginResult = { status: 200; principal: Principal } | { status: 401 | 429 | 403; error: string };

/** shared by POST /api/login and the login form: throttle, verify, rotate the session id */
export async function doLogin(deps: WebDeps, req: FastifyRequest, reply: FastifyReply, username: string, password: string): Promise<LoginResult> {
  const store = needStore(deps);
  if (req.headers.origin && !sameOrigin(req, deps.config)) return { status: 403, error: 'cross-origin request refused' };
  if (await loginThrottled(store, username, req.ip)) return { status: 429, error: 'too many failed logins; try again later' };
  const outcome = await authenticate(store, deps.config!, username, password, deps.log);
  if (!outcome.ok) {
    await loginFailed(store, username, req.ip);
    deps.log?.info({ username: normalizeUsername(username), ip: req.ip, reason: outcome.reason }, 'web login failed');
    return { status: 401, error: BAD_LOGIN };
  }
  await store.counters.reset(`login:user:${normalizeUsername(username)}`);
  // a fresh id at every login (no fixation); the old session, if any, is destroyed
  const old = req.cookies[SESSION_COOKIE];
  if (old) await store.sessions.delete(old);
  const session = await createSession(store, deps.config, outcome.user);
  setSessionCookie(reply, deps.config, session);
  deps.log?.info({ username: outcome.user.username, ip: req.ip }, 'web login');
  await store.settings.set(LANG_KEY(outcome.user.username), req.lang); // the language of their digest e-mails
  const principal: Principal = { username: outcome.user.username, admin: outcome.user.admin, addresses: outcome.user.addresses, via: 'cookie', session };
  return { status: 200, principal };
}

export async function doLogout(deps: WebDeps, req: FastifyRequest, reply: FastifyReply): Promise<void> {
  const sid = req.cookies[SESSION_COOKIE];
  if (sid && deps.store) await deps.store.sessions.delete(sid);
  clearSessionCookie(reply);
}

interface QuarantineQs { q?: string; since?: string; until?: string; limit?: number; offset?: number; kind?: 'quarantine' | 'rejected' }

export function parseDate(v: string | undefined, endOfDay = false): number | undefined {
  if (!v) return undefined;
  const t = /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(v + (endOfDay ? 'T23:59:59.999Z' : 'T00:00:00Z')) : Date.parse(v);
  return Number.isFinite(t) ? t : undefined;
}

export function registerApi(app: FastifyInstance, deps: WebDeps): void {

  app.post<{ Body: { username: string; password: string } }>('/api/login', {
    schema: {
      tags: ['auth'], summary: 'Log in; sets the HttpOnly session cookie',
      body: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string', minLength: 1, maxLength: 320 }, password: { type: 'string', maxLength: 1024 } } },
      response: { 200: { type: 'object', properties: { username: { type: 'string' }, admin: { type: 'boolean' }, addresses: { type: 'array', items: { type: 'string' } } } }, 401: errorSchema, 429: errorSchema },
    },
  }, async (req, reply) => {
    const r = await doLogin(deps, req, reply, req.body.username, req.body.password);
    if (r.status !== 200) return reply.code(r.status).send({ error: r.error });
    return { username: r.principal.username, admin: r.principal.admin, addresses: r.principal.addresses };
  });

  app.post('/api/logout', { schema: { tags: ['auth'], summary: 'Log out; destroys the session' } }, async (req, reply) => {
    await doLogout(deps, req, reply);
    return { ok: true };
  });

  app.get('/api/me', { schema: { tags: ['auth'], summary: 'The signed-in user' } }, async (req) => {
    const p = requireUser(req);
    return { username: p.username, admin: p.admin, addresses: p.addresses };
  });

  app.get<{ Querystring: QuarantineQs }>('/api/quarantine', {
    schema: {
      tags: ['quarantine'], summary: "The user's quarantined messages (an admin sees all), newest first. Total count in X-Total-Count.",
      querystring: {
        type: 'object',
        properties: {
          q: { type: 'string', maxLength: 200, description: 'search sender and subject' },
          since: { type: 'string', maxLength: 40 }, until: { type: 'string', maxLength: 40 },
          limit: { type: 'integer', minimum: 1, maximum: 500, default: 100 }, offset: { type: 'integer', minimum: 0, default: 0 },
          kind: { type: 'string', enum: ['quarantine', 'rejected'], description: 'admins only: rejected = short-lived copies of rejected mail' },
        },
      },
      response: { 200: { type: 'array', items: quarantineSummarySchema } },
    },
  }, async (req, reply) => {
    const p = requireUser(req);
    const store = needStore(deps);
    if (!p.admin && p.addresses.length === 0) return reply.header('x-total-count', '0').send([]);
    const res = await store.quarantine.list({
      kind: p.admin ? (req.query.kind ?? 'quarantine') : 'quarantine',
      recipients: p.admin ? undefined : p.addresses,
      text: req.query.q || undefined,
      since: parseDate(req.query.since),
      until: parseDate(req.query.until, true),
      limit: req.query.limit ?? 100,
      offset: req.query.offset ?? 0,
    });
    reply.header('x-total-count', String(res.total));
    return res.items.filter((i) => canSeeList(i, p)).map((i) => summary(i, p, symbolDescriber(deps, req.lang)));
  });

  app.get<{ Params: { id: string } }>('/api/quarantine/:id', {
    schema: { tags: ['quarantine'], summary: "One message's details; 404 for a message that is not the user's", params: idParam, response: { 404: errorSchema } },
  }, async (req) => {
    const p = requireUser(req);
    const store = needStore(deps);
    const item = await getVisible(store, req.params.id, p);
    const body = await store.quarantine.body(item.id);
    const view = body ? await parseForView(body) : null;
    const bayes = body && p.admin ? await explainMessage(store, body, deps) : null;
    return {
      ...summary(item, p, symbolDescriber(deps, req.lang)),
      helo: item.helo,
      headers: view?.headers ?? [],
      text: view?.text ?? '',
      html: view?.html ?? null,
      attachments: view?.attachments ?? [],
      // for admins, once the model is trained: the features that weighed most each way
      ...(p.admin ? { bayes: bayes && { probability: bayes.probability, spam: bayes.spam, ham: bayes.ham } } : {}),
    };
  });

  app.get<{ Params: { id: string } }>('/api/quarantine/:id/raw', {
    schema: { tags: ['quarantine'], summary: 'The raw message (message/rfc822)', params: idParam },
  }, async (req, reply) => {
    const p = requireUser(req);
    const store = needStore(deps);
    const item = await getVisible(store, req.params.id, p);
    const body = await store.quarantine.body(item.id);
    if (!body) throw new HttpError(404, 'not found');
    return reply.header('content-type', 'message/rfc822').header('content-disposition', `attachment; filename="${item.id.replace(/[^\w.-]/g, '_')}.eml"`).send(body);
  });

  const actionRoute = (path: string, summaryText: string, handler: (p: Principal, id: string) => Promise<Record<string, unknown>>) =>
    app.post<{ Params: { id: string } }>(`/api/quarantine/:id/${path}`, {
      schema: { tags: ['quarantine'], summary: summaryText, params: idParam, response: { 403: errorSchema, 404: errorSchema, 409: errorSchema } },
    }, async (req) => handler(requireUser(req), req.params.id));

  actionRoute('release', 'Relays it to the backend and removes it from quarantine (exactly once)', async (p, id) => {
    const r = await releaseItem(deps, id, p);
    deps.log?.info({ id, by: p.username, recipients: r.recipients }, 'quarantine release');
    return { released: true, recipients: r.recipients };
  });
  actionRoute('release-allow', 'Releases it and adds the sender to the allow list', async (p, id) => {
    const store = needStore(deps);
    const item = await getVisible(store, id, p);
    const sender = senderAddress(item);
    const r = await releaseItem(deps, id, p);
    if (sender) await addListEntry(store, p, 'allow', sender);
    return { released: true, recipients: r.recipients, allowed: sender };
  });
  actionRoute('request-release', 'Asks the admins to release a message only they may release (held for signs of phishing or malware)', async (p, id) => {
    const r = await requestRelease(deps, id, p);
    return { requested: true, at: new Date(r.item.releaseRequest!.at).toISOString(), adminsMailed: r.adminsMailed };
  });
  actionRoute('delete', 'Deletes it', async (p, id) => {
    await deleteItem(needStore(deps), id, p);
    deps.log?.info({ id, by: p.username }, 'quarantine delete');
    return { deleted: true };
  });
  actionRoute('not-spam', 'Trains the Bayes classifier as ham and releases it', async (p, id) => {
    const r = await releaseAsHam(deps, id, p);
    return { learned: r.learned, released: true, recipients: r.recipients };
  });
  actionRoute('spam', 'Trains the Bayes classifier as spam, blocks its fingerprint, and deletes it', async (p, id) => {
    const r = await reportSpam(deps, id, p);
    return { learned: r.learned, deleted: true };
  });

  app.get('/api/lists', {
    schema: { tags: ['lists'], summary: "The user's own sender allow and block lists", response: { 200: { type: 'array', items: listEntrySchema } } },
  }, async (req) => {
    const p = requireUser(req);
    return (await userLists(needStore(deps), p)).map((e) => ({ id: e.id, kind: e.kind, address: e.address, createdAt: new Date(e.createdAt).toISOString() }));
  });

  app.post<{ Body: { kind: 'allow' | 'block'; address: string } }>('/api/lists', {
    schema: {
      tags: ['lists'], summary: 'Adds an address or @domain to the allow or block list',
      body: { type: 'object', required: ['kind', 'address'], properties: { kind: { type: 'string', enum: ['allow', 'block'] }, address: { type: 'string', minLength: 3, maxLength: 320, pattern: ADDRESS_PATTERN } } },
      response: { 201: listEntrySchema },
    },
  }, async (req, reply) => {
    const p = requireUser(req);
    const e = await addListEntry(needStore(deps), p, req.body.kind, req.body.address);
    return reply.code(201).send({ id: e.id, kind: e.kind, address: e.address, createdAt: new Date(e.createdAt).toISOString() });
  });

  app.delete<{ Params: { id: string } }>('/api/lists/:id', {
    schema: { tags: ['lists'], summary: 'Removes an entry', params: idParam, response: { 404: errorSchema } },
  }, async (req) => {
    const p = requireUser(req);
    if (!(await removeListEntry(needStore(deps), p, req.params.id))) throw new HttpError(404, 'not found');
    return { deleted: true };
  });
}

function canSeeList(item: Parameters<typeof visibleRecipients>[0], p: Principal): boolean {
  return p.admin || visibleRecipients(item, p).length > 0;
}

/** owners of a user's list entries: every address of theirs (aliases too); the admin token edits the global list */
export function listOwners(p: Principal): string[] {
  const owners = p.addresses.map((a) => a.toLowerCase());
  return owners.length ? owners : [listOwner(p)];
}

export async function userLists(store: Store, p: Principal) {
  const all = (await Promise.all(listOwners(p).map((o) => store.lists.list(o)))).flat();
  const seen = new Set<string>();
  return all.filter((e) => {
    const k = `${e.kind}\0${e.address}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  }).sort((a, b) => b.createdAt - a.createdAt);
}

/** the entry is written for each of the user's addresses, so mail to an alias obeys it too */
export async function addListEntry(store: Store, p: Principal, kind: 'allow' | 'block', address: string) {
  const addr = address.trim().toLowerCase();
  const existing = (await userLists(store, p)).find((e) => e.address === addr && e.kind === kind);
  if (existing) return existing;
  // an address cannot be on both lists of one user
  for (const e of await userLists(store, p)) if (e.address === addr) await removeListEntry(store, p, e.id);
  const added = await Promise.all(listOwners(p).map((o) => store.lists.add(o, kind, addr)));
  return added[0]!;
}

export async function removeListEntry(store: Store, p: Principal, id: string): Promise<boolean> {
  const owners = listOwners(p);
  const entries = (await Promise.all(owners.map((o) => store.lists.list(o)))).flat();
  const target = entries.find((e) => e.id === id);
  if (!target) return false;
  const twins = entries.filter((e) => e.kind === target.kind && e.address === target.address);
  await Promise.all(twins.map((e) => store.lists.remove(e.owner, e.id)));
  return true;
}
