// Mail that pretends to come from inside the company (inbound only):
//  - SPOOF_LOCAL_DOMAIN: From or the envelope sender is one of our own domains (smtp.localDomains),
//    yet the mail comes from outside without SPF pass or a DKIM signature for that domain. Our own
//    mail reaches the backend directly or leaves through the outbound gateway; from the internet it
//    only arrives forged, or through a mailing list that reflects a colleague's post (List-Id:
//    `mailingListFactor` of the weight). DMARC catches this only when the company publishes p=reject.
//  - SPOOF_DISPLAY_NAME: the display name shows an e-mail address of another organisation than the
//    one the mail is from: "service@paypal.com" <x@evil.example>.
//  - SPOOF_DISPLAY_LOCAL_DOMAIN: the display name shows one of our own domains as a word, not in an
//    address ("Quarantine - example.com", "Администратор почты examplegroup.eu", "example.com
//    Voicemail"), and the mail comes from outside, no mailing list: our own mail system's notices
//    (the quarantine digest, the full mailbox, the voice message) dressed as ours. Our gateway and
//    mail server send those from our domains. Full weight when a link to somewhere not ours carries
//    the recipient's address (as written, URL-encoded or in base64: the login page that greets its
//    victim); three fifths otherwise (our web site's contact form hosted elsewhere may name us so).
//  - IMPERSONATE_LOCAL_NAME: the display name is one our users send with (learned from outbound
//    mail), on an outside address that nobody it was sent to (nor the colleague) has written to:
//    "Anna Schmidt" <anna.schmidt.ceo@gmail.com>, the pattern of CEO fraud. Services that name the
//    colleague who acted ("Anna Schmidt" <notifications@github.com>, SharePoint, Jira, Zoom) send
//    from an authenticated no-reply address (not free mail) with no Reply-To elsewhere, or with the
//    named colleague's own address as Reply-To (SharePoint's "shared a file with you"): those count
//    `serviceFactor`.
//  - IMPERSONATE_COMPANY_NAME: the display name names our company ("Example Group HR via Docusign")
//    and replies go to free mail or elsewhere, or it signs as the company (a department's or a group
//    word) from free mail; or a free-mail sender or Reply-To wears our name and a department's word
//    ("examplegroup.hr.payroll@gmail.com"): the fake HR message sent through a real service.
//  - LOOKALIKE_LOCAL_DOMAIN: the sender's domain imitates one of ours ("examp1e.com", "example-com.net",
//    "example.com.secure-mail.net" for example.com), the way CEO fraud comes when the company's own
//    domain is protected by SPF/DMARC. The look-alike domain is the fraudster's own, so it passes SPF.
//    Or a Microsoft 365 tenant named after us ("examplegroupgmbh.onmicrosoft.com"), free in minutes.
//  - LOOKALIKE_CORRESPONDENT: the sender's domain imitates one our users write to (learned from
//    outbound mail, at least `lookalikeMinCount` messages): "lieferannt.de" for the supplier
//    lieferant.de, the pattern of invoice fraud. Both compare as links are compared, narrowed for
//    senders (src/content/lookalike.ts: a misspelling only under the same suffix…), and neither
//    counts a domain people here write to (`lookalikeMinCount` times) themselves: a partner whose
//    name resembles ours or another partner's.
//  - LOOKALIKE_NAMED_DOMAIN: no correspondent imitated that the gateway knows of, but the sender's
//    domain imitates one the message itself names in its text ("Sandra Maier
//    <s.maier@lieferant-gmhb.de>" signing with "s.maier@lieferant-gmbh.de"): the impostor copied
//    the real supplier's mail, signature and all. Compared as senders are (a misspelling under the
//    same suffix; another suffix is another organisation).
//  - LOOKALIKE_SIGNED_NAME: none of those, but the sender's domain misspells the company name the
//    sender writes with, in the display name or the text ("Księgowość Partner Logistik
//    <ksiegowosc@partner-logistic.pl>" signing "Partner Logistik sp. z o.o."), the way impostors
//    misspell: a letter swapped for one that looks or sounds alike, neighbours swapped, a double
//    letter undone or made (src/content/lookalike.ts, misspeltNameOf). The impostor with no
//    copied mail to quote still signs with the real name. Honest domains differ from their names
//    otherwise: a plural, an abbreviation, a word left out. A domain people here write to is never
//    counted, as above; on its own the symbol stays below every action.
//  - SPOOF_CALENDAR_ORGANIZER: a calendar invitation from outside names one of us as its organiser
//    ("Salary review", organised by hr@example.com, sent from the fraudster's own domain, which
//    passes SPF): the calendar shows the colleague as the one who invites. An attendee outside who
//    forwards or updates one of our meetings sends it back with our organiser too; its UID went out
//    from here (the outbound gateway remembers it: rememberInvitations in reply.ts), so it does not count.
//    An authenticated notification service (a booking tool that invites on a colleague's behalf)
//    counts `serviceFactor`. A meeting that began (CREATED, DTSTART) before the outbound gateway
//    began to remember ours, or any when it never did, counts `unknownMeetingFactor`: it may be
//    one of ours that went out unseen (a weekly meeting set up before mailmoat).
import { z } from 'zod';
import { invitationsOf, type Invitation } from '../../content/calendar.ts';
import { GROUP_WORDS, LookalikeIndex, indexOfList, misspeltNameOf, ourNameImitationOf, withoutLegalForm, type LookalikeMatch } from '../../content/lookalike.ts';
import { stripInvisible } from '../../content/invisible.ts';
import { carriesAddress, imitationOf, linkDomainOf, messageLinks, siteName } from '../../content/links.ts';
import { hostOfUrl, readableHost, withoutMarks } from '../../content/scripts.ts';
import { visibleText } from '../../fuzzy/fingerprint.ts';
import { CERTIFIED_MAIL_NAME, MAIL_RE, addressList, addressParts, addressesIn, inDomains, orgDomain, personNameKeys } from '../../mail/address.ts';
import type { Store } from '../../store/types.ts';
import type { Check, Hit, ParsedMessage } from '../types.ts';
import { sectionOptions } from '../../rules/schema.ts';
import { domainOf, findKnown, isAuthenticatedFor, isFreeMail, knownSenderOptionsSchema, type KnownSenderOptions } from './known-sender.ts';
// phishing imports this module too; its schema is read only when a message is checked
import { qrOptionsOf } from '../../content/qr.ts';
import { shownUrl } from './links.ts';
import { phishingOptionsSchema } from './phishing.ts';
import { invitationsKnownFrom, replyOptionsSchema, sentInvitation } from './reply.ts';

export const spoofingOptionsSchema = z.strictObject({
  /** share of SPOOF_LOCAL_DOMAIN's weight for mail with a List-Id (a list reflecting a colleague's post) */
  mailingListFactor: z.number().min(0).max(1).default(0.5),
  /** a display name learned from outbound mail counts for this many days after its last use (0 = no limit) */
  nameMaxAgeDays: z.number().min(0).default(365),
  /** share of IMPERSONATE_LOCAL_NAME's weight for an authenticated notification address with no Reply-To elsewhere */
  serviceFactor: z.number().min(0).max(1).default(0.25),
  /** share of SPOOF_CALENDAR_ORGANIZER's weight for a meeting that began before the meetings sent from here are known (or when none is: outbound mail does not pass here) */
  unknownMeetingFactor: z.number().min(0).max(1).default(0.5),
  /** local parts of notification addresses, compared without "-", "_", "." and "+tag": noreply, no-reply, do_not_reply… */
  serviceLocalParts: z.array(z.string().min(2)).default(['noreply', 'donotreply', 'notification', 'notify', 'mailer', 'alert', 'jira', 'confluence', 'gitlab', 'driveshares', 'calendar', 'automated']),
  /** a learned correspondent domain counts (is imitated, or is exempt itself) once written to this many times */
  lookalikeMinCount: z.number().int().min(1).default(3),
  /** how often each worker re-reads the correspondent domains from the store (0 = for every message) */
  lookalikeRefreshSeconds: z.number().min(0).default(300),
  /** LOOKALIKE_LOCAL_DOMAIN for our name under another suffix or misspelt there ("example-hr.it" for example.com): a share of its weight */
  otherSuffixFactor: z.number().min(0).max(1).default(0.5),
});
export type SpoofingOptions = z.infer<typeof spoofingOptionsSchema>;

/** SPOOF_DISPLAY_LOCAL_DOMAIN's share of its weight when no link elsewhere carries the recipient's address */
const NO_PERSONAL_LINK_FACTOR = 0.6;
/** links looked at for the recipient's address */
const PERSONAL_LINKS_LOOKED_AT = 200;

/** One of our domains shown as a word in the display name, not inside an address ("Quarantine - example.com"), or null. */
export function localDomainInName(name: string, ours: readonly string[]): string | null {
  const shown = name.toLowerCase().replace(/[^\s<>"'()]*@[^\s<>"'()]*/g, ' ');
  return domainWordPatterns(ours).find(([, pattern]) => pattern.test(shown))?.[0] ?? null;
}

/** Our domains as whole words ("example.com", not "notexample.com" nor "example.com.br"), built once per domain list. */
const domainWords = new WeakMap<readonly string[], Array<[string, RegExp]>>();
function domainWordPatterns(ours: readonly string[]): Array<[string, RegExp]> {
  let patterns = domainWords.get(ours);
  if (!patterns) {
    patterns = ours.map((d) => d.replace(/^\./, '').toLowerCase()).map((d) => [d, new RegExp(`(?<![\\p{L}\\p{N}.@-])${d.replace(/\./g, '\\.')}(?![\\p{L}\\p{N}-]|\\.[\\p{L}\\p{N}])`, 'u')]);
    domainWords.set(ours, patterns);
  }
  return patterns;
}

/** An address of another organisation than the sender's, shown in the display name, or null. */
export function foreignAddressInName(from: { name: string; domain: string }): string | null {
  const fromOrg = orgDomain(from.domain);
  return addressesIn(from.name).find((a) => orgDomain(a.slice(a.lastIndexOf('@') + 1)) !== fromOrg) ?? null;
}

/**
 * The web address the whole display name is, when the sender's domain imitates it: "gov.gr"
 * <no-reply@gov-gr-kliseis.com>, "paypal.com" <service@paypal-com.example>. A shop's newsletter
 * sent by its mailing service ("Shop.de" <news@mailer.example>) only names another site.
 */
export function imitatedSiteInName(from: { name: string; domain: string }): string | null {
  const name = from.name.trim().toLowerCase().replace(/^www\./, '');
  if (!/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/.test(name)) return null;
  // a government's own suffix is the site it shows ("gov.gr", "gov.pl")
  const site = linkDomainOf(name) ?? name;
  return site !== orgDomain(from.domain) && imitationOf(site, from.domain) ? site : null;
}

const squash = (s: string): string => s.toLowerCase().replace(/\+.*$/, '').replace(/[-_.]/g, '');

/** Whether the address's local part is a notification sender's ("no-reply", "notifications+abc", "drive-shares-dm-noreply"…). */
export function isServiceAddress(address: string, localParts: readonly string[]): boolean {
  const local = squash(address.slice(0, address.lastIndexOf('@')));
  return localParts.some((p) => local.startsWith(squash(p)) || local.endsWith(squash(p)));
}

/** The correspondents index of a store, rebuilt in the background when older than `refreshMs`. */
const correspondentCache = new WeakMap<Store, { key: string; at: number; index: Promise<{ domains: string; index: LookalikeIndex }> }>();

/**
 * The domains our users write to (learned from outbound mail), as a look-alike index; free-mail
 * providers are not organisations. Read again after `refreshMs`; the index is rebuilt only when
 * the list changed (20 000 domains take about 0.2 s, bench/lookalike.ts).
 */
export async function correspondentIndex(store: Store, known: Pick<KnownSenderOptions, 'maxAgeDays' | 'noDomainBonus'>, minCount: number, refreshMs: number, now = Date.now()): Promise<LookalikeIndex> {
  const key = `${known.maxAgeDays}:${minCount}:${known.noDomainBonus.join(',')}`;
  const cached = correspondentCache.get(store);
  const current = cached?.key === key ? cached : undefined;
  if (current && now - current.at < refreshMs) return (await current.index).index;
  const freemail = new Set(known.noDomainBonus.map((d) => d.toLowerCase()));
  const minSeen = known.maxAgeDays > 0 ? now - known.maxAgeDays * 86_400_000 : 0;
  const next = store.known.domains(minSeen, minCount).then(async (ds) => {
    const domains = ds.map((d) => d.domain).filter((d) => !freemail.has(d)).sort().join('\n');
    const previous = current ? await current.index.catch(() => null) : null;
    return previous?.domains === domains ? previous : { domains, index: new LookalikeIndex(domains ? domains.split('\n') : []) };
  });
  correspondentCache.set(store, { key, at: now, index: next });
  next.catch(() => { if (correspondentCache.get(store)?.index === next) correspondentCache.delete(store); });
  // a stale index answers while the new one is read: no message waits for a refresh
  return (await (current && refreshMs > 0 ? current.index : next)).index;
}

const describeMatch = (m: LookalikeMatch): string => `${readableHost(m.site)} (${m.why})`;

/** the iTIP methods that put an event in the calendar or take it out ('' : a bare .ics file) */
const ORGANIZER_METHODS = new Set(['REQUEST', 'PUBLISH', 'ADD', 'CANCEL', '']);

/**
 * The first invitation that names one of us as its organiser although it came from outside and is
 * no event of ours (none went out from here with its UID: an attendee who forwards or updates our
 * meeting sends it back as it was); null when there is none. Answers (REPLY, COUNTER) name our
 * organiser by nature and are not judged.
 */
async function forgedOrganizer(attachments: Parameters<typeof invitationsOf>[0], ours: readonly string[], store: Store): Promise<Invitation | null> {
  for (const invitation of invitationsOf(attachments)) {
    const { organizer, method, uid } = invitation;
    if (!ORGANIZER_METHODS.has(method) || !organizer.includes('@') || !inDomains(organizer.slice(organizer.lastIndexOf('@') + 1), ours)) continue;
    if (!(await sentInvitation(store, uid))) return invitation;
  }
  return null;
}

export const spoofingCheck: Check<'data', SpoofingOptions> = {
  name: 'spoofing',
  phase: 'data',
  symbols: ['SPOOF_LOCAL_DOMAIN', 'SPOOF_DISPLAY_NAME', 'SPOOF_DISPLAY_LOCAL_DOMAIN', 'IMPERSONATE_LOCAL_NAME', 'LOOKALIKE_LOCAL_DOMAIN', 'LOOKALIKE_LOCAL_ADDRESS', 'LOOKALIKE_CORRESPONDENT', 'LOOKALIKE_NAMED_DOMAIN', 'LOOKALIKE_SIGNED_NAME', 'SPOOF_CALENDAR_ORGANIZER', 'IMPERSONATE_COMPANY_NAME'],
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

    // 2. a domain that imitates ours or a correspondent's
    const kOpts = sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema);
    const freemail = new Set(kOpts.noDomainBonus.map((d) => d.toLowerCase()));
    const senders = [...new Map([from.address, ctx.envelope.mailFrom.toLowerCase()]
      .filter((a) => a.includes('@')).map((a) => [a.slice(a.lastIndexOf('@') + 1), a] as const)).entries()]
      .filter(([domain]) => !inDomains(domain, ours) && !freemail.has(domain));
    const correspondents = await correspondentIndex(deps.store, kOpts, deps.options.lookalikeMinCount, deps.options.lookalikeRefreshSeconds * 1000);
    const own = new Set(sectionOptions(deps.rules?.checks, 'phishing', phishingOptionsSchema).ownSites);
    let senderLookalike = false;
    if (senders.length) {
      const where = (a: string): string => (a === from.address ? `From ${a}` : a.startsWith('Reply-To ') ? a : `sender ${a}`);
      // a domain people here write to is a partner, whatever its name resembles
      const strangers = senders.filter(([domain]) => !correspondents.has(domain));
      const candidates = strangers.filter(([domain]) => !inDomains(domain, [...own]));
      const local = candidates.map(([domain, a]) => ({ a, m: indexOfList(ours).find(domain) })).find((x) => x.m);
      // our name under another suffix or with a group word ("example-hr.it", "examplegroup-board.com"
      // for example.com): what CEO fraud and fake internal notices register; a share of the weight,
      // since another company may share a word of our name, and our own group's site may send too
      const abroad = local ? undefined : candidates.map(([domain, a]) => ({ a, m: indexOfList(ours, ourNameImitationOf).find(domain) })).find((x) => x.m);
      // or a Microsoft 365 tenant named after us ("examplegroupgmbh.onmicrosoft.com"), free to anyone in minutes
      const tenant = local || abroad ? undefined : candidates.map(([domain, a]) => ({ a, t: tenantNamedAfter(domain, ours) })).find((x) => x.t);
      if (local) hits.push({ symbol: 'LOOKALIKE_LOCAL_DOMAIN', detail: `${where(local.a)} imitates our ${describeMatch(local.m!)}` });
      else if (abroad) hits.push({ symbol: 'LOOKALIKE_LOCAL_DOMAIN', weight: deps.options.otherSuffixFactor, detail: `${where(abroad.a)} imitates our ${describeMatch(abroad.m!)}, under another suffix` });
      else if (tenant) {
        hits.push({
          symbol: 'LOOKALIKE_LOCAL_DOMAIN', weight: tenant.t!.exact ? deps.options.otherSuffixFactor : 1,
          detail: `${where(tenant.a)} is a Microsoft 365 tenant named after our ${tenant.t!.domain}${tenant.t!.exact ? ' (our very name: perhaps our own tenant)' : ''}`,
        });
      }
      const other = local || abroad || tenant ? undefined : [...strangers, ...replyAtLookalike(header, senders, { ours, freemail, correspondents })]
        .map(([domain, a]) => ({ a, m: correspondents.find(domain) })).find((x) => x.m);
      if (other) hits.push({ symbol: 'LOOKALIKE_CORRESPONDENT', detail: `${where(other.a)} imitates ${describeMatch(other.m!)}, a correspondent` });
      // or a domain the message itself names (its signature's address, a quoted sender): the
      // impostor writes the real supplier's address under the name, having copied its mail
      const named = local || abroad || other ? undefined : (() => {
        // not the sender's own domain, which its signature names too ("www.juguetesllorens.es" under a quoted
        // "pilar.llorens@juguetes-llorens.es": the seventy-fifth pair), and would stand for itself in the index
        const sendersOwn = new Set(strangers.map(([domain]) => linkDomainOf(domain) ?? domain));
        const index = new LookalikeIndex(namedDomains(view).filter((d) => !inDomains(d, ours) && !freemail.has(d) && !sendersOwn.has(linkDomainOf(d) ?? d)));
        return index.size ? strangers.map(([domain, a]) => ({ a, m: index.find(domain) })).find((x) => x.m) : undefined;
      })();
      if (named) hits.push({ symbol: 'LOOKALIKE_NAMED_DOMAIN', detail: `${where(named.a)} imitates ${describeMatch(named.m!)}, which the message itself names` });
      // or the company name the sender writes with, misspelt in its domain the way impostors misspell
      // ("Księgowość Partner Logistik <ksiegowosc@partner-logistic.pl>" signing "Partner Logistik sp. z o.o.")
      const fromStranger = candidates.some(([, a]) => a === from.address);
      const misspelt = local || abroad || other || named || !fromStranger ? null : misspeltNameOf(from.domain, [from.name, visibleText(view)]);
      if (misspelt) hits.push({ symbol: 'LOOKALIKE_SIGNED_NAME', detail: `From ${from.address} misspells "${misspelt}", the name the sender writes with` });
      senderLookalike = !!(local || abroad);
    }
    // 2b. the sender is no look-alike of ours, but an address the mail carries is: a Cc that sends a
    // reply-all to the impostor, a quoted "From:" of a forged earlier thread
    const carried = senderLookalike ? null : lookalikeAddressOf(view, header, { ours, own, freemail, correspondents });
    if (carried) {
      // under another suffix another company may share a word of our name; not a colleague's name
      // too, nor replies asked for there by a sender of another organisation (a Docusign envelope
      // from "Example Group HR" whose replies go to examplegroup-people.com): a company sharing our
      // name's word writes from its own domain
      const colleague = carried.abroad && carried.name !== '' && (await colleaguesNamed(carried.name, deps.store, deps.options.nameMaxAgeDays)).length > 0;
      const repliesAway = carried.abroad && carried.where === 'Reply-To' && orgDomain(domainOf(carried.address)) !== orgDomain(from.domain);
      hits.push({
        symbol: 'LOOKALIKE_LOCAL_ADDRESS',
        weight: carried.abroad && !colleague && !repliesAway ? deps.options.otherSuffixFactor : 1,
        detail: `${carried.where} ${carried.name ? `"${carried.name.replace(/[\p{Cc}\p{Cf}]/gu, '?')}" ` : ''}${carried.address} imitates our ${describeMatch(carried.m)}${carried.abroad ? ', under another suffix' : ''}${colleague ? ', with a colleague\'s name' : ''}${repliesAway ? `, replies asked for there by ${from.domain}` : ''}`,
      });
    }
    // a notification service acting for a colleague (GitHub naming who acted, a booking tool
    // inviting for one): an authenticated no-reply address, not free mail, that asks for no replies elsewhere
    const replyTo = addressParts(header('reply-to') ?? '');
    const repliesElsewhere = replyTo.domain !== '' && orgDomain(replyTo.domain) !== orgDomain(from.domain);
    /** a notification service's address; `answeredHere`: replies go to whom it names, not elsewhere */
    const isService = async (answeredHere = false): Promise<boolean> => from.address.includes('@') && (!repliesElsewhere || answeredHere) && isServiceAddress(from.address, deps.options.serviceLocalParts)
      // free-mail accounts are never services: anyone can open "anna.noreply@gmail.com"
      && !isFreeMail(from.domain, kOpts) && isAuthenticatedFor(from.address, await ctx.auth());

    // 3. an invitation "organised" by one of us, from outside
    const forgedInvite = inDomains(from.domain, ours) ? null : await forgedOrganizer(view.attachments, ours, deps.store);
    if (forgedInvite) {
      const service = await isService();
      // a meeting that began before the outbound gateway knew ours may be one of ours it never saw
      const knownFrom = await invitationsKnownFrom(deps.store, sectionOptions(deps.rules?.checks, 'reply', replyOptionsSchema));
      const unknowable = knownFrom === null || (forgedInvite.began !== null && forgedInvite.began < knownFrom);
      const day = (t: number): string => new Date(t).toISOString().slice(0, 10);
      const why = knownFrom === null ? '; no meeting sent from here is known (outbound mail has not passed through mailmoat)'
        : unknowable ? `; it began ${day(forgedInvite.began!)}, before the meetings sent from here are known (${day(knownFrom)})` : '';
      hits.push({
        symbol: 'SPOOF_CALENDAR_ORGANIZER',
        weight: (service ? deps.options.serviceFactor : 1) * (unknowable ? deps.options.unknownMeetingFactor : 1),
        detail: `"${forgedInvite.summary.replace(/\s+/g, ' ').slice(0, 80)}" names ${forgedInvite.organizer} as its organiser; sent by ${from.address || ctx.envelope.mailFrom || 'no address'}${service ? ' (a notification service)' : ''}${why}`,
      });
    }
    if (!from.address.includes('@')) return hits;

    // 4. an address of another organisation shown as the name; not Italian certified mail (PEC),
    // whose provider sends as "Per conto di: sender@…" <posta-certificata@provider> with the sender
    // as Reply-To, authenticated for the provider
    const shown = foreignAddressInName(from);
    const certified = shown !== null && CERTIFIED_MAIL_NAME.test(from.name) && replyTo.address === shown.toLowerCase() && isAuthenticatedFor(from.address, await ctx.auth());
    if (shown && !certified) hits.push({ symbol: 'SPOOF_DISPLAY_NAME', detail: `shows ${shown}, is from ${from.address}` });
    const site = shown ? null : imitatedSiteInName(from);
    if (site) hits.push({ symbol: 'SPOOF_DISPLAY_NAME', detail: `shows ${site}, is from ${from.address}, a domain imitating it` });
    const ourDomain = !inDomains(from.domain, ours) && header('list-id') === undefined ? localDomainInName(from.name, ours) : null;
    if (ourDomain) {
      const personal = (await messageLinks(view, PERSONAL_LINKS_LOOKED_AT, qrOptionsOf(deps.rules?.checks))).find(({ url }) => {
        const host = hostOfUrl(url);
        return /^https?:\/\//i.test(url) && host !== null && !inDomains(host, ours) && carriesAddress(url, ctx.envelope.recipients);
      });
      hits.push({
        symbol: 'SPOOF_DISPLAY_LOCAL_DOMAIN', ...(personal ? {} : { weight: NO_PERSONAL_LINK_FACTOR }),
        detail: `"${from.name}" shows our ${ourDomain}, is from ${from.address}${personal ? `; ${shownUrl(personal.url)} carries the recipient's address` : ''}`,
      });
    }

    // 5. a colleague's name on a stranger's address
    if (!inDomains(from.domain, ours)) {
      const colleagues = await colleaguesNamed(from.name, deps.store, deps.options.nameMaxAgeDays);
      if (colleagues.length) {
        // the known-sender check's options decide who counts as a correspondent here too (one rule)
        const internals = [...new Set([...colleagues, ...ctx.envelope.recipients.map((r) => r.toLowerCase())])].slice(0, kOpts.maxRecipients);
        const known = await findKnown(deps.store, internals, [from.address], kOpts);
        const authenticated = isAuthenticatedFor(from.address, await ctx.auth());
        if (!((known.pair || known.domain) && authenticated)) {
          // the service's notification answered by the very colleague it names ("James Whitfield"
          // <no-reply@sharepointonline.com>, Reply-To james.whitfield@example.com: a file shared on our tenant)
          const service = await isService(inDomains(replyTo.domain, ours) && colleagues.includes(replyTo.address.toLowerCase()));
          hits.push({
            symbol: 'IMPERSONATE_LOCAL_NAME',
            weight: service ? deps.options.serviceFactor : 1,
            detail: `"${from.name}" is ${colleagues.join(', ')}; this is from ${from.address}${service ? ' (a notification service)' : ''}${repliesElsewhere ? `, replies go to ${replyTo.address}` : ''}`,
          });
        }
      }
    }

    // 6. our company's name on a stranger's mail that wants the replies at free mail or elsewhere
    const company = inDomains(from.domain, ours) ? null : companyNameIn(from.name, ours);
    const repliesOutside = repliesElsewhere && !inDomains(replyTo.domain, ours);
    const freeMailFrom = isFreeMail(from.domain, kOpts);
    // from free mail itself, the name must sign as the company, not as a person who bears its name
    // ("Example IT-Support", "Example Group"; not "Hans Example")
    const signsAsCompany = (): boolean => namesDepartment(from.name) || nameWords(from.name).some((w) => GROUP_WORD.has(w)) || departmentAddressOf(from.address, ours) !== null;
    if (company && (repliesOutside || (freeMailFrom && signsAsCompany()))) {
      hits.push({
        symbol: 'IMPERSONATE_COMPANY_NAME',
        detail: `"${from.name}" names our ${company}; this is from ${from.address}${repliesOutside ? `, replies go to ${replyTo.address}` : ' (free mail)'}`,
      });
    } else if (company && namesDepartment(from.name) && !(replyTo.domain && inDomains(replyTo.domain, ours))
      && !isServiceAddress(from.address, deps.options.serviceLocalParts)) {
      // signed as one of our departments ("Personalabteilung | Example Group") from a domain no one
      // here has written to: our HR, IT and finance write from our domains; a provider that writes
      // for them is a correspondent, or writes from a notification address ("noreply-hr@" of the
      // payroll portal; forged, SPF tells); our own newsletter through a mailing service wants its
      // replies at our domain
      const internals = [...new Set(ctx.envelope.recipients.map((r) => r.toLowerCase()))].slice(0, kOpts.maxRecipients);
      const known = await findKnown(deps.store, internals, [from.address], kOpts);
      if (!known.pair && !known.domain) {
        hits.push({
          symbol: 'IMPERSONATE_COMPANY_NAME',
          detail: `"${from.name}" signs as our ${company}'s department; this is from ${from.address}, a domain no one here has written to`,
        });
      }
    } else if (!company && !inDomains(from.domain, ours)) {
      // or a free-mail address that wears it with a department's word: the Reply-To
      // examplegroup.hr.payroll@gmail.com of "HR Department via Docusign"
      const worn = [from, replyTo].find((a) => isFreeMail(a.domain, kOpts) && departmentAddressOf(a.address, ours));
      // or a person's free-mail address made up with our name ("d.sokolov.examplegroup@yandex.ru" for
      // "Дмитрий Соколов"): the colleague's "private" address of CEO fraud, when nothing is learned yet
      const personal = worn || !isFreeMail(from.domain, kOpts) ? null : companyBesidePerson(from.address, from.name, ours);
      if (worn) {
        hits.push({
          symbol: 'IMPERSONATE_COMPANY_NAME',
          detail: `${worn === from ? 'the sender' : 'the Reply-To'} ${worn.address} (free mail) wears our ${departmentAddressOf(worn.address, ours)}'s name and a department's`,
        });
      } else if (personal) {
        hits.push({ symbol: 'IMPERSONATE_COMPANY_NAME', detail: `the sender ${from.address} (free mail) wears our ${personal}'s name beside "${from.name}"` });
      }
    }
    return hits;
  },
};

/** The addresses a message's visible text names (a signature's, a quoted thread's), small letters, at most 50. */
export const namedAddresses = (view: ParsedMessage): string[] => addressesNamedIn(visibleText(view));
const addressesNamedIn = (text: string): string[] => [...new Set([...text.matchAll(MAIL_RE)].map((m) => m[0].toLowerCase()))].slice(0, 50);

/** The domains of the addresses and web addresses a message's visible text names ("s.maier@lieferant-gmbh.de", "www.lieferant-gmbh.de"), at most 50. */
function namedDomains(view: ParsedMessage): string[] {
  const text = visibleText(view);
  const domains = addressesNamedIn(text).map((a) => a.slice(a.lastIndexOf('@') + 1));
  for (const m of text.matchAll(/\bwww\.([a-z0-9-]+(?:\.[a-z0-9-]+)+)/gi)) domains.push(m[1]!.toLowerCase());
  return [...new Set(domains)].slice(0, 50);
}

/** a header line quoted in a forwarded or replied message: "From:", "Von:", "Cc:", "От:", "Από:"… */
const QUOTED_HEADER = /^[\s>*]*(?:from|von|de|da|od|от|από|cc|kopie|copia|dw|копия|κοιν)\s*:[^\n]*/gimu;

/**
 * The first address in the Cc or Reply-To header or in a quoted header line of the text whose
 * domain imitates one of ours (as a sender's would, under our suffix; or our name under another,
 * `abroad`), and where it stands; null when none does. Our own sites, free mail and correspondents
 * are no imitation.
 */
function lookalikeAddressOf(view: ParsedMessage, header: (k: string) => string | undefined,
  known: { ours: readonly string[]; own: ReadonlySet<string>; freemail: ReadonlySet<string>; correspondents: LookalikeIndex }): { address: string; name: string; where: string; m: LookalikeMatch; abroad: boolean } | null {
  const places: Array<[string, Array<{ name: string; address: string }>]> = [
    // not To: mail for the company's own other domains (an Italian subsidiary's PEC box) comes here too
    ...(['cc', 'reply-to'] as const).map((k): [string, Array<{ name: string; address: string }>] => [k === 'reply-to' ? 'Reply-To' : 'Cc', addressList(header(k) ?? '')]),
    ['a quoted message has', [...visibleText(view).slice(0, QUOTED_TEXT_CHARS).matchAll(QUOTED_HEADER)].flatMap((m) => addressesIn(m[0]).map((address) => ({ name: '', address })))],
  ];
  for (const [where, entries] of places) {
    for (const { name, address } of entries) {
      const domain = address.slice(address.lastIndexOf('@') + 1);
      if (inDomains(domain, known.ours) || inDomains(domain, [...known.own]) || known.freemail.has(domain) || known.correspondents.has(domain)) continue;
      const m = indexOfList(known.ours).find(domain) ?? null;
      const abroad = m ? null : indexOfList(known.ours, ourNameImitationOf).find(domain);
      if (m || abroad) return { address, name, where, m: (m ?? abroad)!, abroad: !m };
    }
  }
  return null;
}
/** The addresses of the colleagues who send with this display name (learned from outbound mail, used within `maxAgeDays`; 0: no limit), under any of its keys (personNameKeys). */
async function colleaguesNamed(name: string, store: Store, maxAgeDays: number): Promise<string[]> {
  const minSeen = maxAgeDays > 0 ? Date.now() - maxAgeDays * 86_400_000 : 0;
  const found = await Promise.all(personNameKeys(name).map((key) => store.known.namedAs(key)));
  return [...new Set(found.flat().filter((n) => n.lastSeen >= minSeen).map((n) => n.address))];
}

/** text read for quoted header lines: a forged thread quotes them near the top */
const QUOTED_TEXT_CHARS = 20_000;

/** a display name's words as compared: small letters, marks and invisible characters gone */
const nameWords = (name: string): string[] => withoutMarks(stripInvisible(name)).toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
const GROUP_WORD = new Set<string>(GROUP_WORDS);

/**
 * A department's or a role's word in an address's local part ("hr", "payroll", "buchhaltung",
 * "rrhh", "amministrazione", "kadry"), as words of a free-mail address are split.
 */
const DEPARTMENT_WORDS = new Set(['hr', 'payroll', 'personnel', 'recruiting', 'recruitment', 'careers', 'jobs', 'it', 'helpdesk', 'servicedesk', 'support',
  'admin', 'administration', 'sysadmin', 'security', 'finance', 'accounting', 'accounts', 'billing', 'invoices', 'invoice', 'treasury', 'ceo', 'cfo', 'board',
  'management', 'personal', 'personalabteilung', 'lohn', 'gehalt', 'buchhaltung', 'finanz', 'finanzen', 'vorstand', 'geschaeftsfuehrung', 'gf',
  'rrhh', 'nominas', 'nomina', 'contabilidad', 'finanzas', 'administracion', 'amministrazione', 'contabilita', 'paghe', 'personale', 'risorseumane',
  'kadry', 'ksiegowosc', 'place', 'buhgalteria', 'kadri', 'logistika', 'logistik', 'logistica', 'logistyka', 'logistics', 'procurement', 'einkauf', 'acquisti', 'compras', 'zakupy']);

/**
 * A department's name in a display name as people write it, in words ("Recursos Humanos", "Human
 * Resources", "RR. HH.", "Отдел кадров", "Ανθρώπινο Δυναμικό") beside the local parts' words: the
 * seventy-fourth pair's "Recursos Humanos Example Dental" with a salary review's QR code.
 */
const DEPARTMENT_NAME_WORDS = new Set(['humanresources', 'recursoshumanos', 'risorseumane', 'rrhh', 'dzialkadr', 'dzialpersonalny', 'kadr',
  'кадры', 'кадров', 'бухгалтерия', 'отделкадров', 'λογιστηριο', 'μισθοδοσια', 'ανθρωπινοδυναμικο', 'ανθρωπινουδυναμικου', 'τμημαπροσωπικου',
  // a department named as one ("Dpto. Jurídico", "Dział Umów", "Τμήμα Προμηθειών", "Отдел снабжения", "Ufficio acquisti")
  'department', 'dept', 'abteilung', 'departamento', 'dpto', 'ufficio', 'dzial', 'отдел', 'τμημα', 'προμηθειες', 'προμηθειων', 'πληρωμων',
  // a buyer's tenders office and a provider's customer service ("Licitaciones APV" and "Servizio Clienti Legalmail" sending
  // Google Forms that answer to Gmail: the hundred-and-twenty-third and -fourth pairs; "Ufficio Gare", "Тендерный отдел" are
  // named by their "ufficio" and "отдел" above)
  'licitaciones', 'ausschreibungen', 'vergabestelle', 'tenders', 'przetargi', 'διαγωνισμων',
  // and its contracting office ("Puerto de Sagunto - Contratación (a través de Adobe Acrobat Sign)" answering to Gmail: the
  // hundred-and-twenty-seventh pair's NDA "to sign before the tender's papers")
  'contratacion', 'contrataciones', 'appalti', 'vergabe', 'закупки',
  'customerservice', 'customercare', 'kundenservice', 'kundendienst', 'servizioclienti', 'atencionalcliente', 'servicioalcliente', 'obslugaklienta',
  'службаподдержки', 'εξυπηρετησηπελατων']);
/** Whether a display name names a department ("RRHH Nóminas", "Harinera del Turia – Administración", "Dział IT"). */
export function namesDepartment(displayName: string): boolean {
  const words = nameWords(displayName);
  return words.some((w, i) => DEPARTMENT_WORDS.has(w) || DEPARTMENT_NAME_WORDS.has(w) || (i > 0 && DEPARTMENT_NAME_WORDS.has(words[i - 1]! + w)));
}

/** A free-mail address's local part as words: split at punctuation and where letters meet digits ("examplegroup.hr2026" → examplegroup, hr, 2026). */
const localPartWords = (address: string): string[] =>
  address.slice(0, address.lastIndexOf('@')).toLowerCase().split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/).filter(Boolean);

/** words a firm's name joins its words with, left out when the name is compared with an address's local part */
const NAME_JOINERS = new Set(['de', 'del', 'della', 'di', 'da', 'la', 'le', 'el', 'los', 'las', 'y', 'e', 'i', 'and', 'of', 'the', 'der', 'die', 'das', 'und']);

/**
 * Whether a free-mail address's local part is a department of the firm a display name names: a
 * department's word beside the firm's name run together ("compras.eolicamoncayo" for "Eólica del
 * Moncayo", "brambilla.amministrazione" for "Valvole Brambilla"). A person's own address is their
 * name, not a department's word beside their firm's.
 */
export function departmentAddressNamed(address: string, displayName: string): boolean {
  const words = localPartWords(address);
  if (!words.some((w) => DEPARTMENT_WORDS.has(w))) return false;
  const firm = words.filter((w) => !DEPARTMENT_WORDS.has(w) && !/^\d+$/.test(w)).join('');
  const nameWordsOf = nameWords(displayName).filter((w) => !NAME_JOINERS.has(w));
  const name = nameWordsOf.join('');
  // the firm's name run together in the address, or one long word of the name in it ("brambilla" of "Valvole Brambilla")
  return firm.length >= 5 && name.length >= 5 && (name.includes(firm) || nameWordsOf.some((w) => w.length >= 5 && firm.includes(w)));
}

/**
 * Which of our domains a free-mail address's local part wears, beside a department's word
 * ("examplegroup.hr.payroll", "example-buchhaltung"), or null. The department's word is what
 * tells the fraudster's address from a person's: a customer named like the company writes as
 * "hans.bauer", not "bauer.payroll".
 */
export function departmentAddressOf(address: string, ours: readonly string[]): string | null {
  const words = localPartWords(address);
  return words.some((w) => DEPARTMENT_WORDS.has(w)) ? companyNameIn(words.filter((w) => !DEPARTMENT_WORDS.has(w)).join(' '), ours) : null;
}

/**
 * Which of our domains a free-mail address's local part names beside the sender's own name
 * ("d.sokolov.examplegroup" from "Дмитрий Соколов", read in Latin letters), or null. The display
 * name must be a person's, and the company's word none of its words: "hans.example" of "Hans
 * Example" is a man named so, "example.shop" of "x" a shop named like us.
 */
export function companyBesidePerson(address: string, displayName: string, ours: readonly string[]): string | null {
  const person = new Set(personNameKeys(displayName).flatMap((k) => k.split(' ')).filter((w) => w.length >= 3));
  if (!person.size) return null;
  const words = localPartWords(address);
  const rest = words.filter((w) => !person.has(w));
  return rest.length < words.length ? companyNameIn(rest.join(' '), ours) : null;
}

/** the platform whose tenants' own domains lie under one shared name (not in the public-suffix list) */
const TENANT_SUFFIX = /^([a-z0-9-]+)\.(?:mail\.)?onmicrosoft\.com$/;

/**
 * The Reply-To's domain, to be compared with the correspondents' when it is none of the senders',
 * ours, free mail's or a correspondent's own: "Chiara Colombo via Docusign" whose replies go to
 * c.colombo@ferretti-trasporti-spa.com (the real service's envelope, the answers to the impostor).
 * Given as [domain, "Reply-To address"] beside the senders' [domain, address].
 */
function replyAtLookalike(header: (k: string) => string | undefined, senders: ReadonlyArray<readonly [string, string]>,
  known: { ours: readonly string[]; freemail: ReadonlySet<string>; correspondents: { has(domain: string): boolean } }): Array<[string, string]> {
  const replyTo = addressParts(header('reply-to') ?? '');
  const domain = replyTo.domain;
  if (!domain || senders.some(([d]) => d === domain) || inDomains(domain, known.ours) || known.freemail.has(domain) || known.correspondents.has(domain)) return [];
  return [[domain, `Reply-To ${replyTo.address}`]];
}

/**
 * Which of our domains a Microsoft 365 tenant's domain is named after, its legal form left out
 * ("examplegroupgmbh.onmicrosoft.com", "example-group.onmicrosoft.com" for example.com), and whether
 * it is our very name (a company's own tenant bears it), or null. Read as a display name is
 * (companyNameIn), so our name with a group word counts too.
 */
export function tenantNamedAfter(domain: string, ours: readonly string[]): { domain: string; exact: boolean } | null {
  const label = TENANT_SUFFIX.exec(domain.toLowerCase())?.[1];
  return label ? tenantLabelNamedAfter(label, ours) : null;
}

/**
 * The same for a tenant's name alone (a SharePoint host's first label, "examplegroup" of
 * examplegroup-my.sharepoint.com); also with a department's word run onto our name
 * ("examplegroupit", "examplehr"), the "IT help desk" tenant of the Teams vishing calls.
 */
export function tenantLabelNamedAfter(label: string, ours: readonly string[]): { domain: string; exact: boolean } | null {
  // our very name, however short (a company's own tenant bears it)
  const exact = ours.find((d) => siteName(d.replace(/^\./, '')).replace(/-/g, '') === label.replace(/-/g, ''));
  if (exact) return { domain: exact.replace(/^\./, ''), exact: true };
  const name = withoutLegalForm(label);
  const department = [...DEPARTMENT_WORDS].find((w) => name.length > w.length + 4 && name.endsWith(w));
  const named = companyNameIn(name.replace(/-/g, ' '), ours) ?? (department ? companyNameIn(name.slice(0, -department.length).replace(/-/g, ' '), ours) : null);
  return named ? { domain: named, exact: false } : null;
}

/**
 * Which of our domains a display name names (its name of 5 letters or more, as a word, as words
 * written together or with a group word: "Example Group HR" for example.com, "Mueller Bau" for
 * mueller-bau.de), or null.
 */
export function companyNameIn(displayName: string, ours: readonly string[]): string | null {
  const words = nameWords(displayName);
  if (!words.length) return null;
  for (const domain of ours) {
    const name = siteName(domain.replace(/^\./, '')).replace(/-/g, '').toLowerCase();
    if (name.length < 5) continue;
    for (let i = 0; i < words.length; i++) {
      let joined = '';
      for (let j = i; j < Math.min(words.length, i + 3); j++) {
        joined += words[j];
        if (joined === name || (joined.startsWith(name) && GROUP_WORD.has(joined.slice(name.length)))) return domain.replace(/^\./, '');
      }
    }
  }
  return null;
}
