// Mail that sends the reader's click or reply somewhere else than it shows (inbound only):
//  - PHISHING_LINK: an HTML link whose text is a web address and whose target imitates it: the
//    shown site's name inside a foreign domain ("www.paypal.com.evil.example", or before an "@"),
//    the name with a word hyphenated to it ("paypal-secure.example"), a misspelling ("paypa1.com"),
//    or a bare IP address (src/content/links.ts `deceptiveLink`); directly, through a redirector,
//    or behind a short link (src/content/short-links.ts). A target that is merely another
//    site is not counted: that is every newsletter's click tracking. Nor is mail authenticated
//    (SPF or DKIM) for the shown site: its owner may link to its own other domains.
//  - PHISHING_FORM: the message's own HTML holds a form with a password field: the login page in
//    the mail itself (clients that show forms let the reader type into it and send it).
//  - LINK_LOOKALIKE_LOCAL: a link (HTML or written in the text, a redirector's or a short link's target) leads to
//    a domain that imitates one of ours ("example.com.owa-login.net", "examp1e.com",
//    "example-webmail.net", "auth-examplegroup.com" for example.com; not "examplegroup.es", the
//    group's own site): the company's own webmail or VPN login, imitated to
//    collect passwords. Compared as PHISHING_LINK compares (there with the one shown site, here
//    with our few domains), except for a domain that is the sender's own (authenticated) or one
//    people here write to: a partner whose name resembles ours links to its own site; and our own
//    sites that are no mail domains (`ownSites`: "example-gruppe.de", linked from a job board).
//  - REPLYTO_LOOKALIKE: replies go to a domain that imitates the sender's ("accounts@supplier.de",
//    Reply-To: accounts@supp1ier.de or supplier-de.com), when the mail is not authenticated for
//    its From domain: a fraudster who forged a supplier's address and wants the answer himself. Also
//    the sender's very name under another suffix (ferretti-trasporti.it, Reply-To ferretti-trasporti.com).
//  - REPLYTO_FREEMAIL: replies go to a free-mail account, not to the organisation in From
//    ("accounts@supplier.example", Reply-To: supplier.payments@gmail.com), the pattern of invoice
//    fraud and advance-fee mail. Not counted for mailing lists (they rewrite From and keep the
//    poster in Reply-To), for mail from our own domains (the web site's contact form answers the
//    visitor; a forged one is SPOOF_LOCAL_DOMAIN's), nor when a recipient has written to that
//    Reply-To address. The free-mail domains are the known-sender check's `noDomainBonus`. Form
//    and booking services (Typeform, JotForm, Calendly) send a visitor's message from their
//    authenticated no-reply address with the visitor's free-mail address as Reply-To: those count
//    `serviceFactor` (the spoofing check's `serviceLocalParts` name such addresses).
//  - MEETING_LINK_ELSEWHERE: the text (or an invitation's description) carries a Microsoft Teams or
//    Zoom meeting's block, its meeting ID in the service's grouping ("Besprechungs-ID: 364 118 902
//    517", "Meeting ID: 812 3456 7890"), yet no link or address in the message leads to the
//    service, and a link leads elsewhere: the "salary review" invitation whose "join" button opens a
//    sign-in page. A real invitation links to the service (through a security gateway's rewriting
//    too: the service's address is looked for anywhere in the links); not mail authenticated for
//    the service itself: three fifths of the weight, as a forward may have lost the join link. In
//    full for a link with Teams' own join path ("/l/meetup-join/…") on another host.
//  - LINK_FILE_AS_PAGE: an HTML link whose text is a document's file name ("AB_4500012873_rev2.pdf",
//    "📄 CMR_DDT_1704_firmati.pdf", "Revised_Rates_Q1_2027.xlsx") opens a web page
//    (".../AB_4500012873_rev2.html", ".../index.html", an ".svg") on a site that is neither the
//    sender's nor ours: the hijacked partner's "document" that is a sign-in page on a bucket, a
//    Worker or a hacked WordPress site. A document portal serves its files through a script
//    ("download.php?file=…", ".aspx") or under the file's own name; a static page named as a file
//    is the phishing kit's.
import { z } from 'zod';
import { passwordForm } from '../../content/attachments.ts';
import { readerTexts } from '../../content/document-text.ts';
import { comparableText } from '../../content/phrases.ts';
import { anchors, deceptiveLink, imitationOf, linkDomainOf, siteName, type Anchor } from '../../content/links.ts';
import { indexOfList, ourNameLinkImitationOf } from '../../content/lookalike.ts';
import { linkSites, placesOf, shortLinksOf } from '../../content/short-links.ts';
import { hostOfUrl, readableHost } from '../../content/scripts.ts';
import { addressParts, inDomains, orgDomain } from '../../mail/address.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { Check, Hit, ParsedMessage } from '../types.ts';
import { findKnown, isAuthenticatedFor, isFreeMail, knownSenderOptionsSchema } from './known-sender.ts';
import { correspondentIndex, isServiceAddress, spoofingOptionsSchema } from './spoofing.ts';

export const phishingOptionsSchema = z.strictObject({
  /** links of the HTML part looked at per message */
  maxLinks: z.number().int().min(1).default(200),
  /** share of REPLYTO_FREEMAIL's weight for an authenticated notification address (a form or booking service passing on a visitor's message) */
  serviceFactor: z.number().min(0).max(1).default(0.25),
  /** the company's own web sites that are not mail domains (careers, shop, group site: "example-gruppe.de"); never LINK_LOOKALIKE_LOCAL */
  ownSites: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'a domain, e.g. example-gruppe.de')).default([]),
});
export type PhishingOptions = z.infer<typeof phishingOptionsSchema>;

/**
 * The meeting services whose invitation block is recognised: the meeting ID as the service writes
 * it after its label in the offices' languages (as comparableText reads: no accents, small
 * letters), the service's name, and the hosts its join links are on.
 */
const MEETING_ID_LABEL = String.raw`(?:meeting id|meeting-id|besprechungs-id|id (?:della )?riunione|id de (?:la )?reunion|identyfikator spotkania|идентификатор (?:собрания|конференции)|αναγνωριστικο (?:συσκεψης|συναντησης))\s*:?\s*`;
const MEETING_SERVICES = [
  { name: 'Microsoft Teams', named: /microsoft teams|teams-besprechung/, id: new RegExp(`${MEETING_ID_LABEL}\\d{3} \\d{3} \\d{3} \\d{2,3}`), hosts: ['teams.microsoft.com', 'teams.live.com', 'teams.microsoft.us'], domains: ['microsoft.com', 'office.com', 'live.com'] },
  { name: 'Zoom', named: /\bzoom\b/, id: new RegExp(`${MEETING_ID_LABEL}\\d{3} \\d{3,4} \\d{3,4}`), hosts: ['zoom.us', 'zoom.com', 'zoomgov.com'], domains: ['zoom.us', 'zoom.com', 'zoomgov.com'] },
];

/** MEETING_LINK_ELSEWHERE's share of its weight for a meeting block alone (no forged join link) */
const BLOCK_ONLY_FACTOR = 0.6;
/** Teams' own join path ("/l/meetup-join/19%3ameeting_…"), which no other site serves */
const TEAMS_JOIN_PATH = /^https?:\/\/[^/?#]+\/l\/meetup-join\//i;

/** A meeting invitation's block whose join links lead away from its service, or a Teams join link on another host, described, or null. */
async function meetingLinkElsewhere(ctx: Parameters<typeof phishingCheck.run>[0], deps: Parameters<typeof phishingCheck.run>[1]): Promise<{ detail: string; weight: number } | null> {
  const view = await ctx.parsed();
  const teams = MEETING_SERVICES[0]!;
  const forgedJoin = (await linkSites(view, deps, deps.options.maxLinks)).find((l) => TEAMS_JOIN_PATH.test(l.url) && !teams.hosts.some((h) => l.host === h || l.host.endsWith(`.${h}`)));
  if (forgedJoin) return { detail: `a Microsoft Teams join link on ${readableHost(forgedJoin.host)}, not on ${teams.hosts[0]}`, weight: 1 };
  const text = (await readerTexts(view)).map((t) => comparableText(t.text)).join('\n');
  const service = MEETING_SERVICES.find((m) => m.id.test(text) && m.named.test(text));
  if (!service) return null;
  const links = await linkSites(view, deps, deps.options.maxLinks);
  // the service's address anywhere: in a link, in a wrapped link's parameters, or written in the text
  const everything = `${links.map((l) => l.url).join(' ')} ${view.html ?? ''} ${text}`.toLowerCase();
  if (service.hosts.some((h) => everything.includes(h))) return null;
  const away = links.find((l) => l.domain && /^https?:\/\//i.test(l.url) && !service.domains.some((d) => l.domain === d));
  if (!away) return null;
  const auth = await ctx.auth();
  if (service.domains.some((d) => isAuthenticatedFor(`postmaster@${d}`, auth))) return null;
  // a block whose own join link was lost on the way (a forward as plain text) is possible, a Teams path elsewhere is not
  return { detail: `a ${service.name} meeting's block, and its links lead to ${readableHost(away.host)}, not to ${service.hosts[0]}`, weight: BLOCK_ONLY_FACTOR };
}

/** The first link that leads to an imitation of one of our domains, described, or null. */
async function lookalikeOfOurs(ctx: Parameters<typeof phishingCheck.run>[0], deps: Parameters<typeof phishingCheck.run>[1]): Promise<string | null> {
  const view = await ctx.parsed();
  // our domains judged as links are (imitationOf), and our name with a group word: there are only a few to compare with
  const ours = indexOfList(deps.config.smtp.localDomains, ourNameLinkImitationOf);
  const seen = new Set<string>();
  for (const { host, domain } of await linkSites(view, deps, deps.options.maxLinks)) {
    if (!domain || seen.has(domain)) continue;
    seen.add(domain);
    if (inDomains(domain, deps.options.ownSites)) continue;
    const match = ours.find(host);
    if (!match) continue;
    // the sender's own site, or a partner people here write to, that happens to resemble our name
    if (isAuthenticatedFor(`postmaster@${domain}`, await ctx.auth())) continue;
    const kOpts = sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema);
    const { lookalikeMinCount, lookalikeRefreshSeconds } = sectionOptions(deps.rules?.checks, 'spoofing', spoofingOptionsSchema);
    if ((await correspondentIndex(deps.store, kOpts, lookalikeMinCount, lookalikeRefreshSeconds * 1000)).has(domain)) continue;
    return `leads to ${readableHost(host)}, imitating our ${readableHost(match.site)} (${match.why})`;
  }
  return null;
}

/** a link's text that is a document's file name, after any icon or bullet before it */
const DOCUMENT_NAME = /^[^\p{L}\p{N}]{0,4}[^\s/\\<>"]{1,120}\.(?:pdf|docx?|xlsx?|xlsm|pptx?|odt|ods|rtf|csv|dwg|dxf|zip|rar|7z|jpe?g|png|tiff?)$/iu;
/** the last segment of a URL's path that names a static web page */
const PAGE_FILE = /\.(?:s?html?|xhtml|svg|hta)$/i;

/** LINK_FILE_AS_PAGE (see above): the first link shown as a document that opens a web page elsewhere, described, or null. */
function fileAsPage(shown: readonly Anchor[], view: ParsedMessage, deps: Parameters<typeof phishingCheck.run>[1]): string | null {
  const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
  const own = from.domain ? orgDomain(from.domain) : null;
  for (const a of shown) {
    if (!DOCUMENT_NAME.test(a.text)) continue;
    let url: URL;
    try { url = new URL(a.href); } catch { continue; }
    if (!/^https?:$/.test(url.protocol) || !PAGE_FILE.test(url.pathname)) continue;
    const host = url.hostname.toLowerCase();
    if ((own !== null && orgDomain(host) === own) || inDomains(host, deps.config.smtp.localDomains)) continue;
    return `"${a.text}" opens ${readableHost(host)}${url.pathname.length > 60 ? url.pathname.slice(0, 60) + '…' : url.pathname}, a web page`;
  }
  return null;
}

export const phishingCheck: Check<'data', PhishingOptions> = {
  name: 'phishing',
  phase: 'data',
  symbols: ['PHISHING_LINK', 'PHISHING_FORM', 'LINK_LOOKALIKE_LOCAL', 'REPLYTO_LOOKALIKE', 'REPLYTO_FREEMAIL', 'MEETING_LINK_ELSEWHERE', 'LINK_FILE_AS_PAGE'],
  options: phishingOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const hits: Hit[] = [];

    // the HTML's links with their texts, read once for PHISHING_LINK and LINK_FILE_AS_PAGE
    const shown = view.html ? anchors(view.html, deps.options.maxLinks) : [];
    if (shown.length) {
      const short = await shortLinksOf(view, deps);
      for (const a of shown) {
        const d = deceptiveLink(a, placesOf(a.href, short).map((p) => p.url));
        // the shown site's owner, authenticated, may link to its own other domains
        // ("www.brandt.de" over brandt-home.de); a phisher cannot authenticate as the site he shows
        if (!d || isAuthenticatedFor(`postmaster@${d.site}`, await ctx.auth())) continue;
        hits.push({ symbol: 'PHISHING_LINK', detail: `shows ${d.shown}, leads to ${d.target} (${d.why})` });
        break;
      }
    }

    const filePage = fileAsPage(shown, view, deps);
    if (filePage) hits.push({ symbol: 'LINK_FILE_AS_PAGE', detail: filePage });

    // a login form in the mail itself: the reader types the password into the message
    const form = view.html ? passwordForm(view.html) : null;
    if (form) hits.push({ symbol: 'PHISHING_FORM', detail: form.action ? `a form asks for a password and sends it to ${readableHost(hostOfUrl(form.action) ?? form.action)}` : 'a form asks for a password' });

    if (deps.config.smtp.localDomains.length) {
      const imitated = await lookalikeOfOurs(ctx, deps);
      if (imitated) hits.push({ symbol: 'LINK_LOOKALIKE_LOCAL', detail: imitated });
    }

    const meeting = await meetingLinkElsewhere(ctx, deps);
    if (meeting) hits.push({ symbol: 'MEETING_LINK_ELSEWHERE', ...meeting });

    const header = (k: string): string | undefined => view.headers.find((h) => h.key === k)?.value;
    const replyTo = addressParts(header('reply-to') ?? '');
    const from = addressParts(header('from') ?? '');
    const fromSite = from.domain ? linkDomainOf(from.domain) : null;
    const replySite = replyTo.domain ? linkDomainOf(replyTo.domain) : null;
    // or the sender's very name under another suffix ("c.colombo@ferretti-trasporti.it", Reply-To c.colombo@ferretti-trasporti.com:
    // the eighty-first pair's hijacked carrier thread), which imitationOf takes for another organisation, as it may be;
    // as the place the answers of an unauthenticated mail go, it is the namesake the fraud registered
    const namesake = fromSite && replySite && replySite !== fromSite && siteName(replySite).length >= 4 && siteName(replySite) === siteName(fromSite)
      ? `the sender's name under another suffix` : null;
    const lookalike = fromSite && replyTo.domain ? imitationOf(fromSite, replyTo.domain) ?? namesake : null;
    // a sender authenticated for its own domain chose that Reply-To itself (a help-desk domain)
    if (lookalike && !isAuthenticatedFor(from.address, await ctx.auth())) {
      hits.push({ symbol: 'REPLYTO_LOOKALIKE', detail: `From ${from.address}, replies go to ${replyTo.address} (${lookalike})` });
    }
    if (replyTo.domain && replyTo.address !== from.address && orgDomain(replyTo.domain) !== orgDomain(from.domain)
      && header('list-id') === undefined && !inDomains(from.domain, deps.config.smtp.localDomains)) {
      const kOpts = sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema);
      if (isFreeMail(replyTo.domain, kOpts)) {
        const recipients = [...new Set(ctx.envelope.recipients.map((r) => r.toLowerCase()))].slice(0, kOpts.maxRecipients);
        const known = await findKnown(deps.store, recipients, [replyTo.address], kOpts);
        if (!known.pair) {
          const { serviceLocalParts } = sectionOptions(deps.rules?.checks, 'spoofing', spoofingOptionsSchema);
          const service = from.address !== '' && isServiceAddress(from.address, serviceLocalParts) && isAuthenticatedFor(from.address, await ctx.auth());
          hits.push({
            symbol: 'REPLYTO_FREEMAIL',
            weight: service ? deps.options.serviceFactor : 1,
            detail: `From ${from.address || '(none)'}, replies go to ${replyTo.address}${service ? ' (a notification service)' : ''}`,
          });
        }
      }
    }
    return hits;
  },
};
