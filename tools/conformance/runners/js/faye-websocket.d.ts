// faye-websocket ships JavaScript without declarations: the part of its API the runner uses (its
// README: "Handling WebSocket connections in Node" and "Using the WebSocket client").
declare module 'faye-websocket' {
  import type { IncomingMessage } from 'node:http';
  import type { Duplex } from 'node:stream';

  interface FayeCloseEvent {
    /** The driver's close code: the one received, 1005 for none, 1006 for a lost connection (its code may omit it). */
    readonly code: number | undefined;
    readonly reason: string | undefined;
  }

  class FayeSocket {
    on(event: 'close', listener: (event: FayeCloseEvent) => void): this;
    on(event: 'open' | 'error' | 'message', listener: (event: unknown) => void): this;
    close(code?: number, reason?: string): void;
    /** The subprotocol in use, '' for none. */
    readonly protocol: string;
  }

  /** The server side: takes over an upgrade request's socket. */
  class WebSocket extends FayeSocket {
    constructor(request: IncomingMessage, socket: Duplex, body: Buffer, protocols?: readonly string[]);
    static Client: new (url: string, protocols?: readonly string[]) => FayeSocket;
  }

  export = WebSocket;
}
