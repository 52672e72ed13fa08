import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileRegistry } from './compile.ts';
import { byPosition, RegistryError, type Diagnostic } from './diagnostics.ts';
import { rules } from './rules/index.ts';
import { registryDocument } from './schema.ts';
import { shapeDiagnostics } from './shape.ts';
import { parseSource, type SourceDocument } from './source.ts';
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
    // yaml cannot resync after a syntax error: the ones after the first are mostly echoes of it
    // (one stray tab gave 14). Duplicate keys do not derail the parse, so each one is real.
    const duplicates = parsed.yamlErrors.filter((e) => e.code === 'DUPLICATE_KEY');
    const firstSyntax = parsed.yamlErrors.filter((e) => e.code !== 'DUPLICATE_KEY').slice(0, 1);
    return { diagnostics: [...duplicates, ...firstSyntax].map((e) => yamlSyntaxDiagnostic(text, e)).sort(byPosition) };
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

// yaml's messages name the problem but not the remedy; the common ones get a specific fix.
const YAML_FIXES: Readonly<Record<string, string>> = {
  DUPLICATE_KEY: 'remove one of the two, or rename one of them',
  BAD_INDENT: 'indent this line with spaces so that it lines up with the fields beside it',
  TAB_AS_INDENT: 'indent with spaces, not tabs',
  MISSING_CHAR: 'add what is missing; an unclosed quote usually starts on an earlier line',
  BAD_DQ_ESCAPE: 'write a valid escape such as \\n or \\\\, or use single quotes',
  MULTIPLE_DOCS: 'remove the `---` line: the registry is a single YAML document',
};

function yamlSyntaxDiagnostic(text: string, e: SourceDocument['yamlErrors'][number]): Diagnostic {
  // yaml says only "Map keys must be unique"; name the key so it can be found.
  const duplicate = e.code === 'DUPLICATE_KEY' ? /^[^:\n]*/.exec(text.slice(e.offset))![0].trim() : undefined;
  return {
    severity: 'error',
    line: e.line,
    column: e.column,
    path: [],
    message: duplicate ? `YAML: the key \`${duplicate}\` appears twice in the same mapping` : `YAML syntax: ${e.message}`,
    fix: YAML_FIXES[e.code] ?? 'correct the YAML syntax at this position',
  };
}

/** Loads and validates the registry file; throws RegistryError listing every problem. */
export function loadRegistry(file: string = REPO_ROOT + REGISTRY_FILE, source: string = REGISTRY_FILE): Registry {
  const result = checkRegistryText(readFileSync(file, 'utf8'), source);
  if (!result.registry) throw new RegistryError(source, result.diagnostics);
  return result.registry;
}
