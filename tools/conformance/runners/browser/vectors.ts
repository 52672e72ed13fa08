// The vectors a browser plays (PROTOCOL.md, role `browser`): bytes the raw server sends for the
// receive vectors, the close() arguments for the API vectors, and for the client-side handshake
// vectors the subprotocols the page offers and the header lines the raw server's 101 carries.
// Reads only the four JSON files.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { headerLines } from '../js/peers.ts';

export interface ReceiveVector {
  readonly kind: 'receive';
  readonly id: string;
  /** What the raw server writes once the upgrade is done. */
  readonly bytes: Buffer;
}

export interface CloseCall {
  readonly code?: number;
  readonly reason?: string;
}

export interface ApiVector {
  readonly kind: 'api';
  readonly id: string;
  readonly call: CloseCall;
}

export interface HandshakeVector {
  readonly kind: 'handshake';
  readonly id: string;
  /** The page's `new WebSocket(url, offers)`; none passed when empty. */
  readonly offers: readonly string[];
  /** Header lines the raw server's 101 carries besides Upgrade, Connection and Sec-WebSocket-Accept. */
  readonly headers: Buffer;
}

export type BrowserVector = ReceiveVector | ApiVector | HandshakeVector;

export const FIXTURE_FILES = ['close-payloads.json', 'close-frames.json', 'api-close-calls.json', 'handshake.json'] as const;

/** Thrown for fixtures the runner cannot use; the message says how to fix it. */
export class FixtureError extends Error {}

async function vectorsOf(dir: string, file: string): Promise<Record<string, unknown>[]> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new FixtureError(`cannot read ${path}: pass --fixtures the folder holding ${FIXTURE_FILES.join(', ')} (packages/fixtures)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new FixtureError(`${path} is not JSON: regenerate it with npm run generate`);
  }
  const vectors = (parsed as { vectors?: unknown }).vectors;
  if (!Array.isArray(vectors)) throw new FixtureError(`${path} has no "vectors" array: regenerate it with npm run generate`);
  return vectors as Record<string, unknown>[];
}

function hexBytes(hex: unknown, where: string): Buffer {
  if (typeof hex !== 'string' || !/^(?:[0-9a-f]{2})+$/i.test(hex)) {
    throw new FixtureError(`${where} is not hex bytes: regenerate the fixtures with npm run generate`);
  }
  return Buffer.from(hex, 'hex');
}

function idOf(vector: Record<string, unknown>, file: string): string {
  if (typeof vector.id !== 'string') throw new FixtureError(`a vector in ${file} has no string id: regenerate the fixtures`);
  return vector.id;
}

function callOf(vector: Record<string, unknown>, id: string): CloseCall {
  const call = vector.call as { code?: unknown; reason?: unknown } | undefined;
  const badCode = call?.code !== undefined && typeof call.code !== 'number';
  const badReason = call?.reason !== undefined && typeof call.reason !== 'string';
  if (typeof call !== 'object' || call === null || badCode || badReason) {
    throw new FixtureError(`${id} in api-close-calls.json has no valid "call" (optional number code, optional string reason)`);
  }
  return call as CloseCall;
}

// A browser cannot set Sec-WebSocket-Version or any other request field, so it plays only the vectors
// of a client (`"peer": "client"`): a subprotocol list it offers and a response it judges.
function handshakeOf(vector: Record<string, unknown>, id: string): HandshakeVector {
  const offers = (vector.client as { subprotocols?: unknown } | undefined)?.subprotocols;
  const headers = (vector.response as { headers?: unknown } | undefined)?.headers;
  const offersOk = Array.isArray(offers) && offers.every((name) => typeof name === 'string');
  // A value may be empty (an empty Sec-WebSocket-Protocol is itself a vector).
  const headersOk = Array.isArray(headers) && headers.every((h) => typeof h?.name === 'string' && typeof h.valueHex === 'string' && /^(?:[0-9a-f]{2})*$/i.test(h.valueHex));
  if (!offersOk || !headersOk) {
    throw new FixtureError(`${id} in handshake.json has no "client.subprotocols" (strings) or "response.headers" (name, hex valueHex): regenerate the fixtures`);
  }
  return { kind: 'handshake', id, offers, headers: headerLines(headers) };
}

/** Every vector a browser plays, in file order, limited to ids containing `only` when given. */
export async function loadBrowserVectors(dir: string, only?: string): Promise<BrowserVector[]> {
  const [payloads, frames, calls, handshakes] = await Promise.all(FIXTURE_FILES.map((file) => vectorsOf(dir, file)));
  const all: BrowserVector[] = [];
  for (const vector of payloads!) {
    const id = idOf(vector, 'close-payloads.json');
    const framing = vector.framing as { serverFrameHex?: unknown } | undefined;
    all.push({ kind: 'receive', id, bytes: hexBytes(framing?.serverFrameHex, `${id}: framing.serverFrameHex`) });
  }
  for (const vector of frames!) {
    if (vector.direction !== 'server-to-client') continue;
    const id = idOf(vector, 'close-frames.json');
    all.push({ kind: 'receive', id, bytes: hexBytes(vector.frameHex, `${id}: frameHex`) });
  }
  for (const vector of calls!) {
    const id = idOf(vector, 'api-close-calls.json');
    all.push({ kind: 'api', id, call: callOf(vector, id) });
  }
  for (const vector of handshakes!) {
    if (vector.peer !== 'client') continue;
    all.push(handshakeOf(vector, idOf(vector, 'handshake.json')));
  }
  return only === undefined ? all : all.filter((vector) => vector.id.includes(only));
}
