import { handshakeStatusesDocument, type Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { toJson } from '../output/json.ts';
import { schemaId, type SchemaDocument } from '../json-schemas/schema-id.ts';
import { derivedSchema, renderSchema, SCHEMA_DIR } from './schema-file.ts';

// The HTTP statuses that refuse a WebSocket upgrade (registry/handshake-statuses.yaml) for tools in
// any language: handshake-statuses.json and its schema, as protocols.json serves the catalogue.

export const HANDSHAKE_STATUSES_JSON = 'handshake-statuses.json';
export const HANDSHAKE_STATUSES_SCHEMA = 'handshake-statuses.schema.json';

/** The table's schema, derived from the zod shape the loader checks the YAML against; never written by hand. */
export const handshakeStatusesSchema: SchemaDocument = derivedSchema(HANDSHAKE_STATUSES_SCHEMA, HANDSHAKE_STATUSES_JSON, handshakeStatusesDocument, 'wscodes handshake statuses');

/** handshake-statuses.json and its schema; nothing when the registry folder has no table (a tool test's small registry). */
export function generateHandshakeStatusFiles(registry: Registry): GeneratedFile[] {
  const table = registry.handshakeStatuses;
  if (!table) return [];
  const source: Registry = { ...registry, source: table.source };
  const document = { $schema: schemaId(HANDSHAKE_STATUSES_SCHEMA), $comment: banner.json(source, 'schema'), ...table.document };
  const checked = handshakeStatusesDocument.safeParse(document);
  if (!checked.success) {
    throw new Error(`${HANDSHAKE_STATUSES_JSON} would not match its own schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. Write the compiled table in the shape of tools/registry/src/handshake-statuses/schema.ts.`);
  }
  return [renderSchema(source, handshakeStatusesSchema), { path: SCHEMA_DIR + HANDSHAKE_STATUSES_JSON, contents: toJson(document) }];
}
