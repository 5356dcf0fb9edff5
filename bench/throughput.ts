// Throughput/latency benchmark of the inbound pass-through path, run by bench/throughput.sh.
//   direct:   smtp-source → smtp-sink
//   mailmoat: smtp-source → mailmoat (real process, real pipeline) → smtp-sink
// Both in the same run, 20 concurrent sessions, one message per connection (smtp-source default).
// Latency (connect → 250 after the final dot) is measured by our own client with the same
// concurrency, since smtp-source reports none. Prints a markdown table.
// --corpus: real mail instead of smtp-source's filler, through a trained model. The Bayes model is
// trained by `mailmoat train` (the CLI, into the gateway's data directory) on the accuracy
// benchmark's training split, and our own client sends every message of its test split (2921 ham
// and spam of 2002–2003, up to 1 MB, HTML, attachments, eight-bit charsets) once to each side,
// rate and latency from the same pass. Every name resolves (to 192.0.2.53) but the block lists'
// zones, which answer NXDOMAIN: the checks make their DNS queries and nothing is listed.
import { spawn, type ChildProcess } from 'node:child_process';
import { connect } from 'node:net';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync, cpSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { stringify, parse } from 'yaml';
import { freePort, waitFor } from '../test/helpers/ports.ts';
import { readCorpusSet, withoutCollectorHops } from './corpus.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    messages: { type: 'string', default: '4000' },
    sessions: { type: 'string', default: '20' },
    size: { type: 'string', default: '2048' },
    'latency-messages': { type: 'string', default: '1000' },
    workers: { type: 'string', default: '1' },
    checks: { type: 'string', default: 'on' }, // on = the default rules; off = every check disabled
    runs: { type: 'string', default: '1' },
    corpus: { type: 'boolean', default: false },
  },
});
const MESSAGES = Number(values.messages);
const SESSIONS = Number(values.sessions);
const SIZE = Number(values.size);
const LAT_MESSAGES = Number(values['latency-messages']);
const WORKERS = values.workers === 'auto' ? 'auto' : Number(values.workers);
const RUNS = Number(values.runs);

function run(cmd: string, args: string[]): Promise<{ code: number | null; out: string }> {
  return new Promise((res) => {
    const p = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    p.on('exit', (code) => res({ code, out }));
  });
}

async function smtpSource(port: number): Promise<number> {
  const t0 = process.hrtime.bigint();
  const r = await run('/usr/sbin/smtp-source', ['-s', String(SESSIONS), '-m', String(MESSAGES), '-l', String(SIZE),
    '-f', 'bench@sender.test', '-t', 'user@example.com', '-S', 'mailmoat benchmark', `127.0.0.1:${port}`]);
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  if (r.code !== 0) throw new Error(`smtp-source failed (${r.code}): ${r.out.slice(0, 2000)}`);
  return MESSAGES / secs;
}

/** One message on a fresh connection; resolves with ms from connect to the reply after DATA, and that reply (`anyReply`: whatever it is; else only 250). */
function oneMessage(port: number, body: string, anyReply = false): Promise<{ ms: number; reply: string }> {
  return new Promise((res, rej) => {
    const t0 = process.hrtime.bigint();
    const s = connect(port, '127.0.0.1');
    const script = ['EHLO bench.sender.test', 'MAIL FROM:<bench@sender.test>', 'RCPT TO:<user@example.com>', 'DATA'];
    let step = 0;
    let buf = '';
    s.setTimeout(30000, () => { s.destroy(); rej(new Error('timeout')); });
    s.on('error', rej);
    s.on('data', (d: Buffer) => {
      buf += d.toString('latin1');
      let nl: number;
      while ((nl = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, nl);
        buf = buf.slice(nl + 2);
        if (/^\d{3}-/.test(line)) continue;
        const code = Number(line.slice(0, 3));
        if (step < script.length) {
          if ((step === 0 && code !== 220) || (step > 0 && step < 4 && code !== 250)) { s.destroy(); rej(new Error(line)); return; }
          s.write(script[step]! + '\r\n');
          step++;
        } else if (step === script.length) {
          if (code !== 354) { s.destroy(); rej(new Error(line)); return; }
          s.write(body + '.\r\n');
          step++;
        } else {
          if (code !== 250 && !(anyReply && code >= 400)) { s.destroy(); rej(new Error(line)); return; }
          const ms = Number(process.hrtime.bigint() - t0) / 1e6;
          s.end('QUIT\r\n');
          res({ ms, reply: line });
          return;
        }
      }
    });
  });
}

async function latencies(port: number): Promise<number[]> {
  const body = 'From: bench@sender.test\r\nTo: user@example.com\r\nSubject: latency probe\r\n\r\n' + 'x'.repeat(76).concat('\r\n').repeat(Math.max(1, Math.floor(SIZE / 78)));
  const out: number[] = [];
  let next = 0;
  await Promise.all(Array.from({ length: SESSIONS }, async () => {
    while (next < LAT_MESSAGES) {
      next++;
      out.push((await oneMessage(port, body)).ms);
    }
  }));
  return out.sort((a, b) => a - b);
}

/** The test split of the accuracy benchmark, as an MX receives it, CRLF line ends and dots stuffed. */
function corpusMessages(): string[] {
  const sets = [...readCorpusSet('easy-ham-2'), ...readCorpusSet('hard-ham-1').filter((_, i) => i % 2 === 1), ...readCorpusSet('spam-2')];
  return sets.map(({ raw }) => withoutCollectorHops(raw).toString('latin1').replace(/\r?\n/g, '\r\n').replace(/^\./gm, '..').replace(/(?:\r\n)*$/, '\r\n'));
}

/** Every message once, SESSIONS at a time: the rate (msg/s), the sorted latencies and what the replies said, of the same pass. */
async function corpusPass(port: number, bodies: readonly string[]): Promise<{ rate: number; lat: number[]; replies: Record<string, number> }> {
  const lat: number[] = [];
  const replies: Record<string, number> = {};
  let next = 0;
  const t0 = process.hrtime.bigint();
  await Promise.all(Array.from({ length: SESSIONS }, async () => {
    while (next < bodies.length) {
      const r = await oneMessage(port, bodies[next++]!, true);
      lat.push(r.ms);
      // mailmoat answers "250 … queued as" when relayed, "250 … held as" when quarantined
      const kind = /^250 .*held as/.test(r.reply) ? 'held' : r.reply.startsWith('250') ? 'relayed' : r.reply.startsWith('4') ? 'deferred' : 'refused';
      replies[kind] = (replies[kind] ?? 0) + 1;
    }
  }));
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  return { rate: bodies.length / secs, lat: lat.sort((a, b) => a - b), replies };
}

/** The accuracy benchmark's training split written out and learned by `mailmoat train` with the gateway's config. */
async function trainModel(dir: string, configFile: string): Promise<string> {
  const split = { ham: [...readCorpusSet('easy-ham-1'), ...readCorpusSet('hard-ham-1').filter((_, i) => i % 2 === 0)], spam: readCorpusSet('spam-1') };
  for (const [cls, messages] of Object.entries(split)) {
    mkdirSync(join(dir, 'train', cls), { recursive: true });
    messages.forEach((m, i) => writeFileSync(join(dir, 'train', cls, `${i}.eml`), withoutCollectorHops(m.raw)));
  }
  const r = await run(process.execPath, [join(ROOT, 'bin', 'mailmoat.js'), 'train', '--spam', join(dir, 'train', 'spam'), '--ham', join(dir, 'train', 'ham'), '--config', configFile]);
  if (r.code !== 0) throw new Error(`mailmoat train failed (${r.code}): ${r.out.slice(-2000)}`);
  return `${split.ham.length} ham, ${split.spam.length} spam`;
}

/** CPU time (user + system, ms) of a process and every process below it (the gateway and its SMTP workers), from /proc. */
function treeCpuMs(pid: number): number {
  let ticks = 0;
  const pending = [pid];
  while (pending.length) {
    const p = pending.pop()!;
    try {
      // fields after the command's closing parenthesis: state is 3rd, utime 14th, stime 15th
      const fields = readFileSync(`/proc/${p}/stat`, 'utf8').replace(/^.*\) /s, '').split(' ');
      ticks += Number(fields[11]) + Number(fields[12]);
      for (const task of readdirSync(`/proc/${p}/task`)) pending.push(...readFileSync(`/proc/${p}/task/${task}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number));
    } catch {
      // gone meanwhile
    }
  }
  return ticks * (1000 / CLOCK_TICKS);
}
/** the kernel's clock ticks per second (getconf CLK_TCK; 100 on Linux) */
const CLOCK_TICKS = 100;

const pct = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function startSink(): Promise<{ port: number; proc: ChildProcess }> {
  const port = await freePort();
  const proc = spawn('/usr/sbin/smtp-sink', ['-u', 'nobody', `127.0.0.1:${port}`, '1024'], { stdio: 'ignore' });
  await waitFor(() => new Promise<boolean>((r) => { const s = connect(port, '127.0.0.1', () => { s.destroy(); r(true); }); s.on('error', () => r(false)); }), 5000, 'smtp-sink');
  return { port, proc };
}

/**
 * A local resolver, so no query leaves the host: NXDOMAIN for everything at once (SPF, DNSBL), or
 * with --corpus an address for every name but the block lists' zones (NXDOMAIN: nothing listed),
 * so that the corpus's sender domains exist, as they did when the mail was sent.
 */
async function startDns(): Promise<{ port: number; proc: ChildProcess }> {
  const port = await freePort();
  const zones = [...readFileSync(join(ROOT, 'rules', 'dnsbl.yaml'), 'utf8').matchAll(/^\s*zone:\s*(\S+)/gm)].map((m) => m[1]!);
  // data.iana.org NXDOMAIN too: no registry to ask here (domain-age scores nothing, as on a gateway without a way out)
  const answers = values.corpus ? ['--address=/#/192.0.2.53', ...zones.map((z) => `--address=/${z}/`), '--address=/data.iana.org/'] : ['--address=/#/'];
  const proc = spawn('dnsmasq', ['--no-daemon', '--conf-file=/dev/null', `--port=${port}`, '--listen-address=127.0.0.1', '--bind-interfaces',
    '--no-resolv', '--no-hosts', ...answers, '--pid-file=', ...(process.getuid?.() === 0 ? ['--user=root'] : [])], { stdio: 'ignore' });
  await new Promise((r) => setTimeout(r, 300));
  return { port, proc };
}

async function startMailmoat(backendPort: number, dir: string, dns: number): Promise<{ port: number; proc: ChildProcess }> {
  const [port, web, outbound] = await Promise.all([freePort(), freePort(), freePort()]);
  let rules = join(ROOT, 'rules');
  if (values.checks === 'off') {
    rules = join(dir, 'rules');
    cpSync(join(ROOT, 'rules'), rules, { recursive: true });
    const file = join(rules, 'checks.yaml');
    const checks = (parse(readFileSync(file, 'utf8')) ?? {}) as Record<string, Record<string, unknown>>;
    const { CHECKS } = await import('../src/pipeline/checks/index.ts');
    for (const c of CHECKS) checks[c.name] = { ...(checks[c.name] ?? {}), enabled: false };
    writeFileSync(file, stringify(checks));
  }
  const config = {
    hostname: 'mx.bench.test', dataDir: join(dir, 'data'), rules, workers: WORKERS,
    log: { level: 'warn', pretty: false },
    smtp: { inbound: { host: '127.0.0.1', port, maxConnectionsPerIp: 1000 }, outbound: { host: '127.0.0.1', port: outbound, enabled: false }, localDomains: ['example.com'] },
    backend: { host: '127.0.0.1', port: backendPort, poolSize: SESSIONS },
    dns: { servers: [`127.0.0.1:${dns}`], timeoutMs: 1000 },
    clamav: { enabled: false }, greylist: { enabled: false },
    web: { host: '127.0.0.1', port: web }, admin: { password: 'bench-password' },
  };
  const file = join(dir, 'bench.yaml');
  writeFileSync(file, stringify(config));
  if (values.corpus) trained = await trainModel(dir, file);
  // MAILMOAT_BENCH_NODE_ARGS: extra node flags for the gateway only, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof"
  const nodeArgs = (process.env.MAILMOAT_BENCH_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);
  // started as `npm start` and the deployment files start it (bin/mailmoat.js: --no-regexp-tier-up)
  const proc = spawn(process.execPath, ['--no-regexp-tier-up', ...nodeArgs, join(ROOT, 'bin', 'mailmoat.js'), 'start', '--config', file], { stdio: ['ignore', 'ignore', 'inherit'] });
  await waitFor(async () => (await fetch(`http://127.0.0.1:${web}/healthz`).catch(() => null))?.status === 200, 30000, 'mailmoat /healthz');
  return { port, proc };
}

/** what the model learned (--corpus) */
let trained = '';
const dir = mkdtempSync(join(tmpdir(), 'mailmoat-bench-'));
const sink = await startSink();
const dns = await startDns();
const gw = await startMailmoat(sink.port, dir, dns.port);
try {
  // warm-up (JIT, backend pool)
  await latencies(gw.port).catch(() => []);
  const bodies = values.corpus ? corpusMessages() : [];
  const rows: string[] = [];
  let replies: Record<string, number> = {};
  for (let i = 0; i < RUNS; i++) {
    let direct: number, via: number, latD: number[], latV: number[];
    let cpu = '';
    if (values.corpus) {
      ({ rate: direct, lat: latD } = await corpusPass(sink.port, bodies));
      const before = treeCpuMs(gw.proc.pid!);
      ({ rate: via, lat: latV, replies } = await corpusPass(gw.port, bodies));
      cpu = ` ${((treeCpuMs(gw.proc.pid!) - before) / bodies.length).toFixed(2)} |`;
    } else {
      direct = await smtpSource(sink.port);
      via = await smtpSource(gw.port);
      latD = await latencies(sink.port);
      latV = await latencies(gw.port);
    }
    const d50 = pct(latD, 50), d99 = pct(latD, 99), v50 = pct(latV, 50), v99 = pct(latV, 99);
    rows.push(`| ${i + 1} | ${direct.toFixed(0)} | ${via.toFixed(0)} | **${((via / direct) * 100).toFixed(1)}%** | ${d50.toFixed(2)} / ${d99.toFixed(2)} | ${v50.toFixed(2)} / ${v99.toFixed(2)} | +${(v50 - d50).toFixed(2)} (×${(v50 / d50).toFixed(1)}) | +${(v99 - d99).toFixed(2)} (×${(v99 / d99).toFixed(1)}) |${cpu}`);
  }
  const what = values.corpus
    ? `the ${bodies.length} test messages of the corpus (${(bodies.reduce((n, b) => n + b.length, 0) / bodies.length / 1024).toFixed(1)} kB on average) once per side, rate and latency from that pass; Bayes trained by mailmoat train on ${trained}`
    : `${MESSAGES} messages of ${SIZE} bytes per smtp-source run; latency over ${LAT_MESSAGES} messages`;
  console.log(`\nInbound pass-through: ${SESSIONS} concurrent sessions, one message per connection, ${what}; mailmoat workers=${WORKERS}, checks=${values.checks}\n`);
  console.log(`| run | direct msg/s | via mailmoat msg/s | ratio | direct p50 / p99 ms | mailmoat p50 / p99 ms | added p50 ms | added p99 ms |${values.corpus ? ' mailmoat CPU ms per message |' : ''}`);
  console.log(`|---|---|---|---|---|---|---|---|${values.corpus ? '---|' : ''}`);
  for (const r of rows) console.log(r);
  if (values.corpus) console.log(`\nmailmoat's replies in the last pass: ${Object.entries(replies).map(([k, n]) => `${n} ${k}`).join(', ')}`);
} finally {
  gw.proc.kill('SIGTERM');
  sink.proc.kill('SIGTERM');
  dns.proc.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dir, { recursive: true, force: true });
}
