// What the schema and vectors targets share about a JSON Schema of @wscodes/schema: its stable $id
// and the shape of a schema document. Both targets import it; neither imports the other.
import type { Registry } from '@wscodes-tools/registry';
import { z } from 'zod';

/**
 * Every schema's `$id` is this base plus its file name: the file's path in the published
 * @wscodes/schema tarball, on a CDN that serves npm tarballs, so the id also resolves to the newest
 * release's file. Validators resolve `$ref`s against it, so once published it must never change.
 */
export const SCHEMA_BASE_URL = 'https://unpkg.com/@wscodes/schema/';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export const schemaId = (file: string): string => `${SCHEMA_BASE_URL}${file}`;

/** One JSON Schema file of @wscodes/schema. Another generator can contribute one by exporting it. */
export interface SchemaDocument {
  /** File name at the root of packages/schema/, ending in .schema.json. */
  readonly file: string;
  /** The title, the description and the other keywords ($schema, $id and $comment are added). */
  readonly build: (registry: Registry) => SchemaBody;
}

/**
 * A format a strict Ajv accepts as a pattern. Strict Ajv (packages/schema/test/ajv.test.ts, and how
 * consumers often compile a schema) refuses a `format` it does not know, and knows none without the
 * ajv-formats plugin; a pattern says the same in plain JSON Schema.
 */
export const FORMAT_PATTERNS: Readonly<Record<string, string>> = {
  // z.url(): a scheme, a colon, then no white space.
  uri: '^[A-Za-z][A-Za-z0-9+.-]*:\\S+$',
};

/**
 * The JSON Schema keywords of a zod shape, without `$schema` (the writer adds it): every schema of
 * @wscodes/schema comes from here. A `format` zod writes becomes its pattern (zod's own where it
 * writes one beside the format, as for z.email()), so a field declared with z.url() needs nothing more.
 */
export function jsonSchemaKeywords(shape: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...keywords } = z.toJSONSchema(shape, {
    target: 'draft-2020-12',
    override: ({ jsonSchema }) => {
      const { format } = jsonSchema;
      if (format === undefined) return;
      const pattern = jsonSchema.pattern ?? FORMAT_PATTERNS[format];
      if (pattern === undefined) {
        throw new Error(`zod writes format "${format}", which a strict Ajv refuses: add its pattern to FORMAT_PATTERNS in tools/generators/src/shared/schema-id.ts`);
      }
      delete jsonSchema.format;
      jsonSchema.pattern = pattern;
    },
  }) as Record<string, unknown>;
  return keywords;
}

export interface SchemaBody {
  readonly title: string;
  readonly description: string;
  readonly keywords: Readonly<Record<string, unknown>>;
}
