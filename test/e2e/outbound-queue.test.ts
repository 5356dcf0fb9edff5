// The delivery queue survives kill -9: messages accepted (250) while the destination answers 4xx
// are delivered after the restart, none lost, and a recipient that was already accepted before
// the kill is not delivered twice. Also: `mailmoat queue list|delete|flush` and the queue metric.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { after, before, describe, it } from 'node:test';
import { REPO_ROOT, startGateway, type Gateway } from '../helpers/gateway.ts';
import { waitFor } from '../helpers/ports.ts';
import { startSink, type Sink } from '../helpers/sink.ts';
import { message, sendMail } from '../unit/outbound/smtp-dialog.ts';

function queueCmd(gw: Gateway, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [`${REPO_ROOT}/bin/mailmoat.js`, 'queue', ...args, '--config', gw.configFile], { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'test' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('durable delivery queue', () => {
  let sink: Sink;
  let gw: Gateway;
  let open = false; // false: the remote side defers every recipient except early@remote.example

  before(async () => {
    sink = await startSink({ replies: { rcpt: (i) => (open || i.arg === 'early@remote.example' ? undefined : '451 4.3.0 not now') } });
    gw = await startGateway({
      config: {
        smtp: { outbound: { allowFrom: ['127.0.0.1/32'] } },
        delivery: { smarthost: { host: '127.0.0.1', port: sink.port }, retryBase: 3600, retryMax: 7200 },
      },
    });
  });
  after(async () => {
    await gw?.cleanup();
    await sink?.stop();
  });

  it('keeps accepted mail across kill -9 and delivers it once after the restart', async () => {
    for (let i = 1; i <= 5; i++) {
      const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: [`user${i}@remote.example`], message: message('alice@example.com', `user${i}@remote.example`, `durable ${i}`) });
      assert.match(r.data ?? '', /^250/);
    }
    // one message with a recipient that is accepted before the crash and one that is deferred
    const r = await sendMail(gw.outboundPort, { from: 'alice@example.com', to: ['early@remote.example', 'late@remote.example'], message: message('alice@example.com', 'early@remote.example', 'split delivery') });
    assert.match(r.data ?? '', /^250/);
    await waitFor(() => gw.logLines().filter((l) => l.msg === 'deferred' && typeof l.attempts === 'number').length >= 6, 15000, 'six deferred items');
    assert.equal(sink.messages.filter((m) => m.data.toString().includes('split delivery')).length, 1, 'early got its copy');

    await waitFor(async () => /mailmoat_queue_messages\{state="total"\} 6\n[^]*state="deferred"\} 6/.test(await (await fetch(`http://127.0.0.1:${gw.webPort}/metrics`)).text()), 8000, 'queue metric: 6 deferred');

    await gw.kill9();
    const list = queueCmd(gw, 'list');
    assert.equal(list.status, 0, list.stderr);
    assert.match(list.stdout, /^6 item\(s\) in the queue/m);
    assert.match(list.stdout, /late@remote\.example/);
    assert.doesNotMatch(list.stdout, /recipients: [^\n]*early@remote\.example/, 'the delivered recipient is not pending');

    // the admin deletes one message while the gateway is down
    const victim = /^(\S+) .*\n\s+recipients: user5@remote\.example/m.exec(list.stdout);
    assert.ok(victim, list.stdout);
    const del = queueCmd(gw, 'delete', victim[1]!);
    assert.equal(del.status, 0, del.stderr);
    assert.equal(queueCmd(gw, 'delete', 'NO-SUCH-ID').status, 1);

    open = true;
    await gw.restart();
    // the next retry is an hour away: flush makes everything due now
    const flush = queueCmd(gw, 'flush');
    assert.equal(flush.status, 0, flush.stderr);
    assert.match(flush.stdout, /^5 item\(s\) due/m);
    await waitFor(() => [1, 2, 3, 4].every((i) => sink.messages.some((m) => m.data.toString().includes(`durable ${i}`)))
      && sink.messages.some((m) => m.rcptTo.includes('late@remote.example')), 20000, 'every queued message delivered');
    await new Promise((res) => setTimeout(res, 1500));
    for (let i = 1; i <= 4; i++) assert.equal(sink.messages.filter((m) => m.data.toString().includes(`durable ${i}`)).length, 1, `durable ${i} exactly once`);
    assert.equal(sink.messages.filter((m) => m.data.toString().includes('durable 5')).length, 0, 'the deleted message is gone');
    const split = sink.messages.filter((m) => m.data.toString().includes('split delivery'));
    assert.deepEqual(split.map((m) => m.rcptTo.join(',')), ['early@remote.example', 'late@remote.example'], 'no duplicate for early');
    assert.match(queueCmd(gw, 'list').stdout, /^0 item\(s\) in the queue/m);
  });
});
