// Colleagues' names from a real slapd (ldap.directory): a read-only bind lists every person with a
// mail address; each full name is recorded for their addresses in our domains, aliases too, and
// IMPERSONATE_LOCAL_NAME then knows it. Names that are not a person's and outside addresses are not.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import pino from 'pino';
import { startDirectoryNames, syncDirectoryNames } from '../../../src/auth/directory.ts';
import { loadConfig, type Config } from '../../../src/config.ts';
import { personNameKey } from '../../../src/mail/address.ts';
import { openStore } from '../../../src/store/index.ts';
import type { Store } from '../../../src/store/types.ts';
import { LDAP_ROOT_DN, LDAP_ROOT_PW, startSlapd, type Slapd } from '../../helpers/slapd.ts';

const log = pino({ level: 'silent' });

describe('names from the directory', () => {
  let slapd: Slapd;
  let dir: string;
  let store: Store;
  const configWith = (directory: Record<string, unknown>): Config => loadConfig({
    env: {},
    overrides: { dataDir: dir, 'smtp.localDomains': ['example.com'], ldap: { ...slapd.config, directory } },
  });

  before(async () => {
    slapd = await startSlapd([
      { uid: 'anna', password: 'pw-anna-1', cn: 'Anna Schmidt', mail: ['anna@example.com'], aliases: ['a.schmidt@example.com'] },
      { uid: 'ivan', password: 'pw-ivan-1', cn: 'Иван Петров', mail: ['ivan@example.com'] },
      { uid: 'scanner', password: 'pw-scan-1', cn: 'scanner', mail: ['scanner@example.com'] },
      { uid: 'paul', password: 'pw-paul-1', cn: 'Paul Partner', mail: ['paul@partner.test'] },
    ]);
    dir = mkdtempSync(join(tmpdir(), 'mm-dirnames-'));
    store = await openStore(configWith({}), log);
  });
  after(async () => {
    await store?.close();
    await slapd?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('records every full name for its addresses in our domains', async () => {
    const config = configWith({ bindDn: LDAP_ROOT_DN, password: LDAP_ROOT_PW });
    assert.deepEqual(await syncDirectoryNames(config, store, 5000), { people: 4, names: 3 });
    assert.deepEqual((await store.known.namedAs('anna schmidt')).map((n) => [n.address, n.shown, n.lastSeen]), [
      ['a.schmidt@example.com', 'Anna Schmidt', 5000], ['anna@example.com', 'Anna Schmidt', 5000],
    ]);
    assert.deepEqual((await store.known.namedAs(personNameKey('Петров Иван')!)).map((n) => n.shown), ['Иван Петров']);
    assert.deepEqual(await store.known.namedAs('paul partner'), [], 'not our domain');
    assert.equal((await store.known.names('scanner', 10, 0)).length, 0, 'not a full name');
  });

  it('the job runs only when configured, and a directory it cannot read is logged, not thrown', async () => {
    assert.equal(startDirectoryNames(configWith({}), store, log), null);
    const job = startDirectoryNames(configWith({ bindDn: LDAP_ROOT_DN, password: 'wrong' }), store, log)!;
    try {
      assert.equal(await job.runOnce(), null);
    } finally {
      job.stop();
    }
  });
});
