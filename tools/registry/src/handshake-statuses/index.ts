// The HTTP statuses that refuse a WebSocket upgrade (registry/handshake-statuses.yaml).
export { checkHandshakeStatusesText, compileHandshakeStatuses, HANDSHAKE_STATUSES_FILE, handshakeStatusesBeside, handshakeStatusesSpec, handshakeStatusRules, type HandshakeStatuses, type HandshakeStatusInfo, type HandshakeStatusClassInfo, type HandshakeStatusSource } from './load.ts';
export { handshakeStatusesDocument, type HandshakeStatusesDocument, type HandshakeStatusEntryDocument } from './schema.ts';
