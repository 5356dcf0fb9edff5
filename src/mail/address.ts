// Addresses and display names in header fields (From, Reply-To): one parser for the tokenizer and
// the checks, and the key under which a display name is compared when someone borrows a
// colleague's name ("Anna Schmidt" <anna.schmidt.ceo@gmail.com>).
import { getDomain } from 'tldts';
import { stripInvisible } from '../content/invisible.ts';
import { latinSkeleton, withoutMarks } from '../content/scripts.ts';
import { decodeWords } from './mime-words.ts';

/** the display name an Italian certified-mail (PEC) provider writes for the sender it carries mail for ("Per conto di: sdi01@pec.fatturapa.it"), the address caught */
export const CERTIFIED_MAIL_NAME = /^\s*per conto di:\s*([^\s<>"]+@[^\s<>"]+)/i;

/** An address in text. The local part is bounded (RFC 5321 allows 64): unbounded, every word start
 * of "a.a.a.a…" scanned to the end of the text, and 300 kB of it took a minute. */
export const MAIL_RE = /\b[\w.+-]{1,64}@([\w-]+(?:\.[\w-]+)+)/g;

/**
 * The value with its quoted strings blanked (same length, so positions carry over): an address
 * written inside the quoted display name is the name's, not the sender's.
 */
function withoutQuoted(value: string): string {
  let out = '';
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i]!;
    if (quoted && c === '\\' && i + 1 < value.length) { out += '  '; i++; continue; }
    if (c === '"') quoted = !quoted;
    out += quoted || c === '"' ? ' ' : c;
  }
  return out;
}

/**
 * A From/Reply-To value → display name (encoded-words decoded), address and domain. The address is
 * the last one in angle brackets outside quoted strings, found before encoded words are decoded
 * (RFC 5322 §3.4, RFC 2047 §5): in `"Daniel Hughes <d.hughes@partner.example>" <accounts@other.example>`
 * the sender is accounts@other.example, however the name reads, and a name encoded to decode into
 * "<ceo@example.com>" stays a name.
 */
export function addressParts(value: string): { name: string; address: string; domain: string } {
  const bare = withoutQuoted(value);
  // both patterns start only where a scan cannot have started before (after a "<"; at the start
  // of a word), so a long header without "@" or ">" is read once, not from each of its characters
  let angle: RegExpExecArray | null = null;
  for (const m of bare.matchAll(/<([^<>]*)>/g)) angle = m;
  const plain = angle ? null : /(?<![^\s<>"])[^\s<>"]+@[^\s<>"]+/.exec(bare);
  if (!angle && !plain) return legacyAddressParts(decodeWords(value));
  const written = angle ? value.slice(angle.index + 1, angle.index + angle[0].length - 1) : plain![0];
  const address = written.toLowerCase().trim();
  const name = angle
    ? decodeWords(value.slice(0, angle.index)).replace(/["']/g, ' ').trim()
    : decodeWords(value.slice(0, plain!.index) + value.slice(plain!.index + plain![0].length)).replace(/[()"]/g, ' ').trim();
  return { name, address, domain: address.includes('@') ? address.split('@').pop()! : '' };
}

/** A value with no address outside quoted strings ("\"anna@example.com\"", a name alone): read as written. */
function legacyAddressParts(decoded: string): { name: string; address: string; domain: string } {
  const angle = /<([^<>]*)>/.exec(decoded);
  const address = (angle ? angle[1]! : (/(?<![^\s<>"])[^\s<>"]+@[^\s<>"]+/.exec(decoded)?.[0] ?? '')).toLowerCase().trim();
  const name = angle ? decoded.slice(0, angle.index).replace(/["']/g, ' ').trim() : decoded.replace(address, '').replace(/[()"]/g, ' ').trim();
  return { name, address, domain: address.includes('@') ? address.split('@').pop()! : '' };
}

/** A list header's addresses (Cc, To, Reply-To) each with its display name: split at the commas outside quotes and angle brackets. */
export function addressList(value: string): Array<{ name: string; address: string; domain: string }> {
  const out: Array<{ name: string; address: string; domain: string }> = [];
  let quoted = false, angle = false, start = 0;
  for (let i = 0; i <= value.length; i++) {
    const c = value[i];
    if (c === '"' && value[i - 1] !== '\\') quoted = !quoted;
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    else if (i === value.length || (c === ',' && !quoted && !angle)) {
      const one = addressParts(value.slice(start, i));
      if (one.address.includes('@')) out.push(one);
      start = i + 1;
    }
  }
  return out;
}

/** The organisational domain of RFC 7489 §3.2 from the public-suffix list (private section too,
 * so two customers of one hosting suffix such as github.io are never "aligned"). */
export function orgDomain(domain: string): string {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return getDomain(d, { allowPrivateDomains: true }) ?? d;
}

/** Whether an address is in smtp.localDomains, as the inbound RCPT gate reads it: a name matches itself, ".example.com" its subdomains. */
export function isLocalDomain(domains: readonly string[], address: string): boolean {
  const at = address.lastIndexOf('@');
  if (at < 0) return false;
  const domain = address.slice(at + 1).toLowerCase().replace(/\.$/, '');
  return domains.some((d) => {
    const l = d.toLowerCase();
    return l.startsWith('.') ? domain.endsWith(l) : domain === l;
  });
}

/** Whether `domain` is one of `domains` or a subdomain of one ("mail.example.com" under "example.com"). */
export function inDomains(domain: string, domains: readonly string[]): boolean {
  const d = domain.toLowerCase().replace(/\.$/, '');
  return d !== '' && domains.some((x) => { const l = x.toLowerCase(); return d === l || d.endsWith('.' + l); });
}

/** E-mail addresses written inside a display name ("service@paypal.com" <x@evil.example>), lower-case. */
export function addressesIn(name: string): string[] {
  return [...new Set([...name.matchAll(MAIL_RE)].map((m) => m[0].toLowerCase()))];
}

/**
 * The key two display names of one person share, or null when the name is not a person's full
 * name (fewer than two words of two letters or more, more than five, or an address in it).
 * Comments in brackets go ("Anna Schmidt (Sales)"); accents, case, word order ("Schmidt, Anna"),
 * Cyrillic/Greek look-alike letters ("Аnna" with a Cyrillic А) and invisible characters do not matter.
 */
export function personNameKey(name: string): string | null {
  if (name.includes('@')) return null;
  return keyOf(withoutMarks(stripInvisible(name).replace(/\([^)]*\)|\[[^\]]*\]/g, ' ')).toLowerCase());
}

/**
 * Titles and forms of address that come and go in one person's display name ("Dr. Matthias Krämer",
 * "Matthias Krämer"; "Ing. Petr Novák"; "Dott.ssa Giulia Rossi"): not part of the key. Words that are also
 * given names or surnames ("Don", "Pan") are kept.
 */
const NAME_TITLES = new Set(['dr', 'prof', 'dipl', 'ing', 'mr', 'mrs', 'ms', 'herr', 'frau', 'dott', 'ssa', 'avv', 'sr', 'sra', 'srta', 'mgr', 'inz']);

/**
 * A Greek name in Latin letters as Greeks write it in their own mail (ELOT 743): "γιωργος αλεξιου"
 * → "giorgos alexiou", "νικος παπαδοπουλος" → "nikos papadopoulos". So a colleague who sends as
 * "Giorgos Alexiou" is recognised in "Γιώργος Αλεξίου" and the other way round. Lower case,
 * without marks; only a word wholly in Greek letters (a word mixing scripts to look Latin is read
 * by its look-alikes, latinSkeleton).
 */
const GREEK_DIGRAPHS: ReadonlyArray<[string, string]> = [['ου', 'ou'], ['αυ', 'av'], ['ευ', 'ev'], ['μπ', 'b'], ['ντ', 'nt'], ['γκ', 'gk'], ['γγ', 'ng'], ['τσ', 'ts'], ['τζ', 'tz']];
const GREEK_LETTERS: Record<string, string> = {
  α: 'a', β: 'v', γ: 'g', δ: 'd', ε: 'e', ζ: 'z', η: 'i', θ: 'th', ι: 'i', κ: 'k', λ: 'l', μ: 'm', ν: 'n', ξ: 'x', ο: 'o', π: 'p',
  ρ: 'r', σ: 's', ς: 's', τ: 't', υ: 'y', φ: 'f', χ: 'ch', ψ: 'ps', ω: 'o',
};
const GREEK_WORD = /^[α-ω]+$/u;
function greekInLatin(word: string): string {
  let w = word;
  for (const [g, l] of GREEK_DIGRAPHS) w = w.split(g).join(l);
  return [...w].map((c) => GREEK_LETTERS[c] ?? c).join('');
}

/**
 * A Russian name in the Latin spellings Russians and their colleagues abroad use for it: no one
 * scheme wins (Дмитрий is Dmitriy, Dmitry, Dmitrii, Dmitri or Dmitrij), so the name is written in
 * each of five, the same scheme for all its words as a person spells his own name: the BGN/PCGN
 * romanisation, the common English spelling (Dmitry, Alexey, Yulia), the passports' ICAO 9303
 * (Dmitrii, Iuliia), the German (Dmitri Iwanow, Sergej Schukow) and the scholarly one without its
 * marks (Dmitrij Ivanov); and a sixth for a German name written in Cyrillic (Маркус Хоффманн, read
 * back as Markus Hoffmann). Only for looking up a Cyrillic display name among the Latin ones learned
 * (personNameKeys): the keys learned stay personNameKey's.
 */
interface RussianScheme { letters: Record<string, string>; rewrites: ReadonlyArray<[RegExp, string]>; initialE: string; x: boolean }
const RUSSIAN_BASE: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', ё: 'e', ж: 'zh', з: 'z', и: 'i', й: 'y', к: 'k', л: 'l', м: 'm', н: 'n', о: 'o', п: 'p',
  р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh', щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ю: 'yu', я: 'ya',
};
const RUSSIAN_SCHEMES: readonly RussianScheme[] = [
  // BGN/PCGN: Dmitriy Yevgeniy
  { letters: { ё: 'yo' }, rewrites: [], initialE: 'ye', x: false },
  // the common English spelling: Dmitry, Evgeny, Alexey, Alexander, Yulia, Natalia
  { letters: {}, rewrites: [[/iy$/, 'y'], [/yy$/, 'y'], [/iya$/, 'ia'], [/xandr$/, 'xander']], initialE: 'e', x: true },
  // ICAO 9303 (Russian passports since 2013): Dmitrii, Iuliia, Sergei
  { letters: { й: 'i', ю: 'iu', я: 'ia' }, rewrites: [], initialE: 'e', x: false },
  // German: Dmitri, Jewgeni, Iwanow, Schukow, Sergej
  // (й as i, but -ей as -ej: Michailowa, Tschaikowski, Nikolai, Dmitri; Sergej, Alexej)
  { letters: { в: 'w', ж: 'sch', й: 'i', х: 'ch', ц: 'z', ч: 'tsch', ш: 'sch', щ: 'schtsch', ю: 'ju', я: 'ja', ё: 'jo' }, rewrites: [[/ii$/, 'i'], [/yi$/, 'y'], [/ei$/, 'ej'], [/xandr$/, 'xander']], initialE: 'je', x: true },
  // scholarly (ISO 9 / GOST 7.79 without its marks): Dmitrij, Sergej, Julija, Žukov as Zukov
  { letters: { ж: 'z', й: 'j', х: 'ch', ц: 'c', ч: 'c', ш: 's', щ: 'sc', ю: 'ju', я: 'ja' }, rewrites: [], initialE: 'e', x: false },
  // a German name written in Cyrillic, read back: Маркус Хоффманн is Markus Hoffmann, Штефан Майер
  // Stefan Maier, Мюллер Müller (whose key reads "muller"), Вебер Weber: how a fraud writing to the
  // Russian office spells the German boss
  // (ю after a consonant is ü: Мюллер, Юрген Jürgen)
  { letters: { в: 'w', ж: 'sch', й: 'i', х: 'h', ц: 'z', ч: 'tsch', ш: 'sch', ю: 'ju', я: 'ja', ё: 'o' }, rewrites: [[/^scht/, 'st'], [/^schp/, 'sp'], [/([bcdfghklmnprstwz])ju/g, '$1u']], initialE: 'e', x: true },
];
const RUSSIAN_WORD = /^[а-яё]+$/u;
function russianInLatin(word: string, scheme: RussianScheme): string {
  let out = '';
  for (const [i, c] of [...word].entries()) {
    out += i === 0 && c === 'е' ? scheme.initialE : scheme.letters[c] ?? RUSSIAN_BASE[c] ?? c;
  }
  if (scheme.x) out = out.replace(/ks/g, 'x');
  for (const [from, to] of scheme.rewrites) out = out.replace(from, to);
  return out;
}
/** The six Latin spellings of a name with Russian words (lower case, NFC), or none when it has none. */
function russianSpellings(clean: string): string[] {
  const words = clean.normalize('NFC').match(/\p{L}+/gu) ?? [];
  if (!words.some((w) => RUSSIAN_WORD.test(w))) return [];
  return RUSSIAN_SCHEMES.map((scheme) => words.map((w) => (RUSSIAN_WORD.test(w) ? russianInLatin(w, scheme) : w)).join(' '));
}

/** One word of a name as keys compare it: a Greek word in Latin letters, any other read by its look-alike letters. */
const nameWord = (w: string): string => (GREEK_WORD.test(w) ? greekInLatin(w) : latinSkeleton(w));

/**
 * The key of a name already lower-cased and without marks (its titles left out, unless `legacy`:
 * the keys learned before titles were left out and Greek names were written in Latin letters).
 */
function keyOf(plain: string, legacy = false): string | null {
  const words = [...new Set((plain.match(/\p{L}+/gu) ?? []).map(legacy ? latinSkeleton : nameWord).filter((w) => w.length >= 2 && (legacy || !NAME_TITLES.has(w))))];
  if (words.length < 2 || words.length > 5) return null;
  return words.sort().join(' ');
}

/**
 * The keys a colleague's name may have been learned under, for looking one up: personNameKey's,
 * and the German spellings of the umlauts either way ("Thomas Mueller" for a Thomas Müller, whose
 * key reads "muller"; "Thomas Müller" for a Thomas Mueller): keyboards and old systems write ü as
 * ue, and a fraudster copies the name as he found it. Only for looking up: the keys learned stay
 * personNameKey's.
 */
export function personNameKeys(name: string): string[] {
  if (!personNameKey(name)) return [];
  const clean = stripInvisible(name).replace(/\([^)]*\)|\[[^\]]*\]/g, ' ').toLowerCase();
  // each word as written, with its umlauts spelt out, and with spelt-out umlauts folded back
  let variants = [''];
  for (const word of clean.match(/\p{L}+/gu) ?? []) {
    const forms = new Set([withoutMarks(word), withoutMarks(word.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue')), withoutMarks(word).replace(/([aou])e/g, '$1')]);
    variants = variants.flatMap((v) => [...forms].map((f) => `${v} ${f}`)).slice(0, MAX_NAME_KEYS);
  }
  // the key as learned before titles were left out and Greek names read in Latin letters (learned again with each message sent)
  const titled = keyOf(withoutMarks(clean), true);
  // a Russian name as colleagues who sign in Latin letters spell it (the Cyrillic key is the first)
  const russian = russianSpellings(clean).map((v) => keyOf(withoutMarks(v)));
  return [...new Set([personNameKey(name)!, ...(titled ? [titled] : []), ...russian, ...variants.map((v) => keyOf(v))].filter((k): k is string => k !== null))].slice(0, MAX_NAME_KEYS);
}
/** keys looked up per name at most (a name of five words with umlauts in each would have 3^5) */
const MAX_NAME_KEYS = 8;

/**
 * "… via Docusign", "… über XING", "… (tramite Dropbox)", "… (mediante Formularios de Google)",
 * "… (za pośrednictwem Formularzy Google)", "… через", "… μέσω": the words with which a service
 * writes a display name for its user, before its own name
 */
const VIA_SERVICE = /[\s(](?:via|vía|über|uber|tramite|przez|za pośrednictwem|через|μέσω|a través de|mediante|por medio de)\s+\S/iu;

/** Where a display name a service wrote for its user turns to the service's name ("DHL Group über Eventbrite": 9), or -1. */
export const viaServiceAt = (name: string): number => name.search(VIA_SERVICE);

