// Spam traps (honeypots): addresses no person uses, published only where address harvesters look,
// or mailboxes long gone that now receive nothing but spam. Whoever writes to one is a spammer,
// unless a recipient or the admin trusts the sender. So mail to a trap
//  - is never delivered: SPAMTRAP forces reject. When every recipient is a trap, the sender hears
//    250 as if it were delivered (a refusal would teach the spammer to drop the address) once an
//    admin-only copy is kept like that of rejected mail (the pipeline sets Verdict.silentDiscard);
//  - is learned as spam by the Bayes classifier;
//  - marks its sender for a while: SPAMTRAP_IP on other mail from that IP (an IPv6 sender by its
//    /64, which one host can hop through), SPAMTRAP_FUZZY on near-copies of its text sent to real
//    users (the bulk check's fingerprint; for a message with too little text, its pictures and
//    files: src/fuzzy/files.ts). Both are modest, combine with the other signals, and
//    spare trusted senders, as the bulk symbols do.
// Trap mail that passed DMARC-aligned SPF or DKIM does not mark its IP: that mail answers for its
// domain, and its IP may be a big provider's outbound host that thousands of companies share.
// Bounces and auto-replies to a trap are backscatter: a spammer forged the trap as a sender somewhere
// and an honest server answered. They are dropped like all trap mail, but mark and teach nothing:
// marking would score that server's real mail and every bounce that reads alike.
// A trusted sender (allow-listed, or an authenticated known correspondent) writing to a trap is
// not a spammer but someone with an old address: nothing fires, the message goes on as usual and
// the mail server refuses or delivers the address as it would.
import ipaddr from 'ipaddr.js';
import { z } from 'zod';
import { bayesOptionsOf, learnOptionsFrom } from '../../bayes/options.ts';
import { learnPrepared, prepare } from '../../bayes/learn.ts';
import { fileName, messageFingerprints } from '../../fuzzy/files.ts';
import { isLocalDomain } from '../../mail/address.ts';
import { headerValue } from '../../smtp/message.ts';
import { spamTrapAddressesSchema } from '../../rules/schema.ts';
import type { User } from '../../store/types.ts';
import type { Check, CheckDeps, DataContext, Hit } from '../types.ts';
import { trustedSender } from './bulk.ts';

export const spamtrapOptionsSchema = z.strictObject({
  /** trap addresses (`trap@example.com`) and whole trap domains (`@old.example.com`) */
  addresses: spamTrapAddressesSchema.default([]),
  /** how long an IP that wrote to a trap gets SPAMTRAP_IP on its other mail, seconds; 0 = never */
  ipSeconds: z.number().int().min(0).default(259_200),
  /** how long near-copies of trapped text get SPAMTRAP_FUZZY, seconds; 0 = never */
  fingerprintSeconds: z.number().int().min(0).default(604_800),
  /** fingerprint bands (of 8) that must match trapped mail for SPAMTRAP_FUZZY */
  minBands: z.number().int().min(1).default(2),
  /** learn trapped mail as spam (Bayes) */
  learn: z.boolean().default(true),
});
export type SpamtrapOptions = z.infer<typeof spamtrapOptionsSchema>;

/** What a trap hit leaves in the store (cache keys spamtrap:ip:… and spamtrap:fp:…). */
interface TrapMark { trap: string; at: number }

const matchers = new WeakMap<readonly string[], (recipient: string) => boolean>();

/** Whether a recipient is one of the trap addresses (or in a trap domain); memoised per list. */
export function isTrapAddress(addresses: readonly string[], recipient: string): boolean {
  let m = matchers.get(addresses);
  if (!m) {
    const exact = new Set(addresses.filter((a) => !a.startsWith('@')));
    const domains = new Set(addresses.filter((a) => a.startsWith('@')));
    m = (r) => {
      const address = r.trim().toLowerCase();
      return exact.has(address) || domains.has(address.slice(address.lastIndexOf('@')));
    };
    matchers.set(addresses, m);
  }
  return m(recipient);
}

/**
 * What is wrong with a list of trap addresses: one outside smtp.localDomains catches nothing (the
 * inbound gate refuses its RCPT), and one that a web UI user receives mail at would drop that
 * user's mail. One text per problem, naming the address.
 */
export function trapProblems(addresses: readonly string[], localDomains: readonly string[], users: readonly Pick<User, 'username' | 'addresses' | 'disabled'>[]): string[] {
  const problems: string[] = [];
  for (const a of addresses) {
    if (!isLocalDomain(localDomains, a.startsWith('@') ? `trap${a}` : a)) problems.push(`"${a}" is not in smtp.localDomains: no mail for it reaches the gateway`);
    const owner = users.find((u) => !u.disabled && u.addresses.some((x) => isTrapAddress([a], x)));
    if (owner) problems.push(`"${a}" is where web UI user ${owner.username} gets mail: a trap drops mail unseen`);
  }
  return problems;
}

/** The key an IP is marked under: IPv4 as is, IPv6 by its /64. */
export function trapIpKey(ip: string): string {
  try {
    const a = ipaddr.process(ip);
    if (a.kind() === 'ipv4') return a.toString();
    return `${ipaddr.IPv6.networkAddressFromCIDR(`${a.toString()}/64`).toString()}/64`;
  } catch {
    return ip;
  }
}

function readMark(value: string | null): TrapMark | null {
  if (!value) return null;
  try {
    const m = JSON.parse(value) as TrapMark;
    return typeof m.trap === 'string' && typeof m.at === 'number' ? m : null;
  } catch {
    return null;
  }
}

const when = (at: number): string => new Date(at).toISOString().slice(0, 16).replace('T', ' ');

async function authenticatedDomain(ctx: DataContext): Promise<string | null> {
  try {
    return (await ctx.auth()).authenticatedDomain;
  } catch {
    return null;
  }
}

/** A bounce (null sender) or an automatic reply (RFC 3834 Auto-Submitted, or the older X-Autoreply family). */
export function isAutomaticReply(raw: Buffer, mailFrom: string): boolean {
  if (mailFrom === '') return true;
  const auto = headerValue(raw, 'auto-submitted').trim().toLowerCase();
  if (auto && auto !== 'no') return true;
  return Boolean(headerValue(raw, 'x-autoreply') || headerValue(raw, 'x-autorespond'));
}

/** Marks the sender and the text of a trapped message, and learns it as spam (in the background). */
async function markTrapped(ctx: DataContext, hashes: readonly string[], trap: string, deps: CheckDeps<SpamtrapOptions>): Promise<void> {
  const { options, store, log, config, rules } = deps;
  const mark = JSON.stringify({ trap, at: Date.now() } satisfies TrapMark);
  const writes: Array<Promise<void>> = [];
  if (options.ipSeconds && !ctx.session.trusted && !(await authenticatedDomain(ctx))) {
    writes.push(store.cache.set(`spamtrap:ip:${trapIpKey(ctx.session.clientIp)}`, mark, options.ipSeconds));
  }
  if (options.fingerprintSeconds) for (const h of hashes) writes.push(store.cache.set(`spamtrap:fp:${h}`, mark, options.fingerprintSeconds));
  await Promise.all(writes);
  if (options.learn) {
    const bayes = bayesOptionsOf(rules?.checks ?? {});
    // off the reply path, as autolearn: learning never delays or fails the transaction
    void ctx.parsed()
      .then(async (view) => learnPrepared(store, await prepare(view, learnOptionsFrom(bayes)), 'spam', learnOptionsFrom(bayes, config.bayes.maxTokens)))
      .then((r) => log.debug({ trap, changed: r.changed }, 'spam trap mail learned as spam'))
      .catch((err: Error) => log.warn({ err: { message: err.message } }, 'could not learn spam trap mail'));
  }
}

export const spamtrapCheck: Check<'data', SpamtrapOptions> = {
  name: 'spamtrap',
  phase: 'data',
  symbols: ['SPAMTRAP', 'SPAMTRAP_IP', 'SPAMTRAP_FUZZY'],
  options: spamtrapOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    const { options, store, log } = deps;
    const trapped = ctx.envelope.recipients.filter((r) => isTrapAddress(options.addresses, r)).map((r) => r.toLowerCase());
    // the text's bands, or the files of a message with too little text (an image spam)
    const { hashes, files } = options.fingerprintSeconds ? messageFingerprints(await ctx.parsed()) : { hashes: [], files: [] };
    const [ipMark, bandMarks] = await Promise.all([
      options.ipSeconds ? store.cache.get(`spamtrap:ip:${trapIpKey(ctx.session.clientIp)}`).then(readMark) : null,
      Promise.all(hashes.map(async (h) => readMark(await store.cache.get(`spamtrap:fp:${h}`)))),
    ]);
    const matched = bandMarks.filter((m): m is TrapMark => m !== null);
    const fuzzy = matched.length > 0 && (files.length > 0 || matched.length >= Math.min(options.minBands, hashes.length));
    if (!trapped.length && !ipMark && !fuzzy) return [];
    const trusted = await trustedSender(ctx, store);
    if (trusted) {
      log.debug({ trapped, ipMark, fuzzy, trusted }, 'spam trap signs on mail from a trusted sender: not marked');
      return [];
    }
    const hits: Hit[] = [];
    if (trapped.length) hits.push({ symbol: 'SPAMTRAP', detail: `to spam trap ${trapped.join(', ')}` });
    if (ipMark) hits.push({ symbol: 'SPAMTRAP_IP', detail: `${ctx.session.clientIp} wrote to spam trap ${ipMark.trap} at ${when(ipMark.at)} UTC` });
    if (fuzzy) {
      const latest = matched.reduce((a, b) => (b.at > a.at ? b : a));
      const file = files.find((_, i) => bandMarks[i] !== null);
      hits.push(file
        ? { symbol: 'SPAMTRAP_FUZZY', detail: `the file ${fileName(file)} was in mail to spam trap ${latest.trap} at ${when(latest.at)} UTC` }
        : { symbol: 'SPAMTRAP_FUZZY', weight: matched.length / hashes.length, detail: `${matched.length}/${hashes.length} fingerprint bands match mail to spam trap ${latest.trap} at ${when(latest.at)} UTC` });
    }
    if (trapped.length && !deps.dryRun) {
      if (isAutomaticReply(ctx.raw, ctx.envelope.mailFrom)) log.debug({ trapped }, 'a bounce or auto-reply to a spam trap (backscatter): dropped, nothing marked or learned');
      else await markTrapped(ctx, hashes, trapped[0]!, deps);
    }
    return hits;
  },
};

export default spamtrapCheck;
