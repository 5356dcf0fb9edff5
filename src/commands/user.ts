// `mailmoat user add ADDRESS --password P [--admin] [--config FILE]`: creates (or updates the
// password of) a local web UI user in the configured store. Also: `user list`, `user disable ADDRESS`,
// `user enable ADDRESS`, `user delete ADDRESS`.
import { parseArgs } from 'node:util';
import { hashPassword } from '../auth/password.ts';
import { newLocalUser, normalizeUsername } from '../auth/users.ts';
import { loadCommandConfig } from './check-config.ts';
import { createLogger } from '../log.ts';
import { describeStore, openCommandStore } from '../store/index.ts';

const USAGE = `usage: mailmoat user add ADDRESS --password P [--admin] [--config FILE]
       mailmoat user list | disable ADDRESS | enable ADDRESS | delete ADDRESS [--config FILE]`;

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { config: { type: 'string' }, password: { type: 'string' }, admin: { type: 'boolean' } },
      allowPositionals: true,
      strict: true,
    });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 64;
  }
  const [sub, address] = parsed.positionals;
  if (!sub || (sub !== 'list' && !address)) {
    console.error(USAGE);
    return 64;
  }
  const config = loadCommandConfig(parsed.values);
  if (!config) return 2;
  const log = createLogger({ log: { level: 'warn', pretty: false } });
  const store = await openCommandStore(config, log, 'user');
  try {
    const name = normalizeUsername(address ?? '');
    switch (sub) {
      case 'add': {
        const password = parsed.values.password;
        if (!password) {
          console.error(`--password is required\n${USAGE}`);
          return 64;
        }
        if (!name.includes('@') && name !== normalizeUsername(config.admin.username)) {
          console.error(`${address}: expected an e-mail address (the user sees mail addressed to it)`);
          return 64;
        }
        const existing = await store.users.get(name);
        const hash = await hashPassword(password);
        const user = existing
          ? { ...existing, passwordHash: hash, source: 'local' as const, admin: Boolean(parsed.values.admin) || existing.admin, disabled: false }
          : newLocalUser(name, hash, Boolean(parsed.values.admin));
        await store.users.put(user);
        console.log(`${existing ? 'updated' : 'created'} user ${user.username}${user.admin ? ' (admin)' : ''} in the ${await describeStore(config)}`);
        return 0;
      }
      case 'list': {
        for (const u of (await store.users.list()).sort((a, b) => a.username.localeCompare(b.username))) {
          console.log(`${u.username}\t${u.source}\t${u.admin ? 'admin' : 'user'}\t${u.disabled ? 'disabled' : 'active'}\t${u.addresses.join(',')}`);
        }
        return 0;
      }
      case 'disable':
      case 'enable': {
        const u = await store.users.get(name);
        if (!u) {
          console.error(`no such user: ${name}`);
          return 1;
        }
        await store.users.put({ ...u, disabled: sub === 'disable' });
        console.log(`${sub}d user ${name}`);
        return 0;
      }
      case 'delete': {
        const ok = await store.users.delete(name);
        console.log(ok ? `deleted user ${name}` : `no such user: ${name}`);
        return ok ? 0 : 1;
      }
      default:
        console.error(USAGE);
        return 64;
    }
  } finally {
    await store.close();
  }
}
