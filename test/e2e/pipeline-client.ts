// A minimal SMTP client for the pipeline e2e tests that can bind a loopback source address
// (127.0.0.2 …), so the gateway sees different clients — listed, unlisted, other /24s.
import { connect } from 'node:net';

export interface SendResult {
  /** every reply in order: greeting, EHLO, MAIL, each RCPT, DATA (354), end of data */
  replies: string[];
  /** RCPT replies, one per recipient */
  rcpt: string[];
  /** final reply to the message (or the reply that stopped the transaction) */
  final: string;
  accepted: boolean;
}

export interface SendOptions {
  port: number;
  from?: string;
  to: string[];
  localAddress?: string;
  helo?: string;
  subject?: string;
  body?: string;
  /** extra header lines */
  headers?: string[];
  /** the From header's value (default: the envelope sender in angle brackets) */
  fromHeader?: string;
}

export async function smtpSend(o: SendOptions): Promise<SendResult> {
  const sock = connect({ port: o.port, host: '127.0.0.1', localAddress: o.localAddress });
  sock.setEncoding('latin1');
  let buf = '';
  let lines: string[] = [];
  const queue: string[] = [];
  const waiters: Array<(r: string) => void> = [];
  sock.on('data', (d: string) => {
    buf += d;
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl).replace(/\r$/, '');
      buf = buf.slice(nl + 1);
      lines.push(line);
      if (/^\d{3}-/.test(line)) continue;
      const reply = lines.join('\n');
      lines = [];
      const w = waiters.shift();
      if (w) w(reply); else queue.push(reply);
    }
  });
  sock.on('error', () => undefined);
  sock.on('close', () => { for (const w of waiters.splice(0)) w('closed'); });
  const read = (): Promise<string> => {
    const q = queue.shift();
    if (q !== undefined) return Promise.resolve(q);
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error('no SMTP reply within 30 s')), 30_000);
      waiters.push((r) => { clearTimeout(t); resolve(r); });
    });
  };
  const replies: string[] = [];
  const cmd = async (line: string | null): Promise<string> => {
    if (line !== null) sock.write(line + '\r\n');
    const r = await read();
    replies.push(r);
    return r;
  };
  const done = (final: string, rcpt: string[], accepted = false): SendResult => {
    sock.end('QUIT\r\n');
    return { replies, rcpt, final, accepted };
  };
  await new Promise<void>((resolve, reject) => { sock.once('connect', resolve); sock.once('error', reject); });
  const greet = await cmd(null);
  if (!greet.startsWith('220')) return done(greet, []);
  const ehlo = await cmd(`EHLO ${o.helo ?? 'mail.sender.test'}`);
  if (!ehlo.startsWith('250')) return done(ehlo, []);
  const from = o.from ?? 'news@sender.test';
  const mail = await cmd(`MAIL FROM:<${from}>`);
  if (!mail.startsWith('250')) return done(mail, []);
  const rcpt: string[] = [];
  for (const r of o.to) rcpt.push(await cmd(`RCPT TO:<${r}>`));
  if (!rcpt.some((r) => r.startsWith('250'))) return done(rcpt[rcpt.length - 1]!, rcpt);
  const data = await cmd('DATA');
  if (!data.startsWith('354')) return done(data, rcpt);
  const msg = [
    `From: ${o.fromHeader ?? `<${from}>`}`, `To: <${o.to[0]}>`, `Subject: ${o.subject ?? 'pipeline test'}`,
    `Date: ${new Date().toUTCString()}`, `Message-ID: <${Math.random().toString(36).slice(2)}@sender.test>`,
    ...(o.headers ?? []), '', o.body ?? 'Hello, this is a test message.', '',
  ].join('\r\n').replace(/\r\n\./g, '\r\n..');
  const final = await cmd(`${msg}.`);
  return done(final, rcpt, final.startsWith('250'));
}
