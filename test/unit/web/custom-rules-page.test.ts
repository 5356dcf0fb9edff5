// The admin's own rules in the web UI (/admin/rules): made, refused with the key of the problem (the
// form keeps what was typed), edited and renamed, deleted; in force for the next message at once;
// admins only; the API takes the same rules; the message log offers a rule from a message.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ruleHits } from '../../../src/web/admin-pages.ts';
import { parse as parseYaml } from 'yaml';
import { customRuleOf } from '../../../src/rules/load.ts';
import { customRulesFileSchema } from '../../../src/rules/schema.ts';
import { emptyRuleForm, parseRuleForm, ruleForm, ruleYaml } from '../../../src/web/custom-rule-form.ts';
import { translator } from '../../../src/web/i18n.ts';
import { rulesPage } from '../../../src/web/views/admin.ts';
import { session } from '../pipeline/util.ts';
import { addUser, HOST, login, ORIGIN, quarantine, webFixture, type WebFixture } from './fixture.ts';

let f: WebFixture;
before(async () => {
  f = await webFixture({ 'greylist.enabled': false, 'clamav.enabled': false, 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 100 });
  await addUser(f.store, 'alice@example.com', 'alice-pass-1');
  await addUser(f.store, 'root@example.com', 'root-pass-1', true);
});
after(async () => f.close());

const headers = (cookie: string, extra: Record<string, string> = {}) => ({ host: HOST, cookie, origin: ORIGIN, ...extra });
const form = { 'content-type': 'application/x-www-form-urlencoded' };

async function page(cookie: string, url = '/admin/rules'): Promise<{ body: string; csrf: string; status: number }> {
  const r = await f.app.inject({ url, headers: headers(cookie) });
  return { body: r.body, status: r.statusCode, csrf: /name="_csrf" value="([^"]+)"/.exec(r.body)?.[1] ?? '' };
}
async function post(cookie: string, url: string, fields: Record<string, string>) {
  const { csrf } = await page(cookie);
  return f.app.inject({ method: 'POST', url, headers: headers(cookie, form), payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString() });
}
/** the symbols the live pipeline gives a message with this subject and attachment name */
async function symbolsFor(subject: string, attachment = 'notes.txt'): Promise<string[]> {
  const raw = Buffer.from(`From: Buchhaltung <buh@lieferant.test>\r\nTo: bob@example.com\r\nSubject: =?utf-8?B?${Buffer.from(subject).toString('base64')}?=\r\n`
    + `MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=B\r\n\r\n--B\r\nContent-Type: text/plain\r\n\r\nsee attached\r\n`
    + `--B\r\nContent-Type: application/octet-stream\r\nContent-Disposition: attachment; filename="${attachment}"\r\n\r\nxx\r\n--B--\r\n`);
  const v = await f.runtime.data(session(), { mailFrom: 'buh@lieferant.test', recipients: ['bob@example.com'] }, raw);
  return v.symbols.map((s) => s.name).filter((n) => /^(INVOICE|WAVE)/.test(n));
}

describe('the rules page', () => {
  it('is for admins only', async () => {
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    assert.equal((await page(alice)).status, 404, 'admin pages do not exist for users');
    const r = await post(alice, '/admin/rules', { name: 'X', weight: '1', when_subject: 'x' });
    assert.equal(r.statusCode, 404);
    assert.equal(f.runtime.rules().custom.length, 0);
  });

  it('a rule made in the form is in force for the next message and listed; the description goes to the admin\'s language and English', async () => {
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    assert.match((await page(root)).body, /No rules yet\./);
    assert.deepEqual(await symbolsFor('Счёт на оплату 4411', 'schet.zip'), []);
    const r = await post(`${root}; lang=de`, '/admin/rules', {
      name: 'invoice_wave', enabled: '1', weight: '6,5', description: 'Rechnungswelle dieser Woche', direction: 'inbound',
      when_subject: '/сч[её]т.{0,30}оплат/i\r\nRechnung überfällig\r\n', when_attachment: '/\\.(zip|rar)$/i', unless_from: '@partner.test',
    });
    assert.equal(r.statusCode, 302);
    assert.equal(r.headers.location, '/admin/rules?ok=ruleSaved');
    const symbol = f.runtime.rules().symbols.INVOICE_WAVE!;
    assert.equal(symbol.weight, 6.5);
    assert.deepEqual(symbol.description, { en: 'Rechnungswelle dieser Woche', de: 'Rechnungswelle dieser Woche' });
    assert.deepEqual(await symbolsFor('Счёт на оплату 4411', 'schet.zip'), ['INVOICE_WAVE']);
    assert.deepEqual(await symbolsFor('Счёт на оплату 4411', 'schet.pdf'), []);
    const listed = (await page(`${root}; lang=de`, '/admin/rules?ok=ruleSaved')).body;
    assert.match(listed, /Regel gespeichert/);
    assert.match(listed, /<code>INVOICE_WAVE<\/code>/);
    assert.match(listed, /subject: \/сч\[её\]т\.\{0,30\}оплат\/i \| Rechnung überfällig; attachment: \/\\\.\(zip\|rar\)\$\/i/);
    assert.match(listed, /außer: <code>from: @partner\.test<\/code>/);
    assert.match(listed, /href="\/admin\/rules\?edit=INVOICE_WAVE#rule-form"/);
    assert.match(listed, /<details class="yaml"><summary class="small">YAML<\/summary><pre class="small">INVOICE_WAVE:\n  weight: 6.5\n/);
    assert.equal(f.runtime.rules().custom.find((r) => r.name === 'INVOICE_WAVE')!.origin, 'web UI');
  });

  it('a bad rule is refused with the key of each problem, and the form keeps what was typed', async () => {
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const bad = await post(root, '/admin/rules', { name: 'WAVE_TWO', weight: 'x', when_subject: 'ok\n/(?<=a)b/' });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.body, /custom\.WAVE_TWO\.weight: Invalid input: expected number/);
    const pattern = await post(root, '/admin/rules', { name: 'WAVE_TWO', weight: '2', when_subject: 'ok\n/(?<=a)b/' });
    assert.equal(pattern.statusCode, 400);
    assert.match(pattern.body, /custom\.WAVE_TWO\.subject\.1: lookbehind \(\?&lt;= \(\?&lt;! is not supported/);
    assert.match(pattern.body, /<textarea name="when_subject"[^>]*>ok\n\/\(\?&lt;=a\)b\/<\/textarea>/);
    const nothing = await post(root, '/admin/rules', { name: 'WAVE_TWO', weight: '2' });
    assert.match(nothing.body, /custom\.WAVE_TWO: must name what it matches/);
    const taken = await post(root, '/admin/rules', { name: 'BAYES_SPAM', weight: '2', when_subject: 'x' });
    assert.match(taken.body, /custom\.BAYES_SPAM: symbol already defined in rules\/symbols\.yaml/);
    const again = await post(root, '/admin/rules', { name: 'INVOICE_WAVE', weight: '2', when_subject: 'x' });
    assert.match(again.body, /A rule named INVOICE_WAVE exists already/);
    assert.equal(f.runtime.rules().symbols.INVOICE_WAVE!.weight, 6.5, 'unchanged');
    assert.equal(f.runtime.rules().symbols.WAVE_TWO, undefined);
  });

  it('edit shows the rule in the form; saving under a new name replaces it; delete removes it', async () => {
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const edit = (await page(root, '/admin/rules?edit=INVOICE_WAVE')).body;
    assert.match(edit, /Edit rule INVOICE_WAVE/);
    assert.match(edit, /name="original" value="INVOICE_WAVE"/);
    assert.match(edit, /<textarea name="unless_from"[^>]*>@partner\.test<\/textarea>/);
    assert.match(edit, /<details open>/, 'exceptions shown when there are some');
    assert.match(edit, /name="enabled" value="1" checked/);
    const renamed = await post(root, '/admin/rules', { original: 'INVOICE_WAVE', name: 'INVOICE_RU', enabled: '1', weight: '3', force: 'quarantine', release: '1', when_subject: '/сч[её]т.{0,30}оплат/i' });
    assert.equal(renamed.statusCode, 302);
    const rules = f.runtime.rules();
    assert.equal(rules.symbols.INVOICE_WAVE, undefined);
    assert.deepEqual([rules.symbols.INVOICE_RU!.weight, rules.symbols.INVOICE_RU!.force, rules.symbols.INVOICE_RU!.release], [3, 'quarantine', 'admin']);
    assert.deepEqual(await symbolsFor('Счёт на оплату 4411'), ['INVOICE_RU']);
    const audit = (await f.store.settings.auditLog(1))[0]!;
    assert.equal(audit.who, 'root@example.com');
    assert.deepEqual(Object.keys((audit.detail as { custom: object }).custom).sort(), ['INVOICE_RU', 'INVOICE_WAVE']);
    const del = await post(root, '/admin/rules/delete', { name: 'INVOICE_RU' });
    assert.equal(del.headers.location, '/admin/rules?ok=ruleDeleted');
    assert.equal(f.runtime.rules().symbols.INVOICE_RU, undefined);
    assert.deepEqual(await symbolsFor('Счёт на оплату 4411'), []);
    assert.equal((await post(root, '/admin/rules/delete', { name: 'INVOICE_RU' })).headers.location, '/admin/rules?err=ruleGone');
  });

  it('a rule saved with Enabled unticked is listed as off and does not run', async () => {
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const r = await post(root, '/admin/rules', { name: 'WAVE_RESTING', weight: '3', when_subject: '/сч[её]т.{0,30}оплат/i' });
    assert.equal(r.statusCode, 302);
    assert.deepEqual(await symbolsFor('Счёт на оплату 4411'), []);
    assert.match((await page(root)).body, /<tr class="disabled"><td><code>WAVE_RESTING<\/code> <span class="badge">off<\/span>/);
    await post(root, '/admin/rules/delete', { name: 'WAVE_RESTING' });
  });

  it('the API takes the same rules (PATCH /api/admin/rules `custom`), with the same checks', async () => {
    const auth = { host: HOST, authorization: 'Bearer test-api-token-0123456789' };
    const ok = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { custom: { INVOICE_API: { weight: 2, subject: 'Rechnung überfällig', header: { 'X-Mailer': ['PHPMailer'], 'X-Priority': '1' } } } } });
    assert.equal(ok.statusCode, 200, ok.body);
    assert.deepEqual(ok.json().custom.find((r: { name: string }) => r.name === 'INVOICE_API').header, { 'X-Mailer': ['PHPMailer'], 'X-Priority': ['1'] });
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    assert.doesNotMatch((await page(root)).body, /edit=INVOICE_API/, 'two headers: the form cannot show it whole, so it offers no edit');
    const bad = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { custom: { INVOICE_API: { weight: 2, subject: '/(/' } } } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error, /custom\.INVOICE_API\.subject\.0: missing closing \)/);
    const preview = await f.app.inject({ method: 'POST', url: '/api/admin/rules/preview', headers: auth, payload: { patch: { custom: { X: { weight: 1, subject: 'x' } } } } });
    assert.equal(preview.statusCode, 400);
    assert.match(preview.json().error, /rules cannot be previewed on the message log/);
    await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { custom: { INVOICE_API: null } } });
    assert.equal(f.runtime.rules().symbols.INVOICE_API, undefined);
  });

  it('a rule is tried on held mail before it is saved: the count, the newest matches with what matched, and nothing saved', async () => {
    const wave = await quarantine(f.store, ['alice@example.com'], { subject: 'Счёт на оплату 7', from: 'Бухгалтерия <buh@lieferant.test>', at: Date.now() - 1000 });
    await quarantine(f.store, ['alice@example.com'], { subject: 'Cheap watches', at: Date.now() - 2000 });
    const rejected = await quarantine(f.store, ['alice@example.com'], { subject: 'СЧЕТ НА ОПЛАТУ 8', kind: 'rejected', at: Date.now() - 3000 });
    const auth = { host: HOST, authorization: 'Bearer test-api-token-0123456789' };
    const r = await f.app.inject({ method: 'POST', url: '/api/admin/rules/try', headers: auth, payload: { name: 'TRY_WAVE', rule: { weight: 1, subject: '/сч[её]т на оплату/i' } } });
    assert.equal(r.statusCode, 200, r.body);
    const trial = r.json() as { tried: number; matched: number; examples: Array<{ id: string; kind: string; detail: string }> };
    assert.ok(trial.tried >= 3);
    assert.equal(trial.matched, 2);
    assert.deepEqual(trial.examples.map((e) => [e.id, e.kind, e.detail]), [[wave.id, 'quarantine', 'subject: "Счёт на оплату 7"'], [rejected.id, 'rejected', 'subject: "СЧЕТ НА ОПЛАТУ 8"']]);
    assert.equal(f.runtime.rules().symbols.TRY_WAVE, undefined, 'nothing saved');
    const bad = await f.app.inject({ method: 'POST', url: '/api/admin/rules/try', headers: auth, payload: { name: 'TRY_WAVE', rule: { weight: 1, subject: '/(/' } } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error, /custom\.TRY_WAVE\.subject\.0: missing closing \)/);
    // the form's Try button: the page shows the trial and keeps the form
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const tried = await post(root, '/admin/rules', { op: 'try', name: 'try_wave', enabled: '1', weight: '2', when_subject: '/сч[её]т на оплату/i' });
    assert.equal(tried.statusCode, 200);
    assert.match(tried.body, /The rule matches 2 of the \d+ newest held messages/);
    assert.match(tried.body, new RegExp(`href="/quarantine/${rejected.id}">СЧЕТ НА ОПЛАТУ 8</a> <span class="badge reject">`));
    assert.match(tried.body, /<textarea name="when_subject"[^>]*>\/сч\[её\]т на оплату\/i<\/textarea>/);
    assert.equal(f.runtime.rules().symbols.TRY_WAVE, undefined);
  });

  it('editing keeps what the form does not show: every language of the description; a rule the form cannot hold offers no edit', async () => {
    const auth = { host: HOST, authorization: 'Bearer test-api-token-0123456789' };
    await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { custom: {
      MULTI_LANG: { weight: 2, subject: 'Rechnung', description: { en: 'Invoice wave', de: 'Rechnungswelle', ru: 'Волна счетов' } },
      NO_TEXT: { weight: 1, subject: 'parcel' },
      HOLD_LATER: { weight: 0, force: 'tempfail', subject: 'later' },
    } } });
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const listed = (await page(root)).body;
    assert.match(listed, /edit=MULTI_LANG/);
    assert.doesNotMatch(listed, /edit=HOLD_LATER/, 'tempfail is not in the form');
    const edit = (await page(`${root}; lang=de`, '/admin/rules?edit=MULTI_LANG')).body;
    assert.match(edit, /name="description" value="Rechnungswelle"/);
    assert.match((await page(root, '/admin/rules?edit=NO_TEXT')).body, /name="description" value=""/, 'a default description is not written into the rule');
    await post(`${root}; lang=de`, '/admin/rules', { original: 'MULTI_LANG', name: 'MULTI_LANG', enabled: '1', weight: '3', description: 'Rechnungswelle', when_subject: 'Rechnung' });
    assert.deepEqual(f.runtime.rules().symbols.MULTI_LANG!.description, { en: 'Invoice wave', de: 'Rechnungswelle', ru: 'Волна счетов' });
    assert.equal(f.runtime.rules().symbols.MULTI_LANG!.weight, 3);
    await post(root, '/admin/rules', { original: 'NO_TEXT', name: 'NO_TEXT_2', enabled: '1', weight: '1', when_subject: 'parcel' });
    assert.match(f.runtime.rules().symbols.NO_TEXT_2!.description.en, /rule NO_TEXT_2 \(made in the web UI\)/, 'the default names the new name');
    await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { custom: { MULTI_LANG: null, NO_TEXT_2: null, HOLD_LATER: null } } });
  });

  it("an admin's quarantine page of a message links a rule from it; a user's does not", async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'Счёт на оплату 5', from: 'Бухгалтерия <buh@lieferant.test>' });
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const admin = (await page(root, `/quarantine/${item.id}`)).body;
    assert.match(admin, new RegExp(`href="/admin/rules\\?subject=${encodeURIComponent('Счёт на оплату 5').replace(/%20/g, '\\+')}&amp;from=buh%40lieferant\\.test#rule-form"`));
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    assert.doesNotMatch((await page(alice, `/quarantine/${item.id}`)).body, /admin\/rules/);
  });

  it("the message log offers a rule from a message: its subject and sender's address in the form", async () => {
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const body = (await page(root, `/admin/rules?subject=${encodeURIComponent('Ваш счёт')}&from=buh%40lieferant.test`)).body;
    assert.match(body, /<textarea name="when_subject"[^>]*>Ваш счёт<\/textarea>/);
    assert.match(body, /<textarea name="when_from"[^>]*>buh@lieferant\.test<\/textarea>/);
  });
});

describe('rule hits on the rules page', () => {
  it("counts each rule's messages in the log and keeps the latest", async () => {
    const rules = { custom: [{ name: 'A' }, { name: 'B' }] } as never;
    const entry = (id: string, at: number, names: string[]) => ({ id, at, symbols: names.map((name) => ({ name, score: 1 })) }) as never;
    assert.deepEqual(ruleHits(rules, [entry('t3', 300, ['A', 'BAYES_SPAM']), entry('t1', 100, ['A', 'B']), entry('t2', 200, ['SPF_FAIL'])]), {
      A: { count: 2, lastId: 't3', lastAt: 300 }, B: { count: 1, lastId: 't1', lastAt: 100 },
    });
  });

  it('when the log read stops short of 7 days (a busy week), the column says since when it counts', () => {
    const rules = f.runtime.rules();
    const ctx = { t: translator('en'), lang: 'en' as const, principal: null, csrf: '', path: '/admin/rules' };
    const view = { rules: { ...rules, custom: [{ name: 'A', origin: 'web UI' as const, enabled: true, direction: 'inbound' as const, described: false, subject: ['x'] }], symbols: { ...rules.symbols, A: { weight: 1, description: { en: 'a' }, source: 'web UI' as const } } }, form: emptyRuleForm(), editing: null, editable: new Set<string>(), hits: {}, hitDays: 7 };
    assert.match(rulesPage(ctx, view).value, /<th>Messages, last 7 days<\/th>/);
    const capped = rulesPage(ctx, { ...view, hitsSince: Date.UTC(2026, 11, 1, 9, 30) }).value;
    assert.match(capped, /<th>Messages since [^<]*2026[^<]*<\/th>/);
    assert.doesNotMatch(capped, /last 7 days/);
  });

  it('the page shows the count, linked to the rule\'s messages in the log, and links the latest message', async () => {
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const auth = { host: HOST, authorization: 'Bearer test-api-token-0123456789' };
    await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { custom: { HIT_ME: { weight: 1, subject: 'quarterly figures' } } } });
    const id = `tx-hit-${Date.now()}`;
    await f.store.txlog.append({ id, at: Date.now(), direction: 'inbound', clientIp: '192.0.2.1', helo: 'h', mailFrom: 'a@b.test', from: 'a@b.test', recipients: ['bob@example.com'], subject: 'Quarterly figures', score: 1, action: 'accept', symbols: [{ name: 'HIT_ME', score: 1, detail: 'subject: "Quarterly figures"' }], reply: '250', backendReply: '250', durationMs: 3, quarantineId: null, size: 100 });
    const body = (await page(root)).body;
    assert.match(body, new RegExp(`<td class="num"><a href="/admin/log\\?symbol=HIT_ME"[^>]*>1</a><div class="small"><a href="/admin/log/${id}">latest</a>`));
    await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { custom: { HIT_ME: null } } });
  });
});

describe('the rule form', () => {
  it("a web UI rule's YAML, pasted into rules/custom-rules.yaml, is the same rule", () => {
    const rule = { weight: 4, description: { en: 'Wave', de: 'Welle' }, force: 'reject', reply: '554 5.7.1 no: {detail}', release: 'admin', enabled: false, direction: 'both', subject: ['/сч[её]т/i'], header: { 'X-Mailer': ['PHPMailer'] }, ip: ['10.0.0.0/8'], unless: { from: ['@partner.test'] } } as const;
    const made = customRuleOf('WAVE', 'web UI', rule as never, 'custom.WAVE');
    const yaml = ruleYaml(made.rule, made.symbol);
    assert.match(yaml, /^WAVE:\n  weight: 4\n/);
    const file = customRulesFileSchema.parse(parseYaml(yaml));
    const loaded = customRuleOf('WAVE', 'custom-rules.yaml', file.WAVE!, 'rules/custom-rules.yaml: WAVE');
    assert.deepEqual({ ...loaded.rule, origin: 'web UI' }, made.rule);
    assert.deepEqual({ ...loaded.symbol, source: 'web UI' }, made.symbol);
    const plain = customRuleOf('PLAIN', 'web UI', { weight: 1, subject: ['x'] } as never, 'custom.PLAIN');
    assert.equal(ruleYaml(plain.rule, plain.symbol), 'PLAIN:\n  weight: 1\n  subject:\n    - x\n', 'defaults are left out');
  });

  it('reads one pattern per line, leaves empty boxes out, and shows a rule back as it was', () => {
    const { name, rule } = parseRuleForm({ name: ' wave ', weight: '2.5', force: 'reject', reply: '554 5.7.1 no', direction: 'both', when_body: 'a\n\n b \n', when_header_name: 'X-Mailer', when_header: 'PHPMailer', unless_ip: '10.0.0.0/8', when_link: '' }, 'en');
    assert.equal(name, 'WAVE');
    assert.deepEqual(rule, { weight: 2.5, direction: 'both', body: ['a', 'b'], header: { 'X-Mailer': ['PHPMailer'] }, force: 'reject', reply: '554 5.7.1 no', enabled: false, unless: { ip: ['10.0.0.0/8'] } }, 'an unticked Enabled box is posted as nothing');
    const back = ruleForm('WAVE', rule as never, 'en');
    assert.deepEqual(back.boxes, { when_body: 'a\nb', when_header_name: 'X-Mailer', when_header: 'PHPMailer', unless_ip: '10.0.0.0/8' });
    assert.deepEqual([back.weight, back.force, back.reply, back.direction, back.releaseAdmin, back.enabled], ['2.5', 'reject', '554 5.7.1 no', 'both', false, false]);
    assert.equal(parseRuleForm({ name: 'X', weight: '1', enabled: '1', when_subject: 'x' }, 'en').rule.enabled, undefined, 'enabled is the default');
  });
});
