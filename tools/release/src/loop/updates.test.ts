import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { IANA_REGISTRIES, type IanaRegistryModule } from '@wscodes-tools/registry';
import { REPO_ROOT } from '../workspace.ts';
import { CLOSE_CODE_IANA_ID, LOOP_REGISTRIES } from './loop-registries.ts';
import { hasRegistry, records, registeredValues } from './synthetic-iana.ts';
import { changeProblems, guardApplies, nextDay, refusalProblems, refusedUpstreams, syntheticUpdates, type SyncedRegistry } from './updates.ts';

// The revisions the loop replays, made from IANA's real file as it is when the test runs.
const CURRENT = readFileSync(resolve(REPO_ROOT, '../shared/iana/websocket.xml'), 'utf8');
const UPDATES = syntheticUpdates(CURRENT, LOOP_REGISTRIES);
const REFUSALS = refusedUpstreams(CURRENT, LOOP_REGISTRIES);
const ids = LOOP_REGISTRIES.map((r) => r.id);

type XmlNode = Record<string, unknown>;
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['registry', 'record', 'person', 'xref', 'range', 'note'].includes(name) });

/**
 * Reads a revision the way the sync's parser does (@wscodes-tools/iana-sync exports no parser,
 * so the test checks the structure it reads): each registry's records carry the module's value
 * element and required fields and no element the module does not declare, and every person a
 * record names is in <people>.
 */
function structureProblems(xml: string): string[] {
  const root = (parser.parse(xml) as { registry: XmlNode[] }).registry[0]!;
  const people = new Set(((root.people as XmlNode | undefined)?.person as XmlNode[] | undefined ?? []).map((p) => p['@id']));
  const problems: string[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(String(root.updated))) problems.push(`the file's <updated> is ${String(root.updated)}`);
  for (const registry of (root.registry as XmlNode[]) ?? []) {
    const module = IANA_REGISTRIES.find((m) => m.ianaId === registry['@id']) as IanaRegistryModule | undefined;
    const valueElement = module?.value.element ?? 'value';
    const declared = new Set([valueElement, 'xref', ...(module ? module.fields.map((f) => f.element) : ['description', 'contact'])]);
    const required = module ? module.fields.filter((f) => !f.optional).map((f) => f.element) : ['description'];
    for (const [i, record] of ((registry.record as XmlNode[] | undefined) ?? []).entries()) {
      const where = `${String(registry['@id'])} record ${i + 1}`;
      for (const key of Object.keys(record).filter((k) => !k.startsWith('@'))) if (!declared.has(key)) problems.push(`${where}: <${key}> is not a field of the registry`);
      if (record[valueElement] === undefined) problems.push(`${where}: no <${valueElement}>`);
      for (const field of required) if (!(field in record)) problems.push(`${where}: no <${field}>`);
      for (const date of ['@date', '@updated']) if (date in record && !/^\d{4}-\d{2}(-\d{2})?$/.test(String(record[date]))) problems.push(`${where}: ${date} ${String(record[date])}`);
      const named = JSON.stringify(record).match(/"@type":"person","@data":"[^"]+"/g) ?? [];
      for (const ref of named) if (!people.has(ref.slice(ref.lastIndexOf(':"') + 2, -1).trim())) problems.push(`${where}: names ${ref}, not in <people>`);
    }
  }
  return problems;
}

describe('the synthetic revisions made from IANA\'s real file', () => {
  it('are five, one per kind of change, each on top of the one before, each dated after it', () => {
    expect(UPDATES.map((u) => u.name)).toEqual(['synthetic-add', 'synthetic-change', 'synthetic-withdraw-deletion', 'synthetic-withdraw-unassigned', 'synthetic-withdraw-reserved']);
    const dates = [CURRENT, ...UPDATES.map((u) => u.xml)].map((xml) => /<updated>([0-9-]+)<\/updated>/.exec(xml)![1]!);
    for (const [i, date] of dates.slice(1).entries()) expect(date).toBe(nextDay(dates[i]!));
  });

  it('read as IANA\'s file reads: every registry, every record in the shape its module declares', () => {
    expect(structureProblems(CURRENT)).toEqual([]);
    for (const update of UPDATES) {
      expect(structureProblems(update.xml), update.name).toEqual([]);
      for (const registry of LOOP_REGISTRIES) expect(hasRegistry(update.xml, registry)).toBe(true);
    }
  });

  it('touch every registry in each revision, or say why not', () => {
    for (const update of UPDATES) {
      const touched = new Set(update.changes.map((c) => c.registry));
      for (const id of ids) {
        if (!touched.has(id)) expect(update.skipped.some((s) => s.startsWith(`${id}:`)), `${update.name} leaves ${id} alone without saying why`).toBe(true);
      }
    }
    // The addition and the change reach all six; close codes get one code in 1000-2999 and one in 3000-3999.
    for (const update of UPDATES.slice(0, 2)) expect(new Set(update.changes.map((c) => c.registry))).toEqual(new Set(ids));
    const closeAdded = UPDATES[0]!.changes.filter((c) => c.registry === 'close-codes').map((c) => Number(c.value));
    expect(closeAdded.some((c) => c >= 1000 && c <= 2999) && closeAdded.some((c) => c >= 3000 && c <= 3999)).toBe(true);
    // Every registry is withdrawn from at least once.
    const withdrawnFrom = new Set(UPDATES.slice(2).flatMap((u) => u.changes.map((c) => c.registry)));
    expect(withdrawnFrom).toEqual(new Set(ids));
  });

  it('make each change in the file: added and changed values registered with their words, withdrawn ones registering nothing', () => {
    let before = CURRENT;
    for (const update of UPDATES) {
      for (const change of update.changes) {
        const registry = LOOP_REGISTRIES.find((r) => r.id === change.registry)!;
        const now = registeredValues(update.xml, registry);
        if (change.kind === 'withdrawn') {
          expect(registeredValues(before, registry)).toContain(change.value);
          expect(now).not.toContain(change.value);
        } else {
          expect(now).toContain(change.value);
          const record = records(update.xml, registry).find((r) => r.value === change.value && !r.placeholder)!;
          expect(record.words.replace(/\s+/g, ' ')).toBe(change.words!.replace(/\s+/g, ' '));
        }
      }
      before = update.xml;
    }
  });

  it('never withdraw a protected value or a registry\'s last value, and name what the guard would refuse', () => {
    for (const update of UPDATES) {
      for (const registry of LOOP_REGISTRIES) {
        for (const value of registry.protectedValues) expect(registeredValues(update.xml, registry)).toContain(value);
        expect(registeredValues(update.xml, registry).length).toBeGreaterThan(0);
      }
      expect(update.allowWithdrawal.every((a) => update.changes.some((c) => c.kind === 'withdrawn' && `${c.registry}:${c.value}` === a))).toBe(true);
    }
  });
});

describe('the refused upstreams', () => {
  const byName = (prefix: string) => REFUSALS.find((r) => r.name.startsWith(prefix))!;

  it('empty the close codes and another registry, drop a third, withdraw more than half of a fourth', () => {
    const closeCodes = LOOP_REGISTRIES.find((r) => r.ianaId === CLOSE_CODE_IANA_ID)!;
    expect(records(byName('refused-empty-close-codes').xml, closeCodes)).toEqual([]);
    const empty = REFUSALS.filter((r) => r.name.startsWith('refused-empty-') && r.registry !== closeCodes);
    expect(empty).toHaveLength(1);
    expect(records(empty[0]!.xml, empty[0]!.registry)).toEqual([]);
    const missing = byName('refused-missing-');
    expect(hasRegistry(missing.xml, missing.registry)).toBe(false);
    const mass = byName('refused-mass-withdrawal-');
    const before = registeredValues(CURRENT, mass.registry).length;
    const after = registeredValues(mass.xml, mass.registry).length;
    expect(guardApplies(before, before - after)).toBe(true);
    for (const refusal of REFUSALS) expect(structureProblems(refusal.xml), refusal.name).toEqual([]);
  });

  it('lift the guard with --allow-withdrawal naming exactly the withdrawn values, under --check', () => {
    const mass = byName('refused-mass-withdrawal-');
    const allowed = byName('allowed-mass-withdrawal-');
    expect(allowed.xml).toBe(mass.xml);
    expect(allowed.exit).toBe(1);
    const gone = registeredValues(CURRENT, mass.registry).filter((v) => !registeredValues(mass.xml, mass.registry).includes(v));
    expect(allowed.args.slice(0, 2)).toEqual(['--check', '--allow-withdrawal']);
    expect(allowed.args[2]!.split(',').sort()).toEqual(gone.map((v) => `${mass.registry.id}:${v}`).sort());
  });

  it('judge the sync\'s answer: exit 2, one line naming the registry, no stack', () => {
    const registry = LOOP_REGISTRIES[1]!;
    const refusal = { exit: 2 as const, registry };
    expect(refusalProblems(refusal, { status: 2, output: `reading x.xml\nsync:iana: ${registry.id} has no records; nothing was written\n` })).toEqual([]);
    expect(refusalProblems(refusal, { status: 0, output: '' })[0]).toMatch(/exit 0, expected 2/);
    expect(refusalProblems(refusal, { status: 2, output: 'sync:iana: bad\n' })[0]).toMatch(/does not name the registry/);
    expect(refusalProblems(refusal, { status: 2, output: `sync:iana: ${registry.id}\nsync:iana: again\n` })[0]).toMatch(/2 "sync:iana: …" lines/);
    expect(refusalProblems(refusal, { status: 2, output: `sync:iana: ${registry.id}\n    at main (cli.ts:1:1)\n` })).toContain('printed a stack trace');
    expect(refusalProblems({ exit: 1, registry }, { status: 1, output: 'report' })).toEqual([]);
  });
});

describe('changeProblems', () => {
  const synced: ReadonlyMap<string, SyncedRegistry> = new Map([
    ['opcodes', new Map([['3', { words: 'Three', withdrawn: false }], ['9', { words: 'Ping  Frame\n (synthetic update)', withdrawn: false }], ['10', { words: 'Pong', withdrawn: true }]])],
  ]);

  it('passes what arrived, whitespace aside', () => {
    expect(
      changeProblems(
        [
          { registry: 'opcodes', value: 3, kind: 'added', words: 'Three' },
          { registry: 'opcodes', value: 9, kind: 'changed', words: 'Ping Frame (synthetic update)' },
          { registry: 'opcodes', value: 10, kind: 'withdrawn' },
        ],
        synced,
      ),
    ).toEqual([]);
  });

  it('names each change that did not arrive', () => {
    expect(
      changeProblems(
        [
          { registry: 'opcodes', value: 4, kind: 'added', words: 'Four' },
          { registry: 'opcodes', value: 10, kind: 'added', words: 'Pong' },
          { registry: 'opcodes', value: 3, kind: 'changed', words: 'Three (synthetic update)' },
          { registry: 'opcodes', value: 3, kind: 'withdrawn' },
          { registry: 'versions', value: 1, kind: 'withdrawn' },
        ],
        synced,
      ),
    ).toEqual([
      'opcodes 4: not in the synced registry',
      'opcodes 10: not added as "Pong" (found "Pong", withdrawn)',
      'opcodes 3: IANA\'s words did not change to "Three (synthetic update)" (found "Three")',
      'opcodes 3: not marked withdrawn',
      'versions 1: not in the synced registry',
    ]);
  });
});

describe('guardApplies', () => {
  it('is more than half of a registry of 4 or more values', () => {
    expect(guardApplies(4, 3)).toBe(true);
    expect(guardApplies(4, 2)).toBe(false);
    expect(guardApplies(3, 3)).toBe(false);
    expect(guardApplies(69, 35)).toBe(true);
  });
});
