// The web UI end to end: the real gateway process, mail sent through SMTP, headless Chromium.
// Log in, find a quarantined message, preview it, release it and see it at the backend sink;
// hostile mail runs nothing and loads nothing remote; user B cannot see A's mail; a cross-origin
// POST is refused; a threshold changed in the settings page applies to the next SMTP message; a
// message held for an attached login page is released by the admin after the user asked; the admin
// confirms a correspondent's bank account on the senders page and forgets it again.
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:http';
import { after, before, describe, it } from 'node:test';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { freePort, waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { cliUserAdd, launchBrowser, message, sendSmtp } from './web-helpers.ts';

const TOKEN = 'e2e-api-token-0123456789abcdef';
let gw: Gateway;
let sink: Sink;
let browser: Browser;
let base: string;
let remote: Server;
let remoteHits = 0;
let remotePort = 0;

async function api(path: string, init: { method?: string; body?: unknown } = {}): Promise<Response> {
  return fetch(base + path, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${TOKEN}`, ...(init.body ? { 'content-type': 'application/json' } : {}) },
    body: init.body ? JSON.stringify(init.body) : undefined,
  });
}

async function loginPage(ctx: BrowserContext, user: string, password: string): Promise<Page> {
  const page = await ctx.newPage();
  await page.goto(base + '/login');
  await page.fill('input[name=username]', user);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/login')), page.click('button[type=submit]')]);
  return page;
}

async function quarantinedId(subject: string): Promise<string> {
  return waitFor(async () => {
    const r = await api(`/api/quarantine?q=${encodeURIComponent(subject)}`);
    const list = (await r.json()) as Array<{ id: string; subject: string }>;
    return list.find((x) => x.subject === subject)?.id;
  }, 10000, `quarantined "${subject}"`);
}

before(async () => {
  sink = await startSink();
  remote = createServer((_req, res) => { remoteHits++; res.end('x'); });
  remotePort = await freePort();
  await new Promise<void>((r) => remote.listen(remotePort, '127.0.0.1', () => r()));
  gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, admin: { password: 'e2e-admin-pw', apiToken: TOKEN } } });
  base = `http://127.0.0.1:${gw.webPort}`;
  assert.match(await cliUserAdd(gw.configFile, 'alice@example.com', 'alice-e2e-pw'), /created user alice@example.com/);
  const bob = await api('/api/admin/users', { method: 'POST', body: { username: 'bob@example.com', password: 'bob-e2e-pw-1' } });
  assert.equal(bob.status, 201);
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await gw?.cleanup();
  await sink?.stop();
  await new Promise((r) => remote?.close(r));
});

describe('web UI with the real gateway', () => {
  it('applies a threshold changed in the settings page to the next SMTP message, without a restart', async () => {
    const before = sink.messages.length;
    await sendSmtp(gw.smtpPort, 'news@remote.test', ['alice@example.com'], message({ to: 'alice@example.com', subject: 'before the change' }));
    assert.equal(sink.messages.length, before + 1, 'delivered with the default thresholds');

    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await loginPage(ctx, 'admin', 'e2e-admin-pw');
    await page.goto(base + '/admin/settings');
    // thresholds must stay ordered (reject ≥ quarantine ≥ tag): move tag below too
    await page.fill('input[name=th_tag]', '-60');
    await page.fill('input[name=th_quarantine]', '-50');
    // the writing systems the company reads (SCRIPT_UNWANTED for the others)
    await page.check('input[name=script_latin]');
    await page.check('input[name=script_cyrillic]');
    // an attachment type let through (the field shows what is refused now)
    assert.match(await page.textContent('main') ?? '', /Refused now: .*\bmsi\b/);
    await page.fill('input[name=attach_allow]', 'MSI');
    await Promise.all([page.waitForLoadState('load'), page.click('button[value=preview]')]);
    assert.equal(await page.inputValue('input[name=attach_allow]'), 'msi', 'the preview keeps the candidate list, normalised');
    assert.ok(await page.isChecked('input[name=script_cyrillic]'), 'the preview keeps the candidate scripts');
    const preview = await page.textContent('#whatif');
    assert.match(preview ?? '', /1/, 'what-if counts the logged message');
    assert.ok(await page.locator('#whatif .badge.quarantine').count() > 0, 'shows messages moving to quarantine');
    await Promise.all([page.waitForURL(/ok=settingsSaved/), page.click('button[value=save]')]);
    const rules = (await (await api('/api/admin/rules')).json()) as { thresholds: { quarantine: number }; checks: { scripts: { okScripts: string[] }; attachments: { allowExtensions: string[] } } };
    assert.equal(rules.thresholds.quarantine, -50);
    assert.deepEqual(rules.checks.scripts.okScripts, ['latin', 'cyrillic']);
    assert.deepEqual(rules.checks.attachments.allowExtensions, ['msi']);
    const saved = await page.textContent('main') ?? '';
    assert.match(saved, /Refused now: .*\bexe\b/);
    assert.doesNotMatch(saved, /Refused now: .*\bmsi\b/);
    const audit = (await (await api('/api/admin/audit')).json()) as Array<{ who: string; what: string }>;
    assert.equal(audit[0]?.who, 'admin');

    const reply = await sendSmtp(gw.smtpPort, 'offers@remote.test', ['alice@example.com'], message({ to: 'alice@example.com', subject: 'Your invoice 2291', html: '<h1>Invoice</h1><p>Please find the <b>invoice</b> attached.</p>', attachment: true }));
    assert.match(reply, /^250/);
    assert.equal(sink.messages.length, before + 1, 'not delivered: quarantined');
    await quarantinedId('Your invoice 2291');
    await ctx.close();
  });

  it('lets a user log in, find the quarantined message, preview it and release it to the backend', async () => {
    const id = await quarantinedId('Your invoice 2291');
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await loginPage(ctx, 'alice@example.com', 'alice-e2e-pw');
    assert.match(page.url(), /\/quarantine$/);
    await Promise.all([page.waitForURL(new RegExp(`/quarantine/${id}$`)), page.click('text=Your invoice 2291')]);
    const frame = page.frameLocator('iframe.mailhtml');
    assert.equal(await frame.locator('h1').textContent(), 'Invoice');
    assert.match(await page.textContent('ul.attachments') ?? '', /invoice-2291\.pdf/);
    const before = sink.messages.length;
    await Promise.all([page.waitForURL(/ok=released/), page.click('button:has-text("Release")>>nth=0')]);
    await waitFor(() => sink.messages.length > before, 10000, 'release at the sink');
    const got = sink.messages.at(-1)!;
    assert.deepEqual(got.rcptTo, ['alice@example.com']);
    assert.match(got.data.toString(), /Subject: Your invoice 2291/);
    assert.equal((await api(`/api/quarantine/${id}`)).status, 404, 'gone from the quarantine');
    await ctx.close();
  });

  it('holds a message with an attached login page for the admins: the user asks for its release, the admin releases it', async () => {
    const page = '<html><body><form action="https://o365-verify.test/next.php" method="post"><input type="password" name="p"><button>Sign in</button></form></body></html>';
    const raw = [
      'From: Accounts <ap@remote.test>', 'To: alice@example.com', 'Subject: Remittance 7781', `Date: ${new Date().toUTCString()}`, `Message-ID: <phish.${Date.now()}@remote.test>`,
      'MIME-Version: 1.0', 'Content-Type: multipart/mixed; boundary="P"', '', '--P', 'Content-Type: text/plain', '', 'See the attached remittance.', '',
      '--P', 'Content-Type: text/html; name="Remittance.html"', 'Content-Disposition: attachment; filename="Remittance.html"', 'Content-Transfer-Encoding: base64', '',
      Buffer.from(page).toString('base64'), '--P--', '',
    ].join('\r\n');
    assert.match(await sendSmtp(gw.smtpPort, 'ap@remote.test', ['alice@example.com'], raw), /^250/);
    const id = await quarantinedId('Remittance 7781');
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const user = await loginPage(ctx, 'alice@example.com', 'alice-e2e-pw');
    await user.goto(`${base}/quarantine/${id}`);
    assert.match(await user.textContent('.admin-only') ?? '', /signs of phishing or malware \(ATTACH_PHISH_PAGE\)/);
    assert.equal(await user.locator('button:text-is("Release")').count(), 0, 'no release button');
    await Promise.all([user.waitForURL(/ok=releaseRequested/), user.click('button:has-text("Ask for release")')]);
    assert.match(await user.textContent('.release-requested') ?? '', /Release requested by alice@example\.com/);
    await ctx.close();

    const before = sink.messages.length;
    const actx = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const admin = await loginPage(actx, 'admin', 'e2e-admin-pw');
    await admin.goto(`${base}/quarantine?q=Remittance%207781`);
    assert.equal(await admin.textContent('.badge.requested'), 'release requested');
    await admin.goto(`${base}/quarantine/${id}`);
    await Promise.all([admin.waitForURL(/ok=released/), admin.click('button:text-is("Release")')]);
    await waitFor(() => sink.messages.length > before, 10000, 'release at the sink');
    assert.deepEqual(sink.messages.at(-1)!.rcptTo, ['alice@example.com']);
    assert.match(sink.messages.at(-1)!.data.toString(), /Subject: Remittance 7781/);
    await actx.close();
  });

  it('runs nothing and loads nothing remote from a hostile message (Subject, From, HTML body)', async () => {
    const subject = '<script>window.__xss=1</script><img src=x onerror="window.__xss=4">';
    const raw = message({
      from: `"<img src=x onerror=window.__xss=2>" <evil@remote.test>`, to: 'alice@example.com', subject,
      html: `<script>parent.__xss=3;window.__xss=3</script><img src="http://127.0.0.1:${remotePort}/pixel.png"><img src=x onerror="parent.__xss=5"><a href="javascript:parent.__xss=6">x</a><iframe src="http://127.0.0.1:${remotePort}/frame"></iframe><link rel=stylesheet href="http://127.0.0.1:${remotePort}/s.css"><div style="background:url(http://127.0.0.1:${remotePort}/bg.png)">bg</div>`,
    });
    await sendSmtp(gw.smtpPort, 'evil@remote.test', ['alice@example.com'], raw);
    const id = await quarantinedId(subject);
    const ctx = await browser.newContext();
    const page = await loginPage(ctx, 'alice@example.com', 'alice-e2e-pw');
    const dialogs: string[] = [];
    const foreign: string[] = [];
    page.on('dialog', (d) => { dialogs.push(d.message()); void d.dismiss(); });
    const blocked: string[] = [];
    // Chromium reports the attempt as a request and then fails it with ERR_BLOCKED_BY_CSP:
    // what matters is that none finishes (and the remote server below sees no hit)
    page.on('requestfinished', (r) => { if (!r.url().startsWith(base) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    page.on('requestfailed', (r) => { if (!r.url().startsWith(base)) blocked.push(`${r.url()} ${r.failure()?.errorText ?? ''}`); });
    await page.goto(base + '/quarantine');
    await page.goto(`${base}/quarantine/${id}`);
    await page.waitForLoadState('networkidle');
    const frameHandle = await page.$('iframe.mailhtml');
    const frame = await frameHandle!.contentFrame();
    assert.ok(frame);
    // the sandbox has no allow-scripts: nothing in it may run, not even our probe
    assert.equal(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), undefined);
    assert.equal(await page.getAttribute('iframe.mailhtml', 'sandbox'), '');
    assert.match(await page.textContent('h1.subject') ?? '', /<script>window.__xss=1<\/script>/, 'the subject is shown as text');
    assert.deepEqual(dialogs, []);
    assert.deepEqual(foreign, []);
    for (const b of blocked) assert.match(b, /\bcsp\b|ERR_BLOCKED_BY_CSP|ERR_BLOCKED_BY_RESPONSE/i, b);
    assert.equal(remoteHits, 0, 'no remote content was loaded');
    await ctx.close();
  });

  it('does not let user B see or act on user A\'s message (404), in the browser and through the API', async () => {
    await sendSmtp(gw.smtpPort, 'news@remote.test', ['alice@example.com'], message({ to: 'alice@example.com', subject: 'for alice only' }));
    const id = await quarantinedId('for alice only');
    const ctx = await browser.newContext();
    const page = await loginPage(ctx, 'bob@example.com', 'bob-e2e-pw-1');
    assert.ok(!(await page.content()).includes('for alice only'), 'not in B\'s list');
    const resp = await page.goto(`${base}/quarantine/${id}`);
    assert.equal(resp?.status(), 404);
    const status = await page.evaluate(async (u) => (await fetch(u, { method: 'POST' })).status, `${base}/api/quarantine/${id}/release`);
    assert.equal(status, 404);
    assert.equal((await api(`/api/quarantine/${id}`)).status, 200, 'still held for alice');
    await ctx.close();
  });

  it('refuses a cross-origin POST that carries the session cookie (403)', async () => {
    const id = await quarantinedId('for alice only');
    const evilPort = await freePort();
    const evil = createServer((_req, res) => {
      res.setHeader('content-type', 'text/html');
      res.end(`<form id=f method=post action="${base}/api/quarantine/${id}/delete"></form><script>document.getElementById('f').submit()</script>`);
    });
    await new Promise<void>((r) => evil.listen(evilPort, '127.0.0.1', () => r()));
    const ctx = await browser.newContext();
    const page = await loginPage(ctx, 'alice@example.com', 'alice-e2e-pw');
    const refused = page.waitForResponse((r) => r.url().includes(`/api/quarantine/${id}/delete`));
    await page.goto(`http://127.0.0.1:${evilPort}/`);
    const res = await refused;
    assert.equal(res.status(), 403);
    assert.equal((await api(`/api/quarantine/${id}`)).status, 200, 'not deleted');
    await ctx.close();
    await new Promise((r) => evil.close(r));
  });

  it("makes the admin's own rule from a message in the log: the next such message gets the rule's reply over SMTP", async () => {
    const first = await sendSmtp(gw.smtpPort, 'buchhaltung@lieferant.test', ['alice@example.com'], message({ from: 'Buchhaltung <buchhaltung@lieferant.test>', to: 'alice@example.com', subject: 'Rechnung 7781 überfällig' }));
    assert.match(first, /^250/);
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await loginPage(ctx, 'admin', 'e2e-admin-pw');
    await page.goto(`${base}/admin/log?subject=${encodeURIComponent('Rechnung 7781')}`);
    await Promise.all([page.waitForURL(/\/admin\/log\/./), page.click('table.list tbody tr:first-child a')]);
    await Promise.all([page.waitForURL(/\/admin\/rules\?/), page.click('text=New rule from this message')]);
    assert.equal(await page.inputValue('textarea[name=when_subject]'), 'Rechnung 7781 überfällig');
    assert.equal(await page.inputValue('textarea[name=when_from]'), 'buchhaltung@lieferant.test');
    // every number, not just this one; any sender: clear the From box
    await page.fill('textarea[name=when_subject]', '/rechnung\\s+\\d+\\s+überfällig/i');
    await page.fill('textarea[name=when_from]', '');
    await page.fill('form.rule input[name=name]', 'OVERDUE_WAVE');
    await page.fill('input[name=weight]', '0');
    await page.selectOption('select[name=force]', 'reject');
    await page.fill('input[name=reply]', '550 5.7.1 Overdue-invoice wave: {detail}');
    await page.click('summary');
    await page.fill('textarea[name=unless_from]', '@partner.example');
    // tried first on held mail (the settings test above set the thresholds so that this mail was held)
    await Promise.all([page.waitForLoadState('load'), page.click('button:has-text("Try on held mail")')]);
    const trial = await page.textContent('#trial') ?? '';
    assert.match(trial, /The rule matches 1 of the \d+ newest held messages/);
    assert.match(trial, /Rechnung 7781 überfällig/);
    assert.equal(await page.inputValue('form.rule input[name=name]'), 'OVERDUE_WAVE', 'the form is kept');
    await Promise.all([page.waitForURL(/ok=ruleSaved/), page.click('button:has-text("Save rule")')]);
    const listed = await page.textContent('table.rules') ?? '';
    assert.match(listed, /OVERDUE_WAVE/);
    assert.match(listed, /subject: \/rechnung\\s\+\\d\+\\s\+überfällig\/i\s*unless: from: @partner\.example/);
    const refused = await sendSmtp(gw.smtpPort, 'billing@other.test', ['alice@example.com'], message({ to: 'alice@example.com', subject: 'RECHNUNG 9912  Überfällig' })).catch((err: Error) => err.message);
    // SMTP replies are ASCII: the reply layer writes "?" for other characters
    assert.match(refused, /550 5\.7\.1 Overdue-invoice wave: subject: "RECHNUNG 9912 \?berf\?llig"/);
    const partner = await sendSmtp(gw.smtpPort, 'billing@partner.example', ['alice@example.com'], message({ from: 'billing@partner.example', to: 'alice@example.com', subject: 'Rechnung 12 überfällig' }));
    assert.match(partner, /^250/, 'the exception lets the partner through');
    // the log shows why, with the rule's own description
    await page.goto(`${base}/admin/log?subject=${encodeURIComponent('RECHNUNG 9912')}`);
    await page.click('table.list tbody tr:first-child a');
    assert.match(await page.textContent('table.symbols') ?? '', /OVERDUE_WAVE.*Matches the administrator's rule OVERDUE_WAVE \(made in the web UI\)/s);
    await ctx.close();
  });

  it('shows the admin pages (dashboard, log, users) and lets a user edit lists and switch language', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await loginPage(ctx, 'admin', 'e2e-admin-pw');
    await page.goto(base + '/admin');
    assert.ok(await page.locator('svg.chart').count() >= 2);
    await page.goto(base + '/admin/log?sender=remote.test');
    assert.match(await page.textContent('main') ?? '', /Your invoice 2291/);
    await page.goto(base + '/admin/users');
    const user = await loginPage(await browser.newContext({ viewport: { width: 1280, height: 700 } }), 'alice@example.com', 'alice-e2e-pw');
    await user.goto(base + '/lists');
    await user.fill('input[name=address]', '@partner.example');
    await Promise.all([user.waitForURL(/ok=listAdded/), user.click('button:has-text("Add")')]);
    assert.match(await user.textContent('main') ?? '', /@partner\.example/);
    await user.goto(base + '/lang/ru?next=/quarantine');
    assert.match(await user.textContent('h1') ?? '', /карантин/i);
    await ctx.close();
  });

  it('lets the admin confirm a correspondent\'s verified bank account and forget it again on the senders page', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await loginPage(ctx, 'admin', 'e2e-admin-pw');
    await page.goto(base + '/admin/senders');
    await page.fill('input[name=payee]', 's.maier@lieferant.test');
    await Promise.all([page.waitForURL(/payee=/), page.click('button:has-text("Look up")')]);
    assert.match(await page.textContent('main') ?? '', /lieferant\.test: accounts remembered: 0/);
    await page.fill('input[name=account]', 'lt12 1000 0111 0100 1000');
    await Promise.all([page.waitForURL(/ok=payeeConfirmed/), page.click('button:has-text("Confirm as the sender")')]);
    const row = page.locator('table.payee tbody tr');
    assert.equal(await row.count(), 1);
    assert.match(await row.textContent() ?? '', /LT.*the sender's own/);
    assert.doesNotMatch(await page.content(), /LT121000011101001000/, 'no account number is shown or kept');
    const remembered = await (await api('/api/admin/payee-accounts?sender=lieferant.test')).json() as { accounts: Array<{ country: string; own: boolean }> };
    assert.deepEqual(remembered.accounts.map((a) => [a.country, a.own]), [['LT', true]]);
    await Promise.all([page.waitForURL(/ok=payeeForgotten/), row.locator('button:has-text("Forget")').click()]);
    assert.equal(await page.locator('table.payee tbody tr').count(), 0);
    await ctx.close();
  });
});
