// @wscodes/core/handshake: IANA's version, extension-name and subprotocol-name registries, and the
// Sec-WebSocket-Protocol helpers, for code that makes or answers an opening handshake. Outside the
// main entry so that an app that only handles close codes does not ship them; each table is a
// constant of its own, so a bundle keeps only the ones it uses.
export { SUPPORTED_VERSION, REGISTERED_VERSIONS, VERSION_INFO, type RegisteredVersion, type VersionInfo, type VersionIanaRecord } from './generated/versions.ts';
export { REGISTERED_EXTENSIONS, EXTENSION_INFO, type RegisteredExtensionName, type ExtensionInfo, type ExtensionIanaRecord } from './generated/extensions.ts';
export {
  REGISTERED_SUBPROTOCOLS,
  SUBPROTOCOL_INFO,
  type RegisteredSubprotocolName,
  type SubprotocolInfo,
  type SubprotocolIanaRecord,
  type SubprotocolTransport,
  type SubprotocolUsage,
} from './generated/subprotocols.ts';
export {
  isValidSubprotocolToken,
  parseSubprotocolHeader,
  isRegisteredSubprotocol,
  getRegisteredSubprotocol,
  getSubprotocolCaseVariant,
  type ParsedSubprotocolHeader,
  type SubprotocolHeaderError,
  type SubprotocolHeaderProblem,
} from './subprotocols.ts';
export type { IanaText, IanaTextPart, IanaXref, IanaXrefType } from './generated/iana.ts';
