import { formatSpan, protocolCatalogueDocument, type ProtocolInfo, type Registry } from '@wscodes-tools/registry';
import { banner, type GeneratedFile } from '../files.ts';
import { toJson } from '../output/json.ts';
import { schemaId, type SchemaDocument } from '../json-schemas/schema-id.ts';
import { derivedSchema, renderSchema, SCHEMA_DIR } from './schema-file.ts';

// The protocol catalogue (registry/protocols/) for tools in any language: protocols.json and its
// schema, the way registry.json and registry.schema.json serve IANA's close codes.

export const PROTOCOLS_JSON = 'protocols.json';
export const PROTOCOLS_SCHEMA = 'protocols.schema.json';

/** The catalogue's schema, derived from the zod shape the loader's documents satisfy; never written by hand. */
export const protocolsSchema: SchemaDocument = derivedSchema(PROTOCOLS_SCHEMA, PROTOCOLS_JSON, protocolCatalogueDocument, 'wscodes protocol catalogue');

/**
 * One compiled protocol written back in its file's shape, with what the compiler settled made
 * explicit: defaults filled in, `ianaOverlap` derived from the close-code registry (absent where
 * the code or range stays out of IANA space), codes and ranges sorted. Spreads keep any field the
 * shape gains.
 */
function protocolRecord({ file: _file, ranges, codes, ...protocol }: ProtocolInfo) {
  const overlap = (value: ProtocolInfo['codes'][number]['ianaOverlap']) => (value === null ? {} : { ianaOverlap: value });
  return {
    ...protocol,
    ranges: ranges.map(({ from, to, ianaOverlap, ...range }) => ({ range: formatSpan({ from, to }), ...range, ...overlap(ianaOverlap) })),
    codes: codes.map(({ ianaOverlap, ...code }) => ({ ...code, ...overlap(ianaOverlap) })),
  };
}

/**
 * protocols.json and protocols.schema.json; nothing when the registry has no catalogue (a tool
 * test's small registry). The document goes through the zod shape before it is written, so a
 * compiled field the shape does not know fails here rather than in a consumer's validator.
 */
export function generateProtocolFiles(registry: Registry): GeneratedFile[] {
  const catalogue = registry.protocols;
  if (!catalogue) return [];
  const source: Registry = { ...registry, source: catalogue.source };
  const document = { $schema: schemaId(PROTOCOLS_SCHEMA), $comment: banner.json(source, 'schema'), protocols: catalogue.protocols.map(protocolRecord) };
  const checked = protocolCatalogueDocument.safeParse(document);
  if (!checked.success) {
    throw new Error(`${PROTOCOLS_JSON} would not match its own schema: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}. Change protocolRecord in tools/generators/src/schema/protocol-files.ts to write the compiled catalogue in the shape of tools/registry/src/protocols/catalogue-schema.ts.`);
  }
  return [renderSchema(source, protocolsSchema), { path: SCHEMA_DIR + PROTOCOLS_JSON, contents: toJson(document) }];
}
