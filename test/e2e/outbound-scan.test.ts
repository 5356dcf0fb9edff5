// Outbound scanning with the outbound profile: ClamAV (a real clamd) refuses a virus with
// 554 5.7.1 and the virus name; the spam score is held against the outbound threshold
// (rules/actions.yaml `outbound.reject`), not the inbound one: mass-mailed text from the mail
// server (bulk fingerprints) is refused with 550 5.7.1 although inbound would merely accept it.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { EICAR, startClamd, type Clamd } from '../helpers/clamd.ts';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { message, sendMail } from '../unit/outbound/smtp-dialog.ts';

function withAttachment(subject: string, content: Buffer): string {
  return [
    'From: alice@example.com', 'To: bob@remote.example', `Subject: ${subject}`, 'MIME-Version: 1.0',
    'Content-Type: multipart/mixed; boundary="b1"', '', '--b1', 'Content-Type: text/plain', '', 'see attachment', '--b1',
    'Content-Type: application/octet-stream; name="x.com"', 'Content-Disposition: attachment; filename="x.com"', 'Content-Transfer-Encoding: base64', '',
    content.toString('base64'), '--b1--', '',
  ].join('\r\n');
}

const CAMPAIGN = Array.from({ length: 12 }, (_, i) => `Limited offer number ${i}: cheap watches, replica bags and discount pharmacy products shipped worldwide today only.`).join('\r\n');

describe('outbound scanning', () => {
  let clamd: Clamd;
  let sink: Sink;
  let gw: Gateway;
  let rulesDir: string;

  before(async () => {
    rulesDir = mkdtempSync(join(tmpdir(), 'mm-rules-'));
    cpSync(join(REPO_ROOT, 'rules'), rulesDir, { recursive: true });
    // outbound: refuse at 0.5, which BULK_LOW alone reaches; bulk counts from 3 recipients
    const actions = parse(readFileSync(join(rulesDir, 'actions.yaml'), 'utf8')) as Record<string, unknown>;
    writeFileSync(join(rulesDir, 'actions.yaml'), stringify({ ...actions, outbound: { reject: 0.5 } }));
    const checks = (parse(readFileSync(join(rulesDir, 'checks.yaml'), 'utf8')) ?? {}) as Record<string, Record<string, unknown> | null>;
    writeFileSync(join(rulesDir, 'checks.yaml'), stringify({ ...checks, bulk: { ...(checks.bulk ?? {}), low: 3, medium: 50, high: 100 } }));
    [clamd, sink] = await Promise.all([startClamd(), startSink()]);
    gw = await startGateway({
      rulesDir,
      config: {
        clamav: { enabled: true, host: clamd.host, port: clamd.port, onError: 'tempfail', timeoutMs: 20000 },
        delivery: { smarthost: { host: '127.0.0.1', port: sink.port } },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await Promise.all([sink?.stop(), clamd?.stop()]);
    rmSync(rulesDir, { recursive: true, force: true });
  });

  it('refuses an outbound virus with 554 5.7.1 and the virus name; nothing is queued', async () => {
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['bob@remote.example'], message: withAttachment('infected', EICAR) });
    assert.match(r.data ?? '', /^554 5\.7\.1 .*Eicar/i);
    const clean = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['bob@remote.example'], message: withAttachment('clean attachment', Buffer.from('just some harmless bytes')) });
    assert.match(clean.data ?? '', /^250/);
    await waitFor(() => sink.messages.find((m) => m.data.toString().includes('clean attachment')), 15000, 'clean delivery');
    assert.ok(!sink.messages.some((m) => m.data.toString().includes('infected')));
  });

  it('refuses mass-mailed spam at the outbound threshold', async () => {
    const first = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['a1@remote.example', 'a2@remote.example'], message: message('alice@example.com', 'a1@remote.example', 'campaign 1', CAMPAIGN) });
    assert.match(first.data ?? '', /^250/, 'two recipients: not bulk yet');
    const second = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['a3@remote.example', 'a4@remote.example'], message: message('alice@example.com', 'a3@remote.example', 'campaign 2', CAMPAIGN) });
    assert.match(second.data ?? '', /^550 5\.7\.1 .*outbound spam filter/);
    assert.ok(gw.logLines().some((l) => l.msg === 'outbound message refused as spam (compromised account?)' && String(l.symbols).includes('BULK_LOW')));
  });
});
