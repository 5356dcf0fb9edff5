// What the admin's own rules (rules/custom-rules.yaml) cost per message: the custom-rules check over
// the SpamAssassin corpus with 20 rules of the kinds admins write (subject and body phrases and
// expressions in several languages, attachment names, headers, links, senders), then with 200, against
// the time the same run spends parsing the message (the ratio is what carries across machines). The
// check's text is the visible text, the links and the attachments' names the other content checks
// read anyway, so those are computed before the clock starts, as in the pipeline. Last, 20 rules on 300 kB bodies of one
// repeated fragment: RE2 keeps each pattern linear in the text, whatever it is.
// `node --import tsx bench/custom-rules.ts`
import { mkdtempSync, rmSync, writeFileSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { loadConfig } from '../src/config.ts';
import { inspectAttachmentFiles } from '../src/content/attachments.ts';
import { messageLinks } from '../src/content/links.ts';
import { visibleText } from '../src/fuzzy/fingerprint.ts';
import { parseMessage } from '../src/mail/parse.ts';
import { CHECKS } from '../src/pipeline/checks/index.ts';
import { attachmentsOptionsSchema, policyOf } from '../src/pipeline/checks/attachments.ts';
import { customRulesCheck } from '../src/pipeline/checks/custom-rules.ts';
import type { ParsedMessage } from '../src/pipeline/types.ts';
import { loadRules } from '../src/rules/load.ts';
import type { Rules } from '../src/rules/schema.ts';
import { corpusContext, corpusSets, cpuMs, parsedCorpusSet } from './corpus.ts';

const log = pino({ level: 'silent' });
const config = loadConfig({ env: {}, overrides: {} });
const store = undefined as unknown as Parameters<typeof customRulesCheck.run>[1]['store']; // the check keeps nothing

const TWENTY = `
INVOICE_RU: { weight: 4, subject: ['/сч[её]т.{0,30}оплат/i', "акт сверки"], attachment: '/\\.(zip|rar|7z)$/i' }
INVOICE_DE: { weight: 4, subject: ["Rechnung überfällig", '/mahnung\\s+nr/i'] }
INVOICE_PL: { weight: 4, subject: ["faktura vat", "zaległa płatność"] }
INVOICE_EL: { weight: 4, subject: ["τιμολόγιο", "εκκρεμής πληρωμή"] }
INVOICE_ES: { weight: 4, subject: ["factura pendiente", '/pago\\s+(vencido|atrasado)/i'] }
INVOICE_IT: { weight: 4, subject: ["fattura scaduta", "sollecito di pagamento"] }
PASSWORD_EXPIRY: { weight: 3, body: ['/(password|passwort|пароль).{0,60}(expire|abl[äa]uft|истека)/i'] }
MAILBOX_FULL: { weight: 3, body: ["your mailbox is full", "ihr postfach ist voll", "ваш почтовый ящик переполнен"] }
WIRE_URGENT: { weight: 2, body: ['/(wire|transfer|überweis\\w*).{0,40}(today|urgent|heute|dringend)/i'] }
CRYPTO: { weight: 2, body: ['/\\b(bitcoin|btc|usdt)\\b.{0,80}\\bwallet\\b/i'] }
GIFT_CARDS: { weight: 2, body: ["gift cards", "подарочные карты", "Geschenkkarten"] }
DISK_IMAGES: { weight: 5, attachment: '/\\.(iso|img|vhdx?)$/i' }
HTML_ATTACH: { weight: 2, attachment: '/\\.s?html?$/i' }
OLD_OFFICE: { weight: 1, attachment: '/\\.(doc|xls)$/i', from: '/@(gmail|outlook|yahoo)\\./i' }
MASS_MAILER: { weight: 1, header: { X-Mailer: ['/PHPMailer|Massmail|Atomic Mail/i'] } }
PRIORITY_HIGH: { weight: 0.5, header: { X-Priority: '/^\\s*1/' } }
SHORTENER: { weight: 1, link: '/^https?:\\/\\/(bit\\.ly|tinyurl\\.com|t\\.co|is\\.gd)\\//i' }
CHEAP_TLD: { weight: 1, link: '/^https?:\\/\\/[^\\/?#]*\\.(top|xyz|click|cyou|sbs)([\\/?#:]|$)/i' }
BOUNCE_SENDER: { weight: 0.5, mailFrom: '/^$/' }
PARTNER: { weight: -3, from: "@partner.example", unless: { body: "unsubscribe" } }
`;

/** `copies` copies of the twenty rules under other names (INVOICE_RU_3): how the cost grows with the rule count (nothing is shared between rules but the message's field values). */
function ruleFile(copies: number): string {
  const lines = TWENTY.trim().split('\n');
  return Array.from({ length: copies }, (_, i) => lines.map((l) => l.replace(/^([A-Z_]+):/, `$1_${i}:`)).join('\n')).join('\n');
}

async function rulesOf(yaml: string): Promise<Rules> {
  const dir = mkdtempSync(join(tmpdir(), 'mm-bench-rules-'));
  try {
    cpSync(new URL('../rules/', import.meta.url).pathname, dir, { recursive: true });
    writeFileSync(join(dir, 'custom-rules.yaml'), yaml);
    return await loadRules(dir, config.greylist, CHECKS);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const attachmentPolicy = policyOf(attachmentsOptionsSchema.parse({}));

async function timeRules(rules: Rules, views: Array<{ raw: Buffer; view: ParsedMessage }>): Promise<{ us: number; hits: number }> {
  let us = 0, hits = 0;
  for (let pass = 0; pass < 3; pass++) {
    hits = 0;
    const t = cpuMs();
    for (const { raw, view } of views) hits += (await customRulesCheck.run(corpusContext(raw, view, view.from), { options: {}, config, rules, store, log, signal: new AbortController().signal })).length;
    us = ((cpuMs() - t) * 1000) / views.length;
  }
  return { us, hits };
}

const twenty = await rulesOf(ruleFile(1));
const twoHundred = await rulesOf(ruleFile(10));
console.log(`rules: ${twenty.custom.length} and ${twoHundred.custom.length}`);
console.log('| set | messages | parse µs/msg | 20 rules µs/msg | ratio to parse | hits | 200 rules µs/msg | ratio to parse |');
console.log('|---|---|---|---|---|---|---|---|');
for (const set of corpusSets()) {
  const { views, parseUs } = await parsedCorpusSet(set);
  // what the bayes, bulk, uribl, phishing and attachments checks read anyway in the pipeline
  for (const { view } of views) { visibleText(view); await messageLinks(view, 200); await inspectAttachmentFiles(view.attachments, attachmentPolicy); }
  const a = await timeRules(twenty, views);
  const b = await timeRules(twoHundred, views);
  console.log(`| ${set} | ${views.length} | ${parseUs.toFixed(0)} | ${a.us.toFixed(0)} | ${(a.us / parseUs).toFixed(2)} | ${a.hits} | ${b.us.toFixed(0)} | ${(b.us / parseUs).toFixed(2)} |`);
}

// hostile bodies: 300 kB of one fragment, 20 rules
const fragments = ['a', 'a.', 'aaaa ', 'wire ', 'wire the ', 'password ', 'bitcoin ', 'счёт ', 'сч', 'http://', '<', ' ', '1.', 'überweis'];
let worst = 0, worstFragment = '';
for (const f of fragments) {
  const body = f.repeat(Math.ceil(300_000 / f.length));
  const raw = Buffer.from(`From: a@b.test\r\nSubject: ${f.repeat(20)}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n${body}\r\n`);
  const view = await parseMessage(raw);
  visibleText(view);
  await messageLinks(view, 200);
  const t = cpuMs();
  await customRulesCheck.run(corpusContext(raw, view), { options: {}, config, rules: twenty, store, log, signal: new AbortController().signal });
  const ms = cpuMs() - t;
  if (ms > worst) { worst = ms; worstFragment = f; }
}
console.log(`\nhostile 300 kB bodies, 20 rules: worst ${worst.toFixed(0)} ms CPU (fragment ${JSON.stringify(worstFragment)}), ${fragments.length} bodies`);
