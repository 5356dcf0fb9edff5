// The whole scoring pipeline on the SpamAssassin corpus: what the gateway's actions would be, at
// the default rules and thresholds, for mail of 2002–2003. The Bayes model is trained as
// `mailmoat train` trains it, on the issue's split (easy-ham-1, spam-1, every other hard-ham-1);
// the test mail (easy-ham-2, spam-2, the rest of hard-ham-1) then runs through `createPipeline`
// as `mailmoat classify` runs it: all phases, the real embedded store, the rules in rules/.
// What cannot be measured offline is switched off, so the figures are the content checks' alone:
// no DNS (block lists of domains and IPs, SPF/DKIM/DMARC, the sender's domain: for 2002 mail the
// lists and keys of today would be wrong anyway), no greylisting, no ClamAV, no spam traps, and no
// learned correspondents (the store knows no outbound mail). Each message comes from 192.0.2.1
// with a plausible HELO, without the corpus owner's own Received headers (bench/corpus.ts).
//
//   node --import tsx bench/pipeline-accuracy.ts
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import YAML from 'yaml';
import { DEFAULT_TRAIN_PASSES } from '../src/bayes/classifier.ts';
import { bayesOptionsOf, learnOptionsFrom } from '../src/bayes/options.ts';
import { collectSources, train } from '../src/commands/train.ts';
import { loadConfig } from '../src/config.ts';
import { addressParts } from '../src/mail/address.ts';
import { createPipeline, parseMessage } from '../src/pipeline/index.ts';
import type { SessionInfo } from '../src/pipeline/types.ts';
import { openStore } from '../src/store/index.ts';
import { readCorpusSet, withoutCollectorHops } from './corpus.ts';

/** checks that need the network or state a corpus cannot give */
const OFF = ['dnsbl', 'uribl', 'auth', 'sender-domain', 'greylist', 'clamav', 'spamtrap'];

const log = pino({ level: 'silent' });
const dir = mkdtempSync(join(tmpdir(), 'mm-bench-pipeline-'));
try {
  const rulesDir = join(dir, 'rules');
  mkdirSync(rulesDir);
  for (const f of ['symbols.yaml', 'dnsbl.yaml', 'actions.yaml', 'custom-rules.yaml', 'greylist-exceptions.yaml']) {
    writeFileSync(join(rulesDir, f), readFileSync(new URL(`../rules/${f}`, import.meta.url)));
  }
  const checks = YAML.parse(readFileSync(new URL('../rules/checks.yaml', import.meta.url), 'utf8')) as Record<string, Record<string, unknown> | null>;
  for (const name of OFF) checks[name] = { ...(checks[name] ?? {}), enabled: false };
  writeFileSync(join(rulesDir, 'checks.yaml'), YAML.stringify(checks));
  const config = loadConfig({
    env: {},
    overrides: {
      dataDir: join(dir, 'data'), rules: rulesDir, 'smtp.localDomains': ['example.com'],
      'greylist.enabled': false, 'clamav.enabled': false, 'bayes.autolearn.enabled': false, 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 50,
    },
  });
  const store = await openStore(config, log);

  // the training split, written out as files for `mailmoat train`'s own reader
  const trainDir = join(dir, 'train');
  const split = (set: string, keep: (i: number) => boolean) => readCorpusSet(set).filter((_, i) => keep(i)).map((m) => ({ ...m, raw: withoutCollectorHops(m.raw) }));
  const training = { ham: [...split('easy-ham-1', () => true), ...split('hard-ham-1', (i) => i % 2 === 0)], spam: split('spam-1', () => true) };
  for (const [cls, messages] of Object.entries(training)) {
    mkdirSync(join(trainDir, cls), { recursive: true });
    messages.forEach((m, i) => writeFileSync(join(trainDir, cls, `${i}.eml`), m.raw));
  }
  const pipeline = await createPipeline({ config, store, log, watch: false, dryRun: true });
  const learn = learnOptionsFrom(bayesOptionsOf(pipeline.rules().checks), config.bayes.maxTokens);
  const sources = [...await collectSources([join(trainDir, 'ham')], 'ham'), ...await collectSources([join(trainDir, 'spam')], 'spam')];
  const trained = await train(store, sources, { ...learn, passes: DEFAULT_TRAIN_PASSES });
  console.log(`trained: ${trained.ham} ham, ${trained.spam} spam, ${DEFAULT_TRAIN_PASSES} passes; checks off: ${OFF.join(', ')}\n`);

  const tests: Array<[string, Array<{ raw: Buffer }>]> = [
    ['easy-ham-2', split('easy-ham-2', () => true)],
    ['hard-ham-1 (test half)', split('hard-ham-1', (i) => i % 2 === 1)],
    ['spam-2', split('spam-2', () => true)],
  ];
  const actions = ['accept', 'tag', 'quarantine', 'reject'] as const;
  console.log(`| set | messages | ${actions.join(' | ')} | tagged or worse |`);
  console.log(`|---|---|${actions.map(() => '---').join('|')}|---|`);
  const symbolsOf = new Map<string, Map<string, number>>();
  let n = 0;
  for (const [set, messages] of tests) {
    const counts = new Map<string, number>();
    const symbols = new Map<string, number>();
    symbolsOf.set(set, symbols);
    for (const { raw } of messages) {
      const view = await parseMessage(raw);
      const header = (k: string): string => view.headers.find((h) => h.key === k)?.value ?? '';
      const mailFrom = addressParts(header('return-path')).address || addressParts(view.from).address;
      const domain = mailFrom.split('@')[1] ?? 'sender.example';
      const session: SessionInfo = { id: `b${n++}`, direction: 'inbound', clientIp: '192.0.2.1', clientHostname: null, helo: `mail.${domain}`, tls: false, authUser: null, trusted: false };
      await pipeline.connect(session);
      await pipeline.helo(session);
      await pipeline.mail(session, mailFrom);
      await pipeline.rcpt(session, mailFrom, 'user@example.com');
      const verdict = await pipeline.data(session, { mailFrom, recipients: ['user@example.com'] }, raw);
      pipeline.endSession(session.id);
      counts.set(verdict.action, (counts.get(verdict.action) ?? 0) + 1);
      for (const s of verdict.symbols) if (s.score > 0) symbols.set(s.name, (symbols.get(s.name) ?? 0) + 1);
    }
    const pct = (k: number) => `${k} (${((100 * k) / messages.length).toFixed(1)} %)`;
    const flagged = messages.length - (counts.get('accept') ?? 0);
    console.log(`| ${set} | ${messages.length} | ${actions.map((a) => pct(counts.get(a) ?? 0)).join(' | ')} | ${pct(flagged)} |`);
  }
  console.log('\nsymbols that added to the score, messages per set (top 12):');
  for (const [set, symbols] of symbolsOf) {
    console.log(`  ${set}: ${[...symbols].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([s, k]) => `${s} ${k}`).join(', ')}`);
  }
  await pipeline.close();
  await store.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
