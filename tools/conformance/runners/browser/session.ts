// One browser, every vector: serve the page, start the browser on it, plan a path per vector on the raw
// WebSocket server when the page asks for its plan, and join the page's close events and close() outcomes with the Close frames the
// raw server received into the protocol's `observed` objects. A handshake vector's observation is the
// page's alone (opened, socket.protocol); the raw server only has to have answered the browser.
import { RawServer, type RawServerResult } from '../js/peers.ts';
import type { BrowserDefinition } from './browsers.ts';
import { launchBrowser, sleep } from './launch.ts';
import { WebDriverError } from './webdriver.ts';
import { startPageServer, type PagePlan, type PageResult, type PlannedVector } from './page-server.ts';
import type { BrowserVector } from './vectors.ts';

/** WebSockets the page keeps open at once: the browsers serialise handshakes to one host and cap sockets. */
export const PAGE_CONCURRENCY = 6;
/** The protocol's limit for every wait in the page. */
export const WAIT_LIMIT_MS = 10_000;
/** How long a browser may take, start-up included, before the run is abandoned. */
export const BROWSER_LIMIT_MS = 90_000;

export type Reply = { frame: 'close'; code: number | null } | { frame: 'none' } | { frame: 'timeout' };

export interface Observation {
  readonly id: string;
  readonly observed: Record<string, unknown>;
}

export interface SessionOutcome {
  readonly observations: Observation[];
  /** Vectors that could not be played, each with the reason. */
  readonly unplayed: { id: string; reason: string }[];
}

/** Thrown when the browser itself cannot run the page; the message says why. */
export class SessionError extends Error {}

type RawOutcome = { ok: RawServerResult } | { error: Error };

// RawServer reports a client that sends no Close frame in time as a `timeout` reply; an error is the harness failing.
const replyOf = (raw: RawOutcome): Reply | Error => ('ok' in raw ? raw.ok.reply : raw.error);

function observationOf(vector: BrowserVector, page: PageResult, raw: RawOutcome): Observation | { id: string; reason: string } {
  const { id } = vector;
  if ('error' in page) return { id, reason: `the page could not play it: ${page.error}` };
  const reply = replyOf(raw);
  if (reply instanceof Error) return { id, reason: `the raw server failed: ${reply.message}` };
  if (vector.kind === 'receive') {
    if (!('closeEvent' in page)) return { id, reason: 'the page returned no close event' };
    return { id, observed: { reply, closeEvent: page.closeEvent } };
  }
  if (vector.kind === 'handshake') {
    if (!('opened' in page)) return { id, reason: 'the page returned no handshake outcome' };
    return { id, observed: { opened: page.opened, protocol: page.protocol } };
  }
  if (!('outcome' in page)) return { id, reason: 'the page returned no close() outcome' };
  const payloadHex = page.outcome === 'accepted' && 'ok' in raw ? raw.ok.payloadHex : null;
  return { id, observed: { outcome: page.outcome, payloadHex } };
}

/** The page's results, or a SessionError when the browser exits, the page breaks, or the limit passes. */
async function awaitPage(results: Promise<PageResult[]>, exited: Promise<unknown>, stderrTail: () => string): Promise<PageResult[]> {
  const tail = () => stderrTail().trim().split('\n').slice(-3).join(' | ') || '(nothing on stderr)';
  return Promise.race([
    results.catch((error: Error) => {
      throw new SessionError(error.message);
    }),
    exited.then((status) => {
      throw new SessionError(`the browser exited before the page posted its results (${JSON.stringify(status)}); its stderr ends: ${tail()}`);
    }),
    sleep(BROWSER_LIMIT_MS).then(() => {
      throw new SessionError(`the page posted no results within ${BROWSER_LIMIT_MS / 1000} s; the browser's stderr ends: ${tail()}`);
    }),
  ]);
}

export async function playInBrowser(
  browser: BrowserDefinition,
  vectors: readonly BrowserVector[],
  log: (line: string) => void,
): Promise<SessionOutcome> {
  const raw = new RawServer();
  await raw.start();
  const rawOutcomes: Promise<RawOutcome>[] = [];
  // Planned when the page asks for its plan, not before the browser starts: the raw server waits at
  // most 10 s for a planned path, and a browser's start-up (Xvfb and a WebDriver session for
  // WebKitGTK) must not eat into that. Once only, should the page ask twice.
  const planVector = (vector: BrowserVector): PlannedVector => {
    const { path, result } = raw.plan(
      vector.kind === 'receive' ? vector.bytes : undefined,
      vector.kind === 'api',
      undefined,
      vector.kind === 'handshake' ? vector.headers : undefined,
    );
    rawOutcomes.push(result.then((ok) => ({ ok }), (error: Error) => ({ error })));
    const url = `ws://127.0.0.1:${raw.port}${path}`;
    switch (vector.kind) {
      case 'receive':
        return { kind: 'receive', id: vector.id, url };
      case 'api':
        return { kind: 'api', id: vector.id, url, call: vector.call };
      case 'handshake':
        return { kind: 'handshake', id: vector.id, url, protocols: vector.offers };
    }
  };
  let plan: PagePlan | undefined;
  const planOnce = (): PagePlan => (plan ??= { concurrency: PAGE_CONCURRENCY, limitMs: WAIT_LIMIT_MS, vectors: vectors.map(planVector) });
  const pageServer = await startPageServer(planOnce, (line) => log(`${browser.peer}: ${line}`));
  let running: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  try {
    running = await launchBrowser(browser, pageServer.url).catch((error: unknown) => {
      throw error instanceof WebDriverError ? new SessionError(`the WebDriver session did not open: ${error.message}`) : error;
    });
    const pageResults = await awaitPage(pageServer.results, running.exited, running.stderrTail);
    const byId = new Map(pageResults.map((result) => [result.id, result]));
    // The raw server settles each vector before the browser can see the connection end, so this is quick.
    const deadline = sleep(WAIT_LIMIT_MS).then(() => ({ error: new Error('the browser never connected for this vector') }));
    const observations: Observation[] = [];
    const unplayed: { id: string; reason: string }[] = [];
    for (const [index, vector] of vectors.entries()) {
      const page = byId.get(vector.id);
      if (!page) {
        unplayed.push({ id: vector.id, reason: 'the page posted no result for it' });
        continue;
      }
      // A page with results has fetched its plan, so every vector has its raw outcome.
      const outcome = observationOf(vector, page, await Promise.race([rawOutcomes[index]!, deadline]));
      if ('observed' in outcome) observations.push(outcome);
      else unplayed.push(outcome);
    }
    return { observations, unplayed };
  } finally {
    await running?.stop();
    await pageServer.close();
    await raw.close();
  }
}
