// SMTP AUTH (PLAIN/LOGIN) for the outbound listener: local users from store.users (scrypt hashes)
// and, when configured, directory users through LDAP — the same authenticate() the web UI uses.
// AUTH is offered only over TLS unless smtp.outbound.allowInsecureAuth is set (the listener
// passes that to smtp-server). Failures are counted per client address so password guessing
// is throttled; replies never tell a wrong password from an unknown user.
import { authenticate } from '../auth/users.ts';
import type { Config } from '../config.ts';
import type { Logger } from '../log.ts';
import type { SmtpReply } from '../pipeline/types.ts';
import type { Store, User } from '../store/types.ts';

export const AUTH_METHODS = ['PLAIN', 'LOGIN'] as const;
const MAX_FAILURES_PER_HOUR = 10;

export interface AuthDeps { config: Config; store: Store; log: Logger }
export type SmtpAuthResult = { ok: true; user: User } | { ok: false; reply: SmtpReply };

/** Whether AUTH may be used on this connection. */
export function authAllowed(config: Config, tls: boolean): boolean {
  return tls || config.smtp.outbound.allowInsecureAuth;
}

export async function authenticateSmtp(
  deps: AuthDeps, input: { method: string; username: string; password: string; clientIp: string; tls: boolean },
): Promise<SmtpAuthResult> {
  const { config, store, log } = deps;
  const method = input.method.toUpperCase();
  if (!(AUTH_METHODS as readonly string[]).includes(method)) {
    return { ok: false, reply: { code: 504, enhanced: '5.5.4', message: 'Unrecognized authentication type' } };
  }
  if (!authAllowed(config, input.tls)) {
    return { ok: false, reply: { code: 538, enhanced: '5.7.11', message: 'Encryption required for requested authentication mechanism' } };
  }
  const failKey = `out:authfail:${input.clientIp}`;
  const now = Date.now();
  if ((await store.counters.peek(failKey, now)) >= MAX_FAILURES_PER_HOUR) {
    log.warn({ ip: input.clientIp, user: input.username }, 'SMTP AUTH refused: too many failures from this address');
    return { ok: false, reply: { code: 454, enhanced: '4.7.0', message: 'Too many authentication failures, try again later' } };
  }
  const res = await authenticate(store, config, input.username, input.password, log);
  if (res.ok) {
    log.info({ ip: input.clientIp, user: res.user.username, method }, 'SMTP AUTH succeeded');
    return { ok: true, user: res.user };
  }
  if (res.reason === 'directory-error') {
    return { ok: false, reply: { code: 454, enhanced: '4.7.0', message: 'Temporary authentication failure' } };
  }
  await store.counters.hit(failKey, 3600, now);
  log.warn({ ip: input.clientIp, user: input.username, method, reason: res.reason }, 'SMTP AUTH failed');
  return { ok: false, reply: { code: 535, enhanced: '5.7.8', message: 'Authentication credentials invalid' } };
}

/**
 * An authenticated user may only send as one of its own addresses (so a stolen password cannot
 * be used to forge colleagues). Clients from allowFrom (the mail server) are not restricted.
 */
export async function checkSenderLogin(deps: AuthDeps, authUser: string | null, mailFrom: string): Promise<SmtpReply | null> {
  if (!authUser || !deps.config.smtp.outbound.enforceSenderLogin || mailFrom === '') return null;
  const user = await deps.store.users.get(authUser);
  const own = new Set([authUser, ...(user?.addresses ?? [])].map((a) => a.toLowerCase()));
  if (own.has(mailFrom.toLowerCase())) return null;
  return { code: 553, enhanced: '5.7.1', message: `<${mailFrom}>: sender address not owned by user ${authUser}` };
}
