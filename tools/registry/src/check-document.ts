import type { z } from 'zod';
import { byPosition, type Diagnostic } from './diagnostics.ts';
import { freeze } from './freeze.ts';
import { parseJsonSource } from './json-source.ts';
import { limitProblem, type SourceFormat } from './limits.ts';
import type { DocumentSpec, Rule } from './spec.ts';
import { checkParts, SCHEMA_SOURCE, shapeDiagnostics, type CheckedParts } from './shape.ts';
import { parseSource, type SourceDocument, type YamlProblem } from './source.ts';

// The one validation engine. Every registry file goes through it: close-codes.yaml, each IANA
// module's file, each protocol file and compat.json. Limits first, then parse with positions, the
// shape part by part, the rules, and the compiled, frozen result.

type Position = (path: readonly (string | number)[], part?: 'key' | 'value') => { line: number; column: number };

export interface DocumentResult<Compiled> {
  /** Present only when there are no errors (warnings allowed); deeply frozen. */
  readonly result?: Compiled;
  /** Errors and warnings, sorted by position. */
  readonly diagnostics: readonly Diagnostic[];
  /** Where a path of the document is in the file, for checks across files. */
  readonly positionOf: Position;
  /** The parts whose shape is valid, for checks across files; absent when the file could not be read. */
  readonly parts?: CheckedParts;
}

/**
 * The validator every registry file goes through: limits, parse with positions, check the shape
 * part by part, run the rules, then compile and freeze. Reports every independent problem at once.
 * Never throws for bad content.
 */
export function checkDocumentText<Doc, Compiled>(text: string, spec: DocumentSpec<Doc, Compiled>): DocumentResult<Compiled>;
export function checkDocumentText<Doc, Compiled, Ctx>(text: string, spec: DocumentSpec<Doc, Compiled, Ctx>, ctx: Ctx): DocumentResult<Compiled>;
export function checkDocumentText<Doc, Compiled, Ctx>(text: string, spec: DocumentSpec<Doc, Compiled, Ctx>, ctx?: Ctx): DocumentResult<Compiled> {
  const format = spec.format ?? 'yaml';
  const limit = limitProblem(text, format, spec.limits);
  if (limit) return { diagnostics: [limit], positionOf: () => ({ line: limit.line, column: limit.column }) };
  const parsed = format === 'json' ? parseJsonSource(text) : parseSource(text);
  const positionOf: Position = (path, part) => parsed.positionOf(path, part);
  const diagnostics: Diagnostic[] = parsed.yamlErrors.map((e) => sourceDiagnostic(text, e, format));
  const syntaxBroken = parsed.yamlErrors.some((e) => !RECOVERED.has(e.code) && !e.code.startsWith('REFUSED_'));
  if (parsed.data === undefined) return { diagnostics: diagnostics.sort(byPosition), positionOf };
  if (parsed.data === null && !syntaxBroken && isBlank(text, format)) {
    const what = spec.schemaSource ?? SCHEMA_SOURCE;
    diagnostics.push({ severity: 'error', line: 1, column: 1, path: [], message: 'the file is empty', fix: `write the file's fields; ${what} lists them` });
    return { diagnostics: diagnostics.sort(byPosition), positionOf };
  }

  const shape = checkParts(spec.schema, parsed, syntaxBroken, spec.schemaSource);
  diagnostics.push(...shape.diagnostics);
  if (shape.parts) diagnostics.push(...ruleDiagnostics(spec.rules, shape.parts, parsed, ctx as Ctx));
  const parts = shape.parts;
  if (diagnostics.some((d) => d.severity === 'error')) return { diagnostics: diagnostics.sort(byPosition), positionOf, ...(parts ? { parts } : {}) };

  // Every part passed: parse the whole, for checks that span sections and for the typed result.
  const whole = spec.schema.safeParse(parsed.data);
  if (!whole.success) return { diagnostics: [...diagnostics, ...shapeDiagnostics(whole.error.issues, parsed, spec.schemaSource)].sort(byPosition), positionOf, ...(parts ? { parts } : {}) };
  return { result: freeze(spec.compile(whole.data as Doc, ctx as Ctx)), diagnostics: diagnostics.sort(byPosition), positionOf, ...(parts ? { parts } : {}) };
}

/** Problems after which the parser read on: the rest of the document is still checked. */
const RECOVERED = new Set(['DUPLICATE_KEY', 'JSON_TRAILING_COMMA', 'JSON_MISSING_COMMA']);

/** Nothing but white space and, in YAML, comments. */
function isBlank(text: string, format: SourceFormat): boolean {
  const lines = text.replace(/^\uFEFF/, '').split('\n');
  return lines.every((line) => line.trim() === '' || (format === 'yaml' && line.trim().startsWith('#')));
}

/** Runs each rule that the broken parts do not affect, and maps its findings back to the file. */
function ruleDiagnostics<Document, Ctx>(all: readonly Rule<Document, Ctx>[], parts: CheckedParts, parsed: SourceDocument, ctx: Ctx): Diagnostic[] {
  const document = parts.document as Document;
  const whole = parts.incomplete.size === 0;
  return all
    .filter((rule) => rule.needsWhole.every((section) => !parts.incomplete.has(section)))
    .flatMap((rule) => {
      if (whole) return rule.check(document, ctx);
      try {
        return rule.check(document, ctx);
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

// The JSON parser's problems (json-source.ts) already say what was found; these say what to do.
const JSON_FIXES: Record<string, string> = {
  JSON_TRAILING_COMMA: 'remove the comma: JSON allows none after the last member',
  JSON_MISSING_COMMA: 'add a comma after the value before it',
  JSON_SYNTAX: 'correct the JSON at this position; re-record the file with npm run conformance if it was not edited by hand',
};

function sourceDiagnostic(text: string, e: YamlProblem, format: SourceFormat): Diagnostic {
  const at = { severity: 'error' as const, line: e.line, column: e.column, path: [] };
  if (format === 'json') {
    if (e.code === 'DUPLICATE_KEY') return { ...at, message: `JSON: ${e.message}`, fix: 'remove one of the two, or rename one of them; JSON.parse would silently keep the last' };
    return { ...at, message: `JSON syntax: ${e.message}`, fix: JSON_FIXES[e.code] ?? JSON_FIXES.JSON_SYNTAX! };
  }
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
