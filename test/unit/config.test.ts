import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { semanticProblems } from '../../src/commands/check-config.ts';

const dir = mkdtempSync(join(tmpdir(), 'mailmoat-config-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const file = (name: string, text: string): string => {
  const f = join(dir, name);
  writeFileSync(f, text);
  return f;
};
const problemsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    if (err instanceof ConfigError) return err.problems;
    throw err;
  }
  assert.fail('expected a ConfigError');
};

describe('loadConfig', () => {
  test('the default rules are the installation\'s rules/ from any working directory; a given path is kept as written', () => {
    const shipped = new URL('../../rules', import.meta.url).pathname;
    const cwd = process.cwd();
    process.chdir(dir);
    try {
      assert.equal(loadConfig({ env: {} }).rules, shipped);
      assert.equal(loadConfig({ env: { MAILMOAT_RULES: './my-rules' } }).rules, './my-rules');
    } finally {
      process.chdir(cwd);
    }
    assert.deepEqual(semanticProblems(loadConfig({ env: { MAILMOAT_SMTP_LOCALDOMAINS: '[example.com]' } })), []);
  });

  test('built-in defaults need no file and no environment', () => {
    const c = loadConfig({ env: {} });
    assert.equal(c.smtp.inbound.port, 2525);
    assert.equal(c.smtp.inbound.host, '0.0.0.0');
    assert.deepEqual(c.smtp.inbound.trustedNetworks, []);
    assert.equal(c.smtp.maxMessageSize, 26214400);
    assert.equal(c.smtp.maxRecipients, 100);
    assert.equal(c.smtp.bareLineEndings, 'normalize');
    assert.equal(c.store.redis, null);
    assert.equal(c.backend.port, 25);
  });

  test('precedence: defaults < file < environment', () => {
    const f = file('p.yaml', 'smtp:\n  inbound: { port: 2600, greetingDelayMs: 500 }\n  localDomains: [a.test]\n');
    const c = loadConfig({ file: f, env: { MAILMOAT_SMTP_INBOUND_PORT: '2626', MAILMOAT_SMTP_LOCAL_DOMAINS: '[b.test, c.test]' } });
    assert.equal(c.smtp.inbound.port, 2626);
    assert.equal(c.smtp.inbound.greetingDelayMs, 500);
    assert.deepEqual(c.smtp.localDomains, ['b.test', 'c.test']);
  });

  test('both env spellings of camelCase keys work', () => {
    assert.equal(loadConfig({ env: { MAILMOAT_SMTP_MAXMESSAGESIZE: '2048' } }).smtp.maxMessageSize, 2048);
    assert.equal(loadConfig({ env: { MAILMOAT_SMTP_MAX_MESSAGE_SIZE: '4096' } }).smtp.maxMessageSize, 4096);
  });

  test('every problem names its key path', () => {
    const f = file('bad.yaml', 'smtp:\n  inbound: { port: 0, trustedNetworks: [not-a-net] }\n  bareLineEndings: maybe\nstore: { redis: "http://x" }\nweird: 1\n');
    const p = problemsOf(() => loadConfig({ file: f, env: {} }));
    assert.ok(p.includes('smtp.inbound.port: must be 1..65535'), p.join('\n'));
    assert.ok(p.some((x) => x.startsWith('smtp.inbound.trustedNetworks.0: ')), p.join('\n'));
    assert.ok(p.some((x) => x.startsWith('smtp.bareLineEndings: ')), p.join('\n'));
    assert.ok(p.some((x) => x.startsWith('store.redis: must be a redis:// URL')), p.join('\n'));
    assert.ok(p.includes('weird: unknown key'), p.join('\n'));
  });

  test('a report address must be a mail address outside our own domains', () => {
    const f = file('report.yaml', 'smtp: { localDomains: [example.com] }\nbayes:\n  reportAddresses: { spam: [report@reports.example.net, spam@it.example.com], ham: [nope] }\n');
    assert.deepEqual(problemsOf(() => loadConfig({ file: f, env: {} })), [
      'bayes.reportAddresses.ham.0: Invalid email address',
      'bayes.reportAddresses.spam.1: must not be in smtp.localDomains (the mail server delivers those itself, they never reach the outbound gateway)',
    ]);
    assert.deepEqual(loadConfig({ env: { MAILMOAT_BAYES_REPORTADDRESSES_SPAM: '[Spam@Reports.example.net]' } }).bayes.reportAddresses, { spam: ['Spam@Reports.example.net'], ham: [] });
  });

  test('YAML syntax errors and unreadable files are reported', () => {
    assert.match(problemsOf(() => loadConfig({ file: file('syntax.yaml', 'smtp: [\n'), env: {} }))[0]!, /YAML syntax error/);
    assert.match(problemsOf(() => loadConfig({ file: join(dir, 'missing.yaml'), env: {} }))[0]!, /^--config: cannot read/);
  });
});

describe('semanticProblems', () => {
  test('duplicate ports, a backend that is ourselves and missing TLS files', () => {
    const c = loadConfig({ env: {}, overrides: { 'smtp.outbound.port': 2525, 'backend.port': 2525, 'smtp.tls': { key: '/nope/k', cert: '/nope/c' }, rules: dir } });
    const p = semanticProblems(c);
    assert.ok(p.some((x) => x.startsWith('smtp.outbound.port: port 2525 is also smtp.inbound.port')), p.join('\n'));
    assert.ok(p.some((x) => x.startsWith('backend.port: ')), p.join('\n'));
    assert.ok(p.some((x) => x.startsWith('smtp.tls.key: cannot read /nope/k')), p.join('\n'));
  });
  test('a sane config has none', () => {
    assert.deepEqual(semanticProblems(loadConfig({ env: {}, overrides: { rules: dir } })), []);
  });
});
