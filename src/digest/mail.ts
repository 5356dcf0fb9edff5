// Composes a notification e-mail (text + HTML) with nodemailer's composer and hands it to the
// backend relay — the same path released mail takes, so it lands in the user's mailbox.
import nodemailer from 'nodemailer';
import type { Config } from '../config.ts';
import type { WebRelay } from '../web/deps.ts';

export interface Notification { to: string; subject: string; text: string; html: string }

export function senderAddress(config: Config): string {
  const domain = config.smtp.localDomains[0] ?? config.hostname;
  return `postmaster@${domain}`;
}

export async function composeMail(config: Config, n: Notification): Promise<Buffer> {
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  const info = await composer.sendMail({
    from: { name: 'mailmoat', address: senderAddress(config) },
    to: n.to,
    subject: n.subject,
    text: n.text,
    html: n.html,
    headers: { 'Auto-Submitted': 'auto-generated', 'X-Mailmoat': 'digest' },
  });
  return info.message as Buffer;
}

export async function sendNotification(config: Config, relay: WebRelay, n: Notification): Promise<void> {
  const raw = await composeMail(config, n);
  const res = await relay.send({ mailFrom: '', recipients: [n.to] }, raw);
  if (!res.ok) throw new Error(`backend refused the notification to ${n.to}: ${res.message}`);
}

/** the base URL for links in e-mails: web.publicUrl, else the listener address */
export function publicBase(config: Config): string {
  if (config.web.publicUrl) return config.web.publicUrl.replace(/\/+$/, '');
  const host = config.web.host === '0.0.0.0' || config.web.host === '::' ? config.hostname : config.web.host;
  return `${config.web.tls ? 'https' : 'http'}://${host}:${config.web.port}`;
}
