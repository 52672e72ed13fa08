import { afterEach, describe, expect, it, vi } from 'vitest';
import { CLOSE_CODE_INFO, describeCloseCode, planReconnect, type ReconnectOptions, type ReconnectPlan } from '../src/index.ts';

// Every test injects random: no wall-clock time and no Math.random, so each delay is exact.
const at = (value: number) => () => value;
const plan = (code: number, attempt: number, opened: boolean, options: ReconnectOptions = {}) =>
  planReconnect({ code }, { attempt, opened }, { random: at(1), ...options });

function delayOf(result: ReconnectPlan): number {
  if (!result.reconnect) throw new Error(`expected a reconnect, got a stop: ${result.why}`);
  return result.delayMs;
}

describe('planReconnect: 1012 Service Restart waits the registered random 5-30 s', () => {
  it('spans exactly the window of the registration, at random', () => {
    const registered = describeCloseCode(1012).reconnect.delay!;
    expect([registered.minSeconds, registered.maxSeconds, registered.randomized, registered.source]).toEqual([5, 30, true, 'registration']);
    expect(delayOf(plan(1012, 0, true, { random: at(0) }))).toBe(5_000);
    expect(delayOf(plan(1012, 0, true, { random: at(0.5) }))).toBe(17_500);
    expect(delayOf(plan(1012, 0, true, { random: at(1) }))).toBe(30_000);
    expect(plan(1012, 0, true).why).toMatch(/^1012 Service Restart: a random 5-30 s, per its registration\.$/);
  });

  it('backs off further if it keeps failing: the upper end doubles, up to longMaxDelayMs', () => {
    expect(delayOf(plan(1012, 1, true))).toBe(60_000);
    expect(delayOf(plan(1012, 1, true, { random: at(0) }))).toBe(5_000);
    expect(delayOf(plan(1012, 5, true))).toBe(120_000);
    expect(delayOf(plan(1012, 5, true, { longMaxDelayMs: 40_000 }))).toBe(40_000);
  });
});

describe('planReconnect: 1013 Try Again Later', () => {
  it('does not reconnect on its own by default, as registered', () => {
    for (const opened of [true, false]) {
      const result = plan(1013, 0, opened);
      expect(result.reconnect).toBe(false);
      expect(result.why).toMatch(/^1013 Try Again Later: .*user action/);
    }
  });

  it('with allowRetryAfterTryAgainLater, waits long: 30-60 s, then longer, to longMaxDelayMs', () => {
    const allow = { allowRetryAfterTryAgainLater: true };
    expect(delayOf(plan(1013, 0, true, { ...allow, random: at(0) }))).toBe(30_000);
    expect(delayOf(plan(1013, 0, true, allow))).toBe(60_000);
    expect(delayOf(plan(1013, 3, true, allow))).toBe(120_000);
    expect(delayOf(plan(1013, 0, true, { ...allow, tryAgainLaterDelayMs: 100, random: at(0.5) }))).toBe(150);
    expect(plan(1013, 0, true, allow).why).toMatch(/long backoff/);
  });
});

describe('planReconnect: codes that say stop', () => {
  // From the registry, not a list: today 1003, 1008, 3000 and 3003 among others; a fresh IANA code
  // awaits its curated advice, and follows it once written.
  const doNotRetry = CLOSE_CODE_INFO.filter((c) => c.reconnect.policy === 'do-not-retry').map((c) => c.code);

  it('has codes to check', () => {
    expect(doNotRetry.length).toBeGreaterThan(0);
  });

  it.each(doNotRetry)('%i stops, opened or not, at any attempt', (code) => {
    for (const opened of [true, false]) {
      for (const attempt of [0, 7]) {
        const result = plan(code, attempt, opened);
        expect(result).toEqual({ reconnect: false, why: `${code} ${describeCloseCode(code).name}: do not retry blindly; fix the cause first.` });
      }
    }
  });

  it.each([Number.NaN, 999, 1000.5, 5000, 70_000])('%s, not a close code a peer can send, stops', (code) => {
    expect(plan(code, 0, true).reconnect).toBe(false);
  });
});

describe('planReconnect: 1000 and 1001 follow the registry advice', () => {
  it('1000 Normal Closure stops: reconnecting is not needed', () => {
    expect(plan(1000, 0, true)).toEqual({ reconnect: false, why: '1000 Normal Closure: a normal end.' });
  });

  it('1001 Going Away backs off with full jitter', () => {
    expect(delayOf(plan(1001, 0, true, { random: at(0.5) }))).toBe(500);
    expect(delayOf(plan(1001, 2, true))).toBe(4_000);
  });

  it.each([1000, 1001, 1006, 1012, 4000])('closedByUs stops after %i', (code) => {
    const result = planReconnect({ code }, { attempt: 0, opened: true, closedByUs: true }, { random: at(1) });
    expect(result).toEqual({ reconnect: false, why: `${code} ${describeCloseCode(code).name}: the app closed it.` });
  });
});

describe('planReconnect: 1006 Abnormal Closure', () => {
  it('after the socket opened: exponential backoff with full jitter, capped at maxDelayMs (30 s)', () => {
    expect(delayOf(plan(1006, 0, true))).toBe(1_000);
    expect(delayOf(plan(1006, 3, true))).toBe(8_000);
    expect(delayOf(plan(1006, 3, true, { random: at(0.25) }))).toBe(2_000);
    expect(delayOf(plan(1006, 3, true, { random: at(0) }))).toBe(0);
    expect(delayOf(plan(1006, 10, true))).toBe(30_000);
    expect(plan(1006, 0, true).why).toBe('1006 Abnormal Closure: backing off with jitter.');
  });

  it('before it ever opened: exponential backoff to a long cap of at least a minute (120 s)', () => {
    expect(delayOf(plan(1006, 0, false))).toBe(1_000);
    expect(delayOf(plan(1006, 6, false))).toBe(64_000);
    expect(delayOf(plan(1006, 10, false))).toBeGreaterThanOrEqual(60_000);
    expect(delayOf(plan(1006, 10, false))).toBe(120_000);
  });

  it('names a refused handshake (401/403, hidden by browsers) from the third failure in a row', () => {
    expect(plan(1006, 0, false).why).toBe('1006 Abnormal Closure: never opened; backing off with jitter.');
    expect(plan(1006, 1, false).why).not.toMatch(/401/);
    for (const attempt of [2, 3, 50]) {
      expect(plan(1006, attempt, false).why).toBe(
        `1006 Abnormal Closure: ${attempt + 1} failures before opening: likely a refused handshake (HTTP 401/403, hidden by browsers); backing off.`,
      );
    }
    expect(plan(1006, 2, true).why).not.toMatch(/401/); // it opened in this run, so the handshake works
    expect(plan(1006, 0, false, { refusedHandshakeAfter: 1 }).why).toMatch(/1 failures before opening.*401\/403/);
    expect(plan(1006, 5, false, { refusedHandshakeAfter: 10 }).why).not.toMatch(/401/);
  });

  it('never stops on its own: a long deploy or a night offline does not end the connection for good', () => {
    for (const attempt of [0, 10, 100, 10_000]) {
      expect(plan(1006, attempt, false).reconnect).toBe(true);
      expect(plan(1006, attempt, true).reconnect).toBe(true);
    }
  });

  it('stops exactly at options.maxAttempts', () => {
    expect(plan(1006, 2, false, { maxAttempts: 3 }).reconnect).toBe(true);
    expect(plan(1006, 3, false, { maxAttempts: 3 })).toEqual({ reconnect: false, why: '1006 Abnormal Closure: gave up after 3 attempts (maxAttempts).' });
    expect(plan(1012, 0, true, { maxAttempts: 0 }).reconnect).toBe(false);
  });
});

describe('planReconnect: codes whose advice depends on the app', () => {
  it.each([1005, 4000, 4999, 3500, 2000])('%i backs off by default, and stops with whenAdviceDepends: stop', (code) => {
    expect(describeCloseCode(code).reconnect.policy).toBe('depends');
    expect(delayOf(plan(code, 1, true))).toBe(2_000);
    expect(plan(code, 1, true).why).toMatch(/app-defined; backing off/);
    expect(plan(code, 1, true, { whenAdviceDepends: 'stop' })).toMatchObject({ reconnect: false, why: expect.stringMatching(/whenAdviceDepends/) });
  });
});

describe('planReconnect: every default can be overridden', () => {
  it('baseDelayMs, maxDelayMs and longMaxDelayMs shape the backoff', () => {
    expect(delayOf(plan(1006, 2, true, { baseDelayMs: 10 }))).toBe(40);
    expect(delayOf(plan(1006, 10, true, { baseDelayMs: 10, maxDelayMs: 500 }))).toBe(500);
    expect(delayOf(plan(1006, 10, false, { baseDelayMs: 10, longMaxDelayMs: 700 }))).toBe(700);
  });

  it('options.codes comes first: a stop code can back off, a backoff code can stop, any code can have a window', () => {
    expect(delayOf(plan(1008, 1, true, { codes: { 1008: 'backoff' } }))).toBe(2_000);
    expect(plan(1008, 1, true, { codes: { 1008: 'backoff' } }).why).toBe('1008 Policy Violation: per options.codes.');
    expect(plan(1006, 0, true, { codes: { 1006: 'stop' } })).toEqual({ reconnect: false, why: '1006 Abnormal Closure: options.codes says stop.' });
    expect(delayOf(plan(1012, 0, true, { codes: { 1012: { minDelayMs: 10, maxDelayMs: 20 } }, random: at(0.5) }))).toBe(15);
    expect(delayOf(plan(4001, 0, true, { codes: { 4001: { minDelayMs: 100, maxDelayMs: 100 } } }))).toBe(100);
    expect(plan(1013, 0, true, { codes: { 1013: 'backoff' } }).reconnect).toBe(true);
    expect(plan(1000, 0, true, { codes: { 1000: 'backoff' } }).reconnect).toBe(true);
  });

  it('an option for one code leaves the others alone', () => {
    const options = { codes: { 4001: 'stop' as const } };
    expect(plan(4001, 0, true, options).reconnect).toBe(false);
    expect(plan(4002, 0, true, options).reconnect).toBe(true);
    expect(plan(1008, 0, true, options).reconnect).toBe(false);
  });

  it('uses Math.random when no random is given, and stays in range', () => {
    const spy = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    expect(delayOf(planReconnect({ code: 1006 }, { attempt: 1, opened: true }))).toBe(1_000);
    expect(spy).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});

describe('planReconnect is pure', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
  });

  it('sets no timer and gives the same plan for the same input', () => {
    vi.useFakeTimers();
    const first = plan(1012, 1, false, { random: at(0.3) });
    expect(plan(1012, 1, false, { random: at(0.3) })).toEqual(first);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('ignores the reason and wasClean: the code and the context decide', () => {
    const bare = planReconnect({ code: 1011 }, { attempt: 1, opened: true }, { random: at(1) });
    expect(planReconnect({ code: 1011, reason: 'boom', wasClean: true }, { attempt: 1, opened: true }, { random: at(1) })).toEqual(bare);
  });
});

describe('planReconnect follows the registry for every registered code', () => {
  it.each(CLOSE_CODE_INFO.map((info) => [info.code, info.name, info.reconnect.policy] as const))('%i %s (%s)', (code, _name, policy) => {
    const result = plan(code, 0, true);
    const expected = policy === 'backoff' || policy === 'depends' ? code !== 1013 : false;
    expect(result.reconnect).toBe(expected);
  });
});

describe('planReconnect rejects bad numbers with a RangeError that says what to pass', () => {
  it.each<[string, ReconnectOptions, number]>([
    ['a NaN attempt', {}, Number.NaN],
    ['a negative baseDelayMs', { baseDelayMs: -1 }, 0],
    ['a random() of NaN', { random: () => Number.NaN }, 0],
    ['a negative random()', { random: () => -0.5 }, 0],
  ])('%s', (_what, options, attempt) => {
    expect(() => planReconnect({ code: 1006 }, { attempt, opened: true }, { random: at(1), ...options })).toThrow(
      /^planReconnect: delay .*; pass numbers >= 0 and a random\(\) in \[0, 1\)$/,
    );
  });
});
