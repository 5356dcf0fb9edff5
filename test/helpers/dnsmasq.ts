// A real DNS server for tests: dnsmasq on a free loopback port, answering only what the test says.
//
//   const dns = await startDns({
//     zones: { 'dnsbl.test': { a: { '2.0.0.127': '127.0.0.2' } } },       // names relative to the zone
//     records: { mx: { 'example.net': [{ host: 'mx.example.net', pref: 10 }] }, a: { 'mx.example.net': '127.0.0.1' } },
//     servfail: ['broken.test'], timeout: ['slow.test'],
//   });
//   config.dns.servers = [dns.server];   // "127.0.0.1:PORT"
//   await dns.stop();
//
// Every zone listed in `zones` (and `servfail`/`timeout`) is authoritative here: unknown names are
// NXDOMAIN. `servfail` zones are forwarded to a tiny responder that answers SERVFAIL; `timeout`
// zones to a socket that never answers.
import { spawn, type ChildProcess } from 'node:child_process';
import { createSocket, type Socket } from 'node:dgram';
import { Resolver } from 'node:dns/promises';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './ports.ts';

export interface DnsRecords {
  /** name → IPv4/IPv6 address(es) */
  a?: Record<string, string | string[]>;
  txt?: Record<string, string | string[]>;
  mx?: Record<string, Array<{ host: string; pref?: number }>>;
  cname?: Record<string, string>;
  /** reverse name (e.g. "2.0.0.127.in-addr.arpa") → host name */
  ptr?: Record<string, string>;
}

export interface StartDnsOptions {
  /** zone → records with names relative to the zone ("@" = the zone itself; a name ending in "." is absolute) */
  zones?: Record<string, DnsRecords>;
  /** records with absolute names */
  records?: DnsRecords;
  servfail?: string[];
  timeout?: string[];
  /** TTL of the answers (default 60) */
  ttl?: number;
}

export interface DnsServer {
  /** "127.0.0.1:PORT", the form dns.servers takes */
  server: string;
  port: number;
  logs(): string;
  stop(): Promise<void>;
}

function qualify(name: string, zone: string | null): string {
  if (name.endsWith('.')) return name.slice(0, -1);
  if (!zone) return name;
  return name === '@' || name === '' ? zone : `${name}.${zone}`;
}

function recordArgs(r: DnsRecords, zone: string | null, ttl: number): string[] {
  const args: string[] = [];
  for (const [name, v] of Object.entries(r.a ?? {})) {
    const fq = qualify(name, zone);
    const addrs = Array.isArray(v) ? v : [v];
    const v4 = addrs.filter((a) => !a.includes(':'));
    const v6 = addrs.filter((a) => a.includes(':'));
    // host-record is exact-name (no subdomain wildcard), one v4 and one v6 per record
    for (let i = 0; i < Math.max(v4.length, v6.length); i++) {
      args.push(`--host-record=${[fq, v4[i], v6[i]].filter(Boolean).join(',')},${ttl}`);
    }
  }
  for (const [name, v] of Object.entries(r.txt ?? {})) {
    // no shell here: dnsmasq takes the text verbatim; a comma starts a new character-string
    for (const t of Array.isArray(v) ? v : [v]) args.push(`--txt-record=${qualify(name, zone)},${t}`);
  }
  for (const [name, list] of Object.entries(r.mx ?? {})) {
    for (const mx of list) args.push(`--mx-host=${qualify(name, zone)},${mx.host},${mx.pref ?? 10}`);
  }
  for (const [alias, target] of Object.entries(r.cname ?? {})) args.push(`--cname=${qualify(alias, zone)},${qualify(target, zone)}`);
  for (const [name, host] of Object.entries(r.ptr ?? {})) args.push(`--ptr-record=${qualify(name, zone)},${host}`);
  return args;
}

/** A UDP DNS responder answering SERVFAIL to everything (echoes id and question). */
function servfailResponder(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const sock = createSocket('udp4');
    sock.on('message', (msg, rinfo) => {
      if (msg.length < 12) return;
      const out = Buffer.from(msg);
      out[2] = 0x80 | (msg[2]! & 0x01); // QR=1, keep RD
      out[3] = 0x80 | 0x02; // RA=1, RCODE=SERVFAIL
      out.writeUInt16BE(0, 6); // ANCOUNT
      out.writeUInt16BE(0, 8); // NSCOUNT
      out.writeUInt16BE(0, 10); // ARCOUNT (drops any EDNS OPT record)
      // cut after the first question: find its end
      let i = 12;
      while (i < msg.length && msg[i] !== 0) i += msg[i]! + 1;
      sock.send(out.subarray(0, Math.min(msg.length, i + 5)), rinfo.port, rinfo.address);
    });
    sock.once('error', reject);
    sock.bind(port, '127.0.0.1', () => resolve(sock));
  });
}

function blackhole(port: number): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const sock = createSocket('udp4');
    sock.on('message', () => { /* never answer */ });
    sock.once('error', reject);
    sock.bind(port, '127.0.0.1', () => resolve(sock));
  });
}

export async function startDns(opts: StartDnsOptions = {}): Promise<DnsServer> {
  const ttl = opts.ttl ?? 60;
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'mm-dns-'));
  const sockets: Socket[] = [];
  const args = [
    '--keep-in-foreground', '--no-resolv', '--no-hosts', '--no-poll', '--conf-file=/dev/null',
    `--port=${port}`, '--listen-address=127.0.0.1', '--bind-interfaces', '--pid-file=',
    `--local-ttl=${ttl}`, '--log-facility=-', '--log-queries', '--cache-size=0',
  ];
  for (const [zone, recs] of Object.entries(opts.zones ?? {})) {
    args.push(`--local=/${zone}/`);
    args.push(...recordArgs(recs, zone, ttl));
  }
  if (opts.records) args.push(...recordArgs(opts.records, null, ttl));
  if (opts.servfail?.length) {
    const p = await freePort();
    sockets.push(await servfailResponder(p));
    for (const z of opts.servfail) args.push(`--server=/${z}/127.0.0.1#${p}`);
  }
  if (opts.timeout?.length) {
    const p = await freePort();
    sockets.push(await blackhole(p));
    for (const z of opts.timeout) args.push(`--server=/${z}/127.0.0.1#${p}`);
  }
  let output = '';
  const child: ChildProcess = spawn('dnsmasq', args, { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
  let exited = false;
  child.on('exit', () => { exited = true; });
  const stop = async (): Promise<void> => {
    for (const s of sockets) s.close();
    if (!exited) {
      const gone = new Promise<void>((r) => child.once('exit', () => r()));
      child.kill('SIGTERM');
      await Promise.race([gone, new Promise((r) => setTimeout(r, 2000))]);
      if (!exited) child.kill('SIGKILL');
    }
    rmSync(dir, { recursive: true, force: true });
  };
  // Ready when it answers anything at all (NXDOMAIN/REFUSED included).
  const probe = new Resolver({ timeout: 200, tries: 1 });
  probe.setServers([`127.0.0.1:${port}`]);
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (exited) throw new Error(`dnsmasq exited: ${output}`);
    try {
      await probe.resolve4('ready.probe.invalid');
      break;
    } catch (err) {
      const code = (err as { code?: string }).code;
      if (code && code !== 'ETIMEOUT' && code !== 'ECONNREFUSED') break;
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`dnsmasq did not answer on port ${port}: ${output}`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return { server: `127.0.0.1:${port}`, port, logs: () => output, stop };
}
