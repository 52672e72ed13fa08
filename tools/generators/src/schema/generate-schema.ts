import type { Registry } from '@wscodes-tools/registry';
import type { GeneratedFile } from '../files.ts';
import { apiCloseCodeSchema, closeCodeSchema, registeredCloseCodeSchema } from './code-schemas.ts';
import { compatSchema } from '../json-schemas/compat-schema.ts';
import { fixturesSchema } from '../json-schemas/fixtures-schema.ts';
import { generateIanaRegistryFiles, IANA_REGISTRY_FILES } from './iana-registry-files.ts';
import type { SchemaDocument } from '../json-schemas/schema-id.ts';
import { registrySchema, renderRegistryJson } from './registry-schema.ts';
import { renderSchema, SCHEMA_DIR } from './schema-file.ts';
import { generateProtocolFiles, PROTOCOLS_JSON, PROTOCOLS_SCHEMA } from './protocol-files.ts';
import { generateHandshakeStatusFiles, HANDSHAKE_STATUSES_JSON, HANDSHAKE_STATUSES_SCHEMA } from './handshake-status-files.ts';

/**
 * The schemas @wscodes/schema ships. Another target's schema (such as the fixtures' shape) joins
 * by adding its SchemaDocument here; packages/schema/package.json must then export the new file.
 */
export const SCHEMA_DOCUMENTS: readonly SchemaDocument[] = [
  closeCodeSchema,
  registeredCloseCodeSchema,
  apiCloseCodeSchema,
  registrySchema,
  fixturesSchema,
  compatSchema,
];

/** Every file the schema target writes; they sit beside package.json, so the target owns each by name. */
export const SCHEMA_FILES: readonly string[] = [
  ...SCHEMA_DOCUMENTS.map((schema) => SCHEMA_DIR + schema.file),
  `${SCHEMA_DIR}registry.json`,
  ...IANA_REGISTRY_FILES.map((file) => SCHEMA_DIR + file),
  SCHEMA_DIR + PROTOCOLS_SCHEMA,
  SCHEMA_DIR + PROTOCOLS_JSON,
  SCHEMA_DIR + HANDSHAKE_STATUSES_SCHEMA,
  SCHEMA_DIR + HANDSHAKE_STATUSES_JSON,
];

/** @wscodes/schema: one JSON Schema per document above, registry.json, a schema and data file per IANA registry, the protocol catalogue's pair and the handshake statuses' pair. */
export function generateSchema(registry: Registry): GeneratedFile[] {
  return [
    ...SCHEMA_DOCUMENTS.map((schema) => renderSchema(registry, schema)),
    renderRegistryJson(registry),
    ...generateIanaRegistryFiles(registry),
    ...generateProtocolFiles(registry),
    ...generateHandshakeStatusFiles(registry),
  ];
}
