// The message log searched by symbol: the API and the page, and the links that lead there from the
// dashboard's top symbols, a log entry's symbols and the Rules page's counts.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { TxLogEntry } from '../../../src/store/types.ts';
import { HOST, login, ORIGIN, webFixture, type WebFixture } from './fixture.ts';

let f: WebFixture;
const bearer = { authorization: 'Bearer test-api-token-0123456789' };
const entry = (id: string, symbols: TxLogEntry['symbols'], action: TxLogEntry['action'] = 'accept'): TxLogEntry => ({
  id, at: Date.now() - 60_000, direction: 'inbound', clientIp: '198.51.100.7', helo: 'mx.sender.test', mailFrom: `${id}@sender.test`,
  recipients: ['bob@example.com'], from: '', subject: `subject ${id}`, size: 100, score: symbols.reduce((a, s) => a + s.score, 0),
  action, symbols, reply: '250 2.0.0 Ok', backendReply: null, durationMs: 5, quarantineId: null,
});

before(async () => {
  f = await webFixture({ 'greylist.enabled': false, 'clamav.enabled': false, 'dns.servers': ['127.0.0.1:9'], 'dns.timeoutMs': 100 });
  await f.store.txlog.append(entry('trapped', [{ name: 'SPAMTRAP', score: 20, detail: 'to spam trap old@example.com' }], 'reject'));
  await f.store.txlog.append(entry('marked', [{ name: 'SPAMTRAP_IP', score: 6 }, { name: 'HELO_NOT_FQDN', score: 1.5 }], 'tag'));
  await f.store.txlog.append(entry('plain', [{ name: 'HELO_NOT_FQDN', score: 1.5 }]));
  await f.store.txlog.append(entry('hijacked', [{ name: 'ATTACH_MACRO', score: 5, detail: 'Rechnung.xlsm' }, { name: 'REPLY', score: 0, uncounted: 'ATTACH_MACRO' }], 'tag'));
});
after(async () => f.close());

describe('the message log by symbol', () => {
  it('the API finds the messages with exactly that symbol, in any case; a name that cannot be one is a 400', async () => {
    const ids = async (qs: string) => {
      const r = await f.app.inject({ url: `/api/admin/log?${qs}`, headers: bearer });
      assert.equal(r.statusCode, 200, r.body);
      return (r.json() as { items: Array<{ id: string }> }).items.map((e) => e.id);
    };
    assert.deepEqual(await ids('symbol=SPAMTRAP'), ['trapped']);
    assert.deepEqual(await ids('symbol=spamtrap_ip'), ['marked']);
    assert.deepEqual((await ids('symbol=HELO_NOT_FQDN')).sort(), ['marked', 'plain']);
    assert.deepEqual(await ids('symbol=HELO_NOT_FQDN&action=tag'), ['marked']);
    assert.equal((await f.app.inject({ url: '/api/admin/log?symbol=SPAM%20TRAP', headers: bearer })).statusCode, 400);
  });

  it('the page filters by the symbol typed, and the dashboard and a log entry link their symbols there', async () => {
    const admin = await login(f.app, 'admin', 'admin-password-1');
    const page = async (url: string) => (await f.app.inject({ url, headers: { host: HOST, cookie: admin, origin: ORIGIN } })).body;
    const log = await page('/admin/log?symbol=spamtrap');
    assert.match(log, /<input name="symbol" value="SPAMTRAP"/);
    assert.match(log, /subject trapped/);
    assert.doesNotMatch(log, /subject marked|subject plain/);
    assert.match(await page('/admin'), /<a href="\/admin\/log\?symbol=HELO_NOT_FQDN">/);
    assert.match(await page('/admin/log/marked'), /<a href="\/admin\/log\?symbol=SPAMTRAP_IP"[^>]*><code>SPAMTRAP_IP<\/code><\/a>/);
  });

  it('a credit not counted beside a sign of an attack says so on the log entry', async () => {
    const admin = await login(f.app, 'admin', 'admin-password-1');
    const body = (await f.app.inject({ url: '/admin/log/hijacked', headers: { host: HOST, cookie: admin, origin: ORIGIN } })).body;
    assert.match(body, /<code>REPLY<\/code><\/a><\/td><td class="num">0\.00<\/td><td>[^<]*<span class="muted uncounted">not counted: ATTACH_MACRO is a sign of an attack, and no sign in the message&#39;s favour may offset it<\/span>/);
    const macroRow = body.slice(body.indexOf('<code>ATTACH_MACRO</code>'));
    assert.doesNotMatch(macroRow.slice(0, macroRow.indexOf('</tr>')), /uncounted/);
  });
});
