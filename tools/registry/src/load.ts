import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadCompatBeside } from './compat.ts';
import { loadProtocolsBeside } from './protocols/load.ts';
import { compileRegistry } from './compile.ts';
import { byPosition, RegistryError, type Diagnostic } from './diagnostics.ts';
import { rules } from './rules/index.ts';
import { registryDocument, type RegistryDocument } from './schema.ts';
import { checkParts, shapeDiagnostics, type CheckedParts } from './shape.ts';
import { parseSource, type SourceDocument, type YamlProblem } from './source.ts';
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
  const parsed = parseSource(text);
  const diagnostics: Diagnostic[] = parsed.yamlErrors.map((e) => yamlDiagnostic(text, e));
  const syntaxBroken = parsed.yamlErrors.some((e) => e.code !== 'DUPLICATE_KEY' && !e.code.startsWith('REFUSED_'));
  if (parsed.data === undefined) return { diagnostics: diagnostics.sort(byPosition) };

  const shape = checkParts(registryDocument, parsed, syntaxBroken);
  diagnostics.push(...shape.diagnostics);
  if (shape.parts) diagnostics.push(...ruleDiagnostics(shape.parts, parsed));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: diagnostics.sort(byPosition) };

  // Every part passed: parse the whole, for checks that span sections and for the typed result.
  const whole = registryDocument.safeParse(parsed.data);
  if (!whole.success) return { diagnostics: [...diagnostics, ...shapeDiagnostics(whole.error.issues, parsed)].sort(byPosition) };
  return { registry: compileRegistry(whole.data, source), diagnostics: diagnostics.sort(byPosition) };
}

/** Runs each rule that the broken parts do not affect, and maps its findings back to the file. */
function ruleDiagnostics(parts: CheckedParts, parsed: SourceDocument): Diagnostic[] {
  const document = parts.document as RegistryDocument;
  const whole = parts.incomplete.size === 0;
  return rules
    .filter((rule) => rule.needsWhole.every((section) => !parts.incomplete.has(section)))
    .flatMap((rule) => {
      if (whole) return rule.check(document);
      try {
        return rule.check(document);
      } catch {
        return []; // it read a part that is missing; that part's own error has been reported
      }
    })
    .map(({ path, part, message, fix, ...finding }) => {
      const original = originalPath(path, parts.indexes);
      return {
        ...finding,
        message: originalIndexes(message, parts.indexes),
        fix: originalIndexes(fix, parts.indexes),
        path: original,
        ...parsed.positionOf(original, part),
      };
    });
}

// Rules see list sections without the items left out; their paths and texts count in that list.
function originalPath(path: readonly (string | number)[], indexes: CheckedParts['indexes']): (string | number)[] {
  const [section, index, ...rest] = path;
  const at = typeof section === 'string' && typeof index === 'number' ? indexes.get(section)?.[index] : undefined;
  return at === undefined ? [...path] : [section!, at, ...rest];
}

function originalIndexes(text: string, indexes: CheckedParts['indexes']): string {
  return text.replace(/\b([A-Za-z]+)\[(\d+)\]/g, (all, section: string, index: string) => {
    const at = indexes.get(section)?.[Number(index)];
    return at === undefined ? all : `${section}[${at}]`;
  });
}

// yaml's own messages speak of its parser ("Nested mappings are not allowed in compact mappings");
// these say what the contributor sees in the file, and what to do about it.
const YAML_WORDS: readonly { code: string; match?: RegExp; message: string; fix: string }[] = [
  { code: 'TAB_AS_INDENT', message: 'a tab is used to indent this line', fix: 'indent with spaces, not tabs' },
  { code: 'BAD_INDENT', match: /sequence items/, message: 'this list item (`- `) is not indented like the items before it', fix: 'line its `-` up with the `-` of the other items' },
  { code: 'BAD_INDENT', match: /mapping items/, message: 'this line is not indented like the fields beside it', fix: 'indent it with as many spaces as the fields above it' },
  { code: 'BAD_INDENT', match: /Flow sequence/, message: 'a list written in brackets `[` is not closed', fix: 'close it with `]` on the same line, or write its items as `- ` lines' },
  { code: 'BAD_INDENT', message: 'this line is not indented like the lines around it', fix: 'indent it with as many spaces as the fields beside it' },
  { code: 'MISSING_CHAR', match: /quote/, message: 'a quoted text starts here and is never closed', fix: 'add the closing quote at the end of the text' },
  { code: 'MISSING_CHAR', match: /without - indicator/, message: 'this line is indented less than the fields of its entry', fix: 'indent it with as many spaces as the fields above it' },
  { code: 'MISSING_CHAR', match: /followed by map values/, message: 'this line has no `:` after its field name', fix: 'write it as `field: value`' },
  { code: 'BLOCK_AS_IMPLICIT_KEY', message: 'this line is indented deeper than the field above it, so it reads as part of that text (or a text holds `: ` and needs quotes)', fix: 'indent it like the fields beside it, or put the text in quotes' },
  { code: 'MULTILINE_IMPLICIT_KEY', message: 'a field name runs over more than one line, usually because of the indentation of the line before', fix: 'indent it like the fields beside it, or put the text in quotes' },
  { code: 'BAD_DQ_ESCAPE', message: '', fix: 'write a valid escape such as \\n or \\\\, or use single quotes' },
  { code: 'MULTIPLE_DOCS', message: '', fix: 'remove the `---` line: the registry is a single YAML document' },
  { code: 'REFUSED_ANCHOR', message: 'anchors (`&name`) are not allowed in the registry', fix: 'remove the anchor and write each value out in full' },
  { code: 'REFUSED_ALIAS', message: 'aliases (`*name`) are not allowed in the registry', fix: 'write the value out in full instead of referring to an anchor' },
  { code: 'REFUSED_TAG', message: 'tags (`!name`) are not allowed in the registry', fix: 'remove the tag; quote the value if it must be read as text' },
];

function yamlDiagnostic(text: string, e: YamlProblem): Diagnostic {
  const at = { severity: 'error' as const, line: e.line, column: e.column, path: [] };
  if (e.code === 'DUPLICATE_KEY') {
    // yaml says only "Map keys must be unique"; name the key so it can be found.
    const key = /^[^:\n]*/.exec(text.slice(e.offset))![0].trim();
    return { ...at, message: `YAML: the key \`${key}\` appears twice in the same mapping`, fix: 'remove one of the two, or rename one of them' };
  }
  const words = YAML_WORDS.find((w) => w.code === e.code && (!w.match || w.match.test(e.message)));
  return {
    ...at,
    message: `YAML${e.code.startsWith('REFUSED_') ? '' : ' syntax'}: ${words?.message || e.message}`,
    fix: words?.fix ?? 'correct the YAML syntax at this position',
  };
}

/** Loads and validates the registry file; throws RegistryError listing every problem. */
export function loadRegistry(file: string = REPO_ROOT + REGISTRY_FILE, source: string = REGISTRY_FILE): Registry {
  const result = checkRegistryText(readFileSync(file, 'utf8'), source);
  if (!result.registry) throw new RegistryError(source, result.diagnostics);
  // The matrix lives beside the registry it was recorded against.
  const protocols = loadProtocolsBeside(file, source, result.registry);
  return { ...result.registry, compat: loadCompatBeside(file, source), ...(protocols ? { protocols } : {}) };
}
