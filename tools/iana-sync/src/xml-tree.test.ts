import { describe, expect, it } from 'vitest';
import { SyncError } from './errors.ts';
import { decodeEntities, elements, ownText, parseXml } from './xml-tree.ts';

describe('parseXml', () => {
  it('keeps text byte for byte, attributes and element order', () => {
    const root = parseXml('<r id="x"><a>  two\n    lines  </a><b k="1"/><a>second</a></r>', 'test.xml');
    expect(root.name).toBe('r');
    expect(root.attributes).toEqual({ id: 'x' });
    expect(elements(root).map((e) => e.name)).toEqual(['a', 'b', 'a']);
    expect(ownText(elements(root, 'a')[0]!)).toBe('  two\n    lines  ');
    expect(elements(root, 'b')[0]!.attributes).toEqual({ k: '1' });
  });

  it('decodes entities in text and attributes, and leaves CDATA alone', () => {
    const root = parseXml('<r d="a&amp;b &#65;&#x42;"><t>x &lt;y&gt; &quot;&apos;</t><c><![CDATA[raw &amp; <z>]]></c></r>', 't');
    expect(root.attributes.d).toBe('a&b AB');
    expect(ownText(elements(root, 't')[0]!)).toBe('x <y> "\'');
    expect(ownText(elements(root, 'c')[0]!)).toBe('raw &amp; <z>');
  });

  it('reads line ends as XML does (CRLF and CR become LF) and skips a byte-order mark', () => {
    const root = parseXml('\uFEFF<r>\r\n<a>one\r\n  two\rthree</a></r>', 't');
    expect(ownText(elements(root, 'a')[0]!)).toBe('one\n  two\nthree');
  });

  it('keeps numbers as strings', () => {
    expect(ownText(elements(parseXml('<r><v>3227</v><w>007</w></r>', 't'), 'w')[0]!)).toBe('007');
  });

  it.each([
    ['plain text', 'not xml at all', /^t\.xml is not XML \(line 1, column 1: /],
    ['an empty file', '', /^t\.xml is not XML \(line 1: /],
    ['mismatched tags', '<a><b></a>', /is not XML \(line 1, column 7: Expected closing tag 'b'/],
    ['JSON', '{"a": 1}', /is not XML/],
    ['two roots', '<a/><b/>', /is not XML: it has 2 root elements/],
  ])('rejects %s', (_name, text, message) => {
    expect(() => parseXml(text, 't.xml')).toThrow(SyncError);
    expect(() => parseXml(text, 't.xml')).toThrow(message);
  });
});

describe('decodeEntities', () => {
  it('rejects entities XML does not define', () => {
    expect(() => decodeEntities('a &nbsp; b', 'f.xml')).toThrow('f.xml: unknown entity &nbsp;');
  });
  it('rejects character references past Unicode', () => {
    expect(() => decodeEntities('&#x110000;', 'f.xml')).toThrow('is not a character');
  });
});
