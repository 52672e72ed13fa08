import { compareText } from './compare.ts';

/** A problem found in the registry, tied to a place in the YAML source. */
export interface Diagnostic {
  readonly severity: 'error' | 'warning';
  readonly line: number;
  readonly column: number;
  readonly message: string;
  /** How to fix it, in one short clause. */
  readonly fix: string;
  /** Path inside the document, such as ['codes', 3, 'key']. */
  readonly path: readonly (string | number)[];
}

export function formatDiagnostic(file: string, d: Diagnostic): string {
  const tag = d.severity === 'warning' ? 'warning: ' : '';
  return `${file}:${d.line}:${d.column}  ${tag}${d.message}  (${d.fix})`;
}

export function byPosition(a: Diagnostic, b: Diagnostic): number {
  return a.line - b.line || a.column - b.column || compareText(a.message, b.message);
}

/** A diagnostic with the file it is in, for checks over several files. */
export interface FileDiagnostic {
  readonly file: string;
  readonly diagnostic: Diagnostic;
}

/** Thrown by loadRegistry when the registry has errors; carries every diagnostic, each with its file. */
export class RegistryError extends Error {
  readonly problems: readonly FileDiagnostic[];
  constructor(
    readonly file: string,
    readonly diagnostics: readonly Diagnostic[],
    problems?: readonly FileDiagnostic[],
  ) {
    const all = problems ?? diagnostics.map((diagnostic) => ({ file, diagnostic }));
    const errors = all.filter((p) => p.diagnostic.severity === 'error');
    super(
      `${file} has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` +
        all.map((p) => formatDiagnostic(p.file, p.diagnostic)).join('\n'),
    );
    this.name = 'RegistryError';
    this.problems = all;
  }
}
