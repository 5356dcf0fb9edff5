// The age of clamd's signatures: its VERSION reply read, judged against clamav.signatureMaxAgeDays,
// asked at most every 10 minutes, and shown in /healthz and /metrics. A fake clamd plays a clamd
// whose daily database is old (a real one cannot load a database without ClamAV's signature on it;
// test/e2e/content-clamav.test.ts runs the real clamd with local signatures only).
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import pino from 'pino';
import { probeClamav, resetClamavState } from '../../../src/clamav/index.ts';
import { judgeSignatures, parseClamVersion, resetSignatureState, signatureHealth } from '../../../src/clamav/signatures.ts';
import { loadConfig } from '../../../src/config.ts';
import { openEmbeddedStore } from '../../../src/store/embedded/index.ts';
import { buildWebApp } from '../../../src/web/app.ts';

const DAY = 86_400_000;

describe('parseClamVersion and judgeSignatures', () => {
  test('reads the engine, the daily database and its date (ctime format, one-digit days padded)', () => {
    assert.deepEqual(parseClamVersion('ClamAV 1.4.6/27475/Tue Dec  1 08:25:02 2026'), { engine: '1.4.6', database: 27475, builtAt: Date.UTC(2026, 11, 1, 8, 25, 2) });
    assert.deepEqual(parseClamVersion('ClamAV 0.103.11/26950/Mon Jul 24 07:28:41 2023\n'), { engine: '0.103.11', database: 26950, builtAt: Date.UTC(2023, 6, 24, 7, 28, 41) });
    assert.deepEqual(parseClamVersion('ClamAV 1.4.6'), { engine: '1.4.6', database: null, builtAt: null });
    assert.deepEqual(parseClamVersion('ClamAV 1.4.6/27475/yesterday'), { engine: '1.4.6', database: 27475, builtAt: null });
    assert.equal(parseClamVersion('UNKNOWN COMMAND'), null);
    assert.equal(parseClamVersion(''), null);
  });

  test('fresh, old, no age limit, and no official database', () => {
    const v = parseClamVersion('ClamAV 1.4.6/27475/Tue Dec  1 08:25:02 2026')!;
    const now = v.builtAt! + 1.5 * DAY;
    assert.deepEqual(judgeSignatures(v, now, 3), { ok: true, detail: 'daily 27475 of 2026-12-01 08:25, 1.5 days old (ClamAV 1.4.6)' });
    const old = judgeSignatures(v, v.builtAt! + 4.25 * DAY, 3);
    assert.equal(old.ok, false);
    assert.match(old.detail, /^daily 27475 of 2026-12-01 08:25 is 4\.3 days old \(clamav\.signatureMaxAgeDays: 3\): freshclam has not updated it/);
    assert.equal(judgeSignatures(v, v.builtAt! + 40 * DAY, 0).ok, true, '0: the age is not judged');
    const none = judgeSignatures(parseClamVersion('ClamAV 1.4.6')!, now, 3);
    assert.equal(none.ok, false);
    assert.match(none.detail, /no official signature database loaded.*run freshclam/);
  });
});

describe('signatureHealth against a clamd', () => {
  let server: Server;
  let port: number;
  let version = '';
  let versionAsked = 0;
  let dir: string;
  before(async () => {
    server = createServer((sock) => {
      sock.on('data', (d) => {
        const cmd = d.toString('latin1');
        if (cmd.startsWith('zPING')) sock.end('PONG\0');
        else if (cmd.startsWith('zVERSION')) { versionAsked++; sock.end(`${version}\0`); }
        else sock.end('UNKNOWN COMMAND\0');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    port = (server.address() as import('node:net').AddressInfo).port;
    dir = mkdtempSync(join(tmpdir(), 'mm-sigs-'));
  });
  after(async () => {
    resetClamavState();
    resetSignatureState();
    await new Promise((r) => server.close(r));
    rmSync(dir, { recursive: true, force: true });
  });

  test('old signatures: unhealthy in /healthz and /metrics (still ready), logged once, asked again only after 10 minutes', async () => {
    resetClamavState();
    resetSignatureState();
    const config = loadConfig({ env: {}, overrides: { dataDir: dir, 'clamav.enabled': true, 'clamav.port': port, 'clamav.signatureMaxAgeDays': 2 } });
    const lines: string[] = [];
    const log = pino({ level: 'info' }, { write: (l: string) => { lines.push(l); } });
    const builtAt = Date.now() - 5 * DAY;
    const d = new Date(builtAt);
    const ctime = `${d.toUTCString().slice(0, 3)} ${d.toUTCString().slice(8, 11)} ${String(d.getUTCDate()).padStart(2, ' ')} ${d.toISOString().slice(11, 19)} ${d.getUTCFullYear()}`;
    version = `ClamAV 1.4.6/27400/${ctime}`;
    await probeClamav(config, log, true);
    versionAsked = 0; // the probe's own "reachable" log line asked for the version too
    const now = Date.now();
    const first = await signatureHealth(config, log, now);
    assert.equal(first?.ok, false);
    assert.match(first!.detail, /^daily 27400 of .* is 5\.0 days old \(clamav\.signatureMaxAgeDays: 2\)/);
    assert.equal((await signatureHealth(config, log, now + 60_000))?.ok, false);
    assert.equal(versionAsked, 1, 'asked once within 10 minutes');
    assert.equal(lines.filter((l) => l.includes('CLAMAV SIGNATURES OUT OF DATE')).length, 1, 'logged once');

    const store = await openEmbeddedStore(join(dir, 'store'), pino({ level: 'silent' }));
    const app = await buildWebApp({ config, store, log });
    try {
      const h = await app.inject({ url: '/healthz' });
      assert.equal(h.statusCode, 200, 'old signatures do not make the gateway "not ready"');
      assert.equal(h.json().components['clamav-signatures'].ok, false);
      const m = (await app.inject({ url: '/metrics' })).body;
      assert.match(m, /mailmoat_component_up\{component="clamav-signatures"\} 0/);
      const age = Number(/^mailmoat_clamav_signature_age_seconds (\S+)$/m.exec(m)?.[1]);
      assert.ok(Math.abs(age - 5 * 86400) < 120, `age ${age} s`);

      // freshclam works again: seen at the next question, 10 minutes on, and logged as such
      version = 'ClamAV 1.4.6/27401/' + ctime.replace(String(d.getUTCFullYear()), String(d.getUTCFullYear() + 1));
      const later = await signatureHealth(config, log, now + 11 * 60_000);
      assert.equal(versionAsked, 2);
      assert.equal(later?.ok, true);
      assert.ok(lines.some((l) => l.includes('ClamAV signatures: daily 27401')));
    } finally {
      await app.close();
      await store.close();
    }
  });
});
