// The only place that reaches into smtp-server internals. smtp-server is used as is (no patched
// files); these subclasses change four behaviours the gateway needs:
//  - the fixed 100 ms pause before the banner becomes a configurable greeting delay per client
//    (0 for trusted networks); a client that talks before the banner still gets "421 talk too soon",
//  - replies whose text already starts with an RFC 3463 code ("5.7.1 …") are sent as given instead
//    of getting smtp-server's generic enhanced code in front,
//  - a command line over 512 octets is answered "500 5.5.2" (RFC 5321 4.5.3.1.4) and the session goes on,
//  - EXPN is answered "502 5.5.1" (not "500 command not recognized"),
//  - session ids come from a pool of random bytes (ids.ts) instead of a randomBytes() call per connection.
import type { Socket } from 'node:net';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { SMTPConnection, type SMTPConnectionOptions } from 'smtp-server/lib/smtp-connection.js';
import { newSessionId } from './ids.ts';

type ProxyCallback = Parameters<SMTPServer['_handleProxy']>[1];

/** RFC 5321: 512 octets including the CRLF. */
export const MAX_COMMAND_LINE = 510;
const ENHANCED_PREFIX = /^[245]\.\d{1,3}\.\d{1,3} /;

export interface MoatServerOptions extends SMTPServerOptions {
  /** ms to wait before the banner for this client address (0 = at once) */
  greetingDelay: (remoteAddress: string) => number;
  /** called for every connection object, so the owner can reach it by session id */
  onConnection?: (conn: MoatConnection) => void;
}

export class MoatConnection extends SMTPConnection {
  declare _server: MoatServer;

  override init(): void {
    this._setListeners(() => {
      const opts = this._server.options;
      if (opts.maxClients && this._server.connections.size > opts.maxClients) {
        this.send(421, '4.7.0 ' + this.name + ' too many connections, try again later');
        return;
      }
      const delay = this._server.moatOptions.greetingDelay(this.remoteAddress);
      if (delay <= 0) {
        this.connectionReady();
        return;
      }
      const t = setTimeout(() => this.connectionReady(), delay);
      t.unref();
    });
  }

  override send(code: number, data?: string | string[] | null, context?: string | false): void {
    if (typeof data === 'string' && ENHANCED_PREFIX.test(data)) {
      super.send(code, data, false);
      return;
    }
    super.send(code, data, context);
  }

  override _onCommand(command: Buffer, callback?: () => void): void {
    if (command.length > MAX_COMMAND_LINE && this._ready && !this._upgrading) {
      this.send(500, '5.5.2 Error: line too long');
      if (callback) setImmediate(callback);
      return;
    }
    super._onCommand(command, callback);
  }

  handler_EXPN(_command: Buffer, callback: () => void): void {
    this.send(502, '5.5.1 EXPN not available');
    callback();
  }

  /** closes the connection with a 421 (DATA deadline, shutdown) */
  abort(text: string): void {
    this.send(421, text);
  }
}

export class MoatServer extends SMTPServer {
  readonly moatOptions: MoatServerOptions;

  constructor(options: MoatServerOptions) {
    super(options);
    this.moatOptions = options;
  }

  /** Without a PROXY header to read (useProxy unset) this is all the library does, minus its randomBytes(). */
  override _handleProxy(socket: Socket, callback: ProxyCallback): void {
    if (this.options.useProxy || this.options.ignoredHosts) {
      super._handleProxy(socket, callback);
      return;
    }
    setImmediate(() => callback(null, { id: newSessionId() }));
  }

  override connect(socket: Socket, socketOptions?: SMTPConnectionOptions | null): void {
    const connection = new MoatConnection(this, socket, socketOptions);
    this.connections.add(connection);
    // the same wiring as SMTPServer.connect()
    connection.on('error', (err: Error) => (this as unknown as { _onError(e: Error): void })._onError(err));
    connection.on('connect', (data: unknown) => (this as unknown as { _onClientConnect(d: unknown): void })._onClientConnect(data));
    this.moatOptions.onConnection?.(connection);
    connection.init();
  }
}
