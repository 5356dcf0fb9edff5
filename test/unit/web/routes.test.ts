// Route tests with inject(): the real embedded store, pipeline runtime and backend relay (to a sink).
import assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { after, before, describe, it } from 'node:test';
import { addUser, HOST, login, ORIGIN, quarantine, rawMessage, webFixture, type WebFixture } from './fixture.ts';
import { learnMessage } from '../../../src/bayes/learn.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { payeeAccountsOptionsSchema, rememberPayeeAccounts } from '../../../src/pipeline/checks/payee-accounts.ts';
import { authenticatedAs, authResults } from '../pipeline/util.ts';
import { confirmPayee } from '../../../src/web/payee-admin.ts';
import { HttpError } from '../../../src/web/quarantine.ts';

let f: WebFixture;
before(async () => {
  f = await webFixture();
  await addUser(f.store, 'alice@example.com', 'alice-pass-1', false, ['alice.alias@example.com']);
  await addUser(f.store, 'bob@example.com', 'bob-pass-1');
});
after(async () => f.close());

const json = (cookie: string, extra: Record<string, string> = {}) => ({ host: HOST, cookie, ...extra });

describe('health and metrics', () => {
  it('answers /healthz 200 with the store ready and /metrics in Prometheus format', async () => {
    const h = await f.app.inject({ url: '/healthz' });
    assert.equal(h.statusCode, 200);
    assert.equal(h.json().components.store.ok, true);
    const m = await f.app.inject({ url: '/metrics' });
    assert.equal(m.statusCode, 200);
    assert.match(m.headers['content-type'] as string, /text\/plain/);
    assert.match(m.body, /mailmoat_process_cpu/);
    assert.match(m.body, /mailmoat_component_up\{component="store"\} 1/);
    assert.match(m.body, /mailmoat_quarantine_messages\{kind="quarantine"\} \d+/);
  });

  it('names the link shorteners once one was asked: unreachable is unhealthy (on the dashboard, in the daily report) but not "not ready"', async () => {
    const { followShortLink, resetShortLinkState, shortLinksOptionsSchema } = await import('../../../src/content/short-links.ts');
    const refused: import('node:net').LookupFunction = (_host, options, cb) => (options.all ? cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4));
    resetShortLinkState();
    // nothing listens on port 9 of this machine: the shortener cannot be reached
    await followShortLink('http://sho.rt:9/x', shortLinksOptionsSchema.parse({ hosts: ['sho.rt'] }), { lookup: refused, cache: f.store.cache });
    resetShortLinkState();
    const h = await f.app.inject({ url: '/healthz' });
    assert.equal(h.statusCode, 200);
    assert.equal(h.json().components.shorteners.ok, false);
    assert.match(h.json().components.shorteners.detail, /^sho\.rt could not be reached .*\(ECONNREFUSED\)/);
    const m = await f.app.inject({ url: '/metrics' });
    assert.match(m.body, /mailmoat_component_up\{component="shorteners"\} 0/);
  });

  it('answers 503 when the gateway is not ready', async () => {
    const { buildWebApp } = await import('../../../src/web/app.ts');
    const app = await buildWebApp({ store: f.store, ready: () => false, health: () => ({ ready: true, components: { clamd: { ok: false, detail: 'connection refused' } } }) });
    const h = await app.inject({ url: '/healthz' });
    assert.equal(h.statusCode, 503);
    assert.equal(h.json().components.clamd.ok, false);
    await app.close();
  });

  it('serves an OpenAPI description of the JSON API', async () => {
    const r = await f.app.inject({ url: '/openapi.json' });
    assert.equal(r.statusCode, 200);
    const doc = r.json();
    assert.ok(doc.paths['/api/quarantine'].get);
    assert.ok(doc.paths['/api/lists'].post.requestBody);
    assert.ok(!doc.paths['/healthz']);
  });

  it('sends security headers', async () => {
    const r = await f.app.inject({ url: '/login', headers: { host: HOST } });
    assert.match(r.headers['content-security-policy'] as string, /default-src 'self'/);
    assert.equal(r.headers['x-content-type-options'], 'nosniff');
  });
});

describe('login and sessions', () => {
  it('sets an HttpOnly SameSite cookie and answers 401 with one message for unknown user and wrong password', async () => {
    const ok = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'alice@example.com', password: 'alice-pass-1' } });
    assert.equal(ok.statusCode, 200);
    const c = ok.cookies.find((x) => x.name === 'mailmoat_sid')!;
    assert.ok(c.httpOnly);
    assert.equal(String(c.sameSite).toLowerCase(), 'lax');
    const wrong = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'alice@example.com', password: 'nope' } });
    const unknown = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'nobody@example.com', password: 'nope' } });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.deepEqual(wrong.json(), unknown.json());
    await f.store.counters.reset('login:user:alice@example.com');
  });

  it('issues a new session id at every login and logout destroys the session', async () => {
    const a = await login(f.app, 'bob@example.com', 'bob-pass-1');
    const res = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST, cookie: a, origin: ORIGIN }, payload: { username: 'bob@example.com', password: 'bob-pass-1' } });
    const b = `mailmoat_sid=${res.cookies.find((x) => x.name === 'mailmoat_sid')!.value}`;
    assert.notEqual(a, b);
    assert.equal((await f.app.inject({ url: '/api/me', headers: json(a) })).statusCode, 401, 'the old session is gone');
    assert.equal((await f.app.inject({ url: '/api/me', headers: json(b) })).statusCode, 200);
    const out = await f.app.inject({ method: 'POST', url: '/api/logout', headers: json(b, { origin: ORIGIN }) });
    assert.equal(out.statusCode, 200);
    assert.equal((await f.app.inject({ url: '/api/me', headers: json(b) })).statusCode, 401);
  });

  it('throttles failed logins per account with 429, even for the right password', async () => {
    await addUser(f.store, 'carol@example.com', 'carol-pass-1');
    for (let i = 0; i < 5; i++) {
      const r = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'carol@example.com', password: `bad${i}` } });
      assert.equal(r.statusCode, 401);
    }
    const r = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'carol@example.com', password: 'carol-pass-1' } });
    assert.equal(r.statusCode, 429);
  });

  it('throttles per IP across accounts', async () => {
    const ip = '198.51.100.9';
    let last = 0;
    for (let i = 0; i < 31; i++) {
      const r = await f.app.inject({ method: 'POST', url: '/api/login', remoteAddress: ip, headers: { host: HOST }, payload: { username: `ghost${i}@example.com`, password: 'x' } });
      last = r.statusCode;
    }
    assert.equal(last, 429);
    const other = await f.app.inject({ method: 'POST', url: '/api/login', remoteAddress: '198.51.100.10', headers: { host: HOST }, payload: { username: 'bob@example.com', password: 'bob-pass-1' } });
    assert.equal(other.statusCode, 200);
  });

  it('accepts the admin API token as the admin and refuses a wrong one', async () => {
    const ok = await f.app.inject({ url: '/api/me', headers: { authorization: 'Bearer test-api-token-0123456789' } });
    assert.equal(ok.statusCode, 200);
    assert.equal(ok.json().admin, true);
    const bad = await f.app.inject({ url: '/api/me', headers: { authorization: 'Bearer wrong-token-0000000000' } });
    assert.equal(bad.statusCode, 401);
  });

  it('creates the configured admin at start', async () => {
    const u = await f.store.users.get('admin');
    assert.ok(u?.admin);
    assert.match(u!.passwordHash!, /^scrypt\$\d+\$\d+\$\d+\$[^$]+\$[^$]+$/);
    await login(f.app, 'admin', 'admin-password-1');
  });
});

describe('quarantine API', () => {
  it('lists only the user\'s own mail, newest first, with the contract fields', async () => {
    const older = await quarantine(f.store, ['alice@example.com'], { subject: 'older invoice', at: Date.now() - 3600_000 });
    const newer = await quarantine(f.store, ['alice.alias@example.com'], { subject: 'newer invoice' });
    const bobs = await quarantine(f.store, ['bob@example.com'], { subject: 'bob only' });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const r = await f.app.inject({ url: '/api/quarantine', headers: json(alice) });
    assert.equal(r.statusCode, 200);
    const list = r.json() as Array<Record<string, unknown>>;
    const ids = list.map((x) => x.id);
    assert.ok(ids.includes(older.id) && ids.includes(newer.id));
    assert.ok(!ids.includes(bobs.id));
    assert.ok(ids.indexOf(newer.id) < ids.indexOf(older.id), 'newest first');
    for (const k of ['id', 'from', 'to', 'subject', 'score', 'symbols', 'receivedAt']) assert.ok(k in list[0]!, k);
    const search = await f.app.inject({ url: '/api/quarantine?q=older', headers: json(alice) });
    assert.deepEqual((search.json() as Array<{ id: string }>).map((x) => x.id), [older.id]);
  });

  it('answers 404 (not 403) for another user\'s message on every route', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'private' });
    const bob = await login(f.app, 'bob@example.com', 'bob-pass-1');
    assert.equal((await f.app.inject({ url: `/api/quarantine/${item.id}`, headers: json(bob) })).statusCode, 404);
    assert.equal((await f.app.inject({ url: `/api/quarantine/${item.id}/raw`, headers: json(bob) })).statusCode, 404);
    assert.equal((await f.app.inject({ url: `/quarantine/${item.id}`, headers: json(bob, { accept: 'text/html' }) })).statusCode, 404);
    for (const act of ['release', 'delete', 'spam', 'not-spam', 'release-allow']) {
      const r = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/${act}`, headers: json(bob, { origin: ORIGIN }) });
      assert.equal(r.statusCode, 404, act);
    }
    assert.equal((await f.app.inject({ url: '/api/quarantine/does-not-exist', headers: json(bob) })).statusCode, 404);
    assert.ok(await f.store.quarantine.get(item.id), 'still there');
  });

  it('shows details: headers, text, html, attachments; raw download is message/rfc822', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'with html', html: '<p>Hi <b>there</b></p>' });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const d = (await f.app.inject({ url: `/api/quarantine/${item.id}`, headers: json(alice) })).json();
    assert.match(d.html, /<b>there<\/b>/);
    assert.deepEqual(d.attachments.map((a: { filename: string }) => a.filename), ['invoice.pdf']);
    assert.ok(d.headers.some((h: { key: string; value: string }) => h.key === 'Subject' && h.value === 'with html'));
    const raw = await f.app.inject({ url: `/api/quarantine/${item.id}/raw`, headers: json(alice) });
    assert.equal(raw.headers['content-type'], 'message/rfc822');
    assert.match(raw.body, /^From: /);
  });

  it('shows a message in a legacy charset as the checks read it: undeclared text, a raw subject, an attachment name in raw bytes, also forwarded inline', async () => {
    const cp = (t: string): Buffer => iconv.encode(t, 'windows-1251');
    const raw = Buffer.concat([
      Buffer.from('From: Sender <sender@remote.test>\r\nTo: alice@example.com\r\nSubject: '), cp('Счёт на оплату'),
      Buffer.from('\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="B"\r\n\r\n--B\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: 8bit\r\n\r\n'),
      cp('Добрый день! Счёт за ноябрь во вложении, просим оплатить до пятницы.'),
      Buffer.from('\r\n--B\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename="'), cp('Счёт.pdf'),
      Buffer.from('"\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--B--\r\n'),
    ]);
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const view = async (message: Buffer) => {
      const item = await quarantine(f.store, ['alice@example.com'], { raw: message });
      return (await f.app.inject({ url: `/api/quarantine/${item.id}`, headers: json(alice) })).json();
    };
    const d = await view(raw);
    assert.equal(d.text.trim(), 'Добрый день! Счёт за ноябрь во вложении, просим оплатить до пятницы.');
    assert.ok(d.headers.some((h: { key: string; value: string }) => h.key === 'Subject' && h.value === 'Счёт на оплату'), JSON.stringify(d.headers));
    assert.deepEqual(d.attachments.map((a: { filename: string }) => a.filename), ['Счёт.pdf']);
    // the same letter forwarded inline (message/rfc822): read with the same repairs
    const forward = await view(Buffer.concat([
      Buffer.from('From: Bob <bob@example.com>\r\nTo: alice@example.com\r\nSubject: Fwd\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="F"\r\n\r\n--F\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nFYI\r\n--F\r\nContent-Type: message/rfc822\r\n\r\n'),
      raw, Buffer.from('\r\n--F--\r\n'),
    ]));
    assert.match(forward.text, /Subject: Счёт на оплату[\s\S]*Добрый день! Счёт за ноябрь во вложении/);
    assert.deepEqual(forward.attachments.map((a: { filename: string }) => a.filename), ['Счёт.pdf']);
  });

  it('releases to the backend exactly once, even when clicked twice at the same time', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'release me' });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const before = f.sink.messages.length;
    const [a, b] = await Promise.all([1, 2].map(() => f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/release`, headers: json(alice, { origin: ORIGIN }) })));
    assert.deepEqual([a!.statusCode, b!.statusCode].sort(), [200, 404]);
    assert.equal(f.sink.messages.length, before + 1);
    const got = f.sink.messages.at(-1)!;
    assert.deepEqual(got.rcptTo, ['alice@example.com']);
    assert.match(got.data.toString(), /Subject: release me/);
    assert.equal(await f.store.quarantine.get(item.id), null);
  });

  it('releases only the user\'s copy of a message held for several users', async () => {
    const item = await quarantine(f.store, ['alice@example.com', 'bob@example.com'], { subject: 'shared' });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const r = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/release`, headers: json(alice, { origin: ORIGIN }) });
    assert.equal(r.statusCode, 200);
    assert.deepEqual(f.sink.messages.at(-1)!.rcptTo, ['alice@example.com']);
    const left = await f.store.quarantine.get(item.id);
    assert.deepEqual(left?.recipients, ['bob@example.com']);
  });

  it('keeps the message when the backend refuses it', async () => {
    const { buildWebApp } = await import('../../../src/web/app.ts');
    const { BackendRelay } = await import('../../../src/smtp/relay.ts');
    const { freePort } = await import('../../helpers/ports.ts');
    const deadRelay = new BackendRelay({ host: '127.0.0.1', port: await freePort(), heloName: 't', timeoutMs: 1000, poolSize: 1 });
    const app = await buildWebApp({ config: f.config, store: f.store, relay: deadRelay, runtime: f.runtime });
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'backend down' });
    const alice = await login(app, 'alice@example.com', 'alice-pass-1');
    const r = await app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/release`, headers: json(alice, { origin: ORIGIN }) });
    assert.equal(r.statusCode, 502);
    assert.ok(await f.store.quarantine.get(item.id));
    await app.close();
    await deadRelay.close();
  });

  it('deletes, and release-and-allow adds the sender to the allow list', async () => {
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const del = await quarantine(f.store, ['alice@example.com'], { subject: 'delete me' });
    assert.equal((await f.app.inject({ method: 'POST', url: `/api/quarantine/${del.id}/delete`, headers: json(alice, { origin: ORIGIN }) })).statusCode, 200);
    assert.equal(await f.store.quarantine.get(del.id), null);
    const rel = await quarantine(f.store, ['alice@example.com'], { subject: 'allow me' });
    const r = await f.app.inject({ method: 'POST', url: `/api/quarantine/${rel.id}/release-allow`, headers: json(alice, { origin: ORIGIN }) });
    assert.equal(r.statusCode, 200);
    const lists = (await f.app.inject({ url: '/api/lists', headers: json(alice) })).json() as Array<{ kind: string; address: string }>;
    assert.ok(lists.some((e) => e.kind === 'allow' && e.address === 'sender@remote.test'));
    // written for the alias too, so mail to either address obeys it
    assert.equal((await f.store.lists.match(['alice.alias@example.com'], 'sender@remote.test')).length, 1);
  });

  it('lets an admin see everyone\'s quarantine and the rejected copies', async () => {
    const rej = await quarantine(f.store, ['bob@example.com'], { subject: 'rejected copy', kind: 'rejected' });
    const admin = await login(f.app, 'admin', 'admin-password-1');
    const all = (await f.app.inject({ url: '/api/quarantine?limit=500', headers: json(admin) })).json() as Array<{ id: string; to: string[] }>;
    assert.ok(all.some((x) => x.to.includes('bob@example.com')) && all.some((x) => x.to.includes('alice@example.com')));
    assert.ok(!all.some((x) => x.id === rej.id));
    const rejected = (await f.app.inject({ url: '/api/quarantine?kind=rejected', headers: json(admin) })).json() as Array<{ id: string }>;
    assert.deepEqual(rejected.map((x) => x.id), [rej.id]);
    const bob = await login(f.app, 'bob@example.com', 'bob-pass-1');
    assert.equal((await f.app.inject({ url: `/api/quarantine/${rej.id}`, headers: json(bob) })).statusCode, 404, 'users never see rejected copies');
  });
});

describe('CSRF', () => {
  it('refuses a cookie-authenticated state change from another origin or without Origin (403)', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'csrf target' });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const evil = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/delete`, headers: json(alice, { origin: 'http://evil.test' }) });
    assert.equal(evil.statusCode, 403);
    const none = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/delete`, headers: json(alice) });
    assert.equal(none.statusCode, 403);
    assert.ok(await f.store.quarantine.get(item.id));
  });

  it('refuses a form post with the right Origin but without the session\'s token', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'form target' });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const r = await f.app.inject({ method: 'POST', url: `/quarantine/${item.id}/act`, headers: json(alice, { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }), payload: 'action=delete&_csrf=forged' });
    assert.equal(r.statusCode, 403);
    assert.ok(await f.store.quarantine.get(item.id));
  });

  it('lets Bearer-token scripts act without an Origin', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'script delete' });
    const r = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/delete`, headers: { authorization: 'Bearer test-api-token-0123456789' } });
    assert.equal(r.statusCode, 200);
  });
});

describe('lists API', () => {
  it('adds, lists and deletes the user\'s own entries; validates the address', async () => {
    const bob = await login(f.app, 'bob@example.com', 'bob-pass-1');
    const add = await f.app.inject({ method: 'POST', url: '/api/lists', headers: json(bob, { origin: ORIGIN }), payload: { kind: 'block', address: '@Spam.Example' } });
    assert.equal(add.statusCode, 201);
    const entry = add.json();
    assert.equal(entry.address, '@spam.example');
    assert.equal((await f.app.inject({ method: 'POST', url: '/api/lists', headers: json(bob, { origin: ORIGIN }), payload: { kind: 'block', address: 'not an address' } })).statusCode, 400);
    assert.equal((await f.app.inject({ method: 'POST', url: '/api/lists', headers: json(bob, { origin: ORIGIN }), payload: { kind: 'maybe', address: 'a@b.c' } })).statusCode, 400);
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    assert.equal((await f.app.inject({ method: 'DELETE', url: `/api/lists/${entry.id}`, headers: json(alice, { origin: ORIGIN }) })).statusCode, 404, 'not alice\'s entry');
    assert.equal((await f.store.lists.match(['bob@example.com'], 'x@spam.example')).length, 1);
    assert.equal((await f.app.inject({ method: 'DELETE', url: `/api/lists/${entry.id}`, headers: json(bob, { origin: ORIGIN }) })).statusCode, 200);
    assert.deepEqual((await f.app.inject({ url: '/api/lists', headers: json(bob) })).json(), []);
  });
});

describe('pages', () => {
  it('escapes hostile subjects and senders; the HTML body is served with a CSP that forbids scripts', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: '<script>alert(1)</script>', from: '"<img src=x onerror=alert(2)>" <x@evil.test>', html: '<script>alert(3)</script><img src="http://evil.test/p.png">' });
    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    const list = await f.app.inject({ url: '/quarantine', headers: json(alice, { accept: 'text/html' }) });
    assert.equal(list.statusCode, 200);
    assert.ok(!list.body.includes('<script>alert(1)'));
    assert.ok(list.body.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
    assert.ok(!list.body.includes('<img src=x'));
    const page = await f.app.inject({ url: `/quarantine/${item.id}`, headers: json(alice, { accept: 'text/html' }) });
    assert.match(page.body, /<iframe class="mailhtml" sandbox="" /);
    const body = await f.app.inject({ url: `/quarantine/${item.id}/html`, headers: json(alice) });
    assert.equal(body.headers['content-security-policy'], "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'; frame-ancestors 'self'");
  });

  it('speaks Russian when the browser asks, and the switch overrides it', async () => {
    const ru = await f.app.inject({ url: '/login', headers: { host: HOST, 'accept-language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    assert.match(ru.body, /Вход/);
    const sw = await f.app.inject({ url: '/lang/en?next=/login', headers: { host: HOST } });
    assert.equal(sw.statusCode, 302);
    const en = await f.app.inject({ url: '/login', headers: { host: HOST, 'accept-language': 'ru', cookie: 'lang=en' } });
    assert.match(en.body, /Sign in/);
  });

  it("speaks each office's language: the switch offers all seven, and each page comes in the chosen one", async () => {
    const en = await f.app.inject({ url: '/login', headers: { host: HOST } });
    for (const l of ['de', 'es', 'it', 'pl', 'el', 'ru']) assert.match(en.body, new RegExp(`href="/lang/${l}\\?next=[^"]*" hreflang="${l}"`), l);
    assert.match(en.body, /<b lang="en">EN<\/b>/);
    const sw = await f.app.inject({ url: '/lang/pl?next=/login', headers: { host: HOST } });
    assert.match(String(sw.headers['set-cookie']), /lang=pl/);
    const titles = new Set<string>();
    for (const l of ['en', 'de', 'es', 'it', 'pl', 'el', 'ru']) {
      const page = await f.app.inject({ url: '/login', headers: { host: HOST, cookie: `lang=${l}` } });
      assert.match(page.body, new RegExp(`<html lang="${l}"`), l);
      titles.add(/<h1>([^<]*)<\/h1>/.exec(page.body)?.[1] ?? '');
    }
    assert.equal(titles.size, 7, `a heading per language: ${[...titles].join(' | ')}`);
  });

  it('redirects to the login page and does not open-redirect', async () => {
    const r = await f.app.inject({ url: '/quarantine', headers: { host: HOST } });
    assert.equal(r.statusCode, 302);
    assert.equal(r.headers.location, '/login?next=%2Fquarantine');
    const sw = await f.app.inject({ url: '/lang/ru?next=//evil.test/', headers: { host: HOST } });
    assert.equal(sw.headers.location, '/');
  });

  it('renders every admin page for an admin and hides them from users', async () => {
    const admin = await login(f.app, 'admin', 'admin-password-1');
    for (const p of ['/admin', '/admin/live', '/admin/log', '/admin/settings', '/admin/senders', '/admin/fingerprints', '/admin/users', '/quarantine?kind=rejected', '/lists', '/account']) {
      const r = await f.app.inject({ url: p, headers: json(admin, { accept: 'text/html' }) });
      assert.equal(r.statusCode, 200, `${p}: ${r.body.slice(0, 300)}`);
    }
    const bob = await login(f.app, 'bob@example.com', 'bob-pass-1');
    assert.equal((await f.app.inject({ url: '/admin/settings', headers: json(bob, { accept: 'text/html' }) })).statusCode, 404);
    assert.equal((await f.app.inject({ url: '/api/admin/rules', headers: json(bob) })).statusCode, 403);
  });
});

describe('admin API', () => {
  const bearer = { authorization: 'Bearer test-api-token-0123456789' };

  it('changes rules live with an audit entry, and previews without saving', async () => {
    const preview = await f.app.inject({ method: 'POST', url: '/api/admin/rules/preview', headers: bearer, payload: { patch: { thresholds: { quarantine: 6 } }, days: 7 } });
    assert.equal(preview.statusCode, 200);
    assert.ok('changes' in preview.json());
    assert.equal(f.runtime.rules().thresholds.quarantine, 10, 'preview saves nothing');
    const bad = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { thresholds: { quarantine: 20 } } });
    assert.equal(bad.statusCode, 400, 'quarantine above reject is refused');
    const ok = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { thresholds: { quarantine: 9 }, weights: { HELO_NOT_FQDN: 2 } } });
    assert.equal(ok.statusCode, 200);
    assert.equal(f.runtime.rules().thresholds.quarantine, 9);
    assert.equal(f.runtime.rules().symbols.HELO_NOT_FQDN!.weight, 2);
    const outbound = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { outbound: { reject: 7 } } });
    assert.equal(outbound.statusCode, 200);
    assert.equal(f.runtime.rules().outbound.reject, 7, 'the outbound threshold changes live');
    const audit = (await f.app.inject({ url: '/api/admin/audit', headers: bearer })).json() as Array<{ what: string; who: string }>;
    assert.equal(audit[0]!.what, 'rules.update');
    assert.equal(audit[0]!.who, 'admin');
    await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { reset: true } });
    assert.equal(f.runtime.rules().thresholds.quarantine, 10);
  });

  it('refuses a rules patch with a key it does not know, naming it, and changes nothing', async () => {
    const before = JSON.stringify(f.runtime.rules());
    const typo = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { actions: { quarantine: 6 } } });
    assert.equal(typo.statusCode, 400);
    assert.equal(typo.json().error, 'body.actions: unknown key');
    const nested = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { thresholds: { quarantin: 6 } } });
    assert.equal(nested.statusCode, 400);
    assert.equal(nested.json().error, 'body.thresholds.quarantin: unknown key');
    const wrongType = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { thresholds: { quarantine: 'six' } } });
    assert.equal(wrongType.statusCode, 400);
    assert.match(wrongType.json().error, /^body\.thresholds\.quarantine: /);
    assert.equal(JSON.stringify(f.runtime.rules()), before);
  });

  it('a partial greylist-exceptions patch changes only the list it names', async () => {
    const set = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { greylistExceptions: { hostnames: ['mail.partner.test'], senderDomains: ['partner.test'] } } });
    assert.equal(set.statusCode, 200, set.body);
    const only = await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { greylistExceptions: { networks: ['192.0.2.0/24'] } } });
    assert.equal(only.statusCode, 200, only.body);
    const ex = f.runtime.rules().greylistExceptions;
    assert.ok(ex.networks.includes('192.0.2.0/24'));
    assert.ok(ex.senderDomains.includes('partner.test'), 'senderDomains kept');
    assert.ok(ex.hostnames.includes('mail.partner.test'), 'hostnames kept');
    await f.app.inject({ method: 'PATCH', url: '/api/admin/rules', headers: bearer, payload: { reset: true } });
  });

  it('searches the message log', async () => {
    await f.store.txlog.append({ id: 'log-1', at: Date.now(), direction: 'inbound', clientIp: '203.0.113.77', helo: 'h', mailFrom: 'x@logged.test', recipients: ['alice@example.com'], from: '', subject: 'needle subject', size: 1, score: 3, action: 'accept', symbols: [], reply: '250 ok', backendReply: '250 queued', durationMs: 3, quarantineId: null });
    const r = (await f.app.inject({ url: '/api/admin/log?ip=203.0.113.77', headers: bearer })).json() as { total: number; items: Array<{ id: string }> };
    assert.deepEqual(r.items.map((x) => x.id), ['log-1']);
    assert.equal((await f.app.inject({ url: '/api/admin/log?subject=nothing-like-this', headers: bearer })).json().total, 0);
    assert.equal((await f.app.inject({ url: '/api/admin/log/log-1', headers: bearer })).json().backendReply, '250 queued');
  });

  it('lists, searches and revokes learned senders', async () => {
    await f.store.known.record('alice@example.com', ['friend@partner.test', 'other@partner.test'], Date.now());
    const found = (await f.app.inject({ url: '/api/admin/senders?q=partner.test', headers: bearer })).json() as Array<{ external: string }>;
    assert.equal(found.length, 2);
    const rev = await f.app.inject({ method: 'POST', url: '/api/admin/senders/revoke', headers: bearer, payload: { external: 'friend@partner.test', internal: 'alice@example.com' } });
    assert.equal(rev.json().revoked, 1);
    assert.equal((await f.store.known.lookup('alice@example.com', 'friend@partner.test')).pair, null);
    const audit = (await f.store.settings.auditLog(5)).find((a) => a.what === 'known.revoke');
    assert.deepEqual(audit?.detail, { external: 'friend@partner.test', internal: 'alice@example.com', removed: 1 });
    const bad = await f.app.inject({ method: 'POST', url: '/api/admin/senders/revoke', headers: bearer, payload: { external: 'partner.test' } });
    assert.equal(bad.statusCode, 400);
    assert.match(bad.json().error, /^external: must be an address or @domain/);
    assert.notEqual((await f.store.known.lookup('alice@example.com', 'other@partner.test')).pair, null, 'nothing revoked by a bad request');
  });

  it('bank accounts of a correspondent: looked up, confirmed and forgotten through the API and the senders page; bad input is a 400 naming the field', async () => {
    const parsed = await parseMessage(Buffer.from('From: Rechnungen <rechnungen@lieferant.test>\r\nTo: ap@example.com\r\nSubject: Rechnung\r\n\r\nBitte zahlen Sie auf IBAN DE89 3704 0044 0532 0130 00.\r\n'));
    const options = payeeAccountsOptionsSchema.parse({});
    await rememberPayeeAccounts(f.store, parsed, async () => authResults(authenticatedAs('lieferant.test')),
      { localDomains: ['example.com'], rules: undefined, options, now: Date.now() - 30 * 86_400_000 });
    const looked = (await f.app.inject({ url: '/api/admin/payee-accounts?sender=s.maier%40lieferant.test', headers: bearer })).json() as { sender: string; accounts: Array<{ id: string; country: string; own: boolean }> };
    assert.equal(looked.sender, 'lieferant.test');
    assert.deepEqual(looked.accounts.map((a) => [a.country, a.own]), [['DE', true]]);
    const confirmed = await f.app.inject({ method: 'POST', url: '/api/admin/payee-accounts/confirm', headers: bearer, payload: { sender: 'lieferant.test', account: 'LT12 1000 0111 0100 1000' } });
    assert.equal(confirmed.statusCode, 200);
    assert.deepEqual([confirmed.json().country, confirmed.json().own], ['LT', true]);
    const badAccount = await f.app.inject({ method: 'POST', url: '/api/admin/payee-accounts/confirm', headers: bearer, payload: { sender: 'lieferant.test', account: 'LT12 1000 0111 0100 1001' } });
    assert.equal(badAccount.statusCode, 400);
    assert.match(badAccount.json().error, /^account: is not a bank account/);
    const badSender = await f.app.inject({ url: '/api/admin/payee-accounts?sender=gmail.com', headers: bearer });
    assert.equal(badSender.statusCode, 400);
    assert.match(badSender.json().error, /^sender: an address .* or a domain/);
    assert.equal((await f.app.inject({ method: 'POST', url: '/api/admin/payee-accounts/forget', headers: bearer, payload: { sender: 'lieferant.test' } })).statusCode, 400, 'by id or by account');
    // the page: the lookup shows ids, countries and status, no account number; its Forget button forgets one
    const admin = await login(f.app, 'admin', 'admin-password-1');
    const page = await f.app.inject({ url: '/admin/senders?payee=lieferant.test', headers: json(admin, { accept: 'text/html' }) });
    assert.match(page.body, /lieferant\.test: accounts remembered: 2/);
    assert.doesNotMatch(page.body, /LT121000011101001000|DE89370400440532013000/);
    const ltId = /<td><code>([\w-]{8})<\/code><\/td><td>LT<\/td>/.exec(page.body)![1]!;
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const form = { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' };
    const forgot = await f.app.inject({ method: 'POST', url: '/admin/senders/payee/forget', headers: json(admin, form), payload: `sender=lieferant.test&id=${ltId}&_csrf=${encodeURIComponent(csrf)}` });
    assert.equal(forgot.headers.location, '/admin/senders?payee=lieferant.test&ok=payeeForgotten#payee');
    assert.deepEqual((await f.app.inject({ url: '/api/admin/payee-accounts?sender=lieferant.test', headers: bearer })).json().accounts.map((a: { country: string }) => a.country), ['DE']);
    const typo = await f.app.inject({ method: 'POST', url: '/admin/senders/payee/confirm', headers: json(admin, form), payload: `sender=lieferant.test&account=LT12+1000&_csrf=${encodeURIComponent(csrf)}` });
    assert.equal(typo.headers.location, '/admin/senders?payee=lieferant.test&err=payeeAccount#payee');
    const noSender = await f.app.inject({ url: '/admin/senders?payee=nonsense', headers: json(admin, { accept: 'text/html' }) });
    assert.match(noSender.body, /class="flash err">Enter a correspondent/);
    const audit = (await f.store.settings.auditLog(10)).filter((a) => a.what.startsWith('payee.'));
    assert.deepEqual(audit.map((a) => [a.what, a.who, a.detail]), [
      ['payee.forget', 'admin', { sender: 'lieferant.test', id: ltId, removed: true }],
      ['payee.confirm', audit[1]!.who, { sender: 'lieferant.test', account: 'LT12…1000', id: ltId }],
    ]);
  });

  it('a store that fails under the payee memory is the store\'s error, not a 400 blaming the account', async () => {
    const deps = { store: { cache: { get: async () => { throw new Error('redis down'); } } }, runtime: { rules: () => f.runtime.rules() } } as unknown as Parameters<typeof confirmPayee>[0];
    await assert.rejects(confirmPayee(deps, 'lieferant.test', 'DE89 3704 0044 0532 0130 00', 'admin'), (err: Error) => !(err instanceof HttpError) && err.message === 'redis down');
    await assert.rejects(confirmPayee(deps, 'lieferant.test', 'DE89 3704 0044 0532 0130 01', 'admin'), (err: Error) => err instanceof HttpError && err.status === 400);
  });

  it("lists the names our users send with; the page's Forget button and the API forget one, audited", async () => {
    const now = Date.now();
    await f.store.known.recordName({ nameKey: 'anna schmidt', address: 'anna@example.com', shown: 'Anna Schmidt' }, now);
    await f.store.known.recordName({ nameKey: 'buchhaltung team', address: 'invoices@example.com', shown: 'Buchhaltung <Team>' }, now - 1000);
    const list = (await f.app.inject({ url: '/api/admin/senders/names?q=example.com', headers: bearer })).json() as Array<{ nameKey: string; address: string; shown: string; lastSeen: string }>;
    assert.deepEqual(list.map((n) => [n.shown, n.address, n.nameKey]), [['Anna Schmidt', 'anna@example.com', 'anna schmidt'], ['Buchhaltung <Team>', 'invoices@example.com', 'buchhaltung team']]);
    assert.equal(list[0]!.lastSeen, new Date(now).toISOString());
    const admin = await login(f.app, 'admin', 'admin-password-1');
    const page = await f.app.inject({ url: '/admin/senders?q=team', headers: json(admin, { accept: 'text/html' }) });
    assert.match(page.body, /<td>Buchhaltung &lt;Team&gt;<\/td><td>invoices@example\.com<\/td>/);
    assert.doesNotMatch(page.body, /Anna Schmidt/, 'the search filters the names too');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const forgot = await f.app.inject({ method: 'POST', url: '/admin/senders/names/forget', headers: json(admin, { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }), payload: `nameKey=buchhaltung+team&address=invoices%40example.com&_csrf=${encodeURIComponent(csrf)}` });
    assert.equal(forgot.headers.location, '/admin/senders?ok=nameForgotten');
    assert.deepEqual(await f.store.known.namedAs('buchhaltung team'), []);
    const api = await f.app.inject({ method: 'POST', url: '/api/admin/senders/names/forget', headers: bearer, payload: { nameKey: 'anna schmidt', address: 'anna@example.com' } });
    assert.deepEqual(api.json(), { forgotten: true });
    assert.deepEqual((await f.app.inject({ method: 'POST', url: '/api/admin/senders/names/forget', headers: bearer, payload: { nameKey: 'anna schmidt', address: 'anna@example.com' } })).json(), { forgotten: false });
    const audit = (await f.store.settings.auditLog(10)).filter((a) => a.what === 'known.forgetName').map((a) => a.detail);
    assert.deepEqual(audit, [
      { nameKey: 'anna schmidt', address: 'anna@example.com', removed: false },
      { nameKey: 'anna schmidt', address: 'anna@example.com', removed: true },
      { nameKey: 'buchhaltung team', address: 'invoices@example.com', removed: true },
    ]);
  });

  it('lists the fingerprint block list by report and takes a mistaken report off it', async () => {
    const text = 'Our spring collection is here with twenty new designs, free delivery on every order above fifty euros, and a members discount this week only.';
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'Spring collection', text });
    const reported = await f.app.inject({ method: 'POST', url: `/api/quarantine/${item.id}/spam`, headers: bearer });
    assert.equal(reported.statusCode, 200, reported.body);
    const list = (await f.app.inject({ url: '/api/admin/fingerprints', headers: bearer })).json() as Array<{ id: string; note: string; hashes: string[] }>;
    const entry = list.find((r) => r.note.includes('"Spring collection"'));
    assert.ok(entry, JSON.stringify(list));
    assert.match(entry.note, /^reported by admin: "Spring collection" from Sender <sender@remote\.test>$/);
    assert.ok(entry.hashes.length > 1, 'one entry for all the bands of the message');
    assert.deepEqual(await f.store.fuzzy.blocked(entry.hashes), entry.hashes);
    const admin = await login(f.app, 'admin', 'admin-password-1');
    const page = await f.app.inject({ url: '/admin/fingerprints', headers: json(admin, { accept: 'text/html' }) });
    assert.equal(page.statusCode, 200);
    assert.match(page.body, /Spring collection/);
    // the page's Remove button (a form with the session's token)
    const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)![1]!;
    const removed = await f.app.inject({ method: 'POST', url: '/admin/fingerprints/remove', headers: json(admin, { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }), payload: `id=${encodeURIComponent(entry.id)}&_csrf=${encodeURIComponent(csrf)}` });
    assert.equal(removed.headers.location, '/admin/fingerprints?ok=unblocked');
    assert.deepEqual(await f.store.fuzzy.blocked(entry.hashes), []);
    const twice = await f.app.inject({ method: 'POST', url: '/admin/fingerprints/remove', headers: json(admin, { origin: ORIGIN, 'content-type': 'application/x-www-form-urlencoded' }), payload: `id=${encodeURIComponent(entry.id)}&_csrf=${encodeURIComponent(csrf)}` });
    assert.equal(twice.headers.location, '/admin/fingerprints?err=notBlocked');
    const again = await f.app.inject({ method: 'DELETE', url: `/api/admin/fingerprints/${entry.id}`, headers: bearer });
    assert.equal(again.statusCode, 404);
    // the API takes a report off just the same
    await f.store.fuzzy.addBlocked('h-api-1', 'reported by admin: "x" from y');
    await f.store.fuzzy.addBlocked('h-api-2', 'reported by admin: "x" from y');
    assert.deepEqual((await f.app.inject({ method: 'DELETE', url: '/api/admin/fingerprints/h-api-2', headers: bearer })).json(), { removed: 2 });
    const audit = (await f.app.inject({ url: '/api/admin/audit', headers: bearer })).json() as Array<{ what: string }>;
    assert.equal(audit[0]!.what, 'fingerprint.unblock');
  });

  it('adds users, makes them admin, and disabling one ends their sessions', async () => {
    const add = await f.app.inject({ method: 'POST', url: '/api/admin/users', headers: bearer, payload: { username: 'ivan@example.com', password: 'ivan-pass-1' } });
    assert.equal(add.statusCode, 201);
    assert.equal((await f.app.inject({ method: 'POST', url: '/api/admin/users', headers: bearer, payload: { username: 'ivan@example.com', password: 'ivan-pass-1' } })).statusCode, 409);
    const ivan = await login(f.app, 'ivan@example.com', 'ivan-pass-1');
    assert.equal((await f.app.inject({ url: '/api/admin/users', headers: json(ivan) })).statusCode, 403);
    await f.app.inject({ method: 'PATCH', url: '/api/admin/users/ivan@example.com', headers: bearer, payload: { admin: true } });
    assert.equal((await f.app.inject({ url: '/api/admin/users', headers: json(ivan) })).statusCode, 200, 'admin at once, same session');
    await f.app.inject({ method: 'PATCH', url: '/api/admin/users/ivan@example.com', headers: bearer, payload: { disabled: true } });
    assert.equal((await f.app.inject({ url: '/api/me', headers: json(ivan) })).statusCode, 401);
    assert.equal((await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'ivan@example.com', password: 'ivan-pass-1' } })).statusCode, 401);
  });
});

describe("the Bayes classifier's reading of a message, for admins", () => {
  let f: WebFixture;
  before(async () => {
    f = await webFixture({ 'bayes.minSpam': 5, 'bayes.minHam': 5 });
    await addUser(f.store, 'alice@example.com', 'alice-pass-1');
  });
  after(async () => { await f?.close(); });

  const spam = (i: number) => rawMessage({ subject: `Cheap replica watches ${i}`, text: `Buy cheap replica watches now, limited offer ${i}` });
  const ham = (i: number) => rawMessage({ subject: `Project meeting ${i}`, text: `The agenda for the project meeting on Monday, item ${i}` });

  it('lists the features that weighed most each way once the model has learned enough, on the page and in the API; users get none', async () => {
    const item = await quarantine(f.store, ['alice@example.com'], { subject: 'replica watches for the meeting', text: 'Buy cheap replica watches before the project meeting' });
    const admin = await login(f.app, 'admin', 'admin-password-1');
    const before = (await f.app.inject({ url: `/api/quarantine/${item.id}`, headers: json(admin) })).json();
    assert.equal(before.bayes, null, 'silent before bayes.minSpam/minHam, as the check is');
    for (let i = 0; i < 6; i++) {
      await learnMessage(f.store, spam(i), 'spam');
      await learnMessage(f.store, ham(i), 'ham');
    }
    const d = (await f.app.inject({ url: `/api/quarantine/${item.id}`, headers: json(admin) })).json();
    assert.ok(d.bayes.probability > 0 && d.bayes.probability < 1);
    assert.ok(d.bayes.spam.some((c: { family: string; text: string }) => ['s', 'b'].includes(c.family) && /cheap|replica/.test(c.text)), JSON.stringify(d.bayes.spam));
    assert.ok(d.bayes.ham.some((c: { text: string }) => /meeting|project/.test(c.text)), JSON.stringify(d.bayes.ham));
    const page = (await f.app.inject({ url: `/quarantine/${item.id}`, headers: json(admin, { accept: 'text/html' }) })).body;
    assert.match(page, /How the Bayes classifier read it/);
    assert.match(page, /<td class="muted small">(subject|text)<\/td><td>[^<]*(cheap|replica)/);

    const alice = await login(f.app, 'alice@example.com', 'alice-pass-1');
    assert.equal('bayes' in (await f.app.inject({ url: `/api/quarantine/${item.id}`, headers: json(alice) })).json(), false);
    assert.doesNotMatch((await f.app.inject({ url: `/quarantine/${item.id}`, headers: json(alice, { accept: 'text/html' }) })).body, /Bayes classifier/);
  });
});
