// Binding a listening port with an error an admin can act on: the key to change and what to do.
import type { Server } from 'node:net';
import type { SMTPServer } from 'smtp-server';
import type { MoatConnection, MoatServer } from './moat-server.ts';

/** A port that cannot be bound: `start` prints the message and exits 2. */
export class PortError extends Error {
  constructor(readonly key: string, message: string) {
    super(`${key}: ${message}`);
  }
}

export function describeBindError(key: string, host: string, port: number, err: NodeJS.ErrnoException): PortError {
  if (err.code === 'EADDRINUSE') {
    return new PortError(key, `port ${port} is in use on ${host} (another mail server or another mailmoat?); stop it or choose another port`);
  }
  if (err.code === 'EACCES' || err.code === 'EPERM') {
    return new PortError(key, `port ${port} below 1024 needs root or CAP_NET_BIND_SERVICE (setcap cap_net_bind_service=+ep $(which node), AmbientCapabilities= in systemd), or use a port >= 1024 and redirect 25 to it in the firewall`);
  }
  if (err.code === 'EADDRNOTAVAIL') {
    return new PortError(key, `address ${host} is not configured on this machine; use an address of this host or 0.0.0.0`);
  }
  return new PortError(key, `cannot listen on ${host}:${port}: ${err.message}`);
}

export function bindServer(server: Server, host: string, port: number, key: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      server.removeListener('listening', onListening);
      reject(describeBindError(key, host, port, err));
    };
    const onListening = (): void => {
      server.removeListener('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ host, port, backlog: 1024 });
  });
}

export function bindSmtpServer(smtp: SMTPServer, host: string, port: number, key: string): Promise<void> {
  return bindServer(smtp.server, host, port, key);
}

/**
 * Graceful stop shared by the inbound and outbound listeners: no new connections; idle sessions
 * get "421 4.3.2 shutting down" at once, sessions inside a transaction may finish it (up to `graceMs`).
 */
export async function drainSmtpServer(server: MoatServer, inData: (id: string) => boolean, graceMs: number): Promise<void> {
  const listening = new Promise<void>((resolve) => server.server.close(() => resolve()));
  const deadline = Date.now() + graceMs;
  while (server.connections.size > 0 && Date.now() < deadline) {
    for (const conn of server.connections) {
      const c = conn as MoatConnection;
      const inTx = inData(c.id) || Boolean(c.session.envelope && c.session.envelope.mailFrom);
      if (!inTx) c.abort('4.3.2 Service shutting down, try again later');
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  for (const conn of server.connections) (conn as MoatConnection).abort('4.3.2 Service shutting down');
  await Promise.race([listening, new Promise((r) => setTimeout(r, 2000))]);
}
