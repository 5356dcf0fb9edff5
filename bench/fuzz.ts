// A mutation fuzzer for the readers of hostile input: ZIP (plain, ZipCrypto, WinZip AES), 7-Zip
// (LZMA, LZMA2, BCJ, BCJ2, AES, encrypted names), RAR 4/5, tar, gzip and xz, ISO 9660, OLE2 (Word, PowerPoint,
// Outlook), RTF, OneNote, PDF (plain, object streams, encrypted with every cipher), calendars,
// pictures read for QR codes, and whole MIME messages through the inbound pipeline. A reader that throws makes its check "add
// nothing", so a file built to crash it passes unjudged; one that loops or allocates without bound
// stalls every SMTP session of the worker. Each input is a valid file with 1–8 random mutations
// (bit flips, bytes set to boundary values, chunks cut, doubled or spliced from another seed).
//
// A child process runs the inputs; the parent restarts it when it dies or goes silent. Saved under
// --out (default scratch/fuzz): crash/ (a reader threw, or a check failed), hang/ (no answer for
// --hang-ms), slow/ (over --slow-ms), each input with a .txt saying why. Replay one with --replay F.
//   node --import tsx bench/fuzz.ts --target attachments|links|qr|message [--seconds 300] [--seed 1]
import { fork } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArg } from './corpus.ts';

const TARGET = benchArg('target', 'attachments');
const SECONDS = Number(benchArg('seconds', '300'));
const SEED = Number(benchArg('seed', String(Date.now() % 100_000)));
const OUT = benchArg('out', 'scratch/fuzz');
const SLOW_MS = Number(benchArg('slow-ms', '2000'));
const HANG_MS = Number(benchArg('hang-ms', '20000'));
const REPLAY = benchArg('replay', '');
const PASSWORD = 'secret';

interface Seed { name: string; data: Buffer }
interface Target { seeds(): Seed[]; run(name: string, input: Buffer): Promise<string | null> }

/** A small deterministic PRNG (mulberry32): a run is repeated by its seed. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BOUNDARY = [0, 1, 0x7f, 0x80, 0xff, 0xfe, 0x40, 0x20];
function mutate(input: Buffer, seeds: readonly Seed[], random: () => number): Buffer {
  let b = Buffer.from(input);
  const n = 1 + Math.floor(random() * 8);
  const at = (): number => Math.floor(random() * Math.max(1, b.length));
  for (let i = 0; i < n; i++) {
    switch (Math.floor(random() * 8)) {
      case 0: { const p = at(); if (b.length) b[p] = b[p]! ^ (1 << Math.floor(random() * 8)); break; }
      case 1: { const p = at(); if (b.length) b[p] = BOUNDARY[Math.floor(random() * BOUNDARY.length)]!; break; }
      case 2: { // a 16- or 32-bit field set to a large value
        const p = at();
        if (p + 4 <= b.length) b.writeUInt32LE([0xffffffff, 0x7fffffff, 0x80000000, 0x10000, 0xffff][Math.floor(random() * 5)]!, p);
        break;
      }
      case 3: { const p = at(); const len = Math.floor(random() * 64); b = Buffer.concat([b.subarray(0, p), b.subarray(p + len)]); break; }
      case 4: { const p = at(); const len = Math.floor(random() * 256); b = Buffer.concat([b.subarray(0, p), b.subarray(p, p + len), b.subarray(p)]); break; }
      case 5: { b = b.subarray(0, at()); break; }
      case 6: { // splice from another seed
        const other = seeds[Math.floor(random() * seeds.length)]!.data;
        const from = Math.floor(random() * other.length), len = Math.floor(random() * 512), p = at();
        b = Buffer.concat([b.subarray(0, p), other.subarray(from, from + len), b.subarray(p + len)]);
        break;
      }
      default: { const p = at(); if (b.length) b[p] = Math.floor(random() * 256); }
    }
  }
  return b;
}

async function targetOf(name: string): Promise<Target> {
  const seeds = await import('./fuzz-seeds.ts');
  if (name === 'attachments' || name === 'links') {
    const { inspectAttachmentFiles } = await import('../src/content/attachments.ts');
    const { attachmentsOptionsSchema, policyOf } = await import('../src/pipeline/checks/attachments.ts');
    const { messageLinks } = await import('../src/content/links.ts');
    const { invitationsOf, invitationText } = await import('../src/content/calendar.ts');
    const policy = policyOf(attachmentsOptionsSchema.parse({}));
    return {
      seeds: seeds.fileSeeds,
      async run(seedName, input) {
        // the seed's name is the attachment's: "invoice.7z", "minutes.pdf"
        const files = [{ filename: seedName, mimeType: 'application/octet-stream', content: input }];
        if (name === 'attachments') {
          await inspectAttachmentFiles(files, policy, () => [PASSWORD]);
        } else {
          // the password in the text: locked archives' documents are opened too (document-text.ts)
          await messageLinks({ html: null, text: `Password: ${PASSWORD}`, subject: '', attachments: files as never }, 100, null);
          invitationsOf(files);
          invitationText(files);
        }
        return null;
      },
    };
  }
  if (name === 'qr') {
    const { qrCodesOf, qrOptionsSchema } = await import('../src/content/qr.ts');
    const options = qrOptionsSchema.parse({});
    return {
      seeds: seeds.imageSeeds,
      async run(seedName, input) {
        await qrCodesOf({ html: '', attachments: [{ filename: seedName, mimeType: 'application/octet-stream', content: input }] as never }, options);
        return null;
      },
    };
  }
  if (name === 'message') {
    const [{ default: pino }, { offlinePipeline }] = await Promise.all([import('pino'), import('./offline-pipeline.ts')]);
    // the checks' failures are logged, not thrown: a warning "check failed" is a finding
    let failures: string[] = [];
    const log = pino({ level: 'warn' }, { write: (line: string) => { const o = JSON.parse(line); if (/check failed|undeclared/.test(o.msg)) failures.push(`${o.check ?? ''}: ${o.msg}: ${o.err?.message ?? ''}`); } });
    const gateway = await offlinePipeline(log);
    let n = 0;
    return {
      seeds: seeds.messageSeeds,
      async run(_seedName, raw) {
        failures = [];
        await gateway.run(`f${n++}`, raw);
        // DNS lookups against a closed port fail by design: only other failures count
        const real = failures.filter((f) => !/^(dnsbl|uribl|sender-domain|domain-age|auth|helo|known-sender|spamtrap)\b/.test(f) || !/timeout|ECONNREFUSED|ETIMEOUT|queryA|DNS/i.test(f));
        return real.length ? real.join('\n') : null;
      },
    };
  }
  throw new Error(`--target: unknown target ${name} (attachments, links, qr, message)`);
}

async function child(): Promise<void> {
  const target = await targetOf(TARGET);
  const seeds = target.seeds();
  const random = rng(Number(process.env.FUZZ_SEED));
  const current = join(OUT, TARGET, 'current.bin');
  let last = Date.now(), count = 0;
  for (;;) {
    const seed = seeds[Math.floor(random() * seeds.length)]!;
    const input = mutate(seed.data, seeds, random);
    writeFileSync(current, input);
    writeFileSync(`${current}.name`, seed.name);
    const t0 = performance.now();
    let problem: string | null;
    try {
      problem = await target.run(seed.name, input);
    } catch (err) {
      problem = (err as Error).stack ?? String(err);
    }
    const ms = performance.now() - t0;
    if (problem) save('crash', seed.name, input, problem);
    else if (ms > SLOW_MS) save('slow', seed.name, input, `${ms.toFixed(0)} ms`);
    count++;
    if (Date.now() - last > 1000) { last = Date.now(); process.send!({ count }); count = 0; }
  }
}

function save(kind: string, seedName: string, input: Buffer, why: string): void {
  const dir = join(OUT, TARGET, kind);
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${Date.now()}-${seedName}`);
  writeFileSync(file, input);
  writeFileSync(`${file}.txt`, `${seedName}\n${why}\n`);
  if (kind !== 'slow') console.error(`${kind}: ${file}\n  ${why.split('\n').slice(0, 3).join('\n  ')}`);
}

async function parent(): Promise<void> {
  const dir = join(OUT, TARGET);
  mkdirSync(dir, { recursive: true });
  const end = Date.now() + SECONDS * 1000;
  let total = 0, restarts = 0, generation = 0;
  while (Date.now() < end) {
    const seed = SEED + generation++;
    const proc = fork(fileURLToPath(import.meta.url), process.argv.slice(2), { env: { ...process.env, FUZZ_CHILD: '1', FUZZ_SEED: String(seed) }, execArgv: ['--import', 'tsx', '--max-old-space-size=1024'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    let heard = Date.now();
    proc.on('message', (m: { count: number }) => { heard = Date.now(); total += m.count; });
    const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)));
    let gone = false, hung = false;
    void exited.then(() => { gone = true; });
    while (!gone && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 250));
      if (!gone && Date.now() - heard > HANG_MS) {
        proc.kill('SIGKILL');
        await exited;
        keep('hang', `no answer for ${HANG_MS} ms (seed ${seed})`);
        hung = true;
      }
    }
    if (gone && !hung && Date.now() < end) {
      const code = await exited;
      keep('crash', `the process died (exit ${code}, seed ${seed})`);
      restarts++;
    } else if (!gone) {
      proc.kill('SIGKILL');
      await exited;
    }
  }
  const counts = ['crash', 'hang', 'slow'].map((k) => `${k} ${existsSync(join(dir, k)) ? readdirSync(join(dir, k)).filter((f) => !f.endsWith('.txt')).length : 0}`);
  console.log(`${TARGET}: ${total} inputs in ${SECONDS} s, ${restarts} restarts; saved: ${counts.join(', ')} (in ${dir})`);

  function keep(kind: string, why: string): void {
    const current = join(dir, 'current.bin');
    if (!existsSync(current)) return;
    const name = readFileSync(`${current}.name`, 'utf8');
    mkdirSync(join(dir, kind), { recursive: true });
    const file = join(dir, kind, `${Date.now()}-${name}`);
    copyFileSync(current, file);
    writeFileSync(`${file}.txt`, `${name}\n${why}\n`);
    console.error(`${kind}: ${file} (${why})`);
  }
}

async function replay(file: string): Promise<void> {
  const target = await targetOf(TARGET);
  const name = existsSync(`${file}.txt`) ? readFileSync(`${file}.txt`, 'utf8').split('\n')[0]! : file.replace(/^.*\/\d+-/, '');
  const t0 = performance.now();
  const problem = await target.run(name, readFileSync(file)).catch((err: Error) => err.stack ?? String(err));
  console.log(`${file} as ${name}: ${(performance.now() - t0).toFixed(0)} ms; ${problem ?? 'no problem'}`);
  process.exit(0);
}

if (process.env.FUZZ_CHILD) await child();
else if (REPLAY) await replay(REPLAY);
else await parent();
