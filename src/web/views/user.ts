// Pages every user sees: sign-in, my quarantine, one message, my lists, my account.
import type { ListEntry, QuarantineItem, SymbolHit } from '../../store/types.ts';
import { html, type SafeHtml } from '../html.ts';
import type { MessageView } from '../message.ts';
import type { Contribution, Explanation } from '../../bayes/learn.ts';
import { csrfField, fmtDate, fmtSize, layout, pager, scoreClass, symbolNotes, type ViewCtx } from './layout.ts';
import { ruleFromMessageLink } from './admin.ts';

export function loginPage(ctx: ViewCtx, opts: { error?: string | null; username?: string; next?: string; ldap: boolean }): SafeHtml {
  const { t } = ctx;
  return layout(ctx, t('login.title'), html`
<section class="card narrow">
  <h1>${t('login.title')}</h1>
  <p class="muted">${opts.ldap ? t('login.hintLdap') : t('login.hint')}</p>
  <form method="post" action="/login" class="stack">
    <input type="hidden" name="next" value="${opts.next ?? '/'}">
    <label>${t('login.username')}<input name="username" autocomplete="username" required autofocus value="${opts.username ?? ''}"></label>
    <label>${t('login.password')}<input name="password" type="password" autocomplete="current-password" required></label>
    <button class="primary" type="submit">${t('login.submit')}</button>
  </form>
</section>`, { error: opts.error });
}

/** the reasons for a verdict, in plain words, strongest first */
export function reasons(ctx: ViewCtx, symbols: SymbolHit[], describe: (n: string) => string | undefined, max = 3): SafeHtml {
  const top = [...symbols].filter((s) => s.score > 0).sort((a, b) => b.score - a.score).slice(0, max);
  if (!top.length) return html`<span class="muted">—</span>`;
  return html`<ul class="reasons">${top.map((s) => html`<li title="${s.name}${s.detail ? ': ' + s.detail : ''}">${explain(ctx, s, describe)}</li>`)}</ul>`;
}

/** symbol → sentence in the user's language (rules/ descriptions), else its name */
export function explain(_ctx: ViewCtx, s: SymbolHit, describe: (n: string) => string | undefined): string {
  return describe(s.name) ?? s.name;
}

export interface QuarantineListOpts {
  items: QuarantineItem[];
  total: number;
  q: string;
  since: string;
  until: string;
  kind: 'quarantine' | 'rejected';
  offset: number;
  limit: number;
  describe: (n: string) => string | undefined;
  /** bayes.reportAddresses.spam[0]: where to forward spam that got through (none configured: null) */
  reportSpamTo: string | null;
  flash?: string | null;
  error?: string | null;
}

export function quarantinePage(ctx: ViewCtx, o: QuarantineListOpts): SafeHtml {
  const { t } = ctx;
  const admin = Boolean(ctx.principal?.admin);
  const params = new URLSearchParams();
  if (o.q) params.set('q', o.q);
  if (o.since) params.set('since', o.since);
  if (o.until) params.set('until', o.until);
  if (o.kind !== 'quarantine') params.set('kind', o.kind);
  return layout(ctx, t('q.title'), html`
<h1>${o.kind === 'rejected' ? t('q.rejectedTitle') : admin ? t('q.allTitle') : t('q.title')}</h1>
<p class="muted">${o.kind === 'rejected' ? t('q.rejectedIntro') : t('q.intro')}</p>
${o.kind === 'quarantine' && o.reportSpamTo ? html`<p class="muted report-hint">${t('q.reportHint')} <a href="mailto:${o.reportSpamTo}">${o.reportSpamTo}</a></p>` : ''}
<form method="get" action="/quarantine" class="filters">
  <label>${t('q.search')}<input type="search" name="q" value="${o.q}" placeholder="${t('q.searchPlaceholder')}"></label>
  <label>${t('q.since')}<input type="date" name="since" value="${o.since}"></label>
  <label>${t('q.until')}<input type="date" name="until" value="${o.until}"></label>
  ${admin ? html`<label>${t('q.kind')}<select name="kind">
    <option value="quarantine"${o.kind === 'quarantine' ? html` selected` : ''}>${t('q.kindQuarantine')}</option>
    <option value="rejected"${o.kind === 'rejected' ? html` selected` : ''}>${t('q.kindRejected')}</option></select></label>` : ''}
  <button type="submit">${t('q.filter')}</button>
</form>
${o.items.length === 0 ? html`<p class="empty">${t('q.empty')}</p>` : html`
<table class="list">
  <thead><tr><th>${t('q.received')}</th><th>${t('q.from')}</th><th>${t('q.subject')}</th>${admin ? html`<th>${t('q.to')}</th>` : ''}<th>${t('q.score')}</th><th>${t('q.why')}</th></tr></thead>
  <tbody>
  ${o.items.map((i) => html`<tr>
    <td class="nowrap">${fmtDate(i.receivedAt, ctx.lang)}</td>
    <td class="from">${i.from || i.mailFrom || '<>'}</td>
    <td><a href="/quarantine/${encodeURIComponent(i.id)}">${i.subject || t('q.noSubject')}</a>${i.releaseRequest ? html` <span class="badge requested" title="${t('msg.requestedBy', { user: i.releaseRequest.by, at: fmtDate(i.releaseRequest.at, ctx.lang) })}">${t('q.releaseRequested')}</span>` : ''}</td>
    ${admin ? html`<td class="small">${i.recipients.join(', ')}</td>` : ''}
    <td><span class="${scoreClass(i.score)}">${i.score.toFixed(1)}</span></td>
    <td>${reasons(ctx, i.symbols, o.describe, 2)}</td>
  </tr>`)}
  </tbody>
</table>
${pager(ctx, '/quarantine', params, o.offset, o.limit, o.total)}`}
`, { flash: o.flash, error: o.error });
}

/** The classifier's reading of a message for admins: the features that pulled each way. */
function bayesSection(ctx: ViewCtx, e: Explanation): SafeHtml {
  const { t } = ctx;
  const family = (f: string): string => { const k = `bayes.family.${f}`; const s = t(k); return s === k ? f : s; };
  const table = (title: string, rows: Contribution[]) => html`<div><h3>${title}</h3>${rows.length
    ? html`<table class="list bayes"><tbody>${rows.map((c) => html`<tr><td class="muted small">${family(c.family)}</td><td>${c.text}</td><td class="num">${c.weight > 0 ? '+' : ''}${c.weight.toFixed(2)}</td></tr>`)}</tbody></table>`
    : html`<p class="empty">–</p>`}</div>`;
  return html`<section class="card">
  <h2>${t('msg.bayes')}</h2>
  <p class="muted small">${t('msg.bayesIntro', { p: e.probability.toFixed(4) })}</p>
  <div class="cols">${table(t('msg.bayesSpam'), e.spam)}${table(t('msg.bayesHam'), e.ham)}</div>
</section>`;
}

export function messagePage(ctx: ViewCtx, item: QuarantineItem, view: MessageView | null, describe: (n: string) => string | undefined,
  opts: { flash?: string | null; error?: string | null; bayes?: Explanation | null; adminRelease?: readonly string[] } = {}): SafeHtml {
  const { t } = ctx;
  // held for signs of phishing or malware (rules: `release: admin`): the user asks, an admin releases
  const adminOnly = !ctx.principal?.admin && (opts.adminRelease?.length ?? 0) > 0;
  const requested = item.releaseRequest ? t('msg.requestedBy', { user: item.releaseRequest.by, at: fmtDate(item.releaseRequest.at, ctx.lang) }) : null;
  const id = encodeURIComponent(item.id);
  const action = (name: string, label: string, cls = '') =>
    html`<form method="post" action="/quarantine/${id}/act" class="inline">${csrfField(ctx)}<input type="hidden" name="action" value="${name}"><button class="${cls}" type="submit">${label}</button></form>`;
  const sorted = [...item.symbols].sort((a, b) => b.score - a.score);
  return layout(ctx, item.subject || t('q.noSubject'), html`
<p><a href="/quarantine">← ${t('msg.back')}</a></p>
<section class="card">
  <h1 class="subject">${item.subject || t('q.noSubject')}</h1>
  <dl class="meta">
    <dt>${t('q.from')}</dt><dd>${view?.from || item.from || item.mailFrom}</dd>
    <dt>${t('msg.envelopeFrom')}</dt><dd>${item.mailFrom || '<>'}</dd>
    <dt>${t('q.to')}</dt><dd>${item.recipients.join(', ')}</dd>
    <dt>${t('q.received')}</dt><dd>${fmtDate(item.receivedAt, ctx.lang)}</dd>
    <dt>${t('msg.expires')}</dt><dd>${fmtDate(item.expiresAt, ctx.lang)}</dd>
    <dt>${t('msg.client')}</dt><dd>${item.clientIp} (${item.helo})</dd>
    <dt>${t('q.score')}</dt><dd><span class="${scoreClass(item.score)}">${item.score.toFixed(2)}</span> · ${t('action.' + item.action)}</dd>
  </dl>
  ${ruleFromMessageLink(ctx, item.subject, view?.from || item.from || item.mailFrom)}
  ${item.kind === 'quarantine' && adminOnly ? html`<p class="flash warn admin-only">${t('msg.adminOnly', { symbols: opts.adminRelease!.join(', ') })}</p>
  ${requested ? html`<p class="muted release-requested">${requested}</p>` : ''}
  <div class="actions">
    ${requested ? '' : action('request-release', t('act.requestRelease'), 'primary')}
    ${action('spam', t('act.spam'))}
    ${action('delete', t('act.delete'), 'danger')}
  </div>` : item.kind === 'quarantine' ? html`${requested ? html`<p class="flash warn release-requested">${requested}</p>` : ''}<div class="actions">
    ${action('release', t('act.release'), 'primary')}
    ${action('release-allow', t('act.releaseAllow'))}
    ${action('not-spam', t('act.notSpam'))}
    ${action('spam', t('act.spam'))}
    ${action('delete', t('act.delete'), 'danger')}
  </div>` : html`<p class="muted">${t('msg.rejectedCopy')}</p>${ctx.principal?.admin ? html`<div class="actions">${action('delete', t('act.delete'), 'danger')}</div>` : ''}`}
</section>
<section class="card">
  <h2>${t('msg.why')}</h2>
  <table class="list symbols"><thead><tr><th>${t('msg.symbol')}</th><th>${t('q.score')}</th><th>${t('msg.meaning')}</th></tr></thead><tbody>
  ${sorted.map((s) => html`<tr><td><code>${s.name}</code></td><td class="num">${s.score.toFixed(2)}</td><td>${explain(ctx, s, describe)}${symbolNotes(ctx, s)}</td></tr>`)}
  </tbody></table>
</section>
${opts.bayes ? bayesSection(ctx, opts.bayes) : ''}
${view ? html`
<section class="card">
  <h2>${t('msg.content')}</h2>
  ${view.html ? html`<p class="muted small">${t('msg.htmlSafe')}</p>
  <iframe class="mailhtml" sandbox="" referrerpolicy="no-referrer" src="/quarantine/${id}/html" title="${t('msg.htmlTitle')}"></iframe>
  <details><summary>${t('msg.textVersion')}</summary><pre class="mailtext">${view.text}</pre></details>` : html`<pre class="mailtext">${view.text}</pre>`}
</section>
<section class="card">
  <h2>${t('msg.attachments')}</h2>
  ${view.attachments.length ? html`<ul class="attachments">${view.attachments.map((a) => html`<li><span class="fname">${a.filename}</span> <span class="muted">${a.mimeType}, ${fmtSize(a.size)}</span></li>`)}</ul>` : html`<p class="muted">${t('msg.noAttachments')}</p>`}
  <p><a class="button" href="/quarantine/${id}/raw" download>${t('msg.downloadRaw')}</a> <span class="muted small">${t('msg.rawWarning')}</span></p>
</section>
<section class="card">
  <details><summary>${t('msg.headers')} (${view.headers.length})</summary>
  <table class="headers">${view.headers.map((h) => html`<tr><th>${h.key}</th><td>${h.value}</td></tr>`)}</table></details>
</section>` : html`<p class="flash err">${t('msg.bodyMissing')}</p>`}
`, opts);
}

export function listsPage(ctx: ViewCtx, entries: ListEntry[], opts: { flash?: string | null; error?: string | null } = {}): SafeHtml {
  const { t } = ctx;
  const section = (kind: 'allow' | 'block') => {
    const rows = entries.filter((e) => e.kind === kind);
    return html`<section class="card half">
      <h2>${t(`lists.${kind}`)}</h2>
      <p class="muted small">${t(`lists.${kind}Help`)}</p>
      ${rows.length ? html`<table class="list"><tbody>${rows.map((e) => html`<tr><td>${e.address}</td><td class="right">
        <form method="post" action="/lists/${encodeURIComponent(e.id)}/delete" class="inline">${csrfField(ctx)}<button class="link danger" type="submit" aria-label="${t('lists.remove')} ${e.address}">${t('lists.remove')}</button></form></td></tr>`)}</tbody></table>`
        : html`<p class="empty">${t('lists.empty')}</p>`}
    </section>`;
  };
  return layout(ctx, t('lists.title'), html`
<h1>${t('lists.title')}</h1>
<p class="muted">${t('lists.intro')}</p>
<form method="post" action="/lists" class="filters">
  ${csrfField(ctx)}
  <label>${t('lists.address')}<input name="address" required placeholder="someone@example.org / @example.org" pattern="^(@[^@\\s]+\\.[^@\\s]+|[^@\\s]+@[^@\\s]+)$"></label>
  <label>${t('lists.kind')}<select name="kind"><option value="allow">${t('lists.allow')}</option><option value="block">${t('lists.block')}</option></select></label>
  <button type="submit" class="primary">${t('lists.add')}</button>
</form>
<div class="cols">${section('allow')}${section('block')}</div>
`, opts);
}

export function accountPage(ctx: ViewCtx, user: { username: string; addresses: string[]; source: string; digest: boolean; admin: boolean }, opts: { flash?: string | null; error?: string | null; canChangePassword: boolean }): SafeHtml {
  const { t } = ctx;
  return layout(ctx, t('account.title'), html`
<h1>${t('account.title')}</h1>
<section class="card">
  <dl class="meta">
    <dt>${t('login.username')}</dt><dd>${user.username}</dd>
    <dt>${t('account.addresses')}</dt><dd>${user.addresses.join(', ') || '—'}</dd>
    <dt>${t('account.source')}</dt><dd>${user.source === 'ldap' ? t('account.ldap') : t('account.local')}${user.admin ? html` · <b>${t('users.admin')}</b>` : ''}</dd>
  </dl>
</section>
<section class="card">
  <h2>${t('account.digest')}</h2>
  <form method="post" action="/account" class="stack">
    ${csrfField(ctx)}
    <label class="check"><input type="checkbox" name="digest" value="1"${user.digest ? html` checked` : ''}> ${t('account.digestHelp')}</label>
    <button type="submit">${t('account.save')}</button>
  </form>
</section>
${opts.canChangePassword ? html`<section class="card">
  <h2>${t('account.password')}</h2>
  <form method="post" action="/account/password" class="stack">
    ${csrfField(ctx)}
    <label>${t('account.current')}<input type="password" name="current" required autocomplete="current-password"></label>
    <label>${t('account.new')}<input type="password" name="password" required minlength="8" autocomplete="new-password"></label>
    <button type="submit">${t('account.change')}</button>
  </form>
</section>` : ''}
`, opts);
}
