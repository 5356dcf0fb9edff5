// How old clamd's virus signatures are. A clamd that answers but whose freshclam stopped updating
// (a firewall, a proxy, the mirrors' rate limit) finds less every day and says nothing: mail still
// gets "OK". clamd's VERSION reply names the daily database and when it was built
// ("ClamAV 1.4.6/27475/Tue Dec  1 08:25:02 2026"); with only local signatures loaded it names none
// ("ClamAV 1.4.6"). /healthz shows it as the component `clamav-signatures`, so it reaches the
// dashboard, the daily report and /metrics; it never makes the gateway "not ready".
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { clamavSignatureAge } from '../metrics.ts';
import { clamavStatus, clamdClient } from './index.ts';

export interface ClamavVersion {
  /** the engine, e.g. "1.4.6" */
  engine: string;
  /** the daily database's version number, null when none is loaded */
  database: number | null;
  /** when that database was built (epoch ms), null when none is loaded or the date cannot be read */
  builtAt: number | null;
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** clamd's VERSION reply, or null when it is not one. */
export function parseClamVersion(reply: string): ClamavVersion | null {
  const m = /^ClamAV ([^/\s]+)(?:\/(\d+)(?:\/(.*))?)?$/.exec(reply.trim());
  if (!m) return null;
  // the date as C's ctime() writes it, in clamd's local time (read as UTC: hours off, not days)
  const d = /^\w{3} (\w{3}) +(\d{1,2}) (\d\d):(\d\d):(\d\d) (\d{4})$/.exec(m[3]?.trim() ?? '');
  const month = d ? MONTHS.indexOf(d[1]!) : -1;
  return {
    engine: m[1]!,
    database: m[2] ? Number(m[2]) : null,
    builtAt: d && month >= 0 ? Date.UTC(Number(d[6]), month, Number(d[2]), Number(d[3]), Number(d[4]), Number(d[5])) : null,
  };
}

export interface SignatureHealth { ok: boolean; detail: string; version: ClamavVersion }

const DAY_MS = 86_400_000;

/** Whether the signatures are fresh enough, and what to tell the admin. */
export function judgeSignatures(v: ClamavVersion, now: number, maxAgeDays: number): { ok: boolean; detail: string } {
  if (v.database === null) {
    return { ok: false, detail: `ClamAV ${v.engine} has no official signature database loaded, only local signatures: run freshclam (Debian: the clamav-freshclam service)` };
  }
  if (v.builtAt === null) return { ok: true, detail: `daily ${v.database} (ClamAV ${v.engine}; its date could not be read)` };
  const days = Math.max(0, (now - v.builtAt) / DAY_MS);
  const built = `daily ${v.database} of ${new Date(v.builtAt).toISOString().slice(0, 16).replace('T', ' ')}`;
  if (maxAgeDays > 0 && days > maxAgeDays) {
    return { ok: false, detail: `${built} is ${days.toFixed(1)} days old (clamav.signatureMaxAgeDays: ${maxAgeDays}): freshclam has not updated it; see its log (Debian: systemctl status clamav-freshclam)` };
  }
  return { ok: true, detail: `${built}, ${days.toFixed(1)} days old (ClamAV ${v.engine})` };
}

/** asked again after this long: a database changes a few times a day */
const RECHECK_MS = 10 * 60_000;
let cached: { at: number; health: SignatureHealth } | null = null;
let asking: Promise<SignatureHealth | null> | null = null;

/**
 * The signatures of the clamd the gateway scans with, asked at most every 10 minutes; null when
 * ClamAV is off or clamd does not answer (the `clamd` component says so). A change between fresh
 * and stale is logged once.
 */
export async function signatureHealth(config: Pick<Config, 'clamav' | 'smtp'>, log: Logger, now = Date.now()): Promise<SignatureHealth | null> {
  if (config.clamav.enabled === false || clamavStatus()?.reachable !== true) return null;
  if (cached && now - cached.at < RECHECK_MS) {
    return { ...cached.health, ...judgeSignatures(cached.health.version, now, config.clamav.signatureMaxAgeDays) };
  }
  asking ??= (async () => {
    const reply = await clamdClient(config).version();
    const version = reply ? parseClamVersion(reply) : null;
    if (!version) return null;
    const health = { version, ...judgeSignatures(version, now, config.clamav.signatureMaxAgeDays) };
    if (version.builtAt !== null) clamavSignatureAge.set(Math.max(0, (now - version.builtAt) / 1000));
    if (!cached || cached.health.ok !== health.ok) {
      if (health.ok) log.info({ clamd: clamdClient(config).target }, `ClamAV signatures: ${health.detail}`);
      else log.warn({ clamd: clamdClient(config).target }, `CLAMAV SIGNATURES OUT OF DATE: ${health.detail}`);
    }
    cached = { at: now, health };
    return health;
  })().finally(() => { asking = null; });
  return asking;
}

/** for tests: forget what was asked */
export function resetSignatureState(): void {
  cached = null;
}
