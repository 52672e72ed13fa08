import type { z } from 'zod';
import { byPosition, type Diagnostic } from './diagnostics.ts';
import type { Finding } from './rules/index.ts';
import { checkParts, shapeDiagnostics, type CheckedParts } from './shape.ts';
import { parseSource, type SourceDocument, type YamlProblem } from './source.ts';

// The validator every registry file goes through, whatever its schema and rules.

/** What a registry file is checked against: its shape, its rules, and how it compiles. */
export interface DocumentChecks<Document, Compiled> {
  readonly schema: z.ZodObject;
  /** Where the schema is declared, for the hints of shape errors. */
  readonly schemaSource?: string;
  readonly rules: readonly GenericRule<Document>[];
  compile(document: Document): Compiled;
}

/** A rule over any registry document: a close-code Rule, or one of another registry's. */
export interface GenericRule<Document> {
  readonly needsWhole: readonly string[];
  check(document: Document): readonly Finding[];
}

/**
 * The validator every registry file goes through: parse with positions, check the shape part by
 * part, run the rules, then compile. Reports every independent problem at once. Never throws.
 */
export function checkDocumentText<Document, Compiled>(
  text: string,
  checks: DocumentChecks<Document, Compiled>,
): { result?: Compiled; diagnostics: readonly Diagnostic[] } {
  const parsed = parseSource(text);
  const diagnostics: Diagnostic[] = parsed.yamlErrors.map((e) => yamlDiagnostic(text, e));
  const syntaxBroken = parsed.yamlErrors.some((e) => e.code !== 'DUPLICATE_KEY' && !e.code.startsWith('REFUSED_'));
  if (parsed.data === undefined) return { diagnostics: diagnostics.sort(byPosition) };

  const shape = checkParts(checks.schema, parsed, syntaxBroken, checks.schemaSource);
  diagnostics.push(...shape.diagnostics);
  if (shape.parts) diagnostics.push(...ruleDiagnostics(checks.rules, shape.parts, parsed));
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: diagnostics.sort(byPosition) };

  // Every part passed: parse the whole, for checks that span sections and for the typed result.
  const whole = checks.schema.safeParse(parsed.data);
  if (!whole.success) return { diagnostics: [...diagnostics, ...shapeDiagnostics(whole.error.issues, parsed, checks.schemaSource)].sort(byPosition) };
  return { result: checks.compile(whole.data as Document), diagnostics: diagnostics.sort(byPosition) };
}

/** Runs each rule that the broken parts do not affect, and maps its findings back to the file. */
function ruleDiagnostics<Document>(all: readonly GenericRule<Document>[], parts: CheckedParts, parsed: SourceDocument): Diagnostic[] {
  const document = parts.document as Document;
  const whole = parts.incomplete.size === 0;
  return all
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
