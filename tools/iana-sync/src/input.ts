import { readFile } from 'node:fs/promises';
import { SyncError } from './errors.ts';

/** IANA's own address for the WebSocket registries, the default input. */
export const IANA_WEBSOCKET_XML_URL = 'https://www.iana.org/assignments/websocket/websocket.xml';

/** Long enough for a slow link to fetch a 40 kB file, short enough that a scheduled job does not hang. */
export const DEFAULT_TIMEOUT_MS = 30_000;

export interface Input {
  /** The file path or URL, as given: used in every message. */
  readonly source: string;
  readonly text: string;
}

export const isUrl = (from: string): boolean => /^https?:\/\//i.test(from);

/** Reads `--from`: a URL through the global fetch, anything else as a file. Throws SyncError. */
export async function readInput(from: string, options: { timeoutMs?: number } = {}): Promise<Input> {
  const text = isUrl(from) ? await fetchText(from, options.timeoutMs ?? DEFAULT_TIMEOUT_MS) : await readText(from);
  return { source: from, text };
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (cause) {
    const code = (cause as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (code ?? String(cause));
    throw new SyncError(`cannot read ${file}: ${why}; pass IANA's websocket.xml with --from FILE or --from URL`);
  }
}

const NETWORK_ERRORS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'host not found',
  EAI_AGAIN: 'name lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  ETIMEDOUT: 'connection timed out',
  UND_ERR_SOCKET: 'connection closed',
};

async function fetchText(url: string, timeoutMs: number): Promise<string> {
  const signal = AbortSignal.timeout(timeoutMs);
  try {
    const response = await fetch(url, { signal, headers: { accept: 'application/xml, text/xml;q=0.9, */*;q=0.1' } });
    if (!response.ok) {
      await response.body?.cancel();
      const status = `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
      throw new SyncError(`${url} answered HTTP ${status}; check the URL, or try again later`);
    }
    return await response.text();
  } catch (cause) {
    if (cause instanceof SyncError) throw cause;
    if (signal.aborted) {
      throw new SyncError(`${url} did not answer within ${timeoutMs / 1000} s; try again later, or download the file and pass it with --from FILE`);
    }
    // fetch wraps network failures in TypeError('fetch failed'); the cause says which one.
    const reason = (cause as { cause?: { code?: string; message?: string } }).cause;
    const why = reason?.code ? `${NETWORK_ERRORS[reason.code] ?? 'network error'} (${reason.code})` : (reason?.message ?? (cause as Error).message);
    throw new SyncError(`cannot fetch ${url}: ${why}; check the network, or download the file and pass it with --from FILE`);
  }
}
