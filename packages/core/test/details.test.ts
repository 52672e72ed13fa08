// @wscodes/core/details: the long text, for any number, checked against the registry it comes from.
import { describe, expect, it } from 'vitest';
import { CLOSE_CODE_DETAILS, describeCloseCodeInDetail, getCloseCodeDetails, IANA_RANGE_RECORDS } from '../src/details.ts';
import { describeCloseCode } from '../src/describe.ts';
import { CLOSE_CODE_INFO } from '../src/generated/registry.ts';
import { registry, unregisteredEnds } from './registry.ts';

const rangeOf = (code: number) => registry.ranges.find((r) => code >= r.from && code <= r.to)!;
const ianaSpan = (code: number) => registry.ianaRanges.find((r) => code >= r.from && code <= r.to)?.iana.description ?? null;

describe('getCloseCodeDetails', () => {
  it.each(registry.codes)('$code has its entry\'s summary, advice, conditions, details and IANA record', (entry) => {
    const d = getCloseCodeDetails(entry.code);
    expect(d.code).toBe(entry.code);
    expect(d.summary).toBe(entry.summary);
    expect(d.advice).toBe(entry.reconnect.advice);
    expect(d.conditions).toEqual(entry.reconnect.conditions);
    expect(d.details).toBe(entry.details);
    expect(d.iana?.description ?? null).toBe(entry.iana?.description ?? ianaSpan(entry.code));
  });

  it.each([...unregisteredEnds(1000, 2999), ...unregisteredEnds(3000, 3999), 0, 999, 4000, 4999, 5000, 65535])(
    '%i, without an entry, gets the advice of its range and the IANA record of its span',
    (code) => {
      const d = getCloseCodeDetails(code);
      expect(d).toMatchObject({ code, summary: null, details: null, advice: rangeOf(code).reconnect.advice });
      expect(d.conditions).toEqual(rangeOf(code).reconnect.conditions);
      expect(d.iana?.description ?? null).toBe(ianaSpan(code));
    },
  );

  it('a value that is not a close code gets the advice for that, and nothing else', () => {
    for (const value of [-1, 1000.5, 65536, Number.NaN, '1000' as unknown as number]) {
      expect(getCloseCodeDetails(value)).toMatchObject({ summary: null, details: null, iana: null, advice: registry.notACloseCode.reconnect.advice });
    }
  });

  it('is frozen and memoised per code', () => {
    const d = getCloseCodeDetails(1013);
    expect(Object.isFrozen(d)).toBe(true);
    expect(Object.isFrozen(d.conditions)).toBe(true);
    expect(getCloseCodeDetails(1013)).toBe(d);
    expect(getCloseCodeDetails(4321)).toBe(getCloseCodeDetails(4321));
  });
});

describe('describeCloseCodeInDetail', () => {
  it('is describeCloseCode and getCloseCodeDetails in one frozen, memoised object', () => {
    for (const code of [1000, 1006, 1013, 2500, 4000, 70000]) {
      const d = describeCloseCodeInDetail(code);
      expect(d).toEqual({ ...describeCloseCode(code), ...getCloseCodeDetails(code) });
      expect(d.info).toBe(describeCloseCode(code).info);
      expect(Object.isFrozen(d)).toBe(true);
      if (code <= 65535) expect(describeCloseCodeInDetail(code)).toBe(d);
    }
  });
});

describe('the tables', () => {
  it('CLOSE_CODE_DETAILS parallels CLOSE_CODE_INFO, code for code', () => {
    expect(CLOSE_CODE_DETAILS.map((d) => d.code)).toEqual(CLOSE_CODE_INFO.map((i) => i.code));
  });
  it('IANA_RANGE_RECORDS holds every IANA span of the registry', () => {
    expect(IANA_RANGE_RECORDS.map((r) => [r.from, r.to, r.iana.description])).toEqual(registry.ianaRanges.map((r) => [r.from, r.to, r.iana.description]));
  });
  it('the main entry carries none of the long text', () => {
    for (const info of CLOSE_CODE_INFO) {
      expect(Object.keys(info)).not.toContain('summary');
      expect(Object.keys(info)).not.toContain('iana');
      expect(Object.keys(info.reconnect)).toEqual(['policy', 'source', 'delay']);
    }
  });
});
