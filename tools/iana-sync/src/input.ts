import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { SyncError } from './errors.ts';

/** IANA's own address for the WebSocket registries, the default input. */
export const IANA_WEBSOCKET_XML_URL = 'https://www.iana.org/assignments/websocket/websocket.xml';

/** Long enough for a slow link to fetch a 40 kB file, short enough that a scheduled job does not hang. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/**
 * The most `--from` will read, from a URL or a file. IANA's file is about 43 kB; anything a hundred
 * times that is not the registry, and reading it whole would only cost memory.
 */
export const MAX_INPUT_BYTES = 5 * 1024 * 1024;

export interface Input {
  /** The file path or URL, as given: used in every message. */
  readonly source: string;
  readonly text: string;
}

export interface ReadOptions {
  readonly timeoutMs?: number;
  /** For tests; defaults to MAX_INPUT_BYTES. */
  readonly maxBytes?: number;
}

export const isUrl = (from: string): boolean => /^https?:\/\//i.test(from);

/** Reads `--from`: a URL through the global fetch, anything else as a file. Throws SyncError. */
export async function readInput(from: string, options: ReadOptions = {}): Promise<Input> {
  const maxBytes = options.maxBytes ?? MAX_INPUT_BYTES;
  const text = isUrl(from) ? await fetchText(from, options.timeoutMs ?? DEFAULT_TIMEOUT_MS, maxBytes) : await readText(from, maxBytes);
  return { source: from, text };
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 100) / 100} MB`;
const tooBig = (source: string, maxBytes: number) =>
  new SyncError(`${source} is larger than ${megabytes(maxBytes)}, far more than IANA's websocket.xml; check that it is the right file`);

/** Plain http is refused except on this machine, where nothing can change the answer on its way. */
export function isLoopback(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  return host === 'localhost' || host === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

function checkScheme(url: URL, given: string): void {
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new SyncError(`refusing plain http:// for ${url.host}: anyone on the way could change the answer; use https:// (${given})`);
  }
}

async function readText(file: string, maxBytes: number): Promise<string> {
  let stream;
  try {
    const info = await stat(file);
    if (info.isDirectory()) throw Object.assign(new Error('folder'), { code: 'EISDIR' });
    if (info.size > maxBytes) throw tooBig(file, maxBytes);
    stream = createReadStream(file);
    // Also capped while reading: a file can grow, and a device such as /dev/zero has no size.
    return await readCapped(stream, maxBytes, file);
  } catch (cause) {
    if (cause instanceof SyncError) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(cause));
    throw new SyncError(`cannot read ${file}: ${why}; pass IANA's websocket.xml with --from FILE or --from URL`);
  } finally {
    stream?.destroy();
  }
}

/** Reads a stream up to maxBytes and stops there: past the cap it cancels and throws. */
async function readCapped(chunks: AsyncIterable<Uint8Array>, maxBytes: number, source: string): Promise<string> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    total += chunk.byteLength;
    if (total > maxBytes) throw tooBig(source, maxBytes); // leaving the loop closes the stream
    parts.push(chunk);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(parts, total));
}

const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'name lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
};

async function fetchText(url: string, timeoutMs: number, maxBytes: number): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SyncError(`${url} is not a valid URL; check it, or pass a file with --from FILE`);
  }
  checkScheme(parsed, url);
  const timeout = AbortSignal.timeout(timeoutMs);
  const stop = new AbortController();
  const signal = AbortSignal.any([timeout, stop.signal]);
  try {
    const response = await fetch(parsed, { signal, headers: { accept: 'application/xml, text/xml;q=0.9, */*;q=0.1' } });
    // A redirect must not lead from https to plain http elsewhere.
    if (response.url) checkScheme(new URL(response.url), response.url);
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new SyncError(`${url} answered HTTP ${status}; check the URL, or try again later`);
    }
    const length = Number(response.headers.get('content-length') ?? NaN);
    if (length > maxBytes) throw tooBig(url, maxBytes);
    if (!response.body) return '';
    return await readCapped(response.body, maxBytes, url);
  } catch (cause) {
    if (cause instanceof SyncError) throw cause;
    if (timeout.aborted) {
      throw new SyncError(`${url} did not answer within ${timeoutMs / 1000} s; try again later, or download the file and pass it with --from FILE`);
    }
    // fetch wraps network failures in TypeError('fetch failed'); the cause says which one.
    const reason = (cause as { cause?: { code?: string; message?: string } }).cause;
    const why = reason?.code ? `${NETWORK_ERRORS[reason.code] ?? 'network error'} (${reason.code})` : (reason?.message ?? (cause as Error).message);
    throw new SyncError(`cannot fetch ${url}: ${why}; check the network, or download the file and pass it with --from FILE`);
  } finally {
    // Whatever happened, nothing more is read: the connection is dropped, not drained.
    stop.abort();
  }
}
