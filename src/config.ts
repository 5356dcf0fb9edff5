// The one configuration schema. Defaults live here and only here; the `Config` type is derived
// from the schema, never written by hand. Sources, lowest precedence first:
// built-in defaults < YAML file (--config) < MAILMOAT_* environment variables.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { inDomains } from './mail/address.ts';

const SHIPPED_RULES = fileURLToPath(new URL('../rules', import.meta.url));

const port = z.number().int().min(1, 'must be 1..65535').max(65535, 'must be 1..65535');
const cidr = z.string().regex(/^[0-9a-fA-F:.]+(\/\d{1,3})?$/, 'must be an IP address or CIDR network');
const hostPort = z.strictObject({ host: z.string().min(1), port });
const tlsFiles = z.strictObject({ key: z.string().min(1), cert: z.string().min(1) });
const seconds = z.number().int().min(0);

export const configSchema = z.strictObject({
  dataDir: z.string().min(1).default('./data'),
  hostname: z.string().min(1).default('mailmoat.localdomain'),
  /** Worker processes for the SMTP listeners ("auto" = one per core). */
  workers: z.union([z.literal('auto'), z.number().int().min(1).max(64)]).default(1),
  log: z.strictObject({
    level: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    pretty: z.union([z.literal('auto'), z.boolean()]).default('auto'),
  }).prefault({}),
  smtp: z.strictObject({
    inbound: z.strictObject({
      host: z.string().default('0.0.0.0'),
      port: port.default(2525),
      trustedNetworks: z.array(cidr).default([]),
      /** Greeting delay in ms; early talkers (pregreet) are rejected. Trusted networks never wait. */
      greetingDelayMs: z.number().int().min(0).max(30000).default(0),
      maxConnectionsPerIp: z.number().int().min(1).default(20),
      maxConnections: z.number().int().min(1).default(1000),
      /** Refuse RCPT for users the backend does not know (RCPT callout, cached). */
      verifyRecipients: z.boolean().default(false),
      verifyCacheSeconds: seconds.default(600),
    }).prefault({}),
    outbound: z.strictObject({
      host: z.string().default('0.0.0.0'),
      port: port.default(25),
      allowFrom: z.array(cidr).default(['127.0.0.0/8']),
      /** AUTH is offered only over TLS unless this is true. */
      allowInsecureAuth: z.boolean().default(false),
      enabled: z.boolean().default(true),
      /** per sender (AUTH user, else envelope sender): recipients per hour; 0 = no limit */
      rateLimitPerHour: z.number().int().min(0).default(1000),
      /** an AUTH user may only use its own addresses as envelope sender */
      enforceSenderLogin: z.boolean().default(true),
    }).prefault({}),
    localDomains: z.array(z.string().min(1)).default(['example.com']),
    maxMessageSize: z.number().int().min(1024).default(26214400),
    maxRecipients: z.number().int().min(1).max(1000).default(100),
    banner: z.string().nullable().default(null),
    /** Bare CR / bare LF / NUL in DATA (SMTP smuggling): rewrite them as CRLF, or refuse the message (550 5.6.0). */
    bareLineEndings: z.enum(['normalize', 'reject']).default('normalize'),
    tls: tlsFiles.nullable().default(null),
    timeouts: z.strictObject({
      commandMs: z.number().int().min(1000).default(60000),
      dataMs: z.number().int().min(1000).default(180000),
    }).prefault({}),
  }).prefault({}),
  backend: z.strictObject({
    host: z.string().min(1).default('127.0.0.1'),
    port: port.default(25),
    timeoutMs: z.number().int().min(100).default(60000),
    poolSize: z.number().int().min(1).default(10),
  }).prefault({}),
  delivery: z.strictObject({
    smarthost: z.strictObject({
      host: z.string().min(1), port: port.default(25),
      user: z.string().optional(), password: z.string().optional(),
    }).nullable().default(null),
    heloName: z.string().nullable().default(null),
    /** Give up and bounce after this long (seconds). */
    maxQueueTime: seconds.default(5 * 24 * 3600),
    retryBase: seconds.default(300),
    retryMax: seconds.default(4 * 3600),
    delayNoticeAfter: seconds.default(4 * 3600),
    concurrency: z.number().int().min(1).default(20),
    perDestinationConcurrency: z.number().int().min(1).default(4),
    /** Port used to reach MX hosts (25 in production; tests point it at a sink). */
    mxPort: port.default(25),
    dkim: z.array(z.strictObject({ domain: z.string(), selector: z.string(), keyFile: z.string() })).default([]),
  }).prefault({}),
  dns: z.strictObject({
    servers: z.array(z.string().regex(/^[0-9a-fA-F:.]+(:\d+)?$|^\[[0-9a-fA-F:]+\](:\d+)?$/, 'must be "IP" or "IP:port"')).default([]),
    timeoutMs: z.number().int().min(50).default(2000),
  }).prefault({}),
  clamav: z.strictObject({
    host: z.string().default('127.0.0.1'),
    port: port.default(3310),
    socket: z.string().nullable().default(null),
    enabled: z.union([z.literal('auto'), z.boolean()]).default('auto'),
    onError: z.enum(['tempfail', 'accept']).default('tempfail'),
    timeoutMs: z.number().int().min(100).default(30000),
    /** signatures older than this are shown as unhealthy (freshclam stopped updating); 0: their age is not judged */
    signatureMaxAgeDays: z.number().min(0).default(3),
  }).prefault({}),
  // Readers of attached documents' text (for Bayes, wallets, links, callback phishing). Off, a
  // document's text is not read at all: a switch for small machines (pdf.js grows each gateway process
  // by 100–200 MB while PDFs arrive) and for a parser flaw, until a fix is installed.
  content: z.strictObject({
    /** the text of attached PDFs (pdf.js in a worker thread) */
    pdfText: z.boolean().default(true),
    /** the text of attached Word, Excel, PowerPoint and OpenDocument files */
    officeText: z.boolean().default(true),
  }).prefault({}),
  store: z.strictObject({
    redis: z.string().regex(/^(redis|rediss|redis-sentinel|redis-cluster):\/\//, 'must be a redis:// URL (or rediss://, redis-sentinel://, redis-cluster://)').nullable().default(null),
    prefix: z.string().default('mm:'),
  }).prefault({}),
  web: z.strictObject({
    host: z.string().default('127.0.0.1'),
    port: port.default(8080),
    tls: tlsFiles.nullable().default(null),
    publicUrl: z.string().url().nullable().default(null),
    sessionTtl: seconds.default(8 * 3600),
    secret: z.string().min(16).nullable().default(null),
  }).prefault({}),
  admin: z.strictObject({
    username: z.string().min(1).default('admin'),
    password: z.string().min(1).nullable().default(null),
    apiToken: z.string().min(16).nullable().default(null),
    reportTo: z.string().nullable().default(null),
  }).prefault({}),
  ldap: z.strictObject({
    url: z.string().nullable().default(null),
    /** e.g. "uid={user},ou=people,dc=example,dc=com" or for AD "{user}@corp.example.com" */
    bindDn: z.string().default('uid={user},ou=people,dc=example,dc=com'),
    searchBase: z.string().default('dc=example,dc=com'),
    searchFilter: z.string().default('(|(uid={user})(mail={user})(sAMAccountName={user}))'),
    mailAttributes: z.array(z.string()).default(['mail', 'mailAlternateAddress', 'proxyAddresses']),
    adminGroup: z.string().nullable().default(null),
    /**
     * A read-only account that may list the directory: every colleague's name then counts for
     * IMPERSONATE_LOCAL_NAME, not only the names seen in outgoing mail. null: outgoing mail only.
     */
    directory: z.strictObject({
      bindDn: z.string().nullable().default(null),
      password: z.string().nullable().default(null),
      filter: z.string().default('(mail=*)'),
      /** the first one an entry has is the person's name */
      nameAttributes: z.array(z.string()).min(1).default(['displayName', 'cn']),
      refreshHours: z.number().min(0.1).default(6),
    }).prefault({}),
  }).prefault({}),
  greylist: z.strictObject({
    enabled: z.boolean().default(true),
    mode: z.enum(['all', 'suspicious']).default('suspicious'),
    delay: seconds.default(300),
    window: seconds.default(172800),
    expire: seconds.default(3024000),
  }).prefault({}),
  quarantine: z.strictObject({
    retentionDays: z.number().min(1).default(30),
    rejectedRetentionDays: z.number().min(0).default(7),
    digest: z.strictObject({ enabled: z.boolean().default(true), hour: z.number().int().min(0).max(23).default(7) }).prefault({}),
  }).prefault({}),
  bayes: z.strictObject({
    minSpam: z.number().int().min(0).default(200),
    minHam: z.number().int().min(0).default(200),
    autolearn: z.strictObject({
      enabled: z.boolean().default(false),
      spamAbove: z.number().default(15),
      hamBelow: z.number().default(-5),
    }).prefault({}),
    maxTokens: z.number().int().min(1000).default(2_000_000),
    /**
     * Addresses users forward missed spam (or wrongly caught ham) to, as attachments; the mail
     * server sends them out through the outbound gateway, which learns the attached messages and
     * delivers nothing. Not in smtp.localDomains: the mail server would deliver those itself.
     */
    reportAddresses: z.strictObject({
      spam: z.array(z.email()).default([]),
      ham: z.array(z.email()).default([]),
    }).prefault({}),
  }).prefault({}),
  // The rules shipped with this installation, wherever the command runs from (the same directory
  // as ./rules when started from the install directory, as npm start, systemd and the image do).
  // A path given in the file or the environment is taken as written (relative: to the cwd).
  rules: z.string().min(1).default(SHIPPED_RULES),
}).superRefine((c, ctx) => {
  // a report address in one of our own domains never reaches the gateway: the mail server keeps it
  for (const cls of ['spam', 'ham'] as const) c.bayes.reportAddresses[cls].forEach((a, i) => {
    if (inDomains(a.slice(a.lastIndexOf('@') + 1), c.smtp.localDomains)) {
      ctx.addIssue({ code: 'custom', path: ['bayes', 'reportAddresses', cls, i], message: 'must not be in smtp.localDomains (the mail server delivers those itself, they never reach the outbound gateway)' });
    }
  });
});

export type Config = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`invalid configuration:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** `smtp.inbound.port: must be 1..65535` — the form the contract asks for. */
export function formatIssues(error: z.ZodError, prefix = ''): string[] {
  return error.issues.flatMap((issue) => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean);
    if (issue.code === 'unrecognized_keys') return issue.keys.map((k) => `${[...path, k].join('.')}: unknown key`);
    // a record key the key schema refused: its reason ("must be UPPER_SNAKE"), not "Invalid key in record"
    if (issue.code === 'invalid_key' && issue.issues.length) return [`${path.join('.') || '(root)'}: ${issue.issues.map((i) => i.message).join('; ')}`];
    return [`${path.join('.') || '(root)'}: ${issue.message}`];
  });
}

/** Walks the schema to find which env var names map to which key paths. */
function envKeyPaths(): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const walk = (schema: z.ZodType, path: string[]): void => {
    let s: z.ZodType = schema;
    // unwrap defaults/prefaults/nullables to reach the object shape
    for (;;) {
      const def = (s as unknown as { def: { type: string; innerType?: z.ZodType } }).def;
      if ((def.type === 'default' || def.type === 'prefault' || def.type === 'nullable' || def.type === 'optional') && def.innerType) s = def.innerType;
      else break;
    }
    if (s instanceof z.ZodObject) {
      for (const [key, child] of Object.entries(s.shape as Record<string, z.ZodType>)) walk(child, [...path, key]);
    }
    if (path.length) {
      // Both MAILMOAT_SMTP_LOCALDOMAINS and MAILMOAT_SMTP_LOCAL_DOMAINS name smtp.localDomains.
      out.set('MAILMOAT_' + path.map((p) => p.toUpperCase()).join('_'), path);
      out.set('MAILMOAT_' + path.map((p) => p.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()).join('_'), path);
    }
  };
  walk(configSchema, []);
  return out;
}

/** Environment values are YAML scalars/flow collections: `2626`, `true`, `[a.com, b.com]`, `null`. */
function parseEnvValue(raw: string): unknown {
  try {
    return parseYaml(raw);
  } catch {
    return raw;
  }
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    if (typeof node[key] !== 'object' || node[key] === null) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  node[path[path.length - 1]!] = value;
}

export interface LoadOptions {
  file?: string | null;
  env?: NodeJS.ProcessEnv;
  overrides?: Record<string, unknown>;
}

/** Reads file + environment, validates, and returns the config or throws ConfigError. */
export function loadConfig(opts: LoadOptions = {}): Config {
  const problems: string[] = [];
  let raw: Record<string, unknown> = {};
  if (opts.file) {
    let text: string;
    try {
      text = readFileSync(opts.file, 'utf8');
    } catch (err) {
      throw new ConfigError([`--config: cannot read ${opts.file}: ${(err as Error).message}`]);
    }
    try {
      const parsed = parseYaml(text) as unknown;
      if (parsed !== null && parsed !== undefined) {
        if (typeof parsed !== 'object' || Array.isArray(parsed)) problems.push('(root): must be a YAML mapping');
        else raw = parsed as Record<string, unknown>;
      }
    } catch (err) {
      throw new ConfigError([`${opts.file}: YAML syntax error: ${(err as Error).message}`]);
    }
  }
  const env = opts.env ?? process.env;
  const keyPaths = envKeyPaths();
  for (const [name, value] of Object.entries(env)) {
    if (!name.startsWith('MAILMOAT_') || value === undefined) continue;
    const path = keyPaths.get(name);
    if (!path) continue; // other MAILMOAT_* variables (e.g. MAILMOAT_CONFIG) are not keys
    setPath(raw, path, parseEnvValue(value));
  }
  for (const [dotted, value] of Object.entries(opts.overrides ?? {})) setPath(raw, dotted.split('.'), value);
  const result = configSchema.safeParse(raw);
  if (!result.success) problems.push(...formatIssues(result.error));
  if (problems.length) throw new ConfigError(problems);
  return result.data!;
}
