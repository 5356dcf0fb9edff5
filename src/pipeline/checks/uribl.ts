// Domain block lists (URIBL: Spamhaus DBL, SURBL, URIBL): the registrable domains of the message's
// links (and of the targets that open redirectors carry in a link's query), of its senders
// (envelope, From, Reply-To) and of the e-mail addresses in its text, looked up in the `type: domain` lists of
// rules/dnsbl.yaml. A spammer changes sending addresses by the hour, but the links must lead to the
// shop or the phishing page, so the link's domain is the part that stays. Queries, caching, error
// answers and self-tests are the DNSBL check's own (options in checks.yaml `dnsbl`).
import { z } from 'zod';
import { MAIL_RE, addressParts } from '../../mail/address.ts';
import { linkDomainOf } from '../../content/links.ts';
import { qrOptionsOf, type QrOptions } from '../../content/qr.ts';
import { everyLink, NO_SHORT_LINKS, placesOf, shortLinksOf, type ShortLinks } from '../../content/short-links.ts';
import { hostOfUrl } from '../../content/scripts.ts';
import { createResolver } from '../../dns/index.ts';
import { visibleText } from '../../fuzzy/fingerprint.ts';
import type { Check, ParsedMessage } from '../types.ts';
import { sectionOptions } from '../../rules/schema.ts';
import { dnsblOptionsSchema, listSymbols, queryDomains } from './dnsbl.ts';

export const uriblOptionsSchema = z.strictObject({
  /** distinct domains looked up per message (senders, then links in order, then addresses in the text): bounds the DNS queries */
  maxDomains: z.number().int().min(1).max(100).default(20),
  /** also look up the envelope sender's, From's and Reply-To's domains */
  senderDomains: z.boolean().default(true),
});
export type UriblOptions = z.infer<typeof uriblOptionsSchema>;


/**
 * Domain → where it was first seen, in lookup order, at most `max`. The company's own domains
 * (`ours`) are never looked up: every reply quotes them, so a listing of the company's hacked web
 * site would score all of its correspondence.
 */
export async function domainsToCheck(view: ParsedMessage, mailFrom: string, opts: UriblOptions, ours: ReadonlySet<string> = new Set(), qr: QrOptions | null = null, short: ShortLinks = NO_SHORT_LINKS): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const add = (host: string | null | undefined, where: string): void => {
    const d = host ? linkDomainOf(host) : null;
    if (d && !ours.has(d) && !out.has(d) && out.size < opts.maxDomains) out.set(d, where);
  };
  if (opts.senderDomains) {
    add(mailFrom.split('@')[1], 'envelope sender');
    add(view.from.split('@')[1], 'From');
    add(addressParts(view.headers.find((h) => h.key === 'reply-to')?.value ?? '').domain, 'Reply-To');
  }
  const text = visibleText(view);
  for (const { url: link, in: attachment } of await everyLink(view, 200, qr, short)) {
    for (const { url, via } of placesOf(link, short)) {
      add(hostOfUrl(url), via === 'link' ? (attachment ? `link in ${attachment}` : 'link') : via === 'redirect' ? 'redirect target' : 'short link target');
    }
  }
  for (const m of text.matchAll(MAIL_RE)) add(m[1], 'address in text');
  return out;
}

export const uriblCheck: Check<'data', UriblOptions> = {
  name: 'uribl',
  phase: 'data',
  // The symbols come from rules/dnsbl.yaml, with the `type: domain` lists.
  symbols: [],
  ruleSymbols: (rules) => listSymbols(rules, 'domain'),
  options: uriblOptionsSchema,
  directions: ['inbound'],
  // short links are followed first (links.shortLinks.budgetMs, 4 s at most), then the lists asked
  timeoutMs: 10_000,
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const lists = (deps.rules?.dnsbl ?? []).filter((l) => l.type === 'domain' && l.enabled);
    if (!lists.length) return [];
    const ours = new Set(deps.config.smtp.localDomains.map((d) => linkDomainOf(d) ?? d.toLowerCase()));
    const view = await ctx.parsed();
    const domains = await domainsToCheck(view, ctx.envelope.mailFrom, deps.options, ours, qrOptionsOf(deps.rules?.checks), await shortLinksOf(view, deps));
    if (!domains.size) return [];
    return queryDomains(domains, lists, createResolver(deps.config.dns), sectionOptions(deps.rules?.checks, 'dnsbl', dnsblOptionsSchema), deps.log, deps.signal);
  },
};
