// Which of many known sites a sender's domain imitates, in a few lookups instead of one edit
// distance per site. A company writes to thousands of domains; the spoofing check asks, for every
// inbound message, whether its sender's domain imitates one of them ("lieferannt.de" for
// "lieferant.de").
//
// The comparison is `imitationOf`'s (src/content/links.ts, which judges links), narrowed for
// senders: a link is compared with the one site its text shows, a sender's domain with thousands.
// On real domains (bench/lookalike.ts) the unnarrowed comparison took one honest domain in 12 for
// an imitation of a correspondent's: "heanet.ie" of "hevanet.com", "poste.it" of "posteo.net",
// "linux-ipv6.org" of "linux.cz", "gnu.org.in" of "gnu.org". So, for senders:
//   - a misspelling counts only under the same public suffix ("lieferannt.de", not "lieferannt.com");
//   - a word hyphenated to the name only under the same suffix, or when the word is the site's own
//     suffix ("lieferant-zahlung.de", "lieferant-de.com"; not "lieferant-bau.com");
//   - the site inside the domain only where it is not merely followed by a country suffix
//     ("lieferant.de.rechnung.example", not "gnu.org.in", a sister organisation), nor a host under
//     the site that a private suffix makes a domain of its own ("bucket.s3.amazonaws.com").
// The index only finds the sites worth asking about, and finds every one that could match:
//   - the site inside the host: the host's pieces between dots and hyphens, looked up whole;
//   - the name with a word hyphenated to it: the name's hyphen prefixes and suffixes; with a group
//     word attached ("examplegroup-hr", "auth-examplegroup", for ourNameImitationOf): each hyphenated
//     part without the word;
//   - misspellings: imitationOf allows one edit in a name of five letters or more, two in one of
//     eight or more. By symmetric deletion (as in SymSpell), two strings within that many edits share
//     a string made by deleting at most that many letters from each, so the index keeps each name's
//     deletions and a query looks up the host name's.
import { parse } from 'tldts';
import { imitationOf, linkDomainOf, siteName, sortedWords, type Imitation } from './links.ts';

export interface LookalikeMatch { site: string; why: Imitation }

/** How a sender's domain (`host`, or a host under it) imitates the registrable domain `site`, or null (see above). */
export function senderImitationOf(site: string, host: string): Imitation | null {
  const why = imitationOf(site, host);
  // under the site itself, where a private suffix makes its customers' hosts their own domains
  // ("bucket.s3.amazonaws.com" for amazonaws.com): the site's own mail servers, not an imitation
  if (!why || `.${host.toLowerCase().replace(/\.$/, '')}`.endsWith(`.${site}`)) return null;
  const target = linkDomainOf(host)!;
  const suffix = parse(site, { allowPrivateDomains: true }).publicSuffix ?? '';
  const sameSuffix = suffix === (parse(target, { allowPrivateDomains: true }).publicSuffix ?? '');
  switch (why) {
    case 'misspelt': case 'reordered': return sameSuffix ? why : null;
    // under another suffix: with the site's suffix or its own legal form hyphenated to it ("ferretti-trasporti-it.com",
    // "ferretti-trasporti-spa.com" for ferretti-trasporti.it), what no other organisation of another name registers
    case 'brand-hyphen': return sameSuffix || siteName(target) === `${siteName(site)}-${suffix.replaceAll('.', '-')}` || withoutLegalForm(siteName(target)) === siteName(site) ? why : null;
    // the site's name under another public suffix is another organisation ("gnu.org.in"); under a
    // suffix a registry sells to anyone as a look of a country's ("lieferant-gmbh.de.com",
    // CentralNic's de.com, uk.com: the private section of the public-suffix list) it is an imitation
    case 'domain-inside': return target.startsWith(`${site}.`) && !underPrivateSuffix(target) ? null : why;
  }
}

/** Whether a registered domain is registered under the private section of the public-suffix list ("x.de.com", "x.uk.com"). */
function underPrivateSuffix(domain: string): boolean {
  return parse(domain, { allowPrivateDomains: false }).domain !== parse(domain, { allowPrivateDomains: true }).domain;
}

/** The legal forms a company's name takes in a domain's or a tenant's name ("ferretti-trasporti-spa", "examplegroupgmbh"). */
const LEGAL_FORM_END = /(?:-(?:ag|kg|se|sa|sl|slu|bv|nv|ae|ike)|-?(?:gmbh|spa|srl|ltd|llc|inc|plc|ooo|spzoo|sp-z-o-o))$/; // the short ones hyphenated only
/** A name without the legal form at its end ("examplegroupgmbh" → "examplegroup"), or the name itself. */
export const withoutLegalForm = (name: string): string => name.replace(LEGAL_FORM_END, '') || name;

/** Words a company's name takes in its group's domains, and so in look-alikes of them: "examplegroup-hr.it", "muellergruppe-it.de". */
export const GROUP_WORDS = ['group', 'gruppe', 'groupe', 'gruppo', 'grupo', 'grupa', 'holding', 'corp', 'global', 'international', 'intl'] as const;
const GROUP_WORD_END = new RegExp(`(?:${GROUP_WORDS.join('|')})$`);
/** The name without a group word at its end ("examplegroup" → "example"), or null when it has none. */
function withoutGroupWord(name: string): string | null {
  const m = GROUP_WORD_END.exec(name);
  return m && m.index > 0 ? name.slice(0, m.index) : null;
}

/** Whether a registered name has, among two or more hyphenated parts, the site's name with a group word ("auth-examplegroup", "examplegroup-support" for example.com). */
function wearsGroupNameHyphenated(site: string, host: string): boolean {
  const target = linkDomainOf(host);
  const name = siteName(site);
  const parts = target ? siteName(target).split('-') : [];
  return parts.length > 1 && name.length >= 4 && parts.some((part) => withoutGroupWord(part) === name);
}

/**
 * Whether a sender's domain wears our name under any suffix: with a word hyphenated to it, as
 * imitationOf reads it ("example-hr.it"), or with a group word attached, alone or with a
 * hyphenated word ("examplegroup.es", "examplegroup-hr.it", "auth-examplegroup.com" for
 * example.com): the fake HR portal and the fake board member. A misspelling under another suffix
 * is not ("examples.org" is another organisation).
 */
export function ourNameImitationOf(site: string, host: string): Imitation | null {
  if (imitationOf(site, host) === 'brand-hyphen') return 'brand-hyphen';
  const target = linkDomainOf(host);
  const name = target ? siteName(target) : '';
  return (siteName(site).length >= 4 && withoutGroupWord(name) === siteName(site)) || wearsGroupNameHyphenated(site, host) ? 'brand-hyphen' : null;
}

/**
 * How a link's host imitates one of our domains: as imitationOf reads it, or with our name and a
 * group word as one of its hyphenated parts ("microsoftonline.auth-examplegroup.com",
 * "examplegroup-support.com"): the company's own login, imitated. Not our name with a group word
 * alone under another suffix ("portal.examplegroup.eu", "examplegroup.es"): the group's own sites,
 * linked from honest mail.
 */
export function ourNameLinkImitationOf(site: string, host: string): Imitation | null {
  return imitationOf(site, host) ?? (wearsGroupNameHyphenated(site, host) ? 'brand-hyphen' : null);
}

/** Edits imitationOf allows for a name of this length (the same thresholds, in UTF-16 units as it counts). */
const maxEdits = (name: string): number => (name.length >= 8 ? 2 : name.length >= 5 ? 1 : 0);

// longer names are not indexed by deletion: a 30-letter name is not one a reader takes in at a
// glance, and its deletions would be many
const MAX_DELETION_NAME = 30;

/**
 * The FNV-1a hashes of every string made by deleting up to `n` (at most 2) UTF-16 units from `s`,
 * `s` included, each passed to `emit`. Hashes, not strings: a company's 20 000 correspondents
 * have about a million deletions, which as strings in a Map took 110 MB and 3 s to build; as
 * hashes in one sorted typed array they take 8 bytes each. A colliding hash only proposes a
 * candidate, which the comparison then rejects.
 */
function deletionHashes(s: string, n: number, emit: (h: number) => void): void {
  const hash = (skipA: number, skipB: number): number => {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
      if (i === skipA || i === skipB) continue;
      h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
    }
    return h >>> 0;
  };
  emit(hash(-1, -1));
  if (n < 1) return;
  for (let i = 0; i < s.length; i++) {
    emit(hash(i, -1));
    if (n >= 2) for (let j = i + 1; j < s.length; j++) emit(hash(i, j));
  }
}

// (hash, name id) packed in one float: the hash above 2^21 name ids, exact below 2^53
const ID_SPACE = 2 ** 21;

export class LookalikeIndex {
  private readonly sites = new Set<string>();
  /** a site's name → the sites with that name ("lieferant" → lieferant.de, lieferant.at) */
  private readonly byName = new Map<string, string[]>();
  /** a hyphenated name's words in order → the sites with those words ("audit-italia-revisione" → revisione-audit-italia.com) */
  private readonly byWords = new Map<string, string[]>();
  /** the names indexed by deletion, by id */
  private readonly names: string[] = [];
  /** each site by its whole name with the dots as hyphens ("examplegroup-eu"), as a service's tenant host wears it */
  private readonly byHyphenated = new Map<string, string>();
  /** hash × ID_SPACE + name id of every deletion of every indexed name, sorted */
  private readonly deletions: Float64Array;

  /**
   * `sites`: registrable domains or any host under them ("mail.lieferant.de" counts as lieferant.de).
   * `compare` judges each candidate: the comparison for senders by default, `imitationOf` itself
   * for links (the candidates cover every imitation either can find).
   */
  constructor(sites: Iterable<string>, private readonly compare: Comparison = senderImitationOf) {
    let total = 0;
    for (const s of sites) {
      const site = linkDomainOf(s);
      if (!site || this.sites.has(site)) continue;
      this.sites.add(site);
      this.byHyphenated.set(site.replace(/\./g, '-'), site);
      const name = siteName(site);
      if (!name) continue;
      if (name.includes('-')) {
        const words = sortedWords(name);
        this.byWords.set(words, [...(this.byWords.get(words) ?? []), site]);
      }
      const same = this.byName.get(name);
      if (same) { same.push(site); continue; }
      this.byName.set(name, [site]);
      const edits = maxEdits(name), n = name.length;
      if (!edits || n > MAX_DELETION_NAME || this.names.length >= ID_SPACE) continue;
      this.names.push(name);
      total += 1 + n + (edits === 2 ? (n * (n - 1)) / 2 : 0);
    }
    this.deletions = new Float64Array(total);
    let k = 0;
    this.names.forEach((name, id) => deletionHashes(name, maxEdits(name), (h) => { this.deletions[k++] = h * ID_SPACE + id; }));
    this.deletions.sort();
  }

  /** Ids of the indexed names with a deletion of this hash. */
  private *namesWithDeletion(h: number): Generator<number> {
    const lo = h * ID_SPACE, a = this.deletions;
    let l = 0, r = a.length;
    while (l < r) { const m = (l + r) >>> 1; if (a[m]! < lo) l = m + 1; else r = m; }
    for (let i = l; i < a.length && a[i]! < lo + ID_SPACE; i++) yield a[i]! - lo;
  }

  get size(): number { return this.sites.size; }

  /** Whether the host is one of the sites or under one. */
  has(host: string): boolean {
    const domain = linkDomainOf(host);
    return domain !== null && this.sites.has(domain);
  }

  /** A site with the host's very name under another suffix ("lieferant-gmbh.de" for lieferant-gmbh.com), or null: no imitation by itself (a company registers its name under several), but the name of invoice fraud's sender. */
  namesake(host: string): string | null {
    const target = linkDomainOf(host);
    if (!target || this.sites.has(target)) return null;
    return this.byName.get(siteName(target))?.find((site) => site !== target) ?? null;
  }

  /** The site `host` imitates and how, or null when it imitates none (or is one of them). */
  find(host: string): LookalikeMatch | null {
    const target = linkDomainOf(host);
    if (!target || this.sites.has(target)) return null;
    const h = host.toLowerCase().replace(/\.$/, '');
    for (const site of this.candidates(h, target)) {
      const why = this.compare(site, h);
      if (why) return { site, why };
    }
    return null;
  }

  private *candidates(host: string, target: string): Generator<string> {
    // the site inside the host: pieces that start after a dot or hyphen (or at the start) and end
    // before one (or at the end)
    const starts = [0], ends: number[] = [];
    for (let i = 0; i < host.length && starts.length < 32; i++) if (host[i] === '.' || host[i] === '-') { ends.push(i); starts.push(i + 1); }
    ends.push(host.length);
    for (const s of starts) for (const e of ends) {
      const piece = e > s ? host.slice(s, e) : '';
      if (piece.includes('.') && this.sites.has(piece)) yield piece;
      else if (piece.includes('-') && this.byHyphenated.has(piece)) yield this.byHyphenated.get(piece)!;
    }
    const name = siteName(target);
    if (!name) return;
    // the name with a word hyphenated to it
    for (let i = name.indexOf('-'); i > 0; i = name.indexOf('-', i + 1)) {
      yield* this.byName.get(name.slice(0, i)) ?? [];
      yield* this.byName.get(name.slice(i + 1)) ?? [];
    }
    // the same words in another order
    if (name.includes('-')) yield* this.byWords.get(sortedWords(name)) ?? [];
    // the name with a group word attached, alone or as a hyphenated part ("examplegroup", "auth-examplegroup")
    for (const part of name.split('-')) {
      const grouped = withoutGroupWord(part);
      if (grouped) yield* this.byName.get(grouped) ?? [];
    }
    // misspellings: shared deletions (at most two edits, the most imitationOf allows)
    if (name.length > MAX_DELETION_NAME + 2) return;
    const hashes: number[] = [];
    deletionHashes(name, 2, (h) => hashes.push(h));
    const seen = new Set<number>();
    for (const h of new Set(hashes)) for (const id of this.namesWithDeletion(h)) {
      if (seen.has(id)) continue;
      seen.add(id);
      yield* this.byName.get(this.names[id]!) ?? [];
    }
  }
}

type Comparison = (site: string, host: string) => Imitation | null;
const configured = new WeakMap<readonly string[], Map<Comparison, LookalikeIndex>>();

/** The index of a configured list (our own domains), built once per list and comparison: the configuration object changes only on reload. */
export function indexOfList(sites: readonly string[], compare: Comparison = senderImitationOf): LookalikeIndex {
  let byComparison = configured.get(sites);
  if (!byComparison) configured.set(sites, (byComparison = new Map()));
  let index = byComparison.get(compare);
  if (!index) byComparison.set(compare, (index = new LookalikeIndex(sites, compare)));
  return index;
}
