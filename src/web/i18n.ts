// UI strings in web/i18n/<lang>.json (flat keys). The language comes from the "lang" cookie set by
// the switch, else the browser's Accept-Language, else English. Missing keys fall back to English.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const LANGS = ['en', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

const dir = fileURLToPath(new URL('../../web/i18n/', import.meta.url));
const TABLES: Record<Lang, Record<string, string>> = {
  en: JSON.parse(readFileSync(dir + 'en.json', 'utf8')) as Record<string, string>,
  ru: JSON.parse(readFileSync(dir + 'ru.json', 'utf8')) as Record<string, string>,
};

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

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

/** keys present in one table and not the other (a unit test keeps them in step) */
export function missingKeys(): Record<Lang, string[]> {
  const all = new Set([...Object.keys(TABLES.en), ...Object.keys(TABLES.ru)]);
  return { en: [...all].filter((k) => !(k in TABLES.en)), ru: [...all].filter((k) => !(k in TABLES.ru)) };
}
