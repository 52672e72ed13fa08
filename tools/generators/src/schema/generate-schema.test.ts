import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkRegistryText, loadRegistry, REGISTRY_FILE, REPO_ROOT, registryDocument, type Registry } from '@wscodes-tools/registry';
import { generateSchema, SCHEMA_DOCUMENTS } from './generate-schema.ts';
import { SCHEMA_DIR } from './schema-file.ts';
import { FORMAT_PATTERNS, jsonSchemaKeywords } from '../json-schemas/schema-id.ts';
import { fixtureRegistry, FIXTURE_TEXT } from '../../test/registry.ts';

const registry = fixtureRegistry();
const yaml = FIXTURE_TEXT;

const filesOf = (r: Registry) => new Map(generateSchema(r).map((f) => [f.path.slice(SCHEMA_DIR.length), JSON.parse(f.contents)]));

/** The registry with its YAML text edited, validated as the loader would. */
function registryFrom(edit: (text: string) => string): Registry {
  const result = checkRegistryText(edit(yaml));
  if (!result.registry) throw new Error(result.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return result.registry;
}

/** Turns a code's `send: true / receive: true` into the given flags, in the YAML text. */
function withWireFlags(text: string, code: number, send: boolean, receive: boolean): string {
  const flags = '    send: true\n    receive: true\n';
  const at = text.indexOf(flags, text.indexOf(`  - code: ${code}\n`));
  if (at < 0) throw new Error(`no sendable entry for ${code} in the registry`);
  return text.slice(0, at) + `    send: ${send}\n    receive: ${receive}\n` + text.slice(at + flags.length);
}

// The real registry (loaded, copied or synced) takes seconds on 2 busy cores: past vitest's 5 s default.
describe('generateSchema', { timeout: 30_000 }, () => {
  it('is deterministic', () => {
    expect(generateSchema(registry)).toEqual(generateSchema(registry));
  });

  it('writes each listed schema and registry.json at the root of packages/schema/', () => {
    const files = generateSchema(registry).map((f) => f.path);
    expect(files).toEqual([...SCHEMA_DOCUMENTS.map((s) => SCHEMA_DIR + s.file), `${SCHEMA_DIR}registry.json`]);
    expect(files).toEqual(
      expect.arrayContaining(
        ['api-close-code.schema.json', 'close-code.schema.json', 'registered-close-code.schema.json', 'registry.schema.json'].map((f) => SCHEMA_DIR + f),
      ),
    );
    expect(new Set(files).size).toBe(files.length);
  });

  it("derives registry.schema.json from the zod schema, adding only the header", () => {
    const { $schema, $id, $comment, title, description, ...rest } = filesOf(registry).get('registry.schema.json');
    const { $schema: dialect, ...derived } = z.toJSONSchema(registryDocument, { target: 'draft-2020-12' });
    expect(rest).toEqual(JSON.parse(JSON.stringify(derived).replaceAll('"format":"uri"', `"pattern":${JSON.stringify(FORMAT_PATTERNS.uri)}`)));
    expect($schema).toBe(dialect);
    expect([$id, $comment, title, description].every((v) => typeof v === 'string')).toBe(true);
  });

  it('writes each format zod emits as a pattern, so that a field declared with z.url() compiles in a strict Ajv', () => {
    const shape = z.strictObject({ page: z.url(), mail: z.email() });
    const keywords = jsonSchemaKeywords(shape);
    expect(JSON.stringify(keywords)).not.toContain('"format"');
    const validate = new Ajv2020({ strict: true }).compile(keywords);
    expect(validate({ page: 'https://example.org/a', mail: 'a@example.org' })).toBe(true);
    expect(validate({ page: 'not an address', mail: 'a@example.org' })).toBe(false);
    expect(validate({ page: 'https://example.org/a', mail: 'nobody' })).toBe(false);
    expect(() => jsonSchemaKeywords(z.string().meta({ format: 'hostname' }))).toThrow(/format "hostname".*FORMAT_PATTERNS/);
  });

  it('writes a registry.json that the zod schema and the registry loader accept unchanged', () => {
    const json = filesOf(registry).get('registry.json');
    expect(registryDocument.safeParse(json).success).toBe(true);
    const { $schema: _s, $comment: _c, ...document } = json;
    expect(document).toEqual(JSON.parse(JSON.stringify(registry.document)));
  });

  it('follows the registry: a code that stops being valid on receipt leaves close-code.schema.json', () => {
    const edited = registryFrom((text) => withWireFlags(text, 1014, false, false));
    expect(edited.codes.find((c) => c.code === 1014)!.receive).toBe(false);
    const validate = new Ajv2020({ strict: true }).compile(filesOf(edited).get('close-code.schema.json'));
    expect([validate(1013), validate(1014), validate(3000)]).toEqual([true, false, true]);
    expect(filesOf(edited).get('close-code.schema.json').anyOf).toContainEqual({ minimum: 1007, maximum: 1013 });
  });

  it('renders a one-code span as const, and each registered code as its own subschema', () => {
    const edited = registryFrom((text) => withWireFlags(text, 1002, false, false));
    const anyOf = filesOf(edited).get('close-code.schema.json').anyOf;
    expect(anyOf.slice(0, 2)).toEqual([{ minimum: 1000, maximum: 1001 }, { const: 1003 }]);
    const oneOf = filesOf(edited).get('registered-close-code.schema.json').oneOf;
    expect(oneOf).toHaveLength(registry.codes.length);
    expect(oneOf[0]).toEqual({ const: 1000, title: 'Normal Closure', description: registry.codes[0]!.summary });
  });

  it('never writes an empty anyOf or oneOf', () => {
    const empty = { ...registry, codes: [], ranges: [] } as unknown as Registry;
    const files = filesOf(empty);
    expect(files.get('close-code.schema.json')).toMatchObject({ type: 'integer', not: {} });
    expect(files.get('registered-close-code.schema.json')).toMatchObject({ type: 'integer', not: {} });
    for (const schema of files.values()) if (schema.$id) new Ajv2020({ strict: true }).compile(schema);
  });
});
