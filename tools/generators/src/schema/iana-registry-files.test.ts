import Ajv2020 from 'ajv/dist/2020.js';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkIanaRegistryText, defineIanaRegistry, IANA_REGISTRIES, loadRegistry, type IanaRegistryData, type IanaRegistryModule, type Registry } from '@wscodes-tools/registry';
import { generateSchema, SCHEMA_FILES } from './generate-schema.ts';
import { generateIanaRegistryFiles, ianaRegistryFileNames } from './iana-registry-files.ts';
import { SCHEMA_DIR } from './schema-file.ts';
import { fixtureRegistry } from '../../test/registry.ts';

const registry = loadRegistry();
const loaded = Object.values(registry.ianaRegistries ?? {}) as IanaRegistryData[];
const modules = IANA_REGISTRIES as readonly IanaRegistryModule[];
const moduleOf = (data: IanaRegistryData) => modules.find((m) => m.id === data.id)!;

const filesOf = (r: Registry, list?: readonly IanaRegistryModule[]) =>
  new Map(generateIanaRegistryFiles(r, list).map((f) => [f.path.slice(SCHEMA_DIR.length), JSON.parse(f.contents)]));
const files = filesOf(registry);

// A registry of the test's own, declared the way a new module would be: it gets its files too.
const colours = defineIanaRegistry({
  id: 'colours',
  file: 'registry/colours.yaml',
  ianaId: 'colour',
  title: 'Colours',
  noun: 'colour',
  value: { element: 'id', schema: z.string().min(1), parse: (text) => text || undefined, words: 'a colour name' },
  fields: [{ element: 'description', kind: 'text', label: 'Colour Description', description: 'What it looks like.' }],
  curated: { details: z.string().optional() },
  placeholder: () => ({}),
});
const COLOURS_YAML = `iana:
  registry: colour
  title: Colour Registry
  updated: 2026-01-01
  registrationRules:
    - rule: First Come First Served
  references: []
  notes: []
people: []
entries:
  - value: red
    iana:
      description: Red
      references: []
`;

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('the schema and data file of each IANA registry', { timeout: 30_000 }, () => {
  it('finds the registries it is about', () => {
    expect(loaded.length).toBeGreaterThan(0);
    expect(loaded.map((r) => r.id).sort()).toEqual(modules.map((m) => m.id).sort());
  });

  it('writes a schema and a data file per registry, named after its YAML file, and owns each', () => {
    const expected = loaded.flatMap((r) => {
      const stem = r.source.replace(/^registry\//, '').replace(/\.yaml$/, '');
      return [`${stem}.schema.json`, `${stem}.json`];
    });
    expect([...files.keys()].sort()).toEqual(expected.sort());
    for (const file of expected) expect(SCHEMA_FILES).toContain(SCHEMA_DIR + file);
    const all = generateSchema(registry).map((f) => f.path);
    for (const file of expected) expect(all).toContain(SCHEMA_DIR + file);
  });

  it.each(loaded.map((r) => [r.id, r] as const))("%s: derives the schema from the module's zod schema, adding only the header", (_id, data) => {
    const module = moduleOf(data);
    const { $schema, $id, $comment, title, description, ...rest } = files.get(ianaRegistryFileNames(module).schema);
    const { $schema: dialect, ...derived } = z.toJSONSchema(module.document, { target: 'draft-2020-12' });
    expect(rest).toEqual(derived);
    expect($schema).toBe(dialect);
    expect($id).toBe(`https://unpkg.com/@wscodes/schema/${ianaRegistryFileNames(module).schema}`);
    expect($comment).toMatch(new RegExp(`^Generated from ${data.source.replace(/\./g, '\\.')} by tools/generators/src/schema/\\. Do not edit`));
    expect([title, description].every((v) => typeof v === 'string' && v.length > 0)).toBe(true);
    expect(() => new Ajv2020({ strict: true }).compile(files.get(ianaRegistryFileNames(module).schema))).not.toThrow();
  });

  it.each(loaded.map((r) => [r.id, r] as const))('%s: the data file is the normalised document, valid under zod and the derived schema', (_id, data) => {
    const module = moduleOf(data);
    const names = ianaRegistryFileNames(module);
    const json = files.get(names.data);
    expect(json.$schema).toBe(files.get(names.schema).$id);
    expect(json.$comment).toMatch(new RegExp(`^Generated from ${data.source.replace(/\./g, '\\.')} .*Do not edit`));
    const { $schema: _s, $comment: _c, ...document } = json;
    expect(document).toEqual(JSON.parse(JSON.stringify(data.document)));
    expect(module.document.safeParse(json).success).toBe(true);
    const validate = new Ajv2020({ strict: true }).compile(files.get(names.schema));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    // Entries come sorted by value, as the compiled registry has them.
    expect(document.entries.map((e: { value: unknown }) => e.value)).toEqual(data.entries.map((e) => e.value));
  });

  it('the derived schema rejects what zod rejects: an entry with an unknown key', () => {
    for (const data of loaded) {
      const names = ianaRegistryFileNames(moduleOf(data));
      const json = structuredClone(files.get(names.data));
      json.entries[0].colour = 'red';
      expect(moduleOf(data).document.safeParse(json).success, data.id).toBe(false);
      expect(new Ajv2020({ strict: true }).compile(files.get(names.schema))(json), data.id).toBe(false);
    }
  });

  it('writes nothing for a registry the Registry lacks, and only the pair of one it has', () => {
    const small = fixtureRegistry();
    expect(Object.keys(small.ianaRegistries ?? {})).toEqual([]);
    expect(generateIanaRegistryFiles(small)).toEqual([]);
    const [first] = loaded;
    const one = filesOf({ ...small, ianaRegistries: { [first!.id]: first } } as Registry);
    expect([...one.keys()].sort()).toEqual(Object.values(ianaRegistryFileNames(moduleOf(first!))).sort());
  });

  it('gives a new registry module its pair of files without an edit here', () => {
    const checked = checkIanaRegistryText(colours, COLOURS_YAML);
    expect(checked.diagnostics).toEqual([]);
    const own = filesOf({ ...registry, ianaRegistries: { colours: checked.registry } } as unknown as Registry, [colours]);
    expect([...own.keys()].sort()).toEqual(['colours.json', 'colours.schema.json']);
    expect(own.get('colours.schema.json').$defs).toHaveProperty('WscodesColoursRegistry');
    expect(own.get('colours.json').entries).toEqual([{ value: 'red', iana: { description: 'Red', references: [] } }]);
    expect(own.get('colours.json').$comment).toMatch(/^Generated from registry\/colours\.yaml /);
  });

  it('is deterministic', () => {
    expect(generateIanaRegistryFiles(registry)).toEqual(generateIanaRegistryFiles(registry));
  });
});
