// Page frame: navigation, language switch, logout form. Every page is rendered through html``,
// which escapes whatever it interpolates.
import type { FastifyRequest } from 'fastify';
import { html, type SafeHtml } from '../html.ts';
import { LANGS, LANG_LOCALE, type Lang, type Translate } from '../i18n.ts';
import type { Principal } from '../session.ts';
import type { SymbolHit } from '../../store/types.ts';

export interface ViewCtx {
  t: Translate;
  lang: Lang;
  principal: Principal | null;
  csrf: string;
  path: string;
}

export function viewCtx(req: FastifyRequest): ViewCtx {
  return { t: req.t, lang: req.lang, principal: req.principal, csrf: req.principal?.session?.csrf ?? '', path: req.url };
}

export function csrfField(ctx: ViewCtx): SafeHtml {
  return html`<input type="hidden" name="_csrf" value="${ctx.csrf}">`;
}

function navLink(ctx: ViewCtx, href: string, label: string): SafeHtml {
  // "/admin" (the dashboard) is current only on itself, not on the other admin pages under it
  const nested = href !== '/' && href !== '/admin' && ctx.path.startsWith(href + '/');
  const current = ctx.path === href || nested || ctx.path.startsWith(href + '?');
  return html`<a href="${href}"${current ? html` aria-current="page"` : ''}>${label}</a>`;
}

export function layout(ctx: ViewCtx, title: string, body: SafeHtml, opts: { flash?: string | null; error?: string | null; scripts?: boolean } = {}): SafeHtml {
  const { t, principal: p } = ctx;
  const next = encodeURIComponent(ctx.path);
  return html`<!doctype html>
<html lang="${ctx.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} · mailmoat</title>
<link rel="stylesheet" href="/static/app.css">
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
${opts.scripts ? html`<script src="/static/app.js" defer></script>` : ''}
</head>
<body>
<header class="top">
  <a class="brand" href="/"><img src="/static/favicon.svg" alt="" width="22" height="22"> mailmoat</a>
  ${p ? html`<nav>
    ${navLink(ctx, '/quarantine', t('nav.quarantine'))}
    ${navLink(ctx, '/lists', t('nav.lists'))}
    ${navLink(ctx, '/account', t('nav.account'))}
    ${p.admin ? html`<span class="sep"></span>
    ${navLink(ctx, '/admin', t('nav.dashboard'))}
    ${navLink(ctx, '/admin/log', t('nav.log'))}
    ${navLink(ctx, '/admin/settings', t('nav.settings'))}
    ${navLink(ctx, '/admin/rules', t('nav.rules'))}
    ${navLink(ctx, '/admin/senders', t('nav.senders'))}
    ${navLink(ctx, '/admin/fingerprints', t('nav.fingerprints'))}
    ${navLink(ctx, '/admin/users', t('nav.users'))}` : ''}
  </nav>` : html`<nav></nav>`}
  <div class="right">
    <span class="lang">${LANGS.map((l, i) => html`${i ? ' · ' : ''}${l === ctx.lang ? html`<b lang="${l}">${l.toUpperCase()}</b>` : html`<a href="/lang/${l}?next=${next}" hreflang="${l}" lang="${l}">${l.toUpperCase()}</a>`}`)}</span>
    ${p ? html`<span class="who" title="${p.addresses.join(', ')}">${p.username}</span>
    <form method="post" action="/logout" class="inline">${csrfField(ctx)}<button class="link">${t('nav.logout')}</button></form>` : ''}
  </div>
</header>
<main>
${opts.flash ? html`<p class="flash ok" role="status">${opts.flash}</p>` : ''}
${opts.error ? html`<p class="flash err" role="alert">${opts.error}</p>` : ''}
${body}
</main>
<footer>mailmoat · <a href="/openapi.json">API</a></footer>
</body>
</html>`;
}

export function errorPage(req: FastifyRequest, status: number, message: string): SafeHtml {
  const ctx = viewCtx(req);
  return layout(ctx, String(status), html`<section class="card"><h1>${status}</h1><p>${message}</p><p><a href="/">${ctx.t('error.home')}</a></p></section>`);
}

export function fmtDate(ms: number, lang: Lang): string {
  return new Date(ms).toLocaleString(LANG_LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }) + ' UTC';
}

export function fmtSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  if (n < 1024 ** 3) return `${(n / 1024 / 1024).toFixed(1)} MB`;
  return `${(n / 1024 ** 3).toFixed(2)} GB`;
}

/** What a symbol's row shows after its meaning: the hit's detail, and why a credit was not counted. */
export function symbolNotes(ctx: ViewCtx, s: SymbolHit): SafeHtml {
  return html`${s.detail ? html` <span class="muted">(${s.detail})</span>` : ''}${s.uncounted ? html` <span class="muted uncounted">${ctx.t('msg.uncounted', { symbol: s.uncounted })}</span>` : ''}`;
}

export function scoreClass(score: number): string {
  return score >= 10 ? 'score high' : score >= 5 ? 'score mid' : 'score low';
}

export function pager(ctx: ViewCtx, base: string, params: URLSearchParams, offset: number, limit: number, total: number): SafeHtml {
  if (total <= limit) return html``;
  const link = (off: number) => {
    const q = new URLSearchParams(params);
    q.set('offset', String(off));
    return `${base}?${q.toString()}`;
  };
  return html`<nav class="pager">
    ${offset > 0 ? html`<a href="${link(Math.max(0, offset - limit))}">← ${ctx.t('pager.newer')}</a>` : ''}
    <span>${ctx.t('pager.range', { from: offset + 1, to: Math.min(total, offset + limit), total })}</span>
    ${offset + limit < total ? html`<a href="${link(offset + limit)}">${ctx.t('pager.older')} →</a>` : ''}
  </nav>`;
}
