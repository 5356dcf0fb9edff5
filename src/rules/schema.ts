// Schemas of the files in rules/ and of the admin's live overrides. The TS types are derived from
// these; nothing here knows about checks (cross-file validation lives in load.ts), except the
// check options the admin changes live (okScripts, allowExtensions, spamTraps), whose schemas the checks take
// from here.
import { z } from 'zod';
import { SCRIPT_NAMES } from '../content/scripts.ts';
import type { Lang } from '../lang.ts';

const SYMBOL_NAME = /^[A-Z][A-Z0-9_]*$/;
const symbolName = z.string().regex(SYMBOL_NAME, 'must be UPPER_SNAKE (A-Z, 0-9, _)');
const ipv4Pattern = z.string().regex(/^(\d{1,3}|\*)(\.(\d{1,3}|\*)){3}$/, 'must be an IPv4 answer such as 127.0.0.2 (an octet may be *)');

export const thresholdsSchema = z.strictObject({
  reject: z.number().nullable().optional(),
  quarantine: z.number().nullable().optional(),
  tag: z.number().nullable().optional(),
  greylist: z.number().nullable().optional(),
});

/** rules/actions.yaml: `reject: N`, `quarantine: N`, `tag: N`, `greylist: N` (missing = disabled). */
export const actionsFileSchema = thresholdsSchema.extend({
  /** put in front of the Subject when tagging; absent/null = leave the Subject alone */
  subjectPrefix: z.string().nullable().optional(),
  /** outbound profile: `reject: N` refuses outbound mail scoring N or more (no section: the inbound `reject` applies) */
  outbound: z.strictObject({ reject: z.number().nullable().optional() }).nullable().optional(),
});

/** Plain words for the web UI: English required, the other UI languages optional (English stands in). */
const translation = z.string().min(1).optional();
export const descriptionSchema = z.strictObject({
  en: z.string().min(1), de: translation, es: translation, it: translation, pl: translation, el: translation, ru: translation,
} satisfies Record<Lang, z.ZodType>);

/** A forced action: `accept` in the RCPT phase means "this recipient allow-lists the sender". */
export const forceSchema = z.enum(['reject', 'tempfail', 'quarantine', 'accept']);

export const symbolRuleSchema = z.strictObject({
  weight: z.number(),
  description: descriptionSchema,
  force: forceSchema.optional(),
  /** SMTP reply for a forced reject/tempfail, e.g. "554 5.7.1 {detail}" ({detail} = the hit's detail) */
  reply: z.string().regex(/^[45]\d\d [45]\.\d{1,3}\.\d{1,3}( .*)?$/, 'must look like "550 5.7.1 text"').optional(),
  /** who may release a message held with this symbol: `admin` for signs of phishing and malware
   * (the user who releases such mail takes the attack's last step; the user may ask an admin);
   * default: the users it was sent to */
  release: z.enum(['user', 'admin']).optional(),
});

/** rules/symbols.yaml: SYMBOL → { weight, description: {en, de?, …, ru?}, force?, reply?, release? } */
export const symbolsFileSchema = z.record(symbolName, symbolRuleSchema);

/** A pattern or a list of them (any one matching counts); how one reads is up to src/rules/patterns.ts. */
const patternList = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((v) => (Array.isArray(v) ? v : [v]));

/**
 * What an admin's own rule looks at (rules/custom-rules.yaml). Every field listed must match (and);
 * of a field's patterns, any one (or). Text fields take a phrase (whole words, any case) or a
 * `/regular expression/flags` (RE2 syntax: linear time, so no pattern can stall the gateway).
 */
export const customConditionsSchema = z.strictObject({
  /** the Subject, decoded */
  subject: patternList.optional(),
  /** the From header as shown: `Name <address>` */
  from: patternList.optional(),
  /** the envelope sender (MAIL FROM; '' for bounces) */
  mailFrom: patternList.optional(),
  /** any envelope recipient */
  recipient: patternList.optional(),
  /** header name → patterns for its decoded value (any occurrence) */
  header: z.record(z.string().regex(/^[!-9;-~]+$/, 'must be a header name such as X-Mailer'), patternList).optional(),
  /** the text a reader sees: the subject, then the body (HTML reduced to its visible text) */
  body: patternList.optional(),
  /** the file name of any attachment, or of a file inside one (archives, disk images, forwarded messages, as the attachments check opens them) */
  attachment: patternList.optional(),
  /** any web address the message links to (body, attachments, QR codes) */
  link: patternList.optional(),
  /** any bank account the message names (its text and attached documents): accounts in any grouping, or /expressions/ over their one form */
  account: patternList.optional(),
  /** the client's IP address: addresses and CIDR networks, not patterns */
  ip: patternList.optional(),
  /** the client's reverse DNS name ('' when it has none) */
  hostname: patternList.optional(),
  /** the name the client gave in HELO/EHLO */
  helo: patternList.optional(),
});

export const CUSTOM_FIELDS = Object.keys(customConditionsSchema.shape) as Array<keyof z.infer<typeof customConditionsSchema>>;
/** the fields whose values are text matched by patterns (header has a name besides; ip takes addresses) */
export const TEXT_CONDITION_FIELDS = CUSTOM_FIELDS.filter((f): f is Exclude<(typeof CUSTOM_FIELDS)[number], 'header' | 'ip'> => f !== 'header' && f !== 'ip');

/** One rule of rules/custom-rules.yaml: a symbol (weight, force, reply, release as in symbols.yaml) and what it matches. */
export const customRuleSchema = symbolRuleSchema.extend({
  /** the words the UI shows for the symbol; default: "Matches the administrator's rule NAME" */
  description: descriptionSchema.optional(),
  /** false keeps the rule (and its symbol) but does not run it */
  enabled: z.boolean().optional(),
  /** which mail it applies to (default inbound; no zod default: the web API's JSON schema would carry it into a nullable, which its validator refuses) */
  direction: z.enum(['inbound', 'outbound', 'both']).optional(),
  /** exceptions: the rule does not fire when any field listed here matches */
  unless: customConditionsSchema.optional(),
  ...customConditionsSchema.shape,
}).refine((r) => CUSTOM_FIELDS.some((f) => r[f] !== undefined), { message: `must name what it matches: one or more of ${CUSTOM_FIELDS.join(', ')}` });

/** rules/custom-rules.yaml: SYMBOL → { weight, …, subject?, from?, …, unless? } */
export const customRulesFileSchema = z.record(symbolName, customRuleSchema).nullable().transform((v) => v ?? {});

export const dnsblSymbolSchema = symbolRuleSchema.extend({
  /** answers that count for this symbol; "any" = every answer in 127/8 that is not an error code */
  codes: z.union([z.literal('any'), z.array(ipv4Pattern).min(1)]),
});

export const dnsblListSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be kebab-case'),
  zone: z.string().min(1),
  /** what is looked up: `ip` the client's address (check dnsbl), `domain` the domains of the
   * message's links and senders (check uribl: Spamhaus DBL, SURBL, URIBL) */
  type: z.enum(['ip', 'domain']).default('ip'),
  enabled: z.boolean().default(true),
  /** query IPv6 clients (nibble format); many lists only serve IPv4 (ip lists only) */
  ipv6: z.boolean().default(false),
  /** answers meaning "your query was refused", on top of the universal 127.255.255.252/254/255 */
  errorCodes: z.array(ipv4Pattern).default([]),
  symbols: z.record(symbolName, dnsblSymbolSchema),
});

export const dnsblFileSchema = z.strictObject({ lists: z.array(dnsblListSchema).default([]) });

const greylistExceptionLists = {
  networks: z.array(z.string()),
  /** client reverse-DNS names: "*.google.com" or ".google.com" (suffix) or an exact name */
  hostnames: z.array(z.string()),
  /** envelope sender domains (subdomains included) */
  senderDomains: z.array(z.string()),
};
/** rules/greylist-exceptions.yaml: a list the file leaves out is empty */
export const greylistExceptionsSchema = z.strictObject({
  networks: greylistExceptionLists.networks.default([]),
  hostnames: greylistExceptionLists.hostnames.default([]),
  senderDomains: greylistExceptionLists.senderDomains.default([]),
});

/** rules/checks.yaml: check name → options; `enabled` and `timeoutMs` are read by the runner. */
export const checksFileSchema = z.record(z.string(), z.record(z.string(), z.unknown()).nullable());

export const greylistParamsSchema = z.strictObject({
  enabled: z.boolean(),
  mode: z.enum(['all', 'suspicious']),
  delay: z.number().int().min(0),
  window: z.number().int().min(0),
  expire: z.number().int().min(0),
});

/** The scripts check's okScripts: names of writing systems (src/content/scripts.ts). */
export const okScriptsSchema = z.array(z.enum(SCRIPT_NAMES));

/** File extensions as the attachments check lists them: "EXE" and ".exe" are "exe". */
export const extensionListSchema = z.array(
  z.string().transform((s) => s.trim().toLowerCase().replace(/^\.+/, '')).pipe(z.string().regex(/^[\p{L}\p{N}_-]{1,20}$/u, 'an extension such as exe or .exe')),
);

/**
 * Spam trap addresses (checks.yaml spamtrap.addresses): `name@domain`, or `@domain` for every
 * address of a domain no person uses any more; lower-cased.
 */
export const spamTrapAddressesSchema = z.array(
  z.string().transform((s) => s.trim().toLowerCase()).pipe(z.string().regex(/^(?:[^@\s]+)?@[^@\s.]+(?:\.[^@\s.]+)+$/, 'an address (trap@example.com) or a whole domain (@old.example.com)')),
);

/** What the admin may change live (web UI settings); persisted in store.settings `rules.overrides`. */
export const rulesPatchSchema = z.strictObject({
  thresholds: thresholdsSchema.optional(),
  subjectPrefix: z.string().nullable().optional(),
  /** outbound reject threshold; null disables it */
  outbound: z.strictObject({ reject: z.number().nullable().optional() }).optional(),
  /** symbol → weight; null drops the override (back to the file's weight) */
  weights: z.record(z.string(), z.number().nullable()).optional(),
  /** symbol → who releases mail held with it (`release` in rules/); null drops the override */
  release: z.record(z.string(), z.enum(['user', 'admin']).nullable()).optional(),
  /** list name → enabled */
  dnsbl: z.record(z.string(), z.strictObject({ enabled: z.boolean() })).optional(),
  greylist: greylistParamsSchema.partial().optional(),
  /** only the lists named change (no defaults here: a missing list must not become an empty override) */
  greylistExceptions: z.strictObject(greylistExceptionLists).partial().optional(),
  /** the writing systems the company reads (checks.yaml scripts.okScripts); [] = every script welcome */
  okScripts: okScriptsSchema.optional(),
  /** attachment types let through although a list blocks them (checks.yaml attachments.allowExtensions) */
  allowExtensions: extensionListSchema.optional(),
  /** spam trap addresses (checks.yaml spamtrap.addresses) */
  spamTraps: spamTrapAddressesSchema.optional(),
  /** the admin's own rules made in the web UI (as in rules/custom-rules.yaml): name → rule, null removes it */
  custom: z.record(symbolName, customRuleSchema.nullable()).optional(),
  /** true clears every earlier override first */
  reset: z.boolean().optional(),
});

export type Thresholds = z.infer<typeof thresholdsSchema>;
export type SymbolRule = z.infer<typeof symbolRuleSchema>;
export type DnsblList = z.infer<typeof dnsblListSchema>;
export type GreylistExceptions = z.infer<typeof greylistExceptionsSchema>;
export type GreylistParams = z.infer<typeof greylistParamsSchema>;
export type RulesPatch = z.infer<typeof rulesPatchSchema>;
export type CustomConditions = z.infer<typeof customConditionsSchema>;
export type CustomRule = z.infer<typeof customRuleSchema>;
/** where an admin's rule was written: the rules file, or the web UI (stored with the overrides) */
export type RuleOrigin = 'custom-rules.yaml' | 'web UI';
export type ForcedAction = z.infer<typeof forceSchema>;

export interface ResolvedThresholds { reject: number | null; quarantine: number | null; tag: number | null; greylist: number | null }

/** The effective rules: files + admin overrides. A plain JSON-able snapshot. */
export interface Rules {
  thresholds: ResolvedThresholds;
  /** outbound mail scoring `reject` or more is refused (a compromised mailbox); null = never by score */
  outbound: { reject: number | null };
  subjectPrefix: string | null;
  /** every symbol incl. the DNSBL ones, with its effective weight; `source` says which file defines it */
  symbols: Record<string, SymbolRule & { source: 'symbols.yaml' | 'dnsbl.yaml' | RuleOrigin }>;
  /** the admin's own rules (rules/custom-rules.yaml, then those made in the web UI), patterns checked; each is also in `symbols` */
  custom: Array<{
    name: string; origin: RuleOrigin; enabled: boolean; direction: NonNullable<CustomRule['direction']>;
    /** the rule gives its own description (else its symbol's is the default naming the rule) */
    described: boolean;
  } & CustomConditions & Pick<CustomRule, 'unless'>>;
  dnsbl: DnsblList[];
  /** raw per-check option sections of checks.yaml (validated by each check's schema) */
  checks: Record<string, Record<string, unknown>>;
  greylist: GreylistParams;
  greylistExceptions: GreylistExceptions;
}

const parsedSections = new WeakMap<object, unknown>();
/**
 * A check's options as the rules in force give them, for code outside that check (another check,
 * training): its checks.yaml section without the runner's `enabled` and `timeoutMs`, parsed with
 * its schema once per rules version (rules are replaced, never edited, so the object is the version).
 */
export function sectionOptions<T>(checks: Record<string, unknown> | undefined, name: string, schema: z.ZodType<T>): T {
  const section = checks?.[name];
  if (!section || typeof section !== 'object') return schema.parse({});
  let o = parsedSections.get(section) as T | undefined;
  if (o === undefined) {
    const { enabled: _enabled, timeoutMs: _timeoutMs, ...options } = section as Record<string, unknown>;
    parsedSections.set(section, (o = schema.parse(options)));
  }
  return o;
}
