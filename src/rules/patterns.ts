// The patterns of the admin's own rules (rules/custom-rules.yaml). Admins write them, so no pattern
// may stall the gateway: regular expressions run on RE2 (re2js), which matches in time linear in the
// text for any pattern; V8's engine backtracks, and one careless `(a+)+` would block every SMTP
// session of a worker. Two forms:
//   - `/expression/flags`: RE2 syntax, flags i (any case), s (. matches newlines), m (^ $ at lines).
//     RE2's \b and \w are ASCII-only; \p{L} is any letter.
//   - anything else is a phrase: its words in this order, whole words, in any case and with any
//     spaces between them, in every script ("счёт на оплату", "Rechnung", "@partner.example").
// The `account` field is matched against bank accounts, so its patterns are accounts (any grouping)
// or `/expressions/` over the accounts' one form (compileFieldPattern).
import ipaddr from 'ipaddr.js';
import { RE2JS } from 're2js';
import { accountKey } from '../content/bank-accounts.ts';

export interface TextPattern {
  /** the matched text (a phrase without its bounding characters), or null */
  find(text: string): string | null;
}

const REGEX_FORM = /^\/(.+)\/([a-z]*)$/s;
const FLAGS: Record<string, number> = { i: RE2JS.CASE_INSENSITIVE, s: RE2JS.DOTALL, m: RE2JS.MULTILINE };
const WORD_CHAR = /[\p{L}\p{N}_]/u;
const NOT_WORD = '[^\\p{L}\\p{N}_]';

/** The RE2 expression and flags a pattern stands for. Throws with a readable reason. */
function expressionOf(pattern: string): { expr: string; flags: number; phrase: boolean } {
  const regex = REGEX_FORM.exec(pattern);
  if (regex) {
    let flags = 0;
    for (const f of regex[2]!) {
      if (!FLAGS[f]) throw new Error(`unknown flag "${f}" (i, s and m are known)`);
      flags |= FLAGS[f];
    }
    return { expr: regex[1]!, flags, phrase: false };
  }
  const words = pattern.normalize('NFC').trim().split(/\s+/).filter(Boolean);
  if (!words.length) throw new Error('is empty');
  const first = words[0]![0]!;
  const last = words.at(-1)!.at(-1)!;
  // a word character at an end must not continue a longer word; "@domain" may follow a name
  const before = WORD_CHAR.test(first) ? `(?:^|${NOT_WORD})` : '';
  const after = WORD_CHAR.test(last) ? `(?:$|${NOT_WORD})` : '';
  return { expr: `${before}(${words.map((w) => RE2JS.quote(w)).join('\\s+')})${after}`, flags: RE2JS.CASE_INSENSITIVE, phrase: true };
}

/** Why `compile` refuses a pattern, or null. */
const problemOf = (compile: (pattern: string) => unknown) => (pattern: string): string | null => {
  try {
    compile(pattern);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
};

/** Why a text pattern cannot be used, or null. */
export const patternProblem = problemOf(compilePattern);

/** What RE2 leaves out, by name: its own messages call a lookbehind "invalid named capture". */
function unsupportedFeature(expr: string): string | null {
  if (/\(\?<[=!]/.test(expr)) return 'lookbehind (?<= (?<! is not supported: RE2 matches in linear time and has no lookarounds';
  if (/\(\?[=!]/.test(expr)) return 'lookahead (?= (?! is not supported: RE2 matches in linear time and has no lookarounds';
  if (/\\[1-9]|\\k</.test(expr)) return 'backreferences (\\1) are not supported: RE2 matches in linear time and has none';
  return null;
}

export function compilePattern(pattern: string): TextPattern {
  const { expr, flags, phrase } = expressionOf(pattern);
  let re: RE2JS;
  try {
    re = RE2JS.compile(expr, flags);
  } catch (err) {
    throw new Error(unsupportedFeature(expr) ?? (err as Error).message.replace(/^error parsing regexp: /, ''));
  }
  return {
    find(text) {
      // test() runs RE2's DFA alone; the captures of exec() cost several times more and are
      // only needed for the detail of a hit
      if (!re.test(text)) return null;
      const m = re.exec(text);
      return m ? (phrase ? m[1] : m[0]) ?? '' : null;
    },
  };
}

export interface IpPattern {
  matches(ip: string): boolean;
}

/** An IP address or CIDR network ("203.0.113.0/24", "2001:db8::/32"); IPv4-mapped IPv6 clients count as IPv4. */
export function compileIpPattern(pattern: string): IpPattern {
  const text = pattern.trim();
  if (text.includes('/')) {
    if (!ipaddr.isValidCIDR(text)) throw new Error(`"${text}" is not a CIDR network`);
    const range = ipaddr.parseCIDR(text);
    return { matches: (ip) => { const a = parseIp(ip); return a !== null && a.kind() === range[0].kind() && a.match(range); } };
  }
  if (!ipaddr.isValid(text)) throw new Error(`"${text}" is not an IP address`);
  const one = ipaddr.process(text).toString();
  return { matches: (ip) => parseIp(ip)?.toString() === one };
}

function parseIp(ip: string): ipaddr.IPv4 | ipaddr.IPv6 | null {
  return ipaddr.isValid(ip) ? ipaddr.process(ip) : null;
}

/** Why an ip pattern cannot be used, or null. */
export const ipPatternProblem = problemOf(compileIpPattern);

/**
 * A bank account as a pattern: the account itself however it is grouped ("DE89 3704 0044 0532 0130
 * 00" matches DE89370400440532013000 in any message's spacing), or an `/expression/` over the
 * accounts as the readers give them (compact IBANs: '/^LT\d+/'). Throws when it is neither.
 */
export function compileAccountPattern(pattern: string): TextPattern {
  if (REGEX_FORM.test(pattern)) return compilePattern(pattern);
  const key = accountKey(pattern);
  if (key === null) throw new Error('is not a bank account: an IBAN whose check digits hold, a Polish account (26 digits), a Russian settlement account (20 digits), a British sort code and account number ("04-00-75 31846259"), or a /regular expression/');
  return { find: (account) => (account === key ? account : null) };
}

/** How a custom rule's field reads its patterns: accounts for `account`, text for the others. */
export const compileFieldPattern = (field: string): ((pattern: string) => TextPattern) => (field === 'account' ? compileAccountPattern : compilePattern);

/** Why a pattern of a custom rule's field cannot be used, or null. */
export const fieldPatternProblem = (field: string): ((pattern: string) => string | null) => problemOf(compileFieldPattern(field));
