import { describe, expect, it } from 'vitest';
import { CLOSE_CODE_DETAILS, NOT_A_CLOSE_CODE_DETAILS, RANGE_DETAILS } from '../src/generated/details.ts';
import { NOT_A_CLOSE_CODE_NAME, NOT_A_CLOSE_CODE_RECONNECT, RANGE_RECONNECT } from '../src/generated/registry.ts';
import { getCloseCodeDetails } from '../src/details.ts';
import {
  CLOSE_CODE_INFO,
  CLOSE_CODE_RANGES,
  describeCloseCode,
  isSendableCloseCode,
  isValidApiCloseCode,
  isValidCloseCode,
  type CloseCodeStatus,
} from '../src/index.ts';
import { entryOf, inForce, registry, unregisteredEnds } from './registry.ts';

interface Expected {
  code: number;
  status: CloseCodeStatus;
  name: string;
  receive: boolean;
  closeCall: boolean;
  send: boolean;
  /** IANA's description for the code or the IANA span it falls in; null where IANA says nothing. */
  iana: string | null;
}

const label = (code: number) => CLOSE_CODE_RANGES.find((r) => code >= r.from && code <= r.to)!.label;
const ianaSpan = (code: number) => registry.ianaRanges.find((r) => code >= r.from && code <= r.to)?.iana.description ?? null;

/**
 * A code of 1000-3999 as the registry has it now: registered (name and IANA text from its entry) or
 * unassigned (the range's label and IANA's span record). The wire rules come from the protocol.
 */
function fromRegistry(code: number, wire: Pick<Expected, 'receive' | 'closeCall' | 'send'>): Expected {
  const entry = entryOf(code);
  // A withdrawn entry keeps its name and IANA text, but the code is unassigned again.
  if (entry) return { code, status: entry.withdrawn ? 'unassigned' : 'registered', name: entry.name, iana: entry.iana?.description ?? null, ...wire };
  return { code, status: 'unassigned', name: label(code), iana: ianaSpan(code), receive: false, closeCall: false, send: false, ...(code >= 3000 ? wire : {}) };
}

const protocolCode = (code: number) => {
  const entry = entryOf(code);
  return fromRegistry(code, { receive: entry?.receive ?? false, closeCall: code === 1000, send: entry?.send ?? false });
};
const [freeProtocol] = unregisteredEnds(1016, 2999);
const freeIana = unregisteredEnds(3000, 3999).at(-1)!;
const anyCode = { receive: true, closeCall: true, send: true };

// Every boundary of the code space (issue 2, section 4), with what RFC 6455, IANA and WHATWG say.
const boundaries: Expected[] = [
  { code: 999, status: 'not-used', name: label(999), receive: false, closeCall: false, send: false, iana: null },
  protocolCode(1000),
  protocolCode(1003),
  { ...protocolCode(1004), receive: false, send: false },
  { ...protocolCode(1006), receive: false, send: false },
  protocolCode(1007),
  protocolCode(1014),
  { ...protocolCode(1015), receive: false, send: false },
  // the ends of the free protocol codes: never valid, whatever IANA's record says
  ...unregisteredEnds(1016, 2999).map((code) => fromRegistry(code, { receive: false, closeCall: false, send: false })),
  // 3000-3999 is valid on the wire whether IANA lists the code or not
  fromRegistry(3000, anyCode),
  fromRegistry(3999, anyCode),
  ...unregisteredEnds(3000, 3999).map((code) => fromRegistry(code, anyCode)),
  { code: 4000, status: 'private-use', name: label(4000), receive: true, closeCall: true, send: true, iana: ianaSpan(4000) },
  { code: 4999, status: 'private-use', name: label(4999), receive: true, closeCall: true, send: true, iana: ianaSpan(4999) },
  { code: 5000, status: 'out-of-range', name: label(5000), receive: false, closeCall: false, send: false, iana: null },
  { code: 65535, status: 'out-of-range', name: label(65535), receive: false, closeCall: false, send: false, iana: null },
];

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('range boundaries', { timeout: 30_000 }, () => {
  it.each(boundaries)('$code is $status', (expected) => {
    const d = describeCloseCode(expected.code);
    expect(d.code).toBe(expected.code);
    expect(d.status).toBe(expected.status);
    expect(d.name).toBe(expected.name);
    expect(d.receivable).toBe(expected.receive);
    expect(d.acceptedByClose).toBe(expected.closeCall);
    expect(getCloseCodeDetails(expected.code).iana?.description ?? null).toEqual(expected.iana);
    expect(isValidCloseCode(expected.code)).toBe(expected.receive);
    expect(isValidApiCloseCode(expected.code)).toBe(expected.closeCall);
    expect(isSendableCloseCode(expected.code)).toBe(expected.send);
    expect(d.range).not.toBeNull();
    expect(expected.code).toBeGreaterThanOrEqual(d.range!.from);
    expect(expected.code).toBeLessThanOrEqual(d.range!.to);
    expect(d.info !== null).toBe(entryOf(expected.code) !== undefined);
  });

  it('unregistered codes get advice by range: private use is app-defined', () => {
    expect(describeCloseCode(4000).reconnect.policy).toBe('depends');
    expect(getCloseCodeDetails(4000).advice).toMatch(/^App-defined: ask the server's documentation/);
    expect(describeCloseCode(freeProtocol!).reconnect.policy).toBe('depends');
    expect(describeCloseCode(freeIana).reconnect.policy).toBe('depends');
    expect(describeCloseCode(999).reconnect.policy).toBe('do-not-retry');
    expect(describeCloseCode(5000).reconnect.policy).toBe('do-not-retry');
  });

  it('names differ across the ranges, so a user can tell them apart', () => {
    const names = new Set([999, freeProtocol!, freeIana, 4000, 5000].map((code) => describeCloseCode(code).name));
    expect(names.size).toBe(5);
  });
});

describe('numbers that are not close codes', { timeout: 30_000 }, () => {
  const notCodes = [-1, Number.NaN, 1000.5, 65536, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -1000, 2 ** 32 + 1000, 1e-300, Number.MAX_VALUE];

  it.each(notCodes)('%s is invalid and never throws', (value) => {
    const d = describeCloseCode(value);
    expect(d).toMatchObject({
      name: 'Not a close code',
      status: 'invalid',
      range: null,
      receivable: false,
      acceptedByClose: false,
      info: null,
    });
    expect(getCloseCodeDetails(value)).toMatchObject({ summary: null, details: null, iana: null });
    expect(Object.is(d.code, value)).toBe(true);
    expect(d.reconnect.policy).toBe('do-not-retry');
    expect(Object.isFrozen(d)).toBe(true);
    expect(isValidCloseCode(value)).toBe(false);
    expect(isSendableCloseCode(value)).toBe(false);
    expect(isValidApiCloseCode(value)).toBe(false);
  });

  it('-0 is described as 0', () => {
    const d = describeCloseCode(-0);
    expect(Object.is(d.code, 0)).toBe(true);
    expect(d.status).toBe('not-used');
  });

  it('non-numbers passed from JavaScript are invalid, reported with code NaN', () => {
    const hostile = { valueOf: () => { throw new Error('valueOf must not be called'); } };
    for (const value of ['1000', 1000n, null, undefined, {}, [], Symbol('1000'), hostile, () => 1000, true]) {
      const d = describeCloseCode(value as unknown as number);
      expect(d.status).toBe('invalid');
      expect(d.code).toBeNaN();
    }
  });

  it('isValidApiCloseCode answers for the value as given: fractions are false', () => {
    expect(isValidApiCloseCode(1000.4)).toBe(false);
    expect(isValidApiCloseCode(3000.5)).toBe(false);
    expect(isValidApiCloseCode('1000' as unknown as number)).toBe(false);
    expect(isValidApiCloseCode('3500' as unknown as number)).toBe(false);
  });
});

describe('describeCloseCode over the whole code space', { timeout: 30_000 }, () => {
  it('is frozen, memoised and consistent for every integer 0-65535', () => {
    for (let code = 0; code <= 65535; code++) {
      const d = describeCloseCode(code);
      if (d.code !== code || d.status === 'invalid' || describeCloseCode(code) !== d) throw new Error(`code ${code}: ${JSON.stringify(d)}`);
      if (d.receivable !== isValidCloseCode(code) || d.acceptedByClose !== isValidApiCloseCode(code)) {
        throw new Error(`code ${code}: predicates disagree`);
      }
      if (!Object.isFrozen(d)) throw new Error(`code ${code}: not frozen`);
    }
  });

  it('the status of every code follows its range and the registry', () => {
    const counts: Record<string, number> = {};
    for (let code = 0; code <= 65535; code++) {
      const status = describeCloseCode(code).status;
      counts[status] = (counts[status] ?? 0) + 1;
    }
    const registered = inForce.length;
    const inForceIn = (from: number, to: number) => inForce.filter((e) => e.code >= from && e.code <= to).length;
    expect(inForceIn(1000, 3999)).toBe(registered);
    expect(counts).toEqual({
      'not-used': 1000,
      registered,
      unassigned: 2000 - inForceIn(1000, 2999) + 1000 - inForceIn(3000, 3999),
      'private-use': 1000,
      'out-of-range': 60536,
    });
  });
});

describe('advice for a code without an entry comes from the registry, as the docs give it', { timeout: 30_000 }, () => {
  it('every unregistered code gets the advice of its range, the same frozen object', () => {
    CLOSE_CODE_RANGES.forEach((range, i) => {
      for (const code of [range.from, range.to]) {
        const d = describeCloseCode(code);
        if (d.info === null) expect(d.reconnect).toBe(RANGE_RECONNECT[i]);
      }
    });
    expect(RANGE_RECONNECT).toHaveLength(CLOSE_CODE_RANGES.length);
  });

  it("a value that is not a close code gets the registry's name and advice", () => {
    for (const value of [Number.NaN, 1000.5, -1, 65536]) {
      expect(describeCloseCode(value)).toMatchObject({ name: NOT_A_CLOSE_CODE_NAME, reconnect: NOT_A_CLOSE_CODE_RECONNECT });
    }
  });

  it('every piece of advice is well formed: a known source, an ordered delay or null, frozen conditions, a paragraph', () => {
    const all = [...CLOSE_CODE_INFO.map((i) => i.reconnect), ...RANGE_RECONNECT, NOT_A_CLOSE_CODE_RECONNECT];
    const sources = ['registration', 'rfc', 'practice'];
    for (const r of all) {
      expect(sources).toContain(r.source);
      if (r.delay !== null) {
        expect(r.delay.minSeconds).toBeLessThanOrEqual(r.delay.maxSeconds);
        expect(sources).toContain(r.delay.source);
      }
    }
    // The people's part, in @wscodes/core/details.
    for (const r of [...CLOSE_CODE_DETAILS, ...RANGE_DETAILS, NOT_A_CLOSE_CODE_DETAILS]) {
      expect(Object.isFrozen(r.conditions)).toBe(true);
      for (const c of r.conditions) expect(sources).toContain(c.source);
      expect(r.advice.length).toBeGreaterThan(20);
    }
  });
});
