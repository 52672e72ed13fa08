import { describe, expect, it } from 'vitest';
import { getCloseCodeInfo } from '../src/index.ts';
import { registry, unregisteredEnds } from './registry.ts';

describe('getCloseCodeInfo answers only for registered numbers', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '1000', ' 1000', '0x3e8', 'NormalClosure'])(
    'the string %j gets undefined',
    (key) => {
      expect(getCloseCodeInfo(key)).toBeUndefined();
    },
  );

  it.each([1000.5, 999.9999999, Number.NaN, Number.POSITIVE_INFINITY, -1000, 0, ...unregisteredEnds(1000, 2999), ...unregisteredEnds(3000, 3999), 4000, 65535, 65536])(
    'the unregistered number %s gets undefined',
    (code) => {
      expect(getCloseCodeInfo(code)).toBeUndefined();
    },
  );

  const nonNumbers: unknown[] = [null, undefined, true, {}, [], [1000], 1000n, Symbol.iterator, { valueOf: () => 1000 }, new Number(1000)];
  it.each(nonNumbers.map((value) => [String(typeof value), value]))(
    'a non-number (%s) gets undefined',
    (_type, value) => {
      expect(getCloseCodeInfo(value)).toBeUndefined();
    },
  );

  it('answers for registered codes, including ones written as 1e3', () => {
    expect(getCloseCodeInfo(1e3)?.key).toBe('NormalClosure');
    for (const entry of registry.codes) expect(getCloseCodeInfo(entry.code)?.key).toBe(entry.key);
  });

  it('a poisoned Object.prototype does not leak into answers', () => {
    const proto = Object.prototype as Record<string, unknown>;
    const free = unregisteredEnds(1000, 2999)[0]!;
    proto[String(free)] = { code: free, name: 'Injected' };
    try {
      expect(getCloseCodeInfo(free)).toBeUndefined();
      expect(getCloseCodeInfo(String(free))).toBeUndefined();
    } finally {
      delete proto[String(free)];
    }
  });
});
