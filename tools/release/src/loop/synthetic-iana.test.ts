import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../workspace.ts';
import { LOOP_REGISTRIES } from './loop-registries.ts';
import {
  addValue,
  changeWords,
  dropRegistry,
  emptyRegistry,
  hasRegistry,
  records,
  registeredValues,
  setUpdated,
  SyntheticUpdateError,
  withdrawValue,
  WITHDRAWALS,
  type LoopRegistry,
  type XmlRecord,
} from './synthetic-iana.ts';
import { candidates, freshValues } from './updates.ts';

// Every transform, on IANA's real file as it is when the test runs, for every registry: the
// output differs from the input only in the records of the value it changes, and the dates.
const CURRENT = readFileSync(resolve(REPO_ROOT, '../shared/iana/websocket.xml'), 'utf8');
const DATE = '2099-01-02';

/** The file with one registry's records cut out and every <updated> date blanked: what must not change. */
function outside(xml: string, registry: LoopRegistry): string {
  let out = xml;
  for (const r of records(xml, registry)) out = out.replace(r.text, '');
  return out.replace(/<updated>[0-9-]+<\/updated>/, '<updated/>');
}

/** The records only one side has (by text): what the transform changed. */
function changedRecords(before: string, after: string, registry: LoopRegistry): { removed: XmlRecord[]; added: XmlRecord[] } {
  const a = records(before, registry);
  const b = records(after, registry);
  const bTexts = b.map((r) => r.text);
  const aTexts = a.map((r) => r.text);
  return { removed: a.filter((r) => !bTexts.includes(r.text)), added: b.filter((r) => !aTexts.includes(r.text)) };
}

/** Does the record concern `value`: the value itself, or a span that holds or borders it (split or merged)? */
const concerns = (record: XmlRecord, value: number | string): boolean =>
  record.value === value || (typeof value === 'number' && record.span !== undefined && record.span.from - 1 <= value && value <= record.span.to + 1);

function expectOnly(before: string, after: string, registry: LoopRegistry, value: number | string): void {
  expect(after).toContain(`<updated>${DATE}</updated>`);
  expect(outside(after, registry)).toBe(outside(before, registry));
  for (const other of LOOP_REGISTRIES.filter((r) => r !== registry)) expect(records(after, other)).toEqual(records(before, other));
  const { removed, added } = changedRecords(before, after, registry);
  expect(removed.length + added.length).toBeGreaterThan(0);
  for (const record of [...removed, ...added]) expect(concerns(record, value), `${registry.id}: ${record.text}`).toBe(true);
}

describe.each(LOOP_REGISTRIES.map((r) => [r.id, r] as const))('synthetic revisions of IANA\'s real file: %s', (_id, registry) => {
  const registered = registeredValues(CURRENT, registry);
  const original = registered;

  it('finds the registry and what it registers', () => {
    expect(hasRegistry(CURRENT, registry)).toBe(true);
    expect(registered.length).toBeGreaterThan(0);
    for (const value of registered) expect(registry.parseValue(String(value))).toBe(value);
  });

  it('adds a value: only its record (and the span it splits) changes', () => {
    const values = freshValues(CURRENT, registry);
    expect(values.length).toBeGreaterThan(0);
    for (const value of values) {
      const after = addValue(CURRENT, registry, { value, words: `Added ${value}`, date: DATE });
      expectOnly(CURRENT, after, registry, value);
      expect(registeredValues(after, registry)).toEqual(expect.arrayContaining([...registered, value]));
      const record = records(after, registry).find((r) => r.value === value)!;
      expect(record.words).toBe(`Added ${value}`);
      expect(record.text).toContain(`date="${DATE}"`);
      expect(() => addValue(after, registry, { value, words: 'again', date: DATE })).toThrow(SyntheticUpdateError);
    }
  });

  it('changes a value\'s words and dates the record updated', () => {
    const value = candidates(CURRENT, registry, original).at(-1)!;
    const after = changeWords(CURRENT, registry, value, 'Changed words', DATE);
    expectOnly(CURRENT, after, registry, value);
    const record = records(after, registry).find((r) => r.value === value)!;
    expect(record.words).toBe('Changed words');
    expect(record.text).toContain(`updated="${DATE}"`);
    expect(registeredValues(after, registry)).toEqual(registered);
  });

  it.each(WITHDRAWALS)('withdraws a value by %s: it registers nothing more, nothing else changes', (how) => {
    const value = candidates(CURRENT, registry, original)[0]!;
    expect(registry.protectedValues).not.toContain(value);
    const after = withdrawValue(CURRENT, registry, value, how, DATE);
    expectOnly(CURRENT, after, registry, value);
    expect(registeredValues(after, registry)).toEqual(registered.filter((v) => v !== value));
    const left = records(after, registry).filter((r) => concerns(r, value));
    if (how === 'deletion') expect(left.filter((r) => r.value === value)).toEqual([]);
    else {
      const placeholder = left.find((r) => r.value === value || (r.span && typeof value === 'number' && r.span.from <= value && value <= r.span.to))!;
      expect(placeholder.placeholder).toBe(true);
      expect(placeholder.words.trim()).toBe(how === 'unassigned' ? 'Unassigned' : 'Reserved');
      expect(placeholder.text).not.toMatch(/<xref\b/);
    }
  });

  it('empties the registry, or drops it, and nothing else', () => {
    const empty = emptyRegistry(CURRENT, registry, DATE);
    expect(records(empty, registry)).toEqual([]);
    expect(outside(empty, registry)).toBe(outside(CURRENT, registry));
    const dropped = dropRegistry(CURRENT, registry, DATE);
    expect(hasRegistry(dropped, registry)).toBe(false);
    for (const other of LOOP_REGISTRIES.filter((r) => r !== registry)) expect(records(dropped, other)).toEqual(records(CURRENT, other));
    expect(dropped.replace(/<updated>[0-9-]+<\/updated>/, '')).toBe(
      CURRENT.replace(/<updated>[0-9-]+<\/updated>/, '').replace(new RegExp(`\\n {2}<registry id="${registry.ianaId}">[\\s\\S]*?\\n {2}</registry>`), ''),
    );
  });
});

describe('synthetic transforms, on a small file', () => {
  const opcodes = LOOP_REGISTRIES.find((r) => r.ianaId === 'opcode')!;
  const XML = `<registry id="websocket">
  <updated>2020-01-01</updated>

  <registry id="opcode">
    <title>Opcodes</title>
    <record>
      <value>1</value>
      <description>One</description>
      <xref type="rfc" data="rfc6455"/>
    </record>
    <record>
      <value>2-4</value>
      <description>Unassigned</description>
    </record>
    <record>
      <value>5</value>
      <description>Five</description>
      <xref type="rfc" data="rfc6455"/>
    </record>
    <record>
      <value>6-7</value>
      <description>Unassigned</description>
    </record>
  </registry>
</registry>
`;
  const summary = (xml: string) => records(xml, opcodes).map((r) => `${r.valueText} ${r.words}`);

  it('splits an Unassigned span around an added value, at either end too', () => {
    expect(summary(addValue(XML, opcodes, { value: 3, words: 'Three', date: DATE }))).toEqual(['1 One', '2 Unassigned', '3 Three', '4 Unassigned', '5 Five', '6-7 Unassigned']);
    expect(summary(addValue(XML, opcodes, { value: 2, words: 'Two', date: DATE })).slice(1, 3)).toEqual(['2 Two', '3-4 Unassigned']);
  });

  it('merges a value withdrawn as Unassigned with the spans beside it', () => {
    expect(summary(withdrawValue(XML, opcodes, 5, 'unassigned', DATE))).toEqual(['1 One', '2-7 Unassigned']);
    expect(summary(withdrawValue(XML, opcodes, 1, 'unassigned', DATE))).toEqual(['1-4 Unassigned', '5 Five', '6-7 Unassigned']);
    expect(summary(withdrawValue(XML, opcodes, 5, 'reserved', DATE))).toEqual(['1 One', '2-4 Unassigned', '5 Reserved', '6-7 Unassigned']);
  });

  it('refuses an edit that does not fit the file, by name', () => {
    expect(() => changeWords(XML, opcodes, 3, 'x', DATE)).toThrow(/opcode 3 is not registered/);
    expect(() => withdrawValue(XML, opcodes, 9, 'deletion', DATE)).toThrow(/opcode 9 is not registered/);
    expect(() => addValue(XML, opcodes, { value: 16, words: 'x', date: DATE })).toThrow(/16 is not a value of <registry id="opcode">/);
    expect(() => records('<registry id="websocket"></registry>', opcodes)).toThrow(/no <registry id="opcode">/);
    expect(() => setUpdated('<registry/>', DATE)).toThrow(/no <updated>/);
  });
});
