import { describe, expect, it } from 'vitest';
import { packedProblems, packedRegistryProblems, type ExpectedEntry, type ExpectedRegistry, type PackedPackages } from './packed-check.ts';

const ENTRIES: ExpectedEntry[] = [
  { code: 1000, key: 'NormalClosure', name: 'Normal Closure', receive: true, ianaDescription: 'Normal Closure' },
  { code: 1004, key: 'Reserved', name: 'Reserved', receive: false, ianaDescription: 'Reserved' },
  { code: 3001, key: 'Gone', name: 'Gone', receive: true, ianaDescription: 'Gone away\n  for good', withdrawn: { constantKept: true } },
];

/** Packages built from ENTRIES, optionally with one change applied. */
function packed(entries: readonly ExpectedEntry[] = ENTRIES, updated = '2030-01-01'): PackedPackages {
  const byCode = new Map(entries.map((e) => [e.code, e]));
  const vectors = entries.map((e) => ({ id: `payload-code-${e.code}`, expected: { valid: e.receive } }));
  return {
    core: {
      CloseCode: Object.fromEntries(entries.filter((e) => e.withdrawn?.constantKept !== false).map((e) => [e.key, e.code])),
      getCloseCodeInfo: (code) => {
        const e = byCode.get(code);
        return e && { name: e.name };
      },
      getCloseCodeDetails: (code) => {
        const e = byCode.get(code);
        return { iana: e?.ianaDescription === undefined ? null : { description: e.ianaDescription } };
      },
      isValidCloseCode: (code) => byCode.get(code)?.receive ?? false,
    },
    registryJson: { iana: { updated }, codes: entries.map((e) => ({ code: e.code, key: e.key, ...(e.ianaDescription === undefined ? {} : { iana: { description: e.ianaDescription } }) })) },
    docs: new Map(
      entries.map((e) => [`codes/${e.code}-page.md`, `# ${e.code} ${e.name}\n\n${e.withdrawn ? 'Withdrawn.\n' : ''}IANA: ${e.ianaDescription?.replace(/\s+/g, ' ')}\n`]),
    ),
    payloadVectorsJson: vectors,
    payloadVectorsLoader: vectors,
    coreEntries: {},
    schemaFile: () => undefined,
  };
}

describe('packedProblems', () => {
  it('finds nothing when every package was built from the registry', () => {
    expect(packedProblems(ENTRIES, '2030-01-01', packed())).toEqual([]);
  });

  it('names each package that still holds the old data', () => {
    const added: ExpectedEntry = { code: 3008, key: 'Timeout', name: 'Timeout', receive: true, ianaDescription: 'Timeout' };
    const problems = packedProblems([...ENTRIES, added], '2030-02-02', packed());
    expect(problems).toContain('@wscodes/schema: registry.json says IANA updated 2030-01-01, the registry says 2030-02-02');
    expect(problems).toContain('@wscodes/core: getCloseCodeInfo(3008) knows no entry');
    expect(problems).toContain('@wscodes/core: CloseCode.Timeout is undefined, expected 3008');
    expect(problems).toContain('@wscodes/schema: registry.json has no entry for 3008');
    expect(problems).toContain('@wscodes/docs: no page codes/3008-*.md');
    expect(problems).toContain('@wscodes/fixtures: JSON: no vector payload-code-3008');
    expect(problems).toContain('@wscodes/fixtures: loader: no vector payload-code-3008');
  });

  it('catches a changed description, a changed verdict and a missing withdrawal notice', () => {
    const changed = ENTRIES.map((e) => (e.code === 1000 ? { ...e, ianaDescription: 'Normal closure, reworded' } : e));
    expect(packedProblems(changed, '2030-01-01', packed())).toEqual([
      '@wscodes/core: 1000\'s IANA description (@wscodes/core/details) is "Normal Closure", the registry says "Normal closure, reworded"',
      "@wscodes/schema: registry.json's entry for 1000 differs from the registry (key or IANA description)",
      '@wscodes/docs: codes/1000-page.md does not quote IANA\'s description "Normal closure, reworded"',
    ]);
    const flipped = ENTRIES.map((e) => (e.code === 1004 ? { ...e, receive: true } : e));
    expect(packedProblems(flipped, '2030-01-01', packed())).toEqual([
      '@wscodes/core: isValidCloseCode(1004) is false, the registry says true',
      '@wscodes/fixtures: JSON: payload-code-1004 expects valid false, the registry says true',
      '@wscodes/fixtures: loader: payload-code-1004 expects valid false, the registry says true',
    ]);
    const withdrawn = ENTRIES.map((e) => (e.code === 1000 ? { ...e, withdrawn: { constantKept: true } } : e));
    expect(packedProblems(withdrawn, '2030-01-01', packed())).toEqual(['@wscodes/docs: codes/1000-page.md does not say that 1000 is withdrawn']);
  });

  it('expects a removed constant to be gone, and a kept one to stay', () => {
    const removed = ENTRIES.map((e) => (e.code === 3001 ? { ...e, withdrawn: { constantKept: false } } : e));
    expect(packedProblems(removed, '2030-01-01', packed())).toEqual(['@wscodes/core: CloseCode.Gone is still exported, but its constant was removed']);
    expect(packedProblems(ENTRIES, '2030-01-01', packed(removed))).toEqual(['@wscodes/core: CloseCode.Gone is undefined, expected 3001']);
  });
});

describe('packedRegistryProblems', () => {
  const COLOURS: ExpectedRegistry = {
    file: 'registry/colours.yaml',
    updated: '2030-01-01',
    listed: [
      { value: 'red', iana: { common: 'Red', references: [] } },
      { value: 'blue', iana: { common: 'Blue', references: [] } },
    ],
  };
  /** Packages that ship COLOURS, with `edit` applied to what each ships. */
  function shipped(edit: { schema?: unknown; page?: string; table?: unknown[] } = {}): PackedPackages {
    return {
      ...packed(),
      coreEntries: { '.': { CloseCode: {} }, './colours': { COLOUR_INFO: edit.table ?? COLOURS.listed.map((e) => ({ name: e.value, iana: e.iana })) } },
      schemaFile: (name) => (name === 'colours.json' ? (edit.schema ?? { iana: { updated: COLOURS.updated }, entries: [...COLOURS.listed, { value: 'grey', withdrawn: {} }] }) : undefined),
      docs: new Map([['registries/colours.md', edit.page ?? '| red | Red |\n| blue | Blue |\n']]),
    };
  }

  it('finds nothing when every package ships the registry, withdrawn entries aside', () => {
    expect(packedRegistryProblems([COLOURS], shipped())).toEqual([]);
  });

  it('names each package that ships a stale registry', () => {
    expect(packedRegistryProblems([COLOURS], shipped({ schema: { iana: { updated: '2029-12-31' }, entries: COLOURS.listed.slice(0, 1) } }))).toEqual([
      '@wscodes/schema: colours.json says IANA updated 2029-12-31, registry/colours.yaml says 2030-01-01',
      '@wscodes/schema: colours.json lists 1 entries, registry/colours.yaml 2',
    ]);
    expect(packedRegistryProblems([COLOURS], shipped({ page: '| red | Red |\n' }))).toEqual(['@wscodes/docs: registries/colours.md does not list blue']);
    expect(packedRegistryProblems([COLOURS], shipped({ table: [{ iana: { common: 'Red', references: [] } }] }))).toEqual([
      "@wscodes/core: no table of any entry point carries registry/colours.yaml's entries with IANA's fields as the YAML has them",
    ]);
  });

  it('finds a registry whose files are missing altogether', () => {
    const none = { ...packed(), coreEntries: {}, schemaFile: () => undefined, docs: new Map() };
    expect(packedRegistryProblems([COLOURS], none)).toEqual([
      '@wscodes/schema: no colours.json',
      '@wscodes/docs: no registries/colours.md',
      "@wscodes/core: no table of any entry point carries registry/colours.yaml's entries with IANA's fields as the YAML has them",
    ]);
  });
});
