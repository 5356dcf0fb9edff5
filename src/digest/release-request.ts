// The mail to the admins when a user asks for the release of a message only an admin may release
// (rules: `release: admin`): who asks, what the message is, why it is held, and a link to it.
// Sent to admin.reportTo, or without one to every enabled admin account's address, each in the
// language that address chose in the web UI, through the backend relay like the digests.
import type { Config } from '../config.ts';
import type { QuarantineItem, Store } from '../store/types.ts';
import type { WebRelay } from '../web/deps.ts';
import { escapeHtml } from '../web/html.ts';
import { translator } from '../web/i18n.ts';
import { addressLang } from '../user-lang.ts';
import { publicBase, sendNotification, type Notification } from './mail.ts';

/** Who hears of a request: admin.reportTo, or else the addresses of the enabled admin accounts (the built-in `admin` has none). */
export async function requestRecipients(config: Config, store: Store): Promise<string[]> {
  if (config.admin.reportTo) return [config.admin.reportTo];
  const admins = (await store.users.list()).filter((u) => u.admin && !u.disabled);
  return [...new Set(admins.map((u) => u.addresses[0] ?? (u.username.includes('@') ? u.username : '')).filter(Boolean).map((a) => a.toLowerCase()))];
}

/** The notification to one admin address, or null for a message nobody asked for. */
export async function releaseRequestMail(config: Config, store: Store, item: QuarantineItem, reasons: readonly string[], to: string): Promise<Notification | null> {
  if (!item.releaseRequest) return null;
  const t = translator((await addressLang(store, to).catch(() => null)) ?? 'en');
  const link = `${publicBase(config)}/quarantine/${encodeURIComponent(item.id)}`;
  const vars = { user: item.releaseRequest.by, from: item.from || item.mailFrom || '<>', subject: item.subject || t('q.noSubject'), reasons: reasons.join(', ') };
  const subject = t('request.subject', { user: vars.user, subject: vars.subject });
  const lines = [t('request.body', vars), '', `${t('q.from')}: ${vars.from}`, `${t('q.to')}: ${item.recipients.join(', ')}`, `${t('q.subject')}: ${vars.subject}`, `${t('request.reasons')}: ${vars.reasons}`, '', link];
  const e = escapeHtml;
  const html = `<p>${e(t('request.body', vars))}</p>
<table cellpadding="4"><tr><td>${e(t('q.from'))}</td><td>${e(vars.from)}</td></tr><tr><td>${e(t('q.to'))}</td><td>${e(item.recipients.join(', '))}</td></tr>
<tr><td>${e(t('q.subject'))}</td><td>${e(vars.subject)}</td></tr><tr><td>${e(t('request.reasons'))}</td><td><code>${e(vars.reasons)}</code></td></tr></table>
<p><a href="${e(link)}">${e(link)}</a></p>`;
  return { to, subject, text: lines.join('\n'), html };
}

/** Mails the request to each admin address; false when there is none to mail. */
export async function sendReleaseRequest(config: Config, store: Store, relay: WebRelay, item: QuarantineItem, reasons: readonly string[]): Promise<boolean> {
  let sent = false;
  for (const to of await requestRecipients(config, store)) {
    const mail = await releaseRequestMail(config, store, item, reasons, to);
    if (!mail) continue;
    await sendNotification(config, relay, mail);
    sent = true;
  }
  return sent;
}
