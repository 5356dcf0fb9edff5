// One-click links from the digest. GET shows a confirmation button (link scanners in mail systems
// fetch URLs, and must not release mail); the POST acts on behalf of the token's user, once.
import type { FastifyInstance } from 'fastify';
import { html } from '../web/html.ts';
import type { WebDeps } from '../web/deps.ts';
import { addListEntry } from '../web/api.ts';
import { HttpError, getVisible, releaseItem, senderAddress } from '../web/quarantine.ts';
import { sendPage } from '../web/pages.ts';
import type { Principal } from '../web/session.ts';
import { layout, viewCtx } from '../web/views/layout.ts';
import { consumeToken, linkSecret, verifyToken } from './token.ts';

export function registerDigestRoutes(app: FastifyInstance, deps: WebDeps): void {
  const check = async (token: string) => {
    if (!deps.store || token.length > 2000) return null;
    const t = verifyToken(await linkSecret(deps.store, deps.config), token);
    if (!t) return null;
    if ((await deps.store.counters.peek(`digest:used:${t.n}:${t.id}`, Date.now())) > 0) return null;
    const user = await deps.store.users.get(t.u);
    if (!user || user.disabled) return null;
    const p: Principal = { username: user.username, admin: false, addresses: user.addresses, via: 'token', session: null };
    const item = await deps.store.quarantine.get(t.id);
    if (!item) return null;
    return { t, p, item };
  };

  app.get<{ Params: { token: string } }>('/d/:token', async (req, reply) => {
    const c = await check(req.params.token);
    const ctx = viewCtx(req);
    if (!c) return sendPage(reply, layout(ctx, ctx.t('digest.confirmTitle'), html`<section class="card narrow"><p>${ctx.t('flash.linkExpired')}</p><p><a href="/quarantine">${ctx.t('digest.open')}</a></p></section>`), 410);
    return sendPage(reply, layout(ctx, ctx.t('digest.confirmTitle'), html`<section class="card narrow">
      <h1>${ctx.t('digest.confirmTitle')}</h1>
      <p>${ctx.t(c.t.a === 'allow' ? 'digest.confirmAllow' : 'digest.confirmRelease')}</p>
      <p><b>${c.item.subject}</b><br><span class="muted">${c.item.from || c.item.mailFrom}</span></p>
      <form method="post" action="/d/${req.params.token}"><button class="primary" type="submit">${ctx.t(c.t.a === 'allow' ? 'digest.allow' : 'digest.release')}</button></form>
    </section>`));
  });

  app.post<{ Params: { token: string } }>('/d/:token', async (req, reply) => {
    const c = await check(req.params.token);
    const ctx = viewCtx(req);
    const done = (msg: string, status = 200) => sendPage(reply, layout(ctx, ctx.t('digest.confirmTitle'), html`<section class="card narrow"><p>${msg}</p><p><a href="/quarantine">${ctx.t('digest.open')}</a></p></section>`), status);
    if (!c) return done(ctx.t('flash.linkExpired'), 410);
    try {
      const item = await getVisible(deps.store!, c.t.id, c.p);
      await releaseItem(deps, c.t.id, c.p);
      if (c.t.a === 'allow') {
        const sender = senderAddress(item);
        if (sender) await addListEntry(deps.store!, c.p, 'allow', sender);
      }
      await consumeToken(deps.store!, c.t);
      deps.log?.info({ id: c.t.id, by: c.p.username, action: c.t.a }, 'released from digest link');
      return done(ctx.t(c.t.a === 'allow' ? 'flash.releasedAllowed' : 'flash.released'));
    } catch (err) {
      if (err instanceof HttpError && err.status === 404) return done(ctx.t('flash.gone'), 410);
      if (err instanceof HttpError && err.status === 403) return done(ctx.t('flash.adminOnly'), 403);
      if (err instanceof HttpError && err.status >= 500) return done(ctx.t('flash.relayFailed'), 502);
      throw err;
    }
  });
}
