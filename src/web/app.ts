// The web UI and JSON API (Fastify). Built by main.ts after the store; every dependency is
// optional so /healthz and /metrics work from the first moment.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import { bayesActive, bayesFeatures, bayesLearned, quarantineSize, registry } from '../metrics.ts';
import { clusterMetricsText } from '../metrics-cluster.ts';
import type { WebDeps } from './deps.ts';
import { healthReport } from './health.ts';
import { bayesStatusOf } from './stats.ts';
import { registerSession } from './session.ts';
import { registerApi } from './api.ts';
import { registerAdminApi } from './admin-api.ts';
import { registerPayeeRoutes } from './payee-admin.ts';
import { registerPages } from './pages.ts';
import { registerDigestRoutes } from '../digest/routes.ts';
import { startDigestScheduler } from '../digest/digest.ts';
import { HttpError } from './quarantine.ts';
import { ensureAdminUser } from '../auth/users.ts';
import { errorPage } from './views/layout.ts';

export type { WebDeps } from './deps.ts';

const STATIC_DIR = fileURLToPath(new URL('../../web/static/', import.meta.url));

export async function buildWebApp(deps: WebDeps = {}): Promise<FastifyInstance> {
  // the configured admin exists from the first start (a generated password is logged once)
  if (deps.store && deps.config) await ensureAdminUser(deps.store, deps.config, deps.log);
  const tls = deps.config?.web.tls ?? null;
  // removeAdditional off: a body key the schema does not know is refused by name, not dropped unseen
  const options = { logger: false, trustProxy: false, bodyLimit: 1024 * 1024, routerOptions: { maxParamLength: 1000 }, ajv: { customOptions: { removeAdditional: false } } } as const;
  // HTTPS when web.tls is set (the same listener; no plain-HTTP port is opened then)
  const app: FastifyInstance = tls
    ? (Fastify({ ...options, https: { key: readFileSync(tls.key), cert: readFileSync(tls.cert) } }) as unknown as FastifyInstance)
    : Fastify(options);

  await app.register(swagger, {
    openapi: {
      info: { title: 'mailmoat web API', version: '0.1.0', description: 'Quarantine, sender lists and administration of the mailmoat gateway. Authenticate with the session cookie from POST /api/login or with Authorization: Bearer <admin.apiToken>.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' }, cookie: { type: 'apiKey', in: 'cookie', name: 'mailmoat_sid' } } },
      security: [{ cookie: [] }, { bearer: [] }],
    },
    hideUntagged: true,
  });
  await app.register(cookie, { secret: deps.config?.web.secret ?? undefined });
  await app.register(formbody);
  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'"], imgSrc: ["'self'", 'data:'],
        frameSrc: ["'self'"], frameAncestors: ["'self'"], formAction: ["'self'"], baseUri: ["'none'"], objectSrc: ["'none'"],
        connectSrc: ["'self'"], fontSrc: ["'self'"],
        ...(tls ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: tls ? undefined : false,
    crossOriginEmbedderPolicy: false,
    referrerPolicy: { policy: 'same-origin' },
  });
  await app.register(rateLimit, {
    global: true,
    max: 1200,
    timeWindow: '1 minute',
    allowList: (req) => !req.url.startsWith('/api/') && !req.url.startsWith('/login'),
  });
  await app.register(fastifyStatic, { root: STATIC_DIR, prefix: '/static/', index: false, maxAge: 3600_000 });

  registerSession(app, deps.store, deps.config);

  app.setErrorHandler((err: FastifyError | HttpError, req, reply) => {
    const status = err instanceof HttpError ? err.status : err.validation ? 400 : (err.statusCode ?? 500);
    if (status >= 500 && !(err instanceof HttpError)) deps.log?.error({ err, url: req.url }, 'web request failed');
    const message = status >= 500 && !(err instanceof HttpError) ? 'internal error' : validationMessage(err) ?? err.message;
    const wantsJson = req.url.startsWith('/api/') || req.url.startsWith('/admin/api') || !String(req.headers.accept ?? '').includes('text/html');
    if (wantsJson) return reply.code(status).send({ error: message });
    return reply.code(status).type('text/html; charset=utf-8').send(errorPage(req, status, message).value);
  });
  app.setNotFoundHandler((req, reply) => {
    if (req.url.startsWith('/api/') || !String(req.headers.accept ?? '').includes('text/html')) return reply.code(404).send({ error: 'not found' });
    return reply.code(404).type('text/html; charset=utf-8').send(errorPage(req, 404, req.t('error.notFound')).value);
  });

  app.get('/healthz', { config: { rateLimit: false } }, async (_req, reply) => {
    const h = await healthReport(deps);
    reply.code(h.ready ? 200 : 503).send({ status: h.ready ? 'ok' : 'unavailable', components: h.components });
  });

  app.get('/metrics', { config: { rateLimit: false } }, async (_req, reply) => {
    // refresh the gauges this process can see cheaply, so a scrape never reads stale health
    await healthReport(deps).catch(() => undefined);
    if (deps.store) {
      await Promise.all((['quarantine', 'rejected'] as const).map(async (kind) => quarantineSize.set({ kind }, await deps.store!.quarantine.count(kind)))).catch(() => undefined);
      const b = await bayesStatusOf(deps).catch(() => null);
      if (b) {
        bayesLearned.set({ class: 'spam' }, b.spam);
        bayesLearned.set({ class: 'ham' }, b.ham);
        bayesFeatures.set(b.features);
        bayesActive.set(b.active ? 1 : 0);
      }
    }
    reply.header('content-type', registry.contentType).send(await clusterMetricsText());
  });

  app.get('/openapi.json', async () => app.swagger());

  registerApi(app, deps);
  registerAdminApi(app, deps);
  registerPayeeRoutes(app, deps);
  registerPages(app, deps);
  registerDigestRoutes(app, deps);

  // the daily digest and admin report run where the web UI runs (the primary in a cluster)
  if (deps.store && deps.config && deps.relay && deps.scheduler !== false) {
    const d = { config: deps.config, store: deps.store, relay: deps.relay, log: deps.log, web: deps };
    let job: { stop(): void } | null = null;
    app.addHook('onListen', async () => { job ??= startDigestScheduler(d); });
    app.addHook('onClose', async () => job?.stop());
  }
  return app;
}

/** A schema validation error as "body.thresholds.quarantine: must be number,null" or "body.actions: unknown key". */
function validationMessage(err: FastifyError | HttpError): string | null {
  if (err instanceof HttpError || !err.validation?.length) return null;
  return err.validation.map((v) => {
    const at = [err.validationContext ?? 'body', ...v.instancePath.split('/').filter(Boolean)].join('.');
    const extra = (v.params as { additionalProperty?: string }).additionalProperty;
    return extra ? `${at}.${extra}: unknown key` : `${at}: ${v.message ?? 'invalid'}`;
  }).join('; ');
}
