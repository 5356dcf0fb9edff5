// Can the sender's domain receive mail at all? Postfix admins know this as
// reject_unknown_sender_domain: a domain that does not exist, that has neither MX nor address
// records, whose mail hosts (MX) have no address, or that declares with a null MX (RFC 7505,
// "MX 0 .") that it handles no mail, cannot take a reply or a bounce. Honest mail comes from domains
// that can; spam with a made-up or a long-dead sender domain does not. Scored, not refused: a weight
// that adds to the other signals.
// Both senders are asked: the envelope's (where bounces go) and the From header's (where the reader
// replies, and all a bounce names). Spam sent through a real bulk service carries the service's
// honest envelope domain and a made-up From domain; the reader sees only the latter.
// DNS failures (SERVFAIL, timeouts) say nothing about the domain and score nothing. Answers are
// kept a few minutes per process: a wave from one domain asks once.
import { domainToASCII } from 'node:url';
import { z } from 'zod';
import { createResolver, isNegative, type DnsResolver } from '../../dns/index.ts';
import { isLocalDomain } from '../../mail/address.ts';
import { addressOf } from './known-sender.ts';
import type { Check } from '../types.ts';

export const senderDomainOptionsSchema = z.strictObject({
  /** how long a domain's answer is kept, seconds */
  cacheSeconds: z.number().int().min(0).default(300),
  /** also ask the From header's domain (the envelope sender's is always asked) */
  fromHeader: z.boolean().default(true),
});
export type SenderDomainOptions = z.infer<typeof senderDomainOptionsSchema>;

export type SenderDomainVerdict = 'ok' | 'unknown' | 'no-mail-host' | 'mx-no-address' | 'null-mx' | 'dns-error';

const SYMBOL: Partial<Record<SenderDomainVerdict, { symbol: string; detail: string }>> = {
  unknown: { symbol: 'SENDER_DOMAIN_UNKNOWN', detail: 'does not exist (NXDOMAIN)' },
  'no-mail-host': { symbol: 'SENDER_NO_MAIL_HOST', detail: 'has no MX, A or AAAA record' },
  'mx-no-address': { symbol: 'SENDER_NO_MAIL_HOST', detail: 'has mail hosts (MX) without an address' },
  'null-mx': { symbol: 'SENDER_NULL_MX', detail: 'declares that it handles no mail (null MX)' },
};

const codeOf = (err: unknown): string => (err as { code?: string }).code ?? '';

/** Whether a domain can receive mail, by its MX records and else its address records (RFC 5321 5.1). */
export async function senderDomainVerdict(domain: string, dns: Pick<DnsResolver, 'resolveMx' | 'mailauth'>): Promise<SenderDomainVerdict> {
  try {
    const mx = await dns.resolveMx(domain);
    if (mx.length === 1 && (mx[0]!.exchange === '' || mx[0]!.exchange === '.')) return 'null-mx';
    if (mx.length) return mailHostsVerdict(mx, dns);
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

/** MX hosts asked for an address, the most preferred first: a domain with a working one is fine */
const MX_HOSTS_ASKED = 3;
const IPV4_LITERAL_RE = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/**
 * Whether any of a domain's mail hosts has an address. An MX naming a host that does not exist or
 * has no A/AAAA record cannot take mail (a made-up domain pointed at a made-up host, or a dead one
 * whose mail host is gone); only definite answers count, a failure says nothing.
 */
async function mailHostsVerdict(mx: ReadonlyArray<{ exchange: string; priority: number }>, dns: Pick<DnsResolver, 'mailauth'>): Promise<SenderDomainVerdict> {
  const hosts = [...mx].sort((a, b) => a.priority - b.priority).map((m) => m.exchange.replace(/\.$/, '')).filter(Boolean).slice(0, MX_HOSTS_ASKED);
  // an address written as the host name is wrong (RFC 5321 5.1) yet some mailers deliver to it: not judged
  if (!hosts.length || hosts.some((h) => IPV4_LITERAL_RE.test(h))) return 'ok';
  // all hosts and both address types at once: one DNS timeout at most
  const answers = await Promise.allSettled(hosts.flatMap((host) => ['A', 'AAAA'].map((type) => dns.mailauth(host, type))));
  if (answers.some((a) => a.status === 'fulfilled' && a.value.length)) return 'ok';
  return answers.every((a) => a.status === 'fulfilled' || isNegative(a.reason)) ? 'mx-no-address' : 'dns-error';
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
 * The domain to look up for a sender address (envelope or From), in ASCII, or null: bounces have no
 * sender, our own domains are the spoofing check's business, an address literal is no domain, and a
 * trusted client's mail is not judged.
 */
export function domainToCheck(address: string, trusted: boolean, localDomains: readonly string[]): string | null {
  const sender = address.trim().toLowerCase();
  if (!sender.includes('@') || trusted || isLocalDomain(localDomains, sender)) return null;
  // an internationalised domain (SMTPUTF8) is looked up in its ASCII form
  const domain = domainToASCII(sender.slice(sender.lastIndexOf('@') + 1).replace(/\.$/, ''));
  return domain.includes('.') && !domain.startsWith('[') ? domain : null;
}

/**
 * Names of private networks' own namespaces (RFC 6762 .local, RFC 8375 home.arpa, ICANN's .internal,
 * and the ones Windows domains and routers have long used). A scanner or an ERP behind a partner's
 * relay writes From: scanner@firma.local, and the relay fixes only the envelope: a misconfiguration,
 * not a made-up sender. Spam invents domains that look real. The envelope sender, which must take
 * bounces, is judged whatever its name.
 */
const PRIVATE_NAMESPACE_RE = /\.(?:local|localdomain|lan|internal|intranet|corp|home|private|home\.arpa)$/;

/** The From header's domain to look up: as for the envelope, but not a private network's name. */
export function fromDomainToCheck(address: string, localDomains: readonly string[]): string | null {
  const domain = domainToCheck(address, false, localDomains);
  return domain && !PRIVATE_NAMESPACE_RE.test(domain) ? domain : null;
}

export const senderDomainCheck: Check<'data', SenderDomainOptions> = {
  name: 'sender-domain',
  phase: 'data',
  symbols: ['SENDER_DOMAIN_UNKNOWN', 'SENDER_NO_MAIL_HOST', 'SENDER_NULL_MX'],
  options: senderDomainOptionsSchema,
  directions: ['inbound'],
  // MX, then A and AAAA together (of the domain, or of its mail hosts): two DNS timeouts
  // (dns.timeoutMs) at most, and then some; the two senders' domains are asked at the same time
  timeoutMs: 5000,
  async run(ctx, { options, config, log }) {
    const { trusted } = ctx.session;
    const { localDomains } = config.smtp;
    const envelope = domainToCheck(ctx.envelope.mailFrom, trusted, localDomains);
    const fromAddress = trusted || !options.fromHeader ? null : addressOf((await ctx.parsed()).from);
    const from = fromAddress ? fromDomainToCheck(fromAddress, localDomains) : null;
    const senders = [
      ...(envelope ? [{ domain: envelope, label: '' }] : []),
      ...(from && from !== envelope ? [{ domain: from, label: 'From: ' }] : []),
    ];
    if (!senders.length) return [];
    const dns = createResolver(config.dns);
    const verdicts = await Promise.all(senders.map((s) => cachedVerdict(s.domain, dns, options.cacheSeconds)));
    // one sign, the envelope's first: a message is not scored twice for one made-up sender
    for (const [i, verdict] of verdicts.entries()) {
      const { domain, label } = senders[i]!;
      if (verdict === 'dns-error') log.debug({ domain }, 'sender domain: DNS failed, nothing scored');
      const s = SYMBOL[verdict];
      if (s) return [{ symbol: s.symbol, detail: `${label}${domain} ${s.detail}` }];
    }
    return [];
  },
};

export default senderDomainCheck;
