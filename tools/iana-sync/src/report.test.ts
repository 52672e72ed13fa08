import { describe, expect, it } from 'vitest';
import { ADD_3001, smallRegistry, smallUpstreamXml } from '../test/fixtures.ts';
import { closeCodeOutcome } from './close-codes-sync.ts';
import { diffRegistry, type SyncDiff } from './diff.ts';
import { overallBump } from './engine.ts';
import { parseIanaXml } from './parse-iana.ts';
import { formatReport, reportJson } from './report.ts';

const context = { upstreamSource: 'small.xml', registryFile: 'small-registry.yaml' };
const diffWith = (...edits: readonly (readonly [string, string])[]) =>
  diffRegistry(parseIanaXml(smallUpstreamXml(...edits), 'small.xml'), smallRegistry().document);
const outcome = (diff: SyncDiff) =>
  closeCodeOutcome(diff, { file: 'small-registry.yaml', label: 'small-registry.yaml', registered: 4, source: 'small.xml' }, () => {
    throw new Error('not written');
  });
const report = (diff: SyncDiff) => formatReport([outcome(diff)], overallBump([outcome(diff)]));
const json = (diff: SyncDiff) => JSON.parse(reportJson([outcome(diff)], context, overallBump([outcome(diff)])));
const update = () =>
  diffWith(ADD_3001, ['<updated>2030-01-15</updated>', '<updated>2030-02-01</updated>'], ['data="https://example.org/close?a=1&amp;b=2"', 'data="https://example.org/moved"']);

describe('formatReport', () => {
  it('says so when in sync', () => {
    expect(report(diffWith())).toBe(
      'IANA close-code registry: small.xml (updated 2030-01-15)\n' +
        "Registry:                 small-registry.yaml (synced with IANA's 2030-01-15)\n" +
        '\n' +
        'In sync: the registry matches IANA, nothing to do.\n' +
        '\n' +
        'Semver: none, every registry is in sync\n' +
        '  close-codes: in sync\n',
    );
  });

  it('lists every kind of change, old → new, and the semver bump', () => {
    expect(report(update())).toBe(`IANA close-code registry: small.xml (updated 2030-02-01)
Registry:                 small-registry.yaml (synced with IANA's 2030-01-15)

Added codes (1):
  + 3001 "Sample Code" (contact Sam_Sample); new entry: key SampleCode, name "Sample Code", curated text pending review
Withdrawn codes (0): none
Changed fields (1):
  ~ 3000 references: uri https://example.org/close?a=1&b=2, rfc-errata 1234 → uri https://example.org/moved, rfc-errata 1234
Range changes (2):
  - span 3001-3999 "Unassigned" (no contact, no references)
  + span 3002-3999 "Unassigned" (no contact, no references)
Contact changes (1):
  + Sam_Sample: Sam Sample <mailto:sam&example.org>
Registry date: 2030-01-15 → 2030-02-01

Semver: minor (1 code added; IANA span records changed; 1 IANA field changed; 1 contact changed; IANA's registry date changed)
  close-codes: minor (1 code added; IANA span records changed; 1 IANA field changed; 1 contact changed; IANA's registry date changed)
`);
  });

  it('shows whitespace in a changed description, removals, and an older upstream file', () => {
    const text = report(
      diffWith(
        ['<updated>2030-01-15</updated>', '<updated>2029-12-01</updated>'],
        ['runs over two lines', 'runs over  two lines'],
        ['<value>1000</value>\n      <description>Normal Closure</description>', '<value>1000</value>\n      <description>Unassigned</description>'],
      ),
    );
    expect(text).toContain("Warning: IANA's file (2029-12-01) is older than the revision the registry was synced with (2030-01-15)");
    expect(text).toContain(
      '  - 1000 NormalClosure ("Normal Closure") withdrawn: no longer listed by IANA on 2029-12-01; send false, receive false as its range gives; CloseCode.NormalClosure stays as a deprecated alias until the next major (breaking)\n',
    );
    expect(text).toContain(
      '  ~ 3000 description: "A fixture code whose description\\n        runs over two lines & keeps its indentation." → "A fixture code whose description\\n        runs over  two lines & keeps its indentation."\n',
    );
    expect(text).toContain('Semver: major (1 code withdrawn;');
  });
});

describe('reportJson', () => {
  it('has the documented members, with the changes as data', () => {
    const data = json(update());
    expect(Object.keys(data).slice(0, 6)).toEqual(['upstreamUpdated', 'added', 'withdrawn', 'reinstated', 'changed', 'ranges']);
    expect(data.upstreamUpdated).toBe('2030-02-01');
    expect(data.added).toEqual([{ code: 3001, key: 'SampleCode', name: 'Sample Code', iana: { description: 'Sample Code', contact: 'Sam_Sample', references: [] } }]);
    expect(data.withdrawn).toEqual([]);
    expect(data.changed).toEqual([
      {
        code: 3000,
        key: 'FixtureCode',
        field: 'references',
        from: [{ type: 'uri', data: 'https://example.org/close?a=1&b=2' }, { type: 'rfc-errata', data: '1234' }],
        to: [{ type: 'uri', data: 'https://example.org/moved' }, { type: 'rfc-errata', data: '1234' }],
      },
    ]);
    expect(data.ranges.map((r: { change: string; range: string }) => `${r.change} ${r.range}`)).toEqual(['removed 3001-3999', 'added 3002-3999']);
    expect(data).toMatchObject({ registryUpdated: '2030-01-15', inSync: false, bump: 'minor', upstreamSource: 'small.xml', registry: 'small-registry.yaml' });
  });

  it('reports in sync as such', () => {
    expect(json(diffWith())).toMatchObject({ inSync: true, bump: null, added: [], withdrawn: [], reinstated: [], changed: [], ranges: [] });
  });
});
