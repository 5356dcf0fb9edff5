// Cheap classic HELO/EHLO checks. Real MTAs announce a fully qualified name; spam bots often say
// "localhost", a bare IP, a single word, or our own name.
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import type { Check, Hit } from '../types.ts';

/**
 * Only strings made of what an address can be written with (IPv4 in any of ipaddr's forms uses
 * digits, hex digits, "x" and dots; IPv6 always has a colon) go to ipaddr.isValid, which is slow
 * for an ordinary host name (it throws and catches internally).
 */
function mayBeIp(s: string): boolean {
  return s.includes(':') || /^[0-9a-fx.]+$/i.test(s);
}

export const heloOptionsSchema = z.strictObject({});

export const heloCheck: Check<'helo', z.infer<typeof heloOptionsSchema>> = {
  name: 'helo',
  phase: 'helo',
  symbols: ['HELO_BARE_IP', 'HELO_NOT_FQDN', 'HELO_LOCALHOST', 'HELO_OUR_NAME'],
  options: heloOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const helo = ctx.session.helo.trim().toLowerCase().replace(/\.$/, '');
    if (!helo) return [];
    const hits: Hit[] = [];
    if (/^\[.*\]$/.test(helo)) return hits; // an address literal is legitimate (RFC 5321 4.1.3)
    if (mayBeIp(helo) && ipaddr.isValid(helo)) hits.push({ symbol: 'HELO_BARE_IP', detail: helo });
    else if (helo === 'localhost' || helo.startsWith('localhost.')) hits.push({ symbol: 'HELO_LOCALHOST', detail: helo });
    else if (!helo.includes('.')) hits.push({ symbol: 'HELO_NOT_FQDN', detail: helo });
    else {
      const ours = [deps.config.hostname, ...deps.config.smtp.localDomains].map((d) => d.toLowerCase());
      if (ours.includes(helo)) hits.push({ symbol: 'HELO_OUR_NAME', detail: helo });
    }
    return hits;
  },
};
