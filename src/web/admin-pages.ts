// Admin pages (server-rendered). Same rules as the user pages: Origin check in the session hook,
// CSRF token on every form, POST-redirect-GET.
import type { FastifyInstance } from 'fastify';
import type { Rules, RulesPatch } from '../pipeline/index.ts';
import { SCRIPT_NAMES } from '../content/scripts.ts';
import type { Action, Direction, TxLogEntry } from '../store/types.ts';
import { needStore } from './api.ts';
import { applyRules, logQuery, needRuntime, previewRules, tryRuleOnHeld, unblockReport, upsertUser } from './admin-api.ts';
import type { WebDeps } from './deps.ts';
import { flashOf, pageUser, requireFormToken, sendPage } from './pages.ts';
import { forgetLocalName, parseKnownRevoke, revokeKnownSender } from '../outbound/known-senders.ts';
import { HttpError } from './quarantine.ts';
import { allowExtensionsOf, okScriptsOf, spamTrapsOf, symbolDescriber } from './rules-view.ts';
import { extensionListSchema, spamTrapAddressesSchema } from '../rules/schema.ts';
import { bayesStatusOf, resourceStats, trafficStats, TX_ENTRIES_MAX, txSince } from './stats.ts';
import { dashboardPage, fingerprintsPage, logEntryPage, logPage, resourcesPanel, rulesPage, settingsPage, sendersPage, usersPage, type LogForm, type RulesView, type SettingsView } from './views/admin.ts';
import { emptyRuleForm, formCanEdit, parseRuleForm, ruleForm } from './custom-rule-form.ts';
import { listBlockedReports } from '../fuzzy/block.ts';
import { viewCtx } from './views/layout.ts';
import { lookUpPayee, type PayeeLookup } from './payee-admin.ts';

const LOG_PAGE = 50;
/** the rules page counts each rule's messages over these last days of the message log */
const RULE_HIT_DAYS = 7;

/** How often each of the admin's rules fired in these log entries (newest first), and its latest message. */
export function ruleHits(rules: Rules, entries: readonly TxLogEntry[]): RulesView['hits'] {
  const names = new Set(rules.custom.map((r) => r.name));
  const hits: RulesView['hits'] = {};
  for (const e of entries) {
    for (const s of e.symbols) {
      if (!names.has(s.name)) continue;
      const h = (hits[s.name] ??= { count: 0, lastId: e.id, lastAt: e.at });
      h.count++;
      if (e.at > h.lastAt) Object.assign(h, { lastId: e.id, lastAt: e.at });
    }
  }
  return hits;
}

type Form = Record<string, string | undefined>;

function numOrNull(v: string | undefined): number | null {
  if (v === undefined || v.trim() === '') return null;
  const n = Number(v);
  if (!Number.isFinite(n)) throw new HttpError(400, `not a number: ${v}`);
  return n;
}

/** the settings form → candidate values and the patch of what differs from the rules in force */
export function settingsPatch(rules: Rules, f: Form): { patch: RulesPatch; candidate: NonNullable<SettingsView['candidate']> } {
  const patch: RulesPatch = {};
  const thresholds: Record<string, number | null> = {};
  for (const k of ['reject', 'quarantine', 'tag', 'greylist'] as const) {
    const v = numOrNull(f[`th_${k}`]);
    thresholds[k] = v;
    if (v !== rules.thresholds[k]) (patch.thresholds ??= {})[k] = v;
  }
  const outboundReject = numOrNull(f.th_outbound);
  if (outboundReject !== rules.outbound.reject) patch.outbound = { reject: outboundReject };
  const weights: Record<string, number> = {};
  const releaseAdmin: Record<string, boolean> = {};
  for (const [name, s] of Object.entries(rules.symbols)) {
    const raw = f[`w_${name}`];
    if (raw === undefined) continue;
    // a checkbox is posted only when ticked: the symbol's row (its weight box) says the form showed it
    const admin = f[`rel_${name}`] === '1';
    releaseAdmin[name] = admin;
    if (admin !== (s.release === 'admin')) (patch.release ??= {})[name] = admin ? 'admin' : 'user';
    const v = numOrNull(raw);
    if (v === null) continue;
    weights[name] = v;
    if (v !== s.weight) (patch.weights ??= {})[name] = v;
  }
  const dnsbl: Record<string, boolean> = {};
  for (const l of rules.dnsbl) {
    const on = f[`dnsbl_${l.name}`] === '1';
    dnsbl[l.name] = on;
    if (on !== l.enabled) (patch.dnsbl ??= {})[l.name] = { enabled: on };
  }
  const greylist: Rules['greylist'] = {
    enabled: f.gl_enabled === '1',
    mode: f.gl_mode === 'all' ? 'all' : 'suspicious',
    delay: Math.max(0, Math.round(numOrNull(f.gl_delay) ?? rules.greylist.delay)),
    window: Math.max(0, Math.round(numOrNull(f.gl_window) ?? rules.greylist.window)),
    expire: Math.max(0, Math.round(numOrNull(f.gl_expire) ?? rules.greylist.expire)),
  };
  for (const k of ['enabled', 'mode', 'delay', 'window', 'expire'] as const) {
    if (greylist[k] !== rules.greylist[k]) (patch.greylist ??= {})[k] = greylist[k] as never;
  }
  const okScripts = SCRIPT_NAMES.filter((name) => f[`script_${name}`] === '1');
  if (okScripts.join() !== okScriptsOf(rules).join()) patch.okScripts = okScripts;
  let allowExtensions = allowExtensionsOf(rules);
  if (f.attach_allow !== undefined) {
    const typed = extensionListSchema.safeParse(f.attach_allow.split(/[\s,;]+/).filter(Boolean));
    if (!typed.success) throw new HttpError(400, `allowExtensions: ${typed.error.issues[0]!.message}`);
    allowExtensions = [...new Set(typed.data)];
    if (allowExtensions.join() !== allowExtensionsOf(rules).join()) patch.allowExtensions = allowExtensions;
  }
  let spamTraps = spamTrapsOf(rules);
  if (f.spam_traps !== undefined) {
    const entries = f.spam_traps.split(/[\s,;]+/).filter(Boolean);
    const typed = spamTrapAddressesSchema.safeParse(entries);
    if (!typed.success) {
      const issue = typed.error.issues[0]!;
      throw new HttpError(400, `spamTraps: "${entries[issue.path[0] as number]}": ${issue.message}`);
    }
    spamTraps = [...new Set(typed.data)];
    if (spamTraps.join() !== spamTrapsOf(rules).join()) patch.spamTraps = spamTraps;
  }
  return { patch, candidate: { thresholds, outboundReject, weights, releaseAdmin, dnsbl, greylist, okScripts, allowExtensions, spamTraps } };
}

/** The senders page's payee section: nothing asked, a sender's accounts, or a sender that is none. */
async function payeeView(deps: WebDeps, input: string): Promise<{ input: string; lookup: PayeeLookup | null }> {
  if (!input) return { input, lookup: null };
  try {
    return { input, lookup: await lookUpPayee(deps, input) };
  } catch (err) {
    if (err instanceof HttpError && err.status === 400) return { input, lookup: null };
    throw err;
  }
}

export function registerAdminPages(app: FastifyInstance, deps: WebDeps): void {
  app.get<{ Querystring: { hours?: string } }>('/admin', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    const hours = req.query.hours === '168' ? 168 : 24;
    const now = Date.now();
    const entries = await txSince(needStore(deps), now - hours * 3600_000);
    return sendPage(reply, dashboardPage(viewCtx(req), trafficStats(entries, now, hours), await resourceStats(deps), hours, await bayesStatusOf(deps)));
  });

  // the live part of the dashboard, fetched every few seconds by web/static/app.js
  app.get('/admin/live', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(resourcesPanel(viewCtx(req), await resourceStats(deps)).value);
  });

  app.get<{ Querystring: Record<string, string | undefined> }>('/admin/log', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    const q = req.query;
    const f: LogForm = {
      direction: q.direction === 'inbound' || q.direction === 'outbound' ? q.direction : '',
      action: ['accept', 'tag', 'quarantine', 'reject', 'tempfail'].includes(q.action ?? '') ? q.action! : '',
      sender: (q.sender ?? '').slice(0, 320), recipient: (q.recipient ?? '').slice(0, 320), subject: (q.subject ?? '').slice(0, 200),
      ip: (q.ip ?? '').slice(0, 64), symbol: (q.symbol ?? '').trim().toUpperCase().replace(/[^A-Z0-9_]/g, '').slice(0, 64),
      since: (q.since ?? '').slice(0, 10), until: (q.until ?? '').slice(0, 10),
    };
    const offset = Math.max(0, Number.parseInt(q.offset ?? '0', 10) || 0);
    const res = await needStore(deps).txlog.search(logQuery({ ...f, direction: (f.direction || undefined) as Direction | undefined, action: (f.action || undefined) as Action | undefined, limit: LOG_PAGE, offset }));
    return sendPage(reply, logPage(viewCtx(req), f, res.items, res.total, offset, LOG_PAGE));
  });

  app.get<{ Params: { id: string } }>('/admin/log/:id', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    const e = await needStore(deps).txlog.get(req.params.id);
    if (!e) throw new HttpError(404, req.t('error.notFound'));
    return sendPage(reply, logEntryPage(viewCtx(req), e, symbolDescriber(deps, req.lang)));
  });

  const renderSettings = async (req: Parameters<typeof viewCtx>[0], extra: Partial<SettingsView>): Promise<{ value: string }> => {
    const rules = needRuntime(deps).rules();
    const audit = await needStore(deps).settings.auditLog(20);
    return settingsPage(viewCtx(req), { rules, candidate: null, preview: null, days: 7, audit, ...flashOf(req), ...extra });
  };

  app.get('/admin/settings', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    return sendPage(reply, await renderSettings(req, {}));
  });

  app.post<{ Body: Form }>('/admin/settings', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const rules = needRuntime(deps).rules();
    const days = Math.min(90, Math.max(1, Number.parseInt(req.body.days ?? '7', 10) || 7));
    let built;
    try {
      built = settingsPatch(rules, req.body);
    } catch (err) {
      return sendPage(reply, await renderSettings(req, { error: (err as Error).message, days }), 400);
    }
    if (req.body.op === 'save') {
      if (!Object.keys(built.patch).length) return reply.redirect('/admin/settings?ok=nothingChanged');
      try {
        await applyRules(deps, built.patch, req.principal!.username);
      } catch (err) {
        return sendPage(reply, await renderSettings(req, { candidate: built.candidate, error: (err as Error).message, days }), 400);
      }
      return reply.redirect('/admin/settings?ok=settingsSaved');
    }
    try {
      const preview = await previewRules(deps, built.patch, days);
      return sendPage(reply, await renderSettings(req, { candidate: built.candidate, preview, days }));
    } catch (err) {
      return sendPage(reply, await renderSettings(req, { candidate: built.candidate, error: (err as Error).message, days }), 400);
    }
  });

  // ---------- the admin's own rules (rules/custom-rules.yaml and those made here) ----------
  const renderRules = async (req: Parameters<typeof viewCtx>[0], extra: Partial<RulesView>): Promise<{ value: string }> => {
    const rules = needRuntime(deps).rules();
    const editable = new Set(rules.custom.filter((r) => r.origin === 'web UI' && formCanEdit({ ...r, force: rules.symbols[r.name]?.force })).map((r) => r.name));
    const entries = await txSince(needStore(deps), Date.now() - RULE_HIT_DAYS * 86400_000);
    // a busy gateway logs more in a week than txSince reads: then the counts cover a shorter time, and the page says so
    const hitsSince = entries.length >= TX_ENTRIES_MAX ? entries.at(-1)!.at : null;
    return rulesPage(viewCtx(req), { rules, form: emptyRuleForm(), editing: null, editable, hits: ruleHits(rules, entries), hitDays: RULE_HIT_DAYS, hitsSince, ...flashOf(req), ...extra });
  };

  app.get<{ Querystring: Record<string, string | undefined> }>('/admin/rules', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    const q = req.query;
    const rules = needRuntime(deps).rules();
    const edited = q.edit ? rules.custom.find((r) => r.name === q.edit && r.origin === 'web UI') : undefined;
    if (edited) {
      const { description, ...symbol } = rules.symbols[edited.name]!;
      const form = ruleForm(edited.name, { ...edited, ...symbol, ...(edited.described ? { description } : {}) }, req.lang);
      return sendPage(reply, await renderRules(req, { form, editing: edited.name }));
    }
    // "a rule from this message" (the message log): its values as phrases to keep or clear
    const form = emptyRuleForm();
    for (const field of ['subject', 'from', 'mailFrom', 'ip', 'attachment'] as const) {
      const v = q[field]?.trim().slice(0, 300);
      if (v) form.boxes[`when_${field}`] = v;
    }
    return sendPage(reply, await renderRules(req, { form }));
  });

  app.post<{ Body: Form }>('/admin/rules', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const { form, name, rule } = parseRuleForm(req.body, req.lang);
    const original = (req.body.original ?? '').trim() || null;
    const again = async (error: string) => sendPage(reply, await renderRules(req, { form, editing: original, error }), 400);
    if (req.body.op === 'try') {
      let trial;
      try {
        trial = await tryRuleOnHeld(deps, name, rule);
      } catch (err) {
        return again((err as Error).message);
      }
      return sendPage(reply, await renderRules(req, { form, editing: original, trial }));
    }
    const rules = needRuntime(deps).rules();
    // a new rule must not silently replace one made before under the same name
    if (name !== original && rules.custom.some((r) => r.name === name && r.origin === 'web UI')) return again(req.t('rules.nameTaken', { name }));
    // the form shows one language of the description: unchanged, the rule keeps all of them
    const before = original ? rules.symbols[original] : undefined;
    if (before && rules.custom.find((r) => r.name === original)?.described && form.description === (before.description[req.lang] ?? before.description.en)) rule.description = before.description;
    const patch: RulesPatch = { custom: { [name]: rule as never, ...(original && original !== name ? { [original]: null } : {}) } };
    try {
      await applyRules(deps, patch, req.principal!.username);
    } catch (err) {
      return again((err as Error).message);
    }
    return reply.redirect('/admin/rules?ok=ruleSaved');
  });

  app.post<{ Body: Form }>('/admin/rules/delete', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const name = (req.body.name ?? '').trim();
    if (!needRuntime(deps).rules().custom.some((r) => r.name === name && r.origin === 'web UI')) return reply.redirect('/admin/rules?err=ruleGone');
    await applyRules(deps, { custom: { [name]: null } }, req.principal!.username);
    return reply.redirect('/admin/rules?ok=ruleDeleted');
  });

  app.get<{ Querystring: { q?: string; offset?: string; payee?: string } }>('/admin/senders', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    const q = (req.query.q ?? '').slice(0, 320);
    const offset = Math.max(0, Number.parseInt(req.query.offset ?? '0', 10) || 0);
    const store = needStore(deps);
    const [rows, names] = await Promise.all([store.known.search(q, 100, offset), store.known.names(q, 100, 0)]);
    const payee = await payeeView(deps, (req.query.payee ?? '').slice(0, 320).trim());
    return sendPage(reply, sendersPage(viewCtx(req), q, rows, names, offset, 100, payee, flashOf(req)));
  });

  app.post<{ Body: Form }>('/admin/senders/names/forget', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const nameKey = (req.body.nameKey ?? '').trim();
    const address = (req.body.address ?? '').trim();
    if (!nameKey || !address) return reply.redirect('/admin/senders?err=badAddress');
    await forgetLocalName(needStore(deps), nameKey, address, req.principal!.username);
    return reply.redirect('/admin/senders?ok=nameForgotten');
  });

  app.post<{ Body: Form }>('/admin/senders/revoke', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const parsed = parseKnownRevoke(req.body);
    if (!parsed.ok) return reply.redirect('/admin/senders?err=badAddress');
    await revokeKnownSender(needStore(deps), parsed.input, req.principal!.username);
    return reply.redirect('/admin/senders?ok=revoked');
  });

  app.get('/admin/fingerprints', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    return sendPage(reply, fingerprintsPage(viewCtx(req), await listBlockedReports(needStore(deps)), flashOf(req)));
  });

  app.post<{ Body: Form }>('/admin/fingerprints/remove', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const id = (req.body.id ?? '').trim();
    const removed = id ? await unblockReport(deps, id, req.principal!.username) : 0;
    return reply.redirect(removed ? '/admin/fingerprints?ok=unblocked' : '/admin/fingerprints?err=notBlocked');
  });

  app.get('/admin/users', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    const users = (await needStore(deps).users.list()).sort((a, b) => a.username.localeCompare(b.username));
    return sendPage(reply, usersPage(viewCtx(req), users, flashOf(req)));
  });

  app.post<{ Body: Form }>('/admin/users', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const store = needStore(deps);
    try {
      const u = await upsertUser(store, { username: req.body.username ?? '', password: req.body.password ?? '', admin: req.body.admin === '1' }, true);
      await store.settings.audit({ at: Date.now(), who: req.principal!.username, what: 'user.add', detail: { username: u.username, admin: u.admin } });
    } catch (err) {
      if (err instanceof HttpError && err.status < 500) return reply.redirect(`/admin/users?err=${err.status === 409 ? 'userExists' : 'badUser'}`);
      throw err;
    }
    return reply.redirect('/admin/users?ok=userAdded');
  });

  app.post<{ Params: { username: string }; Body: Form }>('/admin/users/:username', async (req, reply) => {
    if (!pageUser(req, reply, true)) return reply;
    requireFormToken(req);
    const store = needStore(deps);
    if (req.params.username === req.principal!.username) return reply.redirect('/admin/users?err=notYourself');
    const change: { admin?: boolean; disabled?: boolean } = {};
    if (req.body.admin !== undefined) change.admin = req.body.admin === '1';
    if (req.body.disabled !== undefined) change.disabled = req.body.disabled === '1';
    const u = await upsertUser(store, { username: req.params.username, ...change }, false);
    await store.settings.audit({ at: Date.now(), who: req.principal!.username, what: 'user.update', detail: { username: u.username, ...change } });
    return reply.redirect('/admin/users?ok=userUpdated');
  });
}
