// The catalogue of close codes that protocols running on WebSocket define (registry/protocols/).
export { checkProtocolCatalogue, checkProtocolDocument, checkProtocolFiles, checkProtocolFolder, checkProtocolText, protocolSpec, readProtocolFolder, loadProtocolCatalogue, loadProtocolsBeside, protocolsBeside, ProtocolCatalogueError, PROTOCOLS_DIR, type CatalogueProblem, type ProtocolCheck } from './load.ts';
export { ianaOverlapOf, ianaSpaceOf, registeredIn, type IanaSpace } from './overlap.ts';
export { PROTOCOL_CODE_SPACE, protocolRules, type ProtocolRule } from './rules/index.ts';
export { protocolDocument, type ProtocolDocument } from './schema.ts';
export { protocolCatalogueDocument, type ProtocolCatalogueDocument } from './catalogue-schema.ts';
export type * from './types.ts';
