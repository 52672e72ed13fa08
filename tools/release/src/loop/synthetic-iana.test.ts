import { describe, expect, it } from 'vitest';
import { addCode, changeDescription, closeRecords, firstPerson, isRegisteredCode, SyntheticUpdateError, withdrawCode } from './synthetic-iana.ts';

// A small file in IANA's format: a registry before the close codes, so edits must stay inside theirs.
const XML = `<?xml version='1.0' encoding='UTF-8'?>
<registry xmlns="http://www.iana.org/assignments" id="websocket">
  <title>WebSocket Protocol Registries</title>
  <updated>2020-01-01</updated>

  <registry id="version-number">
    <record>
      <value>3000</value>
      <description>Unassigned</description>
    </record>
  </registry>

  <registry id="close-code-number">
    <title>WebSocket Close Code Number Registry</title>
    <record>
      <value>1000</value>
      <description>Normal Closure</description>
      <contact><xref type="person" data="P_One"/></contact>
    </record>
    <record>
      <value>3000-3009</value>
      <description>Unassigned</description>
      <contact/>
    </record>
    <record date="2019-05-05">
      <value>3010</value>
      <description>Ten</description>
      <contact><xref type="person" data="P_One"/></contact>
    </record>
    <record>
      <value>3011-3999</value>
      <description>Unassigned</description>
      <contact/>
    </record>
  </registry>

  <people>
    <person id="P_One">
      <name>P One</name>
    </person>
  </people>
</registry>
`;

const summary = (xml: string) => closeRecords(xml).map((r) => `${r.from}-${r.to} ${r.description}`);

describe('synthetic IANA updates', () => {
  it('reads the close-code records only, in file order', () => {
    expect(summary(XML)).toEqual(['1000-1000 Normal Closure', '3000-3009 Unassigned', '3010-3010 Ten', '3011-3999 Unassigned']);
    expect(closeRecords(XML).filter(isRegisteredCode).map((r) => r.from)).toEqual([1000, 3010]);
  });

  it('adds a code by splitting its Unassigned span, and dates the file', () => {
    const xml = addCode(XML, { code: 3005, description: 'Five', contact: firstPerson(XML), date: '2030-02-02' });
    expect(summary(xml)).toEqual([
      '1000-1000 Normal Closure',
      '3000-3004 Unassigned',
      '3005-3005 Five',
      '3006-3009 Unassigned',
      '3010-3010 Ten',
      '3011-3999 Unassigned',
    ]);
    expect(xml).toContain('<record date="2030-02-02">\n      <value>3005</value>');
    expect(xml).toContain('<xref type="person" data="P_One"/>');
    expect(xml).toContain('<updated>2030-02-02</updated>');
    // The other registry is untouched.
    expect(xml.slice(0, xml.indexOf('close-code-number'))).toBe(XML.slice(0, XML.indexOf('close-code-number')).replace('2020-01-01', '2030-02-02'));
  });

  it('adds a code at either end of a span without leaving an empty span', () => {
    expect(summary(addCode(XML, { code: 3000, description: 'Zero', contact: 'P_One', date: '2030-01-01' })).slice(1, 3)).toEqual([
      '3000-3000 Zero',
      '3001-3009 Unassigned',
    ]);
    expect(summary(addCode(XML, { code: 3009, description: 'Nine', contact: 'P_One', date: '2030-01-01' })).slice(1, 3)).toEqual([
      '3000-3008 Unassigned',
      '3009-3009 Nine',
    ]);
  });

  it('changes a description and marks the record updated', () => {
    const xml = changeDescription(XML, 3010, 'Ten, renamed', '2030-03-03');
    expect(summary(xml)[2]).toBe('3010-3010 Ten, renamed');
    expect(xml).toContain('<record date="2019-05-05" updated="2030-03-03">');
    expect(changeDescription(xml, 3010, 'Again', '2030-04-04')).toContain('updated="2030-04-04"');
    expect(changeDescription(XML, 1000, 'N', '2030-03-03')).toContain('<record updated="2030-03-03">\n      <value>1000</value>');
  });

  it('withdraws a code into one Unassigned span with its neighbours', () => {
    expect(summary(withdrawCode(XML, 3010, '2030-05-05'))).toEqual(['1000-1000 Normal Closure', '3000-3999 Unassigned']);
    expect(summary(withdrawCode(XML, 1000, '2030-05-05'))[0]).toBe('1000-1000 Unassigned');
  });

  it('refuses an edit that does not fit the file, by name', () => {
    expect(() => addCode(XML, { code: 3010, description: 'x', contact: 'P_One', date: '2030-01-01' })).toThrow(SyntheticUpdateError);
    expect(() => changeDescription(XML, 3001, 'x', '2030-01-01')).toThrow(/3001 is not a registered code/);
    expect(() => withdrawCode(XML, 2000, '2030-01-01')).toThrow(/2000 is not a registered code/);
    expect(() => closeRecords('<registry id="websocket"></registry>')).toThrow(/close-code-number/);
  });
});
