import type { Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { toJson } from '../output/json.ts';
import type { z } from 'zod';
import { JSON_SCHEMA_DIALECT, jsonSchemaKeywords, schemaId, type SchemaDocument } from '../json-schemas/schema-id.ts';

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

/**
 * The schema of a data file this package ships, derived from the zod shape that validates its
 * source, so it never disagrees with the loader. The title and description come from the shape's
 * meta; `fallbackTitle` serves a shape without one.
 */
export function derivedSchema(file: string, dataFile: string, shape: z.ZodType, fallbackTitle: string): SchemaDocument {
  return {
    file,
    build: () => {
      const meta = shape.meta();
      return {
        title: meta?.title ?? fallbackTitle,
        description: `${meta?.description ?? ''} ${dataFile} in this package is a document of this shape.`.trim(),
        keywords: jsonSchemaKeywords(shape),
      };
    },
  };
}
