// Bad configuration and unbindable ports stop `start` and `check-config` with exit 2, naming the key.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { REPO_ROOT, startGateway } from '../helpers/gateway.ts';
import { freePort } from '../helpers/ports.ts';

const dir = mkdtempSync(join(tmpdir(), 'mailmoat-cfg-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function mailmoat(args: string[], env: Record<string, string> = {}): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const p = spawn(process.execPath, [join(REPO_ROOT, 'bin', 'mailmoat.js'), ...args], { cwd: dir, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
    p.stderr.on('data', (d: Buffer) => { out += d.toString(); });
    const t = setTimeout(() => p.kill('SIGKILL'), 30000);
    p.on('exit', (code) => { clearTimeout(t); resolve({ code, out }); });
  });
}

function configFile(name: string, yaml: string): string {
  const f = join(dir, name);
  writeFileSync(f, yaml);
  return f;
}

describe('check-config', () => {
  test('a valid config with the repository rules: exit 0', async () => {
    const f = configFile('ok.yaml', `dataDir: ${dir}/data\nrules: ${REPO_ROOT}/rules\nsmtp:\n  localDomains: [example.com]\n`);
    const r = await mailmoat(['check-config', '--config', f]);
    assert.equal(r.code, 0, r.out);
    assert.match(r.out, /ok/);
  });

  test('every problem is printed with its key path, exit 2', async () => {
    const f = configFile('bad.yaml', [
      'smtp:',
      '  inbound: { port: 70000 }',
      '  maxMessageSize: big',
      '  tls: { key: /nonexistent/key.pem, cert: /nonexistent/cert.pem }',
      'backend: { host: 127.0.0.1, port: 0 }',
      'frobnicate: true',
      `rules: ${REPO_ROOT}/rules`,
    ].join('\n'));
    const r = await mailmoat(['check-config', '--config', f]);
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /^smtp\.inbound\.port: must be 1\.\.65535$/m);
    assert.match(r.out, /^smtp\.maxMessageSize: /m);
    assert.match(r.out, /^backend\.port: must be 1\.\.65535$/m);
    assert.match(r.out, /^frobnicate: unknown key$/m);
  });

  test('files that must exist are checked too', async () => {
    const f = configFile('tls.yaml', `smtp:\n  tls: { key: /nonexistent/key.pem, cert: /nonexistent/cert.pem }\nrules: ${REPO_ROOT}/rules\n`);
    const r = await mailmoat(['check-config', '--config', f]);
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /^smtp\.tls\.key: cannot read \/nonexistent\/key\.pem/m);
    assert.match(r.out, /^smtp\.tls\.cert: cannot read/m);
  });

  test("the admin's own rules: a pattern RE2 cannot use is named by its key, exit 2", async () => {
    const rules = join(dir, 'rules-custom');
    mkdirSync(rules, { recursive: true });
    for (const file of ['actions.yaml', 'symbols.yaml', 'dnsbl.yaml', 'checks.yaml']) writeFileSync(join(rules, file), readFileSync(join(REPO_ROOT, 'rules', file)));
    writeFileSync(join(rules, 'custom-rules.yaml'), 'INVOICE_WAVE:\n  weight: 6\n  subject: ["ok", "/(unclosed/"]\n  unless: { from: "/(?<!x)@partner/" }\n');
    const r = await mailmoat(['check-config'], { MAILMOAT_RULES: rules });
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /^rules\/custom-rules\.yaml: INVOICE_WAVE\.subject\.1: missing closing \): `\(unclosed`$/m);
    assert.match(r.out, /^rules\/custom-rules\.yaml: INVOICE_WAVE\.unless\.from\.0: lookbehind \(\?<= \(\?<! is not supported/m);
    writeFileSync(join(rules, 'custom-rules.yaml'), 'INVOICE_WAVE:\n  weight: 6\n  subject: "/сч[её]т.{0,30}оплат/i"\n');
    assert.equal((await mailmoat(['check-config'], { MAILMOAT_RULES: rules })).code, 0);
  });

  test('environment overrides are validated the same way', async () => {
    const r = await mailmoat(['check-config'], { MAILMOAT_SMTP_INBOUND_PORT: '99999', MAILMOAT_RULES: `${REPO_ROOT}/rules` });
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /smtp\.inbound\.port: must be 1\.\.65535/);
  });
});

describe('start refuses', () => {
  test('a bad config: exit 2 naming the key, nothing listens', async () => {
    const f = configFile('bad-start.yaml', `smtp:\n  inbound: { port: 0 }\nrules: ${REPO_ROOT}/rules\n`);
    const r = await mailmoat(['start', '--config', f]);
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /smtp\.inbound\.port: must be 1\.\.65535/);
  });

  test('a port in use: exit 2 naming smtp.inbound.port and what to do', async () => {
    const busy = createServer();
    const port = await freePort();
    await new Promise<void>((r) => busy.listen(port, '127.0.0.1', () => r()));
    try {
      const gw = await startGateway({ config: { smtp: { inbound: { port } } }, noWait: true });
      try {
        assert.equal(await gw.waitExit(30000), 2);
        assert.match(gw.logs(), new RegExp(`smtp\\.inbound\\.port: port ${port} is in use`));
      } finally {
        await gw.cleanup();
      }
    } finally {
      busy.close();
    }
  });

  test('the web port in use: exit 2 naming web.port', async () => {
    const busy = createServer();
    const port = await freePort();
    await new Promise<void>((r) => busy.listen(port, '127.0.0.1', () => r()));
    try {
      const gw = await startGateway({ config: { web: { port } }, noWait: true });
      try {
        assert.equal(await gw.waitExit(30000), 2);
        assert.match(gw.logs(), new RegExp(`web\\.port: port ${port} is in use`));
      } finally {
        await gw.cleanup();
      }
    } finally {
      busy.close();
    }
  });

  test('a port below 1024 without the right: exit 2 naming the key and CAP_NET_BIND_SERVICE', async () => {
    // as root, drop to nobody (setpriv) so the bind really fails with EACCES
    const ports = await Promise.all([freePort(), freePort(), freePort()]);
    const sub = join(dir, 'low-port');
    mkdirSync(sub, { recursive: true });
    chmodSync(dir, 0o777);
    chmodSync(sub, 0o777);
    const f = configFile('low-port/low.yaml', `dataDir: ${sub}/data\nrules: ${REPO_ROOT}/rules\nsmtp:\n  inbound: { host: 127.0.0.1, port: 25 }\n  outbound: { host: 127.0.0.1, port: ${ports[0]} }\nbackend: { port: ${ports[1]} }\nweb: { host: 127.0.0.1, port: ${ports[2]} }\nclamav: { enabled: false }\n`);
    const asRoot = process.getuid?.() === 0;
    const cmd = asRoot ? ['setpriv', '--reuid=nobody', '--regid=nogroup', '--clear-groups', process.execPath] : [process.execPath];
    const r = await new Promise<{ code: number | null; out: string }>((resolve) => {
      const p = spawn(cmd[0]!, [...cmd.slice(1), join(REPO_ROOT, 'bin', 'mailmoat.js'), 'start', '--config', f], { cwd: sub, stdio: ['ignore', 'pipe', 'pipe'] });
      let out = '';
      p.stdout.on('data', (d: Buffer) => { out += d.toString(); });
      p.stderr.on('data', (d: Buffer) => { out += d.toString(); });
      const t = setTimeout(() => p.kill('SIGKILL'), 30000);
      p.on('exit', (code) => { clearTimeout(t); resolve({ code, out }); });
    });
    assert.equal(r.code, 2, r.out);
    assert.match(r.out, /smtp\.inbound\.port: port 25 below 1024 needs root or CAP_NET_BIND_SERVICE/);
  });
});
