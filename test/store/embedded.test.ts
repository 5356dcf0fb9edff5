// The contract suite on the embedded SQLite backend, plus what only it must prove: data that a
// resolved put/enqueue wrote survives SIGKILL of the writing process, and several processes
// can share one database file.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createLogger } from '../../src/log.ts';
import Database from 'better-sqlite3';
import { MIGRATIONS, openDb } from '../../src/store/embedded/db.ts';
import { openEmbeddedStore } from '../../src/store/embedded/index.ts';
import { openStore } from '../../src/store/index.ts';
import { configSchema } from '../../src/config.ts';
import { storeContract } from './contract.ts';

const log = createLogger({ log: { level: 'silent', pretty: false } });
const tmp = (): string => mkdtempSync(join(tmpdir(), 'mm-store-'));

storeContract('embedded', async () => {
  const dir = tmp();
  const store = await openEmbeddedStore(join(dir, 'data'), log);
  return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
});

test('openStore picks the embedded backend and creates dataDir', async () => {
  const dir = tmp();
  try {
    const dataDir = join(dir, 'nested', 'data');
    const store = await openStore(configSchema.parse({ dataDir }), log);
    assert.equal(store.backend, 'embedded');
    assert.ok(existsSync(join(dataDir, 'mailmoat.db')));
    assert.equal((await store.health()).ok, true);
    await store.close();
    assert.equal((await store.health()).ok, false, 'a closed store is not healthy');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A child process writes through the real store, prints "ok" once both calls resolved, and then
// waits to be killed; anything not synced by then would be lost.
const CHILD = `
import { openEmbeddedStore } from ${JSON.stringify(fileURLToPath(new URL('../../src/store/embedded/index.ts', import.meta.url)))};
import { createLogger } from ${JSON.stringify(fileURLToPath(new URL('../../src/log.ts', import.meta.url)))};
const store = await openEmbeddedStore(process.argv[1], createLogger({ log: { level: 'silent', pretty: false } }));
const now = Date.now();
await store.quarantine.put({ id: 'dq1', kind: 'quarantine', direction: 'inbound', receivedAt: now, expiresAt: now + 86400000,
  mailFrom: 's@x.example', recipients: ['u@corp.example'], from: 's@x.example', subject: 'durable', score: 9, action: 'quarantine',
  symbols: [], clientIp: '192.0.2.1', helo: 'x', size: 5 }, Buffer.from('qbody'));
await store.queue.enqueue([{ id: 'dqq1', createdAt: now, mailFrom: 'u@corp.example', domain: 'x.example',
  recipients: [{ address: 's@x.example', status: 'pending' }], attempts: 0, nextAttemptAt: now, lastError: null,
  delayNotified: false, leasedUntil: 0 }], Buffer.from('queued body'));
process.stdout.write('ok\\n');
setInterval(() => {}, 1000);
`;

test('a resolved quarantine.put and queue.enqueue survive SIGKILL', async () => {
  const dir = tmp();
  try {
    const dataDir = join(dir, 'data');
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', CHILD, dataDir], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, sig) => resolve(sig)));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`child did not report ok: ${err}`)), 20_000);
      child.stdout.on('data', (d: Buffer) => {
        if (d.toString().includes('ok')) { clearTimeout(timer); resolve(); }
      });
      child.on('exit', () => { clearTimeout(timer); reject(new Error(`child exited early: ${err}`)); });
    });
    child.kill('SIGKILL');
    assert.equal(await exited, 'SIGKILL');

    const store = await openEmbeddedStore(dataDir, log);
    try {
      assert.equal((await store.quarantine.get('dq1'))?.subject, 'durable');
      assert.equal((await store.quarantine.body('dq1'))?.toString(), 'qbody');
      assert.equal((await store.queue.get('dqq1'))?.domain, 'x.example');
      assert.equal((await store.queue.body('dqq1'))?.toString(), 'queued body');
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// Two worker processes on one file race to take the same quarantined items and lease the same
// queue items: every item goes to exactly one of them.
const RACER = `
import { openEmbeddedStore } from ${JSON.stringify(fileURLToPath(new URL('../../src/store/embedded/index.ts', import.meta.url)))};
import { createLogger } from ${JSON.stringify(fileURLToPath(new URL('../../src/log.ts', import.meta.url)))};
const store = await openEmbeddedStore(process.argv[1], createLogger({ log: { level: 'silent', pretty: false } }));
const start = Number(process.argv[2]);
const N = Number(process.argv[3]);
while (Date.now() < start) await new Promise((r) => setTimeout(r, 2));
const taken = [];
const leased = [];
for (let i = 0; i < N; i++) {
  if (await store.quarantine.take('m' + i)) taken.push('m' + i);
  for (const it of await store.queue.lease(Date.now(), Date.now() + 600000, 1)) leased.push(it.id);
}
process.stdout.write(JSON.stringify({ taken, leased }));
await store.close();
`;

const N = 200;

function runRacer(dataDir: string, start: number): Promise<{ taken: string[]; leased: string[] }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', RACER, dataDir, String(start), String(N)], {
      cwd: fileURLToPath(new URL('../..', import.meta.url)), stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '', err = '';
    child.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    child.stderr.on('data', (d: Buffer) => { err += d.toString(); });
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(out) as { taken: string[]; leased: string[] }) : reject(new Error(`racer exited ${code}: ${err}`))));
  });
}

test('two processes on one database: take and lease hand each item to exactly one', async (t) => {
  const dir = tmp();
  const dataDir = join(dir, 'data');
  const store = await openEmbeddedStore(dataDir, log);
  try {
    const now = Date.now();
    for (let i = 0; i < N; i++) {
      await store.quarantine.put({ id: `m${i}`, kind: 'quarantine', direction: 'inbound', receivedAt: now + i, expiresAt: now + 86400000,
        mailFrom: 's@x.example', recipients: ['u@corp.example'], from: '', subject: '', score: 9, action: 'quarantine',
        symbols: [], clientIp: '192.0.2.1', helo: 'x', size: 1 }, Buffer.from('x'));
      await store.queue.enqueue([{ id: `q${i}`, createdAt: now + i, mailFrom: 'u@corp.example', domain: 'x.example',
        recipients: [{ address: 's@x.example', status: 'pending' }], attempts: 0, nextAttemptAt: now, lastError: null,
        delayNotified: false, leasedUntil: 0 }], Buffer.from('b'));
    }
    const start = Date.now() + 2500; // both children loaded before the race starts
    const [a, b] = await Promise.all([runRacer(dataDir, start), runRacer(dataDir, start)]);
    t.diagnostic(`taken ${a.taken.length}/${b.taken.length}, leased ${a.leased.length}/${b.leased.length}`);
    const taken = [...a.taken, ...b.taken].sort();
    assert.equal(taken.length, N, 'each item taken once in total');
    assert.equal(new Set(taken).size, N);
    const leased = [...a.leased, ...b.leased];
    assert.equal(leased.length, N);
    assert.equal(new Set(leased).size, N, 'no queue item leased by both');
    assert.equal(await store.quarantine.count(), 0);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the database runs in WAL mode with synchronous=FULL, a busy timeout and the current schema', () => {
  const dir = tmp();
  try {
    const db = openDb(join(dir, 'data'));
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    assert.equal(db.pragma('synchronous', { simple: true }), 2, 'FULL');
    assert.ok((db.pragma('busy_timeout', { simple: true }) as number) >= 1000);
    const version = db.pragma('user_version', { simple: true }) as number;
    assert.ok(version >= 1);
    db.close();
    const fast = openDb(join(dir, 'data'), 'normal');
    assert.equal(fast.pragma('synchronous', { simple: true }), 1, 'NORMAL for the loss-tolerant connection');
    assert.equal(fast.pragma('journal_mode', { simple: true }), 'wal');
    fast.close();
    // reopening does not re-run migrations
    const again = openDb(join(dir, 'data'));
    assert.equal(again.pragma('user_version', { simple: true }), version);
    again.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a colleague's name used again within the hour is not rewritten; a new spelling is, and so is the next hour's use", async () => {
  const dir = tmp();
  const store = await openEmbeddedStore(join(dir, 'data'), log);
  try {
    const T = Date.UTC(2026, 11, 2, 9);
    const use = (shown: string, at: number) => store.known.recordName({ nameKey: 'anna schmidt', address: 'anna@example.com', shown }, at);
    const seen = async () => (await store.known.namedAs('anna schmidt')).map((n) => [n.shown, n.lastSeen - T]);
    await use('Anna Schmidt', T);
    await use('Anna Schmidt', T + 59 * 60_000);
    assert.deepEqual(await seen(), [['Anna Schmidt', 0]], 'no write for the same spelling within the hour');
    await use('Schmidt, Anna', T + 60_000);
    assert.deepEqual(await seen(), [['Schmidt, Anna', 60_000]]);
    await use('Schmidt, Anna', T + 61 * 60_000);
    assert.deepEqual(await seen(), [['Schmidt, Anna', 61 * 60_000]]);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('first sightings of texts never seen again are swept with the other sightings past the window', async () => {
  const dir = tmp();
  try {
    const store = await openEmbeddedStore(dir, log);
    const t0 = 30_000_000;
    const once = { ip: '192.0.2.1', senderDomain: 'a.example', recipients: ['u1@corp.example'] };
    try {
      // 999 texts seen once; the 1000th observation, after their window, sweeps
      for (let i = 0; i < 999; i++) await store.fuzzy.observe([`once${i}`], once, t0, 60);
      await store.fuzzy.observe(['late'], once, t0 + 61_000, 60);
    } finally {
      await store.close();
    }
    const db = new Database(join(dir, 'mailmoat.db'), { readonly: true });
    try {
      assert.deepEqual(db.prepare('SELECT hash FROM fuzzy_first').pluck().all(), ['late']);
      assert.equal(db.prepare('SELECT count(*) FROM fuzzy_seen').pluck().get(), 0, 'a text seen once writes no row per value');
    } finally {
      db.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a database from before the kept fingerprint counts is upgraded with its sightings counted', async () => {
  const dir = tmp();
  const dataDir = join(dir, 'data');
  try {
    mkdirSync(dataDir, { recursive: true });
    const old = new Database(join(dataDir, 'mailmoat.db'));
    const before = MIGRATIONS.findIndex((m) => m.includes('fuzzy_distinct'));
    for (const m of MIGRATIONS.slice(0, before)) old.exec(m);
    old.pragma(`user_version = ${before}`);
    const now = Date.now();
    const seen = old.prepare('INSERT INTO fuzzy_seen (hash, kind, value, last_seen) VALUES (?, ?, ?, ?)');
    for (const u of ['u1', 'u2', 'u3']) seen.run('h1', 'r', `${u}@corp.example`, now - 1000);
    seen.run('h1', 'i', '192.0.2.1', now - 1000);
    seen.run('h1', 'd', 'a.example', now - 1000);
    old.prepare('INSERT INTO fuzzy_event (hash, at) VALUES (?, ?)').run('h1', now - 1000);
    old.close();

    const store = await openEmbeddedStore(dataDir, log);
    try {
      const r = await store.fuzzy.observe(['h1'], { ip: '192.0.2.1', senderDomain: 'a.example', recipients: ['u4@corp.example'] }, now, 3600);
      assert.deepEqual(r, [{ hash: 'h1', ips: 1, domains: 1, recipients: 4 }]);
    } finally {
      await store.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
