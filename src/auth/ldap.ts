// LDAP / Active Directory sign-in: bind with the user's own credentials (no service account),
// then read the user's entry for its mail addresses (aliases included) and admin-group membership.
import { Client } from 'ldapts';
import type { Config } from '../config.ts';

export interface DirectoryUser {
  dn: string;
  addresses: string[];
  admin: boolean;
}

/** RFC 4515 filter value escaping */
export function escapeFilter(value: string): string {
  return value.replace(/[\\*()\0]/g, (c) => '\\' + c.charCodeAt(0).toString(16).padStart(2, '0'));
}

/** RFC 4514 DN attribute value escaping */
export function escapeDn(value: string): string {
  return value
    .replace(/[\\,+"<>;=\0]/g, (c) => '\\' + c)
    .replace(/^[ #]/, (c) => '\\' + c)
    .replace(/ $/, '\\ ');
}

export function values(v: Buffer | Buffer[] | string[] | string | undefined): string[] {
  if (v === undefined) return [];
  const arr = Array.isArray(v) ? v : [v];
  return arr.map((x) => (Buffer.isBuffer(x) ? x.toString('utf8') : x));
}

/** AD proxyAddresses carry a type prefix ("SMTP:primary", "smtp:alias", "X500:…") */
export function toAddress(raw: string): string | null {
  const m = /^([a-z0-9]+):(.*)$/i.exec(raw);
  let addr = raw;
  if (m && !m[2]!.startsWith('//')) {
    if (m[1]!.toLowerCase() !== 'smtp') return null;
    addr = m[2]!;
  }
  addr = addr.trim().toLowerCase();
  return /^[^@\s]+@[^@\s]+$/.test(addr) ? addr : null;
}

/**
 * Returns the directory user, or null when the credentials are wrong or the user unknown.
 * Throws only when the directory is unreachable (the caller logs it and answers like a bad login).
 */
export async function ldapAuthenticate(cfg: Config['ldap'], username: string, password: string, timeoutMs = 5000): Promise<DirectoryUser | null> {
  if (!cfg.url || !password || !username) return null; // an empty password would be an anonymous bind
  const client = new Client({ url: cfg.url, timeout: timeoutMs, connectTimeout: timeoutMs, strictDN: false });
  const bindDn = cfg.bindDn.includes('=') && !cfg.bindDn.includes('@')
    ? cfg.bindDn.replaceAll('{user}', escapeDn(username))
    : cfg.bindDn.replaceAll('{user}', username);
  try {
    try {
      await client.bind(bindDn, password);
    } catch (err) {
      const code = (err as { code?: number }).code;
      if (code === 49 || code === 32 || code === 34) return null; // invalid credentials / no such object / invalid DN
      throw err;
    }
    const filter = cfg.searchFilter.replaceAll('{user}', escapeFilter(username));
    const attrs = [...cfg.mailAttributes, 'memberOf'];
    const { searchEntries } = await client.search(cfg.searchBase, { scope: 'sub', filter, attributes: attrs, sizeLimit: 2 });
    const entry = searchEntries[0];
    if (!entry) return null;
    const addresses = new Set<string>();
    for (const a of cfg.mailAttributes) for (const v of values(entry[a])) {
      const addr = toAddress(v);
      if (addr) addresses.add(addr);
    }
    let admin = false;
    if (cfg.adminGroup) {
      const group = cfg.adminGroup.toLowerCase();
      admin = values(entry.memberOf).some((g) => g.toLowerCase() === group);
      if (!admin) {
        const f = `(|(member=${escapeFilter(entry.dn)})(uniqueMember=${escapeFilter(entry.dn)})(memberUid=${escapeFilter(username)}))`;
        try {
          const res = await client.search(cfg.adminGroup, { scope: 'base', filter: f, attributes: ['dn'] });
          admin = res.searchEntries.length > 0;
        } catch {
          admin = false;
        }
      }
    }
    return { dn: entry.dn, addresses: [...addresses], admin };
  } finally {
    await client.unbind().catch(() => undefined);
  }
}
