import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRegistry } from './compile.ts';
import { byPosition, RegistryError, type Diagnostic } from './diagnostics.ts';
import { rules } from './rules/index.ts';
import { registryDocument } from './schema.ts';
import { shapeDiagnostics } from './shape.ts';
import { parseSource } from './source.ts';
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

/** Parses, checks the shape, then runs every rule. Reports every problem at once; never throws. */
export function checkRegistryText(text: string, source: string = REGISTRY_FILE): CheckResult {
  const parsed = parseSource(text);
  if (parsed.yamlErrors.length > 0) {
    return {
      diagnostics: parsed.yamlErrors.map((e) => ({
        severity: 'error' as const,
        line: e.line,
        column: e.column,
        path: [],
        message: `YAML syntax: ${e.message}`,
        fix: 'correct the YAML syntax at this position',
      })),
    };
  }
  const shape = registryDocument.safeParse(parsed.data);
  if (!shape.success) {
    return { diagnostics: shapeDiagnostics(shape.error.issues, parsed).sort(byPosition) };
  }
  const diagnostics = rules
    .flatMap((rule) => rule.check(shape.data))
    .map(({ path, part, ...finding }) => ({ ...finding, path, ...parsed.positionOf(path, part) }))
    .sort(byPosition);
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics };
  return { registry: compileRegistry(shape.data, source), diagnostics };
}

/** Loads and validates the registry file; throws RegistryError listing every problem. */
export function loadRegistry(file: string = REPO_ROOT + REGISTRY_FILE, source: string = REGISTRY_FILE): Registry {
  const result = checkRegistryText(readFileSync(file, 'utf8'), source);
  if (!result.registry) throw new RegistryError(source, result.diagnostics);
  return result.registry;
}
