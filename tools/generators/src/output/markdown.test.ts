import { describe, expect, it } from 'vitest';
import { cell, inline, link, md, paragraphs, safeUrl, table } from './markdown.ts';

describe('inline', () => {
  it('leaves plain text alone', () => {
    expect(inline('Normal Closure')).toBe('Normal Closure');
    expect(inline('Ünïcødé 日本語 🙂')).toBe('Ünïcødé 日本語 🙂');
  });

  it('writes <, > and & as entities, so no tag, comment or entity survives', () => {
    expect(inline('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(inline('<!-- x -->')).toBe('&lt;!-- x --&gt;');
    expect(inline('&lt; &#60; &')).toBe('&amp;lt; &amp;#60; &amp;');
  });

  it('escapes emphasis, code, links, tables, strikethrough, math and backslashes', () => {
    expect(inline('*/ `x` ${y} a_b ~~s~~ | \\')).toBe('\\*/ \\`x\\` \\${y} a\\_b \\~\\~s\\~\\~ \\| \\\\');
    expect(inline('[x](javascript:alert(1))')).toBe('\\[x\\](javascript\\:alert(1))');
    expect(inline('![i](https://e.example/i.png)')).toBe('!\\[i\\](https\\://e.example/i.png)');
  });

  it('breaks up the bare URLs and addresses GFM would link', () => {
    expect(inline('https://e.example www.e.example a@b.example')).toBe('https\\://e.example www\\.e.example a\\@b.example');
    expect(inline('Note: a:b, mailto:x')).toBe('Note: a\\:b, mailto\\:x');
  });

  it('puts everything on one line, so nothing can start a block', () => {
    expect(inline('a\nb\r\n\n  c\u2028d\te')).toBe('a b c d e');
    expect(inline('# h')).toBe('\\# h');
    expect(inline('- item')).toBe('\\- item');
    expect(inline('+ item')).toBe('\\+ item');
    expect(inline('> quote')).toBe('&gt; quote');
    expect(inline('1. item')).toBe('1\\. item');
    expect(inline('12) item')).toBe('12\\) item');
    expect(inline('---')).toBe('\\---');
    expect(inline('=====')).toBe('\\=====');
    expect(inline('    indented code')).toBe('indented code');
  });

  it('keeps quotes and JavaScript-looking text as text', () => {
    expect(inline(`"q" 'q' __proto__ constructor`)).toBe(`"q" 'q' \\_\\_proto\\_\\_ constructor`);
  });

  it('replaces control characters', () => {
    expect(inline('a\u0000b\u0007c\u007f')).toBe('a\uFFFDb\uFFFDc\uFFFD');
  });
});

describe('cell', () => {
  it('escapes | and removes line breaks, so a row keeps its columns', () => {
    expect(cell('a | b\nc')).toBe('a \\| b c');
    expect(cell('')).toBe(' ');
  });
});

describe('paragraphs', () => {
  it('splits on blank lines and joins wrapped lines', () => {
    expect(paragraphs('one\ntwo\n\n  \nthree\r\n\r\nfour')).toEqual(['one two', 'three', 'four']);
  });

  it('keeps code spans as code, and escapes the rest', () => {
    expect(paragraphs('call `ws.close(1000)` <now>')).toEqual(['call `ws.close(1000)` &lt;now&gt;']);
    expect(paragraphs('`<script>` and `a | b`')).toEqual(['`<script>` and `a | b`']);
  });

  it('treats an unpaired or empty backtick pair as text', () => {
    expect(paragraphs('a `b` c ` d')).toEqual(['a `b` c \\` d']);
    expect(paragraphs('x `` y')).toEqual(['x \\`\\` y']);
  });

  it('escapes a paragraph that would start a block', () => {
    expect(paragraphs('# not a heading\n\n- not a list\n\n`code` first')).toEqual(['\\# not a heading', '\\- not a list', '`code` first']);
  });
});

describe('safeUrl', () => {
  it('keeps http(s) URLs made of plain URL characters', () => {
    expect(safeUrl('https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/')).toBe(
      'https://mailarchive.ietf.org/arch/msg/hybi/P_1vbD9uyHl63nbIIbFxKMfSwcM/',
    );
  });

  it('refuses other schemes and anything that could end the link', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,x', 'mailto:a&b', '//e.example', 'https://e.example/a b', 'https://e.example/)(', 'https://e.example/<x>', 'https://']) {
      expect(safeUrl(url), url).toBeNull();
    }
  });
});

describe('link and table', () => {
  it('escapes link text, never the target', () => {
    expect(link('a ] b', 'codes/1000-x.md')).toBe('[a \\] b](codes/1000-x.md)');
  });

  it('escapes plain cells and keeps Markdown cells', () => {
    expect(table(['A', 'B'], [[md('[x](y.md)'), 'p | q']])).toBe('| A | B |\n| --- | --- |\n| [x](y.md) | p \\| q |');
  });

  it('refuses a row with the wrong number of cells', () => {
    expect(() => table(['A', 'B'], [['1']])).toThrow(/1 cells for 2 columns/);
  });
});
