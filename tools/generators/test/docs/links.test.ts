import { describe, expect, it } from 'vitest';
import { anchorsOf, brokenLinks, linksOf } from './support/links.ts';

const index = { path: 'README.md', contents: '# Codes\n\n## 1000 Normal Closure\n\nSee [ranges](ranges.md#protocol).\n' };
const ranges = { path: 'ranges.md', contents: '# Ranges\n\n## Protocol\n\n[back](README.md#1000-normal-closure)\n' };

describe('the link checker', () => {
  it('accepts links and anchors that resolve', () => {
    expect(brokenLinks([index, ranges])).toEqual([]);
  });

  it('fails on a link to a missing page', () => {
    const page = { path: 'codes/1000.md', contents: '# 1000\n\n[next](1001.md) and [index](../README.md)\n' };
    expect(brokenLinks([index, ranges, page])).toEqual(['codes/1000.md: link 1001.md: no page codes/1001.md']);
  });

  it('fails on an anchor that no heading gives', () => {
    const page = { path: 'x.md', contents: '# X\n\n[a](ranges.md#protocols) [b](#x) [c](#y)\n' };
    expect(brokenLinks([index, ranges, page])).toEqual([
      'x.md: link ranges.md#protocols: no heading #protocols in ranges.md',
      'x.md: link #y: no heading #y in x.md',
    ]);
  });

  it('fails on a link the generator must never make', () => {
    const page = { path: 'x.md', contents: '# X\n\n[a](javascript:alert(1)) [b](data:text/html,x) [c](//evil.example/)\n' };
    expect(brokenLinks([page])).toHaveLength(3);
  });

  it('finds the bare URLs GitHub turns into links, and skips code and escaped brackets', () => {
    expect(linksOf('https://example.com and `[a](b.md)` and \\[c\\](d.md) and [e](f.md)')).toEqual(['https://example.com', 'f.md']);
  });

  it("follows GitHub's slug rules, numbering repeated headings", () => {
    expect([...anchorsOf('## 1000-2999 Protocol\n\n## Reconnect after 1006?\n\n## A & B: `close()` Ünïcødé\n')]).toEqual([
      '1000-2999-protocol',
      'reconnect-after-1006',
      'a--b-close-ünïcødé',
    ]);
    expect([...anchorsOf('# A\n\n## A\n\n## A\n\n## a_b\n')]).toEqual(['a', 'a-1', 'a-2', 'a_b']);
    expect([...anchorsOf('## &lt;script&gt; \\| x')]).toEqual(['script--x']);
  });
});
