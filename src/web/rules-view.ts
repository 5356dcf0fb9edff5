// Reading the pipeline runtime's live rules for the UI: symbol descriptions (en/ru) and weights.
import type { Rules } from '../pipeline/index.ts';
import type { WebDeps } from './deps.ts';
import type { Lang } from './i18n.ts';

export function currentRules(deps: WebDeps): Rules | null {
  try {
    return deps.runtime?.rules() ?? null;
  } catch {
    return null;
  }
}

/** plain-words explanation of a symbol in the user's language, from rules/ */
export function symbolDescriber(deps: WebDeps, lang: Lang = 'en'): (name: string) => string | undefined {
  return (name) => currentRules(deps)?.symbols[name]?.description[lang];
}
