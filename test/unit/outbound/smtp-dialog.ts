// A minimal SMTP client for tests: one command at a time, every reply recorded, so a test can
// assert exact codes at each step (what a library client would hide). Optional source address
// (127.0.0.2 for "an unlisted host").
import { connect, type Socket } from 'node:net';

export interface Dialog {
  /** sends one line (without CRLF) and returns the full reply */
  cmd(line: string): Promise<string>;
  /** sends a message body after DATA's 354 (dot-stuffing and the final dot are added here) */
  data(message: string): Promise<string>;
  greeting: string;
  close(): Promise<void>;
}

export async function openDialog(port: number, opts: { host?: string; localAddress?: string } = {}): Promise<Dialog> {
  const socket: Socket = connect({ port, host: opts.host ?? '127.0.0.1', localAddress: opts.localAddress });
  let buf = '';
  let waiter: (() => void) | null = null;
  socket.setEncoding('latin1');
  socket.on('data', (d: string) => { buf += d; waiter?.(); });
  socket.on('error', () => { waiter?.(); });
  socket.on('close', () => { waiter?.(); });
  const readReply = async (): Promise<string> => {
    const deadline = Date.now() + 20000;
    for (;;) {
      const lines = buf.split('\r\n');
      for (let i = 0; i < lines.length - 1; i++) {
        if (/^\d{3} /.test(lines[i]!) || /^\d{3}$/.test(lines[i]!)) {
          const reply = lines.slice(0, i + 1).join('\r\n');
          buf = lines.slice(i + 1).join('\r\n');
          return reply;
        }
      }
      if (socket.destroyed) return buf || '(closed)';
      if (Date.now() > deadline) throw new Error(`no SMTP reply; got ${JSON.stringify(buf)}`);
      await new Promise<void>((r) => { waiter = r; setTimeout(r, 200); });
      waiter = null;
    }
  };
  await new Promise<void>((resolve, reject) => { socket.once('connect', () => resolve()); socket.once('error', reject); });
  const greeting = await readReply();
  return {
    greeting,
    async cmd(line) {
      socket.write(line + '\r\n');
      return readReply();
    },
    async data(message) {
      const body = message.replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..');
      socket.write(body + (body.endsWith('\r\n') ? '' : '\r\n') + '.\r\n');
      return readReply();
    },
    async close() {
      if (!socket.destroyed) {
        socket.write('QUIT\r\n');
        socket.end();
      }
      await new Promise((r) => setTimeout(r, 10));
      socket.destroy();
    },
  };
}

/** One full transaction; returns every reply. Throws nothing: the test asserts the codes. */
export async function sendMail(port: number, env: { from: string; to: string[]; message: string; helo?: string; localAddress?: string; auth?: { user: string; pass: string } }): Promise<{ ehlo: string; auth?: string; mail: string; rcpt: string[]; data: string | null }> {
  const d = await openDialog(port, { localAddress: env.localAddress });
  try {
    const ehlo = await d.cmd(`EHLO ${env.helo ?? 'mail.example.com'}`);
    let auth: string | undefined;
    if (env.auth) auth = await d.cmd(`AUTH PLAIN ${Buffer.from(`\0${env.auth.user}\0${env.auth.pass}`).toString('base64')}`);
    const mail = await d.cmd(`MAIL FROM:<${env.from}>`);
    const rcpt: string[] = [];
    for (const t of env.to) rcpt.push(await d.cmd(`RCPT TO:<${t}>`));
    let data: string | null = null;
    if (mail.startsWith('250') && rcpt.some((r) => r.startsWith('250'))) {
      const r = await d.cmd('DATA');
      data = r.startsWith('354') ? await d.data(env.message) : r;
    }
    return { ehlo, auth, mail, rcpt, data };
  } finally {
    await d.close();
  }
}

export function message(from: string, to: string, subject: string, body = 'Hello,\r\nthis is a test.\r\n'): string {
  return [
    `From: ${from}`, `To: ${to}`, `Subject: ${subject}`, `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${Math.random().toString(36).slice(2)}@example.com>`, 'MIME-Version: 1.0', 'Content-Type: text/plain; charset=utf-8', '', body,
  ].join('\r\n');
}
