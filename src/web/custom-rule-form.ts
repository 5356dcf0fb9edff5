// The web UI's form for the admin's own rules ↔ a rule as rules/custom-rules.yaml writes it. The
// form has a text box per field (one pattern per line) for "matches" and for "unless"; the
// rule itself is validated where every rule is (rules/load.ts), so a bad pattern comes back with
// its key path.
import { stringify } from 'yaml';
import { CUSTOM_FIELDS, type CustomConditions, type CustomRule, type Rules } from '../rules/schema.ts';
import type { Lang } from './i18n.ts';

/** the fields a text box per field covers (header has a name box besides) */
export const FORM_FIELDS = CUSTOM_FIELDS.filter((f) => f !== 'header') as Array<Exclude<(typeof CUSTOM_FIELDS)[number], 'header'>>;
export const FORM_FORCES = ['', 'accept', 'quarantine', 'reject'] as const;

/** what the form shows: every value as the text in its box */
export interface CustomRuleForm {
  name: string;
  description: string;
  weight: string;
  force: string;
  reply: string;
  releaseAdmin: boolean;
  enabled: boolean;
  direction: NonNullable<CustomRule['direction']>;
  /** `when_subject`, `unless_body`, `when_header_name`…: the text of each box */
  boxes: Record<string, string>;
}

export const emptyRuleForm = (): CustomRuleForm => ({ name: '', description: '', weight: '3', force: '', reply: '', releaseAdmin: false, enabled: true, direction: 'inbound', boxes: {} });

const lines = (text: string | undefined): string[] => (text ?? '').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);

function conditionsOf(boxes: Record<string, string>, side: 'when' | 'unless'): CustomConditions {
  const c: CustomConditions = {};
  for (const field of FORM_FIELDS) {
    const patterns = lines(boxes[`${side}_${field}`]);
    if (patterns.length) c[field] = patterns;
  }
  const header = (boxes[`${side}_header_name`] ?? '').trim();
  const headerPatterns = lines(boxes[`${side}_header`]);
  if (header && headerPatterns.length) c.header = { [header]: headerPatterns };
  return c;
}

/** The posted form → the form as shown again (after an error) and the rule to save. */
export function parseRuleForm(body: Record<string, string | undefined>, lang: Lang): { form: CustomRuleForm; name: string; rule: Record<string, unknown> } {
  const boxes: Record<string, string> = {};
  for (const side of ['when', 'unless'] as const) {
    for (const f of [...FORM_FIELDS, 'header', 'header_name']) {
      const v = body[`${side}_${f}`];
      if (v) boxes[`${side}_${f}`] = v;
    }
  }
  const direction = (['inbound', 'outbound', 'both'] as const).find((d) => d === body.direction) ?? 'inbound';
  const form: CustomRuleForm = {
    name: (body.name ?? '').trim().toUpperCase(), description: (body.description ?? '').trim(), weight: (body.weight ?? '').trim(),
    force: (FORM_FORCES as readonly string[]).includes(body.force ?? '') ? body.force! : '', reply: (body.reply ?? '').trim(),
    releaseAdmin: body.release === '1', enabled: body.enabled === '1', direction, boxes,
  };
  const weight = Number(form.weight.replace(',', '.'));
  const unless = conditionsOf(boxes, 'unless');
  // The admin writes one description, in the language of the UI they use; English stands in for
  // the other languages, so it goes there too.
  const rule: Record<string, unknown> = {
    // left out when it is no number: the rule's check then names the key (custom.NAME.weight)
    ...(form.weight !== '' && Number.isFinite(weight) ? { weight } : {}),
    direction,
    ...conditionsOf(boxes, 'when'),
    ...(form.description ? { description: { en: form.description, ...(lang !== 'en' ? { [lang]: form.description } : {}) } } : {}),
    ...(form.force ? { force: form.force } : {}),
    ...(form.reply ? { reply: form.reply } : {}),
    ...(form.releaseAdmin ? { release: 'admin' } : {}),
    ...(form.enabled ? {} : { enabled: false }),
    ...(Object.keys(unless).length ? { unless } : {}),
  };
  return { form, name: form.name, rule };
}

/** A rule in force (its entry and symbol; the description only when the rule gives one) → the form that edits it. */
export function ruleForm(name: string, rule: CustomConditions & Partial<Pick<CustomRule, 'weight' | 'force' | 'reply' | 'release' | 'enabled' | 'direction' | 'unless' | 'description'>>, lang: Lang): CustomRuleForm {
  const boxes: Record<string, string> = {};
  const fill = (c: CustomConditions, side: 'when' | 'unless') => {
    for (const field of FORM_FIELDS) if (c[field]) boxes[`${side}_${field}`] = c[field]!.join('\n');
    const [header] = Object.entries(c.header ?? {});
    if (header) {
      boxes[`${side}_header_name`] = header[0];
      boxes[`${side}_header`] = header[1].join('\n');
    }
  };
  fill(rule, 'when');
  fill(rule.unless ?? {}, 'unless');
  return {
    name, description: rule.description ? rule.description[lang] ?? rule.description.en : '', weight: String(rule.weight ?? ''),
    force: rule.force && (FORM_FORCES as readonly string[]).includes(rule.force) ? rule.force : '', reply: rule.reply ?? '',
    releaseAdmin: rule.release === 'admin', enabled: rule.enabled !== false, direction: rule.direction ?? 'inbound', boxes,
  };
}

/** Whether the form can show the rule whole (a rule made through the API may not fit it): one header per side, a forced action the form offers. */
export function formCanEdit(rule: CustomConditions & { unless?: CustomConditions; force?: string }): boolean {
  return Object.keys(rule.header ?? {}).length <= 1 && Object.keys(rule.unless?.header ?? {}).length <= 1
    && (FORM_FORCES as readonly string[]).includes(rule.force ?? '');
}

/** A rule in force as rules/custom-rules.yaml writes it: to move a rule made in the web UI into the file (or another gateway). */
export function ruleYaml(entry: Rules['custom'][number], symbol: Rules['symbols'][string]): string {
  const { name, origin: _origin, enabled, direction, described, unless, ...conditions } = entry;
  const rule = {
    weight: symbol.weight,
    ...(described ? { description: symbol.description } : {}),
    ...(symbol.force ? { force: symbol.force } : {}),
    ...(symbol.reply ? { reply: symbol.reply } : {}),
    ...(symbol.release ? { release: symbol.release } : {}),
    ...(enabled ? {} : { enabled: false }),
    ...(direction !== 'inbound' ? { direction } : {}),
    ...conditions,
    ...(unless ? { unless } : {}),
  };
  return stringify({ [name]: rule });
}
