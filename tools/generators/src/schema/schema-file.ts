import type { Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { toJson } from '../output/json.ts';
import { JSON_SCHEMA_DIALECT, schemaId, type SchemaDocument } from '../json-schemas/schema-id.ts';

/**
 * Where the JSON files of @wscodes/schema are written: the package root, where each subpath
 * (`@wscodes/schema/registry.json`) names them, so resolvers that ignore `exports` find them too.
 * package.json `exports` points here.
 */
export const SCHEMA_DIR = 'packages/schema/';

/** Renders a schema with the header every file shares: dialect, stable $id, banner, title. */
export function renderSchema(registry: Registry, schema: SchemaDocument): GeneratedFile {
  const { title, description, keywords } = schema.build(registry);
  return {
    path: SCHEMA_DIR + schema.file,
    contents: toJson({
      $schema: JSON_SCHEMA_DIALECT,
      $id: schemaId(schema.file),
      $comment: banner.json(registry, 'schema'),
      title,
      description,
      ...keywords,
    }),
  };
}
