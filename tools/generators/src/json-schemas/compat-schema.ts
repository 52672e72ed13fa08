import { compatDocument } from '@wscodes-tools/registry';
import { jsonSchemaKeywords, schemaId, type SchemaDocument } from './schema-id.ts';

export const COMPAT_SCHEMA_FILE = 'compat.schema.json';

/** The $id compat.json names in its "$schema" member. */
export const COMPAT_SCHEMA_ID = schemaId(COMPAT_SCHEMA_FILE);

/** compat.schema.json, shipped by @wscodes/schema: the shape of @wscodes/fixtures/compat.json, from the registry's zod shape. */
export const compatSchema: SchemaDocument = {
  file: COMPAT_SCHEMA_FILE,
  build: () => {
    return {
      title: 'wscodes compatibility matrix',
      description:
        'What real WebSocket implementations did with each vector of @wscodes/fixtures: peers (implementation, version, language, role) and, per peer and vector id, the verdict and what was observed.',
      keywords: jsonSchemaKeywords(compatDocument),
    };
  },
};
