// The verdict's action through the real gateway: quarantine is durable before the 250 and nothing
// reaches the backend; reject answers 550 5.7.1 and keeps an admin-only copy; the txlog has both.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, test } from 'node:test';
import pino from 'pino';
import { loadConfig } from '../../src/config.ts';
import { openStore } from '../../src/store/index.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { rawSmtp, startSink } from '../helpers/sink.ts';

const dirs: string[] = [];
after(() => { for (const d of dirs) rmSync(d, { recursive: true, force: true }); });

/** a copy of rules/ with other action thresholds */
function rulesWith(actions: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'mailmoat-rules-'));
  dirs.push(dir);
  cpSync(join(REPO_ROOT, 'rules'), dir, { recursive: true });
  const file = join(dir, 'actions.yaml');
  const rest = readFileSync(file, 'utf8').split('\n').filter((l) => !/^(reject|quarantine|tag|greylist):/.test(l)).join('\n');
  writeFileSync(file, `${actions}\n${rest}`);
  return dir;
}

async function send(port: number, helo: string, subject: string): Promise<string> {
  const c = await rawSmtp(port);
  await c.read();
  await c.cmd(`EHLO ${helo}`);
  await c.cmd('MAIL FROM:<spammer@sender.test>');
  await c.cmd('RCPT TO:<bob@example.com>');
  await c.cmd('RCPT TO:<Carol@example.com>');
  await c.cmd('DATA');
  c.write(`From: Spammer <spammer@sender.test>\r\nSubject: ${subject}\r\n\r\nbuy now\r\n.\r\n`);
  const r = await c.read();
  c.close();
  return r.text;
}

async function storeOf(gw: Gateway) {
  const config = loadConfig({ file: gw.configFile, env: {} });
  return openStore(config, pino({ level: 'silent' }));
}

describe('verdict dispositions', () => {
  test('quarantine: 250 after the message is stored; the backend gets nothing', async () => {
    const sink = await startSink();
    // a non-FQDN HELO scores above 1 with the default weights
    const gw = await startGateway({ rulesDir: rulesWith('quarantine: 1'), config: { backend: { host: '127.0.0.1', port: sink.port } } });
    try {
      const reply = await send(gw.smtpPort, 'localhost', 'cheap pills');
      assert.match(reply, /^250 2\.0\.0 /);
      assert.equal(sink.messages.length, 0);
      // kill -9 right after the 250: the quarantined copy must survive it
      await gw.kill9();
      const store = await storeOf(gw);
      try {
        const { items } = await store.quarantine.list({ limit: 10, offset: 0 });
        assert.equal(items.length, 1);
        const item = items[0]!;
        assert.equal(item.kind, 'quarantine');
        assert.equal(item.action, 'quarantine');
        assert.deepEqual(item.recipients.sort(), ['bob@example.com', 'carol@example.com']);
        assert.equal(item.subject, 'cheap pills');
        assert.equal(item.mailFrom, 'spammer@sender.test');
        assert.ok(item.score >= 1);
        const body = (await store.quarantine.body(item.id))!.toString();
        assert.match(body, /^Received: from localhost/);
        assert.match(body, /\r\nX-Spam-Status: Yes, score=/);
        assert.match(body, /\r\n\r\nbuy now\r\n$/);
        const tx = await store.txlog.search({ limit: 10, offset: 0 });
        assert.equal(tx.items[0]!.action, 'quarantine');
        assert.equal(tx.items[0]!.quarantineId, item.id);
      } finally {
        await store.close();
      }
    } finally {
      await gw.cleanup();
      await sink.stop();
    }
  });

  test('reject: 550 5.7.1, nothing relayed, an admin-only copy kept as "rejected"', async () => {
    const sink = await startSink();
    const gw = await startGateway({ rulesDir: rulesWith('reject: 1'), config: { backend: { host: '127.0.0.1', port: sink.port } } });
    try {
      assert.match(await send(gw.smtpPort, 'localhost', 'rejected one'), /^550 5\.7\.1 /);
      assert.equal(sink.messages.length, 0);
      assert.equal(await gw.stop(), 0);
      const store = await storeOf(gw);
      try {
        const { items } = await store.quarantine.list({ kind: 'rejected', limit: 10, offset: 0 });
        assert.equal(items.length, 1);
        assert.equal(items[0]!.subject, 'rejected one');
        assert.ok(items[0]!.expiresAt - items[0]!.receivedAt <= 7 * 86_400_000 + 1000);
        assert.equal((await store.quarantine.list({ kind: 'quarantine', limit: 10, offset: 0 })).items.length, 0);
        const tx = await store.txlog.search({ limit: 10, offset: 0 });
        assert.equal(tx.items[0]!.action, 'reject');
        assert.match(tx.items[0]!.reply, /^550 5\.7\.1 /);
      } finally {
        await store.close();
      }
    } finally {
      await gw.cleanup();
      await sink.stop();
    }
  });

  test('tag: relayed with the subject prefix and X-Spam-Status: Yes', async () => {
    const sink = await startSink();
    const gw = await startGateway({ rulesDir: rulesWith('tag: 1'), config: { backend: { host: '127.0.0.1', port: sink.port } } });
    try {
      assert.match(await send(gw.smtpPort, 'localhost', 'tag me'), /^250 /);
      const text = sink.messages[0]!.data.toString();
      assert.match(text, /\r\nSubject: \[SPAM\] tag me\r\n/);
      assert.match(text, /\r\nX-Spam-Status: Yes, score=\d+(\.\d+)? required=1 tests=\S+/);
    } finally {
      await gw.cleanup();
      await sink.stop();
    }
  });
});
