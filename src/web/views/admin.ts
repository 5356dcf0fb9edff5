// Admin pages: dashboard, message log, settings with what-if, learned senders, users.
import type { BayesStatus } from '../../bayes/status.ts';
import type { BlockedReport } from '../../fuzzy/block.ts';
import { SCRIPT_NAMES, type ScriptName } from '../../content/scripts.ts';
import type { Rules } from '../../pipeline/index.ts';
import { allowExtensionsOf, blockedExtensionsOf, okScriptsOf, spamTrapsOf } from '../rules-view.ts';
import { FORM_FIELDS, FORM_FORCES, ruleYaml, type CustomRuleForm } from '../custom-rule-form.ts';
import type { RuleTrial } from '../rule-trial.ts';
import type { PayeeLookup } from '../payee-admin.ts';
import { addressParts } from '../../mail/address.ts';
import type { Action, AuditEntry, KnownSender, LocalName, TxLogEntry, User } from '../../store/types.ts';
import { hbars, ratioLine, stackedBars, ACTION_COLORS } from '../charts.ts';
import { html, type SafeHtml } from '../html.ts';
import type { ResourceStats, TrafficStats } from '../stats.ts';
import type { WhatIfResult } from '../whatif.ts';
import { csrfField, fmtDate, fmtSize, layout, pager, scoreClass, symbolNotes, type ViewCtx } from './layout.ts';

const ACTIONS: Action[] = ['accept', 'tag', 'quarantine', 'reject', 'tempfail'];

function actionLabels(ctx: ViewCtx): Record<Action, string> {
  return Object.fromEntries(ACTIONS.map((a) => [a, ctx.t(`action.${a}`)])) as Record<Action, string>;
}

function badge(ctx: ViewCtx, a: Action): SafeHtml {
  return html`<span class="badge ${a}">${ctx.t(`action.${a}`)}</span>`;
}

export function resourcesPanel(ctx: ViewCtx, r: ResourceStats): SafeHtml {
  const { t } = ctx;
  const pct = r.disk.totalBytes ? Math.round((100 * (r.disk.totalBytes - (r.disk.freeBytes ?? 0))) / r.disk.totalBytes) : null;
  const up = `${Math.floor(r.uptimeSeconds / 3600)}h ${Math.floor((r.uptimeSeconds % 3600) / 60)}m`;
  return html`<div class="tiles">
    <div class="tile"><span class="k">${t('dash.memory')}</span><span class="v">${fmtSize(r.memory.rss)}</span><span class="s">${t('dash.heap')} ${fmtSize(r.memory.heapUsed)}</span></div>
    <div class="tile"><span class="k">${t('dash.cpu')}</span><span class="v">${r.cpuPercent.toFixed(1)}%</span><span class="s">${t('dash.load')} ${r.load.map((l) => l.toFixed(2)).join(' ')} · ${t('dash.cores', { n: r.cores })}</span></div>
    <div class="tile"><span class="k">${t('dash.disk')}</span><span class="v">${fmtSize(r.disk.dataDirBytes)}</span><span class="s">${r.disk.freeBytes !== null ? t('dash.free', { free: fmtSize(r.disk.freeBytes), pct: pct ?? 0 }) : '—'}</span></div>
    <div class="tile"><span class="k">${t('dash.queue')}</span><span class="v">${r.queue ?? '—'}</span><span class="s">${t('dash.queueHelp')}</span></div>
    <div class="tile"><span class="k">${t('dash.quarantine')}</span><span class="v">${r.quarantine ?? '—'}</span><span class="s">${t('dash.rejectedCopies', { n: r.rejectedCopies ?? 0 })}</span></div>
    <div class="tile"><span class="k">${t('dash.uptime')}</span><span class="v">${up}</span><span class="s">${r.ready ? t('dash.ready') : t('dash.notReady')}</span></div>
  </div>
  <ul class="health">${Object.entries(r.health).map(([name, c]) => html`<li class="${c.ok ? 'ok' : 'bad'}"><b>${name}</b> ${c.ok ? t('dash.ok') : t('dash.down')}${c.detail ? html` <span class="muted">${c.detail}</span>` : ''}</li>`)}</ul>
  <p class="muted small" data-updated="${Date.now()}">${t('dash.updated')} ${new Date().toISOString().slice(11, 19)} UTC</p>`;
}

/** What the classifier has learned and whether it scores mail yet (silent below bayes.minSpam / minHam). */
export function bayesPanel(ctx: ViewCtx, b: BayesStatus): SafeHtml {
  const { t } = ctx;
  const n = (x: number): string => x.toLocaleString(ctx.lang);
  const state = !b.enabled ? 'disabled' : b.active ? 'active' : 'learning';
  return html`<section class="card" id="bayes"><h2>${t('bayes.title')}</h2>
<div class="tiles">
  <div class="tile"><span class="k">${t('bayes.spam')}</span><span class="v">${n(b.spam)}</span><span class="s">${t(b.spam >= b.minSpam ? 'bayes.reached' : 'bayes.needs', { min: n(b.minSpam) })}</span></div>
  <div class="tile"><span class="k">${t('bayes.ham')}</span><span class="v">${n(b.ham)}</span><span class="s">${t(b.ham >= b.minHam ? 'bayes.reached' : 'bayes.needs', { min: n(b.minHam) })}</span></div>
  <div class="tile"><span class="k">${t('bayes.features')}</span><span class="v">${n(b.features)}</span><span class="s">${t('bayes.ofMax', { max: n(b.maxFeatures) })}</span></div>
  <div class="tile"><span class="k">${t('bayes.state')}</span><span class="v bayes-${state}" data-state="${state}">${t(`bayes.${state}`)}</span><span class="s">${t(b.autolearn ? 'bayes.autolearnOn' : 'bayes.autolearnOff')}</span></div>
</div>
${state === 'learning' ? html`<p class="muted">${t('bayes.hint', { minSpam: n(b.minSpam), minHam: n(b.minHam) })} <code>mailmoat train --spam DIR --ham DIR</code>. ${t('bayes.hintUsers')}</p>` : ''}
${b.enabled && b.outdated ? html`<p class="warn" id="bayes-outdated">${t('bayes.outdated')} <code>mailmoat train --reset --spam DIR --ham DIR</code></p>` : ''}
</section>`;
}

export function dashboardPage(ctx: ViewCtx, s: TrafficStats, r: ResourceStats, hours: number, bayes: BayesStatus | null = null): SafeHtml {
  const { t } = ctx;
  const tot = s.totals;
  return layout(ctx, t('nav.dashboard'), html`
<h1>${t('nav.dashboard')}</h1>
<nav class="tabs">${[24, 168].map((h) => html`<a href="/admin?hours=${h}"${h === hours ? html` aria-current="page"` : ''}>${t(h === 24 ? 'dash.24h' : 'dash.7d')}</a>`)}</nav>
<div class="tiles">
  <div class="tile"><span class="k">${t('dash.messages')}</span><span class="v">${tot.total}</span><span class="s">${t('dash.outbound', { n: tot.outbound })}</span></div>
  <div class="tile"><span class="k">${t('dash.spamRatio')}</span><span class="v">${Math.round(tot.spamRatio * 100)}%</span><span class="s">${t('action.quarantine')} ${tot.quarantine} · ${t('action.reject')} ${tot.reject} · ${t('action.tag')} ${tot.tag}</span></div>
  <div class="tile"><span class="k">${t('dash.viruses')}</span><span class="v">${tot.viruses}</span><span class="s">${t('dash.blockedAttachments', { n: tot.blockedAttachments, docs: tot.dangerousDocuments })}</span></div>
  <div class="tile"><span class="k">${t('dash.spoofing')}</span><span class="v">${tot.spoofing}</span><span class="s">${t('dash.spoofingDetail', { domain: tot.spoofedDomain, name: tot.impersonation, lookalike: tot.lookalikeLocal, partner: tot.lookalikeCorrespondent })}</span></div>
  <div class="tile"><span class="k">${t('dash.phishing')}</span><span class="v">${tot.phishing}</span><span class="s">${t('dash.phishingDetail', { links: tot.phishingLinks, pages: tot.phishPages, lookalike: tot.replyToLookalike, replies: tot.replyToFreemail, qr: tot.qrCodeLinks })}</span></div>
  <div class="tile"><span class="k">${t('dash.spamTraps')}</span><span class="v">${tot.spamTraps}</span><span class="s">${t('dash.trapMarked', { n: tot.trapMarked })}</span></div>
  <div class="tile"><span class="k">${t('dash.greylist')}</span><span class="v">${tot.greylistPassed}</span><span class="s">${t('dash.greylistDeferred', { n: tot.greylistDeferred })}</span></div>
</div>
${bayes ? bayesPanel(ctx, bayes) : ''}
<section class="card"><h2>${t('dash.perHour')}</h2>${stackedBars(s, actionLabels(ctx), t('dash.perHour'))}</section>
<section class="card"><h2>${t('dash.ratioOverTime')}</h2>${ratioLine(s, t('dash.ratioOverTime'))}</section>
<div class="cols three">
  <section class="card"><h2>${t('dash.topSymbols')}</h2>${hbars(s.topSymbols, t('dash.topSymbols'), ACTION_COLORS.quarantine, (name) => `/admin/log?symbol=${encodeURIComponent(name)}`)}</section>
  <section class="card"><h2>${t('dash.topIps')}</h2>${hbars(s.topIps, t('dash.topIps'), ACTION_COLORS.reject, (ip) => `/admin/log?ip=${encodeURIComponent(ip)}`)}</section>
  <section class="card"><h2>${t('dash.topDomains')}</h2>${hbars(s.topDomains, t('dash.topDomains'), '#4a6fa5')}</section>
</div>
<section class="card"><h2>${t('dash.resources')}</h2><div id="live" data-src="/admin/live" data-every="5000">${resourcesPanel(ctx, r)}</div></section>
`, { scripts: true });
}

export interface LogForm { direction: string; action: string; sender: string; recipient: string; subject: string; ip: string; symbol: string; since: string; until: string }

export function logPage(ctx: ViewCtx, f: LogForm, items: TxLogEntry[], total: number, offset: number, limit: number): SafeHtml {
  const { t } = ctx;
  const params = new URLSearchParams(Object.entries(f).filter(([, v]) => v));
  const sel = (name: string, cur: string, opts: Array<[string, string]>) => html`<select name="${name}">${opts.map(([v, l]) => html`<option value="${v}"${v === cur ? html` selected` : ''}>${l}</option>`)}</select>`;
  return layout(ctx, t('nav.log'), html`
<h1>${t('nav.log')}</h1>
<form method="get" action="/admin/log" class="filters">
  <label>${t('log.sender')}<input name="sender" value="${f.sender}"></label>
  <label>${t('log.recipient')}<input name="recipient" value="${f.recipient}"></label>
  <label>${t('q.subject')}<input name="subject" value="${f.subject}"></label>
  <label>IP<input name="ip" value="${f.ip}" size="15"></label>
  <label>${t('msg.symbol')}<input name="symbol" value="${f.symbol}" size="18" placeholder="SPAMTRAP" spellcheck="false"></label>
  <label>${t('log.direction')}${sel('direction', f.direction, [['', t('log.any')], ['inbound', t('log.inbound')], ['outbound', t('log.outbound')]])}</label>
  <label>${t('log.action')}${sel('action', f.action, [['', t('log.any')], ...ACTIONS.map((a): [string, string] => [a, t(`action.${a}`)])])}</label>
  <label>${t('q.since')}<input type="date" name="since" value="${f.since}"></label>
  <label>${t('q.until')}<input type="date" name="until" value="${f.until}"></label>
  <button type="submit">${t('q.filter')}</button>
</form>
<p class="muted">${t('log.found', { n: total })}</p>
${items.length ? html`<table class="list">
<thead><tr><th>${t('log.time')}</th><th>${t('log.direction')}</th><th>IP</th><th>${t('log.sender')}</th><th>${t('log.recipient')}</th><th>${t('q.subject')}</th><th>${t('q.score')}</th><th>${t('log.action')}</th></tr></thead>
<tbody>${items.map((e) => html`<tr>
  <td class="nowrap"><a href="/admin/log/${encodeURIComponent(e.id)}">${fmtDate(e.at, ctx.lang)}</a></td>
  <td>${e.direction === 'inbound' ? '↓' : '↑'}</td><td class="small">${e.clientIp}</td>
  <td class="from">${e.mailFrom || '<>'}</td><td class="small">${e.recipients.join(', ')}</td>
  <td>${e.subject}</td><td><span class="${scoreClass(e.score)}">${e.score.toFixed(1)}</span></td><td>${badge(ctx, e.action)}</td></tr>`)}
</tbody></table>${pager(ctx, '/admin/log', params, offset, limit, total)}` : html`<p class="empty">${t('log.none')}</p>`}
`);
}

export function logEntryPage(ctx: ViewCtx, e: TxLogEntry, describe: (n: string) => string | undefined): SafeHtml {
  const { t } = ctx;
  return layout(ctx, t('nav.log'), html`
<p><a href="/admin/log">← ${t('nav.log')}</a></p>
<section class="card">
<h1 class="subject">${e.subject || t('q.noSubject')}</h1>
<dl class="meta">
  <dt>${t('log.time')}</dt><dd>${fmtDate(e.at, ctx.lang)} (${e.durationMs} ms)</dd>
  <dt>${t('log.direction')}</dt><dd>${t(`log.${e.direction}`)}</dd>
  <dt>${t('msg.client')}</dt><dd>${e.clientIp} (${e.helo})</dd>
  <dt>${t('msg.envelopeFrom')}</dt><dd>${e.mailFrom || '<>'}</dd>
  <dt>${t('q.from')}</dt><dd>${e.from}</dd>
  <dt>${t('q.to')}</dt><dd>${e.recipients.join(', ')}</dd>
  <dt>${t('q.score')}</dt><dd><span class="${scoreClass(e.score)}">${e.score.toFixed(2)}</span> ${badge(ctx, e.action)}</dd>
  <dt>${t('log.reply')}</dt><dd><code>${e.reply}</code></dd>
  <dt>${t('log.backendReply')}</dt><dd><code>${e.backendReply ?? '—'}</code></dd>
  ${e.quarantineId ? html`<dt>${t('nav.quarantine')}</dt><dd><a href="/quarantine/${encodeURIComponent(e.quarantineId)}">${e.quarantineId}</a></dd>` : ''}
</dl>
${ruleFromMessageLink(ctx, e.subject, e.from)}
</section>
<section class="card"><h2>${t('msg.why')}</h2>
<table class="list symbols"><thead><tr><th>${t('msg.symbol')}</th><th>${t('q.score')}</th><th>${t('msg.meaning')}</th></tr></thead><tbody>
${[...e.symbols].sort((a, b) => b.score - a.score).map((s) => html`<tr><td><a href="/admin/log?symbol=${encodeURIComponent(s.name)}" title="${t('log.withSymbol')}"><code>${s.name}</code></a></td><td class="num">${s.score.toFixed(2)}</td><td>${describe(s.name) ?? ''}${symbolNotes(ctx, s)}</td></tr>`)}
</tbody></table></section>`);
}

export interface SettingsView {
  rules: Rules;
  /** candidate values from the form (after a preview) */
  candidate: { thresholds: Record<string, number | null>; outboundReject: number | null; weights: Record<string, number>; releaseAdmin: Record<string, boolean>; dnsbl: Record<string, boolean>; greylist: Rules['greylist']; okScripts: ScriptName[]; allowExtensions: string[]; spamTraps: string[] } | null;
  preview: WhatIfResult | null;
  days: number;
  audit: AuditEntry[];
  flash?: string | null;
  error?: string | null;
}

export function settingsPage(ctx: ViewCtx, v: SettingsView): SafeHtml {
  const { t } = ctx;
  const r = v.rules;
  const th = v.candidate?.thresholds ?? r.thresholds;
  const weight = (name: string) => v.candidate?.weights[name] ?? r.symbols[name]!.weight;
  const adminReleases = (name: string) => v.candidate?.releaseAdmin[name] ?? r.symbols[name]!.release === 'admin';
  const gl = v.candidate?.greylist ?? r.greylist;
  const dnsblOn = (name: string, def: boolean) => v.candidate?.dnsbl[name] ?? def;
  const okScripts = new Set<string>(v.candidate?.okScripts ?? okScriptsOf(r));
  const allowExtensions = v.candidate?.allowExtensions ?? allowExtensionsOf(r);
  const spamTraps = v.candidate?.spamTraps ?? spamTrapsOf(r);
  const num = (x: number | null | undefined) => (x === null || x === undefined ? '' : String(x));
  const symbols = Object.entries(r.symbols).sort(([a], [b]) => a.localeCompare(b));
  return layout(ctx, t('nav.settings'), html`
<h1>${t('nav.settings')}</h1>
<p class="muted">${t('set.intro')}</p>
<form method="post" action="/admin/settings" class="settings">
${csrfField(ctx)}
<section class="card">
  <h2>${t('set.thresholds')}</h2>
  <p class="muted small">${t('set.thresholdsHelp')}</p>
  <div class="row">${(['reject', 'quarantine', 'tag', 'greylist'] as const).map((k) => html`<label>${t(`action.${k}`)}<input type="number" step="0.1" name="th_${k}" value="${num(th[k])}" placeholder="${t('set.off')}"></label>`)}</div>
  <div class="row"><label>${t('set.outboundReject')}<input type="number" step="0.1" name="th_outbound" value="${num(v.candidate ? v.candidate.outboundReject : r.outbound.reject)}" placeholder="${t('set.off')}"></label></div>
  <p class="muted small">${t('set.outboundHelp')}</p>
</section>
${v.preview ? whatIfPanel(ctx, v.preview) : ''}
<div class="actions sticky">
  <label>${t('set.days')}<input type="number" name="days" min="1" max="90" value="${v.days}"></label>
  <button type="submit" name="op" value="preview">${t('set.preview')}</button>
  <button type="submit" name="op" value="save" class="primary">${t('set.save')}</button>
</div>
<section class="card">
  <h2>${t('set.greylist')}</h2>
  <div class="row">
    <label class="check"><input type="checkbox" name="gl_enabled" value="1"${gl.enabled ? html` checked` : ''}> ${t('set.enabled')}</label>
    <label>${t('set.glMode')}<select name="gl_mode"><option value="suspicious"${gl.mode === 'suspicious' ? html` selected` : ''}>${t('set.glSuspicious')}</option><option value="all"${gl.mode === 'all' ? html` selected` : ''}>${t('set.glAll')}</option></select></label>
    <label>${t('set.glDelay')}<input type="number" min="0" name="gl_delay" value="${gl.delay}"></label>
    <label>${t('set.glWindow')}<input type="number" min="0" name="gl_window" value="${gl.window}"></label>
    <label>${t('set.glExpire')}<input type="number" min="0" name="gl_expire" value="${gl.expire}"></label>
  </div>
</section>
<section class="card">
  <h2>${t('set.scripts')}</h2>
  <p class="muted small">${t('set.scriptsHelp')}</p>
  <div class="row">${SCRIPT_NAMES.map((name) => html`<label class="check"><input type="checkbox" name="script_${name}" value="1"${okScripts.has(name) ? html` checked` : ''}> ${name}</label>`)}</div>
</section>
<section class="card">
  <h2>${t('set.attachments')}</h2>
  <p class="muted small">${t('set.attachmentsHelp')}</p>
  <label>${t('set.attachAllow')}<input type="text" name="attach_allow" value="${allowExtensions.join(', ')}" placeholder="msi, jar" spellcheck="false"></label>
  <p class="muted small">${t('set.attachBlocked')} <code>${blockedExtensionsOf(r).join(' ')}</code></p>
</section>
<section class="card">
  <h2>${t('set.spamTraps')}</h2>
  <p class="muted small">${t('set.spamTrapsHelp')}</p>
  <div class="row"><label class="wide">${t('set.spamTrapAddresses')}<textarea name="spam_traps" rows="3" placeholder="old.sales@example.com" spellcheck="false">${spamTraps.join('\n')}</textarea></label></div>
</section>
<section class="card">
  <h2>${t('set.dnsbl')}</h2>
  <table class="list"><thead><tr><th>${t('set.enabled')}</th><th>${t('set.list')}</th><th>${t('set.zone')}</th><th>${t('set.lookup')}</th><th>${t('set.symbols')}</th></tr></thead><tbody>
  ${r.dnsbl.map((l) => html`<tr><td><input type="checkbox" name="dnsbl_${l.name}" value="1" aria-label="${l.name}"${dnsblOn(l.name, l.enabled) ? html` checked` : ''}></td><td>${l.name}</td><td><code>${l.zone}</code></td><td class="small">${t(l.type === 'domain' ? 'set.lookupDomain' : 'set.lookupIp')}</td><td class="small">${Object.keys(l.symbols).join(', ')}</td></tr>`)}
  </tbody></table>
</section>
<section class="card">
  <h2>${t('set.weights')}</h2>
  <p class="muted small">${t('set.weightsHelp')}</p>
  <table class="list weights"><thead><tr><th>${t('msg.symbol')}</th><th>${t('set.weight')}</th><th title="${t('set.adminReleasesHelp')}">${t('set.adminReleases')}</th><th>${t('msg.meaning')}</th></tr></thead><tbody>
  ${symbols.map(([name, s]) => html`<tr><td><code>${name}</code>${s.force ? html` <span class="badge">${s.force}</span>` : ''}</td><td><input type="number" step="0.1" name="w_${name}" value="${weight(name)}" aria-label="${name}"></td><td class="center"><input type="checkbox" name="rel_${name}" value="1" aria-label="${t('set.adminReleases')}: ${name}"${adminReleases(name) ? html` checked` : ''}></td><td class="small">${s.description[ctx.lang] ?? s.description.en}</td></tr>`)}
  </tbody></table>
</section>
</form>
<section class="card">
  <h2>${t('set.audit')}</h2>
  ${v.audit.length ? html`<table class="list"><thead><tr><th>${t('log.time')}</th><th>${t('set.who')}</th><th>${t('set.what')}</th><th>${t('set.detail')}</th></tr></thead><tbody>
  ${v.audit.map((a) => html`<tr><td class="nowrap">${fmtDate(a.at, ctx.lang)}</td><td>${a.who}</td><td>${a.what}</td><td><code class="small">${JSON.stringify(a.detail)}</code></td></tr>`)}</tbody></table>` : html`<p class="empty">—</p>`}
</section>`, { flash: v.flash, error: v.error });
}

function whatIfPanel(ctx: ViewCtx, w: WhatIfResult): SafeHtml {
  const { t } = ctx;
  const delta = (a: Action) => {
    const d = w.after[a] - w.before[a];
    return d === 0 ? html`<span class="muted">±0</span>` : html`<b class="${d > 0 ? 'up' : 'down'}">${d > 0 ? '+' : ''}${d}</b>`;
  };
  return html`<section class="card whatif" id="whatif">
  <h2>${t('set.whatIf')}</h2>
  <p>${t('set.whatIfSummary', { n: w.messages, days: w.days, changed: w.changed })}</p>
  <table class="list"><thead><tr><th></th>${ACTIONS.filter((a) => a !== 'tempfail').map((a) => html`<th>${badge(ctx, a)}</th>`)}</tr></thead><tbody>
    <tr><th>${t('set.now')}</th>${ACTIONS.filter((a) => a !== 'tempfail').map((a) => html`<td class="num">${w.before[a]}</td>`)}</tr>
    <tr><th>${t('set.candidate')}</th>${ACTIONS.filter((a) => a !== 'tempfail').map((a) => html`<td class="num">${w.after[a]}</td>`)}</tr>
    <tr><th>${t('set.difference')}</th>${ACTIONS.filter((a) => a !== 'tempfail').map((a) => html`<td class="num">${delta(a)}</td>`)}</tr>
  </tbody></table>
  ${w.changes.map((c) => html`<h3>${badge(ctx, c.from)} → ${badge(ctx, c.to)}: ${c.count}</h3>
  <ul class="examples">${c.examples.map((e) => html`<li><a href="/admin/log/${encodeURIComponent(e.id)}">${e.subject || t('q.noSubject')}</a> <span class="muted">${e.from} · ${e.before.score.toFixed(1)} → ${e.after.score.toFixed(1)}</span></li>`)}</ul>`)}
</section>`;
}

export function sendersPage(ctx: ViewCtx, q: string, rows: KnownSender[], names: LocalName[], offset: number, limit: number, payee: { input: string; lookup: PayeeLookup | null }, opts: { flash?: string | null; error?: string | null }): SafeHtml {
  const { t } = ctx;
  return layout(ctx, t('nav.senders'), html`
<h1>${t('nav.senders')}</h1>
<p class="muted">${t('senders.intro')}</p>
<form method="get" action="/admin/senders" class="filters"><label>${t('q.search')}<input type="search" name="q" value="${q}"></label><button type="submit">${t('q.filter')}</button></form>
${rows.length ? html`<table class="list"><thead><tr><th>${t('senders.internal')}</th><th>${t('senders.external')}</th><th>${t('senders.count')}</th><th>${t('senders.lastSeen')}</th><th></th></tr></thead><tbody>
${rows.map((r) => html`<tr><td>${r.internal}</td><td>${r.external}</td><td class="num">${r.count}</td><td class="nowrap">${fmtDate(r.lastSeen, ctx.lang)}</td><td class="right">
<form method="post" action="/admin/senders/revoke" class="inline">${csrfField(ctx)}<input type="hidden" name="external" value="${r.external}"><input type="hidden" name="internal" value="${r.internal}"><button class="link danger">${t('senders.revoke')}</button></form>
<form method="post" action="/admin/senders/revoke" class="inline">${csrfField(ctx)}<input type="hidden" name="external" value="${r.external}"><button class="link danger" title="${t('senders.revokeAllHelp')}">${t('senders.revokeAll')}</button></form></td></tr>`)}
</tbody></table>
<nav class="pager">${offset > 0 ? html`<a href="/admin/senders?q=${encodeURIComponent(q)}&offset=${Math.max(0, offset - limit)}">← ${t('pager.newer')}</a>` : ''}${rows.length === limit ? html`<a href="/admin/senders?q=${encodeURIComponent(q)}&offset=${offset + limit}">${t('pager.older')} →</a>` : ''}</nav>` : html`<p class="empty">${t('senders.none')}</p>`}
<h2 id="names">${t('names.title')}</h2>
<p class="muted">${t('names.intro')}</p>
${names.length ? html`<table class="list names"><thead><tr><th>${t('names.name')}</th><th>${t('senders.internal')}</th><th>${t('senders.lastSeen')}</th><th></th></tr></thead><tbody>
${names.map((n) => html`<tr><td>${n.shown}</td><td>${n.address}</td><td class="nowrap">${fmtDate(n.lastSeen, ctx.lang)}</td><td class="right">
<form method="post" action="/admin/senders/names/forget" class="inline">${csrfField(ctx)}<input type="hidden" name="nameKey" value="${n.nameKey}"><input type="hidden" name="address" value="${n.address}"><button class="link danger" title="${t('names.forgetHelp')}">${t('names.forget')}</button></form></td></tr>`)}
</tbody></table>${names.length === limit ? html`<p class="muted">${t('names.more', { n: limit })}</p>` : ''}` : html`<p class="empty">${t('names.none')}</p>`}
${payeeSection(ctx, payee)}
`, opts);
}

/** The bank accounts remembered for a correspondent (payee-accounts): look one up, confirm a verified account, forget one. */
function payeeSection(ctx: ViewCtx, payee: { input: string; lookup: PayeeLookup | null }): SafeHtml {
  const { t } = ctx;
  const found = payee.lookup;
  const sender = found?.sender ?? payee.input;
  return html`<h2 id="payee">${t('payee.title')}</h2>
<p class="muted">${t('payee.intro')}</p>
<form method="get" action="/admin/senders#payee" class="filters"><label>${t('payee.sender')}<input type="text" name="payee" value="${payee.input}" placeholder="lieferant-gmbh.de" spellcheck="false"></label><button type="submit">${t('payee.lookUp')}</button></form>
${payee.input && !found ? html`<p class="flash err">${t('flash.payeeSender')}</p>` : ''}
${found ? html`<p>${t('payee.of', { sender: found.sender, n: found.accounts.length })}</p>
${found.accounts.length ? html`<table class="list payee"><thead><tr><th>${t('payee.id')}</th><th>${t('payee.country')}</th><th>${t('payee.firstSeen')}</th><th>${t('payee.lastSeen')}</th><th>${t('payee.status')}</th><th></th></tr></thead><tbody>
${found.accounts.map((a) => html`<tr><td><code>${a.id}</code></td><td>${a.country}</td><td class="nowrap">${fmtDate(a.firstSeen, ctx.lang)}</td><td class="nowrap">${fmtDate(a.lastSeen, ctx.lang)}</td><td>${a.own ? t('payee.own') : t('payee.new')}</td><td class="right">
<form method="post" action="/admin/senders/payee/forget" class="inline">${csrfField(ctx)}<input type="hidden" name="sender" value="${sender}"><input type="hidden" name="id" value="${a.id}"><button class="link danger" title="${t('payee.forgetHelp')}">${t('payee.forget')}</button></form></td></tr>`)}
</tbody></table>` : ''}
<form method="post" action="/admin/senders/payee/confirm" class="row">${csrfField(ctx)}<input type="hidden" name="sender" value="${sender}">
<label>${t('payee.account')}<input type="text" name="account" required placeholder="DE89 3704 0044 0532 0130 00" spellcheck="false" autocomplete="off"></label>
<button type="submit" title="${t('payee.confirmHelp')}">${t('payee.confirm')}</button></form>` : ''}`;
}

export function fingerprintsPage(ctx: ViewCtx, reports: BlockedReport[], opts: { flash?: string | null; error?: string | null }): SafeHtml {
  const { t } = ctx;
  return layout(ctx, t('nav.fingerprints'), html`
<h1>${t('nav.fingerprints')}</h1>
<p class="muted">${t('fingerprints.intro')}</p>
${reports.length ? html`<table class="list"><thead><tr><th>${t('fingerprints.report')}</th><th>${t('fingerprints.bands')}</th><th>${t('fingerprints.added')}</th><th></th></tr></thead><tbody>
${reports.map((r) => html`<tr><td>${r.note}</td><td class="num">${r.hashes.length}</td><td class="nowrap">${fmtDate(r.createdAt, ctx.lang)}</td><td class="right">
<form method="post" action="/admin/fingerprints/remove" class="inline">${csrfField(ctx)}<input type="hidden" name="id" value="${r.id}"><button class="link danger">${t('fingerprints.remove')}</button></form></td></tr>`)}
</tbody></table>` : html`<p class="empty">${t('fingerprints.none')}</p>`}
`, opts);
}

export function usersPage(ctx: ViewCtx, users: User[], opts: { flash?: string | null; error?: string | null }): SafeHtml {
  const { t } = ctx;
  const toggle = (u: User, field: 'admin' | 'disabled', value: boolean, label: string, cls = '') =>
    html`<form method="post" action="/admin/users/${encodeURIComponent(u.username)}" class="inline">${csrfField(ctx)}<input type="hidden" name="${field}" value="${value ? '1' : '0'}"><button class="link ${cls}">${label}</button></form>`;
  return layout(ctx, t('nav.users'), html`
<h1>${t('nav.users')}</h1>
<table class="list"><thead><tr><th>${t('login.username')}</th><th>${t('account.addresses')}</th><th>${t('account.source')}</th><th>${t('users.role')}</th><th>${t('users.status')}</th><th></th></tr></thead><tbody>
${users.map((u) => html`<tr class="${u.disabled ? 'disabled' : ''}"><td>${u.username}</td><td class="small">${u.addresses.join(', ')}</td><td>${u.source === 'ldap' ? 'LDAP' : t('account.local')}</td>
<td>${u.admin ? html`<b>${t('users.admin')}</b>` : t('users.user')}</td><td>${u.disabled ? t('users.disabled') : t('users.active')}</td>
<td class="right">${u.username === ctx.principal?.username ? '' : html`${toggle(u, 'admin', !u.admin, u.admin ? t('users.revokeAdmin') : t('users.makeAdmin'))} ${toggle(u, 'disabled', !u.disabled, u.disabled ? t('users.enable') : t('users.disable'), u.disabled ? '' : 'danger')}`}</td></tr>`)}
</tbody></table>
<section class="card">
  <h2>${t('users.add')}</h2>
  <form method="post" action="/admin/users" class="row">
    ${csrfField(ctx)}
    <label>${t('users.address')}<input name="username" type="email" required></label>
    <label>${t('login.password')}<input name="password" type="password" minlength="8" required autocomplete="new-password"></label>
    <label class="check"><input type="checkbox" name="admin" value="1"> ${t('users.admin')}</label>
    <button type="submit" class="primary">${t('users.add')}</button>
  </form>
</section>`, opts);
}

/** "New rule from this message…": the rules page's form with the message's subject and sender's address filled in (admins only). */
export function ruleFromMessageLink(ctx: ViewCtx, subject: string, from: string): SafeHtml | '' {
  if (!ctx.principal?.admin) return '';
  const q = new URLSearchParams({ subject, from: addressParts(from).address || from });
  return html`<p class="rule-from-message"><a href="/admin/rules?${q.toString()}#rule-form">${ctx.t('rules.fromMessage')}</a></p>`;
}

export interface RulesView {
  rules: Rules;
  form: CustomRuleForm;
  /** the name of the rule the form edits (a rename replaces it), or null for a new one */
  editing: string | null;
  /** names of the web UI's rules the form can hold whole (formCanEdit) */
  editable: ReadonlySet<string>;
  /** messages each rule scored in the last `hitDays` days of the message log, and the latest one */
  hits: Record<string, { count: number; lastId: string; lastAt: number }>;
  hitDays: number;
  /** when the log read stopped short of `hitDays` (a busy week): the oldest message counted */
  hitsSince?: number | null;
  /** the form's rule tried on held mail (the Try button), or nothing */
  trial?: RuleTrial | null;
  flash?: string | null;
  error?: string | null;
}

/** "subject: /сч[её]т/i | invoice; attachment: /\.zip$/i" */
function conditionsText(c: Rules['custom'][number] | NonNullable<Rules['custom'][number]['unless']>): string {
  const parts: string[] = [];
  for (const field of FORM_FIELDS) if (c[field]) parts.push(`${field}: ${c[field]!.join(' | ')}`);
  for (const [name, patterns] of Object.entries(c.header ?? {})) parts.push(`${name}: ${patterns.join(' | ')}`);
  return parts.join('; ');
}

function trialPanel(ctx: ViewCtx, trial: RuleTrial): SafeHtml {
  const { t } = ctx;
  return html`<section class="card trial" id="trial">
  <h2>${t('rules.trialTitle')}</h2>
  <p>${t('rules.trialSummary', { matched: trial.matched, tried: trial.tried })}</p>
  ${trial.examples.length ? html`<table class="list"><thead><tr><th>${t('q.received')}</th><th>${t('q.from')}</th><th>${t('q.subject')}</th><th>${t('rules.matches')}</th></tr></thead><tbody>
  ${trial.examples.map((e) => html`<tr><td class="nowrap">${fmtDate(e.receivedAt, ctx.lang)}</td><td class="small">${e.from}</td><td><a href="/quarantine/${encodeURIComponent(e.id)}">${e.subject || t('q.noSubject')}</a>${e.kind === 'rejected' ? html` <span class="badge reject">${t('action.reject')}</span>` : ''}</td><td class="small"><code>${e.detail}</code></td></tr>`)}
  </tbody></table>` : ''}
</section>`;
}

export function rulesPage(ctx: ViewCtx, v: RulesView): SafeHtml {
  const { t } = ctx;
  const f = v.form;
  const box = (side: 'when' | 'unless', field: string) => html`<label>${t(`rules.field.${field}`)}<textarea name="${side}_${field}" rows="2" spellcheck="false">${f.boxes[`${side}_${field}`] ?? ''}</textarea></label>`;
  const headerBoxes = (side: 'when' | 'unless') => html`<label>${t('rules.field.headerName')}<input type="text" name="${side}_header_name" value="${f.boxes[`${side}_header_name`] ?? ''}" placeholder="X-Mailer" spellcheck="false"></label>${box(side, 'header')}`;
  const conditions = (side: 'when' | 'unless') => html`<div class="grid-fields">${FORM_FIELDS.map((field) => box(side, field))}${headerBoxes(side)}</div>`;
  const hasUnless = Object.keys(f.boxes).some((k) => k.startsWith('unless_'));
  return layout(ctx, t('nav.rules'), html`
<h1>${t('nav.rules')}</h1>
<p class="muted">${t('rules.intro')}</p>
${v.trial ? trialPanel(ctx, v.trial) : ''}
${v.rules.custom.length ? html`<table class="list rules"><thead><tr><th>${t('msg.symbol')}</th><th>${t('set.weight')}</th><th>${t('rules.matches')}</th><th>${t('rules.direction')}</th><th>${t('rules.origin')}</th><th>${v.hitsSince ? t('rules.hitsSince', { date: fmtDate(v.hitsSince, ctx.lang) }) : t('rules.hits', { days: v.hitDays })}</th><th></th></tr></thead><tbody>
${v.rules.custom.map((r) => {
  const s = v.rules.symbols[r.name]!;
  return html`<tr class="${r.enabled ? '' : 'disabled'}"><td><code>${r.name}</code>${r.enabled ? '' : html` <span class="badge">${t('rules.off')}</span>`}${s.force ? html` <span class="badge">${s.force}</span>` : ''}${s.release === 'admin' ? html` <span class="badge">${t('rules.releaseAdminShort')}</span>` : ''}<div class="small muted">${s.description[ctx.lang] ?? s.description.en}</div>${r.origin === 'web UI' ? html`<details class="yaml"><summary class="small">YAML</summary><pre class="small">${ruleYaml(r, s)}</pre></details>` : ''}</td>
<td class="num">${s.weight}</td>
<td class="small"><code>${conditionsText(r)}</code>${r.unless ? html`<div>${t('rules.unless')}: <code>${conditionsText(r.unless)}</code></div>` : ''}</td>
<td>${t(`rules.dir.${r.direction}`)}</td>
<td class="small">${r.origin === 'web UI' ? t('rules.fromUi') : html`<code>rules/custom-rules.yaml</code>`}</td>
<td class="num">${v.hits[r.name] ? html`<a href="/admin/log?symbol=${encodeURIComponent(r.name)}" title="${t('log.withSymbol')}">${v.hits[r.name]!.count}</a><div class="small"><a href="/admin/log/${encodeURIComponent(v.hits[r.name]!.lastId)}">${t('rules.latest')}</a></div>` : '0'}</td>
<td class="right">${r.origin === 'web UI' ? html`${v.editable.has(r.name) ? html`<a href="/admin/rules?edit=${encodeURIComponent(r.name)}#rule-form">${t('rules.edit')}</a> ` : ''}
<form method="post" action="/admin/rules/delete" class="inline">${csrfField(ctx)}<input type="hidden" name="name" value="${r.name}"><button class="link danger">${t('rules.delete')}</button></form>` : ''}</td></tr>`;
})}
</tbody></table>` : html`<p class="empty">${t('rules.none')}</p>`}
<section class="card" id="rule-form">
<h2>${v.editing ? t('rules.editTitle', { name: v.editing }) : t('rules.add')}</h2>
<form method="post" action="/admin/rules" class="rule">
${csrfField(ctx)}
${v.editing ? html`<input type="hidden" name="original" value="${v.editing}">` : ''}
<div class="row">
  <label>${t('rules.name')}<input type="text" name="name" value="${f.name}" required pattern="[A-Za-z][A-Za-z0-9_]*" placeholder="INVOICE_WAVE" spellcheck="false"></label>
  <label>${t('set.weight')}<input type="number" step="0.1" name="weight" value="${f.weight}" required></label>
  <label>${t('rules.force')}<select name="force">${FORM_FORCES.map((x) => html`<option value="${x}"${f.force === x ? html` selected` : ''}>${x ? t(`action.${x}`) : t('rules.forceNone')}</option>`)}</select></label>
  <label>${t('rules.direction')}<select name="direction">${(['inbound', 'outbound', 'both'] as const).map((d) => html`<option value="${d}"${f.direction === d ? html` selected` : ''}>${t(`rules.dir.${d}`)}</option>`)}</select></label>
  <label class="check"><input type="checkbox" name="enabled" value="1"${f.enabled ? html` checked` : ''}> ${t('set.enabled')}</label>
  <label class="check"><input type="checkbox" name="release" value="1"${f.releaseAdmin ? html` checked` : ''}> ${t('rules.releaseAdmin')}</label>
</div>
<div class="row">
  <label class="wide">${t('rules.description')}<input type="text" name="description" value="${f.description}" maxlength="300"></label>
  <label class="wide">${t('rules.reply')}<input type="text" name="reply" value="${f.reply}" placeholder="554 5.7.1 …" spellcheck="false"></label>
</div>
<h3>${t('rules.when')}</h3>
<p class="muted small">${t('rules.patternsHelp')}</p>
${conditions('when')}
<details${hasUnless ? html` open` : ''}><summary>${t('rules.unlessTitle')}</summary>
<p class="muted small">${t('rules.unlessHelp')}</p>
${conditions('unless')}
</details>
<div class="actions"><button type="submit" name="op" value="save" class="primary">${t('rules.save')}</button> <button type="submit" name="op" value="try" title="${t('rules.tryHelp')}">${t('rules.try')}</button>${v.editing ? html` <a href="/admin/rules">${t('rules.cancel')}</a>` : ''}</div>
</form>
</section>`, { flash: v.flash, error: v.error });
}
