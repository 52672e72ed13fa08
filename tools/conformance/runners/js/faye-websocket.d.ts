// faye-websocket ships JavaScript without declarations: the part of its API the runner uses (its
// README: "Handling WebSocket connections in Node" and "Using the WebSocket client").
declare module 'faye-websocket' {
  import type { IncomingMessage } from 'node:http';
  import type { Duplex } from 'node:stream';

  interface FayeCloseEvent {
    readonly code: number;
    readonly reason: string;
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
