// Admin JSON API: dashboard figures, message log, live rules with what-if, learned senders, users.
import type { FastifyInstance } from 'fastify';
import { hashPassword } from '../auth/password.ts';
import { newLocalUser, normalizeUsername } from '../auth/users.ts';
import { z } from 'zod';
import { RulesError, type RulesPatch } from '../pipeline/index.ts';
import { rulesPatchSchema } from '../rules/schema.ts';
import type { Action, Direction, Store, TxLogQuery, User } from '../store/types.ts';
import { needStore, parseDate, requireAdmin } from './api.ts';
import type { WebDeps, WebRuntime } from './deps.ts';
import { forgetLocalName, parseKnownRevoke, revokeKnownSender } from '../outbound/known-senders.ts';
import { HttpError } from './quarantine.ts';
import { bayesStatusOf, resourceStats, trafficStats, txSince } from './stats.ts';
import { whatIf } from './whatif.ts';
import { tryRule, TRIAL_MESSAGES, type RuleTrial } from './rule-trial.ts';
import { listBlockedReports, removeBlockedReport } from '../fuzzy/block.ts';

export function needRuntime(deps: WebDeps): WebRuntime {
  if (!deps.runtime) throw new HttpError(503, 'pipeline not ready');
  return deps.runtime;
}

export interface LogQs { direction?: Direction; action?: Action; sender?: string; recipient?: string; subject?: string; ip?: string; symbol?: string; since?: string; until?: string; limit?: number; offset?: number }

export function logQuery(q: LogQs): TxLogQuery {
  return {
    direction: q.direction || undefined,
    action: q.action || undefined,
    sender: q.sender?.trim() || undefined,
    recipient: q.recipient?.trim() || undefined,
    subject: q.subject?.trim() || undefined,
    ip: q.ip?.trim() || undefined,
    // symbols are written in capitals (rules/symbols.yaml); the search is for the exact name
    symbol: q.symbol?.trim().toUpperCase() || undefined,
    since: parseDate(q.since),
    until: parseDate(q.until, true),
    limit: q.limit ?? 50,
    offset: q.offset ?? 0,
  };
}

export async function applyRules(deps: WebDeps, patch: RulesPatch, who: string): Promise<void> {
  try {
    await needRuntime(deps).updateRules(patch, who);
  } catch (err) {
    if (err instanceof RulesError) throw new HttpError(400, err.problems.join('; '));
    throw err;
  }
}

/** An admin's rule (as the rules file or the API writes one) tried on the newest held mail; its problems are a 400 naming their keys. */
export async function tryRuleOnHeld(deps: WebDeps, name: string, rule: unknown): Promise<RuleTrial> {
  if (!deps.config || !deps.log) throw new HttpError(503, 'gateway not ready');
  try {
    return await tryRule({ config: deps.config, store: needStore(deps), log: deps.log, rules: needRuntime(deps).rules() }, name, rule);
  } catch (err) {
    if (err instanceof RulesError) throw new HttpError(400, err.problems.join('; '));
    throw err;
  }
}

/** Takes a spam report off the fingerprint block list, audited; the number of hashes removed (0: no such entry). */
export async function unblockReport(deps: WebDeps, id: string, who: string): Promise<number> {
  const store = needStore(deps);
  const removed = await removeBlockedReport(store, id);
  if (removed) await store.settings.audit({ at: Date.now(), who, what: 'fingerprint.unblock', detail: { id, removed } });
  return removed;
}

export async function previewRules(deps: WebDeps, patch: RulesPatch, days: number) {
  const store = needStore(deps);
  const runtime = needRuntime(deps);
  const entries = await txSince(store, Date.now() - days * 86400_000, 'inbound');
  try {
    return whatIf(runtime, entries, patch, days);
  } catch (err) {
    if (err instanceof RulesError) throw new HttpError(400, err.problems.join('; '));
    throw err;
  }
}

export interface UserInput { username: string; password?: string; addresses?: string[]; admin?: boolean; disabled?: boolean; digest?: boolean }

export async function upsertUser(store: Store, input: UserInput, create: boolean): Promise<User> {
  const name = normalizeUsername(input.username);
  const existing = await store.users.get(name);
  if (create && existing) throw new HttpError(409, 'user exists');
  if (!create && !existing) throw new HttpError(404, 'not found');
  let user: User = existing ?? newLocalUser(name, '', false);
  if (input.password !== undefined) {
    if (input.password.length < 8) throw new HttpError(400, 'password: at least 8 characters');
    user = { ...user, passwordHash: await hashPassword(input.password), source: 'local' };
  }
  if (create && !user.passwordHash) throw new HttpError(400, 'password required');
  if (input.addresses) user = { ...user, addresses: [...new Set(input.addresses.map((a) => a.trim().toLowerCase()).filter(Boolean))] };
  if (input.admin !== undefined) user = { ...user, admin: input.admin };
  if (input.disabled !== undefined) user = { ...user, disabled: input.disabled };
  if (input.digest !== undefined) user = { ...user, digest: input.digest };
  await store.users.put(user);
  return user;
}

export function publicUser(u: User) {
  return { username: u.username, addresses: u.addresses, admin: u.admin, disabled: u.disabled, source: u.source, digest: u.digest, createdAt: new Date(u.createdAt).toISOString() };
}

const userSchema = {
  type: 'object',
  properties: { username: { type: 'string' }, addresses: { type: 'array', items: { type: 'string' } }, admin: { type: 'boolean' }, disabled: { type: 'boolean' }, source: { type: 'string' }, digest: { type: 'boolean' }, createdAt: { type: 'string' } },
} as const;
/** The rules patch body as JSON schema for the route's validation and the OpenAPI page, derived from the one zod schema (rules/schema.ts). */
const { $schema: _draft, ...patchSchema } = z.toJSONSchema(rulesPatchSchema, { target: 'draft-7', io: 'input' });
const logQs = {
  type: 'object',
  properties: {
    direction: { type: 'string', enum: ['inbound', 'outbound', ''] }, action: { type: 'string', enum: ['accept', 'tag', 'quarantine', 'reject', 'tempfail', ''] },
    sender: { type: 'string', maxLength: 320 }, recipient: { type: 'string', maxLength: 320 }, subject: { type: 'string', maxLength: 200 }, ip: { type: 'string', maxLength: 64 },
    symbol: { type: 'string', maxLength: 64, pattern: '^[A-Za-z0-9_]*$' },
    since: { type: 'string', maxLength: 40 }, until: { type: 'string', maxLength: 40 },
    limit: { type: 'integer', minimum: 1, maximum: 1000, default: 50 }, offset: { type: 'integer', minimum: 0, default: 0 },
  },
} as const;

export function registerAdminApi(app: FastifyInstance, deps: WebDeps): void {
  app.get<{ Querystring: { hours?: number } }>('/api/admin/stats', {
    schema: { tags: ['admin'], summary: 'Dashboard figures: traffic by hour and action, top sources, resource use, what the Bayes classifier has learned', querystring: { type: 'object', properties: { hours: { type: 'integer', minimum: 1, maximum: 720, default: 24 } } } },
  }, async (req) => {
    requireAdmin(req);
    const hours = req.query.hours ?? 24;
    const now = Date.now();
    const entries = await txSince(needStore(deps), now - hours * 3600_000);
    return { traffic: trafficStats(entries, now, hours), resources: await resourceStats(deps), bayes: await bayesStatusOf(deps) };
  });

  app.get<{ Querystring: LogQs }>('/api/admin/log', {
    schema: { tags: ['admin'], summary: 'Message log: search every transaction (inbound and outbound), newest first', querystring: logQs },
  }, async (req) => {
    requireAdmin(req);
    const res = await needStore(deps).txlog.search(logQuery(req.query));
    return { total: res.total, items: res.items.map((e) => ({ ...e, at: new Date(e.at).toISOString() })) };
  });

  app.get<{ Params: { id: string } }>('/api/admin/log/:id', {
    schema: { tags: ['admin'], summary: 'One transaction with its symbols and SMTP replies', params: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } } } },
  }, async (req) => {
    requireAdmin(req);
    const e = await needStore(deps).txlog.get(req.params.id);
    if (!e) throw new HttpError(404, 'not found');
    return { ...e, at: new Date(e.at).toISOString() };
  });

  app.get('/api/admin/rules', { schema: { tags: ['admin'], summary: 'The effective rules (files + live overrides)' } }, async (req) => {
    requireAdmin(req);
    return needRuntime(deps).rules();
  });

  app.patch<{ Body: RulesPatch }>('/api/admin/rules', {
    schema: { tags: ['admin'], summary: 'Changes thresholds, weights, DNSBL lists, greylisting: validated, applied live, persisted, audited', body: patchSchema },
  }, async (req) => {
    const p = requireAdmin(req);
    await applyRules(deps, req.body, p.username);
    return needRuntime(deps).rules();
  });

  app.post<{ Body: { name: string; rule: unknown } }>('/api/admin/rules/try', {
    schema: {
      tags: ['admin'], summary: `Tries an admin's rule (as in rules/custom-rules.yaml) on the newest ${TRIAL_MESSAGES} held messages (quarantine and kept rejected copies); nothing is saved`,
      body: { type: 'object', required: ['name', 'rule'], properties: { name: { type: 'string', pattern: '^[A-Z][A-Z0-9_]*$' }, rule: { type: 'object' } } },
    },
  }, async (req) => {
    requireAdmin(req);
    return tryRuleOnHeld(deps, req.body.name, req.body.rule);
  });

  app.post<{ Body: { patch: RulesPatch; days?: number } }>('/api/admin/rules/preview', {
    schema: {
      tags: ['admin'], summary: 'What-if: how the verdicts of the last N days would change under a candidate patch (nothing is saved)',
      body: { type: 'object', required: ['patch'], properties: { patch: patchSchema, days: { type: 'integer', minimum: 1, maximum: 90, default: 7 } } },
    },
  }, async (req) => {
    requireAdmin(req);
    return previewRules(deps, req.body.patch, req.body.days ?? 7);
  });

  app.get<{ Querystring: { limit?: number } }>('/api/admin/audit', {
    schema: { tags: ['admin'], summary: 'Who changed what, when', querystring: { type: 'object', properties: { limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 } } } },
  }, async (req) => {
    requireAdmin(req);
    return (await needStore(deps).settings.auditLog(req.query.limit ?? 100)).map((a) => ({ ...a, at: new Date(a.at).toISOString() }));
  });

  app.get<{ Querystring: { q?: string; limit?: number; offset?: number } }>('/api/admin/senders', {
    schema: { tags: ['admin'], summary: 'Correspondents learned from outbound mail', querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 320 }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, offset: { type: 'integer', minimum: 0, default: 0 } } } },
  }, async (req) => {
    requireAdmin(req);
    const rows = await needStore(deps).known.search(req.query.q ?? '', req.query.limit ?? 100, req.query.offset ?? 0);
    return rows.map((r) => ({ ...r, firstSeen: new Date(r.firstSeen).toISOString(), lastSeen: new Date(r.lastSeen).toISOString() }));
  });

  app.post<{ Body: { external: string; internal?: string } }>('/api/admin/senders/revoke', {
    schema: { tags: ['admin'], summary: 'Revokes a learned pair (internal given) or every pair with that external address/@domain', body: { type: 'object', required: ['external'], properties: { external: { type: 'string', minLength: 2, maxLength: 320 }, internal: { type: 'string', maxLength: 320 } } } },
  }, async (req) => {
    const p = requireAdmin(req);
    const parsed = parseKnownRevoke(req.body);
    if (!parsed.ok) throw new HttpError(400, parsed.problem);
    return { revoked: await revokeKnownSender(needStore(deps), parsed.input, p.username) };
  });

  app.get<{ Querystring: { q?: string; limit?: number; offset?: number } }>('/api/admin/senders/names', {
    schema: { tags: ['admin'], summary: 'Display names our users send with (learned from outbound mail; IMPERSONATE_LOCAL_NAME), newest first', querystring: { type: 'object', properties: { q: { type: 'string', maxLength: 320 }, limit: { type: 'integer', minimum: 1, maximum: 1000, default: 100 }, offset: { type: 'integer', minimum: 0, default: 0 } } } },
  }, async (req) => {
    requireAdmin(req);
    const rows = await needStore(deps).known.names(req.query.q ?? '', req.query.limit ?? 100, req.query.offset ?? 0);
    return rows.map((r) => ({ ...r, lastSeen: new Date(r.lastSeen).toISOString() }));
  });

  app.post<{ Body: { nameKey: string; address: string } }>('/api/admin/senders/names/forget', {
    schema: { tags: ['admin'], summary: 'Forgets one learned display name of one address', body: { type: 'object', required: ['nameKey', 'address'], properties: { nameKey: { type: 'string', minLength: 1, maxLength: 400 }, address: { type: 'string', minLength: 3, maxLength: 320 } } } },
  }, async (req) => {
    const p = requireAdmin(req);
    return { forgotten: await forgetLocalName(needStore(deps), req.body.nameKey, req.body.address, p.username) };
  });

  app.get('/api/admin/fingerprints', {
    schema: { tags: ['admin'], summary: 'The bulk-fingerprint block list, one entry per spam report (FUZZY_BLOCKED), newest first' },
  }, async (req) => {
    requireAdmin(req);
    return (await listBlockedReports(needStore(deps))).map((r) => ({ ...r, createdAt: new Date(r.createdAt).toISOString() }));
  });

  app.delete<{ Params: { id: string } }>('/api/admin/fingerprints/:id', {
    schema: { tags: ['admin'], summary: 'Takes a report off the block list (every fingerprint band it added)', params: { type: 'object', properties: { id: { type: 'string', maxLength: 200 } } } },
  }, async (req) => {
    const p = requireAdmin(req);
    const removed = await unblockReport(deps, req.params.id, p.username);
    if (!removed) throw new HttpError(404, 'no such block-list entry');
    return { removed };
  });

  app.get('/api/admin/users', { schema: { tags: ['admin'], summary: 'Web UI users', response: { 200: { type: 'array', items: userSchema } } } }, async (req) => {
    requireAdmin(req);
    return (await needStore(deps).users.list()).map(publicUser);
  });

  app.post<{ Body: UserInput }>('/api/admin/users', {
    schema: {
      tags: ['admin'], summary: 'Adds a local user',
      body: { type: 'object', required: ['username', 'password'], properties: { username: { type: 'string', minLength: 1, maxLength: 320 }, password: { type: 'string', minLength: 8, maxLength: 1024 }, addresses: { type: 'array', items: { type: 'string', maxLength: 320 } }, admin: { type: 'boolean' } } },
      response: { 201: userSchema },
    },
  }, async (req, reply) => {
    const p = requireAdmin(req);
    const store = needStore(deps);
    const u = await upsertUser(store, req.body, true);
    await store.settings.audit({ at: Date.now(), who: p.username, what: 'user.add', detail: { username: u.username, admin: u.admin } });
    return reply.code(201).send(publicUser(u));
  });

  app.patch<{ Params: { username: string }; Body: Omit<UserInput, 'username'> }>('/api/admin/users/:username', {
    schema: {
      tags: ['admin'], summary: 'Makes admin, disables, sets addresses or password',
      body: { type: 'object', additionalProperties: false, properties: { password: { type: 'string', minLength: 8, maxLength: 1024 }, addresses: { type: 'array', items: { type: 'string', maxLength: 320 } }, admin: { type: 'boolean' }, disabled: { type: 'boolean' }, digest: { type: 'boolean' } } },
      response: { 200: userSchema },
    },
  }, async (req) => {
    const p = requireAdmin(req);
    const store = needStore(deps);
    if (normalizeUsername(req.params.username) === p.username && (req.body.disabled || req.body.admin === false)) throw new HttpError(400, 'you cannot disable or demote yourself');
    const u = await upsertUser(store, { ...req.body, username: req.params.username }, false);
    await store.settings.audit({ at: Date.now(), who: p.username, what: 'user.update', detail: { username: u.username, ...req.body, password: req.body.password ? '[set]' : undefined } });
    return publicUser(u);
  });
}
