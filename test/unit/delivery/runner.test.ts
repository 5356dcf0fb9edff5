import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { startDelivery } from '../../../src/delivery/runner.ts';
import { createLogger } from '../../../src/log.ts';
import { openStore } from '../../../src/store/index.ts';
import type { QueueItem, Store } from '../../../src/store/types.ts';
import { waitFor } from '../../helpers/ports.ts';
import { startSink, type Sink } from '../../helpers/sink.ts';

const log = createLogger({ log: { level: 'silent', pretty: false } });

function item(id: string, domain: string, rcpts: string[], now: number): QueueItem {
  return { id, createdAt: now, mailFrom: 'alice@example.com', domain, recipients: rcpts.map((address) => ({ address, status: 'pending' })), attempts: 0, nextAttemptAt: now, lastError: null, delayNotified: false, leasedUntil: 0 };
}

describe('queue runner', () => {
  let dir: string;
  let store: Store;
  let sink: Sink;
  let active = 0;
  let maxActive = 0;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'mm-runner-'));
    sink = await startSink({
      replies: {
        mail: () => { active++; maxActive = Math.max(maxActive, active); return undefined; },
        data: () => { active--; return undefined; },
      },
      delayMs: 150,
    });
  });
  after(async () => {
    await store?.close();
    await sink.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers every item with at most perDestinationConcurrency parallel transactions per destination', async () => {
    const config = loadConfig({ env: {}, overrides: { dataDir: dir, 'delivery.smarthost': { host: '127.0.0.1', port: sink.port }, 'delivery.perDestinationConcurrency': 2, 'delivery.concurrency': 10 } });
    store = await openStore(config, log);
    const now = Date.now();
    for (let i = 0; i < 8; i++) await store.queue.enqueue([item(`I${i}`, 'remote.test', [`u${i}@remote.test`], now)], Buffer.from(`Subject: m${i}\r\n\r\nbody ${i}\r\n`));
    const delivery = startDelivery({ config, store, log, pollMs: 100 });
    try {
      await waitFor(() => sink.messages.length >= 8, 20000, 'eight deliveries');
      await waitFor(async () => (await store.queue.list(10, 0)).total === 0, 5000, 'queue empty');
      assert.equal(maxActive, 2, 'two transactions at a time');
      assert.ok(sink.connections <= 2, `connections are reused (${sink.connections})`);
    } finally {
      await delivery.stop();
    }
  });
});
