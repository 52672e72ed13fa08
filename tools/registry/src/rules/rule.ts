import type { RegistryDocument } from '../schema.ts';

/** What a rule reports; the loader turns the path into file:line:col. */
export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  /** Point at the key rather than the value (for missing or misplaced fields). */
  readonly part?: 'key' | 'value';
  readonly message: string;
  readonly fix: string;
}

/** One check over a shape-valid document. Rules are independent and pure. */
export interface Rule {
  readonly id: string;
  readonly description: string;
  /**
   * The sections that must be whole for the rule to run when a shape or syntax error left entries
   * out. A rule that only compares the entries that are there (duplicates, wire rules) needs none;
   * one that asks "is anything missing" needs the sections it searches.
   */
  readonly needsWhole: readonly (keyof RegistryDocument)[];
  check(doc: RegistryDocument): Finding[];
}

export const error = (path: Finding['path'], message: string, fix: string): Finding => ({
  severity: 'error',
  path,
  message,
  fix,
});

export const warning = (path: Finding['path'], message: string, fix: string): Finding => ({
  severity: 'warning',
  path,
  message,
  fix,
});
