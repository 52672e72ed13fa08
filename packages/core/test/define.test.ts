// @wscodes/core/define at run time. Its compile-time checks are in define.check.ts (guards.test.ts
// compiles it). The private-use range and the fallbacks are read from the registry, never written here.
import { describe, expect, it } from 'vitest';
import { classifyClose } from '../src/classify.ts';
import { defineCloseCodes, type AppCloseCodeSpec } from '../src/define.ts';
import { describeCloseCode, planReconnect } from '../src/index.ts';
import { registry } from './registry.ts';

const privateUse = registry.ranges.find((r) => r.kind === 'private-use')!;
const [first, second, third] = [privateUse.from, privateUse.from + 1, privateUse.to];

const App = defineCloseCodes({
  SessionExpired: { code: 4001, name: 'Session expired', meaning: 'the session token expired; log in again', reconnect: 'stop', error: false },
  Overloaded: { code: 4002, name: 'Overloaded', meaning: 'the room is full', reconnect: { minDelayMs: 5_000, maxDelayMs: 10_000 }, error: true, logLevel: 'warn', likelySide: 'server' },
  Flaky: { code: 4999, name: 'Flaky', meaning: 'the backend hiccuped', reconnect: 'backoff', error: true },
});

/** A spec that passes every check, for the run-time cases to break one field of. */
const good = (code: number): AppCloseCodeSpec => ({ code: code as AppCloseCodeSpec['code'], name: 'N', meaning: 'M', reconnect: 'stop', error: true });
const define = (table: Record<string, unknown>) => () => defineCloseCodes(table as never);

describe('defineCloseCodes', () => {
  it('gives typed constants, frozen, beside the methods', () => {
    expect([App.SessionExpired, App.Overloaded, App.Flaky]).toEqual([4001, 4002, 4999]);
    expect(Object.isFrozen(App)).toBe(true);
    expect(App.entries.map((e) => e.key)).toEqual(['SessionExpired', 'Overloaded', 'Flaky']);
  });

  it('classifies its codes from the table: error false is expected at info, error true a failure at error, unless logLevel says otherwise', () => {
    expect(App.classify({ code: 4001 })).toMatchObject({ name: 'Session expired', outcome: 'expected', logLevel: 'info', reason: 'the session token expired; log in again' });
    expect(App.classify({ code: 4002 })).toMatchObject({ outcome: 'failure', logLevel: 'warn', likelySide: 'server' });
    expect(App.classify({ code: 4999 })).toMatchObject({ outcome: 'failure', logLevel: 'error', likelySide: privateUse.classify.likelySide });
    expect(classifyClose({ code: 4001 }, { codes: App })).toEqual(App.classify({ code: 4001 }));
  });

  it('classifies every other code as the registry does', () => {
    for (const code of [1000, 1006, 4003, 70_000]) expect(App.classify({ code })).toEqual(classifyClose({ code }));
  });

  it("describes its codes as describeCloseCode does, with the app's entry in `app`", () => {
    expect(App.describe(4001)).toEqual({ ...describeCloseCode(4001), app: App.entries[0] });
    expect(App.describe(1000)).toEqual({ ...describeCloseCode(1000), app: null });
    expect(App.describe(Number.NaN).app).toBeNull();
  });

  it("gives planReconnect a rule per code through its existing options.codes", () => {
    expect(App.reconnectRules).toEqual({ 4001: 'stop', 4002: { minDelayMs: 5_000, maxDelayMs: 10_000 }, 4999: 'backoff' });
    const ctx = { attempt: 0, opened: true };
    expect(planReconnect({ code: App.SessionExpired }, ctx, { codes: App.reconnectRules })).toMatchObject({ reconnect: false, why: expect.stringContaining('options.codes says stop') });
    const windowed = planReconnect({ code: App.Overloaded }, ctx, { codes: App.reconnectRules, random: () => 0 });
    expect(windowed).toMatchObject({ reconnect: true, delayMs: 5_000 });
    expect(planReconnect({ code: App.Flaky }, ctx, { codes: App.reconnectRules, random: () => 0.5 })).toMatchObject({ reconnect: true, why: expect.stringContaining('per options.codes') });
  });

  it('accepts both ends of the private-use range', () => {
    expect(() => defineCloseCodes({ Low: good(first) as never, High: good(third) as never })).not.toThrow();
    expect(defineCloseCodes({ A: good(second) as never }).A).toBe(second);
  });
});

describe('defineCloseCodes refuses a bad table at run time, naming the key and the fix', () => {
  it('a code outside the private-use range: RangeError', () => {
    for (const code of [first - 1, third + 1, 1000, 3000, first + 0.5, Number.NaN]) {
      expect(define({ Bad: good(code) }), String(code)).toThrow(RangeError);
      expect(define({ Bad: good(code) })).toThrow(new RegExp(`^defineCloseCodes: Bad has code .*, outside the private-use range ${privateUse.from}-${privateUse.to}; pick`));
    }
    expect(define({ Bad: { ...good(first), code: '4001' } })).toThrow(RangeError);
  });

  it('a duplicate code: TypeError naming both keys', () => {
    expect(define({ First: good(first), Again: good(first) })).toThrow(TypeError);
    expect(define({ First: good(first), Again: good(first) })).toThrow(`defineCloseCodes: Again has code ${first}, which First already has; give each key its own code.`);
  });

  it('a key that is not PascalCase, which could clash with a method', () => {
    for (const key of ['describe', 'classify', 'entries', 'reconnectRules', 'lower', '4000', 'With-Dash']) {
      expect(define({ [key]: good(first) }), key).toThrow(TypeError);
      expect(define({ [key]: good(first) })).toThrow(/is not PascalCase; name codes like SessionExpired/);
    }
  });

  it('a missing or wrong field', () => {
    const cases: [Record<string, unknown>, RegExp][] = [
      [{ name: '' }, /has no name/],
      [{ meaning: undefined }, /has no meaning/],
      [{ error: 'yes' }, /has no error flag/],
      [{ logLevel: 'loud' }, /has logLevel "loud"; use one of debug, info, warn, error/],
      [{ likelySide: 'moon' }, /has likelySide "moon"/],
      [{ reconnect: 'always' }, /has reconnect "always"; use 'stop', 'backoff' or \{ minDelayMs, maxDelayMs \}/],
      [{ reconnect: null }, /has reconnect null/],
    ];
    for (const [change, message] of cases) expect(define({ Key: { ...good(first), ...change } }), message.source).toThrow(message);
  });

  it('a negative or reversed reconnect window: RangeError', () => {
    for (const reconnect of [{ minDelayMs: -1, maxDelayMs: 5 }, { minDelayMs: 10, maxDelayMs: 5 }, { minDelayMs: Number.NaN, maxDelayMs: 5 }]) {
      expect(define({ Key: { ...good(first), reconnect } })).toThrow(RangeError);
    }
  });

  it('not an object', () => {
    expect(define(null as never)).toThrow(TypeError);
    expect(define({ Key: 4001 })).toThrow(/Key is not an object/);
  });
});
