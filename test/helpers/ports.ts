// Free loopback ports for servers started by tests (each test starts its own instances).
import { createServer } from 'node:net';

/**
 * Ports are drawn below Linux's ephemeral range (32768–60999). A port the kernel hands out (bind to
 * port 0) is free only until the next outgoing connection takes it as its source port, and the
 * tests make thousands of connections while a gateway starts: CI once saw a gateway refuse to
 * start because its SMTP port had been taken in between.
 */
const LOW = 20000;
const HIGH = 32000;

function tryListen(port: number, host: string): Promise<number | null> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.unref();
    srv.once('error', () => resolve(null));
    srv.listen(port, host, () => {
      const addr = srv.address();
      const got = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(got));
    });
  });
}

export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let i = 0; i < 100; i++) {
    const port = await tryListen(LOW + Math.floor(Math.random() * (HIGH - LOW)), host);
    if (port) return port;
  }
  const any = await tryListen(0, host);
  if (!any) throw new Error(`no free port on ${host}`);
  return any;
}

/** Polls until `fn` resolves truthy or the deadline passes. */
export async function waitFor<T>(fn: () => Promise<T | null | undefined | false> | T | null | undefined | false, timeoutMs = 10000, what = 'condition'): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastErr: unknown;
  while (Date.now() < deadline) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastErr = err;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`timed out waiting for ${what}${lastErr ? `: ${(lastErr as Error).message}` : ''}`);
}
