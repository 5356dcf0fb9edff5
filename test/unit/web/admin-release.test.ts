// Mail held for signs of phishing or malware (symbols with `release: admin` in rules/) is released
// by an admin only: the user's release, release-and-allow, "not spam" and digest link are refused
// (nothing relayed, nothing learned, nothing allow-listed), the user can ask for the release, the
// admins get one mail per message at admin.reportTo, and an admin releases it.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { digestFor } from '../../../src/digest/digest.ts';
import { addUser, HOST, login, ORIGIN, quarantine, webFixture, type WebFixture } from './fixture.ts';

let f: WebFixture;
before(async () => {
  f = await webFixture({ 'admin.reportTo': 'it-team@example.com' });
  await addUser(f.store, 'alice@example.com', 'alice-pass-1');
  await addUser(f.store, 'root@example.com', 'root-pass-1', true);
});
after(async () => f.close());

const headers = (cookie: string, extra: Record<string, string> = {}) => ({ host: HOST, cookie, origin: ORIGIN, ...extra });
const PHISH = [{ name: 'ATTACH_PHISH_PAGE', score: 5, detail: 'Remittance.html (a web page that asks for a password)' }, { name: 'ATTACH_RISKY', score: 3 }, { name: 'DBL_PHISH', score: 7 }];
/** A phishing message held for `user`, who signs in and asks for its release; the sink's count before. */
async function askForRelease(fx: WebFixture, user: string, password: string, subject: string) {
  const item = await quarantine(fx.store, [user], { subject, symbols: PHISH, score: 15 });
  const cookie = await login(fx.app, user, password);
  const before = fx.sink.messages.length;
  const r = await fx.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/request-release`, headers: headers(cookie) });
  return { item, cookie, before, r };
}

describe('release by an admin only', () => {
  it('rules mark the phishing, malware (the copyright-claim lure among them) and changed-payee symbols, and only those', () => {
    const rules = f.runtime.rules();
    const admin = Object.entries(rules.symbols).filter(([, r]) => r.release === 'admin').map(([n]) => n).sort();
    assert.deepEqual(admin, ['ATTACH_EXPLOIT', 'ATTACH_MACRO', 'ATTACH_PHISH_PAGE', 'BRAND_LOOKALIKE_DOMAIN', 'COPYRIGHT_CLAIM_LURE', 'DBL_ABUSED_LEGIT_PHISH', 'DBL_MALWARE', 'DBL_PHISH', 'LINK_BRAND_DOMAIN_INSIDE', 'LINK_DATA_PAGE', 'LINK_IPFS', 'LINK_IP_OBFUSCATED', 'LINK_LOOKALIKE_LOCAL', 'LINK_PROGRAM', 'LINK_USERINFO_HOST', 'PAYEE_ACCOUNT_ABROAD', 'PAYEE_ACCOUNT_CHANGED', 'PHISHING_FORM', 'PHISHING_LINK']);
  });

  it("refuses the user's release, release-and-allow and not-spam, and leaves everything as it was", async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'Remittance advice', symbols: PHISH, score: 15 });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const relayed = f.sink.messages.length;
    const hamBefore = (await f.store.bayes.totals()).ham;
    for (const act of ['release', 'release-allow', 'not-spam']) {
      const r = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/${act}`, headers: headers(alice) });
      assert.equal(r.statusCode, 403, act);
      assert.match(r.json().error, /only an administrator can release this message \(held for ATTACH_PHISH_PAGE, DBL_PHISH\)/, act);
    }
    assert.equal(f.sink.messages.length, relayed, 'nothing relayed');
    assert.equal((await f.store.bayes.totals()).ham, hamBefore, 'nothing learned as ham');
    assert.equal((await f.store.lists.match(['alice@example.com'], 'sender@remote.test')).length, 0, 'nobody allow-listed');
    assert.ok(await f.store.quarantine.get(item.id), 'still held');
    // what a user may do with it still works: report it as spam (and so delete it)
    const spam = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/spam`, headers: headers(alice) });
    assert.equal(spam.statusCode, 200);
    assert.equal(await f.store.quarantine.get(item.id), null);
  });

  it('the user asks, the admins get one mail with a link, the admin sees the request and releases it', async () => {
    const { item, cookie: alice, before, r } = await askForRelease(f, 'alice@example.com', 'alice-pass-1', 'Voicemail 00:42');
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().adminsMailed, true);
    assert.equal(f.sink.messages.length, before + 1);
    const mail = f.sink.messages.at(-1)!;
    assert.deepEqual(mail.rcptTo, ['it-team@example.com']);
    const text = mail.data.toString();
    assert.match(text, /^Subject: Release requested: Voicemail 00:42 \(by alice@example\.com\)/m);
    assert.ok(text.includes(`/quarantine/${item.id}`), 'links to the message');
    assert.match(text, /ATTACH_PHISH_PAGE, DBL_PHISH/);
    // asking again: no second mail
    const again = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/request-release`, headers: headers(alice) });
    assert.equal(again.statusCode, 200);
    assert.equal(again.json().adminsMailed, false);
    assert.equal(f.sink.messages.length, before + 1);

    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    const list = (await f.app.inject({ url: '/api/quarantine', headers: headers(root) })).json() as Array<{ id: string; releaseRequest?: { by: string } }>;
    assert.equal(list.find((i) => i.id === item.id)?.releaseRequest?.by, 'alice@example.com');
    const page = await f.app.inject({ url: '/quarantine', headers: headers(root) });
    assert.match(page.body, /class="badge requested"/);
    const released = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/release`, headers: headers(root) });
    assert.equal(released.statusCode, 200);
    assert.deepEqual(f.sink.messages.at(-1)!.rcptTo, ['alice@example.com']);
    assert.match(f.sink.messages.at(-1)!.data.toString(), /Subject: Voicemail 00:42/);
  });

  it('an admin changes who releases live (Settings, or PATCH /api/admin/rules `release`); unknown symbols are refused', async () => {
    const auth = { host: HOST, authorization: 'Bearer test-api-token-0123456789' };
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'Shared folder', symbols: [{ name: 'DBL_PHISH', score: 7 }], score: 15 });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    assert.equal((await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/release`, headers: headers(alice) })).statusCode, 403);
    const off = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { release: { DBL_PHISH: 'user' } } });
    assert.equal(off.statusCode, 200);
    assert.equal(off.json().symbols.DBL_PHISH.release, 'user');
    assert.equal((await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/release`, headers: headers(alice) })).statusCode, 200);
    const bad = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { release: { NO_SUCH: 'admin' } } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error, /release\.NO_SUCH: unknown symbol/);
    // back to the file's choice
    await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: auth, payload: { release: { DBL_PHISH: null } } });
    assert.equal(f.runtime.rules().symbols.DBL_PHISH!.release, 'admin');
  });

  it('a message the user may release needs no request (409)', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'just spam' });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const r = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/request-release`, headers: headers(alice) });
    assert.equal(r.statusCode, 409);
  });

  it("the user's page says why and offers the request instead of the release; the form asks and the page then shows it", async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'Payroll', symbols: PHISH, score: 15 });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const page = await f.app.inject({ url: `/quarantine/${item.id}`, headers: headers(alice) });
    assert.match(page.body, /signs of phishing or malware \(ATTACH_PHISH_PAGE, DBL_PHISH\)/);
    assert.match(page.body, /value="request-release"/);
    assert.doesNotMatch(page.body, /value="release"|value="not-spam"|value="release-allow"/);
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const form = (action: string) => f.app.inject({ method: 'POST', url: `/quarantine/${item.id}/act`, headers: headers(alice, { 'content-type': 'application/x-www-form-urlencoded' }), payload: `action=${action}&_csrf=${encodeURIComponent(csrf)}` });
    const refused = await form('release');
    assert.equal(refused.statusCode, 302);
    assert.equal(refused.headers.location, `/quarantine/${item.id}?err=adminOnly`);
    const asked = await form('request-release');
    assert.equal(asked.headers.location, `/quarantine/${item.id}?ok=releaseRequested`);
    const after = await f.app.inject({ url: asked.headers.location as string, headers: headers(alice) });
    assert.match(after.body, /Your request went to the administrators/);
    assert.match(after.body, /Release requested by alice@example\.com/);
    assert.doesNotMatch(after.body, /value="request-release"/);
    // the admin's page of the same message offers the release
    const root = await login(f.app, 'root@example.com', 'root-pass-1');
    assert.match((await f.app.inject({ url: `/quarantine/${item.id}`, headers: headers(root) })).body, /value="release"/);
  });

  it('the digest gives no release link for such a message, only the way to its page', async () => {
    const now = Date.now();
    const held = await quarantine(f.store, ['alice@example.com'], { subject: 'Shared document', symbols: PHISH, score: 15, at: now - 1000 });
    await quarantine(f.store, ['alice@example.com'], { subject: 'Cheap watches', at: now - 1000 });
    const user = (await f.store.users.get('alice@example.com'))!;
    const d = await digestFor({ config: f.config, store: f.store, relay: f.relay, web: { runtime: f.runtime } }, user, now);
    const block = (subject: string) => d!.text.split('\n* ').find((b) => b.includes(subject))!;
    assert.match(block('Shared document'), new RegExp(`signs of phishing or malware: ask for release: \\S+/quarantine/${held.id}`));
    assert.doesNotMatch(block('Shared document'), /\/d\//, 'no signed release link');
    assert.match(block('Cheap watches'), /Release: \S+\/d\//);
  });
});

describe('release requests without admin.reportTo', () => {
  let g: WebFixture;
  before(async () => {
    g = await webFixture();
    await addUser(g.store, 'carol@example.com', 'carol-pass-1');
    await addUser(g.store, 'it-lead@example.com', 'lead-pass-1', true);
    await addUser(g.store, 'former-admin@example.com', 'former-pass-1', true);
    const former = (await g.store.users.get('former-admin@example.com'))!;
    await g.store.users.put({ ...former, disabled: true });
  });
  after(async () => g.close());

  it('go to every enabled admin account with an address', async () => {
    const { before, r } = await askForRelease(g, 'carol@example.com', 'carol-pass-1', 'Invoice portal');
    assert.equal(r.statusCode, 200);
    assert.equal(r.json().adminsMailed, true);
    const mails = g.sink.messages.slice(before);
    assert.deepEqual(mails.map((m) => m.rcptTo), [['it-lead@example.com']]);
    assert.match(mails[0]!.data.toString(), /^Subject: Release requested: Invoice portal \(by carol@example\.com\)/m);
  });
});
