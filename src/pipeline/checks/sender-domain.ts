// Can the envelope sender's domain receive mail at all? Postfix admins know this as
// reject_unknown_sender_domain: a domain that does not exist, that has neither MX nor address
// records, or that declares with a null MX (RFC 7505, "MX 0 .") that it handles no mail, cannot take
// a reply or a bounce. Honest mail comes from domains that can; spam with a made-up or a long-dead
// sender domain does not. Scored, not refused: a weight that adds to the other signals.
// DNS failures (SERVFAIL, timeouts) say nothing about the domain and score nothing. Answers are
// kept a few minutes per process: a wave from one domain asks once.
import { domainToASCII } from 'node:url';
import { z } from 'zod';
import { createResolver, isNegative, type DnsResolver } from '../../dns/index.ts';
import { isLocalDomain } from '../../mail/address.ts';
import type { Check } from '../types.ts';

export const senderDomainOptionsSchema = z.strictObject({
  /** how long a domain's answer is kept, seconds */
  cacheSeconds: z.number().int().min(0).default(300),
});
export type SenderDomainOptions = z.infer<typeof senderDomainOptionsSchema>;

export type SenderDomainVerdict = 'ok' | 'unknown' | 'no-mail-host' | 'null-mx' | 'dns-error';

const SYMBOL: Partial<Record<SenderDomainVerdict, { symbol: string; detail: string }>> = {
  unknown: { symbol: 'SENDER_DOMAIN_UNKNOWN', detail: 'does not exist (NXDOMAIN)' },
  'no-mail-host': { symbol: 'SENDER_NO_MAIL_HOST', detail: 'has no MX, A or AAAA record' },
  'null-mx': { symbol: 'SENDER_NULL_MX', detail: 'declares that it handles no mail (null MX)' },
};

const codeOf = (err: unknown): string => (err as { code?: string }).code ?? '';

/** Whether a domain can receive mail, by its MX records and else its address records (RFC 5321 5.1). */
export async function senderDomainVerdict(domain: string, dns: Pick<DnsResolver, 'resolveMx' | 'mailauth'>): Promise<SenderDomainVerdict> {
  try {
    const mx = await dns.resolveMx(domain);
    if (mx.length === 1 && (mx[0]!.exchange === '' || mx[0]!.exchange === '.')) return 'null-mx';
    if (mx.length) return 'ok';
  } catch (err) {
    if (codeOf(err) === 'ENOTFOUND') return 'unknown';
    if (!isNegative(err)) return 'dns-error';
  }
  // no MX: the domain's own address is its mail host (both asked at once: one DNS timeout, not two)
  const answers = await Promise.allSettled(['A', 'AAAA'].map((type) => dns.mailauth(domain, type)));
  if (answers.some((a) => a.status === 'fulfilled' && a.value.length)) return 'ok';
  const failures = answers.map((a) => (a.status === 'rejected' ? a.reason : null));
  if (failures.some((e) => codeOf(e) === 'ENOTFOUND')) return 'unknown';
  return failures.every((e) => e === null || isNegative(e)) ? 'no-mail-host' : 'dns-error';
}

const kept = new Map<string, { verdict: SenderDomainVerdict; until: number }>();
const MAX_ANSWERS = 10_000;

async function cachedVerdict(domain: string, dns: DnsResolver, cacheSeconds: number): Promise<SenderDomainVerdict> {
  const now = Date.now();
  const hit = kept.get(domain);
  if (hit && hit.until > now) return hit.verdict;
  const verdict = await senderDomainVerdict(domain, dns);
  if (verdict !== 'dns-error' && cacheSeconds > 0) {
    if (kept.size >= MAX_ANSWERS) kept.clear();
    kept.set(domain, { verdict, until: now + cacheSeconds * 1000 });
  }
  return verdict;
}

/**
 * The domain to look up for an envelope sender, in ASCII, or null: bounces have no sender, our own
 * domains are the spoofing check's business, an address literal is no domain, and a trusted
 * client's mail is not judged.
 */
export function domainToCheck(mailFrom: string, trusted: boolean, localDomains: readonly string[]): string | null {
  const sender = mailFrom.trim().toLowerCase();
  if (!sender.includes('@') || trusted || isLocalDomain(localDomains, sender)) return null;
  // an internationalised domain (SMTPUTF8) is looked up in its ASCII form
  const domain = domainToASCII(sender.slice(sender.lastIndexOf('@') + 1).replace(/\.$/, ''));
  return domain.includes('.') && !domain.startsWith('[') ? domain : null;
}

export const senderDomainCheck: Check<'data', SenderDomainOptions> = {
  name: 'sender-domain',
  phase: 'data',
  symbols: ['SENDER_DOMAIN_UNKNOWN', 'SENDER_NO_MAIL_HOST', 'SENDER_NULL_MX'],
  options: senderDomainOptionsSchema,
  directions: ['inbound'],
  // MX, then A and AAAA together: two DNS timeouts (dns.timeoutMs) at most, and then some
  timeoutMs: 5000,
  async run(ctx, { options, config, log }) {
    const domain = domainToCheck(ctx.envelope.mailFrom, ctx.session.trusted, config.smtp.localDomains);
    if (!domain) return [];
    const verdict = await cachedVerdict(domain, createResolver(config.dns), options.cacheSeconds);
    if (verdict === 'dns-error') log.debug({ domain }, 'sender domain: DNS failed, nothing scored');
    const s = SYMBOL[verdict];
    return s ? [{ symbol: s.symbol, detail: `${domain} ${s.detail}` }] : [];
  },
};

export default senderDomainCheck;
