import { describe, expect, it } from 'vitest';
import { getCloseCodeInfo } from '../src/index.ts';

describe('getCloseCodeInfo answers only for registered numbers', () => {
  it.each(['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', '1000', ' 1000', '0x3e8', 'NormalClosure'])(
    'the string %j gets undefined',
    (key) => {
      expect(getCloseCodeInfo(key)).toBeUndefined();
    },
  );

  it.each([1000.5, 999.9999999, Number.NaN, Number.POSITIVE_INFINITY, -1000, 0, 1016, 3001, 4000, 65535, 65536])(
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
    expect(getCloseCodeInfo(1014)?.key).toBe('BadGateway');
    expect(getCloseCodeInfo(3008)?.key).toBe('Timeout');
  });

  it('a poisoned Object.prototype does not leak into answers', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto['1016'] = { code: 1016, name: 'Injected' };
    try {
      expect(getCloseCodeInfo(1016)).toBeUndefined();
      expect(getCloseCodeInfo('1016')).toBeUndefined();
    } finally {
      delete proto['1016'];
    }
  });
});
