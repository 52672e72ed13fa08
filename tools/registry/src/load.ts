import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCompatBeside } from './compat.ts';
import { loadProtocolsBeside } from './protocols/load.ts';
import { compileRegistry } from './compile.ts';
import { loadIanaRegistriesBeside } from './iana-registries/load.ts';
import { checkDocumentText } from './check-document.ts';
import { RegistryError, type Diagnostic } from './diagnostics.ts';
import { rules } from './rules/index.ts';
import { registryDocument, type RegistryDocument } from './schema.ts';
import type { Registry } from './types.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The registry, relative to the repository root: the form used in messages and banners. */
export const REGISTRY_FILE = 'registry/close-codes.yaml';

export interface CheckResult {
  /** Present only when there are no errors (warnings allowed). */
  readonly registry?: Registry;
  /** Errors and warnings, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
}

/**
 * Parses, checks the shape, then runs every rule. Reports every independent problem at once: each
 * syntax error, the shape of every section and list item, and the rules on every entry whose shape
 * is valid. Only what depends on a broken part is skipped. Never throws.
 */
export function checkRegistryText(text: string, source: string = REGISTRY_FILE): CheckResult {
  const { result, diagnostics } = checkDocumentText(text, {
    schema: registryDocument,
    rules,
    compile: (document: RegistryDocument) => compileRegistry(document, source),
  });
  return result ? { registry: result, diagnostics } : { diagnostics };
}

/** Loads and validates the registry file; throws RegistryError listing every problem. */
export function loadRegistry(file: string = REPO_ROOT + REGISTRY_FILE, source: string = REGISTRY_FILE): Registry {
  const result = checkRegistryText(readFileSync(file, 'utf8'), source);
  if (!result.registry) throw new RegistryError(source, result.diagnostics);
  // The matrix lives beside the registry it was recorded against.
  const protocols = loadProtocolsBeside(file, source, result.registry);
  return { ...result.registry, compat: loadCompatBeside(file, source), ianaRegistries: loadIanaRegistriesBeside(file, source), ...(protocols ? { protocols } : {}) };
}
