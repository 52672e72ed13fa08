import { z } from 'zod';
import type { Diagnostic } from './diagnostics.ts';
import type { SourceDocument } from './source.ts';

type Path = readonly (string | number)[];

/** Renders a document path the way a reader finds it in the YAML: codes[3].iana.contact */
export function formatPath(path: Path): string {
  return path.reduce<string>(
    (out, step) => (typeof step === 'number' ? `${out}[${step}]` : out ? `${out}.${step}` : step),
    '',
  );
}

/** Where the close-code registry's fields are declared; other registries name their module. */
export const SCHEMA_SOURCE = 'tools/registry/src/schema.ts';

/**
 * A value that matches no branch of a union gets zod's bare "Invalid input"; the branch it comes
 * closest to (fewest issues) says what is actually wrong with it.
 */
function closestBranch(issues: readonly z.core.$ZodIssue[]): z.core.$ZodIssue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const best = issue.errors.reduce((a, b) => (b.length < a.length ? b : a));
    return closestBranch(best.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as z.core.$ZodIssue));
  });
}

/** Turns zod issues into positioned diagnostics with a hint on how to fix each one. */
export function shapeDiagnostics(issues: readonly z.core.$ZodIssue[], source: SourceDocument, schemaSource = SCHEMA_SOURCE): Diagnostic[] {
  return closestBranch(issues).flatMap((issue) => {
    if (issue.code === 'invalid_key') {
      const path = issue.path as Path;
      return [
        {
          severity: 'error' as const,
          ...source.positionOf(path, 'key'),
          path,
          message: `${formatPath(path.slice(0, -1)) || 'the top level'}: the key ${JSON.stringify(String(path.at(-1)))} is not valid: ${issue.issues[0]?.message ?? issue.message}`,
          fix: `rename the key; ${schemaSource} gives its pattern`,
        },
      ];
    }
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        severity: 'error' as const,
        ...source.positionOf([...issue.path, key] as Path, 'key'),
        path: [...issue.path, key] as Path,
        message: `unknown field \`${key}\` in ${formatPath(issue.path as Path) || 'the top level'}`,
        fix: `remove it, or correct its spelling; ${schemaSource} lists the fields`,
      }));
    }
    const path = issue.path as Path;
    const value = valueAt(source.data, path);
    const present = value !== undefined;
    const where = formatPath(path) || 'the document';
    return [
      {
        severity: 'error' as const,
        ...source.positionOf(path, present ? 'value' : 'key'),
        path,
        message: present ? `${where}: ${plainMessage(issue, value)}` : `missing required field \`${where}\``,
        fix: !present ? `add \`${String(path.at(-1))}:\` here` : path.length === 0 && issue.code === 'invalid_type' ? `a registry file is a mapping of \`field: value\` lines at the top level; ${schemaSource} lists the fields` : fixFor(issue, value, schemaSource),
      },
    ];
  });
}

// zod's own wording ("Too small: expected string to have >=1 characters") speaks of JavaScript,
// not of the YAML the contributor is editing; these say what was found and what YAML to write.
function plainMessage(issue: z.core.$ZodIssue, value: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedYaml(issue.expected)}, found ${describeYaml(value)}`;
    case 'invalid_value':
      return `${describeYaml(value)} is not one of the allowed values`;
    case 'too_small':
      return issue.origin === 'string' && Number(issue.minimum) === 1 ? 'must not be empty' : issue.message;
    case 'custom':
      return `${describeYaml(value)} ${issue.message}`;
    default:
      return issue.message;
  }
}

function fixFor(issue: z.core.$ZodIssue, value: unknown, schemaSource: string): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'boolean') return 'write true or false';
      if ((issue.expected === 'number' || issue.expected === 'int') && typeof value === 'string' && /^\s*-?\d/.test(value))
        return 'write the number without quotes';
      if (issue.expected === 'string') return 'write the text here; quote it if it would read as a number, true/false or null';
      if (issue.expected === 'array') return 'write a list of `- ` items, or [] for none';
      if (issue.expected === 'object') return 'write `field: value` lines, indented under it';
      return `write ${expectedYaml(issue.expected)} here`;
    case 'invalid_value':
      return `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'rewrite the value in the expected format';
    case 'too_small':
      return issue.origin === 'string' ? 'write the text, or remove the field if it is optional' : `use a value of at least ${issue.minimum}`;
    case 'too_big':
      return `use a value of at most ${issue.maximum}`;
    case 'custom':
      // A refinement names its own fix (see isoDate in schema.ts).
      return typeof issue.params?.fix === 'string' ? issue.params.fix : `see ${schemaSource} for the expected shape`;
    default:
      return `see ${schemaSource} for the expected shape`;
  }
}

/** The YAML a contributor would write for a zod type. */
function expectedYaml(expected: string): string {
  const words: Record<string, string> = {
    int: 'a whole number',
    number: 'a number',
    boolean: 'true or false',
    string: 'a text',
    array: 'a list',
    object: 'a mapping',
  };
  return words[expected] ?? `a ${expected}`;
}

/** What a YAML value looks like to the person who wrote it. */
function describeYaml(value: unknown): string {
  if (value === null) return 'an empty value (null)';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
    case 'number':
      return `the number ${value}`;
    case 'boolean':
      return String(value);
    case 'object':
      return 'a mapping';
    default:
      return typeof value;
  }
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, step) ? (node as Record<string | number, unknown>)[step] : undefined;
  }
  return node;
}

/** The document as far as its shape is valid, for the rules to run on. */
export interface CheckedParts {
  /** Every section whose shape is valid; list sections hold only their valid items ([] if none). */
  readonly document: Record<string, unknown>;
  /** Sections with an item or a value left out, by a shape error or a syntax error. */
  readonly incomplete: ReadonlySet<string>;
  /** For each list section: the position in the file of each item kept in `document`. */
  readonly indexes: ReadonlyMap<string, readonly number[]>;
}

/**
 * Checks the shape section by section and list item by list item, so that one bad entry neither
 * hides the problems of the others nor keeps the rules from looking at every entry that is fine.
 */
export function checkParts(
  schema: z.ZodObject,
  source: SourceDocument,
  syntaxBroken: boolean,
  schemaSource = SCHEMA_SOURCE,
): { diagnostics: Diagnostic[]; parts?: CheckedParts } {
  const data = source.data;
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    if (syntaxBroken) return { diagnostics: [] }; // what is left after the syntax errors says nothing
    const whole = schema.safeParse(data);
    return { diagnostics: whole.success ? [] : shapeDiagnostics(whole.error.issues, source, schemaSource) };
  }
  const broken = new Set(source.broken.map((p) => JSON.stringify(p)));
  const isBroken = (path: Path) => broken.has(JSON.stringify(path));
  const issues: z.core.$ZodIssue[] = [];
  const prefixed = (prefix: Path, found: readonly z.core.$ZodIssue[]) =>
    found.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }) as z.core.$ZodIssue);

  // Unknown top-level fields, without judging the sections yet.
  const anySection = Object.fromEntries(Object.keys(schema.shape).map((k) => [k, zAny]));
  const top = strictObjectOf(anySection).safeParse(data);
  if (!top.success) issues.push(...top.error.issues);

  const document: Record<string, unknown> = {};
  const keyProblems: { path: Path; message: string }[] = [];
  const incomplete = new Set<string>();
  const indexes = new Map<string, number[]>();
  for (const [key, sectionSchema] of Object.entries(schema.shape) as [string, z.ZodType][]) {
    const value = (data as Record<string, unknown>)[key];
    const element = listElement(sectionSchema);
    if (isBroken([key]) || (value === undefined && syntaxBroken)) {
      // Unreadable, or perhaps lost to a syntax error: the syntax error has been reported.
      incomplete.add(key);
      if (element) document[key] = [];
      continue;
    }
    const entry = recordEntry(sectionSchema);
    if (entry && value !== null && typeof value === 'object' && !Array.isArray(value)) {
      // A record (compat.json's peers and results): each entry on its own, as list items are.
      const kept: Record<string, unknown> = {};
      for (const [name, item] of Object.entries(value)) {
        if (isBroken([key, name])) {
          incomplete.add(key);
          continue;
        }
        const keyResult = entry.key.safeParse(name);
        if (!keyResult.success) {
          keyProblems.push({ path: [key, name], message: `${key}: the key ${JSON.stringify(name)} is not valid: ${keyResult.error.issues[0]?.message ?? 'see the schema'}` });
          incomplete.add(key);
          continue;
        }
        const result = entry.value.safeParse(item);
        if (!result.success) {
          issues.push(...prefixed([key, name], result.error.issues));
          incomplete.add(key);
          continue;
        }
        Object.defineProperty(kept, name, { value: result.data, enumerable: true, writable: true, configurable: true });
      }
      document[key] = kept;
      continue;
    }
    if (element && Array.isArray(value)) {
      const kept: unknown[] = [];
      const at: number[] = [];
      value.forEach((item, i) => {
        if (isBroken([key, i])) return void incomplete.add(key);
        const result = element.safeParse(item);
        if (!result.success) {
          issues.push(...prefixed([key, i], result.error.issues));
          incomplete.add(key);
          return;
        }
        kept.push(result.data);
        at.push(i);
      });
      document[key] = kept;
      indexes.set(key, at);
      continue;
    }
    const result = sectionSchema.safeParse(value);
    if (result.success) {
      document[key] = result.data;
    } else {
      issues.push(...prefixed([key], result.error.issues));
      incomplete.add(key);
      if (element) document[key] = [];
    }
  }
  const keyDiagnostics = keyProblems.map(({ path, message }): Diagnostic => ({
    severity: 'error',
    ...source.positionOf(path, 'key'),
    path,
    message,
    fix: `rename the key; ${schemaSource} gives the pattern`,
  }));
  return { diagnostics: [...keyDiagnostics, ...shapeDiagnostics(issues, source, schemaSource)], parts: { document, incomplete, indexes } };
}

const zAny = z.any().optional();
const strictObjectOf = (shape: Record<string, z.ZodType>) => z.strictObject(shape);

/** The item schema of a list section (also an optional one), or undefined for any other section. */
function listElement(schema: z.ZodType): z.ZodType | undefined {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodArray ? (inner.element as z.ZodType) : undefined;
}

/** The key and value schemas of a record section (also an optional one), or undefined for any other section. */
function recordEntry(schema: z.ZodType): { key: z.ZodType; value: z.ZodType } | undefined {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodOptional || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodRecord ? { key: inner.keyType as z.ZodType, value: inner.valueType as z.ZodType } : undefined;
}
