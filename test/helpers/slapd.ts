// A real OpenLDAP server for tests: slapd on a free loopback port with back_mdb in a temp dir,
// loaded with a small directory (people with mail addresses and aliases, an admin group) via ldapadd.
import { spawn, execFile, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, waitFor } from './ports.ts';
import { connect } from 'node:net';

const run = promisify(execFile);

export const LDAP_SUFFIX = 'dc=example,dc=com';
export const LDAP_ROOT_DN = `cn=admin,${LDAP_SUFFIX}`;
export const LDAP_ROOT_PW = 'root-secret';

export interface LdapPerson { uid: string; password: string; mail: string[]; aliases?: string[]; cn?: string }

export interface Slapd {
  url: string;
  port: number;
  /** the mailmoat `ldap` config section for this directory */
  config: { url: string; bindDn: string; searchBase: string; searchFilter: string; mailAttributes: string[]; adminGroup: string };
  stop(): Promise<void>;
}

function ldif(people: LdapPerson[], admins: string[]): string {
  const out = [
    `dn: ${LDAP_SUFFIX}`, 'objectClass: top', 'objectClass: dcObject', 'objectClass: organization', 'o: Example', 'dc: example', '',
    `dn: ou=people,${LDAP_SUFFIX}`, 'objectClass: organizationalUnit', 'ou: people', '',
    `dn: ou=groups,${LDAP_SUFFIX}`, 'objectClass: organizationalUnit', 'ou: groups', '',
  ];
  for (const p of people) {
    out.push(`dn: uid=${p.uid},ou=people,${LDAP_SUFFIX}`, 'objectClass: inetOrgPerson', 'objectClass: inetLocalMailRecipient',
      `uid: ${p.uid}`, `cn: ${p.cn ?? p.uid}`, `sn: ${p.uid}`, `userPassword: ${p.password}`,
      ...p.mail.map((m) => `mail: ${m}`), ...(p.aliases ?? []).map((a) => `mailLocalAddress: ${a}`), '');
  }
  out.push(`dn: cn=mailadmins,ou=groups,${LDAP_SUFFIX}`, 'objectClass: groupOfNames', 'cn: mailadmins',
    ...(admins.length ? admins : ['nobody']).map((u) => `member: uid=${u},ou=people,${LDAP_SUFFIX}`), '');
  return out.join('\n');
}

export async function startSlapd(people: LdapPerson[], admins: string[] = []): Promise<Slapd> {
  const dir = mkdtempSync(join(tmpdir(), 'mailmoat-slapd-'));
  const db = join(dir, 'db');
  mkdirSync(db);
  const port = await freePort();
  const conf = join(dir, 'slapd.conf');
  writeFileSync(conf, [
    'include /etc/ldap/schema/core.schema',
    'include /etc/ldap/schema/cosine.schema',
    'include /etc/ldap/schema/inetorgperson.schema',
    'include /etc/ldap/schema/misc.schema',
    'modulepath /usr/lib/ldap',
    'moduleload back_mdb',
    `pidfile ${join(dir, 'slapd.pid')}`,
    `argsfile ${join(dir, 'slapd.args')}`,
    'database mdb',
    `suffix "${LDAP_SUFFIX}"`,
    `rootdn "${LDAP_ROOT_DN}"`,
    `rootpw ${LDAP_ROOT_PW}`,
    `directory ${db}`,
    'maxsize 16777216',
    'access to attrs=userPassword by self write by anonymous auth by * none',
    'access to * by * read',
    '',
  ].join('\n'));
  const url = `ldap://127.0.0.1:${port}/`;
  let output = '';
  const child: ChildProcess = spawn('/usr/sbin/slapd', ['-h', url, '-f', conf, '-d', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (d: Buffer) => { output += d.toString(); });
  child.stderr!.on('data', (d: Buffer) => { output += d.toString(); });
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  try {
    await waitFor(() => new Promise<boolean>((resolve) => {
      if (child.exitCode !== null) throw new Error(`slapd exited: ${output}`);
      const s = connect(port, '127.0.0.1', () => { s.end(); resolve(true); });
      s.on('error', () => resolve(false));
    }), 10000, `slapd on ${port}`);
    const ldifFile = join(dir, 'data.ldif');
    writeFileSync(ldifFile, ldif(people, admins));
    await run('ldapadd', ['-x', '-H', url, '-D', LDAP_ROOT_DN, '-w', LDAP_ROOT_PW, '-f', ldifFile]);
  } catch (err) {
    child.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`slapd did not start: ${(err as Error).message}\n${output}`);
  }
  return {
    url,
    port,
    config: {
      url,
      bindDn: `uid={user},ou=people,${LDAP_SUFFIX}`,
      searchBase: LDAP_SUFFIX,
      searchFilter: '(uid={user})',
      mailAttributes: ['mail', 'mailLocalAddress'],
      adminGroup: `cn=mailadmins,ou=groups,${LDAP_SUFFIX}`,
    },
    async stop() {
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
