// What asking the registries how old a message's domains are costs, through the whole inbound
// pipeline in one process (network checks off, as bench/short-links.ts runs it): each message from
// its own sender domain with five links to five other domains (six domains a message). Three ways,
// in one run: `domain-age` off; on, with a registry on loopback (first pass: six RDAP requests a
// message); on again, the answers from the Store (what a gateway pays for the domains it has seen
// in the last cacheDays: most of its mail), and a gateway with no way out to the registries (the
// bootstrap server unreachable, marked so after the first message), in turns with "off". Ratios
// to "off"; a real
// registry adds its network round trip to the first message with a new domain only.
// `node --import tsx bench/domain-age.ts [--messages 200]`
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parse, stringify } from 'yaml';
import { loadConfig } from '../src/config.ts';
import { createPipeline } from '../src/pipeline/index.ts';
import { openStore } from '../src/store/index.ts';
import { pipelinePass, type PassResult } from './pipeline-pass.ts';
import { benchArg } from './corpus.ts';

const MESSAGES = Number(benchArg('messages', '200'));
const LINKS = 5;
const DAY = 86_400_000;

let requests = 0;
const registry = createServer((req, res) => {
  requests++;
  if (req.url === '/dns.json') return void res.writeHead(200).end(JSON.stringify({ services: [[['example'], [`http://127.0.0.1:${port}/rdap/`]]] }));
  // one domain in ten is a week old, the rest years
  const n = Number(/(\d+)\.example$/.exec(req.url!)?.[1] ?? 0);
  const at = Date.now() - (n % 10 === 0 ? 7 : 2000) * DAY;
  res.writeHead(200, { 'content-type': 'application/rdap+json' }).end(JSON.stringify({ objectClassName: 'domain', events: [{ eventAction: 'registration', eventDate: new Date(at).toISOString() }] }));
});
await new Promise<void>((resolve) => registry.listen(0, '127.0.0.1', resolve));
const port = (registry.address() as { port: number }).port;

const dir = mkdtempSync(join(tmpdir(), 'mm-bench-age-'));
const log = pino({ level: 'silent' });
/** a copy of rules/ with domain-age's section changed */
function rulesWith(name: string, section: Record<string, unknown>): string {
  const rulesDir = join(dir, name);
  cpSync(new URL('../rules/', import.meta.url).pathname, rulesDir, { recursive: true });
  const checks = parse(readFileSync(join(rulesDir, 'checks.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
  checks['domain-age'] = { ...checks['domain-age'], ...section };
  writeFileSync(join(rulesDir, 'checks.yaml'), stringify(checks));
  return rulesDir;
}
const config = (rules: string) => loadConfig({ env: {}, overrides: { dataDir: join(dir, 'data'), rules, 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 200, 'clamav.enabled': false, 'greylist.enabled': false, 'smtp.localDomains': ['example.com'] } });
const store = await openStore(config(rulesWith('off', { enabled: false })), log);
const pipelineOf = (rules: string) => createPipeline({ config: config(rules), store, log, watch: false });
const off = await pipelineOf(join(dir, 'off'));
const on = await pipelineOf(rulesWith('on', { bootstrapUrl: `http://127.0.0.1:${port}/dns.json` }));
// no way out: nothing listens on port 9
const cut = await pipelineOf(rulesWith('cut', { bootstrapUrl: 'http://127.0.0.1:9/dns.json' }));

const message = (n: number): Buffer => Buffer.from([
  `From: "Shop ${n}" <news@shop${n}.example>`, 'To: u@example.com', `Subject: Offers of the week ${n}`, `Message-ID: <${n}@shop${n}.example>`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '',
  `<p>Dear customer ${n}, this week's offers:</p><ul>${Array.from({ length: LINKS }, (_, k) => `<li><a href="https://www.partner${n * LINKS + k}.example/offer?id=${n}">Offer ${k + 1}</a> at a price you will like</li>`).join('')}</ul><p>Your shop team</p>`, '',
].join('\r\n'));
const messages = Array.from({ length: MESSAGES }, (_, n) => message(n));
const pass = (pipeline: typeof off, label: string) => pipelinePass(pipeline, messages, label, 'bounce@mailer.example', 'mail.mailer.example');

await pipelinePass(off, messages.slice(0, 20), 'warm', 'bounce@mailer.example', 'mail.mailer.example');
const first = await pass(on, 'first');
const asked = requests;
// then "off", "from the Store" and "no way out" in turns, three rounds each begun by another: the
// order's share (JIT, the Store's caches) spread over all three; the median of each
const rounds: Array<Record<'off' | 'stored' | 'cut', PassResult>> = [];
const kinds = [['off', off], ['stored', on], ['cut', cut]] as const;
for (let i = 0; i < 3; i++) {
  const round: Partial<Record<'off' | 'stored' | 'cut', PassResult>> = {};
  // each round starts with another of the three
  for (let j = 0; j < 3; j++) {
    const [k, pipeline] = kinds[(i + j) % 3]!;
    round[k] = await pass(pipeline, `${k}${i}`);
  }
  rounds.push(round as Record<'off' | 'stored' | 'cut', PassResult>);
}
const median = (k: 'off' | 'stored' | 'cut'): PassResult => [...rounds].sort((a, b) => a[k].cpu - b[k].cpu)[1]![k];
const base = median('off');
console.log(`${MESSAGES} messages, ${LINKS + 1} new domains each (one in ten a week old); RDAP requests: ${asked} in the first pass (the bootstrap file once), ${requests - asked} after`);
console.log(`symbols in the first pass: ${[...first.symbols].filter((s) => s.endsWith('_NEW')).join(', ') || 'none'}\n`);
console.log('| domain-age | CPU ms/msg | wall ms/msg | CPU ratio | wall ratio |');
console.log('|---|---|---|---|---|');
for (const [name, r] of [['off (median of 3)', base], ['asked (loopback registry; its own work in this process)', first], ['from the process or the Store (median of 3)', median('stored')], ['no way out to the registries (median of 3)', median('cut')]] as const) {
  console.log(`| ${name} | ${r.cpu.toFixed(2)} | ${r.wall.toFixed(2)} | ${(r.cpu / base.cpu).toFixed(2)} | ${(r.wall / base.wall).toFixed(2)} |`);
}
for (const p of [off, on, cut]) await p.close();
await store.close();
registry.close();
rmSync(dir, { recursive: true, force: true });
