// What each content check costs, message by message as the pipeline runs them (so the caches the
// checks share, the parsed message and its comparable text, behave as in the gateway): the test
// split of the accuracy benchmark (2921 messages as an MX received them) and, with --held-out, the
// held-out pairs' 8,000 attack and business letters, which take the checks' deeper paths. The
// checks that wait on the network (block lists, DNS, domain age, ClamAV, greylisting) and the
// store-bound Bayes and bulk checks are left out; bench/throughput.ts --corpus measures the whole.
// Regular expressions run as the gateway runs them (started with --no-regexp-tier-up, see bin/mailmoat.js).
//   node --import tsx bench/check-cost.ts [--held-out] [--limit N] [--top N]
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { documentTextsOf } from '../src/content/document-text.ts';
import { messageLinks } from '../src/content/links.ts';
import { qrOptionsOf } from '../src/content/qr.ts';
import { visibleText } from '../src/fuzzy/fingerprint.ts';
import { CHECKS } from '../src/pipeline/checks/index.ts';
import type { AuthResults, DataContext, ParsedMessage } from '../src/pipeline/types.ts';
import { checkOptions, loadRules } from '../src/rules/load.ts';
import { openStore } from '../src/store/index.ts';
import { benchArg, cpuMs, readCorpusSet, withoutCollectorHops } from './corpus.ts';

// the flag as the gateway is started with it (bin/mailmoat.js), given at the start: this process runs itself again with it
if (!process.execArgv.includes('--no-regexp-tier-up')) {
  process.exit(spawnSync(process.execPath, ['--no-regexp-tier-up', ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' }).status ?? 1);
}
const NETWORK_OR_STORE = new Set(['dnsbl', 'uribl', 'sender-domain', 'domain-age', 'clamav', 'greylist', 'auth', 'bayes', 'bulk', 'spamtrap']);
const root = fileURLToPath(new URL('..', import.meta.url));
const limit = Number(benchArg('limit', '1000000'));
const top = Number(benchArg('top', '25'));

const dir = mkdtempSync(join(tmpdir(), 'mm-check-cost-'));
const config = loadConfig({ env: {}, overrides: { dataDir: dir, 'smtp.localDomains': ['example.com', 'examplegroup.eu'], 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 50 } });
const log = pino({ level: 'silent' });
const store = await openStore(config, log);
const rules = await loadRules(join(root, 'rules'), config.greylist, CHECKS);
const checks = CHECKS.filter((c) => c.phase === 'data' && !NETWORK_OR_STORE.has(c.name));
const options = new Map(checks.map((c) => { const o = checkOptions(rules, c); return [c.name, o.ok ? o.options : undefined]; }));
const qr = qrOptionsOf(rules.checks);
const SHARED: Array<[string, (view: ParsedMessage) => Promise<unknown>]> = [
  ['visible text', async (view) => visibleText(view)],
  ['document texts', (view) => documentTextsOf(view)],
  ['links', (view) => messageLinks(view, 100, qr)],
];
const auth: AuthResults = { spf: 'none', spfDomain: null, dkimPass: [], dkim: 'none', dmarc: 'none', dmarcPolicy: null, arc: 'none', fromDomain: null, authenticatedDomain: null, header: '' };

function heldOut(): Buffer[] {
  const out: Buffer[] = [];
  const base = join(root, 'bench', 'held-out');
  for (const pair of readdirSync(base).sort()) {
    if (!existsSync(join(base, pair, 'attack'))) execFileSync('python3', [join(base, pair, 'gen', 'build.py')], { stdio: 'ignore' });
    for (const kind of ['attack', 'business']) for (const f of readdirSync(join(base, pair, kind)).sort()) out.push(readFileSync(join(base, pair, kind, f)));
  }
  return out;
}

const sets: Array<[string, Buffer[]]> = [['corpus test split', [...readCorpusSet('easy-ham-2'), ...readCorpusSet('hard-ham-1').filter((_, i) => i % 2 === 1), ...readCorpusSet('spam-2')].map((m) => withoutCollectorHops(m.raw))]];
if (process.argv.includes('--held-out')) sets.push(['held-out pairs', heldOut()]);

for (const [name, all] of sets) {
  const messages = all.slice(0, limit);
  const cost = new Map<string, number>();
  const shared = new Map<string, number>();
  let parse = 0;
  for (const raw of messages) {
    let t = cpuMs();
    const view = await parseMessage(raw);
    parse += cpuMs() - t;
    // what the checks share, found once per message by whichever check asks first, timed on its own
    // so that the first asker is not charged for it: the visible text, the attachments' document
    // texts, and every link (QR codes read, documents opened)
    for (const [what, find] of SHARED) {
      t = cpuMs();
      await find(view);
      shared.set(what, (shared.get(what) ?? 0) + cpuMs() - t);
    }
    const ctx: DataContext = { session: { id: 'bench', direction: 'inbound', clientIp: '192.0.2.10', clientHostname: null, helo: 'mail.sender.example', tls: false, authUser: null, trusted: false },
      envelope: { mailFrom: 'x@sender.example', recipients: ['u@example.com'] }, raw, parsed: async () => view, auth: async () => auth };
    for (const c of checks) {
      t = cpuMs();
      try { await c.run(ctx as never, { options: options.get(c.name), config, store, rules, log, signal: new AbortController().signal } as never); } catch { /* a check's failure is the runner's to log; its time still counts */ }
      cost.set(c.name, (cost.get(c.name) ?? 0) + cpuMs() - t);
    }
  }
  const total = [...cost.values()].reduce((a, b) => a + b, 0);
  const sharedText = [...shared].map(([what, ms]) => `${what} ${(ms / messages.length).toFixed(3)}`).join(', ');
  console.log(`\n${name}: ${messages.length} messages; CPU ms per message: parsing ${(parse / messages.length).toFixed(3)}, shared by the checks: ${sharedText}; the ${checks.length} checks ${(total / messages.length).toFixed(3)}\n`);
  console.log('| check | CPU ms per message | share of the checks |\n|---|---|---|');
  for (const [check, ms] of [...cost].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`| ${check} | ${(ms / messages.length).toFixed(3)} | ${(100 * ms / total).toFixed(1)} % |`);
}
await store.close();
rmSync(dir, { recursive: true, force: true });
process.exit(0);
