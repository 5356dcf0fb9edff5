// /healthz: 200 once SMTP listeners and the store are ready. The details name every component —
// clamd too, which never makes the gateway "not ready" (clamav.enabled: auto warns loudly instead),
// and the age of its signatures (src/clamav/signatures.ts),
// and the link shorteners once one was asked (src/content/short-links.ts) and the domain registries
// (src/dns/rdap.ts), which never do either.
import { probeClamav } from '../clamav/index.ts';
import { signatureHealth } from '../clamav/signatures.ts';
import { shortenerHealth } from '../content/short-links.ts';
import { rdapHealth } from '../dns/rdap.ts';
import { createLogger } from '../log.ts';
import { componentHealth } from '../metrics.ts';
import type { ComponentStatus, HealthReport, WebDeps } from './deps.ts';

const SILENT = createLogger({ log: { level: 'silent', pretty: false } });

/** the pipeline's own ClamAV probe (shared state, re-probed about once a minute) */
async function clamdStatus(deps: WebDeps): Promise<ComponentStatus | null> {
  if (!deps.config || deps.config.clamav.enabled === false) return null;
  try {
    const st = await probeClamav(deps.config, deps.log ?? SILENT);
    return { ok: st.reachable === true, detail: st.detail };
  } catch (err) {
    return { ok: false, detail: (err as Error).message };
  }
}

export async function healthReport(deps: WebDeps): Promise<HealthReport> {
  const components: HealthReport['components'] = {};
  let ready = deps.ready ? deps.ready() : true;
  components.smtp = { ok: ready, detail: ready ? 'listening' : 'not listening yet' };
  if (deps.health) {
    const h = await deps.health();
    Object.assign(components, h.components);
    ready = ready && h.ready;
  }
  if (deps.store && !components.store) {
    try {
      const s = await deps.store.health();
      components.store = { ok: s.ok, detail: `${s.backend}: ${s.detail}` };
    } catch (err) {
      components.store = { ok: false, detail: (err as Error).message };
    }
  }
  if (!deps.store && !deps.health) components.store = { ok: false, detail: 'not opened yet' };
  if (components.store && !components.store.ok) ready = false;
  if (!components.clamd) {
    const c = await clamdStatus(deps);
    if (c) components.clamd = c;
  }
  // clamd answers, but are its signatures being updated? (never "not ready" either)
  if (deps.config && components.clamd?.ok && !components['clamav-signatures']) {
    const s = await signatureHealth(deps.config, deps.log ?? SILENT).catch(() => null);
    if (s) components['clamav-signatures'] = { ok: s.ok, detail: s.detail };
  }
  // the link shorteners: never "not ready" (mail flows without them), but an admin should know
  if (deps.store && !components.shorteners) {
    const s = await shortenerHealth(deps.store.cache).catch(() => null);
    if (s) components.shorteners = s;
  }
  // the domain registries (RDAP), the same way
  if (deps.store && !components.registries) {
    const r = await rdapHealth(deps.store.cache).catch(() => null);
    if (r) components.registries = r;
  }
  for (const [name, c] of Object.entries(components)) componentHealth.set({ component: name }, c.ok ? 1 : 0);
  return { ready, components };
}
