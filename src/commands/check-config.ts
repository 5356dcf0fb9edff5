// `mailmoat check-config [--config FILE]`: validates the config and the rules it points to.
// Exit 0 when fine, 2 with every problem on its own line, each starting with its key path.
// Warnings (rules that load but will not work as written) go to stderr and keep exit 0.
import { existsSync, readFileSync } from 'node:fs';
import { parseCommandArgs } from '../cli.ts';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { rulesWarnings, validateRules } from '../pipeline/index.ts';

/** --config, else MAILMOAT_CONFIG, else none (defaults + environment). */
export function configFileFrom(values: { config?: string | boolean | undefined }): string | null {
  const v = values.config;
  if (typeof v === 'string') return v;
  return process.env.MAILMOAT_CONFIG ?? null;
}

/** Loads the config for a command; on problems prints each by key path and returns null (exit 2). */
export function loadCommandConfig(values: { config?: string | boolean | undefined }): Config | null {
  try {
    return loadConfig({ file: configFileFrom(values) });
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    for (const p of err.problems) console.error(p);
    return null;
  }
}

/** Problems that the schema cannot see: files that must exist, cross-key rules. */
export function semanticProblems(config: Config): string[] {
  const problems: string[] = [];
  const readable = (key: string, file: string): void => {
    try {
      readFileSync(file);
    } catch (err) {
      problems.push(`${key}: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
    }
  };
  if (config.smtp.tls) {
    readable('smtp.tls.key', config.smtp.tls.key);
    readable('smtp.tls.cert', config.smtp.tls.cert);
  }
  if (config.web.tls) {
    readable('web.tls.key', config.web.tls.key);
    readable('web.tls.cert', config.web.tls.cert);
  }
  config.delivery.dkim.forEach((d, i) => readable(`delivery.dkim.${i}.keyFile`, d.keyFile));
  if (!config.smtp.localDomains.length) problems.push('smtp.localDomains: must list at least one domain (inbound mail is accepted only for these)');
  const ports: Array<[string, number, string, boolean]> = [
    ['smtp.inbound.port', config.smtp.inbound.port, config.smtp.inbound.host, true],
    ['smtp.outbound.port', config.smtp.outbound.port, config.smtp.outbound.host, config.smtp.outbound.enabled],
    ['web.port', config.web.port, config.web.host, true],
  ];
  const used = ports.filter((p) => p[3]);
  for (let i = 0; i < used.length; i++) {
    for (let j = i + 1; j < used.length; j++) {
      if (used[i]![1] === used[j]![1]) problems.push(`${used[j]![0]}: port ${used[j]![1]} is also ${used[i]![0]}; each listener needs its own port`);
    }
  }
  if (config.backend.port === config.smtp.inbound.port && ['127.0.0.1', 'localhost', '::1', config.hostname].includes(config.backend.host)) {
    problems.push(`backend.port: the backend ${config.backend.host}:${config.backend.port} is mailmoat's own inbound port (a mail loop)`);
  }
  if (!existsSync(config.rules)) problems.push(`rules: directory ${config.rules} does not exist`);
  return problems;
}

export async function run(argv: string[]): Promise<number> {
  const { values } = parseCommandArgs(argv, {});
  const file = configFileFrom(values);
  let config: Config;
  try {
    config = loadConfig({ file });
  } catch (err) {
    if (err instanceof ConfigError) {
      for (const p of err.problems) console.error(p);
      return 2;
    }
    throw err;
  }
  const problems = semanticProblems(config);
  if (existsSync(config.rules)) problems.push(...(await validateRules(config.rules, config)));
  if (problems.length) {
    for (const p of problems) console.error(p);
    return 2;
  }
  for (const w of await rulesWarnings(config.rules, config)) console.error(`warning: ${w}`);
  console.log(`configuration ok${file ? ` (${file})` : ' (built-in defaults and MAILMOAT_* environment)'}; rules ok (${config.rules})`);
  return 0;
}
