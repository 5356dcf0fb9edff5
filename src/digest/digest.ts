// The daily digest per user (only mail quarantined since their previous digest, with signed
// expiring links to release or allow) and the daily admin report (yesterday's figures, top
// spam sources, anything unhealthy). A scheduler runs both at quarantine.digest.hour (UTC); a
// store counter makes one node of a cluster do it once per day.
import { spamReportAddress } from '../bayes/report.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { QuarantineItem, Store, User } from '../store/types.ts';
import type { WebDeps, WebRelay } from '../web/deps.ts';
import { escapeHtml } from '../web/html.ts';
import { translator } from '../web/i18n.ts';
import { addressLang, userLang } from '../user-lang.ts';
import { healthReport } from '../web/health.ts';
import { adminReleaseReasons } from '../web/quarantine.ts';
import { currentRules } from '../web/rules-view.ts';
import { trafficStats, txSince } from '../web/stats.ts';
import { linkSecret, signToken } from './token.ts';
import { publicBase, sendNotification } from './mail.ts';

export const LINK_TTL_HOURS = 72;
const LAST_KEY = (u: string) => `digest.last.${u}`;

export interface DigestDeps { config: Config; store: Store; relay: WebRelay; log?: Logger }

export async function digestFor(d: DigestDeps & { web?: WebDeps }, user: User, now: number): Promise<{ items: QuarantineItem[]; text: string; html: string; subject: string } | null> {
  const since = (await d.store.settings.get<number>(LAST_KEY(user.username))) ?? now - 24 * 3600_000;
  // half-open windows [since, now): the next digest starts exactly where this one ended
  const { items: fresh } = await d.store.quarantine.list({ kind: 'quarantine', recipients: user.addresses, since, until: now, limit: 200, offset: 0 });
  if (!fresh.length) return null;
  const t = translator(await userLang(d.store, user.username));
  const secret = await linkSecret(d.store, d.config);
  const base = publicBase(d.config);
  const exp = now + LINK_TTL_HOURS * 3600_000;
  const link = (a: 'release' | 'allow', id: string) => `${base}/d/${signToken(secret, { a, id, u: user.username, exp })}`;
  // mail held for signs of phishing or malware (rules: `release: admin`) gets no release link, only
  // the way to its page, where the user can ask an admin
  const rules = d.web ? currentRules(d.web) : null;
  const rows = fresh.map((i) => ({ i, adminOnly: adminReleaseReasons(i, rules).length > 0, open: `${base}/quarantine/${encodeURIComponent(i.id)}`, release: link('release', i.id), allow: link('allow', i.id) }));
  const subject = t('digest.subject', { n: fresh.length });
  const reportTo = spamReportAddress(d.config);
  const text = [
    t('digest.intro'), '',
    ...rows.flatMap(({ i, adminOnly, open, release, allow }) => [
      `* ${new Date(i.receivedAt).toISOString().slice(0, 16).replace('T', ' ')} UTC — ${i.from || i.mailFrom}`,
      `  ${i.subject}`,
      ...adminOnly ? [`  ${t('digest.adminOnly')}: ${open}`] : [`  ${t('digest.release')}: ${release}`, `  ${t('digest.allow')}: ${allow}`], '',
    ]),
    t('digest.expires', { hours: LINK_TTL_HOURS }),
    `${t('digest.open')}: ${base}/quarantine`, '',
    ...(reportTo ? [`${t('q.reportHint')} ${reportTo}`, ''] : []),
    `${t('digest.optout')} ${base}/account`,
  ].join('\n');
  const e = escapeHtml;
  const html = `<!doctype html><html><body style="font-family:sans-serif;font-size:14px;color:#1d2430">
<p>${e(t('digest.intro'))}</p>
<table cellpadding="6" style="border-collapse:collapse">${rows.map(({ i, adminOnly, open, release, allow }) => `<tr style="border-bottom:1px solid #e3e7ee">
<td style="white-space:nowrap;color:#667085">${e(new Date(i.receivedAt).toISOString().slice(0, 16).replace('T', ' '))}</td>
<td><b>${e(i.subject || '(no subject)')}</b><br><span style="color:#667085">${e(i.from || i.mailFrom)}</span></td>
<td style="white-space:nowrap">${adminOnly ? `<a href="${e(open)}">${e(t('digest.adminOnly'))}</a>` : `<a href="${e(release)}">${e(t('digest.release'))}</a> · <a href="${e(allow)}">${e(t('digest.allow'))}</a>`}</td></tr>`).join('\n')}</table>
<p style="color:#667085">${e(t('digest.expires', { hours: LINK_TTL_HOURS }))} <a href="${e(base)}/quarantine">${e(t('digest.open'))}</a></p>
${reportTo ? `<p style="color:#667085">${e(t('q.reportHint'))} <a href="mailto:${e(reportTo)}">${e(reportTo)}</a></p>
` : ''}<p style="color:#667085;font-size:12px">${e(t('digest.optout'))} <a href="${e(base)}/account">${e(base)}/account</a></p>
</body></html>`;
  return { items: fresh, text, html, subject };
}

/** sends every opted-in user their digest; returns how many were sent */
export async function sendDigests(d: DigestDeps & { web?: WebDeps }, now = Date.now()): Promise<number> {
  let sent = 0;
  for (const user of await d.store.users.list()) {
    if (!user.digest || user.disabled || user.addresses.length === 0) continue;
    try {
      const digest = await digestFor(d, user, now);
      if (digest) {
        await sendNotification(d.config, d.relay, { to: user.addresses[0]!, subject: digest.subject, text: digest.text, html: digest.html });
        sent++;
      }
      await d.store.settings.set(LAST_KEY(user.username), now);
    } catch (err) {
      d.log?.error({ user: user.username, err: (err as Error).message }, 'digest not sent');
    }
  }
  return sent;
}

/** yesterday's figures, top spam sources and unhealthy components, to admin.reportTo */
export async function adminReport(d: DigestDeps & { web?: WebDeps }, now = Date.now()): Promise<{ subject: string; text: string; html: string } | null> {
  if (!d.config.admin.reportTo) return null;
  const dayEnd = Math.floor(now / 86400_000) * 86400_000;
  const day = new Date(dayEnd - 1).toISOString().slice(0, 10);
  const entries = (await txSince(d.store, dayEnd - 86400_000)).filter((e) => e.at < dayEnd);
  const s = trafficStats(entries, dayEnd, 24);
  const health = await healthReport(d.web ?? { config: d.config, store: d.store });
  const bad = Object.entries(health.components).filter(([, c]) => !c.ok);
  const quarantined = await d.store.quarantine.count('quarantine').catch(() => null);
  // in the language the admin chose in the web UI, when the report address is one of the users'
  const t = translator((await addressLang(d.store, d.config.admin.reportTo).catch(() => null)) ?? 'en');
  const n = s.totals;
  const lines = [
    t('report.title', { day }), '',
    t('report.inbound', { n: n.total, out: n.outbound }),
    t('report.actions', { accept: n.accept, tag: n.tag, quarantine: n.quarantine, reject: n.reject, tempfail: n.tempfail }),
    t('report.threats', { ratio: Math.round(n.spamRatio * 100), viruses: n.viruses, blocked: n.blockedAttachments, docs: n.dangerousDocuments, greylist: n.greylistPassed }),
    // the fraud a spam ratio hides: a handful of such messages matter more than a thousand spams
    t('report.spoofing', { n: n.spoofing, domain: n.spoofedDomain, name: n.impersonation, lookalike: n.lookalikeLocal, partner: n.lookalikeCorrespondent }),
    t('report.phishing', { n: n.phishing, links: n.phishingLinks, pages: n.phishPages, replyTo: n.replyToLookalike, freemail: n.replyToFreemail, qr: n.qrCodeLinks }),
    t('report.spamTraps', { n: n.spamTraps, marked: n.trapMarked }),
    t('report.quarantined', { n: quarantined ?? t('report.unknown') }), '',
    t('report.topIps'), ...s.topIps.map((r) => `  ${r.count}\t${r.name}`), '',
    t('report.topDomains'), ...s.topDomains.map((r) => `  ${r.count}\t${r.name}`), '',
    t('report.topSymbols'), ...s.topSymbols.map((r) => `  ${r.count}\t${r.name}`), '',
    bad.length ? t('report.unhealthy') : t('report.healthy'), ...bad.map(([name, c]) => `  ${name}: ${c.detail ?? t('report.down')}`),
  ];
  const text = lines.join('\n');
  const html = `<!doctype html><html><body><pre style="font-size:13px">${escapeHtml(text)}</pre><p><a href="${escapeHtml(publicBase(d.config))}/admin">${escapeHtml(t('report.dashboard'))}</a></p></body></html>`;
  return { subject: `${t('report.subject', { date: day })}${bad.length ? t('report.unhealthySubject') : ''}`, text, html };
}

export async function sendAdminReport(d: DigestDeps & { web?: WebDeps }, now = Date.now()): Promise<boolean> {
  const r = await adminReport(d, now);
  if (!r) return false;
  await sendNotification(d.config, d.relay, { to: d.config.admin.reportTo!, ...r });
  return true;
}

/** checks every few minutes; at the configured hour, the first node to claim the day sends */
export function startDigestScheduler(d: DigestDeps & { web?: WebDeps }, everyMs = 5 * 60_000): { stop(): void } {
  const tick = async (): Promise<void> => {
    const now = Date.now();
    if (new Date(now).getUTCHours() !== d.config.quarantine.digest.hour) return;
    const day = new Date(now).toISOString().slice(0, 10);
    if ((await d.store.counters.hit(`digest:run:${day}`, 2 * 86400, now)) !== 1) return;
    if (d.config.quarantine.digest.enabled) {
      const n = await sendDigests(d, now);
      d.log?.info({ sent: n }, 'daily digests sent');
    }
    if (d.config.admin.reportTo) {
      await sendAdminReport(d, now).catch((err: Error) => d.log?.error({ err: err.message }, 'admin report not sent'));
    }
  };
  const timer = setInterval(() => void tick().catch((err: Error) => d.log?.error({ err: err.message }, 'digest run failed')), everyMs);
  timer.unref();
  void tick().catch(() => undefined);
  return { stop: () => clearInterval(timer) };
}
