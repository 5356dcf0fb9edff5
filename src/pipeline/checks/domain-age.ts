// How old the sender's domain and the links' domains are. The look-alike domain of a supplier, of
// the company itself or of a bank, the fake shop and the phishing page are bought days before the
// mail goes out, and they now come with SPF, DKIM and DMARC that pass: authentication says who sent
// the mail, not whether to trust him. A domain registered last week is the one thing such a sender
// cannot fake, and honest correspondents rarely write from one. Scored, not refused: a company's new
// domain is honest too, so the weight shrinks as the domain ages (full on the day it was
// registered, half at `newDays`) and adds to the other signals.
// The registration date is asked of the domain's registry over RDAP (src/dns/rdap.ts); what cannot be
// asked (no RDAP server for the TLD, no way out to the web) scores nothing.
import { domainToASCII } from 'node:url';
import { getDomain } from 'tldts';
import { z } from 'zod';
import { createResolver } from '../../dns/index.ts';
import { rdapOptionsSchema, registrationOf, type RdapDeps, type Registration } from '../../dns/rdap.ts';
import { resolverLookup } from '../../dns/web.ts';
import { linkSites, shortLinksOptionsOf } from '../../content/short-links.ts';
import { addressParts } from '../../mail/address.ts';
import { domainOf } from './known-sender.ts';
import type { Check, Hit } from '../types.ts';

export const domainAgeOptionsSchema = rdapOptionsSchema.extend({
  /** a domain registered fewer days ago than this is new */
  newDays: z.number().int().min(1).max(365).default(30),
  /** distinct domains asked per message (the senders', then the links' in order): bounds the requests */
  maxDomains: z.number().int().min(1).max(50).default(8),
  /**
   * one message's lookups together; answers that come later are still kept for the next message.
   * At most 8 s: short links are followed first, within links.shortLinks.budgetMs
   */
  budgetMs: z.number().int().min(100).max(8000).default(3000),
});
export type DomainAgeOptions = z.infer<typeof domainAgeOptionsSchema>;

/**
 * The domain a registry registered for a host or an address's domain, in ASCII: "mail.example.co.uk"
 * → "example.co.uk". Private suffixes do not count here ("shop.pages.dev" was registered as
 * pages.dev, by Cloudflare); null for an IP address or a name under no public suffix.
 */
export function registeredDomainOf(host: string): string | null {
  const ascii = domainToASCII(host.trim().replace(/\.$/, '').toLowerCase());
  if (!ascii || /^[\d.]+$/.test(ascii) || ascii.includes(':') || ascii.startsWith('[')) return null;
  return getDomain(ascii, { allowPrivateDomains: false });
}

const DAY_MS = 86_400_000;

export interface DomainAge { domain: string; where: string; registered: number; days: number }

/**
 * The youngest of the domains registered fewer than `newDays` days before `now`, as the symbol's hit:
 * full weight on the day of registration, half at `newDays`. A date in the future (a registry's clock,
 * a time zone) counts as today.
 */
export function newDomainHit(symbol: string, ages: readonly DomainAge[], newDays: number): Hit | null {
  const young = ages.filter((a) => a.days < newDays).sort((a, b) => a.days - b.days)[0];
  if (!young) return null;
  const days = Math.floor(young.days);
  const when = days === 0 ? 'today' : days === 1 ? '1 day ago' : `${days} days ago`;
  return {
    symbol,
    weight: Math.round((1 - (0.5 * young.days) / newDays) * 100) / 100,
    detail: `${young.where}${young.domain} registered ${new Date(young.registered).toISOString().slice(0, 10)} (${when})`,
  };
}

export const domainAgeCheck: Check<'data', DomainAgeOptions> = {
  name: 'domain-age',
  phase: 'data',
  symbols: ['SENDER_DOMAIN_NEW', 'LINK_DOMAIN_NEW'],
  options: domainAgeOptionsSchema,
  directions: ['inbound'],
  // short links are followed first (4 s at most), then the registries asked within budgetMs (8 s at most)
  timeoutMs: 13_000,
  async run(ctx, deps) {
    const { options, config } = deps;
    if (ctx.session.trusted) return [];
    const ours = new Set(config.smtp.localDomains.map((d) => registeredDomainOf(d)));
    const view = await ctx.parsed();
    // domain → where it was first seen; the senders first, then the links in order
    const wanted = new Map<string, { where: string; sender: boolean }>();
    const add = (host: string | null | undefined, where: string, sender: boolean): void => {
      const domain = host ? registeredDomainOf(host) : null;
      if (domain && !ours.has(domain) && !wanted.has(domain) && wanted.size < options.maxDomains) wanted.set(domain, { where, sender });
    };
    add(domainOf(ctx.envelope.mailFrom), '', true);
    add(domainOf(addressParts(view.from).address), 'From: ', true);
    add(domainOf(addressParts(view.headers.find((h) => h.key === 'reply-to')?.value ?? '').address), 'Reply-To: ', true);
    for (const site of await linkSites(view, deps, 200)) add(site.host, 'link: ', false);
    if (!wanted.size) return [];

    const rdap: RdapDeps = {
      lookup: resolverLookup(createResolver(config.dns)),
      cache: deps.store.cache,
      proxy: options.proxy ?? shortLinksOptionsOf(deps.rules?.checks).proxy,
      log: deps.log,
    };
    let timer: NodeJS.Timeout | undefined;
    const budget = new Promise<undefined>((resolve) => { timer = setTimeout(() => resolve(undefined), options.budgetMs); });
    const answers = await Promise.all([...wanted.keys()].map((domain) => Promise.race<Registration>([registrationOf(domain, options, rdap), budget])));
    clearTimeout(timer);

    const now = Date.now();
    const ages: Array<DomainAge & { sender: boolean }> = [];
    for (const [i, [domain, { where, sender }]] of [...wanted].entries()) {
      const registered = answers[i];
      if (typeof registered === 'number') ages.push({ domain, where, sender, registered, days: Math.max(0, (now - registered) / DAY_MS) });
    }
    return [
      newDomainHit('SENDER_DOMAIN_NEW', ages.filter((a) => a.sender), options.newDays),
      newDomainHit('LINK_DOMAIN_NEW', ages.filter((a) => !a.sender), options.newDays),
    ].filter((h): h is Hit => h !== null);
  },
};

export default domainAgeCheck;
