// The catalogue of close codes that protocols running on WebSocket define (registry/protocols/).
export { checkProtocolFiles, checkProtocolFolder, checkProtocolText, loadProtocolCatalogue, loadProtocolsBeside, protocolsBeside, ProtocolCatalogueError, PROTOCOLS_DIR, type CatalogueProblem, type ProtocolCheck } from './load.ts';
export { ianaOverlapOf, ianaSpaceOf, registeredIn, type IanaSpace } from './overlap.ts';
export { protocolRules, type ProtocolRule } from './rules/index.ts';
export { protocolDocument, type ProtocolDocument } from './schema.ts';
export type * from './types.ts';
