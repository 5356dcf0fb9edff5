// Reading the pipeline runtime's live rules for the UI: symbol descriptions (in the UI's languages) and weights.
import { SCRIPT_NAMES, type ScriptName } from '../content/scripts.ts';
import { attachmentsOptionsSchema, policyOf } from '../pipeline/checks/attachments.ts';
import { spamtrapOptionsSchema } from '../pipeline/checks/spamtrap.ts';
import { sectionOptions } from '../rules/schema.ts';
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
  return (name) => {
    const d = currentRules(deps)?.symbols[name]?.description;
    return d ? d[lang] ?? d.en : undefined;
  };
}

/** the attachment types let through in force (rules/checks.yaml + the admin's override) */
export function allowExtensionsOf(rules: Rules): string[] {
  const listed = (rules.checks.attachments as { allowExtensions?: unknown } | undefined)?.allowExtensions;
  return Array.isArray(listed) ? listed.map(String) : [];
}

/** the attachment types refused in force, as the check reads its options (for the settings page) */
export function blockedExtensionsOf(rules: Rules): string[] {
  const options = attachmentsOptionsSchema.safeParse(rules.checks.attachments ?? {});
  return options.success ? [...policyOf(options.data).block] : [];
}

/** the spam trap addresses in force (rules/checks.yaml + the admin's override), as the check reads them (lower case) */
export function spamTrapsOf(rules: Rules): string[] {
  return sectionOptions(rules.checks, 'spamtrap', spamtrapOptionsSchema).addresses;
}

/** the scripts check's okScripts in force (rules/checks.yaml + the admin's override), in SCRIPT_NAMES order */
export function okScriptsOf(rules: Rules): ScriptName[] {
  const listed = (rules.checks.scripts as { okScripts?: unknown } | undefined)?.okScripts;
  const set = new Set(Array.isArray(listed) ? listed : []);
  return SCRIPT_NAMES.filter((name) => set.has(name));
}
