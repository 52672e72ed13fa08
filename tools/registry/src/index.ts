export { checkRegistryText, loadRegistry, REGISTRY_FILE, REPO_ROOT, type CheckResult } from './load.ts';
export { formatDiagnostic, RegistryError, type Diagnostic } from './diagnostics.ts';
export { constantKeyFromName } from './keys.ts';
export { formatSpan, parseSpan, spanContains } from './span.ts';
export { rules, type Finding, type Rule } from './rules/index.ts';
export * as registrySchema from './schema.ts';
export { registryDocument, type RegistryDocument } from './schema.ts';
export type * from './types.ts';
export { parseSource, type SourceDocument } from './source.ts';
