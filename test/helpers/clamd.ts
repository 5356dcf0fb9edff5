// Starts a real clamd for tests: its own config, socket and temp dirs, on a free loopback port,
// with only the test signature database shipped in test/fixtures/clamav (EICAR by MD5 and by a
// body signature). No freshclam, no network. Waits for PING → PONG (loading takes a few seconds).
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort } from './ports.ts';

export const CLAMD_BIN = process.env.CLAMD_BIN ?? '/usr/sbin/clamd';
const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'clamav');

/** The EICAR test string (68 bytes), assembled so this file itself does not trip scanners. */
export const EICAR = Buffer.from(['X5O!P%@AP[4\\PZX54(P^)7CC)7}$', 'EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*'].join(''), 'latin1');

/**
 * A Windows program the test signatures call Mailmoat-Test-Program: ClamAV's own test PE (Debian
 * package clamav-testfiles), so that 7-Zip takes it for a program and packs it through its x86
 * filters (BCJ, or BCJ2 at -mx=9), then 64 kB of CALL and JMP instructions and the signature's
 * bytes, whose own CALL those filters rewrite: found only in the program as it was.
 */
export function testProgram(): Buffer {
  const code = Buffer.from([0x55, 0x89, 0xe5, 0xe8, 0x10, 0x00, 0x00, 0x00, 0x5d, 0xc3, 0xe9, 0xf0, 0xff, 0xff, 0xff, 0x90]);
  const marker = Buffer.concat([Buffer.from('MAILMOAT-BCJ-TEST'), Buffer.from([0xe8, 0x10, 0, 0, 0]), Buffer.from('CALL-TARGET')]);
  return Buffer.concat([readFileSync('/usr/share/clamav-testfiles/clam.exe'), ...Array<Buffer>(4096).fill(code), marker, ...Array<Buffer>(64).fill(code)]);
}

export interface Clamd {
  host: string;
  port: number;
  dir: string;
  logs(): string;
  stop(): Promise<void>;
}

export function ping(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const s = connect({ host, port });
    let data = '';
    const done = (ok: boolean): void => { clearTimeout(t); s.destroy(); resolve(ok); };
    const t = setTimeout(() => done(false), timeoutMs);
    s.on('connect', () => s.end('zPING\0'));
    s.on('data', (d) => { data += d.toString(); if (data.includes('PONG')) done(true); });
    s.on('error', () => done(false));
    s.on('close', () => done(data.includes('PONG')));
  });
}

export async function startClamd(opts: { streamMaxLength?: string; extraConfig?: string[]; startTimeoutMs?: number } = {}): Promise<Clamd> {
  const dir = mkdtempSync(join(tmpdir(), 'mm-clamd-'));
  const db = join(dir, 'db');
  const tmp = join(dir, 'tmp');
  for (const d of [db, tmp]) rmSync(d, { recursive: true, force: true });
  const { mkdirSync } = await import('node:fs');
  mkdirSync(db);
  mkdirSync(tmp);
  for (const f of readdirSync(FIXTURES)) if (/\.(hdb|ndb)$/.test(f)) copyFileSync(join(FIXTURES, f), join(db, f));
  const port = await freePort();
  const conf = join(dir, 'clamd.conf');
  writeFileSync(conf, [
    'Foreground yes',
    `TCPSocket ${port}`,
    'TCPAddr 127.0.0.1',
    `DatabaseDirectory ${db}`,
    `TemporaryDirectory ${tmp}`,
    `PidFile ${join(dir, 'clamd.pid')}`,
    `User ${process.env.USER ?? 'root'}`,
    'LogTime yes',
    'LogVerbose no',
    `StreamMaxLength ${opts.streamMaxLength ?? '25M'}`,
    'ScanMail yes',
    'ScanArchive yes',
    'Bytecode no',
    'SelfCheck 0',
    ...(opts.extraConfig ?? []),
    '',
  ].join('\n'));
  let output = '';
  const child: ChildProcess = spawn(CLAMD_BIN, ['--foreground', '-c', conf], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const deadline = Date.now() + (opts.startTimeoutMs ?? 45_000);
  while (!(await ping(port))) {
    if (exited || Date.now() > deadline) {
      child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
      throw new Error(`clamd did not start (port ${port}):\n${output.slice(-2000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    host: '127.0.0.1', port, dir,
    logs: () => output,
    async stop() {
      if (!exited) {
        const gone = new Promise<void>((r) => child.once('exit', () => r()));
        child.kill('SIGTERM');
        const t = setTimeout(() => child.kill('SIGKILL'), 5000);
        await gone;
        clearTimeout(t);
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
