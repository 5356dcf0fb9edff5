// The links a reader can follow: hrefs of the HTML part, URLs written in the text, the links of
// attached PDFs, Office documents, web pages, calendar invitations, internet shortcuts and forwarded messages, and
// those of QR codes in the images. Shared by the checks that judge links (scripts: look-alike
// hosts; uribl: domain block lists; phishing: links that show one site and lead to a look-alike of it).
import { createRequire } from 'node:module';
import { domainToASCII } from 'node:url';
import { getDomain, parse } from 'tldts';
import { decodedUri, URL_RE } from './url-pattern.ts';
import { decodeAttribute, reduceHtml, visibleTextOf } from './html.ts';
import { stripInvisible } from './invisible.ts';
import { visibleText } from '../fuzzy/fingerprint.ts';
import type { ParsedMessage } from '../pipeline/types.ts';
import { hiddenWebAddresses, internetShortcutTarget, isMessage, isWebPage, parsedAttachedMessage, webPageText } from './attachments.ts';
import { calendarLinks, isCalendar } from './calendar.ts';
import { isOfficeDocument, isRelationshipsPart, relationships } from './ooxml.ts';
import { documentTextsOf, type DocumentKind } from './document-text.ts';
import { isOpenDocument, openDocumentLinks } from './office-text.ts';
import { isPdf, pdfKeyBudgetOf, pdfOf } from './pdf.ts';
import { QR_LINK_PLACE, qrCodesOf, qrLink, type QrOptions } from './qr.ts';
import { hostOfUrl, readableHost } from './scripts.ts';
import { readZipEntries } from './zip.ts';

const require = createRequire(import.meta.url);
// one file of natural, not its index (which loads every classifier and corpus it has)
const { DamerauLevenshteinDistance } = require('natural/lib/natural/distance/levenshtein_distance.js') as {
  DamerauLevenshteinDistance: (a: string, b: string, o?: { restricted?: boolean }) => number;
};
/** Edit distance with transpositions. natural's unrestricted variant (its default) returns 0 for a
 * doubled letter ("lieferant" / "lieferannt"); the restricted one, optimal string alignment, is right. */
const editDistance = (a: string, b: string): number => DamerauLevenshteinDistance(a, b, { restricted: true });

/** The domain a site is registered as: "click.mail.evil.co.uk" → "evil.co.uk", ASCII; null for IPs and junk. */
export function linkDomainOf(host: string): string | null {
  const ascii = domainToASCII(host.replace(/\.$/, '').toLowerCase());
  if (!ascii || /^[\d.]+$/.test(ascii) || ascii.includes(':')) return null;
  // private suffixes count (someone.blogspot.com is its owner's, not Google's)
  return getDomain(ascii, { allowPrivateDomains: true });
}

/** Where a reader finds a link: the body, or an attachment of this kind. */
export interface MessageLink {
  url: string;
  in?: 'a PDF' | 'an Office document' | 'an attached web page' | 'a page inside a link' | 'a calendar invitation' | 'an internet shortcut' | 'an attached message' | (typeof QR_LINK_PLACE)[keyof typeof QR_LINK_PLACE];
}

/** A link as a browser reads it: spaces and control characters around it dropped, and tabs and newlines inside it ("java&#9;script:"). */
export const browserForm = (url: string): string => url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');

/** characters of a data: link decoded: the size of an attached web page read */
const DATA_URI_MAX_CHARS = 2_000_000;
/**
 * What a data: link carries when it is a page or a file rather than a picture: its media type and
 * bytes ("data:text/html;base64,PGZvcm0…" → text/html and the page), or null. Pictures
 * (`<img src="data:image/png;base64,…">`, common in honest HTML mail) and plain text are not.
 */
export function dataUriDocument(url: string): { type: string; content: Buffer } | null {
  // the head only first: an inline picture's data: address can be megabytes long
  const m = /^data:([^;,]*)((?:;[^;,]*)*),/i.exec(browserForm(url.slice(0, 300)));
  if (!m) return null;
  const type = m[1]!.trim().toLowerCase() || 'text/plain';
  if (!/^(?:text\/(?:html|javascript|ecmascript|xml)|application\/[\w.+-]+)$/.test(type)) return null;
  const data = browserForm(url).slice(m[0].length, m[0].length + DATA_URI_MAX_CHARS);
  if (/;base64$/i.test(m[2]!)) return { type, content: Buffer.from(data, 'base64') };
  let text = data;
  try {
    text = decodeURIComponent(data);
  } catch {
    // a broken escape: read as written
  }
  return { type, content: Buffer.from(text, 'latin1') };
}

/** the links of a message view, found once for the checks that judge them (at most LINKS_KEPT) */
const linksOfView = new WeakMap<object, Promise<MessageLink[]>>();
const LINKS_KEPT = 1000;
const DOCUMENT_PLACE: Record<DocumentKind, MessageLink['in']> = { PDF: 'a PDF', 'Office document': 'an Office document' };

/** bytes of an Office document's relationship part read for its links */
const OFFICE_RELS_BYTES = 1_000_000;

/** The web links of an Office document (OOXML): its hyperlinks, which live in the relationship parts. */
async function officeLinks(content: Uint8Array): Promise<string[]> {
  const parts = await readZipEntries(content, isRelationshipsPart, { maxBytes: OFFICE_RELS_BYTES });
  // once each: writers repeat a document's hyperlinks in the parts that may use them (pandoc's footnotes)
  return [...new Set(parts.flatMap((p) => relationships(p.data.toString('utf8')))
    .filter((r) => r.external && r.type === 'hyperlink' && /^https?:\/\//i.test(r.target)).map((r) => r.target))];
}

/**
 * The web addresses of an attached web page: its links and form targets, the addresses its
 * scripts hold (a phishing page posts the password with a script as often as with a form), and
 * those it hides in base64 or escapes.
 */
function webPageLinks(file: { filename: string | null; content: Uint8Array }): string[] {
  const page = webPageText(file.content, /\.mht(?:ml)?$/i.test(file.filename ?? ''));
  const urls = reduceHtml(page).urls.filter((u) => /^https?:\/\//i.test(u));
  for (const m of page.matchAll(URL_RE)) urls.push(m[0]);
  urls.push(...hiddenWebAddresses(page));
  return [...new Set(urls)];
}

/** The web address of an internet shortcut (.url), which opens with a double click. */
function shortcutLink(content: Uint8Array): string[] {
  const target = internetShortcutTarget(content);
  return target && /^https?:\/\/\S+$/i.test(target) ? [target] : [];
}

/** bytes of an attached message read for its links: a forwarded notice is small, a forward of a forward with attachments is not worth the parse */
const ATTACHED_MESSAGE_BYTES = 2_000_000;

/**
 * The links of a forwarded message attached whole ("Εκκρεμής πληρωμή.eml", message/rfc822): its
 * HTML's and its text's, what the reader clicks after opening it. One level: its own attachments
 * and forwards are not read for links.
 */
async function attachedMessageLinks(content: Uint8Array): Promise<string[]> {
  if (content.byteLength > ATTACHED_MESSAGE_BYTES) return [];
  const inner = await parsedAttachedMessage(content);
  if (!inner) return [];
  const urls = inner.html ? reduceHtml(inner.html).urls.filter((u) => /^https?:\/\//i.test(u)) : [];
  for (const m of visibleText(inner).matchAll(URL_RE)) urls.push(m[0]);
  return [...new Set(urls)];
}

/**
 * An address written in text without the sentence's punctuation after it ("… en https://dehu.redsara.es,
 * en la sede …"): what a mail program makes clickable, so the link's host is the site's, not "dehu.redsara.es,".
 */
const writtenUrl = (found: string): string => found.replace(/[.,;:!?]+$/, '');

/**
 * The links of QR codes in the message's images first (read when `qr` is given: the `qr-codes`
 * check's options; a few at most, and the reason the mail was sent, so that no padding of the
 * body with links pushes them past `max` or past uribl's domain limit), then HTML links, URLs
 * written in the visible text, and the links of attached PDFs, Office documents, web pages,
 * calendar invitations and forwarded messages (a "View document" button there is how much credential phishing now
 * arrives, with no link in the mail itself), at most `max`. Found once per message: the first caller's `qr` counts (every
 * check passes the same rules' options).
 */
export function messageLinks(view: Pick<ParsedMessage, 'html' | 'text' | 'subject'> & Partial<Pick<ParsedMessage, 'attachments'>>, max = 100, qr: QrOptions | null = null): Promise<MessageLink[]> {
  let links = linksOfView.get(view);
  if (!links) {
    links = (async () => {
      const found: MessageLink[] = [];
      for (const code of qr ? await qrCodesOf(view, qr) : []) {
        const url = qrLink(code.text);
        if (url) found.push({ url, in: QR_LINK_PLACE[code.in] });
      }
      if (view.html) {
        for (const url of reduceHtml(view.html).urls.slice(0, LINKS_KEPT - found.length)) {
          found.push({ url });
          // a page carried in the link itself (data:text/html…): its links and form targets are where it sends the reader
          const page = dataUriDocument(url);
          if (page && isWebPage({ filename: null, mimeType: page.type, content: page.content })) {
            found.push(...webPageLinks({ filename: null, content: page.content }).slice(0, LINKS_KEPT - found.length).map((u) => ({ url: u, in: 'a page inside a link' as const })));
          }
        }
      }
      for (const m of visibleText(view).matchAll(URL_RE)) {
        if (found.length >= LINKS_KEPT) break;
        found.push({ url: writtenUrl(m[0]) });
      }
      const attachments = view.attachments ?? [];
      for (const a of attachments) {
        if (found.length >= LINKS_KEPT) break;
        const [where, urls]: [MessageLink['in'], string[]] = isPdf(a.content) ? ['a PDF', pdfOf(a.content, pdfKeyBudgetOf(attachments)).urls]
          : isOfficeDocument(a) ? ['an Office document', await officeLinks(a.content)]
            : isOpenDocument(a) ? ['an Office document', await openDocumentLinks(a.content)]
              : isWebPage(a) ? ['an attached web page', webPageLinks(a)]
                : isCalendar(a) ? ['a calendar invitation', calendarLinks(a.content)]
                  : isMessage(a) ? ['an attached message', await attachedMessageLinks(a.content)] : ['an internet shortcut', shortcutLink(a.content)];
        found.push(...urls.slice(0, LINKS_KEPT - found.length).map((url) => ({ url, in: where })));
      }
      // addresses written in a document's text: PDF readers and Office programs make them
      // clickable though they are no link annotation or hyperlink
      const known = new Set(found.map((f) => f.url));
      for (const d of await documentTextsOf(view)) {
        for (const m of d.text.matchAll(URL_RE)) {
          if (found.length >= LINKS_KEPT) break;
          const url = writtenUrl(m[0]);
          if (!known.has(url)) { known.add(url); found.push({ url, in: DOCUMENT_PLACE[d.kind] }); }
        }
      }
      return found;
    })();
    linksOfView.set(view, links);
  }
  return links.then((l) => l.slice(0, max));
}

/**
 * Whether a link carries one of the addresses in its fragment (after "#"): a browser never sends
 * the fragment to the site, so only the page's own script reads it, the phishing kit's way of
 * filling in the victim's login name ("index.html#dUBleGFtcGxlLmNvbQ=="). A site that needs the
 * address to unsubscribe or confirm puts it in the query, where its server sees it.
 */
export function carriesAddressInFragment(url: string, addresses: readonly string[]): boolean {
  const hash = url.indexOf('#');
  return hash >= 0 && carriesAddress(url.slice(hash + 1), addresses);
}

/** Whether a link carries one of the addresses, as written, URL-encoded or in base64 (with or without padding, URL-safe or not). */
export function carriesAddress(url: string, addresses: readonly string[]): boolean {
  const decoded = decodedUri(url);
  const hay = decoded.toLowerCase();
  return addresses.some((a) => {
    const address = a.toLowerCase();
    if (!address.includes('@')) return false;
    if (hay.includes(address)) return true;
    const b64 = Buffer.from(address).toString('base64').replace(/=+$/, '');
    // the last base64 character depends on what follows: compare the full groups only
    const stem = b64.slice(0, b64.length - (b64.length % 4 === 0 ? 0 : b64.length % 4));
    return stem.length >= 8 && (decoded.includes(stem) || decoded.includes(stem.replace(/\+/g, '-').replace(/\//g, '_')));
  });
}

/**
 * URLs carried inside a link, where open redirectors keep the real target: in the query
 * ("https://www.google.com/url?q=https%3A%2F%2Fevil.example%2Fx" → "https://evil.example/x"), in the
 * path ("https://ad.doubleclick.net/ddm/clk/1;2;https://evil.example/x"), and behind Google's AMP
 * viewer ("https://www.google.com/amp/s/evil.example/x" → "https://evil.example/x"), and in Bing's
 * click tracker as base64url after "a1" ("https://www.bing.com/ck/a?!&&p=…&u=a1aHR0cHM6Ly9…").
 */
export function embeddedUrls(url: string): string[] {
  const out: string[] = [];
  const start = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0].length ?? 0;
  const q = url.indexOf('?', start);
  const path = url.slice(start, q < 0 ? Math.min(url.length, start + PATH_SCANNED) : Math.min(q, start + PATH_SCANNED));
  const amp = /^\/amp\/(s\/)?([^/?#]+\.[^/?#]+(?:\/.*)?)$/i.exec(path);
  if (amp && /(?:^|\.)google\.[a-z.]+$/i.test(hostOfUrl(url) ?? '')) out.push(`${amp[1] ? 'https' : 'http'}://${amp[2]}`);
  for (const m of path.matchAll(/https?(?::|%3A)(?:\/|%2F){2}[^\s;,]*/gi)) out.push(decodedUri(m[0]));
  if (q < 0) return out;
  const bing = /(?:^|\.)bing\.com$/i.test(hostOfUrl(url) ?? '');
  for (const value of url.slice(q + 1).split(/[&#]/).map((p) => p.slice(p.indexOf('=') + 1))) {
    const v = decodedUri(value);
    if (/^(?:https?:)?\/\//i.test(v)) out.push(v);
    else if (bing && /^a1[\w-]{12,}$/.test(v)) {
      const target = Buffer.from(v.slice(2), 'base64url').toString('utf8');
      if (/^https?:\/\/[^\s]+$/i.test(target)) out.push(target);
    }
  }
  return out;
}
/** characters of a link's path searched for a URL inside it */
const PATH_SCANNED = 2000;

/** A link as the reader sees it: where it goes and the text it shows. */
export interface Anchor { href: string; text: string }

/** The `<a href>` links of an HTML part with their visible text (as a reader sees it, entities decoded), at most `max`. */
export function anchors(html: string, max = 200): Anchor[] {
  const out: Anchor[] = [];
  // one pass: opening tags stop at the next "<" or ">", and the closing tags are found moving
  // forward only, so a page of unclosed links costs linear time, not quadratic
  const closing = /<\/a\s*>/gi;
  let close = -1;
  for (const m of html.matchAll(/<a\b([^<>]*)>/gi)) {
    const start = m.index + m[0].length;
    if (close < start) {
      closing.lastIndex = start;
      const c = closing.exec(html);
      if (!c) break;
      close = c.index;
    }
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(m[1]!);
    if (!href) continue;
    const inner = html.slice(start, Math.min(close, start + ANCHOR_TEXT_MAX));
    // as a browser shows it: "www.pay<b>pal</b>.com" is one address, and a hidden fragment or a
    // zero-width character inside it is not there for the reader
    const text = stripInvisible(visibleTextOf(inner)).replace(/\s+/g, ' ').trim();
    out.push({ href: decodeAttribute(href[1] ?? href[2] ?? href[3] ?? '').trim(), text });
    if (out.length >= max) break;
  }
  return out;
}
/** characters of a link's inner HTML read for its text: an address shown as a link is short */
const ANCHOR_TEXT_MAX = 2000;

/** A link that shows one site and leads to a look-alike of it (or to a bare IP address). */
export interface DeceptiveLink {
  /** the text the reader sees, e.g. "https://www.paypal.com/signin" */
  shown: string;
  /** the registrable domain it shows, ASCII: "paypal.com" */
  site: string;
  /** the host the link leads to */
  target: string;
  why: 'ip-address' | Imitation;
}

// Text that is nothing but a web address: "www.bank.de", "https://bank.de/login", "Bank.de".
const SHOWN_ADDRESS = /^(?:https?:\/\/|www\.)?[^\s/@]+\.[^\s/@]+(?:[/?#]\S*)?$/i;

/**
 * How the link's target imitates the site its text shows, or null. A target that is merely another
 * site is not enough: newsletters show "www.shop.com" over their mailing service's click-tracking
 * address, and on the SpamAssassin corpus that plain mismatch fired on 9 % of the hard ham and 0.7 %
 * of the spam. What phishers do and honest senders do not is lead to the shown site's name inside a
 * foreign domain ("paypal.com.evil.example", "paypal-secure.example"), to a misspelling of it
 * ("paypa1.com"), or to a bare IP address; directly or through a redirector that carries the
 * target (`embeddedUrls`: "google.com/amp/s/paypa1.com/"); `leadsTo` lists where the link goes
 * (the phishing check adds the hops of a followed short link: src/content/short-links.ts).
 */
export function deceptiveLink(a: Anchor, leadsTo: readonly string[] = [a.href, ...embeddedUrls(a.href)]): DeceptiveLink | null {
  const shown = a.text.trim().replace(/^[<("'\[]+|[>)"'\].,;:!]+$/g, '');
  if (!SHOWN_ADDRESS.test(shown) || !/^https?:\/\//i.test(a.href)) return null;
  const shownHost = hostOfUrl(/^https?:\/\//i.test(shown) ? shown : `http://${shown}`);
  if (!shownHost) return null;
  const site = parse(domainToASCII(shownHost) || shownHost, { allowPrivateDomains: true });
  // only a real site name: "setup.py" or "Node.js" in a link's text are not addresses
  if (!site.domain || !site.domainWithoutSuffix || !(site.isIcann || site.isPrivate) || site.isIp) return null;
  for (const url of leadsTo) {
    const why = /^https?:\/\//i.test(url) ? imitation(site.domain, url) : null;
    if (why) return { shown, site: site.domain, ...why };
  }
  return null;
}

/** How `url`'s host imitates the site, or null when it is that site or merely another one. */
function imitation(site: string, url: string): Pick<DeceptiveLink, 'target' | 'why'> | null {
  const authority = /^https?:\/\/([^/?#]*)/i.exec(url)![1]!;
  const userinfo = authority.includes('@') ? authority.slice(0, authority.lastIndexOf('@')).toLowerCase() : '';
  const target = /\[[^\]]*\]/.exec(authority)?.[0] ?? hostOfUrl(url);
  if (!target) return null;
  const targetHost = domainToASCII(target.replace(/^\[|\]$/g, '')) || target;
  if (/^[\d.]+$/.test(targetHost) || targetHost.includes(':')) return { target, why: 'ip-address' };
  // "https://www.paypal.com@evil.example/": the browser goes to evil.example
  if (userinfo.includes(site) && linkDomainOf(targetHost) !== site) return { target, why: 'domain-inside' };
  const why = imitationOf(site, targetHost);
  return why ? { target, why } : null;
}

/** The name a registrable domain is read by: "lieferant.de" → "lieferant", "xn--80abap1arsf.xn--p1ai" → "сбербанк". */
export function siteName(domain: string): string {
  return readableHost(parse(domain, { allowPrivateDomains: true }).domainWithoutSuffix ?? '');
}

export type Imitation = 'domain-inside' | 'brand-hyphen' | 'misspelt' | 'reordered';

/**
 * How `host` imitates the registrable domain `site` ("paypal.com"), or null when it is that site or
 * merely another one: the site inside a foreign domain ("paypal.com.evil.example", or
 * "paypal-com.evil.example" with its dots as hyphens), its name with
 * a word hyphenated to it ("paypal-secure.example"), a misspelling of the name ("paypa1.com"), or
 * its hyphenated words in another order ("audit-revisione-italia.com" for
 * "revisione-audit-italia.com": the eye reads the words, not their order).
 */
export function imitationOf(site: string, host: string): Imitation | null {
  const targetHost = domainToASCII(host.toLowerCase()) || host.toLowerCase();
  const targetDomain = linkDomainOf(targetHost);
  if (!targetDomain || targetDomain === site) return null;
  if (`.${targetHost}.`.includes(`.${site}.`) || `.${targetHost}`.includes(`.${site}-`) || targetHost.includes(`-${site}.`)) return 'domain-inside';
  const brand = siteName(site);
  const other = siteName(targetDomain);
  if (brand.length >= 4 && (other.startsWith(`${brand}-`) || other.endsWith(`-${brand}`))) return 'brand-hyphen';
  // (after the name hyphenated, which "example-com.net" is) the site's whole name with its dots as hyphens, a label of a foreign host: "examplegroup-eu.mailprotect-gateway.net",
  // "paypal-com.secure-login.example" (the look of a tenant's own address at a service)
  const hyphenated = site.replace(/\./g, '-');
  if (site.includes('.') && (`.${targetHost}`.includes(`.${hyphenated}.`) || `.${targetHost}`.includes(`.${hyphenated}-`))) return 'domain-inside';
  // a government's own suffix ("gov.gr") has no name of its own to misspell
  if (!brand) return null;
  if (brand.length >= 6 && brand.includes('-') && other !== brand && sortedWords(other) === sortedWords(brand)) return 'reordered';
  // one slip in a name of five letters or more, two in one of eight or more ("micorsfot")
  const d = editDistance(brand, other);
  if (d > 0 && (d === 1 ? brand.length >= 5 : d === 2 && brand.length >= 8)) return 'misspelt';
  // letters that read as one at a glance: "exarnple" for "example", "rnicrosoft", "vvise"
  if (brand.length >= 5 && brand !== other && glyphSkeleton(brand) === glyphSkeleton(other)) return 'misspelt';
  return null;
}

/** A hyphenated name's words in alphabetical order: "audit-revisione-italia" → "audit-italia-revisione". */
export const sortedWords = (name: string): string => name.split('-').sort().join('-');

/** A name with the letter pairs that pass for one letter read as it ("rn" → "m", "vv" → "w", "cl" → "d"). */
export const glyphSkeleton = (name: string): string => name.replace(/rn/g, 'm').replace(/vv/g, 'w').replace(/cl/g, 'd');

/** the words of governments' own suffixes (gov.gr, gov.pl, gob.es, gouv.fr, govt.nz) */
const GOVERNMENT_WORDS = new Set(['gov', 'gob', 'gouv', 'govt']);
/** Whether a host is under a government's own suffix as the registries list it (gov.it, gob.es, gov.uk; not a private seller's "gov.uk.com"). */
export const underGovernmentSuffix = (host: string): boolean => (parse(host.toLowerCase()).publicSuffix ?? '').split('.').some((w) => GOVERNMENT_WORDS.has(w));

/** such a suffix run together as one word ("govgr-mitroo.gr", "govuk-refund.com"), for the countries whose governments mail from one (not "govee") */
const GOVERNMENT_SUFFIX_RUN = /^(?:gov(?:gr|pl|uk|it|ru|cy|ro|bg|pt|ie|mt)|gob(?:es|mx|ar|cl)|gouvfr)$/;

/**
 * Whether a host's registered name (what its owner chose, not the public suffix under it) wears a
 * government's word as a hyphenated part: "myaade-gov.com", "hmrc-gov.uk.com",
 * "ksef-uprawnienia.podatki-gov.com", and the suffix run together, "govgr-mitroo.gr"; or a hyphenated
 * label in front of it ("www.gov-uk.vat-mtd-services.uk"); not
 * "aade.gov.gr", nor "govdelivery.com". Governments mail
 * and publish from under their own suffixes, never from a name that spells "gov" under .com.
 */
export function dressesAsGovernment(host: string): boolean {
  const parsed = parse(host, { allowPrivateDomains: true });
  const name = parsed.domainWithoutSuffix;
  const governs = (label: string): boolean => label.split('-').some((part) => GOVERNMENT_WORDS.has(part) || GOVERNMENT_SUFFIX_RUN.test(part));
  if (name && governs(name)) return true;
  // or a hyphenated label of its own in front ("www.gov-uk.vat-mtd-services.uk": the eighty-eighth pair's "HMRC" link), unless
  // the host is under a government's own suffix
  if (!parsed.subdomain || underGovernmentSuffix(host)) return false;
  return parsed.subdomain.split('.').some((label) => label.includes('-') && governs(label));
}

/** SharePoint's sharing path: a file type's letter between colons, then the link's kind ("/:b:/g/", "/:o:/g/", "/:x:/r/", "/:f:/p/") */
const SHAREPOINT_SHARE_PATH = /^\/:([a-z]):\/[a-z]\//i;
/** a OneDrive's personal site in the path: its owner's sign-in address with "@" and dots as "_" ("/personal/b_lis_elmont-serwis_pl/") */
const PERSONAL_SITE = /\/personal\/([a-z0-9_.-]+)(?:\/|$)/i;
/** SharePoint Online's own domains (its commercial, test, government and national clouds) */
const SHAREPOINT_DOMAINS = ['sharepoint.com', 'sharepoint-df.com', 'sharepoint.us', 'sharepoint.cn', 'sharepoint.de'];

/**
 * A SharePoint sharing link as its address reads: the file type's letter ("o" for a OneNote
 * notebook, "b" a PDF, "f" a folder), the host, the tenant's name when the host is SharePoint
 * Online's own ("examplegroup" of examplegroup-my.sharepoint.com), else null; the owner of a
 * OneDrive's personal site as the path spells the sign-in address ("b_lis_elmont-serwis_pl"), else
 * null; or null for any other link. A host outside SharePoint Online with this path is either a company's own SharePoint
 * server or an imitation of SharePoint's.
 */
export function sharePointShare(url: string): { type: string; host: string; tenant: string | null; owner: string | null } | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const type = SHAREPOINT_SHARE_PATH.exec(parsed.pathname)?.[1];
  if (!type || !/^https?:$/.test(parsed.protocol)) return null;
  const host = parsed.hostname.toLowerCase();
  const online = SHAREPOINT_DOMAINS.find((d) => host.endsWith(`.${d}`));
  const owner = PERSONAL_SITE.exec(parsed.pathname)?.[1]?.toLowerCase() ?? null;
  return { type: type.toLowerCase(), host, tenant: online ? host.slice(0, -online.length - 1).split('.').pop()!.replace(/-my$/, '') : null, owner };
}
