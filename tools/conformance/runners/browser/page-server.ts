// The loopback HTTP server the browser talks to: it serves the page and the plan (which WebSocket URL
// plays which vector), and takes the page's results, or its report that it broke, by POST.
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { once } from 'node:events';
import type { Socket } from 'node:net';

const PAGE_FILE = new URL('./page.html', import.meta.url);
const MAX_BODY_BYTES = 4 * 1024 * 1024;

/** What the page reads from /plan.json. */
export interface PagePlan {
  readonly concurrency: number;
  readonly limitMs: number;
  readonly vectors: readonly PlannedVector[];
}

export type PlannedVector =
  | { readonly kind: 'receive'; readonly id: string; readonly url: string }
  | { readonly kind: 'api'; readonly id: string; readonly url: string; readonly call: { code?: number; reason?: string } }
  | { readonly kind: 'handshake'; readonly id: string; readonly url: string; readonly protocols: readonly string[] };

/** What the page posts to /results, one entry per planned vector. */
export type PageResult =
  | { readonly id: string; readonly closeEvent: { code: number; reason: string; wasClean: boolean } | null }
  | { readonly id: string; readonly outcome: string }
  | { readonly id: string; readonly opened: boolean; readonly protocol: string | null }
  | { readonly id: string; readonly error: string };

export interface PageServer {
  readonly url: string;
  /** The page's results, or a rejection with the reason the page gave for breaking. */
  readonly results: Promise<PageResult[]>;
  close(): Promise<void>;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) request.destroy(new Error('the page posted more than 4 MiB'));
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, status: number, type: string, body: string): void {
  response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  response.end(body);
}

/** `plan` is called when the page asks for /plan.json, so that waits tied to the plan start only once the browser is up. */
export async function startPageServer(plan: () => PagePlan, log: (line: string) => void): Promise<PageServer> {
  const page = await readFile(PAGE_FILE, 'utf8');
  let deliver!: (results: PageResult[]) => void;
  let fail!: (error: Error) => void;
  const results = new Promise<PageResult[]>((resolve, reject) => {
    deliver = resolve;
    fail = reject;
  });
  results.catch(() => {}); // Observed by the caller; never an unhandled rejection here.

  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const path = (request.url ?? '/').split('?')[0];
    if (request.method === 'GET' && path === '/') return send(response, 200, 'text/html; charset=utf-8', page);
    if (request.method === 'GET' && path === '/plan.json') return send(response, 200, 'application/json', JSON.stringify(plan()));
    if (request.method === 'POST' && (path === '/results' || path === '/broken' || path === '/progress')) {
      const body = await readBody(request);
      send(response, 204, 'text/plain', '');
      if (path === '/progress') log(body);
      else if (path === '/broken') fail(new Error(`the page broke: ${body}`));
      else {
        try {
          deliver((JSON.parse(body) as { results: PageResult[] }).results);
        } catch {
          fail(new Error(`the page posted results that are not JSON: ${body.slice(0, 200)}`));
        }
      }
      return;
    }
    send(response, 404, 'text/plain', 'not found');
  };

  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent) send(response, 500, 'text/plain', error.message);
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return {
    url: `http://127.0.0.1:${port}/`,
    results,
    close: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
