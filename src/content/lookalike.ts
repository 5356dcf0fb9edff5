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
import { glyphSkeleton, imitationOf, linkDomainOf, siteName, sortedWords, type Imitation } from './links.ts';
import { withoutMarks } from './scripts.ts';

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

// Letters a reader takes for one another inside a name, by their look (l, i, 1) or their sound
// (c, k; y, i): what an impostor swaps to register a domain that reads as the real company's
// ("partner-logistic.pl" for Partner Logistik, "hellascoid.gr" for Hellas Cold).
const CONFUSABLE_LETTERS = ['il1j', 'o0', 'gq', 'mn', 'ck', 'iy', 'uv', 's5'];
const confusable = (a: string, b: string): boolean => CONFUSABLE_LETTERS.some((g) => g.includes(a) && g.includes(b));
/**
 * Whether `label` reads as `name` misspelt once the way impostors misspell: one letter swapped for
 * a confusable one or drawn as two that pass for it ("rn" for "m": links.ts's glyphSkeleton), two
 * neighbours swapped, or a double letter undone or one made double inside the name ("ferreti" for
 * Ferretti, "lieferannt"). Not a letter added or dropped at either end ("terminals" for Terminal,
 * "hsierranorte"), nor any other letter inside ("limpiezaslevante" for Limpieza Levante): how
 * honest companies' domains differ from their names.
 */
function misreadAs(label: string, name: string): boolean {
  // letters that read as one at a glance ("rnetallbau" for Metallbau)
  if (glyphSkeleton(label) === glyphSkeleton(name)) return true;
  if (label.length === name.length) {
    const diff: number[] = [];
    for (let i = 0; i < label.length && diff.length <= 2; i++) if (label[i] !== name[i]) diff.push(i);
    if (diff.length === 1) return confusable(label[diff[0]!]!, name[diff[0]!]!);
    return diff.length === 2 && diff[1] === diff[0]! + 1 && label[diff[0]!] === name[diff[1]!] && label[diff[1]!] === name[diff[0]!];
  }
  const [short, long] = label.length < name.length ? [label, name] : [name, label];
  if (long.length - short.length !== 1) return false;
  for (let i = 1; i < long.length - 1; i++) {
    if (long.slice(0, i) + long.slice(i + 1) === short) return long[i] === long[i - 1] || long[i] === long[i + 1];
  }
  return false;
}

/** A word in Latin letters as a domain spells it: lower case, without marks; German umlauts as "ae" or as the bare vowel. */
function domainSpellings(word: string): string[] {
  const lower = word.toLowerCase().replace(/ß/g, 'ss').replace(/ł/g, 'l').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/đ/g, 'd');
  const spelt = [withoutMarks(lower.replace(/[äöü]/g, (c) => `${withoutMarks(c)}e`)), withoutMarks(lower)];
  return [...new Set(spelt)];
}

/** names shorter than this are not compared: "acme" and "acne" are two companies */
const MIN_MISSPELT_NAME = 7;
/** the words of a name: a company's name runs to four words ("Partner Logistik sp z o o" is found as "Partner Logistik") */
const MAX_NAME_WORDS = 4;
/**
 * How much of each text is searched for names: the names impostors sign with were all in the first
 * 900 characters of the blind pairs' letters (subject, greeting, signature); each word there costs
 * a few microseconds, and a long thread's quotes would cost a millisecond.
 */
const MAX_NAME_TEXT = 3000;

/**
 * The name, written in `texts` (the sender's display name, the message's text), that the sender's
 * domain misspells, or null: "Partner Logistik" for partner-logistic.pl, signing "Partner Logistik
 * sp. z o.o.". A name is a run of up to four words, compared without spaces and marks with the
 * domain's name without hyphens and legal form. When the texts spell the domain's name as words
 * ("Kalypso Hotels" for kalypsohotels.gr) or write it out anywhere (a web or mail address), the
 * domain is the sender's own name and nothing is misspelt.
 */
export function misspeltNameOf(domain: string, texts: readonly string[]): string | null {
  const site = linkDomainOf(domain);
  if (!site) return null;
  const name = siteName(site);
  const labels = [...new Set([name, withoutLegalForm(name)].map((n) => n.replaceAll('-', '')))].filter((l) => /^[a-z0-9]+$/.test(l) && l.length >= MIN_MISSPELT_NAME);
  if (!labels.length) return null;
  // the domain written out anywhere (a web or mail address in the signature) is the sender's own
  if (texts.some((t) => t.toLowerCase().includes(name))) return null;
  const longest = Math.max(...labels.map((l) => l.length));
  // a name misread starts with the label's letter, one confusable with it, its second (two swapped), or the
  // letter its first two pass for ("rn" for "m")
  const firsts = new Set(labels.flatMap((l) => [l[0]!, l[1]!, glyphSkeleton(l)[0]!, ...CONFUSABLE_LETTERS.filter((g) => g.includes(l[0]!)).join('')]));
  const spelt = new Map<string, string[]>();
  const spellingsOf = (word: string): string[] => {
    let s = spelt.get(word);
    if (!s) spelt.set(word, (s = domainSpellings(word)));
    return s;
  };
  let found: string | null = null;
  for (const text of texts) {
    const words = text.slice(0, MAX_NAME_TEXT).match(/[\p{L}\p{N}]+/gu) ?? [];
    for (let i = 0; i < words.length; i++) {
      const first = words[i]!.charCodeAt(0);
      if (first < 0x80 && !firsts.has(String.fromCharCode(first | 0x20))) continue; // ASCII letters and digits (| 0x20: lower case)
      let runs = [''];
      for (let j = i; j < Math.min(i + MAX_NAME_WORDS, words.length); j++) {
        runs = runs.flatMap((r) => spellingsOf(words[j]!).map((s) => r + s)).filter((r) => r.length <= longest + 1);
        if (!runs.length) break;
        for (const run of runs) {
          if (labels.includes(run)) return null;
          if (!found && labels.some((l) => Math.abs(l.length - run.length) <= 1 && misreadAs(l, run))) found = words.slice(i, j + 1).join(' ');
        }
      }
    }
  }
  return found;
}
