// Shared bits of the pipeline unit tests: a temp copy of rules/, a config pointing at it, a quiet log.
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { after, before } from 'node:test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import pino from 'pino';
import { loadConfig, type Config } from '../../../src/config.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import type { AuthResults, Check, DataContext, SessionInfo } from '../../../src/pipeline/types.ts';
import type { Rules } from '../../../src/rules/schema.ts';
import { openStore } from '../../../src/store/index.ts';
import type { Store } from '../../../src/store/types.ts';

export const REPO_RULES = new URL('../../../rules/', import.meta.url).pathname;

export function tempRules(): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'mm-rules-'));
  cpSync(REPO_RULES, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export function testConfig(overrides: Record<string, unknown> = {}): Config {
  return loadConfig({ env: {}, overrides: { 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 200, ...overrides } });
}

export const quietLog = pino({ level: 'silent' });

export function session(over: Partial<SessionInfo> = {}): SessionInfo {
  return { id: `s${Math.random()}`, direction: 'inbound', clientIp: '192.0.2.10', clientHostname: null, helo: 'mail.sender.example', tls: false, authUser: null, trusted: false, ...over };
}

/** Authentication results of a message nothing authenticates, with `over` on top. */
export function authResults(over: Partial<AuthResults> = {}): AuthResults {
  return { spf: 'none', spfDomain: null, dkimPass: [], dkim: 'none', dmarc: 'none', dmarcPolicy: null, arc: 'none', fromDomain: null, authenticatedDomain: null, header: '', ...over };
}

/** The data-phase context of a raw message from an untrusted client (unless `trusted`), parsed once, as the SMTP layer builds it. */
export async function dataContext(raw: Buffer, o: { trusted?: boolean; mailFrom?: string; recipients?: string[]; auth?: Partial<AuthResults> } = {}): Promise<DataContext> {
  const view = await parseMessage(raw);
  return {
    session: session({ trusted: o.trusted ?? false }),
    envelope: { mailFrom: o.mailFrom ?? 'x@sender.test', recipients: o.recipients ?? ['carol@example.com'] },
    raw, parsed: async () => view, auth: async () => authResults(o.auth),
  };
}

/** SPF and DKIM passing for a domain, DMARC-aligned: the sender's own, authenticated mail. */
export const authenticatedAs = (domain: string): Partial<AuthResults> => ({ spf: 'pass', spfDomain: domain, dkimPass: [domain], authenticatedDomain: domain });

/** A one-part plain-text letter in a charset, 8-bit, as the phrase checks' tests write them. */
export function plainTextMail(from: string, to: string, body: string, charset = 'utf-8', subject = 'Info'): Buffer {
  return Buffer.concat([
    Buffer.from(`From: ${from}\r\nTo: ${to}\r\nSubject: ${subject}\r\nMIME-Version: 1.0\r\nContent-Type: text/plain; charset=${charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n`),
    iconv.encode(body, charset), Buffer.from('\r\n'),
  ]);
}

/** A real embedded store in a temp directory for the test file that calls this at its top: opened before its tests, closed and removed after. */
export function tempStore(prefix: string): { readonly store: Store } {
  let dir = '';
  let store: Store | undefined;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), prefix));
    store = await openStore(testConfig({ dataDir: dir }), quietLog);
  });
  after(async () => {
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return { get store(): Store { if (!store) throw new Error('tempStore: used before its before() hook'); return store; } };
}

/**
 * A content check's hits on a raw message as "SYMBOL: detail" lines, with its default options and
 * our domain example.com: how the phrase checks' tests read them. `store` for the checks that
 * remember correspondents (a tempStore, read when the check runs); `recipients` the envelope's;
 * `rules` the other checks' options a check reads (spoofing's for the correspondents' index).
 */
export function hitLines(check: Check<'data', unknown>, o: { store?: { readonly store: Store }; recipients?: string[]; rules?: Rules } = {}): (raw: Buffer, auth?: Partial<AuthResults>) => Promise<string[]> {
  const config = testConfig({ 'smtp.localDomains': ['example.com'] });
  return async (raw, auth = {}) => {
    const hits = await check.run(await dataContext(raw, { auth, recipients: o.recipients }),
      { options: check.options.parse({}), config, store: o.store?.store ?? (undefined as unknown as Store), rules: o.rules, log: quietLog, signal: new AbortController().signal });
    return hits.map((h) => `${h.symbol}: ${h.detail}`);
  };
}
