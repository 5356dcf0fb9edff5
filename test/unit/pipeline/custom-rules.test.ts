// The admin's own rules (rules/custom-rules.yaml): the patterns (phrases and RE2 expressions), the
// file's validation with key paths, and the check over real parsed messages.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { CHECKS } from '../../../src/pipeline/checks/index.ts';
import { customRulesCheck } from '../../../src/pipeline/checks/custom-rules.ts';
import type { DataContext, Hit } from '../../../src/pipeline/types.ts';
import { createPipeline } from '../../../src/pipeline/index.ts';
import { buildRules, loadRules, mergePatch, readRuleFiles, RulesError } from '../../../src/rules/load.ts';
import { compileAccountPattern, compileIpPattern, compilePattern, fieldPatternProblem, patternProblem } from '../../../src/rules/patterns.ts';
import type { Rules } from '../../../src/rules/schema.ts';
import { mailWithDocuments, printedPdf } from '../../helpers/pdf.ts';
import { isoImage, zipArchive } from '../../helpers/zip.ts';
import { fakeStore } from './fake-store.ts';
import { dataContext, quietLog, session, tempRules, testConfig } from './util.ts';

const config = testConfig({ 'smtp.localDomains': ['example.com'] });
const cleanups: Array<() => void> = [];
after(() => cleanups.forEach((c) => c()));

async function rulesWith(yaml: string): Promise<Rules> {
  const t = tempRules();
  cleanups.push(t.cleanup);
  writeFileSync(join(t.dir, 'custom-rules.yaml'), yaml);
  return loadRules(t.dir, config.greylist, CHECKS);
}

async function problemsOf(yaml: string): Promise<string[]> {
  try {
    await rulesWith(yaml);
  } catch (err) {
    if (err instanceof RulesError) return err.problems;
    throw err;
  }
  return [];
}

function run(ctx: DataContext, rules: Rules): Promise<Hit[]> {
  const store = undefined as unknown as Parameters<typeof customRulesCheck.run>[1]['store']; // the check keeps nothing
  return customRulesCheck.run(ctx, { options: {}, config, rules, store, log: quietLog, signal: new AbortController().signal });
}

const b64 = (s: string, charset = 'utf-8') => `=?${charset}?B?${Buffer.from(s, charset === 'utf-8' ? 'utf8' : 'latin1').toString('base64')}?=`;
const koi8r = (s: string): string => {
  // the KOI8-R bytes of Russian text, as an old mail client writes them
  const table = 'юабцдефгхийклмнопярстужвьызшэщчъЮАБЦДЕФГХИЙКЛМНОПЯРСТУЖВЬЫЗШЭЩЧЪ';
  return Buffer.from([...s].map((c) => (c === 'ё' ? 0xa3 : table.includes(c) ? 0xc0 + table.indexOf(c) : c.charCodeAt(0)))).toString('base64');
};

function message(o: { from?: string; subject?: string; text?: string; html?: string; attachment?: string; headers?: string[] } = {}): Buffer {
  const parts = [
    `--B\r\nContent-Type: text/${o.html ? 'html' : 'plain'}; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(o.html ?? o.text ?? 'Hello').toString('base64')}\r\n`,
    o.attachment ? `--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="${o.attachment}"\r\n\r\nxx\r\n` : '',
  ].join('');
  return Buffer.from(`From: ${o.from ?? 'Anna <anna@sender.test>'}\r\nTo: carol@example.com\r\nSubject: ${o.subject ?? 'Hello'}\r\n${(o.headers ?? []).map((h) => `${h}\r\n`).join('')}`
    + `MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n${parts}--B--\r\n`);
}

describe('custom rule patterns', () => {
  it('a phrase matches whole words in any case and spacing, in every script', () => {
    const p = compilePattern('счёт на оплату');
    assert.equal(p.find('Ваш СЧЁТ  на\nОплату готов'), 'СЧЁТ  на\nОплату');
    assert.equal(p.find('пересчёт на оплату'), null, 'not inside a longer word');
    assert.equal(p.find('счёт на оплатую'), null);
    assert.equal(compilePattern('ΠΛΗΡΩΜΉ').find('η πληρωμή σας'), 'πληρωμή');
    assert.equal(compilePattern('Rechnung überfällig').find('Ihre rechnung ÜBERFÄLLIG!'), 'rechnung ÜBERFÄLLIG');
    assert.equal(compilePattern('Rechnung').find('Rechnungsnummer 5'), null);
    assert.equal(compilePattern('a+b (c)').find('x A+B (C) y'), 'A+B (C)', 'punctuation is literal');
  });

  it('a phrase that starts with "@" or "." matches addresses and subdomains of that domain', () => {
    const p = compilePattern('@partner.example');
    assert.equal(p.find('Anna <anna@partner.example>'), '@partner.example');
    assert.equal(p.find('anna@partner.examples'), null);
    assert.equal(compilePattern('.partner.example').find('https://news.partner.example/x'), '.partner.example');
  });

  it('/expression/flags is RE2: flags i, s and m; what matched is returned', () => {
    assert.equal(compilePattern('/сч[её]т.{0,30}оплат/i').find('СЧЕТ на ОПЛАТУ'), 'СЧЕТ на ОПЛАТ');
    assert.equal(compilePattern('/сч[её]т/').find('СЧЕТ'), null, 'case counts without i');
    assert.equal(compilePattern('/a.b/').find('a\nb'), null);
    assert.equal(compilePattern('/a.b/s').find('a\nb'), 'a\nb');
    assert.equal(compilePattern('/^b$/m').find('a\nb\nc'), 'b');
    assert.equal(compilePattern('/\\.(iso|img)$/i').find('Scan.ISO'), '.ISO');
  });

  it('bad patterns are refused with the reason; RE2 has no lookaround or backreference', () => {
    assert.match(patternProblem('/(a/')!, /missing closing \)/);
    assert.match(patternProblem('/(?=a)b/')!, /^lookahead \(\?= \(\?! is not supported/);
    assert.match(patternProblem('/(?<!a)b/')!, /^lookbehind \(\?<= \(\?<! is not supported/);
    assert.match(patternProblem('/(a)\\1/')!, /^backreferences \(\\1\) are not supported/);
    assert.equal(patternProblem('/(?<year>\\d{4})/'), null, 'named groups are fine');
    assert.match(patternProblem('/x/g')!, /unknown flag "g"/);
    assert.match(patternProblem('   ')!, /is empty/);
    assert.equal(patternProblem('/a+/i'), null);
  });

  it('a pattern that backtracks exponentially in V8 runs in linear time on RE2', () => {
    // (a+)+$ against "aaa…ab" takes V8 longer than the age of the universe at this length
    assert.equal(compilePattern('/(a+)+$/').find(`${'a'.repeat(100_000)}b`), null);
    assert.equal(compilePattern('/(x+x+)+y/').find(`${'x'.repeat(50_000)}y`)?.length, 50_001);
  });

  it('account: an account in any grouping matches the account as mail writes it; /expressions/ read its one form; anything else is refused', () => {
    const iban = compileAccountPattern('lt12 1000 0111 0100 1000');
    assert.equal(iban.find('LT121000011101001000'), 'LT121000011101001000');
    assert.equal(iban.find('LT121000011101001001'), null);
    // a Polish account without its country is its IBAN; a British sort code with its account
    assert.equal(compileAccountPattern('61 1090 1014 0000 0712 1981 2874').find('PL61109010140000071219812874'), 'PL61109010140000071219812874');
    assert.equal(compileAccountPattern('40-47-84 70872490').find('40-47-84 70872490'), '40-47-84 70872490');
    assert.equal(compileAccountPattern('404784 70872490').find('40-47-84 70872490'), '40-47-84 70872490');
    assert.equal(compileAccountPattern('40702810938000012345').find('40702810938000012345'), '40702810938000012345');
    assert.equal(compileAccountPattern('/^LT/').find('LT121000011101001000'), 'LT');
    assert.match(fieldPatternProblem('account')('DE89 3704 0044 0532 0130 01') ?? '', /^is not a bank account: an IBAN whose check digits hold/);
    assert.match(fieldPatternProblem('account')('Revolut') ?? '', /^is not a bank account/);
    assert.equal(fieldPatternProblem('body')('Revolut'), null, 'other fields take phrases');
  });

  it('ip: addresses and CIDR networks, IPv4-mapped IPv6 clients as IPv4', () => {
    const net = compileIpPattern('203.0.113.0/24');
    assert.ok(net.matches('203.0.113.77'));
    assert.ok(net.matches('::ffff:203.0.113.77'));
    assert.ok(!net.matches('203.0.114.1'));
    assert.ok(!net.matches('2001:db8::1'));
    assert.ok(compileIpPattern('2001:db8::/32').matches('2001:db8:0:1::5'));
    assert.ok(compileIpPattern('198.51.100.7').matches('198.51.100.7'));
    assert.ok(!compileIpPattern('198.51.100.7').matches('198.51.100.70'));
    assert.throws(() => compileIpPattern('10.0.0.0/33'), /not a CIDR network/);
    assert.throws(() => compileIpPattern('mail.example'), /not an IP address/);
  });
});

describe('rules/custom-rules.yaml', () => {
  it('the shipped file has no active rule and loads', async () => {
    const files = await readRuleFiles(new URL('../../../rules/', import.meta.url).pathname);
    assert.deepEqual(files.custom, {});
    assert.deepEqual(buildRules(files, config.greylist).custom, []);
  });

  it('a rule becomes a symbol with its weight, force, reply and release, and a default description', async () => {
    const rules = await rulesWith(`
NO_ISO:
  weight: 0
  force: reject
  reply: "554 5.7.1 Disk images are not accepted here"
  release: admin
  attachment: '/\\.iso$/i'
PARTNER:
  weight: -3
  description: { en: "Our partner's newsletter", de: "Newsletter unseres Partners" }
  from: "@news.partner.example"
`);
    assert.deepEqual(rules.symbols.NO_ISO, {
      weight: 0, force: 'reject', reply: '554 5.7.1 Disk images are not accepted here', release: 'admin', source: 'custom-rules.yaml',
      description: { en: "Matches the administrator's rule NO_ISO (rules/custom-rules.yaml)" },
    });
    assert.equal(rules.symbols.PARTNER!.weight, -3);
    assert.equal(rules.symbols.PARTNER!.description.de, 'Newsletter unseres Partners');
    assert.deepEqual(rules.custom.map((r) => [r.name, r.direction]), [['NO_ISO', 'inbound'], ['PARTNER', 'inbound']]);
  });

  it('every problem is named by its key: bad patterns (in unless too), a taken name, a rule that matches nothing, a bad field', async () => {
    // bad patterns and a taken name: found once the file's shape is right
    const patterns = `
BAD_RE:
  weight: 1
  subject: ["fine", "/(unclosed/"]
  unless: { header: { X-Mailer: '/[z-a]/' }, ip: "300.1.1.1" }
BAYES_SPAM:
  weight: 1
  subject: x
`;
    const problems = await problemsOf(`${patterns}
NOTHING:
  weight: 1
TYPO:
  weight: 1
  subjekt: x
lower_case:
  weight: 1
  subject: x
`);
    const text = problems.join('\n');
    assert.match(text, /rules\/custom-rules\.yaml: NOTHING: must name what it matches: one or more of subject, from, mailFrom, recipient, header, body, attachment, link, account, ip, hostname, helo$/m);
    assert.match(text, /rules\/custom-rules\.yaml: TYPO\.subjekt: unknown key/);
    assert.match(text, /rules\/custom-rules\.yaml: lower_case: must be UPPER_SNAKE/);
    // the schema problems stop the load before the patterns are compiled: fix them, and the rest shows
    const second = (await problemsOf(patterns)).join('\n');
    assert.match(second, /rules\/custom-rules\.yaml: BAD_RE\.subject\.1: missing closing \): `\(unclosed`/);
    assert.match(second, /rules\/custom-rules\.yaml: BAD_RE\.unless\.header\.X-Mailer\.0: invalid character class range/);
    assert.match(second, /rules\/custom-rules\.yaml: BAD_RE\.unless\.ip\.0: "300\.1\.1\.1" is not an IP address/);
    assert.match(second, /rules\/custom-rules\.yaml: BAYES_SPAM: symbol already defined in rules\/symbols\.yaml/);
  });
});

describe('custom-rules check', () => {
  const WAVE = `
INVOICE_WAVE:
  weight: 6
  subject: ['/сч[её]т.{0,30}оплат/i', "Rechnung überfällig"]
  attachment: '/\\.(zip|rar|img)$/i'
  unless: { from: "@buchhaltung-partner.example" }
`;

  it('every field must match; the detail names each value; "unless" lets the partner through', async () => {
    const rules = await rulesWith(WAVE);
    const subject = `=?koi8-r?B?${koi8r('Счёт на оплату 4411')}?=`;
    const [hit, ...more] = await run(await dataContext(message({ subject, attachment: 'schet_4411.zip' })), rules);
    assert.deepEqual(more, []);
    assert.deepEqual(hit, { symbol: 'INVOICE_WAVE', detail: 'subject: "Счёт на оплату 4411"; attachment: "schet_4411.zip"' });
    assert.deepEqual(await run(await dataContext(message({ subject, attachment: 'schet_4411.pdf' })), rules), [], 'the attachment must match too');
    assert.deepEqual(await run(await dataContext(message({ subject: 'Hello', attachment: 'a.zip' })), rules), []);
    assert.deepEqual(await run(await dataContext(message({ subject, attachment: 'a.zip', from: `${b64('Бухгалтерия')} <buh@buchhaltung-partner.example>` })), rules), []);
    const [german] = await run(await dataContext(message({ subject: b64('Ihre Rechnung ist überfällig', 'iso-8859-1'), attachment: 'R.RAR' })), rules);
    assert.equal(german, undefined, '"Rechnung überfällig" is a phrase: the words must follow each other');
    const [latin1] = await run(await dataContext(message({ subject: b64('Rechnung überfällig: 2 Tage', 'iso-8859-1'), attachment: 'R.RAR' })), rules);
    assert.equal(latin1?.detail, 'subject: "Rechnung überfällig: 2 Tage"; attachment: "R.RAR"');
  });

  it('body reads the text a reader sees: hidden HTML does not match; invisible characters do not break a phrase', async () => {
    const rules = await rulesWith(`
PAY_NOW:
  weight: 2
  body: "wire the payment today"
`);
    const [seen] = await run(await dataContext(message({ html: '<p>Please <b>wire</b> the pay\u200bment today.</p>' })), rules);
    assert.deepEqual(seen, { symbol: 'PAY_NOW', detail: 'body: "wire the payment today"' });
    assert.deepEqual(await run(await dataContext(message({ html: '<p>Hi</p><div style="display:none">wire the payment today</div>' })), rules), []);
  });

  it('body also reads the text of a calendar invitation: spam sent as an event says little in the mail', async () => {
    const rules = await rulesWith(`
CRYPTO_INVITE:
  weight: 3
  body: "guaranteed bitcoin returns"
`);
    const ics = ['BEGIN:VCALENDAR', 'METHOD:REQUEST', 'BEGIN:VEVENT', 'UID:1@sender.test', 'SUMMARY:Webinar',
      'DESCRIPTION:Join us: guaranteed bit', ' coin returns\\, every week', 'END:VEVENT', 'END:VCALENDAR'].join('\r\n');
    const invite = Buffer.from('From: Anna <anna@sender.test>\r\nTo: carol@example.com\r\nSubject: Invitation\r\nMIME-Version: 1.0\r\n'
      + 'Content-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nYou are invited.\r\n'
      + `--B\r\nContent-Type: text/calendar; method=REQUEST; charset=utf-8\r\n\r\n${ics}\r\n--B--\r\n`);
    const [seen] = await run(await dataContext(invite), rules);
    // the folded line is unfolded and the escaped comma read as a comma
    assert.deepEqual(seen, { symbol: 'CRYPTO_INVITE', detail: 'body: "guaranteed bitcoin returns"' });
    assert.deepEqual(await run(await dataContext(message({ text: 'You are invited.' })), rules), []);
  });

  it('headers (decoded, any occurrence), envelope, links, the client address, host name and HELO', async () => {
    const rules = await rulesWith(`
MAILER:
  weight: 1
  header: { X-Mailer: "Массовая рассылка" }
ENVELOPE:
  weight: 1
  mailFrom: "@bounce.sender.test"
  recipient: "/^sales@/"
LINKED:
  weight: 1
  link: '/^https?:\\/\\/[^\\/]*\\.top\\//'
NET:
  weight: 1
  ip: ["203.0.113.0/24", "2001:db8::/32"]
DYNAMIC:
  weight: 1
  hostname: '/(^|[.-])(dyn|dynamic|pool|dsl)[.-]/i'
  helo: '/^\\[?\\d+\\.\\d+\\.\\d+\\.\\d+\\]?$/'
`);
    const ctx = await dataContext(message({ headers: ['X-Mailer: Outlook', `X-Mailer: ${b64('Массовая рассылка 3.1')}`], html: '<a href="https://promo.shop.top/x?id=1">deal</a>' }),
      { mailFrom: 'b-123@bounce.sender.test', recipients: ['carol@example.com', 'sales@example.com'] });
    const hits = await run(ctx, rules);
    assert.deepEqual(hits, [
      { symbol: 'MAILER', detail: 'X-Mailer: "Массовая рассылка 3.1"' },
      { symbol: 'ENVELOPE', detail: 'mailFrom: "b-123@bounce.sender.test"; recipient: "sales@example.com"' },
      { symbol: 'LINKED', detail: 'link: "https://promo.shop.top/x?id=1"' },
    ]);
    const fromNet = { ...ctx, session: { ...ctx.session, clientIp: '::ffff:203.0.113.9' } };
    assert.deepEqual((await run(fromNet, rules)).map((h) => [h.symbol, h.detail]).at(-1), ['NET', 'ip: ::ffff:203.0.113.9']);
    const dynamic = { ...ctx, session: { ...ctx.session, clientHostname: 'host-7.dyn.isp.example', helo: '[198.51.100.7]' } };
    assert.deepEqual((await run(dynamic, rules)).map((h) => [h.symbol, h.detail]).at(-1), ['DYNAMIC', 'hostname: "host-7.dyn.isp.example"; helo: "[198.51.100.7]"']);
    const named = { ...dynamic, session: { ...dynamic.session, helo: 'mail.isp.example' } };
    assert.notEqual((await run(named, rules)).at(-1)?.symbol, 'DYNAMIC', 'both fields must match');
  });

  it('a link matches where a redirector leads too, shown behind the link', async () => {
    const rules = await rulesWith(`
LINKED:
  weight: 1
  link: '/^https?:\\/\\/[^\\/]*\\.top\\//'
`);
    const redirect = 'https://www.google.com/url?q=https%3A%2F%2Fpromo.shop.top%2Fx';
    const hits = await run(await dataContext(message({ html: `<a href="${redirect}">deal</a>` })), rules);
    assert.deepEqual(hits, [{ symbol: 'LINKED', detail: 'link: "www.google.com > https://promo.shop.top/x"' }]);
  });

  it('attachment names inside archives and disk images count, shown with their path', async () => {
    const rules = await rulesWith(`
DISK_IMAGE:
  weight: 5
  attachment: '/\\.(iso|img)$/i'
INVOICE_NAME:
  weight: 1
  attachment: '/^rechnung/i'
`);
    const zip = zipArchive([['Rechnung_4411.pdf', '%PDF-1.4 x'], ['scan.ISO', isoImage([['readme.txt', 'hi']])]]).toString('base64');
    const raw = Buffer.from(`From: a@sender.test\r\nTo: carol@example.com\r\nSubject: docs\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n`
      + `--B\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n--B\r\nContent-Type: application/zip\r\nContent-Disposition: attachment; filename="docs.zip"\r\nContent-Transfer-Encoding: base64\r\n\r\n${zip}\r\n--B--\r\n`);
    assert.deepEqual(await run(await dataContext(raw), rules), [
      { symbol: 'DISK_IMAGE', detail: 'attachment: "docs.zip > scan.ISO"' },
      { symbol: 'INVOICE_NAME', detail: 'attachment: "docs.zip > Rechnung_4411.pdf"' },
    ]);
  });

  it('account: a known fraudster\'s account, however the mail groups it, in the text or an attached document', async () => {
    const rules = await rulesWith(`
MULE_ACCOUNT:
  weight: 10
  release: admin
  account: ["LT12 1000 0111 0100 1000", "61 1090 1014 0000 0712 1981 2874"]
`);
    assert.deepEqual(await run(await dataContext(message({ text: 'Neue Bankverbindung: IBAN LT121000011101001000, BIC REVOLT21' })), rules),
      [{ symbol: 'MULE_ACCOUNT', detail: 'account: "LT121000011101001000"' }]);
    assert.deepEqual(await run(await dataContext(message({ text: 'Nowy rachunek: 61 1090 1014 0000 0712 1981 2874' })), rules),
      [{ symbol: 'MULE_ACCOUNT', detail: 'account: "PL61109010140000071219812874"' }]);
    const letter = printedPdf('<p>Nuove coordinate bancarie: IBAN LT12 1000 0111 0100 1000</p>');
    assert.deepEqual(await run(await dataContext(mailWithDocuments('From: a@sender.test\r\nTo: carol@example.com\r\nSubject: IBAN\r\n', 'In allegato.', ['lettera.pdf', letter])), rules),
      [{ symbol: 'MULE_ACCOUNT', detail: 'account: "LT121000011101001000"' }]);
    // another account, and the digits without a valid IBAN around them
    assert.deepEqual(await run(await dataContext(message({ text: 'IBAN DE89 3704 0044 0532 0130 00; Ref 121000011101001000' })), rules), []);
  });

  it('a rule with enabled: false keeps its symbol and does not run', async () => {
    const rules = await rulesWith(`
RESTING:
  weight: 1
  enabled: false
  subject: confidential
`);
    assert.equal(rules.symbols.RESTING!.weight, 1);
    assert.equal(rules.custom[0]!.enabled, false);
    assert.deepEqual(await run(await dataContext(message({ subject: 'Confidential' })), rules), []);
  });

  it('a rule runs for its direction only', async () => {
    const rules = await rulesWith(`
OUT_ONLY:
  weight: 1
  direction: outbound
  subject: confidential
BOTH:
  weight: 1
  direction: both
  subject: confidential
`);
    const ctx = await dataContext(message({ subject: 'Strictly confidential' }));
    assert.deepEqual((await run(ctx, rules)).map((h) => h.symbol), ['BOTH']);
    const out = { ...ctx, session: { ...ctx.session, direction: 'outbound' as const } };
    assert.deepEqual((await run(out, rules)).map((h) => h.symbol), ['OUT_ONLY', 'BOTH']);
  });
});

describe('rules made in the web UI (overrides `custom`)', () => {
  const RULE = { weight: 4, subject: ['/сч[её]т.{0,30}оплат/i'], description: { en: 'Invoice wave', de: 'Rechnungswelle' } };

  async function pipelineWith(store = fakeStore(), dir?: string) {
    let rulesDir = dir;
    if (!rulesDir) {
      const t = tempRules();
      cleanups.push(t.cleanup);
      rulesDir = t.dir;
      // only the check under test: no DNS, no clamd in unit tests
      writeFileSync(join(rulesDir, 'checks.yaml'), CHECKS.filter((c) => c.name !== 'custom-rules').map((c) => `${c.name}: { enabled: false }\n`).join(''));
      writeFileSync(join(rulesDir, 'custom-rules.yaml'), 'FILE_RULE:\n  weight: 1\n  subject: quarterly report\n');
    }
    const p = await createPipeline({ config: testConfig({ rules: rulesDir, 'greylist.enabled': false }), store, log: quietLog, watch: false });
    cleanups.push(() => void p.close());
    return { p, store, dir: rulesDir };
  }
  const msg = (subject: string) => Buffer.from(`From: a@sender.test\r\nTo: bob@example.com\r\nSubject: =?utf-8?B?${Buffer.from(subject).toString('base64')}?=\r\n\r\nbody\r\n`);
  const symbolsOf = async (p: Awaited<ReturnType<typeof pipelineWith>>['p'], subject: string) =>
    (await p.data(session(), { mailFrom: 'a@sender.test', recipients: ['bob@example.com'] }, msg(subject))).symbols.map((s) => `${s.name}=${s.score}`);

  it('a rule saved live scores the next message, is audited, survives a restart, and is removed with null', async () => {
    const { p, store, dir } = await pipelineWith();
    assert.deepEqual(await symbolsOf(p, 'Счёт на оплату 17'), []);
    await p.updateRules({ custom: { INVOICE_UI: RULE } } as never, 'admin');
    assert.deepEqual(await symbolsOf(p, 'Счёт на оплату 17'), ['INVOICE_UI=4']);
    assert.equal(p.rules().symbols.INVOICE_UI!.source, 'web UI');
    assert.equal(p.rules().symbols.INVOICE_UI!.description.de, 'Rechnungswelle');
    assert.deepEqual(p.rules().custom.map((r) => [r.name, r.origin]), [['FILE_RULE', 'custom-rules.yaml'], ['INVOICE_UI', 'web UI']]);
    assert.deepEqual(store.auditEntries.at(-1)!.detail, { custom: { INVOICE_UI: RULE } });
    await p.close();
    const again = (await pipelineWith(store, dir)).p;
    assert.deepEqual(await symbolsOf(again, 'Счёт на оплату 17'), ['INVOICE_UI=4']);
    await again.updateRules({ custom: { INVOICE_UI: null } }, 'admin');
    assert.equal(again.rules().symbols.INVOICE_UI, undefined);
    assert.deepEqual(await symbolsOf(again, 'Счёт на оплату 17'), []);
  });

  it('bad rules are refused with their key and change nothing: a bad pattern, a name in use, no condition', async () => {
    const { p } = await pipelineWith();
    await assert.rejects(p.updateRules({ custom: { BAD: { weight: 1, body: ['ok', '/[unclosed/'] } } } as never, 'admin'), (err: unknown) => {
      assert.ok(err instanceof RulesError);
      assert.deepEqual(err.problems, ['custom.BAD.body.1: missing closing ]: `[unclosed`']);
      return true;
    });
    await assert.rejects(p.updateRules({ custom: { FILE_RULE: RULE } } as never, 'admin'), /custom\.FILE_RULE: symbol already defined in rules\/custom-rules\.yaml/);
    await assert.rejects(p.updateRules({ custom: { BAYES_SPAM: RULE } } as never, 'admin'), /custom\.BAYES_SPAM: symbol already defined in rules\/symbols\.yaml/);
    await assert.rejects(p.updateRules({ custom: { EMPTY: { weight: 1 } } } as never, 'admin'), /custom\.EMPTY: must name what it matches/);
    assert.deepEqual(p.rules().custom.map((r) => r.name), ['FILE_RULE']);
  });

  it('a file rule taken out while the web UI overrides its weight: the edit applies, the override waits unused', async () => {
    const { p, dir } = await pipelineWith();
    await p.updateRules({ weights: { FILE_RULE: 9 }, release: { FILE_RULE: 'admin' } }, 'admin');
    writeFileSync(join(dir, 'custom-rules.yaml'), 'OTHER_RULE:\n  weight: 1\n  subject: something else\n');
    assert.deepEqual(await p.reload(), { ok: true });
    assert.equal(p.rules().symbols.FILE_RULE, undefined);
    await assert.rejects(p.updateRules({ weights: { FILE_RULE: 2 } }, 'admin'), /weights\.FILE_RULE: unknown symbol/, 'a new override of a symbol nobody defines is refused');
    await p.updateRules({ thresholds: { tag: 6 } }, 'admin');
    writeFileSync(join(dir, 'custom-rules.yaml'), 'FILE_RULE:\n  weight: 1\n  subject: quarterly report\n');
    assert.deepEqual(await p.reload(), { ok: true });
    assert.deepEqual([p.rules().symbols.FILE_RULE!.weight, p.rules().symbols.FILE_RULE!.release], [9, 'admin']);
  });

  it('saving or removing a rule drops older weight and release overrides of its symbol', () => {
    let o = mergePatch({}, { custom: { A: { ...RULE, direction: 'inbound' } } });
    o = mergePatch(o, { weights: { A: 9, SPF_FAIL: 2 } });
    assert.deepEqual(o.weights, { A: 9, SPF_FAIL: 2 });
    const saved = mergePatch(o, { custom: { A: { ...RULE, weight: 5, direction: 'inbound' } } });
    assert.deepEqual(saved.weights, { SPF_FAIL: 2 });
    assert.equal(saved.custom!.A!.weight, 5);
    const both = mergePatch(o, { custom: { A: { ...RULE, direction: 'inbound' } }, weights: { A: 7 } });
    assert.deepEqual(both.weights, { A: 7, SPF_FAIL: 2 }, 'unless the same change sets it');
    const guarded = mergePatch(o, { release: { A: 'admin', SPF_FAIL: 'admin' } });
    assert.deepEqual(mergePatch(guarded, { custom: { A: { ...RULE, direction: 'inbound' } } }).release, { SPF_FAIL: 'admin' }, 'its release override goes too');
    const removed = mergePatch(o, { custom: { A: null } });
    assert.deepEqual(removed.custom, {});
    assert.deepEqual(removed.weights, { SPF_FAIL: 2 });
  });
});
