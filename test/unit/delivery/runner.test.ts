import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { loadConfig } from '../../../src/config.ts';
import { queueBounce, startDelivery } from '../../../src/delivery/runner.ts';
import { LANG_KEY } from '../../../src/user-lang.ts';
import PostalMime from 'postal-mime';
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

describe('bounces to our own users', () => {
  it("explain themselves in the language the user chose in the web UI, before the standard English text", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'mm-bounce-'));
    const config = loadConfig({ env: {}, overrides: { dataDir: dir, 'delivery.maxQueueTime': 5 * 86400 } });
    const store = await openStore(config, log);
    try {
      const user = { passwordHash: null, admin: false, disabled: false, source: 'local' as const, digest: true, createdAt: 0 };
      await store.users.put({ ...user, username: 'anna', addresses: ['Anna.Schmidt@example.com'] });
      await store.users.put({ ...user, username: 'ivan', addresses: ['ivan@example.com'] });
      await store.settings.set(LANG_KEY('anna'), 'de');
      await store.settings.set(LANG_KEY('ivan'), 'ru');
      const now = Date.UTC(2026, 11, 2, 9, 0);
      const rcpt = [{ address: 'kunde@remote.test', status: '5.1.1', diagnostic: '550 5.1.1 user unknown', smtpDiagnostic: true }];
      const bounce = async (mailFrom: string, kind: 'failed' | 'delayed') => {
        const id = await queueBounce(store, config, { ...item('Q', 'remote.test', ['kunde@remote.test'], now), mailFrom }, Buffer.from('Subject: Angebot\r\n\r\nx\r\n'), kind, rcpt, now);
        const raw = (await store.queue.body((await store.queue.get(id!))!.id))!;
        assert.match(raw.toString('latin1'), /^[\x00-\x7f]*$/, 'plain ASCII on the wire');
        return PostalMime.parse(raw);
      };
      const de = await bounce('anna.schmidt@example.com', 'failed');
      assert.equal(de.subject, 'Unzustellbare Nachricht an den Absender zurückgesendet');
      assert.match(de.text!, /^Ihre Nachricht konnte an einen oder mehrere Empfänger nicht zugestellt werden\./);
      assert.match(de.text!, /This is the mail system at host [^\n]*\n[\s\S]*kunde@remote\.test>: 550 5\.1\.1 user unknown/);
      const ru = await bounce('ivan@example.com', 'delayed');
      assert.equal(ru.subject, 'Доставка письма задерживается (попытки продолжаются)');
      assert.match(ru.text!, /Попытки доставки будут продолжаться до 7 декабря 2026 г\. в 09:00 UTC\./);
      // not a user, or a user who chose no language: the standard English bounce
      for (const sender of ['someone@example.com']) {
        const en = await bounce(sender, 'failed');
        assert.equal(en.subject, 'Undelivered Mail Returned to Sender');
        assert.match(en.text!, /^This is the mail system at host /);
      }
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
