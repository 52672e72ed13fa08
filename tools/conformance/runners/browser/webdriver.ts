// The few W3C WebDriver calls the runner needs, as plain HTTP with fetch: wait for the driver, open
// one session, point it at the page, end the session. The page itself reports by POST, as in the
// browsers started on a URL, so nothing else goes through the driver.
import { createServer } from 'node:net';
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';

/** Each call to the driver waits at most this long; opening a session (starting the browser) is the slow one. */
const CALL_LIMIT_MS = 30_000;
const POLL_MS = 100;

/** Thrown when the driver does not answer or refuses a call; the message carries its answer. */
export class WebDriverError extends Error {}

/** A free loopback port for the driver to listen on (taken, then released at once). */
export async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function call(base: string, method: 'GET' | 'POST' | 'DELETE', path: string, body?: object, limitMs = CALL_LIMIT_MS): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${base}${path}`, {
      method,
      signal: AbortSignal.timeout(limitMs),
      ...(body === undefined ? {} : { headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }),
    });
  } catch (error) {
    throw new WebDriverError(`${method} ${path}: no answer from the driver (${(error as Error).message})`);
  }
  const text = await response.text();
  let value: unknown;
  try {
    value = (JSON.parse(text) as { value?: unknown }).value;
  } catch {
    throw new WebDriverError(`${method} ${path}: the driver answered ${response.status} with no JSON: ${text.slice(0, 200)}`);
  }
  if (!response.ok) {
    const { error, message } = (value ?? {}) as { error?: string; message?: string };
    throw new WebDriverError(`${method} ${path}: ${response.status} ${error ?? ''} ${message ?? ''}`.trim());
  }
  return value;
}

/** Polls /status until the driver says it is ready, the process exits, or `limitMs` passes. */
export async function awaitDriver(base: string, exited: Promise<unknown>, limitMs: number): Promise<void> {
  let gone = false;
  void exited.then(() => (gone = true));
  for (const started = Date.now(); Date.now() - started < limitMs; await sleep(POLL_MS)) {
    if (gone) throw new WebDriverError('the driver exited before it was ready');
    try {
      const status = (await call(base, 'GET', '/status', undefined, 1000)) as { ready?: boolean } | undefined;
      if (status?.ready) return;
    } catch {
      // Not listening yet.
    }
  }
  throw new WebDriverError(`the driver was not ready within ${limitMs / 1000} s`);
}

/** Opens a session and navigates it to `url` without waiting for the page to load; returns how to end the session. */
export async function openPage(base: string, capabilities: Record<string, unknown>, url: string): Promise<() => Promise<void>> {
  const created = (await call(base, 'POST', '/session', {
    // The page reports by POST on its own; `none` returns as soon as the navigation starts.
    capabilities: { alwaysMatch: { ...capabilities, pageLoadStrategy: 'none' } },
  })) as { sessionId?: string };
  if (typeof created?.sessionId !== 'string') throw new WebDriverError(`POST /session: no sessionId in ${JSON.stringify(created)}`);
  const session = `/session/${created.sessionId}`;
  // The driver closes the browser; a driver that no longer answers is ended with its process group.
  const end = async (): Promise<void> => {
    await call(base, 'DELETE', session, undefined, 5000).catch(() => {});
  };
  try {
    await call(base, 'POST', `${session}/url`, { url });
  } catch (error) {
    await end();
    throw error;
  }
  return end;
}
