// `mailmoat queue list | flush | delete ID… | show ID [--config FILE] [--json]`: the outbound queue
// in the configured store. A running gateway sees flush/delete at its next poll (about a second),
// since it reads the same store.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { createLogger } from '../log.ts';
import { openCommandStore } from '../store/index.ts';
import type { QueueItem, Store } from '../store/types.ts';

const USAGE = 'usage: mailmoat queue list|flush|delete ID…|show ID [--config FILE] [--json]';

function line(item: QueueItem, now: number): string {
  const pending = item.recipients.filter((r) => r.status === 'pending');
  const leased = item.leasedUntil > now ? ' (delivering)' : '';
  const next = item.nextAttemptAt <= now ? 'now' : new Date(item.nextAttemptAt).toISOString();
  return [
    `${item.id}  ${new Date(item.createdAt).toISOString()}  <${item.mailFrom}>  → ${item.domain}${leased}`,
    `    recipients: ${pending.map((r) => r.address).join(', ') || '(none pending)'}`,
    `    attempts: ${item.attempts}  next: ${next}${item.lastError ? `  last error: ${item.lastError}` : ''}`,
  ].join('\n');
}

async function withStore<T>(configFile: string | undefined, fn: (store: Store) => Promise<T>): Promise<T> {
  const config = loadConfig({ file: configFile ?? process.env.MAILMOAT_CONFIG ?? null });
  const log = createLogger({ log: { level: 'warn', pretty: false } });
  const store = await openCommandStore(config, log, 'queue');
  try {
    return await fn(store);
  } finally {
    await store.close();
  }
}

export async function run(argv: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { config: { type: 'string' }, json: { type: 'boolean' } }, allowPositionals: true, strict: true });
  } catch (err) {
    console.error(`${(err as Error).message}\n${USAGE}`);
    return 64;
  }
  const [sub, ...ids] = parsed.positionals;
  const json = Boolean(parsed.values.json);
  const configFile = parsed.values.config;
  try {
    switch (sub) {
      case 'list':
        return await withStore(configFile, async (store) => {
          const all: QueueItem[] = [];
          for (let offset = 0; ; offset += 500) {
            const page = await store.queue.list(500, offset);
            all.push(...page.items);
            if (page.items.length < 500) break;
          }
          if (json) console.log(JSON.stringify(all, null, 2));
          else {
            const now = Date.now();
            for (const item of all) console.log(line(item, now));
            console.log(`${all.length} item(s) in the queue`);
          }
          return 0;
        });
      case 'flush':
        return await withStore(configFile, async (store) => {
          const n = await store.queue.flush(Date.now());
          console.log(`${n} item(s) due for delivery now`);
          return 0;
        });
      case 'delete':
        if (!ids.length) { console.error(USAGE); return 64; }
        return await withStore(configFile, async (store) => {
          let missing = 0;
          for (const id of ids) {
            if (await store.queue.remove(id)) console.log(`deleted ${id}`);
            else { console.error(`no queue item ${id}`); missing++; }
          }
          return missing ? 1 : 0;
        });
      case 'show':
        if (ids.length !== 1) { console.error(USAGE); return 64; }
        return await withStore(configFile, async (store) => {
          const item = await store.queue.get(ids[0]!);
          if (!item) { console.error(`no queue item ${ids[0]}`); return 1; }
          const body = await store.queue.body(item.id);
          if (json) console.log(JSON.stringify({ ...item, size: body?.length ?? 0 }, null, 2));
          else {
            console.log(line(item, Date.now()));
            for (const r of item.recipients) console.log(`    ${r.address}: ${r.status}${r.lastReply ? ` (${r.lastReply})` : ''}`);
            if (body) {
              const head = body.toString('latin1');
              const end = head.search(/\r?\n\r?\n/);
              console.log('\n' + (end >= 0 ? head.slice(0, end) : head.slice(0, 4000)));
            }
          }
          return 0;
        });
      default:
        console.error(USAGE);
        return 64;
    }
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      return 2;
    }
    console.error(`mailmoat queue: ${(err as Error).message}`);
    return 1;
  }
}
