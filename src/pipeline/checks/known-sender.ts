// Auto-learned senders: mail from an external address that one of our users wrote to (learned
// by the outbound gateway) gets a bonus — KNOWN_SENDER when this very recipient wrote to this
// sender, KNOWN_DOMAIN (smaller) when someone here wrote to the sender's domain. Only for an
// authenticated sender (SPF pass or a valid DKIM signature for the matched address's domain,
// or its DMARC-aligned organisation): anyone can forge a known correspondent's address, so an
// unauthenticated match gives no bonus, only the informational KNOWN_SENDER_UNAUTH and a log line.
import { z } from 'zod';
import { addressParts, inDomains, orgDomain } from '../../mail/address.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { Store } from '../../store/types.ts';
import type { AuthResults, Check, DataContext, Hit, ParsedMessage } from '../types.ts';

export const knownSenderOptionsSchema = z.strictObject({
  /** learned pairs not seen for this many days give no bonus (0 = no limit) */
  maxAgeDays: z.number().min(0).default(365),
  /** at most this many recipients are looked up per message */
  maxRecipients: z.number().int().min(1).default(50),
  /**
   * domains that never earn the domain-wide KNOWN_DOMAIN bonus: anyone can have an address at a
   * freemail provider, so writing to one gmail.com user must not vouch for all of them. The
   * international providers and those of the offices' countries (their country domains too:
   * outlook.es, yahoo.it), where a fraudster opens "the CEO's private address" in a minute
   */
  noDomainBonus: z.array(z.string()).default([
    'gmail.com', 'googlemail.com', 'yahoo.com', 'ymail.com', 'outlook.com', 'hotmail.com', 'live.com', 'msn.com',
    'aol.com', 'icloud.com', 'me.com', 'gmx.com', 'gmx.de', 'gmx.net', 'web.de', 'mail.com', 'proton.me', 'protonmail.com',
    'yandex.ru', 'ya.ru', 'mail.ru', 'bk.ru', 'inbox.ru', 'list.ru', 'rambler.ru', 'qq.com', '163.com',
    'pm.me', 'tutanota.com', 'tutanota.de', 'tuta.io', 'zoho.com', 'zohomail.eu', 'fastmail.com', 'mailbox.org', 'posteo.de', 'posteo.net',
    'yandex.com', 'yandex.by', 'yandex.kz', 'yandex.ua', 'internet.ru', 'ukr.net', 'i.ua',
    't-online.de', 'freenet.de', 'gmx.at', 'gmx.ch', 'online.de', 'arcor.de', 'aol.de', 'yahoo.de', 'outlook.de', 'hotmail.de',
    'libero.it', 'virgilio.it', 'tiscali.it', 'alice.it', 'tim.it', 'email.it', 'inwind.it', 'yahoo.it', 'outlook.it', 'hotmail.it',
    'yahoo.es', 'outlook.es', 'hotmail.es', 'telefonica.net',
    'wp.pl', 'o2.pl', 'onet.pl', 'onet.eu', 'op.pl', 'interia.pl', 'interia.eu', 'gazeta.pl', 'tlen.pl', 'vp.pl', 'poczta.fm',
    'yahoo.gr', 'otenet.gr', 'hol.gr',
    'yahoo.co.uk', 'hotmail.co.uk', 'yahoo.fr', 'outlook.fr', 'hotmail.fr', 'orange.fr', 'wanadoo.fr', 'laposte.net', 'free.fr', 'seznam.cz',
    // mail.com's free addresses under names that pass for a profession or a place (the advance-fee letters' "lawyer" and "agent")
    'email.com', 'consultant.com', 'accountant.com', 'engineer.com', 'lawyer.com', 'dr.com', 'post.com', 'usa.com', 'europe.com', 'asia.com',
    'myself.com', 'techie.com', 'writeme.com', 'iname.com', 'cheerful.com', 'financier.com', 'workmail.com', 'gmx.us', 'gmx.fr', 'gmx.it', 'gmx.es',
  ]),
  /**
   * addresses of services that mail what anyone typed into them (a Google Form's receipt, a Drive
   * share's note): their authentication vouches for the service, not for the words, so the
   * phrase checks doubt them as they doubt free mail ("your withdrawal of 1.2873 BTC is pending,
   * call +34 … to cancel" as a Google Forms receipt)
   */
  userContentSenders: z.array(z.string().trim().toLowerCase()).default([
    'forms-receipts-noreply@google.com', 'drive-shares-dm-noreply@google.com', 'drive-shares-noreply@google.com', 'comments-noreply@docs.google.com',
  ]),
});
export type KnownSenderOptions = z.infer<typeof knownSenderOptionsSchema>;

const lc = (s: string): string => s.trim().toLowerCase();
/** An address's domain, lower-case. */
export const domainOf = (a: string): string => lc(a.slice(a.lastIndexOf('@') + 1));

/** The address inside a From: value ("Name <a@b>" or "a@b"), lower-case, or null (the one parser, src/mail/address.ts). */
export function addressOf(from: string): string | null {
  const { address } = addressParts(from);
  return address.includes('@') ? address : null;
}

/** Whether two domains are the same or one is a subdomain of the other (mail.partner.de and partner.de). */
export function related(a: string, b: string): boolean {
  return a === b || a.endsWith('.' + b) || b.endsWith('.' + a);
}

/** Domains the message is authenticated for: SPF pass domain, DKIM pass domains, the aligned org domain. */
export function authenticatedDomains(auth: AuthResults): string[] {
  const out: string[] = [];
  if (auth.spf === 'pass' && auth.spfDomain) out.push(lc(auth.spfDomain));
  out.push(...auth.dkimPass.map(lc));
  if (auth.authenticatedDomain) out.push(lc(auth.authenticatedDomain));
  return out;
}

export function isAuthenticatedFor(address: string, auth: AuthResults): boolean {
  const d = domainOf(address);
  return authenticatedDomains(auth).some((a) => related(d, a));
}

/**
 * Why a sender's word is not to be taken, or null: its mail is not authenticated for its From
 * domain, it writes from free mail (`noDomainBonus`), or it asks for replies at another
 * organisation. What the checks of scams that need no link (payment diversion, advance-fee
 * fraud) ask before they count.
 */
/** Whether a domain is a free-mail provider's (`noDomainBonus`): anyone can have an address there. */
export const isFreeMail = (domain: string, options: Pick<KnownSenderOptions, 'noDomainBonus'>): boolean =>
  options.noDomainBonus.some((d) => d.toLowerCase() === domain.toLowerCase());

export function senderDoubt(from: { address: string; domain: string }, replyTo: { address: string; domain: string }, auth: AuthResults, options: Pick<KnownSenderOptions, 'noDomainBonus' | 'userContentSenders'>): string | null {
  if (!isAuthenticatedFor(from.address, auth)) return 'not authenticated';
  if (isFreeMail(from.domain, options)) return 'free mail';
  if (mailsAnyonesText(from.address, options)) return 'a service mailing what anyone typed';
  if (replyTo.domain && orgDomain(replyTo.domain) !== orgDomain(from.domain)) return `replies go to ${replyTo.address}`;
  return null;
}

/** The From address of an inbound message, or null when it has none or it is one of ours (a forgery of ours is the spoofing check's). */
export function outsideFrom(view: Pick<ParsedMessage, 'headers'>, localDomains: readonly string[]): { name: string; address: string; domain: string } | null {
  const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
  return from.address.includes('@') && !inDomains(from.domain, localDomains) ? from : null;
}

/** Whether an address is a service's that mails what anyone typed into it (`userContentSenders`). */
export const mailsAnyonesText = (address: string, options: Pick<KnownSenderOptions, 'userContentSenders'>): boolean => options.userContentSenders.includes(lc(address));

/** `senderDoubt` for a message: its From, its Reply-To, its authentication and the known-sender options in force. */
export async function senderDoubtOf(ctx: Pick<DataContext, 'auth'>, rules: { checks?: Record<string, unknown> } | undefined, view: Pick<ParsedMessage, 'headers'>, from: { address: string; domain: string }): Promise<string | null> {
  const replyTo = addressParts(view.headers.find((h) => h.key === 'reply-to')?.value ?? '');
  return senderDoubt(from, replyTo, await ctx.auth(), sectionOptions(rules?.checks, 'known-sender', knownSenderOptionsSchema));
}

export interface KnownMatch {
  pair: { external: string; internal: string } | null;
  /** a learned domain that earns the domain bonus (not a freemail domain) */
  domain: { external: string; domain: string } | null;
}

/** The first learned (internal → external) pair, and learned domain, among the candidates; not yet authenticated. */
export async function findKnown(store: Store, internals: readonly string[], externals: Iterable<string>, options: KnownSenderOptions, now = Date.now()): Promise<KnownMatch> {
  const minSeen = options.maxAgeDays > 0 ? now - options.maxAgeDays * 86_400_000 : 0;
  const noDomainBonus = new Set(options.noDomainBonus.map(lc));
  let pair: KnownMatch['pair'] = null;
  let domain: KnownMatch['domain'] = null;
  for (const external of externals) {
    for (const internal of internals) {
      const r = await store.known.lookup(internal, external);
      if (r.pair && r.pair.lastSeen >= minSeen && !pair) pair = { external, internal };
      if (r.domain && r.domain.lastSeen >= minSeen && !domain && !noDomainBonus.has(r.domain.domain)) domain = { external, domain: r.domain.domain };
      if (pair) return { pair, domain };
    }
  }
  return { pair, domain };
}

export const knownSenderCheck: Check<'data', KnownSenderOptions> = {
  name: 'known-sender',
  phase: 'data',
  symbols: ['KNOWN_SENDER', 'KNOWN_DOMAIN', 'KNOWN_SENDER_UNAUTH'],
  options: knownSenderOptionsSchema,
  directions: ['inbound'],
  timeoutMs: 10000,
  async run(ctx, deps) {
    const { store, options, log } = deps;
    const candidates = new Set<string>();
    if (ctx.envelope.mailFrom) candidates.add(lc(ctx.envelope.mailFrom));
    const fromAddr = addressOf((await ctx.parsed()).from);
    if (fromAddr) candidates.add(fromAddr);
    if (!candidates.size) return [];
    const internals = [...new Set(ctx.envelope.recipients.map(lc))].slice(0, options.maxRecipients);
    const { pair, domain } = await findKnown(store, internals, candidates, options);
    if (!pair && !domain) return [];

    const auth = await ctx.auth();
    if (pair && isAuthenticatedFor(pair.external, auth)) {
      return [{ symbol: 'KNOWN_SENDER', detail: `${pair.external} → ${pair.internal}` }];
    }
    if (domain && isAuthenticatedFor(domain.external, auth)) {
      return [{ symbol: 'KNOWN_DOMAIN', detail: domain.domain }];
    }
    const matched = pair?.external ?? domain!.external;
    const why = `spf=${auth.spf}${auth.spfDomain ? ` (${auth.spfDomain})` : ''} dkim=${auth.dkim}${auth.dkimPass.length ? ` (${auth.dkimPass.join(',')})` : ''}: not authenticated for ${domainOf(matched)}`;
    log.info({ sid: ctx.session.id, sender: matched, kind: pair ? 'pair' : 'domain', spf: auth.spf, dkim: auth.dkim }, `learned correspondent not authenticated, no bonus (${why})`);
    const hit: Hit = { symbol: 'KNOWN_SENDER_UNAUTH', detail: `${matched}: ${why}` };
    return [hit];
  },
};
