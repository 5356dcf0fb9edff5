// clamd client: reply parsing by the trailing word, INSTREAM framing, and that nothing but an
// explicit OK is ever clean (errors, size limits, timeouts, stalls, dropped connections).
import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, describe, test } from 'node:test';
import { ClamdClient, parseReply } from '../../../src/clamav/client.ts';

describe('parseReply', () => {
  test('OK, FOUND and ERROR by the trailing word', () => {
    assert.deepEqual(parseReply('stream: OK\0'), { status: 'clean' });
    assert.deepEqual(parseReply('stream: Eicar-Test-Signature FOUND\0'), { status: 'infected', virus: 'Eicar-Test-Signature' });
    assert.deepEqual(parseReply('1: stream: Win.Trojan.Agent-123 FOUND\0'), { status: 'infected', virus: 'Win.Trojan.Agent-123' });
    assert.deepEqual(parseReply('INSTREAM size limit exceeded. ERROR\0'), { status: 'error', error: 'INSTREAM size limit exceeded.' });
  });
  test('heuristic limit detections are infections', () => {
    assert.deepEqual(parseReply('stream: Heuristics.Limits.Exceeded.MaxFileSize FOUND\0'), { status: 'infected', virus: 'Heuristics.Limits.Exceeded.MaxFileSize' });
  });
  test('substrings do not count: a virus named like OK is infected, garbage and empty are errors', () => {
    assert.deepEqual(parseReply('stream: Fake.OK.ERROR.Name FOUND'), { status: 'infected', virus: 'Fake.OK.ERROR.Name' });
    assert.equal(parseReply('stream: OKAY').status, 'error');
    assert.equal(parseReply('something went OK wrong').status, 'error');
    assert.equal(parseReply('').status, 'error');
    assert.equal(parseReply('UNKNOWN COMMAND').status, 'error');
  });
});

/** a scriptable fake clamd that decodes INSTREAM frames */
function fakeClamd(handler: (sock: Socket, payload: () => Buffer, onEnd: (cb: (data: Buffer) => void) => void) => void): Promise<{ server: Server; port: number }> {
  return new Promise((resolve) => {
    const server = createServer((sock) => {
      let buf = Buffer.alloc(0);
      let endCb: ((data: Buffer) => void) | null = null;
      const chunks: Buffer[] = [];
      sock.on('data', (d: Buffer) => {
        buf = Buffer.concat([buf, d]);
        if (buf.subarray(0, 10).toString() === 'zINSTREAM\0') {
          let off = 10;
          for (;;) {
            if (buf.length < off + 4) break;
            const len = buf.readUInt32BE(off);
            if (len === 0) { endCb?.(Buffer.concat(chunks)); endCb = null; break; }
            if (buf.length < off + 4 + len) break;
            chunks.push(buf.subarray(off + 4, off + 4 + len));
            off += 4 + len;
          }
          if (off > 10) { buf = Buffer.concat([buf.subarray(0, 10), buf.subarray(off)]); }
        }
      });
      sock.on('error', () => undefined);
      handler(sock, () => Buffer.concat(chunks), (cb) => { endCb = cb; });
    });
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ server, port: typeof a === 'object' && a ? a.port : 0 });
    });
  });
}

describe('ClamdClient against fake clamd servers', () => {
  const servers: Server[] = [];
  after(() => { for (const s of servers) s.close(); });

  test('streams the whole message in chunks and reads the verdict', async () => {
    let received: Buffer | null = null;
    const { server, port } = await fakeClamd((sock, _p, onEnd) => onEnd((data) => { received = data; sock.end(data.includes('VIRUS') ? 'stream: Test.Virus FOUND\0' : 'stream: OK\0'); }));
    servers.push(server);
    const client = new ClamdClient({ host: '127.0.0.1', port, timeoutMs: 5000 });
    const big = Buffer.alloc(300_000, 'a');
    assert.deepEqual(await client.scan(big), { status: 'clean' });
    assert.ok(received && (received as Buffer).equals(big), 'clamd got exactly the message bytes');
    assert.deepEqual(await client.scan(Buffer.from('xx VIRUS xx')), { status: 'infected', virus: 'Test.Virus' });
  });

  test('a stalled clamd (accepts, never answers) is an error after the timeout, not clean', async () => {
    const { server, port } = await fakeClamd(() => undefined);
    servers.push(server);
    const client = new ClamdClient({ host: '127.0.0.1', port, timeoutMs: 300 });
    const t0 = Date.now();
    const r = await client.scan(Buffer.from('hello'));
    assert.equal(r.status, 'error');
    assert.match((r as { error: string }).error, /timed out/);
    assert.ok(Date.now() - t0 < 3000);
  });

  test('"size limit exceeded" while we still write is an error', async () => {
    const { server, port } = await fakeClamd((sock) => { setTimeout(() => sock.end('INSTREAM size limit exceeded. ERROR\0'), 20); });
    servers.push(server);
    const client = new ClamdClient({ host: '127.0.0.1', port, timeoutMs: 5000 });
    const r = await client.scan(Buffer.alloc(2_000_000, 'b'));
    assert.equal(r.status, 'error');
  });

  test('a connection closed without a reply, and a refused connection, are errors', async () => {
    const { server, port } = await fakeClamd((sock) => sock.destroy());
    servers.push(server);
    assert.equal((await new ClamdClient({ host: '127.0.0.1', port, timeoutMs: 2000 }).scan(Buffer.from('x'))).status, 'error');
    const closed = await fakeClamd(() => undefined);
    closed.server.close();
    assert.equal((await new ClamdClient({ host: '127.0.0.1', port: closed.port, timeoutMs: 2000 }).scan(Buffer.from('x'))).status, 'error');
    assert.equal(await new ClamdClient({ host: '127.0.0.1', port: closed.port, timeoutMs: 2000 }).ping(), false);
  });

  test('a message over the configured limit is not sent and is an error', async () => {
    const client = new ClamdClient({ host: '127.0.0.1', port: 1, timeoutMs: 1000, maxStreamBytes: 10 });
    assert.equal((await client.scan(Buffer.alloc(11))).status, 'error');
  });

  test('at most maxConnections scans run at once', async () => {
    let open = 0; let peak = 0;
    const { server, port } = await fakeClamd((sock, _p, onEnd) => {
      open++; peak = Math.max(peak, open);
      onEnd(() => setTimeout(() => { open--; sock.end('stream: OK\0'); }, 50));
    });
    servers.push(server);
    const client = new ClamdClient({ host: '127.0.0.1', port, timeoutMs: 5000, maxConnections: 2 });
    const results = await Promise.all(Array.from({ length: 6 }, () => client.scan(Buffer.from('x'))));
    assert.ok(results.every((r) => r.status === 'clean'));
    assert.equal(peak, 2);
  });
});
