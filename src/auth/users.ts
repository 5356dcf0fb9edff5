// Who may sign in: local users (scrypt hashes in the store), directory users (LDAP bind), and the
// configured admin. One function answers "are these credentials good?" for both the web login
// and anything else that needs it; it never says which part was wrong.
import { randomBytes } from 'node:crypto';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { Store, User } from '../store/types.ts';
import { ldapAuthenticate } from './ldap.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from './password.ts';

export function normalizeUsername(u: string): string {
  return u.trim().toLowerCase();
}

export function newLocalUser(address: string, passwordHash: string, admin: boolean, now = Date.now()): User {
  const username = normalizeUsername(address);
  return {
    username,
    passwordHash,
    addresses: username.includes('@') ? [username] : [],
    admin,
    disabled: false,
    source: 'local',
    digest: true,
    createdAt: now,
  };
}

/**
 * Makes sure the configured admin exists. With `admin.password: null` a password is generated
 * at the first start and printed once; only its hash is kept.
 */
export async function ensureAdminUser(store: Store, config: Config, log?: Logger): Promise<void> {
  const username = normalizeUsername(config.admin.username);
  const existing = await store.users.get(username);
  if (config.admin.password) {
    if (existing && existing.admin && (await verifyPassword(config.admin.password, existing.passwordHash))) return;
    const hash = await hashPassword(config.admin.password);
    await store.users.put({ ...(existing ?? newLocalUser(username, hash, true)), passwordHash: hash, admin: true, disabled: false, source: 'local' });
    return;
  }
  if (existing) return;
  const password = randomBytes(12).toString('base64url');
  await store.users.put(newLocalUser(username, await hashPassword(password), true));
  const msg = `web UI admin created: username "${username}", password "${password}" (shown once; change it with: mailmoat user add ${username} --password NEW --admin)`;
  if (log) log.warn({ adminUser: username }, msg);
  else console.log(msg);
}

export type AuthOutcome = { ok: true; user: User } | { ok: false; reason: 'bad-credentials' | 'disabled' | 'directory-error' };

export async function authenticate(store: Store, config: Config, username: string, password: string, log?: Logger): Promise<AuthOutcome> {
  const name = normalizeUsername(username);
  const local = await store.users.get(name);
  if (local && local.passwordHash) {
    const good = await verifyPassword(password, local.passwordHash);
    if (!good) return { ok: false, reason: 'bad-credentials' };
    return local.disabled ? { ok: false, reason: 'disabled' } : { ok: true, user: local };
  }
  if (config.ldap.url) {
    try {
      const dir = await ldapAuthenticate(config.ldap, username.trim(), password);
      if (!dir) return { ok: false, reason: 'bad-credentials' };
      if (local?.disabled) return { ok: false, reason: 'disabled' };
      const user: User = {
        username: name,
        passwordHash: null,
        addresses: dir.addresses,
        admin: dir.admin || Boolean(local?.admin),
        disabled: false,
        source: 'ldap',
        digest: local?.digest ?? true,
        createdAt: local?.createdAt ?? Date.now(),
      };
      await store.users.put(user);
      return { ok: true, user };
    } catch (err) {
      log?.error({ err: (err as Error).message }, 'LDAP directory unreachable during login');
      return { ok: false, reason: 'directory-error' };
    }
  }
  // unknown user: spend the same time as a wrong password so timing does not tell them apart
  await verifyPassword(password, await dummyPasswordHash());
  return { ok: false, reason: 'bad-credentials' };
}
