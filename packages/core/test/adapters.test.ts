// The adapters against the real partysocket and graphql-ws, over loopback: a ws server on
// 127.0.0.1 closes each connection the way a test asks, and counts the connection attempts.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient, type Client } from 'graphql-ws';
import ReconnectingWebSocket from 'partysocket/ws';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import { graphqlWsRetry, partysocketReconnect } from '../src/adapters.ts';
import { CLOSE_CODE_INFO, describeCloseCode } from '../src/index.ts';
import type { CloseLike, ReconnectContext, ReconnectPlan } from '../src/reconnect.ts';

/** What the server does with one connection attempt. `ack` answers graphql-ws's connection_init and stays open. */
type Action = { close: number } | 'terminate' | 'refuse-401' | 'ack' | 'stay';

interface Loopback {
  url: string;
  /** Connection attempts so far, refused ones included. */
  attempts: number;
  /** Actions for the next attempts, in order; once empty, connections stay open. */
  actions: Action[];
}

let server: Server;
let wss: WebSocketServer;
let loopback: Loopback;
const cleanups: (() => void)[] = [];

beforeEach(async () => {
  wss = new WebSocketServer({ noServer: true });
  server = createServer();
  server.on('upgrade', (request, socket, head) => {
    loopback.attempts += 1;
    const action = loopback.actions.shift() ?? 'stay';
    if (action === 'refuse-401') {
      socket.end('HTTP/1.1 401 Unauthorized\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => {
      if (action === 'terminate') ws.terminate();
      else if (typeof action === 'object') ws.close(action.close);
      else if (action === 'ack') ws.on('message', () => ws.send(JSON.stringify({ type: 'connection_ack' })));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  loopback = { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}`, attempts: 0, actions: [] };
});

afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  for (const client of wss.clients) client.terminate();
  wss.close();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

/** Polls until the condition holds; fails after a bound, saying what it waited for. */
async function until(what: string, condition: () => boolean, boundMs = 5_000): Promise<void> {
  const deadline = Date.now() + boundMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${boundMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Logged {
  plan: ReconnectPlan;
  close: CloseLike;
  context: ReconnectContext;
}
function planLog(): { plans: Logged[]; onPlan: (plan: ReconnectPlan, close: CloseLike, context: ReconnectContext) => void } {
  const plans: Logged[] = [];
  return { plans, onPlan: (plan, close, context) => plans.push({ plan, close, context }) };
}

describe('partysocketReconnect with the real partysocket', () => {
  // partysocket waits its own delay; keep it short so that the tests are quick.
  const fast = { minReconnectionDelay: 10, maxReconnectionDelay: 20, connectionTimeout: 2_000 };

  function open(options: Parameters<typeof partysocketReconnect>[0] = {}) {
    const log = planLog();
    const socket = new ReconnectingWebSocket(loopback.url, undefined, {
      WebSocket,
      ...fast,
      ...partysocketReconnect({ ...options, onPlan: log.onPlan }),
    });
    cleanups.push(() => socket.close());
    return { socket, plans: log.plans };
  }

  it('reconnects after a 1006 (the server drops the TCP connection)', async () => {
    loopback.actions = ['terminate'];
    const { socket, plans } = open();
    await until('a second connection', () => loopback.attempts === 2 && socket.readyState === socket.OPEN);
    expect(plans.map((p) => [p.close.code, p.plan.reconnect])).toEqual([[1006, true]]);
  });

  it('reconnects after a 1012, but after its own delay, not the registered 5-30 s (a boolean cannot carry it)', async () => {
    loopback.actions = [{ close: 1012 }];
    const started = Date.now();
    const { socket, plans } = open();
    await until('a second connection', () => loopback.attempts === 2 && socket.readyState === socket.OPEN);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(plans).toHaveLength(1);
    expect(plans[0]!.plan).toMatchObject({ reconnect: true, delayMs: expect.any(Number) });
    expect((plans[0]!.plan as { delayMs: number }).delayMs).toBeGreaterThanOrEqual(5_000);
  });

  it('does not reconnect after a 1008', async () => {
    loopback.actions = [{ close: 1008 }];
    const { socket, plans } = open();
    await until('the 1008 close', () => plans.length === 1);
    await pause(200); // ten times partysocket's longest delay here
    expect(loopback.attempts).toBe(1);
    expect(socket.shouldReconnect).toBe(false);
    expect(plans[0]!.plan).toEqual({ reconnect: false, why: '1008 Policy Violation: do not retry blindly; fix the cause first.' });
  });

  it('counts refused handshakes as 1006 before opening, names the likely 401/403, and stops at maxAttempts', async () => {
    loopback.actions = ['refuse-401', 'refuse-401', 'refuse-401', 'refuse-401', 'refuse-401', 'refuse-401'];
    const { socket, plans } = open({ maxAttempts: 3 });
    await until('the stop', () => socket.shouldReconnect === false);
    await pause(200);
    expect(loopback.attempts).toBe(4);
    expect(plans.map((p) => [p.close.code, p.context.attempt, p.context.opened, p.plan.reconnect])).toEqual([
      [1006, 0, false, true],
      [1006, 1, false, true],
      [1006, 2, false, true],
      [1006, 3, false, false],
    ]);
    expect(plans[2]!.plan.why).toMatch(/3 failures before opening: likely a refused handshake \(HTTP 401\/403/);
  });

  it('after it stopped, the app can still reconnect() by hand', async () => {
    loopback.actions = [{ close: 1008 }];
    const { socket } = open();
    await until('the stop', () => socket.shouldReconnect === false && loopback.attempts === 1);
    socket.reconnect();
    await until('the manual reconnection', () => loopback.attempts === 2 && socket.readyState === socket.OPEN);
  });
});

describe('graphqlWsRetry with the real graphql-ws', () => {
  function start(options: Parameters<typeof graphqlWsRetry>[0] = {}) {
    const log = planLog();
    const fatal: unknown[] = [];
    let connected = 0;
    const client: Client = createClient({
      url: loopback.url,
      webSocketImpl: WebSocket,
      lazy: false,
      onNonLazyError: (error) => fatal.push(error),
      on: { connected: () => (connected += 1) },
      ...graphqlWsRetry({ baseDelayMs: 10, ...options, onPlan: log.onPlan }),
    });
    cleanups.push(() => void client.dispose());
    return { plans: log.plans, fatal, connected: () => connected };
  }

  it('sets no retry limit by default (graphql-ws alone stops after 5)', () => {
    expect(graphqlWsRetry().retryAttempts).toBe(Number.POSITIVE_INFINITY);
    expect(graphqlWsRetry({ maxAttempts: 2 }).retryAttempts).toBe(2);
  });

  it('retries after a 1006, waiting the planned backoff', async () => {
    loopback.actions = ['terminate', 'ack'];
    const session = start();
    await until('the connection_ack', () => session.connected() === 1);
    expect(loopback.attempts).toBe(2);
    expect(session.plans.map((p) => [p.close.code, p.context, p.plan.reconnect])).toEqual([[1006, { attempt: 0, opened: true }, true]]);
    expect(session.fatal).toEqual([]);
  });

  it('retries after a 1012 in the planned window (here shortened through options.codes)', async () => {
    loopback.actions = [{ close: 1012 }, 'ack'];
    const session = start({ codes: { 1012: { minDelayMs: 20, maxDelayMs: 40 } } });
    await until('the connection_ack', () => session.connected() === 1);
    const delay = (session.plans[0]!.plan as { delayMs: number }).delayMs;
    expect(delay).toBeGreaterThanOrEqual(20);
    expect(delay).toBeLessThanOrEqual(40);
  });

  it('does not retry after a registered 3000-4999 code that says do-not-retry (graphql-ws asks about those)', async () => {
    // From the registry (today 3000 Unauthorized or 3003 Forbidden); options.codes where none says so yet.
    const registered = CLOSE_CODE_INFO.find((c) => c.code >= 3000 && c.reconnect.policy === 'do-not-retry');
    const code = registered?.code ?? 4999;
    loopback.actions = [{ close: code }];
    const session = start(registered ? {} : { codes: { [code]: 'stop' } });
    await until('the fatal close', () => session.fatal.length === 1);
    await pause(100);
    expect(loopback.attempts).toBe(1);
    expect(session.fatal[0]).toMatchObject({ code });
    const why = registered ? 'do not retry blindly; fix the cause first' : 'options.codes says stop';
    expect(session.plans.map((p) => p.plan)).toEqual([{ reconnect: false, why: `${code} ${describeCloseCode(code).name}: ${why}.` }]);
  });

  it('does not retry after 1013 by default, and retries with allowRetryAfterTryAgainLater', async () => {
    loopback.actions = [{ close: 1013 }];
    const refused = start();
    await until('the fatal close', () => refused.fatal.length === 1);
    expect(refused.fatal[0]).toMatchObject({ code: 1013 });

    loopback.actions = [{ close: 1013 }, 'ack'];
    const allowed = start({ allowRetryAfterTryAgainLater: true, tryAgainLaterDelayMs: 10 });
    await until('the connection_ack', () => allowed.connected() === 1);
    expect(allowed.fatal).toEqual([]);
  });

  it('retries refused handshakes (graphql-ws alone gives up at once), names 401/403 on the third, stops at maxAttempts', async () => {
    loopback.actions = ['refuse-401', 'refuse-401', 'refuse-401', 'refuse-401', 'refuse-401'];
    const session = start({ maxAttempts: 3 });
    await until('the fatal error', () => session.fatal.length === 1);
    expect(loopback.attempts).toBe(4);
    const waits = session.plans.map((p) => [p.context.attempt, p.context.opened, p.plan.reconnect]);
    expect(waits).toEqual([
      [0, false, true],
      [1, false, true],
      [2, false, true],
    ]);
    expect(session.plans[2]!.plan.why).toMatch(/3 failures before opening: likely a refused handshake \(HTTP 401\/403/);
  });

  it('cannot override graphql-ws fatal codes: 1008 and 1011 end the client whatever the options say', async () => {
    for (const code of [1008, 1011]) {
      loopback.actions = [{ close: code }];
      const before = loopback.attempts;
      const session = start({ codes: { [code]: 'backoff' } });
      await until(`the fatal ${code}`, () => session.fatal.length === 1);
      await pause(100);
      expect(loopback.attempts - before).toBe(1);
      expect(session.plans).toEqual([]); // shouldRetry was never asked
    }
  });
});
