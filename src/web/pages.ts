// Server-rendered pages for users (admin pages in admin-pages.ts). Forms post here, are checked
// for the session's CSRF token (the Origin check already ran in the session hook), and redirect
// back with a flash message key (POST-redirect-GET).
import { spamReportAddress } from '../bayes/report.ts';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { addListEntry, ADDRESS_PATTERN, doLogin, doLogout, needStore, parseDate, removeListEntry, userLists } from './api.ts';
import type { WebDeps } from './deps.ts';
import { isLang } from './i18n.ts';
import { htmlBodyDocument, HTML_BODY_CSP, parseForView } from './message.ts';
import { HttpError, adminReleaseReasons, deleteItem, getVisible, releaseAsHam, releaseItem, reportSpam, requestRelease, senderAddress } from './quarantine.ts';
import { currentRules, symbolDescriber } from './rules-view.ts';
import { checkFormToken } from './session.ts';
import { accountPage, listsPage, loginPage, messagePage, quarantinePage } from './views/user.ts';
import { viewCtx } from './views/layout.ts';
import { explainMessage } from './learn.ts';
import { registerAdminPages } from './admin-pages.ts';
import { LANG_KEY } from '../user-lang.ts';

const PAGE = 50;

export function sendPage(reply: FastifyReply, page: { value: string }, status = 200): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').header('cache-control', 'no-store').send(page.value);
}

/** a local path only (no open redirect) */
export function safeNext(v: unknown, fallback = '/'): string {
  return typeof v === 'string' && /^\/(?![/\\])/.test(v) ? v : fallback;
}

export function flashOf(req: FastifyRequest): { flash: string | null; error: string | null } {
  const q = req.query as Record<string, unknown>;
  const ok = typeof q.ok === 'string' && /^[\w.-]{1,40}$/.test(q.ok) ? req.t(`flash.${q.ok}`) : null;
  const err = typeof q.err === 'string' && /^[\w.-]{1,40}$/.test(q.err) ? req.t(`flash.${q.err}`) : null;
  return { flash: ok, error: err };
}

/** pages need a signed-in user; otherwise to the login page and back */
export function pageUser(req: FastifyRequest, reply: FastifyReply, admin = false): boolean {
  if (!req.principal) {
    void reply.redirect(`/login?next=${encodeURIComponent(req.url)}`);
    return false;
  }
  if (admin && !req.principal.admin) throw new HttpError(404, req.t('error.notFound'));
  return true;
}

export function requireFormToken(req: FastifyRequest): void {
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (!checkFormToken(req, body._csrf)) throw new HttpError(403, req.t('error.csrf'));
}

export function registerPages(app: FastifyInstance, deps: WebDeps): void {

  app.get('/', async (req, reply) => reply.redirect(req.principal ? (req.principal.admin ? '/admin' : '/quarantine') : '/login'));

  app.get<{ Params: { lang: string }; Querystring: { next?: string } }>('/lang/:lang', async (req, reply) => {
    if (isLang(req.params.lang)) {
      reply.setCookie('lang', req.params.lang, { path: '/', sameSite: 'lax', httpOnly: true, maxAge: 365 * 86400 });
      // remembered for the user's digest e-mails
      if (req.principal && deps.store) await deps.store.settings.set(LANG_KEY(req.principal.username), req.params.lang);
    }
    return reply.redirect(safeNext(req.query.next));
  });

  app.get<{ Querystring: { next?: string } }>('/login', async (req, reply) => {
    if (req.principal) return reply.redirect(safeNext(req.query.next));
    return sendPage(reply, loginPage(viewCtx(req), { next: safeNext(req.query.next), ldap: Boolean(deps.config?.ldap.url) }));
  });

  app.post<{ Body: { username?: string; password?: string; next?: string } }>('/login', {
    schema: { body: { type: 'object', properties: { username: { type: 'string', maxLength: 320 }, password: { type: 'string', maxLength: 1024 }, next: { type: 'string', maxLength: 2000 } } } },
  }, async (req, reply) => {
    const username = req.body.username ?? '';
    const r = await doLogin(deps, req, reply, username, req.body.password ?? '');
    if (r.status === 200) return reply.redirect(safeNext(req.body.next, r.principal.admin ? '/admin' : '/quarantine'));
    const msg = r.status === 429 ? req.t('login.throttled') : r.status === 403 ? req.t('error.csrf') : req.t('login.bad');
    return sendPage(reply, loginPage(viewCtx(req), { error: msg, username, next: safeNext(req.body.next), ldap: Boolean(deps.config?.ldap.url) }), r.status);
  });

  app.post('/logout', async (req, reply) => {
    if (req.principal) requireFormToken(req);
    await doLogout(deps, req, reply);
    return reply.redirect('/login');
  });

  app.get<{ Querystring: { q?: string; since?: string; until?: string; offset?: string; kind?: string } }>('/quarantine', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    const p = req.principal!;
    const store = needStore(deps);
    const q = (req.query.q ?? '').slice(0, 200);
    const since = (req.query.since ?? '').slice(0, 10);
    const until = (req.query.until ?? '').slice(0, 10);
    const offset = Math.max(0, Number.parseInt(req.query.offset ?? '0', 10) || 0);
    const kind = p.admin && req.query.kind === 'rejected' ? 'rejected' : 'quarantine';
    const res = !p.admin && p.addresses.length === 0
      ? { items: [], total: 0 }
      : await store.quarantine.list({ kind, recipients: p.admin ? undefined : p.addresses, text: q || undefined, since: parseDate(since), until: parseDate(until, true), limit: PAGE, offset });
    return sendPage(reply, quarantinePage(viewCtx(req), { ...res, q, since, until, kind, offset, limit: PAGE, describe: symbolDescriber(deps, req.lang), reportSpamTo: deps.config ? spamReportAddress(deps.config) : null, ...flashOf(req) }));
  });

  app.get<{ Params: { id: string } }>('/quarantine/:id', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    const store = needStore(deps);
    const item = await getVisible(store, req.params.id, req.principal!);
    const body = await store.quarantine.body(item.id);
    const view = body ? await parseForView(body).catch(() => null) : null;
    // admins tune the model, so they see what it made of the message
    const bayes = body && req.principal!.admin ? await explainMessage(store, body, deps) : null;
    const adminRelease = adminReleaseReasons(item, currentRules(deps));
    return sendPage(reply, messagePage(viewCtx(req), item, view, symbolDescriber(deps, req.lang), { ...flashOf(req), bayes, adminRelease }));
  });

  // The HTML body, for the sandboxed iframe only: its own strict CSP, no scripts, nothing remote.
  app.get<{ Params: { id: string } }>('/quarantine/:id/html', async (req, reply) => {
    if (!req.principal) throw new HttpError(404, 'not found');
    const store = needStore(deps);
    const item = await getVisible(store, req.params.id, req.principal);
    const body = await store.quarantine.body(item.id);
    const view = body ? await parseForView(body) : null;
    return reply
      .type('text/html; charset=utf-8')
      .header('content-security-policy', HTML_BODY_CSP)
      .header('x-frame-options', 'SAMEORIGIN')
      .header('cache-control', 'no-store')
      .header('referrer-policy', 'no-referrer')
      .send(htmlBodyDocument(view?.html ?? ''));
  });

  app.get<{ Params: { id: string } }>('/quarantine/:id/raw', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    const store = needStore(deps);
    const item = await getVisible(store, req.params.id, req.principal!);
    const body = await store.quarantine.body(item.id);
    if (!body) throw new HttpError(404, 'not found');
    return reply.type('message/rfc822').header('content-disposition', `attachment; filename="${item.id.replace(/[^\w.-]/g, '_')}.eml"`).send(body);
  });

  app.post<{ Params: { id: string }; Body: { action?: string; _csrf?: string } }>('/quarantine/:id/act', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    requireFormToken(req);
    const p = req.principal!;
    const store = needStore(deps);
    const id = req.params.id;
    const back = (ok: string) => reply.redirect(`/quarantine?ok=${ok}`);
    try {
      switch (req.body.action) {
        case 'release':
          await releaseItem(deps, id, p);
          return back('released');
        case 'release-allow': {
          const item = await getVisible(store, id, p);
          await releaseItem(deps, id, p);
          const sender = senderAddress(item);
          if (sender) await addListEntry(store, p, 'allow', sender);
          return back('releasedAllowed');
        }
        case 'request-release':
          await requestRelease(deps, id, p);
          return reply.redirect(`/quarantine/${encodeURIComponent(id)}?ok=releaseRequested`);
        case 'not-spam':
          await releaseAsHam(deps, id, p);
          return back('learnedHam');
        case 'spam':
          await reportSpam(deps, id, p);
          return back('learnedSpam');
        case 'delete':
          await deleteItem(store, id, p);
          return back('deleted');
        default:
          throw new HttpError(400, 'unknown action');
      }
    } catch (err) {
      if (err instanceof HttpError && err.status === 404) return reply.redirect('/quarantine?err=gone');
      if (err instanceof HttpError && (err.status === 403 || err.status === 409)) return reply.redirect(`/quarantine/${encodeURIComponent(id)}?err=${err.status === 403 ? 'adminOnly' : 'mayRelease'}`);
      if (err instanceof HttpError && err.status >= 500) return reply.redirect(`/quarantine/${encodeURIComponent(id)}?err=relayFailed`);
      throw err;
    }
  });

  app.get('/lists', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    return sendPage(reply, listsPage(viewCtx(req), await userLists(needStore(deps), req.principal!), flashOf(req)));
  });

  app.post<{ Body: { kind?: string; address?: string; _csrf?: string } }>('/lists', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    requireFormToken(req);
    const kind = req.body.kind === 'block' ? 'block' : 'allow';
    const address = (req.body.address ?? '').trim().toLowerCase();
    if (!new RegExp(ADDRESS_PATTERN).test(address) || address.length > 320) return reply.redirect('/lists?err=badAddress');
    await addListEntry(needStore(deps), req.principal!, kind, address);
    return reply.redirect('/lists?ok=listAdded');
  });

  app.post<{ Params: { id: string } }>('/lists/:id/delete', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    requireFormToken(req);
    await removeListEntry(needStore(deps), req.principal!, req.params.id);
    return reply.redirect('/lists?ok=listRemoved');
  });

  app.get('/account', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    const store = needStore(deps);
    const p = req.principal!;
    const user = (await store.users.get(p.username)) ?? { username: p.username, addresses: p.addresses, source: 'local', digest: false, admin: p.admin, passwordHash: null };
    return sendPage(reply, accountPage(viewCtx(req), user, { ...flashOf(req), canChangePassword: Boolean(user.passwordHash) }));
  });

  app.post<{ Body: { digest?: string; _csrf?: string } }>('/account', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    requireFormToken(req);
    const store = needStore(deps);
    const user = await store.users.get(req.principal!.username);
    if (user) await store.users.put({ ...user, digest: req.body.digest === '1' });
    return reply.redirect('/account?ok=saved');
  });

  app.post<{ Body: { current?: string; password?: string; _csrf?: string } }>('/account/password', async (req, reply) => {
    if (!pageUser(req, reply)) return reply;
    requireFormToken(req);
    const store = needStore(deps);
    const user = await store.users.get(req.principal!.username);
    const next = req.body.password ?? '';
    if (!user?.passwordHash || !(await verifyPassword(req.body.current ?? '', user.passwordHash))) return reply.redirect('/account?err=badPassword');
    if (next.length < 8) return reply.redirect('/account?err=shortPassword');
    await store.users.put({ ...user, passwordHash: await hashPassword(next) });
    return reply.redirect('/account?ok=passwordChanged');
  });

  registerAdminPages(app, deps);
}
