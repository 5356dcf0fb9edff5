// The daily digest: only mail held since the previous digest, sent through the backend, with
// signed one-click links that work once and expire; opt-out respected; the admin report.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { sendAdminReport, sendDigests } from '../../../src/digest/digest.ts';
import { LANG_KEY } from '../../../src/user-lang.ts';
import { parseMessage } from '../../../src/mail/parse.ts';
import { linkSecret, signToken, verifyToken } from '../../../src/digest/token.ts';
import { addUser, HOST, quarantine, webFixture, type WebFixture } from './fixture.ts';

let f: WebFixture;
before(async () => {
  f = await webFixture({ 'web.publicUrl': 'https://quarantine.example.com', 'admin.reportTo': 'it@example.com' });
  await addUser(f.store, 'gina@example.com', 'gina-pass-1');
  await addUser(f.store, 'hank@example.com', 'hank-pass-1');
  const hank = await f.store.users.get('hank@example.com');
  await f.store.users.put({ ...hank!, digest: false });
});
after(async () => f.close());

function links(raw: string): string[] {
  const text = raw.replace(/=\r\n/g, '').replace(/=3D/g, '=');
  return [...new Set([...text.matchAll(/https:\/\/quarantine\.example\.com\/d\/([\w-]+\.[\w-]+)/g)].map((m) => m[1]!))];
}

describe('daily digest', () => {
  it('sends only new held mail, through the backend, with links that release once', async () => {
    const item = await quarantine(f.store, ['gina@example.com'], { subject: 'Quarterly figures' });
    await quarantine(f.store, ['hank@example.com'], { subject: 'hank opted out' });
    const d = { config: f.config, store: f.store, relay: f.relay };
    // a digest covers [previous digest, now): let the clock move past the items just held
    const tick = () => new Promise((r) => setTimeout(r, 5));
    await tick();
    const before = f.sink.messages.length;
    assert.equal(await sendDigests(d), 1, 'gina only: hank opted out, the admin has no mail');
    const mail = f.sink.messages.at(-1)!;
    assert.equal(f.sink.messages.length, before + 1);
    assert.deepEqual(mail.rcptTo, ['gina@example.com']);
    assert.equal(mail.mailFrom, '');
    const raw = mail.data.toString();
    assert.match(raw, /Quarterly figures/);
    const tokens = links(raw);
    assert.equal(tokens.length, 2, 'release and allow');

    const release = tokens.find((t) => JSON.parse(Buffer.from(t.split('.')[0]!, 'base64url').toString()).a === 'release')!;
    const page = await f.app.inject({ url: `/d/${release}`, headers: { host: HOST } });
    assert.equal(page.statusCode, 200);
    assert.ok(await f.store.quarantine.get(item.id), 'GET (a link scanner) does not release');
    const n = f.sink.messages.length;
    const post = await f.app.inject({ method: 'POST', url: `/d/${release}`, headers: { host: HOST } });
    assert.equal(post.statusCode, 200);
    assert.equal(f.sink.messages.length, n + 1);
    assert.match(f.sink.messages.at(-1)!.data.toString(), /Subject: Quarterly figures/);
    assert.equal((await f.app.inject({ method: 'POST', url: `/d/${release}`, headers: { host: HOST } })).statusCode, 410, 'only once');

    assert.equal(await sendDigests(d), 0, 'nothing new since the previous digest');
    await quarantine(f.store, ['gina@example.com'], { subject: 'newer one' });
    await tick();
    assert.equal(await sendDigests(d), 1);
    assert.ok(!f.sink.messages.at(-1)!.data.toString().includes('Quarterly figures'));
  });

  it('refuses tampered and expired links', async () => {
    const item = await quarantine(f.store, ['gina@example.com'], { subject: 'link checks' });
    const secret = await linkSecret(f.store, f.config);
    const good = signToken(secret, { a: 'release', id: item.id, u: 'gina@example.com', exp: Date.now() + 60_000 });
    assert.ok(verifyToken(secret, good));
    const [body, sig] = good.split('.');
    const forged = Buffer.from(JSON.stringify({ a: 'release', id: item.id, u: 'hank@example.com', exp: Date.now() + 60_000, n: 'x' })).toString('base64url');
    assert.equal(verifyToken(secret, `${forged}.${sig}`), null);
    assert.equal(verifyToken(secret, `${body}.${sig}x`), null);
    const expired = signToken(secret, { a: 'release', id: item.id, u: 'gina@example.com', exp: Date.now() - 1 });
    assert.equal((await f.app.inject({ method: 'POST', url: `/d/${expired}`, headers: { host: HOST } })).statusCode, 410);
    // a valid link for a user who is not a recipient cannot release it
    const other = signToken(secret, { a: 'release', id: item.id, u: 'hank@example.com', exp: Date.now() + 60_000 });
    assert.equal((await f.app.inject({ method: 'POST', url: `/d/${other}`, headers: { host: HOST } })).statusCode, 410);
    assert.ok(await f.store.quarantine.get(item.id));
  });

  it('sends the admin report with yesterday\'s figures', async () => {
    const now = Date.now();
    const yesterday = Math.floor(now / 86400_000) * 86400_000 - 3600_000;
    const extra = [[], [{ name: 'ATTACH_EXPLOIT', score: 8 }], [{ name: 'LOOKALIKE_CORRESPONDENT', score: 3 }, { name: 'REPLYTO_FREEMAIL', score: 2.5 }], [{ name: 'PHISHING_LINK', score: 5 }, { name: 'QR_CODE_LINK', score: 3 }], [{ name: 'SPAMTRAP', score: 20 }], [{ name: 'SPAMTRAP_IP', score: 6 }, { name: 'SPAMTRAP_FUZZY', score: 8 }]];
    for (const [i, action] of (['accept', 'reject', 'reject', 'quarantine', 'reject', 'tag'] as const).entries()) {
      await f.store.txlog.append({
        id: `rep${i}`, at: yesterday, direction: 'inbound', clientIp: '203.0.113.5', helo: 'h', mailFrom: `x${i}@spammy.test`, recipients: ['gina@example.com'],
        from: '', subject: 's', size: 10, score: action === 'accept' ? 0 : 20, action, symbols: [{ name: 'HELO_NOT_FQDN', score: 1.5 }, ...extra[i]!], reply: '250', backendReply: null, durationMs: 5, quarantineId: null,
      });
    }
    const n = f.sink.messages.length;
    assert.equal(await sendAdminReport({ config: f.config, store: f.store, relay: f.relay }, now), true);
    const mail = f.sink.messages[n]!;
    assert.deepEqual(mail.rcptTo, ['it@example.com']);
    const raw = mail.data.toString();
    assert.match(raw, /Inbound messages: 6/);
    assert.match(raw, /203\.0\.113\.5/);
    assert.match(raw, /spammy\.test/);
    const text = (await parseMessage(mail.data)).text;
    assert.match(text, /Posing as us or a partner: 1 +\(our domain forged 0, a colleague's name 0, look-alikes of our domain 0, of a partner's 1\)/);
    assert.match(text, /Blocked attachments: 0 +Documents with macros or exploits: 1 /);
    assert.match(text, /Phishing: 1 +\(look-alike links 1, login pages 0, look-alike Reply-To 0; replies to free mail 1; QR codes 1\)/);
    assert.match(text, /Spam traps: 1  \(other messages marked for their server or their text 1\)/);
  });

  it('writes the admin report in the language the admin chose, when the report address is a user\'s', async () => {
    await f.store.users.put({ username: 'it-admin', passwordHash: null, addresses: ['IT@example.com'], admin: true, disabled: false, source: 'local', digest: false, createdAt: 0 });
    await f.store.settings.set(LANG_KEY('it-admin'), 'de');
    const n = f.sink.messages.length;
    assert.equal(await sendAdminReport({ config: f.config, store: f.store, relay: f.relay }, Date.now()), true);
    const mail = await parseMessage(f.sink.messages[n]!.data);
    assert.match(mail.subject, /^mailmoat-Tagesbericht für \d{4}-\d\d-\d\d/);
    assert.match(mail.text, /^mailmoat-Bericht für \d{4}-\d\d-\d\d \(UTC\)/);
    assert.match(mail.text, /Eingehende Nachrichten: 6 +\(ausgehend: 0\)/);
    assert.match(mail.text, /Spamfallen: 1  \(weitere Nachrichten, markiert wegen ihres Servers oder Textes 1\)/);
    assert.match(mail.text, /Gesperrte Anhänge: 0 +Dokumente mit Makros oder Exploits: 1 /);
    assert.match(mail.text, /Häufigste Spam-Quellen \(IP\):\n +\d+\t203\.0\.113\.5/);
  });
});
