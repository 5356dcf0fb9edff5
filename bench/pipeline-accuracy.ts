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
// --cv chooses BAYES_LIKELY_SPAM's band and weight without looking at the test split: five folds
// of the training split by sender domain, each scored by a pipeline whose model learned the other
// four. The other checks do not read the Bayes result, so each candidate is scored from the same
// run: its held-out spam lifted to the tag threshold, less 100 × the ham it is expected to tag
// (held-out ham in the band × the share of held-out ham whose non-Bayes symbols reach 5 − weight),
// and no held-out ham actually tagged.
//
// --foreign runs the multilingual letters of bench/foreign-letters.ts instead of the test split (the
// same model): ham in Russian, German, Polish, Spanish, Italian, Greek and French, each in a legacy
// charset, once declared, once as old mailers send it (raw 8-bit subject, no charset at all) and
// once as HTML only (declared);
// what the whole pipeline does with mail in the offices' languages, not only the Bayes model.
//
//   node --import tsx bench/pipeline-accuracy.ts [--cv | --foreign [--pages N]]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import pino from 'pino';
import YAML from 'yaml';
import { DEFAULT_TRAIN_PASSES } from '../src/bayes/classifier.ts';
import { classifyPrepared, prepare } from '../src/bayes/learn.ts';
import { bayesOptionsOf, learnOptionsFrom } from '../src/bayes/options.ts';
import { collectSources, train } from '../src/commands/train.ts';
import { loadConfig } from '../src/config.ts';
import { addressParts } from '../src/mail/address.ts';
import { createPipeline, parseMessage, runMessage } from '../src/pipeline/index.ts';
import type { SessionInfo } from '../src/pipeline/types.ts';
import type { Action } from '../src/store/types.ts';
import { openStore } from '../src/store/index.ts';
import { CV_FOLDS, readCorpusSet, senderFoldOf, withoutCollectorHops } from './corpus.ts';
import { htmlLetter, LANGUAGES, letter, letterBodies } from './foreign-letters.ts';

const { values: args } = parseArgs({ options: { cv: { type: 'boolean', default: false }, foreign: { type: 'boolean', default: false }, pages: { type: 'string', default: '120' } } });

/** checks that need the network or state a corpus cannot give */
const OFF = ['dnsbl', 'uribl', 'auth', 'sender-domain', 'domain-age', 'greylist', 'clamav', 'spamtrap'];
const TAG = (YAML.parse(readFileSync(new URL('../rules/actions.yaml', import.meta.url), 'utf8')) as { tag: number }).tag;
/** a ham tagged costs as much as this many spam missed */
const HAM_COST = 100;

interface Message { raw: Buffer; spam: boolean; set: string; fold: number }
interface Outcome { set: string; spam: boolean; action: Action; score: number; probability: number; bayesScore: number; positive: string[]; all: string[] }

const log = pino({ level: 'silent' });

/** A fresh store trained on `training` as `mailmoat train` does, then each test message through the pipeline. */
async function runPipeline(training: Message[], tests: Message[]): Promise<Outcome[]> {
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
    // the training mail written out as files for `mailmoat train`'s own reader
    const trainDir = join(dir, 'train');
    for (const cls of ['ham', 'spam'] as const) {
      mkdirSync(join(trainDir, cls), { recursive: true });
      training.filter((m) => m.spam === (cls === 'spam')).forEach((m, i) => writeFileSync(join(trainDir, cls, `${i}.eml`), m.raw));
    }
    const pipeline = await createPipeline({ config, store, log, watch: false, dryRun: true });
    const learn = learnOptionsFrom(bayesOptionsOf(pipeline.rules().checks), config.bayes.maxTokens);
    const sources = [...await collectSources([join(trainDir, 'ham')], 'ham'), ...await collectSources([join(trainDir, 'spam')], 'spam')];
    await train(store, sources, { ...learn, passes: DEFAULT_TRAIN_PASSES });
    const out: Outcome[] = [];
    for (const [n, m] of tests.entries()) {
      const view = await parseMessage(m.raw);
      const header = (k: string): string => view.headers.find((h) => h.key === k)?.value ?? '';
      const mailFrom = addressParts(header('return-path')).address || addressParts(view.from).address;
      const domain = mailFrom.split('@')[1] ?? 'sender.example';
      const session: SessionInfo = { id: `b${n}`, direction: 'inbound', clientIp: '192.0.2.1', clientHostname: null, helo: `mail.${domain}`, tls: false, authUser: null, trusted: false };
      const verdict = await runMessage(pipeline, session, mailFrom, 'user@example.com', m.raw);
      // P(spam) also when the check adds no symbol (the band search needs every message's)
      const { probability } = await classifyPrepared(store, await prepare(view, learn));
      out.push({
        set: m.set, spam: m.spam, action: verdict.action, score: verdict.score, probability,
        bayesScore: verdict.symbols.filter((s) => s.name.startsWith('BAYES_')).reduce((sum, s) => sum + s.score, 0),
        positive: verdict.symbols.filter((s) => s.score > 0).map((s) => s.name),
        all: verdict.symbols.map((s) => `${s.name}${s.score > 0 ? ' (+)' : s.score < 0 ? ' (−)' : ''}`),
      });
    }
    await pipeline.close();
    await store.close();
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const corpusSet = (set: string, keep: (i: number) => boolean = () => true): Message[] =>
  readCorpusSet(set).filter((_, i) => keep(i)).map((m) => ({ raw: withoutCollectorHops(m.raw), spam: set.startsWith('spam'), set, fold: senderFoldOf(m.raw) }));
const training = [...corpusSet('easy-ham-1'), ...corpusSet('hard-ham-1', (i) => i % 2 === 0), ...corpusSet('spam-1')];
const defaults = bayesOptionsOf(YAML.parse(readFileSync(new URL('../rules/checks.yaml', import.meta.url), 'utf8')) as Record<string, unknown>);
console.log(`checks off: ${OFF.join(', ')}; Bayes trained with ${DEFAULT_TRAIN_PASSES} passes\n`);

if (args.cv) {
  const heldOut: Outcome[] = [];
  for (let fold = 0; fold < CV_FOLDS; fold++) {
    heldOut.push(...await runPipeline(training.filter((m) => m.fold !== fold), training.filter((m) => m.fold === fold)));
  }
  const ham = heldOut.filter((o) => !o.spam);
  const spam = heldOut.filter((o) => o.spam);
  // the score without BAYES_LIKELY_SPAM: the candidate band adds its own weight to it
  const likelyNow = (o: Outcome) => o.probability >= defaults.likelySpamThreshold && o.probability < defaults.spamThreshold;
  const symbols = YAML.parse(readFileSync(new URL('../rules/symbols.yaml', import.meta.url), 'utf8')) as Record<string, { weight: number }>;
  const base = (o: Outcome) => o.score - (likelyNow(o) ? symbols.BAYES_LIKELY_SPAM!.weight : 0);
  const inBand = (o: Outcome, from: number) => o.probability >= from && o.probability < defaults.spamThreshold;
  const tagged = (xs: Outcome[], from: number, weight: number) => xs.filter((o) => base(o) + (inBand(o, from) ? weight : 0) >= TAG).length;
  const without = tagged(spam, 1, 0);
  console.log(`held-out (${CV_FOLDS} sender folds of the training split): ${ham.length} ham, ${spam.length} spam; without the band: ${without} spam tagged, ${tagged(ham, 1, 0)} ham\n`);
  console.log('| band from | weight | held-out ham in band | ham tagged | spam tagged | expected ham tagged | gain |');
  console.log('|---|---|---|---|---|---|---|');
  let best = { from: 1, weight: 0, gain: 0 };
  for (const from of [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9]) {
    for (const weight of [2, 2.5, 3, 3.5, 4, 4.5]) {
      const hamInBand = ham.filter((o) => inBand(o, from)).length;
      // a ham in the band has no other Bayes symbol: how often do the other checks alone bring a ham within `weight` of the tag?
      const hamNear = ham.filter((o) => o.score - o.bayesScore >= TAG - weight).length / ham.length;
      const expected = hamInBand * hamNear;
      const hamTagged = tagged(ham, from, weight);
      const spamTagged = tagged(spam, from, weight);
      const gain = spamTagged - without - HAM_COST * expected;
      if (hamTagged === 0 && gain > best.gain) best = { from, weight, gain };
      console.log(`| ${from} | ${weight} | ${hamInBand} | ${hamTagged} | ${spamTagged} | ${expected.toFixed(3)} | ${gain.toFixed(1)} |`);
    }
  }
  console.log(`\nchosen: BAYES_LIKELY_SPAM from P = ${best.from}, weight ${best.weight} (rules now: from ${defaults.likelySpamThreshold}, weight ${symbols.BAYES_LIKELY_SPAM!.weight})`);
} else {
  let tests: Message[];
  let sets: Array<[string, string]>;
  if (args.foreign) {
    tests = [];
    for (const [lang, charset] of LANGUAGES) {
      for (const declared of [true, false]) {
        const set = `${lang} (${charset}${declared ? '' : ', undeclared'})`;
        let n = 0;
        for (const body of letterBodies(lang, Number(args.pages))) tests.push({ raw: letter(lang, charset, n++, body, declared), spam: false, set, fold: 0 });
      }
      const set = `${lang} (${charset}, HTML only)`;
      let n = 0;
      for (const body of letterBodies(lang, Number(args.pages))) tests.push({ raw: htmlLetter(lang, charset, n++, body), spam: false, set, fold: 0 });
    }
    sets = [...new Set(tests.map((m) => m.set))].map((set) => [set, set]);
  } else {
    tests = [...corpusSet('easy-ham-2'), ...corpusSet('hard-ham-1', (i) => i % 2 === 1), ...corpusSet('spam-2')];
    sets = [['easy-ham-2', 'easy-ham-2'], ['hard-ham-1', 'hard-ham-1 (test half)'], ['spam-2', 'spam-2']];
  }
  const outcomes = await runPipeline(training, tests);
  const actions = ['accept', 'tag', 'quarantine', 'reject'] as const;
  console.log(`| set | messages | ${actions.join(' | ')} | tagged or worse |`);
  console.log(`|---|---|${actions.map(() => '---').join('|')}|---|`);
  for (const [set, label] of sets) {
    const of = outcomes.filter((o) => o.set === set);
    const pct = (k: number) => `${k} (${((100 * k) / of.length).toFixed(1)} %)`;
    console.log(`| ${label} | ${of.length} | ${actions.map((a) => pct(of.filter((o) => o.action === a).length)).join(' | ')} | ${pct(of.filter((o) => o.action !== 'accept').length)} |`);
  }
  console.log('\nsymbols that added to the score, messages per set (top 12):');
  for (const [set, label] of sets) {
    const counts = new Map<string, number>();
    for (const o of outcomes) if (o.set === set) for (const s of o.positive) counts.set(s, (counts.get(s) ?? 0) + 1);
    console.log(`  ${label}: ${[...counts].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([s, k]) => `${s} ${k}`).join(', ')}`);
  }
  if (args.foreign) {
    // every symbol, of any weight: that the checks ran and what they saw
    const counts = new Map<string, number>();
    for (const o of outcomes) for (const s of o.all) counts.set(s, (counts.get(s) ?? 0) + 1);
    console.log(`\nsymbols of any weight over all ${outcomes.length} letters: ${[...counts].sort((a, b) => b[1] - a[1]).map(([s, k]) => `${s} ${k}`).join(', ')}`);
    console.log(`highest score: ${Math.max(...outcomes.map((o) => o.score)).toFixed(2)}; highest P(spam): ${Math.max(...outcomes.map((o) => o.probability)).toFixed(3)}`);
  }
  // each ham held, with what held it: a false positive is named, not only counted
  for (const o of outcomes.filter((x) => !x.spam && x.action !== 'accept')) console.log(`ham ${o.action} (${o.score.toFixed(1)}) in ${o.set}: ${o.positive.join(', ')}`);
  const lifted = outcomes.filter((o) => o.spam && o.action !== 'accept' && o.score - o.bayesScore < TAG && o.positive.includes('BAYES_LIKELY_SPAM'));
  console.log(`\nspam tagged only with BAYES_LIKELY_SPAM's help: ${lifted.length}`);
}
