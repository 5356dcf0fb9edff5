// UI strings in web/i18n/<lang>.json (flat keys). The language comes from the "lang" cookie set by
// the switch, else the browser's Accept-Language, else English. Missing keys fall back to English.
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

export function translator(lang: Lang): Translate {
  return (key, vars) => {
    let s = TABLES[lang][key] ?? TABLES.en[key] ?? key;
    if (vars) for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`{${k}}`, String(v));
    return s;
  };
}

/** per language: keys English has and it lacks, and keys it has that English does not (a unit test keeps them in step) */
export function missingKeys(): Record<Lang, { missing: string[]; extra: string[] }> {
  const en = Object.keys(TABLES.en);
  return Object.fromEntries(LANGS.map((l) => [l, {
    missing: en.filter((k) => !(k in TABLES[l])),
    extra: Object.keys(TABLES[l]).filter((k) => !(k in TABLES.en)),
  }])) as Record<Lang, { missing: string[]; extra: string[] }>;
}

/** keys whose {placeholders} differ from English's, per language: a translation must keep them all */
export function placeholderMismatches(): Record<Lang, string[]> {
  const vars = (s: string): string => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort().join(',');
  return Object.fromEntries(LANGS.map((l) => [l, Object.keys(TABLES[l]).filter((k) => k in TABLES.en && vars(TABLES[l][k]!) !== vars(TABLES.en[k]!))])) as Record<Lang, string[]>;
}
