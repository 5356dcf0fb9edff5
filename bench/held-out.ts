// A held-out pair through the whole pipeline, as the README's held-out figures were measured: each
// message of the pair's attack and business folders handed over as mx01 received it (the client IP
// and HELO of its top Received line, Return-Path and its "for <…>" or the first To as the envelope; the internal
// relay 10.20.0.25 trusted), the content checks only (what needs the network is off, as offline:
// block lists, SPF/DKIM/DMARC, sender domains, domain age, greylisting, ClamAV, spam traps), an
// empty Bayes model, dates as written. With --staff the pair's staff (staff.txt, "Name=address")
// is learned as the outbound gateway learns it (each colleague's display name, and the pair's
// correspondents as written to three times), as a deployed gateway knows its own people. With
// --correspondents, besides, every correspondent the pair's MANIFEST.md lists (its correspondents
// section: customers, suppliers, carriers, advisers; not the services that only notify) as written
// to three times, as the outbound gateway learns a company's partners; the attacks that imitate
// them are then read as a deployment reads them (LOOKALIKE_CORRESPONDENT, BANK_DETAILS_NAMESAKE).
// With
// --accounts the bank accounts of the pair's business letters are learned as their senders' own, a
// month before (as if the gateway had accepted them then, authenticated): what payee-accounts knows
// of a deployment's correspondents. The business rows are then in-sample; the attack rows say which
// attacks name another account than the sender's letters do.
// The pairs were written by helpers that saw neither the code nor the rules; their messages are
// built by each pair's gen/build.py (plain Python 3, deterministic) when its folders are missing.
//   node --import tsx bench/held-out.ts --set fifteenth [--staff | --correspondents] [--accounts] [--only 26-es]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import YAML from 'yaml';
import { loadConfig } from '../src/config.ts';
import { addressParts, personNameKey } from '../src/mail/address.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { payeeAccountsOptionsSchema, rememberPayeeAccounts } from '../src/pipeline/checks/payee-accounts.ts';
import { createPipeline, runMessage } from '../src/pipeline/index.ts';
import type { AuthResults, SessionInfo, Verdict } from '../src/pipeline/types.ts';
import { openStore } from '../src/store/index.ts';
import { benchArg } from './corpus.ts';

const OFF = ['dnsbl', 'uribl', 'auth', 'sender-domain', 'domain-age', 'greylist', 'clamav', 'spamtrap'];
const INTERNAL_RELAY = '10.20.0.25';
const LOCAL_DOMAINS = ['example.com', 'examplegroup.eu'];
/** the correspondents every pair's business letters come from (MANIFEST.md) */
const CORRESPONDENTS = ['s.maier@lieferant-gmbh.de', 'p.lang@lieferant-gmbh.de', 'rechnungen@lieferant-gmbh.de', 'c.colombo@ferretti-trasporti.it',
  'amministrazione@ferretti-trasporti.it', 't.zielinski@partner-logistik.pl', 'ksiegowosc@partner-logistik.pl'];

const root = fileURLToPath(new URL('..', import.meta.url));
const pairDir = join(root, 'bench', 'held-out', benchArg('set', 'fifteenth'));
const withCorrespondents = process.argv.includes('--correspondents');
const withStaff = withCorrespondents || process.argv.includes('--staff');
const withAccounts = process.argv.includes('--accounts');
const only = benchArg('only', '');
if (!existsSync(join(pairDir, 'attack'))) buildPair(pairDir);

/**
 * Builds a pair's messages with its gen/build.py. Several pairs' PDFs embed the DejaVu fonts of Debian's
 * fonts-dejavu-core, read from /usr/share/fonts; a build that fails leaves no half-built folder behind,
 * which the next run would take for the pair.
 */
function buildPair(pair: string): void {
  try {
    execFileSync('python3', [join(pair, 'gen', 'build.py')], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (err) {
    for (const kind of ['attack', 'business']) rmSync(join(pair, kind), { recursive: true, force: true });
    const stderr = String((err as { stderr?: Buffer }).stderr ?? '');
    const fonts = /dejavu/i.test(stderr) ? ' (its PDFs need the DejaVu fonts: apt-get install fonts-dejavu-core)' : '';
    console.error(`building ${pair} failed${fonts}:\n${stderr.trim().split('\n').slice(-5).join('\n')}`);
    process.exit(1);
  }
}

const dir = mkdtempSync(join(tmpdir(), 'mm-held-out-'));
const rulesDir = join(dir, 'rules');
mkdirSync(rulesDir);
for (const f of ['symbols.yaml', 'dnsbl.yaml', 'actions.yaml', 'custom-rules.yaml', 'greylist-exceptions.yaml']) writeFileSync(join(rulesDir, f), readFileSync(join(root, 'rules', f)));
const checks = YAML.parse(readFileSync(join(root, 'rules', 'checks.yaml'), 'utf8')) as Record<string, Record<string, unknown> | null>;
for (const name of OFF) checks[name] = { ...(checks[name] ?? {}), enabled: false };
writeFileSync(join(rulesDir, 'checks.yaml'), YAML.stringify(checks));
const config = loadConfig({ env: {}, overrides: {
  dataDir: join(dir, 'data'), rules: rulesDir, 'smtp.localDomains': LOCAL_DOMAINS, 'smtp.inbound.trustedNetworks': [`${INTERNAL_RELAY}/32`],
  'greylist.enabled': false, 'clamav.enabled': false, 'bayes.autolearn.enabled': false, 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 50,
} });
const log = pino({ level: 'silent' });
const store = await openStore(config, log);
const now = Date.now();
/**
 * The addresses of a MANIFEST's correspondents section ("## Correspondents", "### Regular external
 * correspondents", "Regular external correspondents:"), up to the next heading of its level. Rows
 * that describe impostors are skipped, and so are the notifying services (no-reply senders, the big
 * platforms) that the company never writes to.
 */
export function manifestCorrespondents(manifest: string): string[] {
  const found = new Set<string>();
  let level = 0;
  for (const line of manifest.split('\n')) {
    const heading = /^(#+)\s/.exec(line)?.[1]!.length;
    if (heading ? /correspondents?\b/i.test(line) : /^[A-Z][^|]*\bcorrespondents\b[^|:]*:/i.test(line)) level = heading ?? 9;
    else if (level && heading && (level === 9 || heading <= level)) level = 0;
    if (!level || /look-?alike|attacker|fraudster|impostor|fake/i.test(line)) continue;
    for (const [address] of line.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)) {
      const a = address.toLowerCase();
      if (/^(no-?reply|do-?not-?reply|notifications?|mailer|news(letter)?|alerts?)\b/.test(a) || SERVICES.test(a.slice(a.indexOf('@') + 1))) continue;
      if (!LOCAL_DOMAINS.some((d) => a.endsWith(`@${d}`))) found.add(a);
    }
  }
  return [...found];
}
/** platforms that send notices but are not written to as partners */
const SERVICES = /(^|\.)(microsoft\.com|microsoftonline\.com|sharepointonline\.com|google\.com|github\.com|docusign\.net|id\.yandex\.ru|paypal\.[a-z.]+|xero\.com|gov\.uk|kontur\.ru|diadoc\.ru|ripe\.net|elster\.de|gob\.es|aade\.gr|fakturownia\.pl)$/;

if (withStaff) {
  const partners = withCorrespondents ? manifestCorrespondents(readFileSync(join(pairDir, 'MANIFEST.md'), 'utf8')) : [];
  const writtenTo = [...new Set([...CORRESPONDENTS, ...partners])];
  for (const line of readFileSync(join(pairDir, 'staff.txt'), 'utf8').split('\n')) {
    const [name, address] = line.split('=').map((s) => s.trim());
    if (!name || !address) continue;
    const nameKey = personNameKey(name);
    if (nameKey) await store.known.recordName({ nameKey, address: address.toLowerCase(), shown: name }, now);
    for (let day = 0; day < 3; day++) await store.known.record(address.toLowerCase(), writtenTo, now - day * 86_400_000);
  }
}
if (withAccounts) {
  const options = payeeAccountsOptionsSchema.parse(checks['payee-accounts'] ?? {});
  for (const file of readdirSync(join(pairDir, 'business')).filter((f) => f.endsWith('.eml'))) {
    const view = await parseMessage(readFileSync(join(pairDir, 'business', file)));
    const fromDomain = addressParts(view.from).domain;
    const auth = async (): Promise<AuthResults> => ({ spf: 'pass', spfDomain: fromDomain, dkimPass: [fromDomain], dkim: 'pass', dmarc: 'pass', dmarcPolicy: null, arc: 'none', fromDomain, authenticatedDomain: fromDomain, header: '' });
    await rememberPayeeAccounts(store, view, auth, { localDomains: LOCAL_DOMAINS, rules: { checks }, options, now: now - 30 * 86_400_000 });
  }
}
const pipeline = await createPipeline({ config, store, log, watch: false, dryRun: true });

/** The top header block's first value of a header (folded lines joined), read as Latin-1: addresses and IPs are ASCII. */
function headerOf(raw: Buffer, key: string): string {
  const head = raw.subarray(0, Math.min(raw.length, 64 * 1024)).toString('latin1').split(/\r?\n\r?\n/)[0]!.replace(/\r?\n[ \t]+/g, ' ');
  return head.split(/\r?\n/).find((l) => l.toLowerCase().startsWith(`${key}:`))?.slice(key.length + 1).trim() ?? '';
}

const rows: string[] = [];
for (const folder of ['attack', 'business']) {
  const counts: Partial<Record<Verdict['action'], number>> = {};
  for (const file of readdirSync(join(pairDir, folder)).filter((f) => f.endsWith('.eml')).sort()) {
    if (only && !file.includes(only)) continue;
    const raw = readFileSync(join(pairDir, folder, file));
    const received = headerOf(raw, 'received');
    const clientIp = /\[(\d+\.\d+\.\d+\.\d+)\]/.exec(received)?.[1] ?? '192.0.2.1';
    const mailFrom = addressParts(headerOf(raw, 'return-path')).address || addressParts(headerOf(raw, 'from')).address;
    // the envelope recipient mx01 stamped ("for <…>"), else the first To (a Bcc blast's To names no one)
    const rcpt = /\bfor <([^>\s]+@[^>\s]+)>/.exec(received)?.[1]?.toLowerCase() || addressParts(headerOf(raw, 'to').split(',')[0] ?? '').address || 'user@example.com';
    const session: SessionInfo = { id: file, direction: 'inbound', clientIp, clientHostname: null, helo: /from\s+(\S+)/.exec(received)?.[1] ?? 'unknown', tls: true, authUser: null, trusted: clientIp === INTERNAL_RELAY };
    const verdict = await runMessage(pipeline, session, mailFrom, rcpt, raw);
    counts[verdict.action] = (counts[verdict.action] ?? 0) + 1;
    const symbols = verdict.symbols.filter((s) => s.score !== 0).map((s) => `${s.name}(${s.score})`).join(' ');
    console.log(`${folder.padEnd(8)} ${verdict.action.padEnd(10)} ${verdict.score.toFixed(1).padStart(6)}  ${file}  ${symbols}`);
  }
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  rows.push(`| ${folder} | ${total} | ${counts.accept ?? 0} | ${counts.tag ?? 0} | ${counts.quarantine ?? 0} | ${counts.reject ?? 0} |`);
}
console.log(`\n${withCorrespondents ? 'staff and the MANIFEST\'s correspondents learned' : withStaff ? 'staff and correspondents learned' : 'nothing learned'}${withAccounts ? ', the business letters\' accounts learned' : ''}\n\n| folder | messages | accept | tag | quarantine | reject |\n|---|---|---|---|---|---|\n${rows.join('\n')}`);
await pipeline.close();
await store.close();
rmSync(dir, { recursive: true, force: true });
