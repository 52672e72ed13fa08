// protocols.json and protocols.schema.json, on the small catalogue of test/protocol-catalogue.ts.
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { checkProtocolDocument, ianaSpaceOf, protocolCatalogueDocument, type Registry } from '@wscodes-tools/registry';
import { fixtureRegistry } from '../../test/registry.ts';
import { registryWithCatalogue } from '../../test/protocol-catalogue.ts';
import { jsonSchemaKeywords, schemaId } from '../json-schemas/schema-id.ts';
import { generateSchema, SCHEMA_FILES } from './generate-schema.ts';
import { generateProtocolFiles, PROTOCOLS_JSON, PROTOCOLS_SCHEMA } from './protocol-files.ts';
import { SCHEMA_DIR } from './schema-file.ts';

const registry = registryWithCatalogue();
const filesOf = (r: Registry) => new Map(generateProtocolFiles(r).map((f) => [f.path.slice(SCHEMA_DIR.length), JSON.parse(f.contents)]));

describe('generateProtocolFiles', () => {
  it('writes the pair beside the other schema files, and nothing without a catalogue', () => {
    expect([...filesOf(registry).keys()]).toEqual([PROTOCOLS_SCHEMA, PROTOCOLS_JSON]);
    for (const file of [PROTOCOLS_SCHEMA, PROTOCOLS_JSON]) expect(SCHEMA_FILES).toContain(SCHEMA_DIR + file);
    expect(generateProtocolFiles(fixtureRegistry())).toEqual([]);
    expect(generateSchema(registry).map((f) => f.path)).toEqual(expect.arrayContaining([SCHEMA_DIR + PROTOCOLS_JSON]));
  });

  it('derives the schema from the zod shape and names the catalogue in both banners', () => {
    const files = filesOf(registry);
    const { $schema: _d, $id, $comment, title: _t, description, ...keywords } = files.get(PROTOCOLS_SCHEMA);
    expect(keywords).toEqual(JSON.parse(JSON.stringify(jsonSchemaKeywords(protocolCatalogueDocument))));
    expect($id).toBe(schemaId(PROTOCOLS_SCHEMA));
    expect(description).toContain(PROTOCOLS_JSON);
    const data = files.get(PROTOCOLS_JSON);
    expect(data.$schema).toBe($id);
    for (const banner of [$comment, data.$comment]) expect(banner).toMatch(new RegExp(`^Generated from ${registry.protocols!.source} by tools/generators/src/schema/\\. Do not edit`));
  });

  it('writes every compiled protocol back in the shape of its file, so that compiling it again gives the same protocol', () => {
    const { protocols } = filesOf(registry).get(PROTOCOLS_JSON);
    const compiled = registry.protocols!.protocols;
    expect(protocols.map((p: { id: string }) => p.id)).toEqual(compiled.map((p) => p.id));
    for (const [i, p] of compiled.entries()) {
      // JSON is YAML: the loader checks the written record as a protocol file, rules included.
      const again = checkProtocolDocument(JSON.stringify(protocols[i]), p.file, ianaSpaceOf(registry));
      expect(again.diagnostics, p.id).toEqual([]);
      expect(again.protocol, p.id).toEqual(p);
      // Defaults and overlaps are written out, so that a consumer need not know the compiler's rules.
      for (const code of protocols[i].codes) expect(Object.keys(code)).toEqual(expect.arrayContaining(['definedBy', 'localOnly']));
    }
    expect(protocols.flatMap((p: { codes: { ianaOverlap?: string }[] }) => p.codes.map((c) => c.ianaOverlap)).filter(Boolean).length).toBeGreaterThan(0);
  });

  it('writes a document its own schema accepts in a strict Ajv, and the schema refuses an unknown key', () => {
    const files = filesOf(registry);
    const validate = new Ajv2020({ strict: true }).compile(files.get(PROTOCOLS_SCHEMA));
    const data = files.get(PROTOCOLS_JSON);
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
    const broken = structuredClone(data);
    broken.protocols[0].codes[0].colour = 'red';
    expect(validate(broken)).toBe(false);
  });
});
