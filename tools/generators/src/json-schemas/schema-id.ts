// What the schema and vectors targets share about a JSON Schema of @wscodes/schema: its stable $id
// and the shape of a schema document. Both targets import it; neither imports the other.
import type { Registry } from '@wscodes-tools/registry';

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

export interface SchemaBody {
  readonly title: string;
  readonly description: string;
  readonly keywords: Readonly<Record<string, unknown>>;
}
