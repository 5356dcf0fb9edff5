// LDAP login in the browser against the real gateway and a real slapd: the directory user signs
// in with the company password and sees mail addressed to an alias from the directory. The gateway
// also reads the colleagues' names with its read-only directory account (ldap.directory).
import assert from 'node:assert/strict';
import { after, before, it } from 'node:test';
import type { Browser } from 'playwright-core';
import { startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { LDAP_ROOT_DN, LDAP_ROOT_PW, startSlapd, type Slapd } from '../helpers/slapd.ts';
import { launchBrowser, message, SCREENSHOTS, sendSmtp } from './web-helpers.ts';
import { join } from 'node:path';

const TOKEN = 'e2e-ldap-token-0123456789abcdef';
let slapd: Slapd;
let gw: Gateway;
let sink: Sink;
let browser: Browser;

before(async () => {
  slapd = await startSlapd([{ uid: 'frank', password: 'frank-directory-pw', cn: 'Frank Weber', mail: ['frank@example.com'], aliases: ['support@example.com'] }]);
  sink = await startSink();
  const directory = { bindDn: LDAP_ROOT_DN, password: LDAP_ROOT_PW };
  gw = await startGateway({ config: { backend: { host: '127.0.0.1', port: sink.port }, admin: { password: 'e2e-admin-pw', apiToken: TOKEN }, ldap: { ...slapd.config, directory } } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await gw?.cleanup();
  await sink?.stop();
  await slapd?.stop();
});

it('signs a directory user in through LDAP and shows mail held for their alias', async () => {
  const base = `http://127.0.0.1:${gw.webPort}`;
  const auth = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
  // hold everything, so the message sent below is quarantined
  const patch = await fetch(`${base}/api/admin/rules`, { method: 'PATCH', headers: auth, body: JSON.stringify({ thresholds: { tag: -100, quarantine: -90 } }) });
  assert.equal(patch.status, 200);
  await sendSmtp(gw.smtpPort, 'vendor@remote.test', ['support@example.com'], message({ to: 'support@example.com', subject: 'Ticket 4711' }));
  await waitFor(async () => ((await (await fetch(`${base}/api/quarantine?q=Ticket`, { headers: auth })).json()) as unknown[]).length > 0, 10000, 'quarantined');

  const ctx = await browser.newContext({ viewport: { width: 1280, height: 700 } });
  const page = await ctx.newPage();
  await page.goto(base + '/login');
  assert.match(await page.textContent('main') ?? '', /company account/);
  await page.fill('input[name=username]', 'frank');
  await page.fill('input[name=password]', 'wrong-password');
  await page.click('button[type=submit]');
  assert.match(await page.textContent('.flash.err') ?? '', /Wrong user name or password/);
  await page.fill('input[name=password]', 'frank-directory-pw');
  await Promise.all([page.waitForURL(/\/quarantine$/), page.click('button[type=submit]')]);
  assert.match(await page.textContent('table.list') ?? '', /Ticket 4711/);
  await page.goto(base + '/account');
  assert.match(await page.textContent('main') ?? '', /support@example\.com/);
  assert.match(await page.textContent('main') ?? '', /LDAP/);
  await page.screenshot({ path: join(SCREENSHOTS, 'account-ldap.png') });
  await ctx.close();
});

it("reads the colleagues' names from the directory at start", async () => {
  const base = `http://127.0.0.1:${gw.webPort}`;
  const names = await waitFor(async () => {
    const list = (await (await fetch(`${base}/api/admin/senders/names`, { headers: { authorization: `Bearer ${TOKEN}` } })).json()) as Array<{ shown: string; address: string }>;
    return list.length >= 2 ? list : null;
  }, 10000, 'names from the directory');
  assert.deepEqual(names.map((n) => [n.shown, n.address]).sort(), [['Frank Weber', 'frank@example.com'], ['Frank Weber', 'support@example.com']]);
  assert.ok(gw.logLines().some((l) => l.msg === "colleagues' names read from the directory" && l.people === 1 && l.names === 2));
});
