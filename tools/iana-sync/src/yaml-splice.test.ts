import { isMap, parse, parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { YamlSplicer } from './yaml-splice.ts';

const FILE = `# a comment the splice keeps
entries:
  - value: RSV1
    details: >-
      Curated folded text
      over two lines.
    iana:
      description: |-
        First line
                continued, indented as IANA indents it.
      date: 2015-09-02
`;

function entryIana(splicer: YamlSplicer) {
  const iana = splicer.doc.getIn(['entries', 0, 'iana'], true);
  if (!isMap(iana)) throw new Error('no iana map');
  return iana;
}

describe('YamlSplicer.set', () => {
  it.each([
    ['a multi-line text (a literal block under its key)', 'First line\n        continued.\nAnd a third (changed).'],
    ['a one-line text', 'One line now'],
    ['a text that needs quotes', 'key: value # not a comment'],
    ['a date-like text', '2026-01-02'],
  ])('writes %s that reads back as the value, and leaves every other byte alone', (_what, value) => {
    const splicer = new YamlSplicer(FILE, 'test.yaml');
    splicer.set(entryIana(splicer), 'description', value);
    const out = splicer.result();
    expect(parseDocument(out).errors).toEqual([]);
    expect(parse(out).entries[0].iana.description).toBe(value);
    // Everything before the description (the comment, the folded curated text) and the date after it are untouched.
    const head = FILE.slice(0, FILE.indexOf('description:'));
    expect(out.startsWith(head)).toBe(true);
    expect(out.endsWith('      date: 2015-09-02\n')).toBe(true);
  });
});
