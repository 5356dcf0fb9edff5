// Shared bits of the web e2e tests: headless Chromium (the Debian package, never a download),
// SMTP submission to the real gateway, and screenshot paths.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import nodemailer from 'nodemailer';
import { chromium, type Browser } from 'playwright-core';
import { REPO_ROOT } from '../helpers/gateway.ts';

// The README's screenshots are refreshed only on request (UPDATE_SCREENSHOTS=1), so a test run
// never dirties the tracked docs; otherwise they go to a scratch directory.
export const SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1'
  ? join(REPO_ROOT, 'docs', 'screenshots')
  : join(REPO_ROOT, 'test-artifacts', 'screenshots');
mkdirSync(SCREENSHOTS, { recursive: true });

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

let n = 0;
export function message(opts: { from?: string; to: string; subject: string; html?: string; text?: string; attachment?: boolean }): string {
  const b = `bnd${++n}`;
  const head = [
    `From: ${opts.from ?? 'Newsletter <news@remote.test>'}`, `To: ${opts.to}`, `Subject: ${opts.subject}`,
    `Date: ${new Date().toUTCString()}`, `Message-ID: <e2e${n}.${Date.now()}@remote.test>`, 'MIME-Version: 1.0',
  ];
  if (!opts.html && !opts.attachment) return [...head, 'Content-Type: text/plain; charset=utf-8', '', opts.text ?? 'Hello from the e2e test.', ''].join('\r\n');
  return [
    ...head, `Content-Type: multipart/mixed; boundary="${b}"`, '',
    `--${b}`, 'Content-Type: multipart/alternative; boundary="alt' + b + '"', '',
    `--alt${b}`, 'Content-Type: text/plain; charset=utf-8', '', opts.text ?? 'Plain version.', '',
    `--alt${b}`, 'Content-Type: text/html; charset=utf-8', '', opts.html ?? '<p>Hello</p>', '', `--alt${b}--`, '',
    `--${b}`, 'Content-Type: application/pdf; name="invoice-2291.pdf"', 'Content-Disposition: attachment; filename="invoice-2291.pdf"', 'Content-Transfer-Encoding: base64', '',
    Buffer.from('%PDF-1.4\n% e2e fake invoice\n').toString('base64'), `--${b}--`, '',
  ].join('\r\n');
}

/** sends through the gateway's inbound port; resolves with the SMTP reply or rejects with it */
export async function sendSmtp(port: number, mailFrom: string, rcpt: string[], raw: string, helo = 'mail.remote.test'): Promise<string> {
  const t = nodemailer.createTransport({ host: '127.0.0.1', port, secure: false, ignoreTLS: true, name: helo, connectionTimeout: 10000, greetingTimeout: 10000, socketTimeout: 20000 });
  try {
    const info = await t.sendMail({ envelope: { from: mailFrom, to: rcpt }, raw });
    return info.response;
  } finally {
    t.close();
  }
}

const run = promisify(execFile);
/** `mailmoat user add` against the running gateway's config and store */
export async function cliUserAdd(configFile: string, address: string, password: string, admin = false): Promise<string> {
  const args = [join(REPO_ROOT, 'bin', 'mailmoat.js'), 'user', 'add', address, '--password', password, '--config', configFile];
  if (admin) args.push('--admin');
  const { stdout } = await run(process.execPath, args, { cwd: REPO_ROOT });
  return stdout;
}
