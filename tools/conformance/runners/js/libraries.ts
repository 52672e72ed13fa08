// The real peers the JS runner drives: servers (ws, faye-websocket) that a raw client talks to, and
// clients (ws, undici, faye-websocket) that connect to the raw server. Importing this module starts nothing.
import { once } from 'node:events';
import { createServer as createHttpServer } from 'node:http';
import type { Duplex } from 'node:stream';
import FayeWebSocket from 'faye-websocket';
import { WebSocket as UndiciWebSocket } from 'undici';
import { WebSocket as WsWebSocket, WebSocketServer } from 'ws';
import { STEP_LIMIT_MS, withinLimit, withTimeout } from './limits.ts';
import type { ObservedReply, RawServer } from './peers.ts';

const ignore = () => {};

// ---------------------------------------------------------------------------------------------
// Servers: ordinary defaults, application code that only waits for messages.

export interface ServerPeer {
  readonly port: number;
  /** Connections the peer still holds open. */
  readonly openConnections: () => number;
  close(): Promise<void>;
}

export async function startWsServer(): Promise<ServerPeer> {
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
  // ws emits 'error' on the connection for protocol errors: they are the point here.
  wss.on('connection', (socket) => socket.on('error', ignore).on('message', ignore));
  await once(wss, 'listening');
  return {
    port: (wss.address() as { port: number }).port,
    openConnections: () => wss.clients.size,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

export async function startFayeServer(): Promise<ServerPeer> {
  const server = createHttpServer();
  const upgraded = new Set<Duplex>();
  server.on('upgrade', (request, socket, body: Buffer) => {
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    new FayeWebSocket(request, socket, body).on('message', ignore);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as { port: number }).port,
    openConnections: () => upgraded.size,
    close: async () => {
      for (const socket of upgraded) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Clients: each connects, and reports the library's own signal that the connection is closed.

export type ClientPeerKey = 'ws-client' | 'undici-client' | 'faye-websocket-client';

export interface ObservedCloseEvent {
  readonly code: number;
  readonly reason: string;
  readonly wasClean: boolean;
}

interface ConnectedClient {
  /** The close event (undici's is a WHATWG CloseEvent); undefined for libraries without that API. */
  readonly closed: Promise<ObservedCloseEvent | undefined>;
  /** Ends the connection when the library never said it was closed. */
  readonly abandon: () => void;
}

function connectClient(peer: ClientPeerKey, url: string): ConnectedClient {
  switch (peer) {
    case 'ws-client': {
      const ws = new WsWebSocket(url);
      ws.on('error', ignore);
      // Not once(ws, 'close'): that rejects on the 'error' ws emits before closing on a protocol error.
      const closed = new Promise<undefined>((resolve) => ws.on('close', () => resolve(undefined)));
      return { closed, abandon: () => ws.terminate() };
    }
    case 'faye-websocket-client': {
      const faye = new FayeWebSocket.Client(url);
      const closed = new Promise<undefined>((resolve) => faye.on('close', () => resolve(undefined)));
      // faye has no terminate(); the raw server destroys its side of the connection when it closes.
      return { closed, abandon: ignore };
    }
    case 'undici-client': {
      const ws = new UndiciWebSocket(url);
      ws.addEventListener('error', ignore);
      const closed = new Promise<ObservedCloseEvent>((resolve) =>
        ws.addEventListener('close', ({ code, reason, wasClean }) => resolve({ code, reason, wasClean })),
      );
      return { closed, abandon: () => ws.close() };
    }
  }
}

export interface ClientObservation {
  readonly reply: ObservedReply;
  /** undici only: its close event, or null when none came within the limit. */
  readonly closeEvent?: ObservedCloseEvent | null;
}

/** Connects `peer` to the raw server, which writes `bytes` (vector `id`); reports the reply and, for undici, the close event. */
export async function deliverToClient(server: RawServer, peer: ClientPeerKey, id: string, bytes: Uint8Array): Promise<ClientObservation> {
  const { path, result } = server.plan(bytes, false, id);
  const client = connectClient(peer, `ws://127.0.0.1:${server.port}${path}`);
  let closeEvent: ObservedCloseEvent | undefined | 'timeout' = 'timeout';
  try {
    const { reply } = await result;
    // The raw server has closed its end by now: the library has the step limit to notice.
    closeEvent = await withinLimit(client.closed, STEP_LIMIT_MS, 'timeout' as const);
    if (peer !== 'undici-client') return { reply };
    return { reply, closeEvent: closeEvent === 'timeout' ? null : closeEvent! };
  } finally {
    if (closeEvent === 'timeout') client.abandon();
  }
}

export interface CloseCallArguments {
  readonly code?: number;
  readonly reason?: string;
}

export interface ApiCallObservation {
  readonly outcome: string;
  /** The body of the Close frame the call sent, unmasked; null when close() threw. */
  readonly payloadHex: string | null;
}

/** Calls close(...) as the vector says: an absent member is not passed; a reason without a code passes undefined as the code. */
function callWith(ws: UndiciWebSocket, { code, reason }: CloseCallArguments): void {
  if (reason !== undefined) ws.close(code, reason);
  else if (code !== undefined) ws.close(code);
  else ws.close();
}

/** Opens undici's WebSocket to the raw server, calls close(...) once it is open, and reports what happened. */
export async function callClose(server: RawServer, id: string, call: CloseCallArguments): Promise<ApiCallObservation> {
  const { path, result } = server.plan(undefined, true, id);
  const ws = new UndiciWebSocket(`ws://127.0.0.1:${server.port}${path}`);
  ws.addEventListener('error', ignore);
  const closed = new Promise<void>((resolve) => ws.addEventListener('close', () => resolve()));
  const opened = new Promise<void>((resolve) => ws.addEventListener('open', () => resolve()));
  void result.catch(ignore); // awaited below; a failure before that is reported by the open check
  const first = await withTimeout(
    Promise.race([opened.then(() => 'open' as const), closed.then(() => 'closed' as const)]),
    STEP_LIMIT_MS,
    `undici's open event for ${id}`,
  );
  if (first === 'closed') throw new Error(`undici closed the connection for ${id} before it opened`);
  let outcome = 'accepted';
  try {
    callWith(ws, call);
  } catch (error) {
    outcome = error instanceof Error ? error.name : String(error);
    ws.close();
  }
  const sent = await result;
  await withTimeout(closed, STEP_LIMIT_MS, `undici's close event for ${id}`);
  return { outcome, payloadHex: outcome === 'accepted' ? sent.payloadHex : null };
}
