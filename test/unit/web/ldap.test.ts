// LDAP sign-in against a real slapd: bind with the user's credentials, addresses and aliases from
// the directory, admin by group membership, wrong password / unknown user / directory down = 401.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { ldapAuthenticate, escapeFilter } from '../../../src/auth/ldap.ts';
import { startSlapd, type Slapd } from '../../helpers/slapd.ts';
import { HOST, ORIGIN, quarantine, webFixture, type WebFixture } from './fixture.ts';

let slapd: Slapd;
let f: WebFixture;
before(async () => {
  slapd = await startSlapd([
    { uid: 'dave', password: 'dave-ldap-pw', mail: ['dave@example.com'], aliases: ['sales@example.com'] },
    { uid: 'erin', password: 'erin-ldap-pw', mail: ['erin@example.com'] },
  ], ['erin']);
  f = await webFixture(Object.fromEntries(Object.entries(slapd.config).map(([k, v]) => [`ldap.${k}`, v])));
});
after(async () => {
  await f?.close();
  await slapd?.stop();
});

describe('LDAP directory', () => {
  it('binds as the user and reads addresses (aliases too) and admin-group membership', async () => {
    const dave = await ldapAuthenticate({ ...f.config.ldap }, 'dave', 'dave-ldap-pw');
    assert.deepEqual(dave?.addresses.sort(), ['dave@example.com', 'sales@example.com']);
    assert.equal(dave?.admin, false);
    const erin = await ldapAuthenticate({ ...f.config.ldap }, 'erin', 'erin-ldap-pw');
    assert.equal(erin?.admin, true);
  });

  it('answers null for a wrong password, an unknown user and an empty password', async () => {
    assert.equal(await ldapAuthenticate(f.config.ldap, 'dave', 'wrong'), null);
    assert.equal(await ldapAuthenticate(f.config.ldap, 'nobody', 'x'), null);
    assert.equal(await ldapAuthenticate(f.config.ldap, 'dave', ''), null);
  });

  it('escapes filter metacharacters in user names', () => {
    assert.equal(escapeFilter('a*)(uid=*'), 'a\\2a\\29\\28uid=\\2a');
  });

  it('logs in through the web API and sees mail addressed to the alias', async () => {
    const item = await quarantine(f.store, ['sales@example.com'], { subject: 'to the alias' });
    const res = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'dave', password: 'dave-ldap-pw' } });
    assert.equal(res.statusCode, 200);
    assert.deepEqual(res.json().addresses.sort(), ['dave@example.com', 'sales@example.com']);
    const cookie = `mailmoat_sid=${res.cookies.find((c) => c.name === 'mailmoat_sid')!.value}`;
    const list = (await f.app.inject({ url: '/api/quarantine', headers: { host: HOST, cookie } })).json() as Array<{ id: string }>;
    assert.ok(list.some((x) => x.id === item.id));
    const user = await f.store.users.get('dave');
    assert.equal(user?.source, 'ldap');
    assert.equal(user?.passwordHash, null, 'no directory password is stored');
    const bad = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST, origin: ORIGIN }, payload: { username: 'dave', password: 'nope' } });
    assert.equal(bad.statusCode, 401);
  });

  it('makes a member of the admin group an admin', async () => {
    const res = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'erin', password: 'erin-ldap-pw' } });
    assert.equal(res.json().admin, true);
  });

  it('refuses a disabled directory user', async () => {
    const u = await f.store.users.get('dave');
    await f.store.users.put({ ...u!, disabled: true });
    const res = await f.app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'dave', password: 'dave-ldap-pw' } });
    assert.equal(res.statusCode, 401);
    await f.store.users.put({ ...u!, disabled: false });
  });
});

describe('LDAP directory down', () => {
  it('answers 401 (not 500) when the directory cannot be reached', async () => {
    const { freePort } = await import('../../helpers/ports.ts');
    const { buildWebApp } = await import('../../../src/web/app.ts');
    const config = { ...f.config, ldap: { ...f.config.ldap, url: `ldap://127.0.0.1:${await freePort()}/` } };
    const app = await buildWebApp({ config, store: f.store, scheduler: false });
    const res = await app.inject({ method: 'POST', url: '/api/login', headers: { host: HOST }, payload: { username: 'erin', password: 'erin-ldap-pw' } });
    assert.equal(res.statusCode, 401);
    await app.close();
  });
});
