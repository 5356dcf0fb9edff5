// The languages of the web UI, the daily digest and the symbols' plain-words descriptions
// (web/i18n/<lang>.json, `description` in rules/*.yaml): those of the offices a gateway like this
// serves. English is the fallback for anything not translated.
export const LANGS = ['en', 'de', 'es', 'it', 'pl', 'el', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** the locale dates are written in */
export const LANG_LOCALE: Record<Lang, string> = { en: 'en-GB', de: 'de-DE', es: 'es-ES', it: 'it-IT', pl: 'pl-PL', el: 'el-GR', ru: 'ru-RU' };

export function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}
