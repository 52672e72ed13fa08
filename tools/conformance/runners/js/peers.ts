// The raw side of a run (PROTOCOL.md): a raw TCP client that plays a vector against a server peer,
// and a raw TCP server that plays vectors against client peers. Importing this module starts nothing.
import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { STEP_LIMIT_MS, withinLimit, withTimeout } from './limits.ts';
import { acceptFor, closeFrame, newKey, SocketReader, type Frame } from './wire.ts';

export type ObservedReply =
  | { readonly frame: 'close'; readonly code: number | null }
  | { readonly frame: 'none' }
  | { readonly frame: 'timeout' };

/** The first Close frame the peer sends, undefined when it closes the TCP connection first, or 'timeout'. */
const readCloseWithinLimit = (reader: SocketReader): Promise<Frame | undefined | 'timeout'> =>
  withinLimit(reader.firstClose(), STEP_LIMIT_MS, 'timeout' as const);

const replyOf = (close: Frame | undefined | 'timeout'): ObservedReply => {
  if (close === 'timeout') return { frame: 'timeout' };
  if (!close) return { frame: 'none' };
  return { frame: 'close', code: close.payload.length >= 2 ? close.payload.readUInt16BE(0) : null };
};

const headerValue = (head: string, name: string): string | undefined =>
  new RegExp(`^${name}:[ \\t]*(\\S+)[ \\t]*$`, 'im').exec(head)?.[1];

// ---------------------------------------------------------------------------------------------
// A raw client, against a server peer.

/**
 * Connects to the server peer on `port`, does the upgrade by hand (asking for `path`: a runner that
 * reads back what the server's application was told names the vector there), writes `bytes` exactly
 * and reports the server's reply, and the port the connection came from (the server's remote port).
 * Throws (naming `what`) when the upgrade itself fails: then the vector was not played.
 */
export async function exchangeWithServer(port: number, bytes: Uint8Array, what: string, path = '/'): Promise<{ reply: ObservedReply; from: number }> {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('error', () => {}); // the reader sees the end; an error before the upgrade is reported below
  const reader = new SocketReader(socket);
  try {
    await withTimeout(once(socket, 'connect'), STEP_LIMIT_MS, `the TCP connection for ${what}`).catch((error: Error) => {
      throw new Error(`cannot connect for ${what}: ${error.message}`);
    });
    const key = newKey();
    socket.write(
      `GET ${path} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n` +
        `Sec-WebSocket-Key: ${key}\r\nSec-WebSocket-Version: 13\r\n\r\n`,
    );
    const head = await withTimeout(reader.head(), STEP_LIMIT_MS, `the upgrade response for ${what}`);
    if (!head?.startsWith('HTTP/1.1 101 ') || headerValue(head, 'sec-websocket-accept') !== acceptFor(key)) {
      throw new Error(`the server did not accept the upgrade for ${what}: ${head?.split('\r\n')[0] ?? '(connection closed)'}`);
    }
    socket.write(bytes);
    const from = socket.localPort!;
    return { reply: replyOf(await readCloseWithinLimit(reader)), from };
  } finally {
    socket.destroy();
  }
}

/** Header lines as written on the wire: `Name: ` then the value's bytes exactly, then CRLF. */
export const headerLines = (headers: readonly { name: string; valueHex: string }[]): Buffer =>
  Buffer.concat(headers.flatMap((h) => [Buffer.from(`${h.name}: `), Buffer.from(h.valueHex, 'hex'), Buffer.from('\r\n')]));

export interface ObservedResponse {
  /** null: the server closed the connection, or sent no whole head within the limit. */
  readonly status: number | null;
  readonly protocol: string | null;
  readonly version: string | null;
}

/** Every value of a header field in an HTTP head, joined with ", "; null when there is none. */
function fieldValues(head: string, name: string): string | null {
  const values = head
    .split('\r\n')
    .slice(1)
    .map((line) => /^([^:]+):[ \t]*(.*?)[ \t]*$/.exec(line))
    .filter((m): m is RegExpExecArray => m !== null && m[1]!.toLowerCase() === name)
    .map((m) => Buffer.from(m[2]!, 'latin1').toString('utf8'));
  return values.length > 0 ? values.join(', ') : null;
}

/**
 * Sends an upgrade request with the vector's header fields (in place of Sec-WebSocket-Version: 13)
 * and reports the server's response: status, Sec-WebSocket-Protocol, Sec-WebSocket-Version.
 */
export async function requestUpgrade(port: number, headers: Buffer, what: string): Promise<ObservedResponse> {
  const socket = connect({ host: '127.0.0.1', port });
  socket.on('error', () => {});
  const reader = new SocketReader(socket);
  try {
    await withTimeout(once(socket, 'connect'), STEP_LIMIT_MS, `the TCP connection for ${what}`);
    socket.write(
      Buffer.concat([
        Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: ${newKey()}\r\n`),
        headers,
        Buffer.from('\r\n'),
      ]),
    );
    const head = await withinLimit(reader.head(), STEP_LIMIT_MS, undefined);
    const status = head === undefined ? null : Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? Number.NaN);
    if (head === undefined || status === null || Number.isNaN(status)) return { status: null, protocol: null, version: null };
    return { status, protocol: fieldValues(head, 'sec-websocket-protocol'), version: fieldValues(head, 'sec-websocket-version') };
  } finally {
    socket.destroy();
  }
}

// ---------------------------------------------------------------------------------------------
// A raw server, against client peers.

interface Plan {
  /** Header lines the 101 response carries besides Upgrade, Connection and Sec-WebSocket-Accept (a handshake vector's). */
  readonly headers: Buffer;
  /** Bytes to write once the upgrade is done (a vector's frame), if any. */
  readonly send: Uint8Array | undefined;
  /** Answer the client's Close with a Close carrying the same code (for close() calls the client starts). */
  readonly answer: boolean;
  readonly done: (result: RawServerResult) => void;
  readonly failed: (error: Error) => void;
  readonly noClient: NodeJS.Timeout;
}

export interface RawServerResult {
  /** The client's first Close frame, as a reply. */
  readonly reply: ObservedReply;
  /** The payload of that Close frame, unmasked, or null without one. */
  readonly payloadHex: string | null;
}

export class RawServer {
  private readonly server: Server;
  private readonly sockets = new Set<Socket>();
  private readonly plans = new Map<string, Plan>();
  private serial = 0;
  port = 0;

  constructor() {
    this.server = createServer((socket) => {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => {});
      void this.handle(socket);
    });
  }

  async start(): Promise<void> {
    this.server.listen(0, '127.0.0.1');
    await once(this.server, 'listening');
    this.port = (this.server.address() as { port: number }).port;
  }

  /**
   * A path for one connection, and the promise of what the client sends on it. The path is
   * `/<id>` when `id` is given (so the raw server's log names the vector), else a fresh one. The
   * promise rejects when no client asks for the path within the step limit.
   */
  plan(send: Uint8Array | undefined, answer: boolean, id?: string, headers: Buffer = Buffer.alloc(0)): { path: string; result: Promise<RawServerResult> } {
    const path = id === undefined ? `/c${++this.serial}` : `/${encodeURIComponent(id)}`;
    if (this.plans.has(path)) throw new Error(`${path} is already waiting for a client on this raw server; play a vector once per server at a time`);
    const result = new Promise<RawServerResult>((done, failed) => {
      const noClient = setTimeout(() => {
        this.plans.delete(path);
        failed(new Error(`no client asked for ${path} within ${STEP_LIMIT_MS} ms`));
      }, STEP_LIMIT_MS);
      noClient.unref();
      this.plans.set(path, { headers, send, answer, done, failed, noClient });
    });
    return { path, result };
  }

  private async handle(socket: Socket): Promise<void> {
    const reader = new SocketReader(socket);
    let plan: Plan | undefined;
    try {
      const head = await withTimeout(reader.head(), STEP_LIMIT_MS, 'the upgrade request');
      const path = /^GET (\S+) HTTP\/1\.1/.exec(head ?? '')?.[1];
      const key = headerValue(head ?? '', 'sec-websocket-key');
      plan = path === undefined ? undefined : this.plans.get(path);
      if (!plan) {
        socket.destroy();
        return;
      }
      this.plans.delete(path!);
      clearTimeout(plan.noClient);
      if (!key) throw new Error(`the upgrade request for ${path} has no Sec-WebSocket-Key: ${head}`);
      socket.write(
        Buffer.concat([
          Buffer.from(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${acceptFor(key)}\r\n`),
          plan.headers,
          Buffer.from('\r\n'),
        ]),
      );
      if (plan.send) socket.write(plan.send);
      const close = await readCloseWithinLimit(reader);
      if (close && close !== 'timeout' && plan.answer) socket.write(closeFrame(close.payload.subarray(0, 2)));
      // The server closes the TCP connection first (RFC 6455 §7.1.1).
      socket.end();
      plan.done({ reply: replyOf(close), payloadHex: close && close !== 'timeout' ? close.payload.toString('hex') : null });
    } catch (error) {
      socket.destroy();
      plan?.failed(error as Error);
    }
  }

  get openSockets(): number {
    return this.sockets.size;
  }

  async close(): Promise<void> {
    for (const plan of this.plans.values()) clearTimeout(plan.noClient);
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
