// The configured admin: with admin.password null a password is generated at the first start,
// printed once to the log, and only its hash is kept; later starts print nothing.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { it } from 'node:test';
import { ensureAdminUser, authenticate } from '../../../src/auth/users.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/log.ts';
import { openStore } from '../../../src/store/index.ts';

it('generates the admin password once, logs it once, stores only the hash', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailmoat-admin-'));
  const config = loadConfig({ env: {}, overrides: { dataDir: dir } });
  assert.equal(config.admin.password, null);
  let out = '';
  const sinkStream = new Writable({ write(chunk, _e, cb) { out += chunk.toString(); cb(); } });
  const log = createLogger({ log: { level: 'info', pretty: false } }, sinkStream);
  const store = await openStore(config, createLogger({ log: { level: 'silent', pretty: false } }));
  try {
    await ensureAdminUser(store, config, log);
    const m = /password \\"([^"\\]+)\\"/.exec(out) ?? /password "([^"]+)"/.exec(out);
    assert.ok(m, out);
    const password = m![1]!;
    const user = await store.users.get('admin');
    assert.ok(user?.admin);
    assert.ok(!user!.passwordHash!.includes(password));
    assert.equal((await authenticate(store, config, 'admin', password)).ok, true);
    out = '';
    await ensureAdminUser(store, config, log);
    assert.equal(out, '', 'printed only at the first start');
    assert.equal((await authenticate(store, config, 'admin', password)).ok, true, 'the same password still works');
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
