import { registryDocument, type Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { toJson } from '../output/json.ts';
import { schemaId, type SchemaDocument } from '../json-schemas/schema-id.ts';
import { derivedSchema, SCHEMA_DIR } from './schema-file.ts';

export const REGISTRY_JSON = 'registry.json';
export const REGISTRY_SCHEMA = 'registry.schema.json';

/**
 * The registry document's schema, derived from the zod schema that validates the YAML: it is never
 * written by hand, so it cannot disagree with what the loader accepts.
 */
export const registrySchema: SchemaDocument = derivedSchema(REGISTRY_SCHEMA, REGISTRY_JSON, registryDocument, 'wscodes close-code registry');

/** registry.json: the validated, sorted document, pointing at its schema and carrying the banner. */
export function renderRegistryJson(registry: Registry): GeneratedFile {
  const { $schema: _schema, $comment: _comment, ...document } = registry.document;
  return {
    path: SCHEMA_DIR + REGISTRY_JSON,
    contents: toJson({ $schema: schemaId(REGISTRY_SCHEMA), $comment: banner.json(registry, 'schema'), ...document }),
  };
}
