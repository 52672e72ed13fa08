import type { z } from 'zod';
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

/** Turns zod issues into positioned diagnostics with a hint on how to fix each one. */
export function shapeDiagnostics(issues: readonly z.core.$ZodIssue[], source: SourceDocument): Diagnostic[] {
  return issues.flatMap((issue) => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({
        severity: 'error' as const,
        ...source.positionOf([...issue.path, key] as Path, 'key'),
        path: [...issue.path, key] as Path,
        message: `unknown field \`${key}\` in ${formatPath(issue.path as Path) || 'the top level'}`,
        fix: 'remove it, or correct its spelling; tools/registry/src/schema.ts lists the fields',
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
        fix: present ? fixFor(issue, value) : `add \`${String(path.at(-1))}:\` here`,
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
    default:
      return issue.message;
  }
}

function fixFor(issue: z.core.$ZodIssue, value: unknown): string {
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
    default:
      return 'see tools/registry/src/schema.ts for the expected shape';
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
