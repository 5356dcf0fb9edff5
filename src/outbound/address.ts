// Strict address syntax for mail that leaves through the outbound gateway. An address is routed
// only by its final domain; everything that historically let an MTA route mail somewhere else
// (the "%" hack, UUCP "!" paths, source routes "@a:b@c", quoted local parts hiding "@" or "%",
// trailing dots, address literals) is refused rather than interpreted. Being stricter than
// RFC 5321 here costs nothing: the company mail server never needs any of these forms.
import { domainToASCII } from 'node:url';

export type AddressCheck =
  | { ok: true; address: string; local: string; domain: string }
  | { ok: false; reason: string };

// dot-atom characters of RFC 5322 minus "!" (UUCP paths) and "%" (the percent hack); non-ASCII
// letters are allowed for SMTPUTF8 mailboxes.
const ATOM = /^[A-Za-z0-9#$&'*+/=?^_`{|}~\-\u00a0-\uffff]+$/u;
const LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;

/** Validates a domain for outbound routing; returns the ASCII (punycode) form or a reason. */
export function checkDomain(domain: string): { ok: true; domain: string } | { ok: false; reason: string } {
  if (!domain) return { ok: false, reason: 'empty domain' };
  if (domain.startsWith('[')) return { ok: false, reason: 'address literals are not relayed' };
  if (domain.endsWith('.')) return { ok: false, reason: 'trailing dot in domain' };
  if (/[%!@:\s"\\,;<>()[\]]/.test(domain)) return { ok: false, reason: 'illegal character in domain' };
  const ascii = /^[\x21-\x7e]+$/.test(domain) ? domain.toLowerCase() : domainToASCII(domain).toLowerCase();
  if (!ascii) return { ok: false, reason: 'invalid international domain' };
  if (ascii.length > 253) return { ok: false, reason: 'domain too long' };
  const labels = ascii.split('.');
  if (labels.length < 2) return { ok: false, reason: 'domain must be fully qualified' };
  for (const label of labels) {
    if (!label) return { ok: false, reason: 'empty label in domain' };
    if (!LABEL.test(label)) return { ok: false, reason: `invalid label "${label}" in domain` };
  }
  if (/^\d+$/.test(labels[labels.length - 1]!)) return { ok: false, reason: 'numeric top-level domain' };
  return { ok: true, domain: ascii };
}

/** Checks one envelope address (without angle brackets). The null sender is handled by the caller. */
export function checkOutboundAddress(input: string): AddressCheck {
  const address = input.trim();
  if (!address) return { ok: false, reason: 'empty address' };
  if (address.length > 254) return { ok: false, reason: 'address too long' };
  if (address.includes('"')) return { ok: false, reason: 'quoted local parts are not relayed' };
  if (address.startsWith('@') || /^[^@]*@[^@]*:/.test(address)) return { ok: false, reason: 'source routes are not relayed' };
  if (address.includes('%')) return { ok: false, reason: '"%" routing is not relayed' };
  if (address.includes('!')) return { ok: false, reason: '"!" (UUCP) paths are not relayed' };
  if (address.includes('\\')) return { ok: false, reason: 'escaped characters are not relayed' };
  const at = address.indexOf('@');
  if (at < 0) return { ok: false, reason: 'address must be fully qualified (user@domain)' };
  if (address.indexOf('@', at + 1) >= 0) return { ok: false, reason: 'more than one "@"' };
  const local = address.slice(0, at);
  const rawDomain = address.slice(at + 1);
  if (!local) return { ok: false, reason: 'empty local part' };
  if (local.length > 64) return { ok: false, reason: 'local part too long' };
  if (local.endsWith('.') || local.startsWith('.') || local.includes('..')) return { ok: false, reason: 'dot at the edge of the local part' };
  for (const atom of local.split('.')) {
    if (!ATOM.test(atom)) return { ok: false, reason: 'illegal character in local part' };
  }
  const d = checkDomain(rawDomain);
  if (!d.ok) return d;
  return { ok: true, address: `${local}@${d.domain}`, local, domain: d.domain };
}

/** Lower-cased domain of an address ('' for the null sender). */
export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0 ? '' : address.slice(at + 1).toLowerCase();
}
