import { checkDocumentText } from './check-document.ts';
import { compileRegistry } from './compile.ts';
import type { Diagnostic } from './diagnostics.ts';
import { rules } from './rules/index.ts';
import { registryDocument, type RegistryDocument } from './schema.ts';
import type { DocumentSpec } from './spec.ts';
import type { CloseCodeRegistry } from './types.ts';

/** The registry, relative to the repository root: the form used in messages and banners. */
export const REGISTRY_FILE = 'registry/close-codes.yaml';

export interface CheckResult {
  /** Present only when there are no errors (warnings allowed). */
  readonly registry?: CloseCodeRegistry;
  /** Errors and warnings, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
}

/** The spec close-codes.yaml is checked against; `source` names it in the compiled registry. */
export function closeCodesSpec(source: string = REGISTRY_FILE): DocumentSpec<RegistryDocument, CloseCodeRegistry> {
  return { schema: registryDocument, rules, compile: (document) => compileRegistry(document, source) };
}

/**
 * Parses, checks the shape, then runs every rule. Reports every independent problem at once: each
 * syntax error, the shape of every section and list item, and the rules on every entry whose shape
 * is valid. Only what depends on a broken part is skipped. Never throws.
 */
export function checkRegistryText(text: string, source: string = REGISTRY_FILE): CheckResult {
  const { result, diagnostics } = checkDocumentText(text, closeCodesSpec(source));
  return result ? { registry: result, diagnostics } : { diagnostics };
}
