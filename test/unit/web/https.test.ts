// web.tls: the web UI answers over HTTPS, with HSTS and a Secure session cookie.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { buildWebApp } from '../../../src/web/app.ts';
import { loadConfig } from '../../../src/config.ts';
import { createLogger } from '../../../src/log.ts';
import { openStore } from '../../../src/store/index.ts';
import { freePort } from '../../helpers/ports.ts';

function get(port: number, path: string, init: { method?: string; body?: string } = {}): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: init.method ?? 'GET', rejectUnauthorized: false, headers: init.body ? { 'content-type': 'application/json' } : {} }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => { body += d.toString(); });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(init.body);
  });
}

it('serves HTTPS with HSTS and a Secure session cookie when web.tls is set', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'mailmoat-https-'));
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1'], { stdio: 'ignore' });
  const config = loadConfig({ env: {}, overrides: { dataDir: dir, 'web.tls': { key, cert }, 'admin.password': 'tls-admin-pw' } });
  const store = await openStore(config, createLogger({ log: { level: 'silent', pretty: false } }));
  const app = await buildWebApp({ config, store, scheduler: false });
  const port = await freePort();
  await app.listen({ host: '127.0.0.1', port });
  try {
    const h = await get(port, '/healthz');
    assert.equal(h.status, 200);
    assert.match(String(h.headers['strict-transport-security']), /max-age=/);
    const login = await get(port, '/api/login', { method: 'POST', body: JSON.stringify({ username: 'admin', password: 'tls-admin-pw' }) });
    assert.equal(login.status, 200);
    assert.match(String(login.headers['set-cookie']), /mailmoat_sid=[^;]+;.*Secure/i);
  } finally {
    await app.close();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
});
