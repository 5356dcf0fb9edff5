// Mail that pretends to come from inside the company (inbound only):
//  - SPOOF_LOCAL_DOMAIN: From or the envelope sender is one of our own domains (smtp.localDomains),
//    yet the mail comes from outside without SPF pass or a DKIM signature for that domain. Our own
//    mail reaches the backend directly or leaves through the outbound gateway; from the internet it
//    only arrives forged, or through a mailing list that reflects a colleague's post (List-Id:
//    `mailingListFactor` of the weight). DMARC catches this only when the company publishes p=reject.
//  - SPOOF_DISPLAY_NAME: the display name shows an e-mail address of another organisation than the
//    one the mail is from: "service@paypal.com" <x@evil.example>.
//  - IMPERSONATE_LOCAL_NAME: the display name is one our users send with (learned from outbound
//    mail), on an outside address that nobody it was sent to (nor the colleague) has written to:
//    "Anna Schmidt" <anna.schmidt.ceo@gmail.com>, the pattern of CEO fraud. Services that name the
//    colleague who acted ("Anna Schmidt" <notifications@github.com>, SharePoint, Jira, Zoom) send
//    from an authenticated no-reply address (not free mail) with no Reply-To elsewhere: those count
//    `serviceFactor`.
import { z } from 'zod';
import { addressParts, addressesIn, inDomains, orgDomain, personNameKey } from '../../mail/address.ts';
import type { Check, Hit } from '../types.ts';
import { sectionOptions } from '../../rules/schema.ts';
import { findKnown, isAuthenticatedFor, knownSenderOptionsSchema } from './known-sender.ts';

export const spoofingOptionsSchema = z.strictObject({
  /** share of SPOOF_LOCAL_DOMAIN's weight for mail with a List-Id (a list reflecting a colleague's post) */
  mailingListFactor: z.number().min(0).max(1).default(0.5),
  /** a display name learned from outbound mail counts for this many days after its last use (0 = no limit) */
  nameMaxAgeDays: z.number().min(0).default(365),
  /** share of IMPERSONATE_LOCAL_NAME's weight for an authenticated notification address with no Reply-To elsewhere */
  serviceFactor: z.number().min(0).max(1).default(0.25),
  /** local parts of notification addresses, compared without "-", "_", "." and "+tag": noreply, no-reply, do_not_reply… */
  serviceLocalParts: z.array(z.string().min(2)).default(['noreply', 'donotreply', 'notification', 'notify', 'mailer', 'alert', 'jira', 'confluence', 'gitlab', 'driveshares', 'calendar', 'automated']),
});
export type SpoofingOptions = z.infer<typeof spoofingOptionsSchema>;

/** An address of another organisation than the sender's, shown in the display name, or null. */
export function foreignAddressInName(from: { name: string; domain: string }): string | null {
  const fromOrg = orgDomain(from.domain);
  return addressesIn(from.name).find((a) => orgDomain(a.slice(a.lastIndexOf('@') + 1)) !== fromOrg) ?? null;
}

const squash = (s: string): string => s.toLowerCase().replace(/\+.*$/, '').replace(/[-_.]/g, '');

/** Whether the address's local part is a notification sender's ("no-reply", "notifications+abc", "drive-shares-dm-noreply"…). */
export function isServiceAddress(address: string, localParts: readonly string[]): boolean {
  const local = squash(address.slice(0, address.lastIndexOf('@')));
  return localParts.some((p) => local.startsWith(squash(p)) || local.endsWith(squash(p)));
}

export const spoofingCheck: Check<'data', SpoofingOptions> = {
  name: 'spoofing',
  phase: 'data',
  symbols: ['SPOOF_LOCAL_DOMAIN', 'SPOOF_DISPLAY_NAME', 'IMPERSONATE_LOCAL_NAME'],
  options: spoofingOptionsSchema,
  directions: ['inbound'],
  timeoutMs: 10000,
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const ours = deps.config.smtp.localDomains;
    const view = await ctx.parsed();
    const header = (k: string): string | undefined => view.headers.find((h) => h.key === k)?.value;
    const from = addressParts(header('from') ?? '');
    const hits: Hit[] = [];

    // 1. our own domain, not authenticated
    const claimed = [...new Set([from.address, ctx.envelope.mailFrom.toLowerCase()])].filter((a) => a.includes('@') && inDomains(a.slice(a.lastIndexOf('@') + 1), ours));
    if (claimed.length) {
      const auth = await ctx.auth();
      const forged = claimed.filter((a) => !isAuthenticatedFor(a, auth));
      if (forged.length) {
        const list = header('list-id') !== undefined;
        const where = forged.map((a) => (a === from.address ? `From ${a}` : `sender ${a}`)).join(', ');
        hits.push({
          symbol: 'SPOOF_LOCAL_DOMAIN',
          weight: list ? deps.options.mailingListFactor : 1,
          detail: `${where}: spf=${auth.spf} dkim=${auth.dkim}${list ? ' (mailing list)' : ''}`,
        });
      }
    }
    if (!from.address.includes('@')) return hits;

    // 2. an address of another organisation shown as the name
    const shown = foreignAddressInName(from);
    if (shown) hits.push({ symbol: 'SPOOF_DISPLAY_NAME', detail: `shows ${shown}, is from ${from.address}` });

    // 3. a colleague's name on a stranger's address
    const nameKey = inDomains(from.domain, ours) ? null : personNameKey(from.name);
    if (nameKey) {
      const minSeen = deps.options.nameMaxAgeDays > 0 ? Date.now() - deps.options.nameMaxAgeDays * 86_400_000 : 0;
      const colleagues = (await deps.store.known.namedAs(nameKey)).filter((n) => n.lastSeen >= minSeen).map((n) => n.address);
      if (colleagues.length) {
        // the known-sender check's options decide who counts as a correspondent here too (one rule)
        const kOpts = sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema);
        const internals = [...new Set([...colleagues, ...ctx.envelope.recipients.map((r) => r.toLowerCase())])].slice(0, kOpts.maxRecipients);
        const known = await findKnown(deps.store, internals, [from.address], kOpts);
        const authenticated = isAuthenticatedFor(from.address, await ctx.auth());
        if (!((known.pair || known.domain) && authenticated)) {
          const replyTo = addressParts(header('reply-to') ?? '');
          const repliesElsewhere = replyTo.domain !== '' && orgDomain(replyTo.domain) !== orgDomain(from.domain);
          // free-mail accounts are never services: anyone can open "anna.noreply@gmail.com"
          const freemail = kOpts.noDomainBonus.some((d) => d.toLowerCase() === from.domain);
          const service = authenticated && !repliesElsewhere && !freemail && isServiceAddress(from.address, deps.options.serviceLocalParts);
          hits.push({
            symbol: 'IMPERSONATE_LOCAL_NAME',
            weight: service ? deps.options.serviceFactor : 1,
            detail: `"${from.name}" is ${colleagues.join(', ')}; this is from ${from.address}${service ? ' (a notification service)' : ''}${repliesElsewhere ? `, replies go to ${replyTo.address}` : ''}`,
          });
        }
      }
    }
    return hits;
  },
};
