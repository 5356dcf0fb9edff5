// UI strings in web/i18n/<lang>.json (flat keys). The language comes from the "lang" cookie set by
// the switch, else the browser's Accept-Language, else English. Missing keys fall back to English.
// A count in `{n}` picks the plural form of its language (Intl.PluralRules: one, few, many, …) from
// `key.one`, `key.few`, … where the table has one; the plain key is the form for other counts.
// ("1 messages held for you" was the digest's subject; Russian and Polish have three forms.)
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LANGS, LANG_LOCALE, isLang, type Lang } from '../lang.ts';

export { LANGS, LANG_LOCALE, isLang, type Lang };

const dir = fileURLToPath(new URL('../../web/i18n/', import.meta.url));
const TABLES = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(readFileSync(`${dir}${l}.json`, 'utf8')) as Record<string, string>])) as Record<Lang, Record<string, string>>;

export function pickLang(cookie: string | undefined, acceptLanguage: string | undefined): Lang {
  if (isLang(cookie)) return cookie;
  const prefs = (acceptLanguage ?? '')
    .split(',')
    .map((part) => {
      const [tag, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { tag: (tag ?? '').toLowerCase().split('-')[0]!, q: q ? Number(q) : 1 };
    })
    .filter((p) => p.tag && p.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const p of prefs) if (isLang(p.tag)) return p.tag;
  return 'en';
}

export type Translate = (key: string, vars?: Record<string, string | number>) => string;

const PLURAL_RULES = Object.fromEntries(LANGS.map((l) => [l, new Intl.PluralRules(LANG_LOCALE[l])])) as Record<Lang, Intl.PluralRules>;

/** the suffix of a plural-form key (`digest.subject.few`), by language */
const pluralSuffixes = (lang: Lang): string[] => PLURAL_RULES[lang].resolvedOptions().pluralCategories.filter((c) => c !== 'other').map((c) => `.${c}`);

export function translator(lang: Lang): Translate {
  return (key, vars) => {
    const n = vars?.n;
    const form = typeof n === 'number' ? `${key}.${PLURAL_RULES[lang].select(n)}` : null;
    // the language's own words first: its plural form, its plain key; English only for what it lacks
    let s = (form && TABLES[lang][form]) ?? TABLES[lang][key] ?? (typeof n === 'number' ? TABLES.en[`${key}.${PLURAL_RULES.en.select(n)}`] : undefined) ?? TABLES.en[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

/** The English key a key of `lang` translates: itself, or for a plural form of its language (`x.few`) the plain key. */
function baseKey(lang: Lang, key: string): string {
  const suffix = pluralSuffixes(lang).find((s) => key.endsWith(s));
  return suffix && key.slice(0, -suffix.length) in TABLES.en ? key.slice(0, -suffix.length) : key;
}

/**
 * per language: keys English has and it lacks, and keys it has that English does not (a unit test
 * keeps them in step); a plural form counts as its plain key, and only with the categories its
 * language has (no `.few` in German). English's own plural forms are not required of others.
 */
export function missingKeys(): Record<Lang, { missing: string[]; extra: string[] }> {
  const en = Object.keys(TABLES.en).filter((k) => baseKey('en', k) === k);
  return Object.fromEntries(LANGS.map((l) => [l, {
    missing: en.filter((k) => !(k in TABLES[l])),
    extra: Object.keys(TABLES[l]).filter((k) => !(baseKey(l, k) in TABLES.en) || baseKey(l, k) !== k && !(baseKey(l, k) in TABLES[l])),
  }])) as Record<Lang, { missing: string[]; extra: string[] }>;
}

/** keys whose {placeholders} differ from English's, per language: a translation must keep them all (plural forms too) */
export function placeholderMismatches(): Record<Lang, string[]> {
  const vars = (s: string): string => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  return Object.fromEntries(LANGS.map((l) => [l, Object.keys(TABLES[l]).filter((k) => baseKey(l, k) in TABLES.en && vars(TABLES[l][k]!) !== vars(TABLES.en[baseKey(l, k)]!))])) as Record<Lang, string[]>;
}
