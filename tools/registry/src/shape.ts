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
        message: `unknown field \`${key}\` in ${formatPath(issue.path) || 'the top level'}`,
        fix: 'remove it, or correct its spelling; tools/registry/src/schema.ts lists the fields',
      }));
    }
    const path = issue.path as Path;
    const present = valueAt(source.data, path) !== undefined;
    const where = formatPath(path) || 'the document';
    return [
      {
        severity: 'error' as const,
        ...source.positionOf(path, present ? 'value' : 'key'),
        path,
        message: present ? `${where}: ${plainMessage(issue)}` : `missing required field \`${where}\``,
        fix: present ? fixFor(issue) : `add \`${String(path.at(-1))}:\` here`,
      },
    ];
  });
}

function plainMessage(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type') return `expected ${article(issue.expected)}`;
  if (issue.code === 'invalid_value') return `not an allowed value`;
  return issue.message;
}

function fixFor(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `write ${article(issue.expected)} here`;
    case 'invalid_value':
      return `use one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return 'rewrite the value in the expected format';
    case 'too_small':
    case 'too_big':
      return 'change the value to fit the limit';
    default:
      return 'see tools/registry/src/schema.ts for the expected shape';
  }
}

function article(expected: string): string {
  const word = expected === 'int' ? 'whole number' : expected;
  return /^[aeiou]/.test(word) ? `an ${word}` : `a ${word}`;
}

function valueAt(data: unknown, path: Path): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = Object.hasOwn(node, step) ? (node as Record<string | number, unknown>)[step] : undefined;
  }
  return node;
}
