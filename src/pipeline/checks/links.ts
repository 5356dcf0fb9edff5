// The shape of a message's links (inbound), wherever the reader finds them (src/content/links.ts:
// the HTML, the text, attached PDFs, Office documents, web pages, calendar invitations, QR codes):
//  - LINK_IP_ADDRESS: a link to a bare IP address (http://203.0.113.5/login): a site with no name
//    is a compromised machine or a throwaway server; honest senders link to their names.
//  - LINK_IP_OBFUSCATED: the address written so that it does not look like one (http://3405803889/,
//    0xCB.0x00.0x71.0x71, octal 0313.0.0161.0161): browsers still open it; only a filter is meant
//    to miss it.
//  - LINK_USERINFO: a link with a user part before the host (https://user@files.example/):
//    the browser goes to what follows the "@", the reader sees what precedes it.
//  - LINK_USERINFO_HOST: that user part is itself a host name (https://login.microsoftonline.com@evil.example/):
//    no honest link names one site and goes to another; the same trick as a deceptive link text.
//  - LINK_PROGRAM: a link that downloads a program or script by its name (…/Rechnung.exe, .js,
//    .hta, .lnk…, the attachments check's refused types): malware sent as a link instead of an
//    attachment, past the attachment filter.
//  - LINK_IPFS: a page on IPFS (a /ipfs/<CID> path or a <CID>.ipfs. host on any gateway): no one
//    can take it down, which is why phishing kits are published there.
//  - LINK_RISKY_HOST: a host of `riskyHosts` (rules/checks.yaml): tunnels and anonymous publishing
//    services that phishing uses and companies do not send links to (trycloudflare.com, ngrok).
//  - LINK_SCRIPT: a link that runs a script when clicked (javascript:, vbscript:): it builds its
//    destination in the browser ("javascript:location='https://…/'+btoa(address)"), where no URL
//    filter reads it. Mail programs refuse such links; newsletters of 2002 opened pop-ups with them
//    (2 of the SpamAssassin corpus's 250 hard ham), which is why it is not stronger.
//  - LINK_DATA_PAGE: a link that carries a whole web page or file in itself (data:text/html;base64,…,
//    data:application/…): a login page with no site to look up or take down. The details say what
//    the page is (a password form, a smuggler: the attachments check's signs of a phishing page),
//    and its own links and form targets are judged with the message's (src/content/links.ts).
//    Pictures written as data: (inline images of honest HTML mail) are not.
//  - LINK_PERSONAL_PAGE: a link to a bare IP address, a risky host, a WordPress site's files (see
//    LINK_WP_FILES_PAGE) or a free web host (`freeHosts`:
//    azurewebsites.net, netlify.app, github.io, blob storage…) carries the recipient's own address,
//    as written, URL-encoded or in base64 ("…netlify.app/xlsx?u=anna@example.com"): a login page
//    that greets its victim with the name to log in with, published where anyone publishes for
//    free. Newsletters put the address in their links too, on their own or their mailing service's
//    site; a free host is where a company's mail rarely sends its customers. Full weight when the
//    address is in the link's fragment ("…web.core.windows.net/index.html#dUBleGFtcGxlLmNvbQ=="),
//    which no server sees: only the page's script reads it, to fill in the login form; three
//    fifths when it is in the query, where a small site's own unsubscribe link may put it too.
//  - LINK_WP_FILES_PAGE: a link to a web page (a folder, a .php or .html file) inside WordPress's
//    folders for uploads, themes and its own code (/wp-content/uploads/…/index.php,
//    /wp-includes/…/, /wp-admin/css/…/): where phishing kits are dropped on hacked sites, the
//    "e-TOLL" payment page on a guest house's site. A site's own pages are not kept there; its
//    uploaded PDFs and pictures are, and are no page. Plugins' folders are left out: newsletter
//    plugins answer unsubscribe links from there. (SpamAssassin's URI_WP_HACKED reads the same.)
//  - LINK_WP_ARCHIVE: a link to an archive or a disk image (.zip, .rar, .7z, .iso, .img…) inside
//    those folders: the law firm's "case file" ZIP in /wp-content/uploads/2026/12/, malware dropped
//    on a hacked site and linked instead of attached, past the attachment scanner. A site shares
//    its brochures and pictures from there, not archives in mail.
//  - LINK_ARCHIVE_PASSWORD: a link to an archive or a disk image (anywhere), or to a shared file on a
//    file host (src/content/downloads.ts: Dropbox, Yandex Disk, MEGA…; not a form or a free web
//    page, beside which the text may give a Wi-Fi password), while the text gives its password
//    ("Пароль к архиву: 7411" under a Yandex Disk link, the sixty-second pair's "pre-trial claim";
//    the Greek "extrajudicial notice" as a Dropbox ZIP): ATTACH_ENCRYPTED_PASSWORD's trick moved
//    off the message, where no scanner fetches it. An honest sender sends the password some other
//    way. None of 2,360 held-out business letters nor any message of the SpamAssassin corpus has it.
//    It weighs about what an attached locked archive with its password does, less one: the linked
//    file is not seen to be locked. A link shown as an archive's file name counts wherever it leads.
//  - LINK_GOVERNMENT_LOOKALIKE: a link to a host whose registered name wears a government's word
//    as a hyphenated part ("ksef-uprawnienia.podatki-gov.com", "myaade-gov.com"): governments
//    publish under their own suffixes (gov.pl, gov.gr, gob.es, gouv.fr), never under such a name.
//  - LINK_SHAREPOINT_IMITATION: a link with SharePoint's sharing path ("/:b:/g/personal/s_maier…/E…",
//    "/:f:/p/…": a file type's letter between colons, then the link's kind) on a host outside
//    sharepoint.com that dresses as one: "sharepoint" in its name or a tenant's "-my" label
//    ("lieferantgmbh-my.sharepoint-docs.de", "ferrettitrasporti-my.sharepoint.com.cmr-docs.info"):
//    the hijacked thread's "document area", copied down to the tenant name of the partner it came
//    from. SharePoint Online shares live under sharepoint.com only; a partner's own server, named
//    as its own, is not dressed as anything.
//  - LINK_OPEN_REDIRECT: a link through a search engine's or social network's public redirector
//    (`openRedirectors`: google.com/url, bing.com/ck, youtube.com/redirect, l.facebook.com…) to
//    another site: the fake toll bill's "pay now" behind google.com/url, so that the mail shows a
//    name every filter trusts. Companies link to their sites directly; the redirector's owner
//    itself does it (a Google Calendar invitation's links), so mail authenticated for it does not count.
//  - LINK_OAUTH_CONSENT: a link to an OAuth provider's consent page (Microsoft, Google, GitHub,
//    Slack…) for an application that asks for more than the reader's identity: his mail, files,
//    repositories, or an admin's consent for the whole organisation (src/content/oauth.ts). The
//    page is the provider's own, so nothing else about the link looks wrong; the token it hands
//    over survives a password change. Three fifths for Slack's and Zoom's, whose consent page is
//    also the "Add to Slack" button of app vendors' newsletters.
//  - LINK_SAFELINKS_FORGED: a link already wrapped by Microsoft Defender's Safe Links
//    (…safelinks.protection.outlook.com/?url=…&data=…) for one of our own addresses, in mail that
//    comes from outside: Safe Links wraps links as mail reaches the recipient's Microsoft 365, after
//    this gateway, so a wrap made for our user before the mail got here was made by the sender, to
//    look already scanned and to hide the real host from the reader (the fake quarantine digest).
//    A partner's quoted links carry the partner's own address in `data`.
//  - LINK_REDIRECT_CHAIN: a short link that leads through more shorteners than `shortLinks.maxHops`
//    (src/content/short-links.ts): one shortener hides a link; a chain of them hides it from the
//    filters that follow one. Every hop a short link leads to is judged as above, like the link.
import { parse } from 'tldts';
import { z } from 'zod';
import { extensionsOf, isWebPage, phishPageSign } from '../../content/attachments.ts';
import { anchors, browserForm, carriesAddress, carriesAddressInFragment, dataUriDocument, dressesAsGovernment, embeddedUrls, linkDomainOf, sharePointShare, type MessageLink } from '../../content/links.ts';
import { consentDetail, isOAuthHost, oauthConsentOf } from '../../content/oauth.ts';
import { hostOfUrl, readableHost } from '../../content/scripts.ts';
import { qrOptionsOf } from '../../content/qr.ts';
import { everyLink, NO_SHORT_LINKS, placesOf, shortLinksOf, shortLinksOptionsSchema } from '../../content/short-links.ts';
import { ARCHIVE_FILE, WP_FILES, isDownloadLink } from '../../content/downloads.ts';
import { textPassword } from '../../content/text-password.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { AuthResults, Check, Hit } from '../types.ts';
import { attachmentsOptionsSchema, policyOf } from './attachments.ts';
import { isAuthenticatedFor } from './known-sender.ts';

/** an archive's extension at the end of a link's text, as the HTML is written: the first look for LINK_ARCHIVE_PASSWORD's named links */
const ARCHIVE_LINK_TEXT = /\.(?:zip|rar|7z|tar|t?gz|iso|img|cab)\s*<\/a\s*>/i;

export const linksOptionsSchema = z.strictObject({
  /** links looked at per message */
  maxLinks: z.number().int().min(1).default(200),
  /** hosts (and their subdomains) that give LINK_RISKY_HOST */
  riskyHosts: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'a host name, e.g. trycloudflare.com')).default([
    'trycloudflare.com', 'ngrok.io', 'ngrok-free.app', 'ngrok.app', 'ngrok-free.dev', 'loca.lt', 'serveo.net', 'localhost.run',
    'r2.dev', '000webhostapp.com',
    // free hosting that phishing pages moved to (Cloudflare Pages and Workers, Firebase, Telegraph)
    'pages.dev', 'workers.dev', 'web.app', 'firebaseapp.com', 'telegra.ph',
  ]),
  /**
   * free web and file hosting, form builders and document shares (a host and its subdomains, or a
   * host's path: "docs.google.com/forms"): a link there with the recipient's address gives
   * LINK_PERSONAL_PAGE, and one in mail signed as a brand BRAND_FREE_PAGE (brand-impersonation)
   */
  freeHosts: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+(?:\/[a-z0-9._~-]+)*$/, 'a host name or a host and path, e.g. netlify.app, docs.google.com/forms')).default([
    'azurewebsites.net', 'azurestaticapps.net', 'blob.core.windows.net', 'web.core.windows.net', 'netlify.app', 'vercel.app',
    'github.io', 'gitlab.io', 'glitch.me', 'onrender.com', 'herokuapp.com', 'replit.app', 'repl.co', 'fly.dev', 'surge.sh',
    'amplifyapp.com', 's3.amazonaws.com', 'storage.googleapis.com', 'firebasestorage.googleapis.com', 'appspot.com',
    'wixsite.com', 'weebly.com', 'webflow.io', 'godaddysites.com', 'square.site', 'blogspot.com', 'wordpress.com',
    'translate.goog', 'codesandbox.io', 'csb.app', 'framer.website', 'notion.site', 'jimdosite.com', 'sites.google.com',
    // forms, designs and shared files anyone makes for free
    'docs.google.com', 'drive.google.com', 'forms.gle', 'forms.office.com', 'canva.com/design', 'canva.site', 'dropbox.com/scl',
    'dropbox.com/s', 'typeform.com', 'jotform.com', 'wufoo.com', 'padlet.com', 'linktr.ee', 'mega.nz', 'app.box.com/s', 'tilda.ws',
    // Adobe Express's free web pages (a "document to sign" page of Docusign's look), Yandex Disk's public shares
    'express.adobe.com/webpage', 'express.adobe.com/page', 'disk.yandex.ru/d', 'disk.yandex.ru/i', 'disk.yandex.com/d',
    // InDesign's "publish online" pages (the seventieth pair's hijacked bookshop "sharing" a returns list that opens one)
    'indd.adobe.com/view',
    // Sway pages and Microsoft Forms, anyone's for free on Microsoft's own domains (the ninety-ninth pair's hijacked crusher supplier
    // "sharing" its price list as a Sway that asks for the mailbox password)
    'sway.office.com', 'sway.cloud.microsoft', 'forms.cloud.microsoft',
  ]),
  /**
   * public redirectors of search engines and social networks (a host, or a host and path as in
   * `freeHosts`): a link through one to another site gives LINK_OPEN_REDIRECT
   */
  openRedirectors: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+(?:\/[a-z0-9._~-]+)*$/, 'a host name or a host and path, e.g. google.com/url')).default([
    'google.com/url', 'google.de/url', 'google.it/url', 'google.es/url', 'google.pl/url', 'google.gr/url', 'google.ru/url', 'google.co.uk/url',
    'google.com/amp', 'bing.com/ck', 'youtube.com/redirect', 'l.facebook.com', 'lm.facebook.com', 'l.instagram.com', 'linkedin.com/slink',
    'away.vk.com', 'vk.com/away.php', 't.umblr.com/redirect', 'slack-redir.net/link',
  ]),
  /** short links followed to where they lead (read by uribl, phishing and custom rules too) */
  shortLinks: shortLinksOptionsSchema.prefault({}),
});
export type LinksOptions = z.infer<typeof linksOptionsSchema>;

export type LinkKind = 'ip' | 'ip-obfuscated' | 'userinfo' | 'userinfo-host' | 'program' | 'ipfs' | 'risky-host' | 'script' | 'data-page' | 'personal-page' | 'wp-files-page' | 'wp-archive' | 'government-lookalike' | 'oauth-consent' | 'sharepoint-imitation';

/** LINK_PERSONAL_PAGE's share of its weight when the address is in the query, not the fragment */
const PERSONAL_PAGE_QUERY_FACTOR = 0.6;
/** LINK_OAUTH_CONSENT's share when the provider's consent page is also vendors' install button ("Add to Slack") */
const INSTALL_BUTTON_FACTOR = 0.6;
const SYMBOL: Record<LinkKind, string> = {
  ip: 'LINK_IP_ADDRESS',
  'ip-obfuscated': 'LINK_IP_OBFUSCATED',
  userinfo: 'LINK_USERINFO',
  'userinfo-host': 'LINK_USERINFO_HOST',
  program: 'LINK_PROGRAM',
  ipfs: 'LINK_IPFS',
  'risky-host': 'LINK_RISKY_HOST',
  script: 'LINK_SCRIPT',
  'data-page': 'LINK_DATA_PAGE',
  'personal-page': 'LINK_PERSONAL_PAGE',
  'wp-files-page': 'LINK_WP_FILES_PAGE',
  'wp-archive': 'LINK_WP_ARCHIVE',
  'government-lookalike': 'LINK_GOVERNMENT_LOOKALIKE',
  'oauth-consent': 'LINK_OAUTH_CONSENT',
  'sharepoint-imitation': 'LINK_SHAREPOINT_IMITATION',
};

/** a host dressed as SharePoint: its name, or a tenant's "-my" label (OneDrive for Business) */
const SHAREPOINT_DRESS = /(?:^|[.-])sharepoint(?:[.-]|$)|^[a-z0-9-]+-my\./i;

const isUnder = (host: string, hosts: readonly string[]): boolean => hosts.some((h) => host === h || host.endsWith(`.${h}`));

/**
 * Whether a link goes where anyone can publish: a public IP address, a risky host, a free web host,
 * or a page inside a WordPress site's upload or code folders, where phishing kits are dropped on
 * hacked sites ("…/wp-content/uploads/2026/11/onedrive/index.php?e=cGF3ZWwu…": the seventy-eighth
 * pair's hijacked partner).
 */
function isAnyonesHost(url: string, kinds: readonly LinkKind[], options: LinksOptions): boolean {
  return kinds.some((k) => k === 'ip' || k === 'ip-obfuscated' || k === 'risky-host' || k === 'ipfs' || k === 'wp-files-page') || isFreePage(url, options.freeHosts);
}

/** Whether a link carrying the reader's address is LINK_PERSONAL_PAGE's (a free host, a bare IP address, IPFS): other checks count only the rest. */
export const personalPageCounted = (url: string, options: LinksOptions): boolean => isAnyonesHost(url, linkKinds(url, options, NO_BLOCKED_TYPES), options);
const NO_BLOCKED_TYPES: ReadonlySet<string> = new Set();

/** Whether a link leads to one of `freeHosts`: its host or a host below it, and where the entry names a path, that path or one below it. */
export function isFreePage(url: string, freeHosts: readonly string[]): boolean {
  const m = URL_PARTS.exec(url.trim());
  if (!m) return false;
  const host = m[3]!.toLowerCase();
  const path = m[4]!.replace(/[?#].*$/, '').toLowerCase();
  return freeHosts.some((entry) => {
    const slash = entry.indexOf('/');
    if (slash < 0) return isUnder(host, [entry]);
    const prefix = entry.slice(slash);
    return isUnder(host, [entry.slice(0, slash)]) && (path === prefix || path.startsWith(`${prefix}/`));
  });
}

/** scheme, user part, host (an IPv6 literal in brackets, or up to a port, path, query or fragment), the rest */
const URL_PARTS = /^(?:(https?|ftp):\/\/|(?=www\.))(?:([^@/?#\s]*)@)?(\[[0-9a-f:.]+\]|[^/:?#\s]+)(.*)$/i;
const DOTTED_IP = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
/** one part of an IPv4 address as browsers read it: decimal, 0x hexadecimal or 0-led octal */
const IP_PART = /^(?:0x[0-9a-f]*|0[0-7]*|[1-9]\d*)$/i;
/** an IPFS content ID: CIDv0 (base58 "Qm…") or CIDv1 in base32 ("bafy…") */
const CID = String.raw`(?:Qm[1-9A-HJ-NP-Za-km-z]{44}|b[a-z2-7]{58,})`;
const IPFS_PATH = new RegExp(String.raw`^/ip[fn]s/${CID}`);
const IPFS_HOST = new RegExp(String.raw`^${CID}\.ip[fn]s\.`, 'i');
/** a web page's name: none (a folder), or a server page's or HTML file's extension */
const PAGE_FILE = /^(?:[^.]*|.*\.(?:php\d?|phtml|s?html?|aspx?|jsp))$/i;

/**
 * Refused attachment types that in a link's path are no download: web applications of old servers
 * (ISAPI's "eBayISAPI.dll?ViewItem", AOLserver's ".adp" pages, in the SpamAssassin corpus's ham)
 * and ".com", far more often a site's name ("…/go/example.com") than a DOS program.
 */
const NOT_DOWNLOADS = new Set(['dll', 'adp', 'com']);

/**
 * Whether a link's user part reads as a web site's name ("login.microsoftonline.com", "www.paypal.de"):
 * a registrable domain under a real suffix, and written as sites are (www., three labels or more, or
 * a common or country suffix), so that "peter.green" (a name, though .green is a suffix) is not one.
 */
function isHostLike(user: string): boolean {
  let name = user.split(':')[0]!;
  try {
    name = decodeURIComponent(name);
  } catch {
    // a broken escape: read as written
  }
  name = name.split('/')[0]!.toLowerCase(); // "accounts.google.com%2Fsignin"
  if (!/^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]$/.test(name)) return false;
  const p = parse(name);
  if (!p.domain || !p.isIcann) return false;
  return name.startsWith('www.') || name.split('.').length >= 3 || /^(?:com|net|org|gov|edu|[a-z]{2})$/.test(p.publicSuffix ?? '');
}

/**
 * A private, loopback or link-local address (10/8, 172.16/12, 192.168/16, 127/8, 169.254/16,
 * fc00::/7, fe80::/10, ::1): a monitoring alert's link to the company's own server; no outside
 * reader could be sent to a phishing page there.
 */
function isPrivateAddress(host: string): boolean {
  const v6 = /^\[([0-9a-f:.]+)\]$/i.exec(host)?.[1]?.toLowerCase();
  if (v6) return v6 === '::1' || /^f[cd]/.test(v6) || /^fe[89ab]/.test(v6);
  const [a, b] = host.split('.').map(Number) as [number, number];
  return a === 10 || a === 127 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

/** Whether a host is an IPv4 address written another way than dotted decimal (what the WHATWG URL parser still reads as one). */
export function isObfuscatedIp(host: string): boolean {
  const parts = host.replace(/\.$/, '').split('.');
  if (parts.length > 4 || !parts.every((p) => IP_PART.test(p))) return false;
  return !DOTTED_IP.test(host.replace(/\.$/, ''));
}

/** What is wrong with where a link goes (its scheme or host), or null. */
function hostKind(host: string, path: string, options: LinksOptions): LinkKind | null {
  if (host.startsWith('[') || DOTTED_IP.test(host.replace(/\.$/, ''))) return isPrivateAddress(host) ? null : 'ip';
  if (isObfuscatedIp(host)) return 'ip-obfuscated';
  if (IPFS_PATH.test(path) || IPFS_HOST.test(host)) return 'ipfs';
  if (isUnder(host, options.riskyHosts)) return 'risky-host';
  return null;
}

/**
 * What is wrong with one link's shape: where it goes, and what it downloads, both when both are
 * ("https://x.pages.dev/Setup.exe"). `blocked`: the refused file types (extensions).
 */
export function linkKinds(url: string, options: LinksOptions, blocked: ReadonlySet<string>): LinkKind[] {
  if (/^(?:java|vb)script:/i.test(browserForm(url.slice(0, 100)))) return ['script'];
  if (dataUriDocument(url)) return ['data-page'];
  const m = URL_PARTS.exec(url.trim());
  if (!m) return [];
  const [, , user, rawHost, rest] = m;
  const host = rawHost!.toLowerCase();
  const path = rest!.replace(/[?#].*$/, '');
  const kinds: LinkKind[] = [];
  // a user part is a trick of its own, also before a bare IP address ("https://inpost.pl@198.51.100.210/")
  if (user !== undefined && user !== '') kinds.push(isHostLike(user) ? 'userinfo-host' : 'userinfo');
  const where = hostKind(host, path, options);
  if (where) kinds.push(where);
  let file = path.slice(path.lastIndexOf('/') + 1);
  try {
    file = decodeURIComponent(file);
  } catch {
    // a broken escape: read as written
  }
  const ext = file.includes('.') ? extensionsOf(file).at(-1) : undefined;
  if (ext && blocked.has(ext) && !NOT_DOWNLOADS.has(ext)) kinds.push('program');
  else if (WP_FILES.test(path) && PAGE_FILE.test(file)) kinds.push('wp-files-page');
  else if (WP_FILES.test(path) && ARCHIVE_FILE.test(file)) kinds.push('wp-archive');
  if (dressesAsGovernment(host)) kinds.push('government-lookalike');
  if (isOAuthHost(host) && oauthConsentOf(url)) kinds.push('oauth-consent');
  const share = sharePointShare(url);
  if (share && share.tenant === null && SHAREPOINT_DRESS.test(share.host)) kinds.push('sharepoint-imitation');
  return kinds;
}

/** A link as the details show it: at most 80 characters, controls and spaces visible. */
export const shownUrl = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s).replace(/[\p{Cc}\p{Cf}\s]/gu, '?');
const where = (l: MessageLink): string => (l.in ? ` (link in ${l.in})` : '');
/** What a data: link's page is: its media type, and a phishing page's sign when it has one. */
function dataPageDetail(url: string): string {
  const doc = dataUriDocument(url)!;
  const sign = isWebPage({ filename: null, mimeType: doc.type, content: doc.content }) ? phishPageSign(doc.content) : null;
  return `a ${doc.type} page inside the link${sign ? `: ${sign}` : ''} (${shownUrl(url)})`;
}

/** The first link through a public redirector to another site, described; null when there is none or the mail is authenticated for the redirector's owner. */
async function openRedirect(links: readonly MessageLink[], redirectors: readonly string[], auth: AuthResults): Promise<string | null> {
  for (const link of links) {
    if (!isFreePage(link.url, redirectors)) continue;
    const site = linkDomainOf(hostOfUrl(link.url) ?? '');
    const target = embeddedUrls(link.url).find((u) => { const d = linkDomainOf(hostOfUrl(u) ?? ''); return d !== null && d !== site; });
    if (!site || !target || isAuthenticatedFor(`postmaster@${site}`, auth)) continue;
    return `${shownUrl(link.url)}${where(link)} leads to ${readableHost(hostOfUrl(target)!)}`;
  }
  return null;
}

/** Microsoft Defender's Safe Links hosts (eur02.safelinks.protection.outlook.com; the US government clouds') */
const SAFELINKS_HOST = /^[a-z0-9-]+\.safelinks\.protection\.(?:outlook\.com|office365\.us|apps\.mil)$/i;
const ADDRESS_IN = /[^\s|@<>"]+@([a-z0-9.-]+\.[a-z]{2,})/gi;

/** The first link wrapped by Safe Links for an address at our domains, described ("… wrapped for claudia.wendt@example.com, leads to …"); null when there is none. */
export function forgedSafeLink(links: readonly MessageLink[], localDomains: readonly string[]): string | null {
  const ours = new Set(localDomains.map((d) => d.toLowerCase()));
  for (const link of links) {
    let u: URL;
    try {
      u = new URL(link.url);
    } catch {
      continue;
    }
    if (!SAFELINKS_HOST.test(u.hostname)) continue;
    const data = u.searchParams.get('data') ?? '';
    const address = [...data.matchAll(ADDRESS_IN)].find((m) => ours.has(m[1]!.toLowerCase()))?.[0];
    if (!address) continue;
    const target = hostOfUrl(u.searchParams.get('url') ?? '');
    return `${shownUrl(link.url)}${where(link)} wrapped for ${address.toLowerCase()}${target ? `, leads to ${readableHost(target)}` : ''}`;
  }
  return null;
}

export const linksCheck: Check<'data', LinksOptions> = {
  name: 'links',
  phase: 'data',
  symbols: [...Object.values(SYMBOL), 'LINK_OPEN_REDIRECT', 'LINK_SAFELINKS_FORGED', 'LINK_REDIRECT_CHAIN', 'LINK_ARCHIVE_PASSWORD'],
  options: linksOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    const { options, rules } = deps;
    const view = await ctx.parsed();
    const short = ctx.session.trusted ? NO_SHORT_LINKS : await shortLinksOf(view, deps, options.shortLinks);
    const links = await everyLink(view, options.maxLinks, qrOptionsOf(rules?.checks), short);
    if (!links.length) return [];
    const blocked = policyOf(sectionOptions(rules?.checks, 'attachments', attachmentsOptionsSchema)).block;
    const first = new Map<LinkKind, string>();
    let personalInFragment = false;
    let installButton = false;
    let lockedDownload: string | null = null;
    for (const link of links) {
      // a redirector's target, and where a short link leads, count as the link itself
      for (const { url, via } of placesOf(link.url, short)) {
        const kinds = linkKinds(url, options, blocked);
        if (!lockedDownload && isDownloadLink(url)) lockedDownload = `${shownUrl(url)}${where(link)}`;
        if (!personalInFragment && isAnyonesHost(url, kinds, options) && carriesAddress(url, ctx.envelope.recipients)) {
          // the first such link, or the first that carries the address in its fragment
          personalInFragment = carriesAddressInFragment(url, ctx.envelope.recipients);
          if (personalInFragment || !first.has('personal-page')) first.set('personal-page', `${shownUrl(url)}${where(link)}`);
        }
        for (const kind of kinds.filter((k) => !first.has(k))) {
          const at = `${shownUrl(url)}${via === 'short link' ? ` (behind the short link ${shownUrl(link.url)})` : where(link)}`;
          const consent = kind === 'oauth-consent' ? oauthConsentOf(url)! : null;
          if (consent) installButton = consent.installButton;
          first.set(kind, kind === 'data-page' ? dataPageDetail(url) : consent ? `${consentDetail(consent)}: ${at}` : at);
        }
      }
    }
    const hits: Hit[] = [];
    for (const [kind, symbol] of Object.entries(SYMBOL) as Array<[LinkKind, string]>) {
      const detail = first.get(kind);
      if (detail) hits.push({ symbol, detail, ...(kind === 'personal-page' && !personalInFragment ? { weight: PERSONAL_PAGE_QUERY_FACTOR } : {}), ...(kind === 'oauth-consent' && installButton ? { weight: INSTALL_BUTTON_FACTOR } : {}) });
    }
    // or a link shown as an archive's file name, wherever it leads ("Documenti_consegna_28-11.zip" to a hacked WordPress site's
    // ".../doc/?id=…", "Password: 2811": the hundred-and-third pair's hijacked carrier)
    // (a cheap look first: most HTML has no link text ending in an archive's extension)
    if (!lockedDownload && view.html && ARCHIVE_LINK_TEXT.test(view.html)) {
      const named = anchors(view.html, options.maxLinks).find((a) => /^https?:\/\//i.test(a.href) && ARCHIVE_FILE.test(a.text.replace(/[^\p{L}\p{N}]+$/u, '')) && !/\s/.test(a.text.trim()));
      if (named) lockedDownload = `${shownUrl(named.href)} (shown as "${named.text}")`;
    }
    const password = lockedDownload && !ctx.session.trusted ? textPassword(view) : null;
    if (password) hits.push({ symbol: 'LINK_ARCHIVE_PASSWORD', detail: `${lockedDownload}, the text gives its password "${password}"` });
    const redirected = ctx.session.trusted ? null : await openRedirect(links, options.openRedirectors, await ctx.auth());
    if (redirected) hits.push({ symbol: 'LINK_OPEN_REDIRECT', detail: redirected });
    const forged = ctx.session.trusted ? null : forgedSafeLink(links, deps.config.smtp.localDomains);
    if (forged) hits.push({ symbol: 'LINK_SAFELINKS_FORGED', detail: forged });
    const chain = [...short.followed].find(([, r]) => r.end === 'too-deep');
    if (chain) hits.push({ symbol: 'LINK_REDIRECT_CHAIN', detail: `${[chain[0], ...chain[1].hops].map(shownUrl).join(' → ')} (still redirecting after ${options.shortLinks.maxHops} shorteners)` });
    return hits;
  },
};

export default linksCheck;
