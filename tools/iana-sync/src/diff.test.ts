import { describe, expect, it } from 'vitest';
import { checkRegistryText } from '@wscodes-tools/registry';
import { ADD_3001, readFixture, smallRegistry, smallUpstreamXml, WITHDRAW_3000 } from '../test/fixtures.ts';
import { diffRegistry, isInSync } from './diff.ts';
import { parseIanaXml } from './parse-iana.ts';

const diffWith = (...edits: readonly (readonly [string, string])[]) =>
  diffRegistry(parseIanaXml(smallUpstreamXml(...edits), 'small.xml'), smallRegistry().document);

describe('diffRegistry', () => {
  it('finds nothing when the registry matches', () => {
    const diff = diffWith();
    expect(isInSync(diff)).toBe(true);
    expect(diff).toMatchObject({ upstreamUpdated: '2030-01-15', registryUpdated: '2030-01-15', added: [], withdrawn: [], reinstated: [], changed: [], ranges: [], contacts: [] });
  });

  it('counts a new <updated> date alone as a difference', () => {
    const diff = diffWith(['<updated>2030-01-15</updated>', '<updated>2030-02-01</updated>']);
    expect(isInSync(diff)).toBe(false);
    expect(diff.upstreamUpdated).toBe('2030-02-01');
    expect(diff.changed).toEqual([]);
  });

  it('reports an added code with its IANA fields and a proposed key, its span split, and its new contact', () => {
    const diff = diffWith(ADD_3001);
    expect(diff.added).toEqual([{ code: 3001, key: 'SampleCode', name: 'Sample Code', iana: { description: 'Sample Code', contact: 'Sam_Sample', references: [] } }]);
    expect(diff.ranges).toEqual([
      { change: 'removed', range: '3001-3999', iana: { description: 'Unassigned', contact: null, references: [] } },
      { change: 'added', range: '3002-3999', iana: { description: 'Unassigned', contact: null, references: [] } },
    ]);
    expect(diff.contacts).toEqual([{ change: 'added', id: 'Sam_Sample', name: 'Sam Sample', uri: 'mailto:sam&example.org' }]);
    expect(diff.withdrawn).toEqual([]);
  });

  it('reports a withdrawn code with its reason and the verdicts of its range, and keeps the contact its history names', () => {
    const diff = diffWith(WITHDRAW_3000);
    expect(diff.withdrawn).toEqual([
      {
        code: 3000,
        key: 'FixtureCode',
        name: 'Fixture Code',
        iana: smallRegistry().document.codes.find((c) => c.code === 3000)!.iana,
        reason: 'no longer listed by IANA on 2030-01-15',
        send: true,
        receive: true,
      },
    ]);
    expect(diff.contacts).toEqual([]);
    expect(diff.ranges).toMatchObject([
      { change: 'added', range: '3000-3999' },
      { change: 'removed', range: '3001-3999' },
    ]);
  });

  it('withdraws a code IANA lists as a one-value "Unassigned" record, which is a span, not a new code', () => {
    const diff = diffWith(['<value>1000</value>\n      <description>Normal Closure</description>', '<value>1000</value>\n      <description>Unassigned</description>']);
    expect(diff.added).toEqual([]);
    expect(diff.withdrawn).toMatchObject([{ code: 1000, key: 'NormalClosure', send: false, receive: false }]);
    expect(diff.ranges).toMatchObject([{ change: 'added', range: '1000-1000', iana: { description: 'Unassigned' } }]);
  });

  it('does not withdraw an already withdrawn code again, and reports one IANA lists again', () => {
    const { registry } = checkRegistryText(
      readFixture('small-registry.yaml').replace('    details: Fixture details.\n', '    details: Fixture details.\n    withdrawn:\n      date: "2030-01-15"\n      reason: gone\n      constant: deprecated\n'),
      'r.yaml',
    );
    const upstream = (...edits: (readonly [string, string])[]) => parseIanaXml(smallUpstreamXml(...edits), 'small.xml');
    const later = diffRegistry(upstream(WITHDRAW_3000), registry!.document);
    expect([later.withdrawn, later.reinstated, later.changed, later.contacts]).toEqual([[], [], [], []]);
    const again = diffRegistry(upstream(), registry!.document);
    expect(again.reinstated).toMatchObject([{ code: 3000, key: 'FixtureCode' }]);
    expect(again.changed).toEqual([]);
  });

  it('reports each changed field with old and new value', () => {
    const diff = diffWith(
      ['runs over two lines &amp; keeps', 'now runs over two lines &amp; keeps'],
      ['data="https://example.org/close?a=1&amp;b=2"', 'data="https://example.org/moved"'],
      ['<record date="2030-01-10" updated="2030-01-14">', '<record date="2030-01-10">'],
      ['<value>1000</value>', '<value>1000</value>\n      <!-- no change here -->'],
    );
    expect(diff.changed).toEqual([
      {
        code: 3000,
        key: 'FixtureCode',
        field: 'description',
        from: 'A fixture code whose description\n        runs over two lines & keeps its indentation.',
        to: 'A fixture code whose description\n        now runs over two lines & keeps its indentation.',
      },
      {
        code: 3000,
        key: 'FixtureCode',
        field: 'references',
        from: [{ type: 'uri', data: 'https://example.org/close?a=1&b=2' }, { type: 'rfc-errata', data: '1234' }],
        to: [{ type: 'uri', data: 'https://example.org/moved' }, { type: 'rfc-errata', data: '1234' }],
      },
      { code: 3000, key: 'FixtureCode', field: 'updated', from: '2030-01-14', to: null },
    ]);
  });

  it('notices a contact change and a new contact on an existing code', () => {
    const diff = diffWith(
      ['<name>Test Group</name>', '<name>Test Working Group</name>'],
      ['<contact><xref type="person" data="Test_Group"/></contact>\n      <xref type="rfc" data="rfc6455"/>', '<contact><xref type="person" data="Sam_Sample"/></contact>\n      <xref type="rfc" data="rfc6455"/>'],
    );
    expect(diff.changed).toEqual([{ code: 1000, key: 'NormalClosure', field: 'contact', from: 'Test_Group', to: 'Sam_Sample' }]);
    // Test_Group is no longer named, so its new name does not matter: it goes.
    expect(diff.contacts).toEqual([
      { change: 'added', id: 'Sam_Sample', name: 'Sam Sample', uri: 'mailto:sam&example.org' },
      { change: 'removed', id: 'Test_Group', name: 'Test Group', uri: 'mailto:group&example.org' },
    ]);
  });

  it('reports a contact whose name or uri changed', () => {
    const diff = diffWith(['<uri>mailto:pat&amp;example.org</uri>', '<uri>mailto:pat&amp;example.net</uri>']);
    expect(diff.contacts).toEqual([{ change: 'changed', id: 'Pat_Example', field: 'uri', from: 'mailto:pat&example.org', to: 'mailto:pat&example.net' }]);
  });

  it('reports registration rule changes, and ranges the registry does not have', () => {
    expect(diffWith(['<registration_rule>Standards Action</registration_rule>', '<registration_rule>IETF Review</registration_rule>']).ranges).toEqual([
      { change: 'registration', range: '1000-2999', from: 'Standards Action', to: 'IETF Review' },
    ]);
    expect(diffWith(['<value>3000-3999</value>\n      <registration_rule>', '<value>3000-3499</value>\n      <registration_rule>']).ranges).toEqual([
      { change: 'unmatched', range: '3000-3499', registration: 'First Come First Served' },
      { change: 'registration', range: '3000-3999', from: 'First Come First Served', to: null },
    ]);
  });

  it('reports a change inside a span record', () => {
    expect(diffWith(['<description>Reserved for Private Use</description>', '<description>Private Use</description>']).ranges).toEqual([
      { change: 'changed', range: '4000-4999', field: 'description', from: 'Reserved for Private Use', to: 'Private Use' },
    ]);
  });
});
