// Spam traps under Settings: the admin types the addresses, a bad one comes back with its reason and
// the form keeps what was typed, a good list is in force for the next transaction and audited.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { session } from '../pipeline/util.ts';
import { addUser, HOST, login, ORIGIN, webFixture, type WebFixture } from './fixture.ts';

let f: WebFixture;
before(async () => {
  f = await webFixture({ 'greylist.enabled': false, 'clamav.enabled': false, 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 100, 'smtp.localDomains': ['example.com', 'old.example.com'] });
  await addUser(f.store, 'alice@example.com', 'alice-pass-1');
});
after(async () => f.close());

const headers = (cookie: string, extra: Record<string, string> = {}) => ({ host: HOST, cookie, origin: ORIGIN, ...extra });

async function settings(cookie: string): Promise<{ body: string; csrf: string }> {
  const r = await f.app.inject({ url: '/admin/settings', headers: headers(cookie) });
  return { body: r.body, csrf: /name="_csrf" value="([^"]+)"/.exec(r.body)?.[1] ?? '' };
}
/** the settings form as the page posts it: every field of the rules in force, and `spam_traps` */
async function save(cookie: string, spamTraps: string) {
  const { body, csrf } = await settings(cookie);
  const fields = new URLSearchParams({ _csrf: csrf, op: 'save', days: '7', spam_traps: spamTraps });
  for (const m of body.matchAll(/<input type="(?:number|text)"[^>]* name="([^"]+)" value="([^"]*)"/g)) if (m[1] !== 'days') fields.set(m[1]!, m[2]!);
  for (const m of body.matchAll(/<input type="checkbox" name="([^"]+)" value="1"[^>]* checked>/g)) fields.set(m[1]!, '1');
  fields.set('gl_mode', /<option value="all" selected>/.test(body) ? 'all' : 'suspicious');
  return f.app.inject({ method: 'POST', url: '/admin/settings', headers: headers(cookie, { 'content-type': 'application/x-www-form-urlencoded' }), payload: fields.toString() });
}

describe('spam traps under Settings', () => {
  it('a trap outside our domains or at a user\'s address is refused with its reason; the form keeps what was typed', async () => {
    const admin = await login(f.app, 'admin', 'admin-password-1');
    assert.match((await settings(admin)).body, /<h2>Spam traps<\/h2>/);
    const r = await save(admin, 'trap@elsewhere.test\nalice@example.com');
    assert.equal(r.statusCode, 400);
    assert.match(r.body, /spamTraps: &quot;trap@elsewhere\.test&quot; is not in smtp\.localDomains/);
    assert.match(r.body, /spamTraps: &quot;alice@example\.com&quot; is where web UI user alice@example\.com gets mail/);
    assert.match(r.body, /<textarea name="spam_traps"[^>]*>trap@elsewhere\.test\nalice@example\.com<\/textarea>/);
    assert.ok(!f.runtime.isSpamTrap!('trap@elsewhere.test'));
  });

  it('a good list is in force for the next message, audited, and shown on the page', async () => {
    const admin = await login(f.app, 'admin', 'admin-password-1');
    const r = await save(admin, 'Old.Sales@example.com, @old.example.com');
    assert.equal(r.statusCode, 302, /class="(?:error|flash)[^"]*"[^>]*>([^<]*)/.exec(r.body)?.[1] ?? r.body.slice(0, 400));
    assert.ok(f.runtime.isSpamTrap!('old.sales@example.com'));
    const v = await f.runtime.data(session(), { mailFrom: 'x@spam.test', recipients: ['old.sales@example.com'] }, Buffer.from('From: x@spam.test\r\nSubject: hi\r\n\r\nbuy now\r\n'));
    assert.equal(v.action, 'reject');
    assert.equal(v.silentDiscard, true);
    const audit = await f.store.settings.auditLog(1);
    assert.deepEqual(audit[0]!.detail, { spamTraps: ['old.sales@example.com', '@old.example.com'] });
    assert.match((await settings(admin)).body, /<textarea name="spam_traps"[^>]*>old\.sales@example\.com\n@old\.example\.com<\/textarea>/);
  });
});
