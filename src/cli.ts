// `mailmoat <command>`: a table of commands, each in its own module under src/commands/,
// loaded only when used so `check-config` does not pay for the web UI and vice versa.
import { parseArgs, type ParseArgsConfig } from 'node:util';

export interface CommandModule {
  /** returns the process exit code */
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, { summary: string; load: () => Promise<CommandModule> }> = {
  start: { summary: 'run the gateway (inbound SMTP, outbound SMTP, web UI)', load: () => import('./commands/start.ts') },
  'check-config': { summary: 'validate config and rules; exit 2 listing every problem', load: () => import('./commands/check-config.ts') },
  train: { summary: 'train the Bayes classifier: --spam PATH… --ham PATH…', load: () => import('./commands/train.ts') },
  'learn-sent': { summary: 'learn the correspondents from mail sent before mailmoat: learn-sent PATH… (Sent folders: eml, maildir, mbox)', load: () => import('./commands/learn-sent.ts') },
  bayes: { summary: 'the learned Bayes model as a file: bayes export FILE | bayes import FILE [--replace]', load: () => import('./commands/bayes.ts') },
  classify: { summary: 'run one message through the pipeline and print JSON', load: () => import('./commands/classify.ts') },
  user: { summary: 'manage web UI users: user add ADDRESS --password P [--admin]', load: () => import('./commands/user.ts') },
  queue: { summary: 'outbound queue: queue list | flush | delete ID', load: () => import('./commands/queue.ts') },
};

function usage(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length));
  return ['usage: mailmoat <command> [options]', '', ...Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`)].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    console.log(usage());
    return name ? 0 : 64;
  }
  const command = COMMANDS[name];
  if (!command) {
    console.error(`mailmoat: unknown command "${name}"\n\n${usage()}`);
    return 64;
  }
  const mod = await command.load();
  return mod.run(rest);
}

/** Shared option parsing so every command spells --config the same way. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig['options']>>(argv: string[], options: T) {
  return parseArgs({ args: argv, options: { config: { type: 'string' as const }, ...options }, allowPositionals: true, strict: true });
}
