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
import { NOTHING_REPORTED, ServerReports, type Reported } from './reported.ts';

const ignore = () => {};

// ---------------------------------------------------------------------------------------------
// Servers: ordinary defaults, application code that only waits for messages.

export interface ServerPeer {
  readonly port: number;
  /** Connections the peer still holds open. */
  readonly openConnections: () => number;
  /** What the library reported to the application when the connection from a client port closed. */
  readonly reports: ServerReports;
  close(): Promise<void>;
}

/** The first subprotocol the client offers that the server supports, as an application using the library would pick it. */
const firstSupported = (offered: Iterable<string>, supported: readonly string[]): string | undefined =>
  [...offered].find((name) => supported.includes(name));

/** ws's server; with `subprotocols`, it selects the first offered one it supports (handleProtocols), else none. */
export async function startWsServer(subprotocols?: readonly string[]): Promise<ServerPeer> {
  const wss = new WebSocketServer({
    host: '127.0.0.1',
    port: 0,
    ...(subprotocols ? { handleProtocols: (offered: Set<string>) => firstSupported(offered, subprotocols) ?? false } : {}),
  });
  const reports = new ServerReports();
  // ws emits 'error' on the connection for protocol errors: they are the point here.
  wss.on('connection', (socket, request) => {
    const from = request.socket.remotePort; // read now: a closed socket has no remote port
    socket
      .on('error', ignore)
      .on('message', ignore)
      .on('close', (code: number, reason: Buffer) => reports.record(from, { code, reason: reason.toString() }));
  });
  await once(wss, 'listening');
  return {
    port: (wss.address() as { port: number }).port,
    openConnections: () => wss.clients.size,
    reports,
    close: async () => {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

/** faye-websocket's server; with `subprotocols`, the list it may select from. */
export async function startFayeServer(subprotocols?: readonly string[]): Promise<ServerPeer> {
  const server = createHttpServer();
  const upgraded = new Set<Duplex>();
  const reports = new ServerReports();
  server.on('upgrade', (request, socket, body: Buffer) => {
    upgraded.add(socket);
    socket.on('close', () => upgraded.delete(socket));
    const from = request.socket.remotePort;
    (subprotocols ? new FayeWebSocket(request, socket, body, subprotocols) : new FayeWebSocket(request, socket, body))
      .on('message', ignore)
      .on('close', ({ code, reason }) => reports.record(from, { code: code ?? null, reason: reason ?? null }));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    port: (server.address() as { port: number }).port,
    openConnections: () => upgraded.size,
    reports,
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
  /** The close event: undici's WHATWG CloseEvent, ws's and faye's close events (their wasClean is not read). */
  readonly closed: Promise<ObservedCloseEvent | Reported>;
  /** Resolves, with the subprotocol the library reports, when it says the connection is open. */
  readonly opened: Promise<string>;
  /** Starts the closing handshake. */
  readonly close: () => void;
  /** Ends the connection when the library never said it was closed. */
  readonly abandon: () => void;
}

function connectClient(peer: ClientPeerKey, url: string, subprotocols: readonly string[] = []): ConnectedClient {
  // No subprotocol offered: each library is called without the argument, as an ordinary application calls it.
  const offered = subprotocols.length > 0 ? [...subprotocols] : undefined;
  switch (peer) {
    case 'ws-client': {
      const ws = offered ? new WsWebSocket(url, offered) : new WsWebSocket(url);
      ws.on('error', ignore);
      // Not once(ws, 'close'): that rejects on the 'error' ws emits before closing on a protocol error.
      const closed = new Promise<Reported>((resolve) => ws.on('close', (code: number, reason: Buffer) => resolve({ code, reason: reason.toString() })));
      const opened = new Promise<string>((resolve) => ws.on('open', () => resolve(ws.protocol)));
      return { closed, opened, close: () => ws.close(), abandon: () => ws.terminate() };
    }
    case 'faye-websocket-client': {
      const faye = offered ? new FayeWebSocket.Client(url, offered) : new FayeWebSocket.Client(url);
      const closed = new Promise<Reported>((resolve) => faye.on('close', ({ code, reason }) => resolve({ code: code ?? null, reason: reason ?? null })));
      const opened = new Promise<string>((resolve) => faye.on('open', () => resolve(faye.protocol)));
      // faye has no terminate(); the raw server destroys its side of the connection when it closes.
      return { closed, opened, close: () => faye.close(), abandon: ignore };
    }
    case 'undici-client': {
      const ws = offered ? new UndiciWebSocket(url, offered) : new UndiciWebSocket(url);
      ws.addEventListener('error', ignore);
      const closed = new Promise<ObservedCloseEvent>((resolve) =>
        ws.addEventListener('close', ({ code, reason, wasClean }) => resolve({ code, reason, wasClean })),
      );
      const opened = new Promise<string>((resolve) => ws.addEventListener('open', () => resolve(ws.protocol)));
      return { closed, opened, close: () => ws.close(), abandon: () => ws.close() };
    }
  }
}

export interface ClientHandshakeObservation {
  readonly opened: boolean;
  readonly protocol: string | null;
}

/**
 * Connects `peer`, offering `subprotocols`, to the raw server, whose 101 carries `headers` (vector
 * `id`). Reports whether the library opened the connection, and the subprotocol it reports in use
 * (null for none: ws, undici and faye report '').
 */
export async function handshakeWithClient(
  server: RawServer,
  peer: ClientPeerKey,
  id: string,
  subprotocols: readonly string[],
  headers: Buffer,
): Promise<ClientHandshakeObservation> {
  const { path, result } = server.plan(undefined, false, id, headers);
  const client = connectClient(peer, `ws://127.0.0.1:${server.port}${path}`, subprotocols);
  let settled = false;
  try {
    const first = await withinLimit(
      Promise.race([client.opened.then((protocol) => ({ protocol })), client.closed.then(() => 'closed' as const)]),
      STEP_LIMIT_MS,
      'timeout' as const,
    );
    if (first === 'timeout') throw new Error(`${peer} neither opened nor closed the connection for ${id} within ${STEP_LIMIT_MS} ms`);
    if (first !== 'closed') client.close();
    await result.catch(ignore);
    settled = (await withinLimit(client.closed, STEP_LIMIT_MS, 'timeout' as const)) !== 'timeout';
    return first === 'closed' ? { opened: false, protocol: null } : { opened: true, protocol: first.protocol === '' ? null : first.protocol };
  } finally {
    if (!settled) client.abandon();
  }
}

export interface ClientObservation {
  readonly reply: ObservedReply;
  /** undici only: its close event, or null when none came within the limit. */
  readonly closeEvent?: ObservedCloseEvent | null;
  /** ws and faye: the code and reason of their close event (both null when none came within the limit). */
  readonly reported?: Reported;
}

/**
 * Connects `peer` to the raw server, which writes `bytes` (vector `id`); reports the reply and the
 * library's close event: undici's as the WHATWG `closeEvent`, the others' as `reported`.
 */
export async function deliverToClient(server: RawServer, peer: ClientPeerKey, id: string, bytes: Uint8Array): Promise<ClientObservation> {
  const { path, result } = server.plan(bytes, false, id);
  const client = connectClient(peer, `ws://127.0.0.1:${server.port}${path}`);
  let closeEvent: ObservedCloseEvent | Reported | 'timeout' = 'timeout';
  try {
    const { reply } = await result;
    // The raw server has closed its end by now: the library has the step limit to notice.
    closeEvent = await withinLimit(client.closed, STEP_LIMIT_MS, 'timeout' as const);
    if (peer !== 'undici-client') return { reply, reported: closeEvent === 'timeout' ? NOTHING_REPORTED : { code: closeEvent.code, reason: closeEvent.reason } };
    return { reply, closeEvent: closeEvent === 'timeout' ? null : (closeEvent as ObservedCloseEvent) };
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
