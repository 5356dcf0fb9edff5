// Colleagues' names from the directory (ldap.directory): a read-only account lists every person
// with a mail address, and each name is recorded for their addresses in our domains, the same way
// outgoing mail teaches names (src/outbound/transaction.ts). So IMPERSONATE_LOCAL_NAME protects a
// managing director whose assistant does the writing, from the first day. Runs at start and every
// refreshHours on the primary; a directory that cannot be read is logged and retried next time.
import { Client } from 'ldapts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import { inDomains, personNameKey } from '../mail/address.ts';
import type { Store } from '../store/types.ts';
import { toAddress, values } from './ldap.ts';

export interface DirectoryPerson { name: string; addresses: string[] }

/** Every entry the directory filter finds, with its name and mail addresses (aliases included). */
export async function listDirectoryPeople(cfg: Config['ldap'], timeoutMs = 10_000): Promise<DirectoryPerson[]> {
  const dir = cfg.directory;
  if (!cfg.url || !dir.bindDn || !dir.password) return [];
  const client = new Client({ url: cfg.url, timeout: timeoutMs, connectTimeout: timeoutMs, strictDN: false });
  try {
    await client.bind(dir.bindDn, dir.password);
    const { searchEntries } = await client.search(cfg.searchBase, {
      scope: 'sub', filter: dir.filter, attributes: [...dir.nameAttributes, ...cfg.mailAttributes], paged: { pageSize: 500 },
    });
    return searchEntries.map((e) => {
      const name = dir.nameAttributes.map((a) => values(e[a])[0]?.trim() ?? '').find(Boolean) ?? '';
      const addresses = [...new Set(cfg.mailAttributes.flatMap((a) => values(e[a]).map(toAddress)).filter((a): a is string => a !== null))];
      return { name, addresses };
    });
  } finally {
    await client.unbind().catch(() => undefined);
  }
}

export interface DirectorySync { people: number; names: number }

/** Records each person's name for their addresses in our domains; returns what it saw and recorded. */
export async function syncDirectoryNames(config: Config, store: Store, now = Date.now()): Promise<DirectorySync> {
  const people = await listDirectoryPeople(config.ldap);
  let names = 0;
  for (const p of people) {
    const nameKey = personNameKey(p.name);
    if (!nameKey) continue;
    for (const address of p.addresses) {
      if (!inDomains(address.slice(address.lastIndexOf('@') + 1), config.smtp.localDomains)) continue;
      await store.known.recordName({ nameKey, address, shown: p.name }, now);
      names++;
    }
  }
  return { people: people.length, names };
}

export interface DirectoryJob { runOnce(): Promise<DirectorySync | null>; stop(): void }

/** The periodic sync, or null when ldap.directory is not configured. */
export function startDirectoryNames(config: Config, store: Store, log: Logger): DirectoryJob | null {
  const dir = config.ldap.directory;
  if (!config.ldap.url || !dir.bindDn || !dir.password) return null;
  const dlog = log.child({ component: 'directory-names' });
  let running: Promise<DirectorySync | null> | null = null;
  const runOnce = (): Promise<DirectorySync | null> => {
    running ??= syncDirectoryNames(config, store)
      .then((r) => { dlog.info(r, 'colleagues\' names read from the directory'); return r; })
      .catch((err: unknown) => { dlog.error({ err: { message: (err as Error).message } }, 'could not read names from the directory; will retry'); return null; })
      .finally(() => { running = null; });
    return running;
  };
  const first = setTimeout(() => void runOnce(), 1000);
  const timer = setInterval(() => void runOnce(), dir.refreshHours * 3600_000);
  first.unref();
  timer.unref();
  return { runOnce, stop: () => { clearTimeout(first); clearInterval(timer); } };
}
