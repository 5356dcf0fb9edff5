// What following short links costs a message, through the whole inbound pipeline in one process
// (network checks off, as bench/offline-pipeline.ts runs it): messages with five direct links,
// the same messages with five short links to a shortener on loopback (first pass: five HEAD
// requests each; second pass: the answers from the Store), in one run. Ratios to the direct
// links; a real shortener adds its network round trip to the first pass only.
// `node --import tsx bench/short-links.ts [--messages 200]`
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parse, stringify } from 'yaml';
import { loadConfig } from '../src/config.ts';
import { createPipeline } from '../src/pipeline/index.ts';
import { openStore } from '../src/store/index.ts';
import { pipelinePass } from './pipeline-pass.ts';
import { benchArg } from './corpus.ts';

const MESSAGES = Number(benchArg('messages', '200'));
const LINKS = 5;

let requests = 0;
const shortener = createServer((req, res) => {
  requests++;
  res.writeHead(301, { location: `https://shop${req.url!.replace(/\D/g, '')}.example/offer?id=${req.url!.slice(1)}` }).end();
});
await new Promise<void>((resolve) => shortener.listen(0, '127.0.0.1', resolve));
const port = (shortener.address() as { port: number }).port;

const dir = mkdtempSync(join(tmpdir(), 'mm-bench-short-'));
const rulesDir = join(dir, 'rules');
cpSync(new URL('../rules/', import.meta.url).pathname, rulesDir, { recursive: true });
const checks = parse(readFileSync(join(rulesDir, 'checks.yaml'), 'utf8')) as Record<string, Record<string, unknown>>;
checks.links = { ...checks.links, shortLinks: { ...(checks.links?.shortLinks as object), hosts: ['127.0.0.1'] } };
writeFileSync(join(rulesDir, 'checks.yaml'), stringify(checks));

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: { dataDir: join(dir, 'data'), rules: rulesDir, 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 200, 'clamav.enabled': false, 'greylist.enabled': false, 'smtp.localDomains': ['example.com'] } });
const store = await openStore(config, log);
const pipeline = await createPipeline({ config, store, log, watch: false });

const message = (n: number, link: (k: number) => string): Buffer => Buffer.from([
  'From: "Shop" <news@shop.example>', 'To: u@example.com', `Subject: Offers of the week ${n}`, `Message-ID: <${n}@shop.example>`, 'MIME-Version: 1.0', 'Content-Type: text/html; charset=utf-8', '',
  `<p>Dear customer ${n}, this week's offers:</p><ul>${Array.from({ length: LINKS }, (_, k) => `<li><a href="${link(k)}">Offer ${k + 1}</a> at a price you will like</li>`).join('')}</ul><p>Your shop team</p>`, '',
].join('\r\n'));
const direct = Array.from({ length: MESSAGES }, (_, n) => message(n, (k) => `https://shop${n}${k}.example/offer?id=s${n}${k}`));
const short = Array.from({ length: MESSAGES }, (_, n) => message(n, (k) => `http://127.0.0.1:${port}/s${n}${k}`));

const pass = (messages: Buffer[], label: string) => pipelinePass(pipeline, messages, label, 'news@shop.example', 'mail.shop.example');

await pass(direct.slice(0, 20), 'warm');
const base = await pass(direct, 'direct');
const first = await pass(short, 'first');
const asked = requests;
const second = await pass(short, 'second');
console.log(`${MESSAGES} messages, ${LINKS} links each; HEAD requests: ${asked} in the first pass, ${requests - asked} in the second\n`);
console.log('| links | CPU ms/msg | wall ms/msg | CPU ratio | wall ratio |');
console.log('|---|---|---|---|---|');
for (const [name, r] of [['direct', base], ['short, followed (loopback shortener)', first], ['short, from the Store', second]] as const) {
  console.log(`| ${name} | ${r.cpu.toFixed(2)} | ${r.wall.toFixed(2)} | ${(r.cpu / base.cpu).toFixed(2)} | ${(r.wall / base.wall).toFixed(2)} |`);
}
await pipeline.close();
await store.close();
shortener.close();
rmSync(dir, { recursive: true, force: true });
