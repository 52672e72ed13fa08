import type { Registry } from '@wscodes-tools/registry';
import { banner, toJson, type GeneratedFile } from '../files.ts';

/** Where the JSON files of @wscodes/schema are written; package.json `exports` points here. */
export const SCHEMA_DIR = 'packages/schema/generated/';

/**
 * Every schema's `$id` is this base plus its file name: the file's path in the published
 * @wscodes/schema tarball, on a CDN that serves npm tarballs, so the id also resolves to the newest
 * release's file. Validators resolve `$ref`s against it, so it must never change.
 */
export const SCHEMA_BASE_URL = 'https://unpkg.com/@wscodes/schema/generated/';

export const JSON_SCHEMA_DIALECT = 'https://json-schema.org/draft/2020-12/schema';

export const schemaId = (file: string): string => `${SCHEMA_BASE_URL}${file}`;

/** One JSON Schema file of @wscodes/schema. Another generator can contribute one by exporting it. */
export interface SchemaDocument {
  /** File name inside packages/schema/generated/, ending in .schema.json. */
  readonly file: string;
  /** The title, the description and the other keywords ($schema, $id and $comment are added). */
  readonly build: (registry: Registry) => SchemaBody;
}

export interface SchemaBody {
  readonly title: string;
  readonly description: string;
  readonly keywords: Readonly<Record<string, unknown>>;
}

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
