// A real web proxy for tests: tinyproxy (Debian package) in the foreground on a free loopback port,
// with its own small configuration; optionally asking for a user and password (Basic).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, waitFor } from './ports.ts';

export interface WebProxy {
  /** "http://127.0.0.1:PORT" */
  url: string;
  /** what tinyproxy logged (it names every request it passed on) */
  log(): string;
  stop(): Promise<void>;
}

const listening = (port: number): Promise<boolean> => new Promise((resolve) => {
  const s = connect(port, '127.0.0.1', () => { s.destroy(); resolve(true); });
  s.on('error', () => resolve(false));
});

export async function startTinyproxy(opts: { user?: string; password?: string } = {}): Promise<WebProxy> {
  const dir = mkdtempSync(join(tmpdir(), 'mm-tinyproxy-'));
  const port = await freePort();
  const conf = join(dir, 'tinyproxy.conf');
  writeFileSync(conf, [
    `Port ${port}`, 'Listen 127.0.0.1', 'Timeout 10', 'MaxClients 20', 'Allow 127.0.0.1', 'LogLevel Info',
    ...opts.user ? [`BasicAuth ${opts.user} ${opts.password ?? ''}`] : [], '',
  ].join('\n'));
  const child = spawn('tinyproxy', ['-d', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { out += d.toString(); });
  await waitFor(() => listening(port), 5000, `tinyproxy on ${port}`);
  return {
    url: `http://127.0.0.1:${port}`,
    log: () => out,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
