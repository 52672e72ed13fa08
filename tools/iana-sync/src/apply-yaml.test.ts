import { readFileSync } from 'node:fs';
import { checkRegistryText, REGISTRY_FILE, REPO_ROOT } from '@wscodes-tools/registry';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ADD_3001, readFixture, smallRegistry, smallUpstreamXml, WITHDRAW_3000 } from '../test/fixtures.ts';
import { lineDiff } from '../test/line-diff.ts';
import { applyToYaml, YAML_FORMAT } from './apply-yaml.ts';
import { diffRegistry, isInSync } from './diff.ts';
import { parseIanaXml } from './parse-iana.ts';

type Edit = readonly [string, string];
const original = readFixture('small-registry.yaml');
const NEW_DATE: Edit = ['<updated>2030-01-15</updated>', '<updated>2030-02-01</updated>'];

/** Syncs `text` with the small IANA fixture after `edits`; returns the new YAML text. */
function sync(text: string, edits: readonly Edit[]): string {
  const { registry } = checkRegistryText(text, 'small-registry.yaml');
  if (!registry) throw new Error('registry under test is invalid');
  const upstream = parseIanaXml(smallUpstreamXml(...edits), 'small.xml');
  return applyToYaml(text, diffRegistry(upstream, registry.document), registry.document, { source: 'small-registry.yaml' });
}

/** The synced text must validate and then match IANA exactly. */
function expectSynced(text: string, edits: readonly Edit[]): void {
  const { registry, diagnostics } = checkRegistryText(text, 'synced.yaml');
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(isInSync(diffRegistry(parseIanaXml(smallUpstreamXml(...edits), 'small.xml'), registry!.document))).toBe(true);
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('YAML_FORMAT', { timeout: 30_000 }, () => {
  it('prints the fixture registry back byte for byte', () => {
    expect(parseDocument(original).toString(YAML_FORMAT)).toBe(original);
  });

  it('prints the real registry back byte for byte, so a sync changes only what IANA changed', () => {
    const real = readFileSync(REPO_ROOT + REGISTRY_FILE, 'utf8');
    expect(parseDocument(real).toString(YAML_FORMAT)).toBe(real);
  });
});

describe('applyToYaml', { timeout: 30_000 }, () => {
  it('changes nothing when nothing differs', () => {
    expect(sync(original, [])).toBe(original);
  });

  it('touches only the lines IANA changed: a new code, a reference, a dropped date, a split span, a new contact', () => {
    const edits: Edit[] = [
      ADD_3001,
      NEW_DATE,
      ['data="https://example.org/close?a=1&amp;b=2"', 'data="https://example.org/moved"'],
      ['<record date="2030-01-10" updated="2030-01-14">', '<record date="2030-01-10">'],
    ];
    const updated = sync(original, edits);
    expect(lineDiff(original, updated)).toEqual([
      '-  updated: "2030-01-15"',
      '+  updated: "2030-02-01"',
      '+  - id: Sam_Sample',
      '+    name: Sam Sample',
      '+    uri: mailto:sam&example.org',
      '-  - range: 3001-3999',
      '+  - range: 3002-3999',
      '-          data: https://example.org/close?a=1&b=2',
      '+          data: https://example.org/moved',
      '-      updated: "2030-01-14"',
      '+  - code: 3001',
      '+    key: SampleCode',
      '+    name: Sample Code',
      '+    summary: "Pending review: IANA registered 3001 as Sample Code; this summary has not been written yet."',
      '+    send: true',
      '+    receive: true',
      '+    reconnect:',
      '+      policy: depends',
      '+      source: practice',
      '+      advice: "Pending review: no reconnect advice has been written for 3001 yet. Decide from your own app state."',
      '+    classify:',
      '+      outcome: failure',
      '+      logLevel: warn',
      '+      likelySide: unknown',
      '+      cause: "Pending review: IANA registered 3001 as Sample Code"',
      '+    details: "Pending review: IANA registered 3001; who sends it, its common causes and what to do have not been written yet."',
      '+    pending: true',
      '+    iana:',
      '+      description: Sample Code',
      '+      contact: Sam_Sample',
      '+      references: []',
      '+', // the blank line before the entry, seen by the line diff after it
    ]);
    expectSynced(updated, edits);
  });

  it('never deletes: syncing back to the old revision withdraws the added code and keeps its entry', () => {
    const forward = sync(original, [ADD_3001, NEW_DATE]);
    const back = sync(forward, []);
    expect(lineDiff(forward, back)).toEqual([
      '-  updated: "2030-02-01"',
      '+  updated: "2030-01-15"',
      '-  - range: 3002-3999',
      '+  - range: 3001-3999',
      '+    withdrawn:',
      '+      date: "2030-01-15"',
      '+      reason: no longer listed by IANA on 2030-01-15',
      '+      constant: deprecated',
    ]);
    expectSynced(back, []);
  });

  it('quotes as the file does: dates, errata numbers, and multi-line text on one double-quoted line', () => {
    const edits: Edit[] = [
      [
        '<value>3001-3999</value>',
        `<value>3001</value>
      <description>Two-line
        description</description>
      <contact><xref type="person" data="Sam_Sample"/></contact>
      <xref type="rfc-errata" data="42"/>
    </record>
    <record>
      <value>3002-3999</value>`,
      ],
      ['<record>\n      <value>3001</value>', '<record date="2030-01-20">\n      <value>3001</value>'],
      ['<record>\n      <value>1000</value>', '<record updated="2030-01-21">\n      <value>1000</value>'],
    ];
    const updated = sync(original, edits);
    const added = lineDiff(original, updated).filter((l) => l.startsWith('+'));
    expect(added).toContain('+      description: "Two-line\\n        description"');
    expect(added).toContain('+          data: "42"');
    expect(added).toContain('+      date: "2030-01-20"');
    expect(added).toContain('+      updated: "2030-01-21"');
    expectSynced(updated, edits);
  });

  it('puts a new field in the registry\'s key order', () => {
    const updated = sync(original, [['<record>\n      <value>1000</value>', '<record date="2030-01-02" updated="2030-01-03">\n      <value>1000</value>']]);
    const entry = updated.slice(updated.indexOf('  - code: 1000'), updated.indexOf('  - code: 3000'));
    expect(entry).toContain('          data: rfc6455\n      date: "2030-01-02"\n      updated: "2030-01-03"\n');
  });

  it('keeps a multi-line description on one double-quoted line when it changes', () => {
    const edits: Edit[] = [['runs over two lines', 'runs over\n        three lines']];
    expect(lineDiff(original, sync(original, edits))).toEqual([
      '-      description: "A fixture code whose description\\n        runs over two lines & keeps its indentation."',
      '+      description: "A fixture code whose description\\n        runs over\\n        three lines & keeps its indentation."',
    ]);
  });

  it('writes a description that became one line as the file writes one-line text', () => {
    const edits: Edit[] = [['whose description\n        runs over two lines &amp; keeps its indentation.', 'on one line now']];
    expect(lineDiff(original, sync(original, edits))).toEqual([
      '-      description: "A fixture code whose description\\n        runs over two lines & keeps its indentation."',
      '+      description: A fixture code on one line now',
    ]);
  });

  it('recreates a missing iana block in the registry\'s key order', () => {
    const withoutIana = original.replace('    iana:\n      description: Normal Closure\n      contact: Test_Group\n      references:\n        - type: rfc\n          data: rfc6455\n', '');
    expect(withoutIana).not.toBe(original);
    expect(sync(withoutIana, [])).toBe(original);
  });

  it('updates a registration rule and a contact in place', () => {
    const edits: Edit[] = [
      ['<registration_rule>Standards Action</registration_rule>', '<registration_rule>IETF Review</registration_rule>'],
      ['<name>Pat Example</name>', '<name>Pat Q. Example</name>'],
    ];
    expect(lineDiff(original, sync(original, edits))).toEqual([
      '-    name: Pat Example',
      '+    name: Pat Q. Example',
      '-    registration: Standards Action',
      '+    registration: IETF Review',
    ]);
  });

  it('withdraws a code IANA no longer lists: the entry stays, marked, with its range\'s verdicts and its last IANA fields', () => {
    const edits: Edit[] = [WITHDRAW_3000, NEW_DATE];
    const updated = sync(original, edits);
    expect(lineDiff(original, updated)).toEqual([
      '-  updated: "2030-01-15"',
      '+  updated: "2030-02-01"',
      '-  - range: 3001-3999',
      '+  - range: 3000-3999',
      '+    withdrawn:',
      '+      date: "2030-02-01"',
      '+      reason: no longer listed by IANA on 2030-02-01',
      '+      constant: deprecated',
    ]);
    expectSynced(updated, edits);
    // Its contact stays: the kept IANA block still names it.
    expect(updated).toContain('- id: Pat_Example');
  });

  it('sets the verdicts of the range: a withdrawn protocol code may no longer be sent or received', () => {
    const edits: Edit[] = [
      [
        `<record>
      <value>1000</value>
      <description>Normal Closure</description>
      <contact><xref type="person" data="Test_Group"/></contact>
      <xref type="rfc" data="rfc6455"/>
    </record>
    <record>
      <value>1001-2999</value>`,
        `<record>
      <value>1000</value>
      <description>Unassigned</description>
      <contact/>
    </record>
    <record>
      <value>1001-2999</value>`,
      ],
    ];
    const updated = sync(original, edits);
    expect(lineDiff(original, updated)).toEqual(
      expect.arrayContaining(['-    send: true', '+    send: false', '-    receive: true', '+    receive: false', '+      reason: no longer listed by IANA on 2030-01-15']),
    );
    expectSynced(updated, edits);
  });

  it('takes IANA\'s note as the reason when the record that now covers the code says more than Unassigned', () => {
    const edits: Edit[] = [[WITHDRAW_3000[0], WITHDRAW_3000[1].replace('3000-3999', '3000') + '\n      <description>Reserved (withdrawn at the registrant\'s request)</description>\n      <contact/>\n    </record>\n    <record>\n      <value>3001-3999</value>']];
    const updated = sync(original, edits);
    expect(updated).toContain("      reason: Reserved (withdrawn at the registrant's request)\n");
    expect(updated).toContain('  - range: 3000-3000\n');
    expectSynced(updated, edits);
  });

  it('refuses a code IANA lists again after it was withdrawn, and names what to decide', () => {
    const withdrawn = sync(original, [WITHDRAW_3000]);
    expect(() => sync(withdrawn, [])).toThrow(/^IANA lists code 3000 again, which small-registry\.yaml holds as withdrawn \(key FixtureCode\); nothing was written/);
  });

  it('keeps every comment', () => {
    const comments = (text: string) => text.split('\n').filter((l) => l.trimStart().startsWith('#'));
    expect(comments(sync(original, [ADD_3001, NEW_DATE]))).toEqual(comments(original));
  });

  it('refuses an IANA range that matches none of the curated ranges', () => {
    expect(() => sync(original, [['<value>3000-3999</value>\n      <registration_rule>', '<value>3000-3499</value>\n      <registration_rule>']])).toThrow(
      'IANA lists range 3000-3499, which matches none of the registry\'s curated ranges; nothing was written',
    );
  });

  it('refuses a file the YAML library would reformat, naming the line', () => {
    const folded = original.replace('    summary: A fixture code.', '    summary: A fixture\n      code.');
    expect(() => sync(folded, [NEW_DATE])).toThrow(/small-registry\.yaml: the YAML library would rewrite line \d+ \("    summary: A fixture code\."\)/);
  });
});
