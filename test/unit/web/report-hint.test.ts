// The quarantine page and the daily digest tell users where to forward spam that got through, when
// a report address is configured (bayes.reportAddresses.spam), in their language; without one they say nothing.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { digestFor } from '../../../src/digest/digest.ts';
import { addUser, HOST, login, quarantine, webFixture, type WebFixture } from './fixture.ts';

let f: WebFixture;
let plain: WebFixture;
before(async () => {
  f = await webFixture({ 'bayes.reportAddresses': { spam: ['spam@reports.example.net'], ham: [] } });
  plain = await webFixture();
  for (const x of [f, plain]) await addUser(x.store, 'ivy@example.com', 'ivy-pass-1');
});
after(async () => { await f.close(); await plain.close(); });

const page = async (x: WebFixture, lang: string): Promise<string> =>
  (await x.app.inject({ url: '/quarantine', headers: { host: HOST, accept: 'text/html', cookie: `${await login(x.app, 'ivy@example.com', 'ivy-pass-1')}; lang=${lang}` } })).body;

test('the report address is shown with a mailto link, in English and Russian', async () => {
  assert.match(await page(f, 'en'), /forward it as an attachment to <a href="mailto:spam@reports\.example\.net">spam@reports\.example\.net<\/a>/);
  assert.match(await page(f, 'ru'), /перешлите вложением на адрес <a href="mailto:spam@reports\.example\.net">/);
});

test('no hint without a report address', async () => {
  assert.doesNotMatch(await page(plain, 'en'), /forward it as an attachment/);
});

test('the digest names the report address too', async () => {
  const user = (await f.store.users.get('ivy@example.com'))!;
  await quarantine(f.store, ['ivy@example.com'], { subject: 'held for ivy' });
  const digest = await digestFor({ config: f.config, store: f.store, relay: f.relay }, user, Date.now() + 1000);
  assert.ok(digest);
  assert.match(digest.text, /forward it as an attachment to spam@reports\.example\.net/);
  assert.match(digest.html, /<a href="mailto:spam@reports\.example\.net">/);
  await quarantine(plain.store, ['ivy@example.com'], { subject: 'held for ivy' });
  const plainDigest = await digestFor({ config: plain.config, store: plain.store, relay: plain.relay }, (await plain.store.users.get('ivy@example.com'))!, Date.now() + 1000);
  assert.doesNotMatch(plainDigest!.text, /forward it as an attachment/);
});
