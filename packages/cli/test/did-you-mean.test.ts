import { describe, expect, it } from 'vitest';
import { getProtocol, PROTOCOLS } from '@wscodes/core/protocols';
import { editDistance, nearest } from '../src/did-you-mean.ts';
import { wscodes } from './helpers.ts';

describe('editDistance', () => {
  it.each([
    ['', '', 0],
    ['', 'abc', 3],
    ['abc', 'abc', 0],
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['pusher', 'pushr', 1],
  ])('%j to %j is %i, both ways', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
    expect(editDistance(b, a)).toBe(d);
  });
});

describe('nearest', () => {
  it('gives every name at the smallest distance, ignoring case, and nothing when all are far', () => {
    expect(nearest('abd', ['abc', 'abe', 'xyzzy'])).toEqual(['abc', 'abe']);
    expect(nearest('ABC', ['abc', 'abd'])).toEqual(['abc']);
    expect(nearest('zzzzzz', ['abc', 'abcdef'])).toEqual([]);
  });
});

describe('wscodes CODE --protocol NEAR-MISS', () => {
  // Near misses of every id and token in the catalogue: one letter dropped, one added, upper case.
  const names = [...new Set(PROTOCOLS.flatMap((p) => [p.id, ...p.subprotocols]))];
  const misses = names.flatMap((name) => [name.slice(0, -1), `${name}s`, name.toUpperCase()].map((miss) => [miss, name] as const)).filter(([miss]) => getProtocol(miss) === undefined);

  it('has near misses to test', () => {
    expect(misses.length).toBeGreaterThan(0);
  });

  it('suggests the name meant, in one line, with exit 2', () => {
    for (const [miss, meant] of misses) {
      const run = wscodes(['4000', '--protocol', miss]);
      expect(run.status, miss).toBe(2);
      const line = run.err.split('\n')[0]!;
      const guess = line.match(/\(did you mean (.+)\?\)/);
      expect(guess, miss).not.toBeNull();
      expect(guess![1]!.split(' or '), miss).toContain(meant);
    }
  });

  it('suggests nothing for a name far from every known one', () => {
    const far = 'x'.repeat(Math.max(...names.map((n) => n.length)) + 10);
    expect(wscodes(['4000', '--protocol', far]).err.split('\n')[0]).not.toContain('did you mean');
  });

  it('accepts every catalogue id and subprotocol token as it is', () => {
    for (const name of names) expect(wscodes(['4000', '--protocol', name]).status, name).toBe(0);
  });
});
