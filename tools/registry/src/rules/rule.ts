import type { RegistryDocument } from '../schema.ts';

/** What a rule reports; the engine (check-document.ts) turns the path into file:line:col. */
export interface Finding {
  readonly severity: 'error' | 'warning';
  readonly path: readonly (string | number)[];
  /** Point at the key rather than the value (for missing or misplaced fields). */
  readonly part?: 'key' | 'value';
  readonly message: string;
  readonly fix: string;
}

/**
 * One check over a shape-valid document of any registry file: close codes (the default), an IANA
 * module, a protocol file or compat.json. `ctx` is what the check needs from outside the file (a
 * protocol file's rules read the close-code registry's IANA space); void when nothing. Pure.
 */
export interface Rule<Doc = RegistryDocument, Ctx = void> {
  readonly id: string;
  readonly description: string;
  /**
   * The sections that must be whole for the rule to run when a shape or syntax error left entries
   * out. A rule that only compares the entries that are there (duplicates, wire rules) needs none;
   * one that asks "is anything missing" needs the sections it searches.
   */
  readonly needsWhole: readonly (keyof Doc & string)[];
  check(doc: Doc, ctx: Ctx): Finding[];
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
