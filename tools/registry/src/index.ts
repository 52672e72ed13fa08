export { checkRegistryText, closeCodesSpec, loadRegistry, REGISTRY_FILE, REPO_ROOT, type CheckResult } from './load.ts';
export { checkRegistryFolder, handshakeStatusesSummary, UnreadableFileError, type CheckedFile, type FolderCheck, type RegistryFileKind } from './folder.ts';
export { freeze } from './freeze.ts';
export { COMPAT_MAX_BYTES, lineColumnAt, limitProblem, MAX_DEPTH, MAX_FILE_BYTES, maxBytesFor, type SourceFormat } from './limits.ts';
export { readRegistryFile } from './read.ts';
export { calendarDate, isCalendarDate } from './schema.ts';
export { formatDiagnostic, RegistryError, type Diagnostic, type FileDiagnostic } from './diagnostics.ts';
export { constantKeyFromName } from './keys.ts';
export { formatSpan, parseSpan, spanContains, type Span } from './span.ts';
export { rules } from './rules/index.ts';
export { unregisteredVerdict } from './rules/withdrawn.ts';
export * as registrySchema from './schema.ts';
export { registryDocument, type RegistryDocument } from './schema.ts';
export type * from './registry.ts';
export { parseSource, type SourceDocument } from './source.ts';

export {
  ABNORMAL_CLOSURE,
  API_CLOSE_CODES_TEXT,
  API_CLOSE_SPANS,
  CLOSE_CODE_BYTES,
  CODE_SPACE_TEXT,
  isApiCloseCode,
  LOCAL_ONLY_CODES,
  MAX_CODE,
  MAX_CONTROL_PAYLOAD_BYTES,
  MAX_REASON_BYTES,
  NO_STATUS_RECEIVED,
  NORMAL_CLOSURE,
  RESERVED_CODE,
  spansInWords,
  TLS_HANDSHAKE,
} from './protocol.ts';
export { byText, canonical, compareText } from './compare.ts';
export * from './compat-shape.ts';
export * from './compat.ts';
export * from './iana-registries/index.ts';
export { besideFile, checkIanaRegistriesBeside, checkIanaRegistryText, ianaRegistrySpec, loadIanaRegistriesBeside, type IanaRegistriesCheck, modulesBeside } from './iana-registries/load.ts';
export { checkDocumentText, type DocumentResult } from './check-document.ts';
export type { DocumentSpec, Finding, Rule } from './spec.ts';
export { CLOSE_OPCODE, HEADER_BIT_MASKS, isControlOpcodeValue, OPCODE_SPACE, REGISTRABLE_HEADER_BITS, SUPPORTED_VERSION, TOKEN_PATTERN, VERSION_SPACE } from './protocol.ts';
export * from './protocols/index.ts';
export * from './handshake-statuses/index.ts';
