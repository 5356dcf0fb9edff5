// BackendRelay against the byte-logging sink (a real TCP server in this process).
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { describe, test } from 'node:test';
import { BackendRelay } from '../../../src/smtp/relay.ts';
import { freePort } from '../../helpers/ports.ts';
import { startSink } from '../../helpers/sink.ts';

const relayTo = (port: number, extra: Partial<ConstructorParameters<typeof BackendRelay>[0]> = {}): BackendRelay =>
  new BackendRelay({ host: '127.0.0.1', port, heloName: 'mx.test', timeoutMs: 2000, poolSize: 4, ...extra });

describe('BackendRelay', () => {
  test('relays with dot-stuffing and reports the backend reply', async () => {
    const sink = await startSink();
    const relay = relayTo(sink.port);
    try {
      const r = await relay.send({ mailFrom: 'a@s.test', recipients: ['b@example.com', 'c@example.com'] }, Buffer.from('Subject: x\r\n\r\n.dot\r\nend\r\n'));
      assert.equal(r.ok, true);
      assert.equal(r.code, 250);
      assert.match(r.backendReply!, /^250 2\.0\.0 Ok: queued as SINK0/);
      assert.deepEqual(r.accepted, ['b@example.com', 'c@example.com']);
      assert.equal(sink.messages[0]!.raw.toString(), 'Subject: x\r\n\r\n..dot\r\nend\r\n');
    } finally {
      await relay.close();
      await sink.stop();
    }
  });

  test('reuses pooled connections across messages', async () => {
    const sink = await startSink();
    const relay = relayTo(sink.port);
    try {
      for (let i = 0; i < 5; i++) assert.equal((await relay.send({ mailFrom: '', recipients: ['b@example.com'] }, Buffer.from(`n: ${i}\r\n\r\n`))).ok, true);
      assert.equal(sink.messages.length, 5);
      assert.equal(sink.connections, 1);
      assert.equal(sink.messages[0]!.mailFrom, '');
    } finally {
      await relay.close();
      await sink.stop();
    }
  });

  test('a pooled connection the backend closed is replaced transparently', async () => {
    const sink = await startSink();
    const relay = relayTo(sink.port);
    try {
      assert.equal((await relay.send({ mailFrom: 'a@s', recipients: ['b@example.com'] }, Buffer.from('x\r\n'))).ok, true);
      // the backend drops idle clients
      await sink.stop();
      const sink2 = await startSink({ port: sink.port });
      try {
        const r = await relay.send({ mailFrom: 'a@s', recipients: ['b@example.com'] }, Buffer.from('y\r\n'));
        assert.equal(r.ok, true, JSON.stringify(r));
        assert.equal(sink2.messages.length, 1);
      } finally {
        await sink2.stop();
      }
    } finally {
      await relay.close();
    }
  });

  test('partial recipient refusal: delivered to the accepted ones, refused ones reported', async () => {
    const sink = await startSink({ replies: { rcpt: (i) => (i.arg.startsWith('no@') ? '550 5.1.1 unknown user' : undefined) } });
    const relay = relayTo(sink.port);
    try {
      const r = await relay.send({ mailFrom: 'a@s', recipients: ['no@example.com', 'yes@example.com'] }, Buffer.from('x\r\n'));
      assert.equal(r.ok, true);
      assert.deepEqual(r.accepted, ['yes@example.com']);
      assert.deepEqual(r.refused, [{ recipient: 'no@example.com', reply: '550 5.1.1 unknown user' }]);
      assert.deepEqual(sink.messages[0]!.rcptTo, ['yes@example.com']);
    } finally {
      await relay.close();
      await sink.stop();
    }
  });

  test('every recipient refused: a temporary refusal wins over a permanent one', async () => {
    const sink = await startSink({ replies: { rcpt: (i) => (i.arg.startsWith('perm@') ? '550 5.1.1 unknown' : '450 4.2.1 try later') } });
    const relay = relayTo(sink.port);
    try {
      const r = await relay.send({ mailFrom: 'a@s', recipients: ['perm@example.com', 'temp@example.com'] }, Buffer.from('x\r\n'));
      assert.deepEqual([r.ok, r.code, r.enhanced, r.message], [false, 450, '4.2.1', 'try later']);
      assert.equal(sink.messages.length + sink.refused.length, 0);
      // the connection is still usable after RSET
      const ok = await relay.send({ mailFrom: 'a@s', recipients: ['perm@example.com'] }, Buffer.from('x\r\n'));
      assert.equal(ok.code, 550);
    } finally {
      await relay.close();
      await sink.stop();
    }
  });

  test('backend down → 451 4.4.1', async () => {
    const relay = relayTo(await freePort());
    const r = await relay.send({ mailFrom: 'a@s', recipients: ['b@example.com'] }, Buffer.from('x\r\n'));
    assert.deepEqual([r.ok, r.code, r.enhanced, r.backendReply], [false, 451, '4.4.1', null]);
  });

  test('backend that never answers → 451 4.4.1 at the timeout', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
    const port = (silent.address() as { port: number }).port;
    const relay = relayTo(port, { timeoutMs: 300 });
    try {
      const t0 = Date.now();
      const r = await relay.send({ mailFrom: 'a@s', recipients: ['b@example.com'] }, Buffer.from('x\r\n'));
      assert.equal(r.code, 451);
      assert.ok(Date.now() - t0 < 2000);
    } finally {
      silent.close();
    }
  });

  test('recipient callout: yes / no / unknown', async () => {
    const sink = await startSink({ replies: { rcpt: (i) => (i.arg.startsWith('ghost@') ? '550 5.1.1 no such user' : i.arg.startsWith('later@') ? '451 4.3.0 later' : undefined) } });
    const relay = relayTo(sink.port);
    try {
      assert.equal((await relay.verifyRecipient('bob@example.com')).result, 'yes');
      assert.equal((await relay.verifyRecipient('ghost@example.com')).result, 'no');
      assert.equal((await relay.verifyRecipient('later@example.com')).result, 'unknown');
      assert.equal(sink.messages.length, 0, 'a callout never sends DATA');
    } finally {
      await relay.close();
      await sink.stop();
    }
    assert.equal((await relayTo(await freePort()).verifyRecipient('bob@example.com')).result, 'unknown');
  });

  test('never more connections than poolSize', async () => {
    const sink = await startSink({ delayMs: 100 });
    const relay = relayTo(sink.port, { poolSize: 2 });
    try {
      const results = await Promise.all(Array.from({ length: 6 }, (_, i) => relay.send({ mailFrom: 'a@s', recipients: ['b@example.com'] }, Buffer.from(`m${i}\r\n`))));
      assert.ok(results.every((r) => r.ok));
      assert.ok(sink.connections <= 2, `${sink.connections} connections`);
    } finally {
      await relay.close();
      await sink.stop();
    }
  });
});

test('one recipient deferred (4xx) while others are accepted: the whole message is deferred, nothing delivered', async () => {
  const sink = await startSink({ replies: { rcpt: (i) => (i.arg.startsWith('full@') ? '452 4.2.2 mailbox full' : undefined) } });
  const relay = relayTo(sink.port);
  try {
    const r = await relay.send({ mailFrom: 'a@s', recipients: ['ok@example.com', 'full@example.com'] }, Buffer.from('x\r\n'));
    assert.deepEqual([r.ok, r.code, r.enhanced], [false, 452, '4.2.2']);
    assert.equal(sink.messages.length + sink.refused.length, 0);
    assert.equal((await relay.send({ mailFrom: 'a@s', recipients: ['ok@example.com'] }, Buffer.from('x\r\n'))).ok, true, 'the relay recovers');
  } finally {
    await relay.close();
    await sink.stop();
  }
});
