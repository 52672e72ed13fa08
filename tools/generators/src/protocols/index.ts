export { CORE_PROTOCOLS_FILE, generateProtocolCatalogue } from './core-data.ts';
export { generateProtocolDocs, PROTOCOL_DOCS_DIR } from './docs-pages.ts';
