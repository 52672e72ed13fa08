import { describe, expect, it } from 'vitest';
import { readFixture } from '../test/fixtures.ts';
import { SyncError } from './errors.ts';
import { parseIanaXml, parseValue } from './parse-iana.ts';

const small = () => readFixture('small-websocket.xml');
const closeCodes = (records: string, people = '') =>
  `<registry id="websocket"><updated>2030-01-15</updated><registry id="close-code-number">${records}</registry><people>${people}</people></registry>`;
const person = (id: string) => `<person id="${id}"><name>${id.replace('_', ' ')}</name><uri>mailto:x&amp;example.org</uri></person>`;

describe('parseIanaXml on the small fixture', () => {
  const upstream = parseIanaXml(small(), 'small.xml');

  it('reads the registry date, and ignores the other WebSocket registries', () => {
    expect(upstream.source).toBe('small.xml');
    expect(upstream.updated).toBe('2030-01-15');
    expect(upstream.codes.map((c) => c.code)).toEqual([1000, 3000]);
  });

  it('reads single values as codes, with contact and xrefs', () => {
    expect(upstream.codes[0]).toEqual({
      code: 1000,
      iana: { description: 'Normal Closure', contact: 'Test_Group', references: [{ type: 'rfc', data: 'rfc6455' }] },
    });
  });

  it('keeps a multi-line description byte for byte, and decodes entities', () => {
    expect(upstream.codes[1]!.iana.description).toBe('A fixture code whose description\n        runs over two lines & keeps its indentation.');
  });

  it('reads uri and rfc-errata xrefs verbatim, errata numbers as strings, and the date attributes', () => {
    expect(upstream.codes[1]!.iana).toMatchObject({
      contact: 'Pat_Example',
      references: [
        { type: 'uri', data: 'https://example.org/close?a=1&b=2' },
        { type: 'rfc-errata', data: '1234' },
      ],
      date: '2030-01-10',
      updated: '2030-01-14',
    });
    expect(upstream.codes[0]!.iana).not.toHaveProperty('date');
  });

  it('reads span records, with an empty contact as null', () => {
    expect(upstream.spans.map((s) => [s.range, s.from, s.to, s.iana.contact])).toEqual([
      ['1001-2999', 1001, 2999, null],
      ['3001-3999', 3001, 3999, null],
      ['4000-4999', 4000, 4999, null],
    ]);
    expect(upstream.spans[2]!.iana.references).toEqual([{ type: 'rfc', data: 'rfc6455' }]);
  });

  it('reads the <range> registration rules', () => {
    expect(upstream.ranges).toEqual([
      { range: '1000-2999', from: 1000, to: 2999, registration: 'Standards Action' },
      { range: '3000-3999', from: 3000, to: 3999, registration: 'First Come First Served' },
    ]);
  });

  it('resolves contacts through <people>, keeping only the people the records name', () => {
    expect(upstream.contacts).toEqual([
      { id: 'Pat_Example', name: 'Pat Example', uri: 'mailto:pat&example.org' },
      { id: 'Test_Group', name: 'Test Group', uri: 'mailto:group&example.org' },
    ]);
    expect(upstream.notes).toEqual([]);
  });
});

describe('parseIanaXml leniency', () => {
  it('accepts the close-code registry as the root element', () => {
    const text = '<registry id="close-code-number"><updated>2030-02-02</updated><record><value>1000</value><description>N</description><contact/></record></registry>';
    expect(parseIanaXml(text, 't').codes).toHaveLength(1);
    expect(parseIanaXml(text, 't').updated).toBe('2030-02-02');
  });

  it('reads a one-value span such as IANA\'s old "1014-1014" as a span', () => {
    const upstream = parseIanaXml(closeCodes('<record><value>1014-1014</value><description>Unassigned</description><contact/></record>'), 't');
    expect(upstream.spans).toMatchObject([{ range: '1014-1014', from: 1014, to: 1014 }]);
    expect(upstream.codes).toEqual([]);
  });

  it('reads a one-value "Unassigned" or bare "Reserved" record as a span, never as a code', () => {
    const upstream = parseIanaXml(
      closeCodes(
        '<record><value>3008</value><description>Reserved</description><contact/></record>' +
          '<record><value>3009</value><description>\n  Unassigned </description><contact/></record>',
      ),
      't',
    );
    expect(upstream.codes).toEqual([]);
    expect(upstream.spans.map((s) => [s.range, s.from, s.to])).toEqual([
      ['3008-3008', 3008, 3008],
      ['3009-3009', 3009, 3009],
    ]);
  });

  it('keeps a "Reserved" record that names a contact or reference as a code, as RFC 6455 reserves 1004', () => {
    const upstream = parseIanaXml(
      closeCodes('<record><value>1004</value><description>Reserved</description><contact><xref type="person" data="Pat_Example"/></contact><xref type="rfc" data="rfc6455"/></record>', person('Pat_Example')),
      't',
    );
    expect(upstream.codes.map((c) => c.code)).toEqual([1004]);
    expect(upstream.spans).toEqual([]);
  });

  it('drops spaces around a person id, as in IANA\'s 2015 file, and says so', () => {
    const upstream = parseIanaXml(
      closeCodes('<record><value>1012</value><description>S</description><contact><xref type="person" data="Pat_Example "/></contact></record>', person('Pat_Example')),
      't',
    );
    expect(upstream.codes[0]!.iana.contact).toBe('Pat_Example');
    expect(upstream.notes).toEqual(['record 1012: contact id "Pat_Example " read as "Pat_Example" (surrounding spaces dropped)']);
  });

  it('treats a person xref beside the references as the contact', () => {
    const upstream = parseIanaXml(
      closeCodes('<record><value>3001</value><description>S</description><xref type="person" data="Pat_Example"/><xref type="rfc" data="rfc1"/></record>', person('Pat_Example')),
      't',
    );
    expect(upstream.codes[0]!.iana).toEqual({ description: 'S', contact: 'Pat_Example', references: [{ type: 'rfc', data: 'rfc1' }] });
  });
});

describe('parseIanaXml on bad input (one fixture per case)', () => {
  it.each([
    ['bad-not-xml.xml', /^bad-not-xml\.xml is not XML \(line 3, column \d+: Expected closing tag 'br'/],
    ['bad-wrong-registry.xml', /^bad-wrong-registry\.xml is the wrong registry: it is IANA's "fixture-status-codes" registry, not the WebSocket one/],
    ['bad-missing-close-codes.xml', /^bad-missing-close-codes\.xml is IANA's WebSocket registry but has no <registry id="close-code-number">/],
    ['bad-value.xml', /^bad-value\.xml: close-code record 2 has value "10O1", which is neither a number nor a span/],
    ['bad-duplicate.xml', /^bad-duplicate\.xml: value 1000 is listed twice/],
    ['bad-unknown-contact.xml', /^bad-unknown-contact\.xml: record 1000 names contact "Nobody_Listed", which is not in <people>/],
  ])('%s', (name, message) => {
    const parse = () => parseIanaXml(readFixture(name), name);
    expect(parse).toThrow(SyncError);
    expect(parse).toThrow(message);
  });

  it.each([
    ['an HTML page', '<html><body><p>Not found</p></body></html>', /is not an IANA registry: its root element is <html>/],
    ['a span running backwards', '<record><value>3999-3000</value><description>U</description><contact/></record>', /value "3999-3000", which is neither a number nor a span/],
    ['a code past 65535', '<record><value>70000</value><description>U</description><contact/></record>', /value "70000"/],
    ['a record without a value', '<record><description>U</description><contact/></record>', /close-code record 1 has no <value>/],
    ['overlapping values', '<record><value>3000-3010</value><description>U</description><contact/></record><record><value>3005</value><description>X</description><contact/></record>', /values 3000-3010 and 3005 overlap/],
    ['a record without a description', '<record><value>3000</value><contact/></record>', /record 3000 has no <description>/],
    ['an xref type the registry cannot hold', '<record><value>3000</value><description>X</description><contact/><xref type="draft" data="d"/></record>', /record 3000 has an xref of type "draft"/],
    ['a bad date attribute', '<record date="1st May"><value>3000</value><description>X</description><contact/></record>', /record 3000 has date="1st May", which is not a date/],
  ])('rejects %s', (_name, records, message) => {
    const text = records.startsWith('<html') ? records : closeCodes(records);
    expect(() => parseIanaXml(text, 't.xml')).toThrow(message);
  });

  it('rejects a file without an <updated> date', () => {
    expect(() => parseIanaXml('<registry id="close-code-number"><record><value>1</value><description>x</description></record></registry>', 't')).toThrow(
      't: the registry has no <updated> date',
    );
  });
});

describe('parseValue', () => {
  it.each([
    ['1000', { kind: 'code', from: 1000, to: 1000 }],
    ['0', { kind: 'code', from: 0, to: 0 }],
    ['65535', { kind: 'code', from: 65535, to: 65535 }],
    ['3004-3007', { kind: 'span', from: 3004, to: 3007 }],
    ['1014-1014', { kind: 'span', from: 1014, to: 1014 }],
  ])('reads %s', (value, expected) => expect(parseValue(value)).toEqual(expected));

  it.each(['', '65536', '-1', '1.5', '1e3', '3000 - 3999', '3000-', 'x', '3999-3000', '0x10'])('rejects %j', (value) =>
    expect(parseValue(value)).toBeUndefined(),
  );
});
