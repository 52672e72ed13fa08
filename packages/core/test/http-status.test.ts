// @wscodes/core/http-status and what planReconnect does with a refused handshake and with flapping.
// Expectations come from registry/handshake-statuses.yaml (through the registry tool) and from
// describeCloseCode, never from today's values.
import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocket as UndiciWebSocket } from 'undici';
import { describe, expect, it } from 'vitest';
import { WebSocket as WsClient } from 'ws';
import { describeCloseCode, planReconnect, type ReconnectContext, type ReconnectOptions, type ReconnectPlan } from '../src/index.ts';
import { countShortLived } from '../src/adapters.ts';
import { describeHandshakeStatus, HANDSHAKE_STATUSES, parseRetryAfter } from '../src/http-status.ts';
import { planReconnect as planUnderProtocol } from '../src/protocols.ts';
import { registry } from './registry.ts';

const table = registry.handshakeStatuses!;
const at = (value: number) => () => value;
const NOW = Date.UTC(2026, 11, 7, 12, 0, 0);
const delayOf = (plan: ReconnectPlan): number => {
  if (!plan.reconnect) throw new Error(`expected a reconnect, got a stop: ${plan.why}`);
  return plan.delayMs;
};
const statusesWith = (policy: string) => table.statuses.filter((s) => s.advice.policy === policy);
const honouring = table.statuses.filter((s) => s.advice.retryAfter === 'honoured' && s.advice.policy === 'backoff');

describe('describeHandshakeStatus', () => {
  it('the table has statuses of each verdict to check', () => {
    expect(statusesWith('do-not-retry').length).toBeGreaterThan(0);
    expect(honouring.length).toBeGreaterThan(0);
  });

  it.each(table.statuses.map((s) => [s.status, s] as const))('%i: the table\'s meaning, advice and sources', (status, entry) => {
    const d = describeHandshakeStatus(status)!;
    expect(d).toMatchObject({ status, name: entry.name, listed: true, meaning: entry.meaning, policy: entry.advice.policy, retryAfterMs: null, retryAfter: null, retryAfterNote: null });
    expect(d.advice).toEqual(entry.advice);
    expect(d.sources).toEqual(entry.sources);
    expect(d.why).toBe(`HTTP ${status} ${entry.name} refused the handshake`);
    if (entry.advice.retryAfter === 'honoured') expect(describeHandshakeStatus(status, '7')!.why).toBe(`HTTP ${status} ${entry.name} refused the handshake (Retry-After 7 s)`);
    expect(Object.isFrozen(d)).toBe(true);
  });

  it('the generated table is the registry\'s', () => {
    expect(HANDSHAKE_STATUSES.map((s) => s.status)).toEqual(table.statuses.map((s) => s.status));
  });

  it('a status the table does not list gets its class\'s answer (RFC 9110 15: the x00 of its class)', () => {
    for (const cls of table.classes) {
      const unlisted = Array.from({ length: 100 }, (_, i) => cls.class * 100 + i).find((n) => !table.statuses.some((s) => s.status === n))!;
      const d = describeHandshakeStatus(unlisted)!;
      expect(d).toMatchObject({ status: unlisted, listed: false, name: cls.name, meaning: cls.meaning, policy: cls.advice.policy });
    }
  });

  it.each([101, 100, 199, 600, 99, -404, 404.5, Number.NaN, Infinity])('%s is not a refusal: undefined', (status) => {
    expect(describeHandshakeStatus(status)).toBeUndefined();
  });

  it('reads Retry-After as delay-seconds on a status that honours it', () => {
    const status = honouring[0]!.status;
    expect(describeHandshakeStatus(status, '120', { now: NOW })).toMatchObject({ retryAfterMs: 120_000, retryAfter: '120', retryAfterNote: expect.stringMatching(/at least 120 s/) });
    expect(describeHandshakeStatus(status, ' 0 ', { now: NOW })!.retryAfterMs).toBe(0);
  });

  it('reads Retry-After as an HTTP-date, counted from now (0 once past)', () => {
    const status = honouring[0]!.status;
    expect(describeHandshakeStatus(status, 'Mon, 07 Dec 2026 12:01:30 GMT', { now: NOW })!.retryAfterMs).toBe(90_000);
    expect(describeHandshakeStatus(status, 'Sun, 06 Nov 1994 08:49:37 GMT', { now: NOW })!.retryAfterMs).toBe(0);
  });

  it('ignores an invalid Retry-After, and says so', () => {
    const status = honouring[0]!.status;
    for (const value of ['soon', '-5', '1.5', '', 'Mon, 31 Feb 2026 12:00:00 GMT', '120 s']) {
      const d = describeHandshakeStatus(status, value, { now: NOW })!;
      expect(d.retryAfterMs, value).toBeNull();
      expect(d.retryAfterNote, value).toMatch(/neither delay-seconds nor an HTTP-date \(RFC 9110 10\.2\.3\): ignored/);
    }
  });

  it('ignores Retry-After on a status that is not retried, and says so', () => {
    const status = statusesWith('do-not-retry')[0]!.status;
    const d = describeHandshakeStatus(status, '30', { now: NOW })!;
    expect(d.retryAfterMs).toBeNull();
    expect(d.retryAfterNote).toMatch(/ignored/);
  });

  it('cuts a Retry-After longer than maxRetryAfterMs, and says so', () => {
    const status = honouring[0]!.status;
    const d = describeHandshakeStatus(status, '86400', { now: NOW, maxRetryAfterMs: 60_000 })!;
    expect(d.retryAfterMs).toBe(60_000);
    expect(d.retryAfterNote).toMatch(/86400 s.*60 s.*maxRetryAfterMs/);
    expect(describeHandshakeStatus(status, '86400', { now: NOW })!.retryAfterMs).toBe(3_600_000);
  });
});

describe('parseRetryAfter: RFC 9110 10.2.3 and 5.6.7', () => {
  it('delay-seconds', () => {
    expect(parseRetryAfter('0', NOW)).toBe(0);
    expect(parseRetryAfter('3600', NOW)).toBe(3_600_000);
  });

  it('the three HTTP-date forms a recipient must accept', () => {
    const target = Date.UTC(2026, 11, 7, 12, 0, 10);
    expect(parseRetryAfter('Mon, 07 Dec 2026 12:00:10 GMT', NOW)).toBe(target - NOW); // IMF-fixdate
    expect(parseRetryAfter('Monday, 07-Dec-26 12:00:10 GMT', NOW)).toBe(target - NOW); // rfc850-date
    expect(parseRetryAfter('Mon Dec  7 12:00:10 2026', NOW)).toBe(target - NOW); // asctime-date
  });

  it('a two-digit year more than 50 years ahead is in the past century', () => {
    expect(parseRetryAfter('Sunday, 06-Nov-94 08:49:37 GMT', NOW)).toBe(0);
  });

  it.each(['', 'soon', '1e3', '0x10', 'Mon, 07 Dec 2026 25:00:00 GMT', 'Mon, 32 Dec 2026 12:00:00 GMT', 'Mon, 07 Foo 2026 12:00:00 GMT', 'Mon, 07 Dec 2026 12:00:00 UTC'])('%j is neither', (value) => {
    expect(parseRetryAfter(value, NOW)).toBeUndefined();
  });
});

describe('planReconnect with a refused handshake (context.handshake)', () => {
  const refused = (status: number, context: Partial<ReconnectContext> = {}, options: ReconnectOptions = {}, retryAfter?: string) =>
    planReconnect({ code: 1006 }, { attempt: 0, opened: false, handshake: describeHandshakeStatus(status, retryAfter, { now: NOW }), ...context }, { random: at(1), ...options });

  it('1006 alone backs off, as the registry advises: the status is what decides', () => {
    expect(describeCloseCode(1006).reconnect.policy).toBe('backoff');
    expect(planReconnect({ code: 1006 }, { attempt: 0, opened: false }, { random: at(1) }).reconnect).toBe(true);
  });

  it.each(statusesWith('do-not-retry').map((s) => [s.status, s.name] as const))('%i %s stops, with the status in why', (status, name) => {
    const plan = refused(status);
    expect(plan).toEqual({ reconnect: false, why: `HTTP ${status} ${name} refused the handshake: do not retry blindly; fix the cause first.` });
    // Retry-After does not turn a stop into a retry, and options.codes for the hidden close code does not apply.
    expect(refused(status, {}, { codes: { 1006: 'backoff' } }, '5').reconnect).toBe(false);
  });

  it.each(statusesWith('backoff').map((s) => [s.status] as const))('%i backs off to the long cap, as before an open', (status) => {
    expect(delayOf(refused(status))).toBe(1_000);
    expect(delayOf(refused(status, { attempt: 10 }))).toBe(120_000);
    expect(refused(status).why).toMatch(new RegExp(`^HTTP ${status} .* refused the handshake: backing off with jitter\\.$`));
  });

  it('Retry-After comes first, then the jittered backoff on top', () => {
    const status = honouring[0]!.status;
    expect(delayOf(refused(status, {}, { random: at(0) }, '120'))).toBe(120_000);
    expect(delayOf(refused(status, { attempt: 2 }, {}, '120'))).toBe(124_000);
    expect(refused(status, {}, {}, '120').why).toMatch(/ refused the handshake \(Retry-After 120 s\): backing off with jitter\.$/);
    // An invalid value is ignored: the backoff alone.
    expect(delayOf(refused(status, {}, {}, 'soon'))).toBe(1_000);
  });

  it('a refusal whose policy is depends follows whenAdviceDepends', () => {
    // No status of today's table says depends; planReconnect takes any refusal of that shape.
    const handshake = { status: 399, policy: 'depends', retryAfterMs: null, why: 'HTTP 399 Made Up refused the handshake' } as const;
    const planned = (options: ReconnectOptions) => planReconnect({ code: 1006 }, { attempt: 0, opened: false, handshake }, { random: at(1), ...options });
    expect(planned({})).toMatchObject({ reconnect: true, why: 'HTTP 399 Made Up refused the handshake: app-defined; backing off.' });
    expect(planned({ whenAdviceDepends: 'stop' })).toEqual({ reconnect: false, why: 'HTTP 399 Made Up refused the handshake: whenAdviceDepends says stop.' });
  });

  it('closedByUs and maxAttempts still come first', () => {
    const status = honouring[0]!.status;
    expect(refused(status, { closedByUs: true }).why).toMatch(/the app closed it/);
    expect(refused(status, { attempt: 3 }, { maxAttempts: 3 }).reconnect).toBe(false);
  });

  it('the protocols entry follows the status too, not the protocol\'s verdict on the close code', () => {
    const status = statusesWith('do-not-retry')[0]!.status;
    const handshake = describeHandshakeStatus(status)!;
    const plan = planUnderProtocol({ code: 4500 }, { attempt: 0, opened: false, handshake }, { protocol: 'centrifugo', random: at(1) });
    expect(plan.why).toMatch(new RegExp(`^HTTP ${status} `));
    expect(plan.reconnect).toBe(false);
  });
});

describe('planReconnect: flapping (context.shortLived, flapLimit) and countShortLived', () => {
  const backoffCode = registry.codes.find((c) => c.reconnect.policy === 'backoff' && !c.reconnect.delay && c.code !== 1013)!.code;
  /** Plays a run of connections that each stayed open `uptimeMs` (undefined: never opened), counting them as an app would. */
  function run(uptimes: readonly (number | undefined)[], options: ReconnectOptions = {}, minUptimeMs?: number, code = backoffCode): ReconnectPlan[] {
    let shortLived = 0;
    return uptimes.map((uptimeMs) => {
      shortLived = countShortLived(shortLived, uptimeMs, minUptimeMs === undefined ? {} : { minUptimeMs });
      // The app resets attempt on open, as the README's first example does: flapping must still be caught.
      return planReconnect({ code }, { attempt: 0, opened: true, shortLived }, { random: at(1), ...options });
    });
  }

  it('countShortLived: one more for a connection under minUptimeMs (default 5000), 0 after a stable one, unchanged after a failed connect', () => {
    expect(countShortLived(0, 100)).toBe(1);
    expect(countShortLived(2, 4_999)).toBe(3);
    expect(countShortLived(2, 5_000)).toBe(0);
    expect(countShortLived(2, undefined)).toBe(2);
    expect(countShortLived(2, 900, { minUptimeMs: 1_000 })).toBe(3);
    expect(countShortLived(2, 900, { minUptimeMs: 500 })).toBe(0);
  });

  it(`${backoffCode} (backoff) stops after three short-lived connections in a row, naming the flapping`, () => {
    const plans = run([100, 100, 100]);
    expect(plans.map((p) => p.reconnect)).toEqual([true, true, false]);
    expect(plans[2]!.why).toBe(`${backoffCode} ${describeCloseCode(backoffCode).name}: flapping: 3 short-lived in a row; fix the cause first.`);
  });

  it('a connection that stayed up minUptimeMs ends the run; a failed connect does not', () => {
    expect(run([100, 100, 5_000, 100, 100]).every((p) => p.reconnect)).toBe(true);
    expect(run([100, 100, undefined, 100]).map((p) => p.reconnect)).toEqual([true, true, true, false]);
  });

  it('flapLimit can be set; Infinity never stops', () => {
    expect(run([900, 900], { flapLimit: 2 }, 1_000).map((p) => p.reconnect)).toEqual([true, false]);
    expect(run([900, 900], { flapLimit: 2 }, 500).map((p) => p.reconnect)).toEqual([true, true]);
    expect(run(Array.from({ length: 20 }, () => 10), { flapLimit: Infinity }).every((p) => p.reconnect)).toBe(true);
  });

  it('a code that stops says its own reason first', () => {
    const stopCode = registry.codes.find((c) => c.reconnect.policy === 'do-not-retry')!.code;
    const [plan] = run([100], { flapLimit: 1 }, undefined, stopCode);
    expect(plan!.why).toBe(`${stopCode} ${describeCloseCode(stopCode).name}: do not retry blindly; fix the cause first.`);
  });

  it('the protocols entry stops on flapping too', () => {
    const plan = planUnderProtocol({ code: 1011 }, { attempt: 0, opened: true, shortLived: 3 }, { protocol: 'centrifugo', random: at(1) });
    expect(plan).toMatchObject({ reconnect: false, why: expect.stringMatching(/flapping: 3 short-lived in a row/) });
  });
});

describe('with real clients: what a refused handshake looks like to them', () => {
  /** A local server that refuses every upgrade with `status` and `headers`. */
  async function refusing(status: number, headers: string): Promise<{ url: string; close: () => void }> {
    const server = createServer();
    server.on('upgrade', (_request, socket) => socket.end(`HTTP/1.1 ${status} Refused\r\n${headers}Content-Length: 0\r\nConnection: close\r\n\r\n`));
    server.listen(0, '127.0.0.1');
    await once(server, 'listening');
    return { url: `ws://127.0.0.1:${(server.address() as AddressInfo).port}/`, close: () => server.close() };
  }

  it("ws: 'unexpected-response' gives the status and Retry-After; after terminate() the close is 1006, and the status decides", async () => {
    const status = honouring[0]!.status;
    const server = await refusing(status, 'Retry-After: 7\r\n');
    try {
      const socket = new WsClient(server.url);
      let refusal: ReturnType<typeof describeHandshakeStatus>;
      socket.on('unexpected-response', (_request, response) => {
        refusal = describeHandshakeStatus(response.statusCode ?? 0, response.headers['retry-after']);
        response.resume();
        socket.terminate();
      });
      socket.on('error', () => {}); // ws reports the aborted handshake as an error too; the close carries what matters
      // Not events.once: it rejects on that error event.
      const code = await new Promise<number>((resolve) => socket.on('close', resolve));
      expect(code).toBe(1006);
      expect(refusal!).toMatchObject({ status, retryAfterMs: 7_000 });
      const plan = planReconnect({ code }, { attempt: 0, opened: false, handshake: refusal }, { random: at(0) });
      expect(plan).toMatchObject({ reconnect: true, delayMs: 7_000 });
    } finally {
      server.close();
    }
  });

  it("undici's WebSocket hides the status: an ErrorEvent without a message, then 1006, as a browser", async () => {
    const server = await refusing(statusesWith('do-not-retry')[0]!.status, '');
    try {
      const socket = new UndiciWebSocket(server.url);
      const seen: string[] = [];
      socket.addEventListener('error', (event) => seen.push(`error ${JSON.stringify((event as { message?: string }).message ?? '')}`));
      const closed = new Promise<number>((resolve) => socket.addEventListener('close', (event) => resolve(event.code)));
      expect(await closed).toBe(1006);
      expect(seen).toEqual(['error ""']);
    } finally {
      server.close();
    }
  });
});
