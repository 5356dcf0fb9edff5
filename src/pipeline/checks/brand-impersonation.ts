// Mail that signs with a well-known brand's name but does not come from the brand (inbound):
//  - BRAND_IMPERSONATION: the From display name names a brand of `brands` (parcel services, banks,
//    tax offices, Microsoft 365, e-signature and file-sharing services: what the offices' users
//    get real mail from, and so what phishing dresses as), the mail is neither sent from nor
//    authenticated (SPF or DKIM) for one of the brand's own domains, and it carries what phishing
//    needs: a web link leading elsewhere, an attachment, or (callback phishing: "your loan
//    application of 487 000 руб., if it was not you call 8 (800) 301-47-29") a number to call, or
//    (a fake authority's "Ordnungsgeld" to pay within five days) an IBAN to pay into; or nothing but
//    the reply, asked for at a Reply-To whose domain wears the brand (see BRAND_LOOKALIKE_DOMAIN:
//    "Alberto Sánchez Ruiz - El Corte Inglés" replying from compras.gourmet@elcorteingles-proveedores.es,
//    asking a supplier to quote for delivery on credit).
//    "DHL Paket <info@zustellung24.top>" with a button to pay the customs fee; "Poste Italiane
//    <noreply@giacenza-pacchi.com>"; "Т-Банк Служба безопасности <security@tbank-bezopasnost.ru>".
//    Names are compared as the reader sees them: any case, accents ignored, Cyrillic and Greek
//    look-alike letters read as Latin ("Sраrkasse" with a Cyrillic р and а), as whole words.
//  - BRAND_LOOKALIKE_DOMAIN: besides, the sender's or the Reply-To's domain or a link's host carries
//    the brand's own name as a word of its own ("pkobp-powiadomienia.pl", "aade-gov.info",
//    "dhl-de-zustellung.top", "poste-italiane-giacenza.com", "olx.pl-odbior.shop",
//    "intesasanpaolo.com.verifica-accesso.info"): the fake site or sender dressed as the brand.
//    Or its registered name wears a government's word ("myaade-gov.com", "hmrc-gov.uk.com",
//    "gob-multas.com"): governments mail from under their own suffixes (gov.gr, gob.es, gouv.fr),
//    never from a name that spells "gov" under .com. Once, however many of them wear it.
//  - BRAND_VIA_FORGED: besides, the display name has the form a relaying service writes for its
//    user ("Emma Clarke via DocuSign", "DocuSign über Fliesen Schneider"), which only the service's
//    own address sends: the envelope's look copied onto another domain (the seventy-seventh pair's
//    esign-notice.com, 4 before).
//  - BRAND_FREE_MAIL: besides, the sender's address is on free mail (known-sender's `noDomainBonus`:
//    "Intesa Sanpaolo - Sicurezza" <intesasanpaolo.sicurezza@libero.it>, "ACS Courier"
//    <acs.eksipiretisi@otenet.gr>): a bank, a courier or a tax office mails from its own domain,
//    never from a Gmail or Libero account, as AUTHORITY_FREE_MAIL says of courts and police. In the
//    held-out pairs 24 attack messages and no business letter sign with a brand from free mail.
//  - BRAND_FREE_PAGE: besides, a link leads to a page anyone makes for free (`links.freeHosts`: a
//    Google Form, a Canva design, a Dropbox share, a webflow.io or netlify.app site): the energy
//    company's "refund form" on Google Forms, the toll operator's payment page on Webflow. A brand
//    sends its customers to its own site; a hacked site's mailer cannot.
//  - BRAND_PERSONAL_PAGE: besides, a link elsewhere carries the recipient's own address (as
//    written, URL-encoded or in base64: "disk.yandex360-share.ru/d/…?login=anna@example.com"): a
//    login page made for its victim, on a site that is not the brand's.
//  - BRAND_QR_CODE: besides, a QR code (in an image, a PDF, an Office document) leads to a site
//    that is not the brand's: the bank's "photoTAN activation letter" whose code the phone opens.
//  - LINK_BRAND_LOOKALIKE: the display name names no brand, yet a link's host wears one's name as
//    BRAND_LOOKALIKE_DOMAIN reads it ("pagopa-verbali-comune.it" in the QR code of a "parking fine"
//    signed by a town's police, "posteitaliane-verifica.wixsite.com"): the fake site of a brand the
//    mail does not sign with. Not the brand's own mail ("cosmote-business.gr" linked from
//    cosmote.gr), not a site the mail is authenticated for (a DHL partner's own newsletter), and not
//    a group's member words ("vr-", "spk-"), which other names begin with too.
//  - LINK_BRAND_DOMAIN_INSIDE: instead, when the host holds the brand's whole domain before another
//    registered one ("us06web.zoom.us.castello-meet.com", "examplegroup.slack.com.workspace-restore.app"):
//    the address begins as the brand's own, where the reader looks, and is someone else's.
//  - AUTHORITY_FREE_MAIL: the display name signs as a court, a public prosecutor, a national
//    police force or a ministry (`authorities`: "Арбитражный суд г. Москвы", "Amtsgericht München", "Procura
//    della Repubblica", "Europol", "Ministry of …", "Υπουργείο") and the mail comes from a free-mail account (known-sender's
//    `noDomainBonus`): the court notice with its "case files" on Yandex Disk, the police
//    "convocation" with a PDF. Courts and police mail from their own domains; which domains those
//    are cannot be listed for every country, but free mail is never one, nor a free-mail Reply-To
//    (the "Hellenic Police" summons from a hacked hotel's mailbox, answers to Gmail). Not a club, union or
//    museum of the authority (`AUTHORITY_ASSOCIATION_WORDS`), whose volunteers do use free mail.
// A brand's real mail is authenticated for its domains, and a partner that names the brand in its
// display name ("Müller Logistik – DHL Partner") mails from and links to its own site, not one that
// wears the brand's name, so it gets the smaller of the two. Links are read as the links check reads them
// (HTML, text, documents, QR codes, redirect targets and short links' destinations).
import { isIP } from 'node:net';
import { parse } from 'tldts';
import { z } from 'zod';
import { readerTexts } from '../../content/document-text.ts';
import { stripInvisible } from '../../content/invisible.ts';
import { carriesAddress, dressesAsGovernment, linkDomainOf, messageLinks, siteName } from '../../content/links.ts';
import { qrOptionsOf } from '../../content/qr.ts';
import { numberToCall } from '../../content/phone-numbers.ts';
import { comparableText } from '../../content/phrases.ts';
import { hostOfUrl, latinSkeleton, readableHost, unmixedWords, withoutMarks } from '../../content/scripts.ts';
import { linkSites } from '../../content/short-links.ts';
import { CERTIFIED_MAIL_NAME, addressParts, inDomains, viaServiceAt } from '../../mail/address.ts';
import { sectionOptions } from '../../rules/schema.ts';
import type { Check, Hit } from '../types.ts';
import { isAuthenticatedFor, isFreeMail, knownSenderOptionsSchema, related } from './known-sender.ts';
import { AUTHORITY_ASSOCIATION_WORDS, DEFAULT_AUTHORITIES, DEFAULT_BRANDS } from './default-brands.ts';
import { ibansIn } from '../../content/bank-accounts.ts';
import { isFreePage, linksOptionsSchema, shownUrl } from './links.ts';

const brandSchema = z.strictObject({
  /** how the brand signs its mail, in any language or script ("Poste Italiane", "Почта России") */
  names: z.array(z.string().trim().min(2)).min(1),
  /** the domains its own mail comes from and its sites are on (subdomains included) */
  domains: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+\.[a-z0-9-]+$/, 'a domain, e.g. dhl.de')).min(1),
  /**
   * the words a host wears to dress as the brand, instead of its domains' names: for a brand whose
   * domain's name is a common word of other companies' domains (Trans.eu's "trans", SAP's "sap")
   */
  words: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9-]{3,}$/, 'a word of a domain name, e.g. transeu')).min(1).optional(),
  /**
   * A group of independent members with a domain each (the Sparkassen: sparkasse-koelnbonn.de,
   * kreissparkasse-ludwigsburg.de, ksk-koeln.de): under these suffixes, a domain that wears one of
   * the words is a member's; elsewhere a domain that wears one dresses as the group.
   */
  /**
   * The name is a word of the languages too ("Allegro", a tempo, names music schools and hotels):
   * a display name signs as the brand only when it is the name alone, or with the brand's domain
   * ("Allegro.pl") or words of a service's team ("Allegro Powiadomienia", "Zespół Allegro").
   */
  nameAlone: z.boolean().optional(),
  members: z.strictObject({
    suffixes: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9.-]+$/, 'a public suffix, e.g. de')).min(1),
    words: z.array(z.string().trim().toLowerCase().regex(/^[a-z0-9-]{2,}$/, 'a word of a domain name, e.g. sparkasse')).min(1),
  }).optional(),
});
export type Brand = z.infer<typeof brandSchema>;


/** The domains of a brand of the default list, by one of its names (shared with the callback-phishing check's list). */
export function defaultBrandDomains(name: string): string[] {
  const brand = DEFAULT_BRANDS.find((b) => b.names.includes(name));
  if (!brand) throw new Error(`no default brand named ${name}`);
  return brand.domains;
}

export const brandImpersonationOptionsSchema = z.strictObject({
  /** the brands looked for in display names; replaces the default list */
  brands: z.array(brandSchema).default(DEFAULT_BRANDS),
  /** the courts, prosecutors and police forces looked for in the display names of free mail (AUTHORITY_FREE_MAIL); replaces the default list */
  authorities: z.array(z.string().trim().min(2)).default(DEFAULT_AUTHORITIES),
  /** links looked at per message */
  maxLinks: z.number().int().min(1).default(200),
});
export type BrandImpersonationOptions = z.infer<typeof brandImpersonationOptionsSchema>;

/**
 * A name as it is compared: characters that print as nothing gone ("C\u200bo\u200brreos"), marks
 * gone, a word mixing scripts read in its main one first (capitals as capitals: "Νetflix" with a
 * Greek Ν is Netflix, though a small ν passes for a v), small letters, the other look-alike letters
 * read as Latin, spaces, dots and apostrophes as one space (addressParts reads a display name's
 * quotes as spaces).
 */
const comparable = (s: string): string => latinSkeleton(unmixedWords(withoutMarks(stripInvisible(s))).toLowerCase()).replace(/[\s.'’]+/g, ' ').trim();

/** The brand's own name in one of its domains: the registered name ("dhl" of dhl.de, "podatki" of podatki.gov.pl), or under a shared parent the label left of it ("bfj" of bfj.bund.de). */
function ownName(domain: string): string {
  const registered = linkDomainOf(domain);
  if (!registered || registered === domain) return siteName(domain);
  return domain.slice(0, -registered.length - 1).split('.').pop() ?? '';
}

/** Whether the service of a host on the brand's domain is named in the brand's names: "drive" of drive.google.com for Google Drive, "dropbox" of www.dropbox.com for Dropbox; not "sites" for Google Ads. */
function brandsOwnService(host: string, registered: string, brand: Brand): boolean {
  const bare = host.toLowerCase().replace(/^www\./, '');
  const service = bare === registered ? siteName(registered) : bare.slice(0, -registered.length - 1).split('.').pop() ?? '';
  return indexOf(brand).namesWords.has(service);
}

interface BrandIndex { pattern: RegExp; firstWords: string[]; words: string[]; memberWords: string[]; nameWords: string[]; fullNames: string[]; nameParts: string[][]; namesWords: Set<string>; shortNames: string[] }

/** The words that join a name's words ("Renewables and CHP Register", "Agenzia delle Entrate"), which a host that spells the name leaves out. */
const JOINING_WORDS = new Set(['and', 'und', 'e', 'y', 'i', 'et', 'και', 'и', 'of', 'for', 'the', 'fur', 'der', 'die', 'das', 'des', 'di', 'de', 'del', 'della', 'delle', 'dei', 'la', 'le', 'el', 'los', 'las', 'do', 'dla']);

/**
 * Words of brands' names that name no brand by themselves: what kind of business it is, where, or
 * a word of the language ("Piraeus Bank" gives "piraeus", not "bank"; "Deutsche Post" nothing).
 */
const GENERIC_NAME_WORDS = new Set(['bank', 'banca', 'banco', 'banque', 'bankiem', 'group', 'gruppe', 'grupo', 'gruppo', 'grupa', 'groupe', 'holding',
  'deutsche', 'national', 'service', 'services', 'online', 'energie', 'energia', 'energy', 'digital', 'document', 'documents', 'cloud', 'express',
  'courier', 'paket', 'paketservice', 'post', 'poste', 'posta', 'poczta', 'social', 'seguridad', 'general', 'direccion', 'agenzia', 'agencia',
  'ministerstwo', 'bundesamt', 'agentur', 'arbeit', 'germany', 'italia', 'espana', 'polska', 'polski', 'hellas', 'greece', 'europe', 'licensing',
  'support', 'store', 'platforms', 'business', 'meta', 'apple', 'royal', 'british', 'lloyds', 'sistema', 'mobile',
  'deutsches', 'autorita', 'nazionale', 'plataforma', 'platforma', 'sector', 'publico', 'contratacion', 'estado', 'zakupowa']);
const indexes = new WeakMap<Brand, BrandIndex>();
/** A brand's names as one pattern of whole words, and its own name as a host writes it (its domains' names: "dhl", "posteitaliane"); built once per brand of the rules. */
function indexOf(brand: Brand): BrandIndex {
  let index = indexes.get(brand);
  if (!index) {
    // a domain under a shared parent ("bfj.bund.de", the federal authorities' bund.de) gives its own
    // label ("bfj"), not the parent's name, which is every authority's
    const words = brand.words ?? [...new Set(brand.domains.map(ownName).filter((w) => w.length >= 3))];
    // the own words of its Latin names ("piraeus" of "Piraeus Bank"), for hosts that pair one with a service's word;
    // not a service's word itself ("portal" of "Zoll-Portal", "postfach" of "beSt-Postfach"), which would pair with itself
    const nameWords = [...new Set(brand.names.flatMap((n) => withoutMarks(n).toLowerCase().split(/[^a-z0-9]+/)).filter((w) => w.length >= 5 && !GENERIC_NAME_WORDS.has(w) && !SERVICE_WORDS.has(w)))];
    // its names of two words or more as a host spells them, hyphenated or run together
    // ("e-urzad-skarbowy", "companieshouse"): the name itself made the imitation's domain
    // ("e-urzad-skarbowy", "companieshouse"), also without the words that join them ("renewables-chp-register"
    // for Ofgem's "Renewables and CHP Register": the sixty-second pair)
    const namesParts = brand.names.map((n) => withoutMarks(n).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean));
    const spelt = [...namesParts, ...namesParts.map((parts) => parts.filter((p) => !JOINING_WORDS.has(p)))];
    const fullNames = [...new Set(spelt.flatMap((parts) => parts.length > 1 && parts.join('').length >= 10 ? [parts.join('-'), parts.join('')] : []))];
    // every name's words, and the names of several words as their words apart, for a label that puts a
    // word of its own between them ("acs-gr-courier")
    const nameParts = spelt.filter((parts) => parts.length > 1 && parts.join('').length >= 10);
    // the short names a sender's domain may put beside a word of its own: the capitals of its names ("ACS"
    // of ACS Courier, "BDO" of Rejestr BDO) and its domains' own names ("uke" of uke.gov.pl), which `words`
    // may leave out because another site bears them (a Hamburg hospital's uke.de)
    const shortNames = [...new Set([...brand.names.flatMap((n) => withoutMarks(n).split(/[^A-Za-z0-9]+/).filter((w) => /^[A-Z]{3,6}$/.test(w))).map((w) => w.toLowerCase()),
      ...brand.domains.map(ownName).filter((w) => w.length >= 3)])];
    index = { pattern: namesPattern(brand.names), firstWords: [...new Set(brand.names.map((n) => comparable(n).split(' ')[0]!))], words, memberWords: brand.members?.words ?? [], nameWords, fullNames, nameParts, namesWords: new Set(namesParts.flat()), shortNames };
    indexes.set(brand, index);
  }
  return index;
}

/** Names as one pattern of whole words, compared as `comparable` reads them; the longest first, so a match names the whole name ("Sąd Rejonowy", not "Sąd"). */
function namesPattern(names: readonly string[]): RegExp {
  const alternatives = [...names].sort((a, b) => b.length - a.length).map((n) => comparable(n).replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[\\s.]*'));
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}])`, 'u');
}

const authorityPatterns = new WeakMap<readonly string[], RegExp>();
const associationPattern = namesPattern(AUTHORITY_ASSOCIATION_WORDS);

/** The authority a display name signs as (the words of it that matched), or null; a club or union of the authority is none. */
export function authorityOfName(displayName: string, authorities: readonly string[]): string | null {
  if (!displayName || !authorities.length) return null;
  let pattern = authorityPatterns.get(authorities);
  if (!pattern) { pattern = namesPattern(authorities); authorityPatterns.set(authorities, pattern); }
  const name = comparable(displayName);
  const m = pattern.exec(name);
  if (!m || associationPattern.test(name)) return null;
  // the list's own spelling for the log (the comparison reads look-alike letters as Latin)
  return authorities.find((a) => namesPattern([a]).exec(name)?.[0] === m[0]) ?? m[0];
}

/** Whether the display name is a PEC provider's "Per conto di: <address>" for an address of the brand's that is the Reply-To too. */
function certifiedMailFor(displayName: string, replyTo: string, brand: Brand): boolean {
  const carried = CERTIFIED_MAIL_NAME.exec(displayName.trim())?.[1]?.toLowerCase();
  return !!carried && carried === replyTo.toLowerCase() && ownedBy(carried.slice(carried.lastIndexOf('@') + 1), brand);
}

/** The brand a display name signs with, or null. */
export function brandOfName(displayName: string, brands: readonly Brand[]): Brand | null {
  if (!displayName) return null;
  const name = comparable(displayName);
  return brands.find((b) => {
    // each name's pattern begins with its first word as written: a name whose first word is not
    // there cannot match, and a few hundred substring tests cost less than as many patterns
    const index = indexOf(b);
    if (!index.firstWords.some((w) => name.includes(w))) return false;
    const m = index.pattern.exec(name);
    return !!m && (!b.nameAlone || signsAlone(name.slice(0, m.index) + ' ' + name.slice(m.index + m[0].length), b));
  }) ?? null;
}

/**
 * Words a service's team signs with beside its name ("Allegro Powiadomienia", "Zespół Allegro",
 * "PayPal Kundenservice"), as `comparable` reads them, in the offices' languages.
 */
const TEAM_WORDS = new Set(['team', 'teams', 'zespół', 'zespołu', 'equipo', 'squadra', 'ομάδα', 'команда', 'powiadomienia', 'powiadomienie', 'notification', 'notifications',
  'benachrichtigung', 'notifiche', 'notificaciones', 'ειδοποιήσεις', 'уведомления', 'centrum', 'pomocy', 'obsługa', 'klienta', 'klientów', 'sprzedawcy', 'kupującego',
  'bezpieczeństwo', 'konto', 'konta', 'customer', 'care', 'kundendienst', 'assistenza', 'clienti', 'atención', 'cliente', 'εξυπηρέτηση', 'πελατών', 'поддержка',
  'служба', 'no', 'reply', 'noreply', 'pay', 'smart', 'polska', 'pl', 'com'].map(comparable));

/** Whether what is left of a display name beside the brand's name is its domain or words of a service's team (see `nameAlone`). */
function signsAlone(rest: string, brand: Brand): boolean {
  const domainParts = new Set(brand.domains.flatMap((d) => d.split('.')));
  return rest.split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((w) => domainParts.has(w) || TEAM_WORDS.has(w) || SERVICE_WORDS.has(w) || GENERIC_NAME_WORDS.has(w));
}

/** The words a host wears as words of its own: each label, and each run of a label's hyphenated parts, with its hyphens and run together ("dhl-de-zustellung" wears "dhl", "de-zustellung", "toll-collect", "tollcollect"…). */
const wornByHost = new Map<string, Set<string>>();
function wornWords(host: string): Set<string> {
  const kept = wornByHost.get(host);
  if (kept) return kept;
  const out = new Set<string>();
  // read once per host: every brand of the list asks (a few hundred hosts kept, the oldest dropped)
  if (wornByHost.size >= 500) wornByHost.delete(wornByHost.keys().next().value!);
  wornByHost.set(host, out);
  for (const label of host.toLowerCase().split('.')) {
    const parts = label.split('-');
    // also run together: "acs-courier-gr" wears ACS Courier's "acscourier", "poste-italiane-x" Poste Italiane's "posteitaliane"
    for (let i = 0; i < parts.length; i++) for (let j = i + 1; j <= parts.length; j++) out.add(parts.slice(i, j).join('-')).add(parts.slice(i, j).join(''));
    // and a name run together with a service's word ("sberbusiness" wears "sber": the ninety-fourth pair's "СберБизнес" on
    // sbi-sberbusiness.online)
    for (const part of parts) {
      for (const w of SERVICE_WORDS) if (w.length >= 4 && part.length >= w.length + 3 && part.endsWith(w)) out.add(part.slice(0, -w.length));
    }
  }
  return out;
}

/** Whether a host wears one of the words as a word of its own (see wornWords). */
const wears = (host: string, words: readonly string[]): boolean => {
  const worn = wornWords(host);
  return words.some((w) => worn.has(w));
};

/** The brands by their own names as a host writes them ("dhl", "posteitaliane"), members' words left out; built once per brand list of the rules. */
const brandsByWord = new WeakMap<readonly Brand[], Map<string, Brand[]>>();
function brandWords(brands: readonly Brand[]): Map<string, Brand[]> {
  let byWord = brandsByWord.get(brands);
  if (!byWord) {
    byWord = new Map();
    for (const brand of brands) for (const word of indexOf(brand).words) byWord.set(word, [...(byWord.get(word) ?? []), brand]);
    brandsByWord.set(brands, byWord);
  }
  return byWord;
}

/** The brands whose own name a host wears as a word of its own (see wornWords). */
function brandsWornBy(host: string, brands: readonly Brand[]): Brand[] {
  const byWord = brandWords(brands);
  return [...new Set([...wornWords(host)].flatMap((w) => byWord.get(w) ?? []))];
}

/** Whether a host wears one of the brand's names (its domains', its members' words, or a name of several words spelled out) as a word of its own. */
export function hostWearsBrand(host: string, brand: Brand): boolean {
  const { words, memberWords, nameWords, fullNames, nameParts } = indexOf(brand);
  return wears(host, words) || wears(host, memberWords) || wears(host, fullNames) || spellsApart(host, nameParts) || pairsWithService(host, nameWords);
}

/**
 * Whether a label of the host puts one of the brand's short names beside a word of its own
 * ("acs-eidopoiiseis" for ACS Courier, "uke-rejestr" for Urząd Komunikacji Elektronicznej,
 * "bdo-rejestr" for Rejestr BDO). Read only for the domain of a sender that signs with the brand's
 * name: a link's host so named may be another business's of the same letters.
 */
function wearsShortName(host: string, brand: Brand, beside: (part: string) => boolean = () => true): boolean {
  const { shortNames } = indexOf(brand);
  return shortNames.length > 0 && host.toLowerCase().split('.').some((label) => {
    const parts = label.split('-');
    return parts.length > 1 && parts.some((p) => shortNames.includes(p)) && parts.some(beside);
  });
}

/** a parcel's delivery and tracking in the offices' languages, the words a courier's look-alike is named with besides the service's */
const DELIVERY_WORDS = new Set(['delivery', 'redelivery', 'tracking', 'track', 'parcel', 'shipment', 'zustellung', 'sendung', 'paket', 'sendungsverfolgung',
  'consegna', 'spedizione', 'tracciamento', 'entrega', 'envio', 'seguimiento', 'dostawa', 'przesylka', 'paczka', 'sledzenie', 'dostavka', 'posylka', 'otslezhivanie',
  'paradosi', 'apostoli', 'dema', 'entopismos']);

/**
 * Whether a label of a link's host puts the brand's short name beside a word of the service it
 * pretends to be ("acs-gr-paradosi.com" for ACS Courier: the ninety-fourth pair's "redelivery fee"
 * from a hacked furniture shop), not a word of its own only (another business of the same letters).
 */
const shortNameWithService = (host: string, brand: Brand): boolean => wearsShortName(host, brand, (p) => SERVICE_WORDS.has(p) || DELIVERY_WORDS.has(p));

/** Whether a label of the host holds every word of one of the names as hyphenated parts, in order, others between ("acs-gr-courier" for ACS Courier). */
function spellsApart(host: string, nameParts: readonly string[][]): boolean {
  if (!nameParts.length) return false;
  return host.toLowerCase().split('.').some((label) => {
    const parts = label.split('-');
    if (parts.length < 3) return false; // two parts are the hyphenated full name, read above
    return nameParts.some((name) => { let at = 0; for (const p of parts) if (p === name[at]) at++; return at === name.length; });
  });
}

/**
 * Whether a label of the host pairs one of the brand's name words with a service's word
 * ("piraeus-ebanking-verify" for Piraeus Bank, whose domains are piraeusbank.gr and winbank.gr):
 * the imitation names itself after the brand and what it pretends to offer.
 */
function pairsWithService(host: string, nameWords: readonly string[]): boolean {
  if (!nameWords.length) return false;
  return host.toLowerCase().split('.').some((label) => {
    const parts = label.split('-');
    return parts.length > 1 && parts.some((p) => nameWords.includes(p)) && parts.some((p) => SERVICE_WORDS.has(p));
  });
}

/**
 * Services that share files in their users' names ("e-Urząd Skarbowy (przez Dropbox)"): a tax
 * office, a bank or a courier sends its letters from its own site, never as a Dropbox or Google
 * Drive share, so a brand's name before "via" there is someone's account dressed as the brand.
 * Not e-signature services: an insurer really sends its contract "via DocuSign".
 */
const FILE_SHARE_DOMAINS = ['dropbox.com', 'dropboxmail.com', 'google.com', 'wetransfer.com', 'box.com', 'onedrive.com', 'mega.nz'];

/**
 * Whether a domain is the brand's: one of its domains or below one, or its own name under any
 * suffix ("dpd.com.pl", "dpd.at", "amazon.nl", "olx.kz" for DPD, Amazon, OLX): brands register
 * their name in every country, and a list of domains cannot keep up with them.
 */
const ownedBy = (domain: string, brand: Brand): boolean =>
  brand.domains.some((d) => related(domain, d)) || indexOf(brand).words.includes(siteName(linkDomainOf(domain) ?? domain)) || isMember(domain, brand);

/**
 * Words of the web's services and of security ("online", "banking", "kundenservice", "sicherheit",
 * "pushtan", "login"): a member bank names itself after its town ("sparkasse-koelnbonn",
 * "spk-chemnitz", "vrbank-suedpfalz"), an imitation after what it pretends to offer
 * ("spk-onlinebanking-info.de", "sparkasse-kundenservice.de", "piraeus-ebanking-verify.com").
 */
const SERVICE_WORDS = new Set(['online', 'onlinebanking', 'banking', 'info', 'service', 'services', 'kundenservice', 'kunden', 'support', 'hilfe', 'help',
  'sicherheit', 'secure', 'security', 'sicher', 'login', 'anmeldung', 'verify', 'verifizierung', 'verifikation', 'update', 'aktualisierung', 'pushtan', 'tan',
  'konto', 'account', 'portal', 'app', 'id', 'check', 'center', 'web', 'mail', 'postfach', 'mailbox', 'digital', 'direkt', 'karte', 'karten', 'legitimation', 'freischaltung',
  'ebanking', 'netbanking', 'verification', 'confirm', 'confirmation', 'auth', 'authentication', 'signin', 'unlock', 'restore', 'recovery',
  'verifica', 'conferma', 'accesso', 'sicurezza', 'acceso', 'verificacion', 'seguro', 'weryfikacja', 'logowanie', 'bezpieczenstwo', 'potwierdzenie',
  // the business customers' service and the service itself in the offices' languages ("piraeus-business.gr", "inarcassa-servizi.it", "coam-tramites.es")
  'business', 'corporate', 'firmenkunden', 'geschaeftskunden', 'empresas', 'imprese', 'aziende', 'biznes', 'firmy',
  'servizi', 'servizio', 'servicios', 'servicio', 'tramites', 'tramite', 'uslugi', 'obsluga', 'dienste', 'kundendienst', 'assistenza', 'asistencia',
  // the anti-money-laundering review a bank's lure asks to complete ("piraeus-kyc.com": the sixty-seventh pair's "Τράπεζα Πειραιώς")
  'kyc', 'aml', 'compliance', 'aktualizacja', 'actualizacion', 'aggiornamento', 'identity', 'identita', 'identidad']);

/** Whether a domain is a member's of the brand's group: registered under one of its suffixes, with a name that wears one of its words and no service word ("sparkasse-koelnbonn.de", "ksk-koeln.de"; not "sparkasse-koelnbonn.online" nor "spk-onlinebanking-info.de"). */
function isMember(domain: string, brand: Brand): boolean {
  if (!brand.members) return false;
  const { publicSuffix, domainWithoutSuffix } = parse(domain, { allowPrivateDomains: true });
  return !!publicSuffix && !!domainWithoutSuffix && brand.members.suffixes.includes(publicSuffix) && wears(domainWithoutSuffix, indexOf(brand).memberWords)
    && !domainWithoutSuffix.split(/[.-]/).some((part) => SERVICE_WORDS.has(part));
}

export const brandImpersonationCheck: Check<'data', BrandImpersonationOptions> = {
  name: 'brand-impersonation',
  phase: 'data',
  symbols: ['BRAND_IMPERSONATION', 'BRAND_LOOKALIKE_DOMAIN', 'BRAND_VIA_FORGED', 'BRAND_FREE_MAIL', 'BRAND_FREE_PAGE', 'BRAND_PERSONAL_PAGE', 'BRAND_QR_CODE', 'LINK_BRAND_LOOKALIKE', 'LINK_BRAND_DOMAIN_INSIDE', 'AUTHORITY_FREE_MAIL'],
  options: brandImpersonationOptionsSchema,
  directions: ['inbound'],
  async run(ctx, deps) {
    if (ctx.session.trusted) return [];
    const view = await ctx.parsed();
    const from = addressParts(view.headers.find((h) => h.key === 'from')?.value ?? '');
    // the name a service writes for its user ("DHL Group über Eventbrite") is the user's, the part before "via";
    // with no brand there, the service's own name after it ("Human Resources via DocuSign" from a look-alike)
    const via = viaServiceAt(from.name);
    const brand = via < 0 ? brandOfName(from.name, deps.options.brands)
      : brandOfName(from.name.slice(0, via), deps.options.brands) ?? brandOfName(from.name.slice(via), deps.options.brands);
    // "Microsoft via LinkedIn": a service passing on a brand's news from its own authenticated address;
    // unless the service shares files, which no brand sends its customers that way
    if (via >= 0 && from.address !== '' && isAuthenticatedFor(from.address, await ctx.auth()) && !FILE_SHARE_DOMAINS.some((d) => related(from.domain, d))) return [];
    // our own domains forged are the spoofing check's
    if (!from.domain || inDomains(from.domain, deps.config.smtp.localDomains)) return [];
    if (!brand) {
      const shown = via < 0 ? from.name : from.name.slice(0, via);
      const authority = authorityOfName(shown, deps.options.authorities);
      // the known-sender options only for the few names that sign as an authority
      const kOpts = authority ? sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema) : null;
      // or from a hacked hotel's mailbox with the answers to go to Gmail (the eightieth pair's "Hellenic Police" summons)
      const replyTo = kOpts ? addressParts(view.headers.find((h) => h.key === 'reply-to')?.value ?? '') : null;
      const free = !kOpts ? null : isFreeMail(from.domain, kOpts) ? `does not write from free mail (${from.domain})`
        : replyTo?.domain && isFreeMail(replyTo.domain, kOpts) ? `does not ask for answers at free mail (${replyTo.address})` : null;
      const hits = authority && free
        ? [{ symbol: 'AUTHORITY_FREE_MAIL', detail: `"${shown.replace(/[\p{Cc}\p{Cf}]/gu, '?')}" <${from.address}> signs as ${authority}, which ${free}` }]
        : [];
      return [...hits, ...await linkDressedAsBrand(ctx, deps, from.domain)];
    }
    // the brand's own address is its DMARC's
    if (ownedBy(from.domain, brand)) return [];
    const auth = await ctx.auth();
    if (brand.domains.some((d) => isAuthenticatedFor(`postmaster@${d}`, auth))) return [];
    const replyToAddress = addressParts(view.headers.find((h) => h.key === 'reply-to')?.value ?? '');
    // Italian certified mail (PEC) carrying the brand's own: the provider sends as "Per conto di:
    // sdi01@pec.fatturapa.it" <posta-certificata@pec.aruba.it> with that address as Reply-To (the
    // e-invoicing exchange delivers every invoice so). Replies go to the brand; a forged provider
    // is the spoofing check's (SPOOF_DISPLAY_NAME without the provider's authentication).
    if (certifiedMailFor(from.name, replyToAddress.address, brand)) return [];

    const elsewhere: string[] = [];
    const replyTo = replyToAddress.domain;
    // the brand's family, the brands that share one of its domains ("Agenzia delle Entrate - SdI" on
    // sdi-fatturapa.it.com wears the e-invoicing exchange's name, the same agency's)
    const family = [brand, ...deps.options.brands.filter((b) => b !== brand && b.domains.some((d) => brand.domains.includes(d)))];
    /** what a host dresses as: the brand or its family (not on a family member's own domain), a government, or nothing */
    const dressed = (host: string): string | null => {
      const registered = linkDomainOf(host) ?? host;
      const worn = family.some((b) => ownedBy(registered, b)) ? undefined : family.find((b) => hostWearsBrand(host, b));
      if (worn) return `the name of ${worn.names[0]}`;
      if (!family.some((b) => ownedBy(registered, b)) && shortNameWithService(host, brand)) return `the short name of ${brand.names[0]} beside a service's word`;
      if (dressesAsGovernment(host)) return 'a government\'s word';
      // or any listed brand's whole domain before its own ("checkout.pagopa.it.verbali-capitaneria.com" behind the "Capitaneria
      // di Porto": the ninety-second pair's fake fine), which no one's own site begins with
      const other = brandsWithDomainInside(host, deps.options.brands).map((b) => ({ b, inside: brandDomainInside(host, b) })).find((x) => x.inside && !ownedBy(registered, x.b));
      if (other) return `${other.inside}, the domain of ${other.b.names[0]}`;
      // or another listed brand's name, as LINK_BRAND_LOOKALIKE reads it for mail that signs as none ("Agencia Tributaria" linking
      // to dehu-redsara.es-notificaciones.info, which wears DEHú's redsara: the hundred-and-second pair's fake tax notice)
      const otherWorn = brandsWornBy(host, deps.options.brands).find((b) => !ownedBy(registered, b));
      return otherWorn ? `the name of ${otherWorn.names[0]}` : null;
    };
    /** as `dressed`, and for the domains the sender writes and wants answers from, the brand's short name beside a word of their own */
    const dressedSender = (host: string): string | null => dressed(host)
      ?? (!family.some((b) => ownedBy(linkDomainOf(host) ?? host, b)) && wearsShortName(host, brand) ? `the short name of ${brand.names[0]}` : null);
    let wearing: string | null = dressedSender(from.domain) ? `the sender's domain ${readableHost(from.domain)} wears ${dressedSender(from.domain)}`
      : replyTo && !ownedBy(replyTo, brand) && dressedSender(replyTo) ? `the Reply-To domain ${readableHost(replyTo)} wears ${dressedSender(replyTo)}` : null;
    const { freeHosts } = sectionOptions(deps.rules?.checks, 'links', linksOptionsSchema);
    let freePage: string | null = null;
    let personalPage: string | null = null;
    for (const { url, host, domain: registered } of await linkSites(view, deps, deps.options.maxLinks)) {
      // a bare IP address has no registered domain and is elsewhere all the same ("https://inpost.pl@198.51.100.210/")
      const domain = registered ?? (isIP(host.replace(/^\[|\]$/g, '')) ? host : null);
      // a page anyone makes on the brand's own domain is no page of the brand's ("Google Ads" linking to
      // sites.google.com/view/…), unless making such pages is the brand's service (a Dropbox share for Dropbox)
      if (!domain || (ownedBy(domain, brand) && !(isFreePage(url, freeHosts) && !brandsOwnService(host, domain, brand))) || !/^https?:\/\//i.test(url)) continue;
      if (!elsewhere.includes(domain)) elsewhere.push(domain);
      if (!wearing && !ownedBy(domain, brand) && dressed(host)) wearing = `${readableHost(host)} wears ${dressed(host)}`;
      if (!freePage && isFreePage(url, freeHosts)) freePage = url;
      if (!personalPage && carriesAddress(url, ctx.envelope.recipients)) personalPage = url;
    }
    const attachments = view.attachments.filter((a) => !a.contentId || !a.mimeType.startsWith('image/'));
    // no link and no file: callback phishing gives a number to call instead, a fake authority's
    // "penalty notice" an account to pay into
    const texts = elsewhere.length || attachments.length ? [] : await readerTexts(view);
    const phone = texts.map((t) => numberToCall(t.text, comparableText(t.text))).find(Boolean) ?? '';
    const account = phone ? '' : texts.flatMap((t) => ibansIn(t.text))[0] ?? '';
    // nor even that: the reply is the action, when replies are asked for at a Reply-To whose domain wears
    // the brand (a buyer of the department store on "elcorteingles-proveedores.es" asking a supplier to
    // quote for delivery on credit); a look-alike's notice with nothing to do and no Reply-To does no harm
    const replyAt = elsewhere.length || attachments.length || phone || account || !replyTo || ownedBy(replyTo, brand) || !dressed(replyTo) ? '' : readableHost(replyTo);
    if (!elsewhere.length && !attachments.length && !phone && !account && !replyAt) return [];
    // characters that print as nothing shown as "?": the admin reading the log cannot see them otherwise
    const named = `"${from.name.replace(/[\p{Cc}\p{Cf}]/gu, '?')}" <${from.address}>`;
    const leads = elsewhere.length ? `links to ${elsewhere.slice(0, 3).map(readableHost).join(', ')}`
      : attachments.length ? `attaches ${attachments[0]!.filename ?? 'a file'}` : phone ? `gives the number ${phone} to call`
        : account ? `asks for payment to ${account}` : `asks for replies at ${replyAt}`;
    const hits: Hit[] = [{ symbol: 'BRAND_IMPERSONATION', detail: `${named} signs as ${brand.names[0]}, is not authenticated for ${brand.domains.slice(0, 3).join(', ')}, and ${leads}` }];
    if (wearing) hits.push({ symbol: 'BRAND_LOOKALIKE_DOMAIN', detail: `${wearing}, which is not its site` });
    // "Emma Clarke via DocuSign" is the service's own way to name its user; from elsewhere it is copied
    // (not from the service itself: "e-Urząd Skarbowy (przez Dropbox)" from Dropbox is a Dropbox account so named)
    const service = via >= 0 ? brandOfName(from.name.slice(via), deps.options.brands) : null;
    if (via >= 0 && !(service && ownedBy(from.domain, service))) hits.push({ symbol: 'BRAND_VIA_FORGED', detail: `"${from.name.replace(/[\p{Cc}\p{Cf}]/gu, '?')}" is how a service names the one it sends for, and ${from.domain} is not ${brand.names[0]}'s` });
    // the brand's name on a free-mail account: "Intesa Sanpaolo - Sicurezza" on libero.it, "ACS Courier" on otenet.gr
    if (isFreeMail(from.domain, sectionOptions(deps.rules?.checks, 'known-sender', knownSenderOptionsSchema))) {
      hits.push({ symbol: 'BRAND_FREE_MAIL', detail: `${brand.names[0]} does not write from free mail (${from.domain})` });
    }
    if (freePage) hits.push({ symbol: 'BRAND_FREE_PAGE', detail: `${brand.names[0]} would not send its customers to ${shownUrl(freePage)}` });
    if (personalPage) hits.push({ symbol: 'BRAND_PERSONAL_PAGE', detail: `${shownUrl(personalPage)}, not ${brand.names[0]}'s site, carries the recipient's address` });
    // a QR code to another site: the brand's "activation letter" whose code the phone opens, past
    // the link scanners (the qr-codes check leaves the sender's own site alone, a business card's)
    const qr = (await messageLinks(view, deps.options.maxLinks, qrOptionsOf(deps.rules?.checks)))
      .find((l) => l.in?.startsWith('a QR code') && /^https?:\/\//i.test(l.url) && !ownedBy(linkDomainOf(hostOfUrl(l.url) ?? '') ?? '', brand));
    if (qr) hits.push({ symbol: 'BRAND_QR_CODE', detail: `${qr.in} leads to ${shownUrl(qr.url)}, not ${brand.names[0]}'s site` });
    return hits;
  },
};

/**
 * The brand's own domain as whole labels inside a host under another registered domain
 * ("us06web.zoom.us.castello-meet.com" holds zoom.us): the address shows the brand's domain where
 * the eye looks for it, before the rest. Null when none is there.
 */
function brandDomainInside(host: string, brand: Brand): string | null {
  const h = `.${host.toLowerCase()}.`;
  // or the whole domain run on into another name with a hyphen: "we.tl-share.net" (WeTransfer's we.tl: the fifty-fourth pair's hijacked haulier)
  return brand.domains.find((d) => h.includes(`.${d}.`) || h.includes(`.${d}-`)) ?? null;
}

/** The listed brands' domains, each with the brands that own it, built once per list. */
const brandsByDomain = new WeakMap<readonly Brand[], Map<string, Brand[]>>();

/**
 * The brands (in the list's order) whose own domain `brandDomainInside` finds in the host: each
 * run of whole labels, up to a dot or a hyphen, looked up in the list's domains, instead of every
 * domain of every brand tested against every link's host.
 */
function brandsWithDomainInside(host: string, brands: readonly Brand[]): Brand[] {
  let byDomain = brandsByDomain.get(brands);
  if (!byDomain) {
    byDomain = new Map();
    for (const b of brands) for (const d of b.domains) byDomain.set(d, [...byDomain.get(d) ?? [], b]);
    brandsByDomain.set(brands, byDomain);
  }
  const h = `.${host.toLowerCase()}.`;
  const found = new Set<Brand>();
  for (let start = 0; start >= 0 && start < h.length - 1; start = h.indexOf('.', start + 1)) {
    for (let end = start + 2; end < h.length; end++) {
      if (h[end] !== '.' && h[end] !== '-') continue;
      for (const b of byDomain.get(h.slice(start + 1, end)) ?? []) found.add(b);
    }
  }
  return found.size ? brands.filter((b) => found.has(b)) : [];
}

/** LINK_BRAND_LOOKALIKE or LINK_BRAND_DOMAIN_INSIDE (see above) for mail whose display name names no brand. */
async function linkDressedAsBrand(ctx: Parameters<typeof brandImpersonationCheck.run>[0], deps: Parameters<typeof brandImpersonationCheck.run>[1], fromDomain: string): Promise<Hit[]> {
  const view = await ctx.parsed();
  for (const { url, host, domain } of await linkSites(view, deps, deps.options.maxLinks)) {
    if (!domain || !/^https?:\/\//i.test(url)) continue;
    const brand = [...brandsWornBy(host, deps.options.brands), ...brandsWithDomainInside(host, deps.options.brands)]
      .find((b) => !ownedBy(domain, b) && !ownedBy(fromDomain, b));
    if (!brand) continue;
    const auth = await ctx.auth();
    const inside = brandDomainInside(host, brand);
    // the sender's own site, or the brand's own mail from another of its domains; not a host that begins with the brand's whole
    // domain, which no one's own site does ("checkout.pagopa.it.verbali-capitaneria.com" from verbali-capitaneria.com: the
    // ninety-second pair's fake coast-guard fine)
    if ((!inside && related(domain, fromDomain)) || isAuthenticatedFor(`postmaster@${domain}`, auth) || brand.domains.some((d) => isAuthenticatedFor(`postmaster@${d}`, auth))) continue;
    return [inside
      ? { symbol: 'LINK_BRAND_DOMAIN_INSIDE', detail: `a link leads to ${readableHost(host)}, which begins with ${inside}, the domain of ${brand.names[0]}, and is a site under ${domain}` }
      : { symbol: 'LINK_BRAND_LOOKALIKE', detail: `a link leads to ${readableHost(host)}, which wears the name of ${brand.names[0]} and is not its site` }];
  }
  return [];
}

export default brandImpersonationCheck;
