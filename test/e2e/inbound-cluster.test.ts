// workers > 1: node:cluster workers share the SMTP listeners; the primary runs the web UI.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { REPO_ROOT, startGateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { rawSmtp, startSink } from '../helpers/sink.ts';

describe('cluster workers', () => {
  test('two workers relay mail, both take connections, SIGTERM stops all with exit 0', async () => {
    const sink = await startSink();
    const gw = await startGateway({ config: { workers: 2, backend: { host: '127.0.0.1', port: sink.port } } });
    try {
      // The kernel gives each connection to whichever worker accepts first (cluster.SCHED_NONE),
      // so an idle gateway may serve sequential clients from one worker; concurrent clients reach both.
      const send = async (i: number): Promise<void> => {
        const c = await rawSmtp(gw.smtpPort);
        assert.equal((await c.read()).code, 220);
        await c.cmd('EHLO client.sender.test');
        await c.cmd(`MAIL FROM:<w${i}@sender.test>`);
        await c.cmd('RCPT TO:<bob@example.com>');
        await c.cmd('DATA');
        c.write(`Subject: ${i}\r\n\r\nx\r\n.\r\n`);
        assert.match((await c.read()).text, /^250 /);
        c.close();
      };
      const txLines = () => gw.logLines().filter((x) => x.msg === 'transaction');
      let sent = 0;
      for (let round = 0; round < 20 && new Set(txLines().map((l) => l.pid)).size < 2; round++) {
        await Promise.all(Array.from({ length: 20 }, (_, k) => send(sent + k)));
        sent += 20;
        await waitFor(() => txLines().length === sent || null, 5000, `${sent} transaction lines`);
      }
      assert.equal(sink.messages.length, sent);
      assert.equal(new Set(txLines().map((l) => l.pid)).size, 2, 'connections were shared by both workers');
      // /metrics is served by the primary but counts what the workers did
      const metrics = await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text();
      const accepted = /^mailmoat_transactions_total\{direction="inbound",action="accept"\} (\d+)$/m.exec(metrics);
      assert.equal(accepted?.[1], String(sent), 'inbound transactions of both workers are summed');
      assert.match(metrics, /^mailmoat_component_up\{component="store"\} 1$/m, 'the primary\'s own gauges are kept');
      assert.match(metrics, /^mailmoat_component_up\{component="backend"\} 1$/m, 'a gauge set by each worker is not summed');
      assert.equal(await gw.stop(), 0);
    } finally {
      await gw.cleanup();
      await sink.stop();
    }
  });

  test('a rules problem found by the workers stops the start with exit 2', async () => {
    const rules = mkdtempSync(join(tmpdir(), 'mailmoat-rules-'));
    try {
      cpSync(join(REPO_ROOT, 'rules'), rules, { recursive: true });
      writeFileSync(join(rules, 'actions.yaml'), 'reject: banana\n');
      const gw = await startGateway({ config: { workers: 2 }, rulesDir: rules, noWait: true });
      try {
        assert.equal(await gw.waitExit(30000), 2);
        assert.match(gw.logs(), /actions\.yaml: reject: /);
      } finally {
        await gw.cleanup();
      }
    } finally {
      rmSync(rules, { recursive: true, force: true });
    }
  });
});
