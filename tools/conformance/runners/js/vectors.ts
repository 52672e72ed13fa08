// The four vector files, read as JSON (PROTOCOL.md: a runner reads only these), with the members the
// runner plays checked up front, so that stale or foreign fixtures fail with a reason, not mid-run.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

export interface PayloadVector {
  readonly id: string;
  readonly framing: { readonly clientFrameHex: string; readonly serverFrameHex: string };
}

export interface FrameVector {
  readonly id: string;
  readonly direction: 'client-to-server' | 'server-to-client';
  readonly frameHex: string;
}

export interface ApiCallVector {
  readonly id: string;
  readonly call: { readonly code?: number; readonly reason?: string };
}

export interface HeaderField {
  readonly name: string;
  readonly valueHex: string;
}

export interface ServerHandshakeVector {
  readonly id: string;
  readonly peer: 'server';
  readonly server: { readonly subprotocols: readonly string[] };
  readonly request: { readonly headers: readonly HeaderField[] };
}

export interface ClientHandshakeVector {
  readonly id: string;
  readonly peer: 'client';
  readonly client: { readonly subprotocols: readonly string[] };
  readonly response: { readonly headers: readonly HeaderField[] };
}

export type HandshakeVector = ServerHandshakeVector | ClientHandshakeVector;

export interface Vectors {
  readonly payloads: readonly PayloadVector[];
  readonly frames: readonly FrameVector[];
  readonly apiCalls: readonly ApiCallVector[];
  readonly handshakes: readonly HandshakeVector[];
}

const isHex = (value: unknown): value is string => typeof value === 'string' && /^(?:[0-9a-f]{2})*$/i.test(value);

function readVectors(dir: string, file: string, check: (vector: Record<string, unknown>) => string | undefined): unknown[] {
  const path = join(dir, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`cannot read ${path}: --fixtures must name the folder of the vector files (in the repository: packages/fixtures)`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON (${(error as Error).message}); run npm run generate to rebuild it`);
  }
  const vectors = (parsed as { vectors?: unknown }).vectors;
  if (!Array.isArray(vectors)) throw new Error(`${path} has no "vectors" array; run npm run generate to rebuild it`);
  for (const vector of vectors as Record<string, unknown>[]) {
    const problem = typeof vector?.id === 'string' ? check(vector) : 'no string "id"';
    if (problem) throw new Error(`${path}: vector ${String(vector?.id)} has ${problem}; run npm run generate to rebuild it`);
  }
  return vectors;
}

export function loadVectors(dir: string): Vectors {
  const payloads = readVectors(dir, 'close-payloads.json', (v) => {
    const framing = v.framing as Record<string, unknown> | undefined;
    return isHex(framing?.clientFrameHex) && isHex(framing?.serverFrameHex) ? undefined : 'no hex framing.clientFrameHex and framing.serverFrameHex';
  }) as PayloadVector[];
  const frames = readVectors(dir, 'close-frames.json', (v) =>
    (v.direction === 'client-to-server' || v.direction === 'server-to-client') && isHex(v.frameHex)
      ? undefined
      : 'no "direction" (client-to-server or server-to-client) and hex "frameHex"',
  ) as FrameVector[];
  const apiCalls = readVectors(dir, 'api-close-calls.json', (v) => {
    const call = v.call as Record<string, unknown> | undefined;
    const ok =
      typeof call === 'object' && call !== null &&
      (call.code === undefined || typeof call.code === 'number') &&
      (call.reason === undefined || typeof call.reason === 'string');
    return ok ? undefined : 'no "call" with an optional number "code" and an optional string "reason"';
  }) as ApiCallVector[];
  const handshakes = readVectors(dir, 'handshake.json', (v) => {
    const side = (v.peer === 'server' ? v.server : v.client) as { subprotocols?: unknown } | undefined;
    const message = (v.peer === 'server' ? v.request : v.response) as { headers?: unknown } | undefined;
    const headersOk =
      Array.isArray(message?.headers) &&
      (message.headers as Record<string, unknown>[]).every((h) => typeof h?.name === 'string' && isHex(h.valueHex));
    const ok = (v.peer === 'server' || v.peer === 'client') && Array.isArray(side?.subprotocols) && headersOk;
    return ok ? undefined : 'no "peer" (server or client) with its "server"/"client" subprotocols and "request"/"response" headers (name, valueHex)';
  }) as HandshakeVector[];
  return { payloads, frames, apiCalls, handshakes };
}

/**
 * The runner's command line (PROTOCOL.md, "Invocation"): the vectors to play, narrowed by --only;
 * undefined once --help has printed `usage`. Throws, naming --help, on a bad command line.
 */
export function vectorsFromArgs(usage: string, args: readonly string[] = process.argv.slice(2)): Vectors | undefined {
  let options: { fixtures?: string; only?: string; help?: boolean };
  try {
    ({ values: options } = parseArgs({
      args: [...args],
      options: { fixtures: { type: 'string' }, only: { type: 'string' }, help: { type: 'boolean' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new Error(`${(error as Error).message} (--help prints the usage)`);
  }
  if (options.help) {
    process.stdout.write(`${usage}\n`);
    return undefined;
  }
  if (!options.fixtures) throw new Error('--fixtures DIR is required (--help prints the usage)');
  const all = loadVectors(options.fixtures);
  const only = options.only;
  const keep = <V extends { id: string }>(list: readonly V[]) => (only === undefined ? list : list.filter((v) => v.id.includes(only)));
  return { payloads: keep(all.payloads), frames: keep(all.frames), apiCalls: keep(all.apiCalls), handshakes: keep(all.handshakes) };
}
