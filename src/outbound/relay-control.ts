// Relay control for the outbound listener: only clients in smtp.outbound.allowFrom or SMTP-AUTH
// users may send, and only to addresses whose routing is unambiguous (see address.ts).
// The listener calls these from its MAIL/RCPT callbacks; a returned reply refuses the command.
import ipaddr from 'ipaddr.js';
import type { SessionInfo, SmtpReply } from '../pipeline/types.ts';
import { checkOutboundAddress } from './address.ts';

type Range = [ipaddr.IPv4 | ipaddr.IPv6, number];

function parseRange(cidr: string): Range {
  if (cidr.includes('/')) return ipaddr.parseCIDR(cidr);
  const addr = ipaddr.parse(cidr);
  return [addr, addr.kind() === 'ipv4' ? 32 : 128];
}

/** Compiles allowFrom once; the matcher understands IPv4-mapped IPv6 client addresses (::ffff:a.b.c.d). */
export function networkMatcher(cidrs: readonly string[]): (ip: string) => boolean {
  const ranges = cidrs.map(parseRange);
  return (ip: string): boolean => {
    if (!ipaddr.isValid(ip)) return false;
    let addr = ipaddr.parse(ip);
    if (addr.kind() === 'ipv6' && (addr as ipaddr.IPv6).isIPv4MappedAddress()) addr = (addr as ipaddr.IPv6).toIPv4Address();
    return ranges.some(([net, bits]) => net.kind() === addr.kind() && addr.match(net, bits));
  };
}

export const RELAY_DENIED: SmtpReply = {
  code: 554, enhanced: '5.7.1',
  message: 'Relay access denied: this host may not send through this gateway (authenticate first)',
};

/** Whether the session may relay at all: listed network or authenticated. */
export function relayAllowed(session: Pick<SessionInfo, 'trusted' | 'authUser'>): boolean {
  return session.trusted || session.authUser !== null;
}

/** MAIL FROM on the outbound listener. The null sender is allowed (bounces from the mail server). */
export function checkOutboundMail(session: Pick<SessionInfo, 'trusted' | 'authUser'>, mailFrom: string): SmtpReply | null {
  if (!relayAllowed(session)) return RELAY_DENIED;
  if (mailFrom === '') return null;
  const check = checkOutboundAddress(mailFrom);
  if (!check.ok) return { code: 550, enhanced: '5.7.1', message: `<${mailFrom}>: sender address rejected: ${check.reason}` };
  return null;
}

/** RCPT TO on the outbound listener. */
export function checkOutboundRcpt(session: Pick<SessionInfo, 'trusted' | 'authUser'>, recipient: string): SmtpReply | null {
  if (!relayAllowed(session)) return { ...RELAY_DENIED, message: `<${recipient}>: Relay access denied` };
  const check = checkOutboundAddress(recipient);
  if (!check.ok) return { code: 550, enhanced: '5.7.1', message: `<${recipient}>: relay access denied: ${check.reason}` };
  return null;
}
