import { describe, expect, it } from 'vitest';
import { byText, compareText } from '../src/compare.ts';

describe('compareText', () => {
  it('orders by UTF-16 code units, not by locale: capitals before lower case, "é" after "z"', () => {
    expect(['b', 'é', 'a', 'Z', 'z', 'a'].sort(compareText)).toEqual(['Z', 'a', 'a', 'b', 'z', 'é']);
  });

  it('returns 0 only for equal strings', () => {
    expect([compareText('x', 'x'), compareText('x', 'y'), compareText('y', 'x')]).toEqual([0, -1, 1]);
  });
});

describe('byText', () => {
  it('sorts records by the text field it is given', () => {
    const rows = [{ path: 'b/a' }, { path: 'a/b' }, { path: 'a' }];
    expect(rows.sort(byText((r) => r.path)).map((r) => r.path)).toEqual(['a', 'a/b', 'b/a']);
  });
});
