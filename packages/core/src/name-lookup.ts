// A close code by its name, over any table: @wscodes/core/names binds it to IANA's registry,
// @wscodes/core/protocols to a protocol's codes and IANA's, and the tests to tables of their own.
// No generated index: the tables the package already ships are read once, on the first lookup.

/** A code that a name matches, and whose name it is. */
export interface CloseCodeNameMatch<Source extends string = string> {
  readonly code: number;
  /** The display name (`Abnormal Closure`). */
  readonly name: string;
  /** The constant key: IANA's `CloseCode` key (`AbnormalClosure`), or the protocol's key for the code. */
  readonly key: string;
  /** `'iana'` for IANA's registry, else the catalogue id of the protocol whose name it is. */
  readonly source: Source;
}

/** A row of a table a name is looked up in: CLOSE_CODE_INFO's, or a protocol's codes. */
export interface NamedCode {
  readonly code: number;
  readonly key: string;
  readonly name: string;
}

/**
 * A name as the lookups compare it: lower case, every character that is not a letter or a digit
 * dropped. `Abnormal Closure`, `AbnormalClosure`, `abnormal_closure` and `ABNORMAL-CLOSURE` are one
 * name, and so are `Invalid intent(s)` and `InvalidIntents`.
 */
export const normaliseName = (text: string): string => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

const NONE: readonly never[] = Object.freeze([]);

// One Map per table, built on first use: a plain object would answer for '__proto__' or 'constructor'.
const indexes = new WeakMap<readonly NamedCode[], Map<string, readonly CloseCodeNameMatch[]>>();

/**
 * Every row of `table` whose key or name is `name` once normalised, in table order, each row once
 * (a key and a name that normalise alike are one match). Empty for a non-string, and for a name
 * with no letter or digit. `source` labels the matches; a table always has the same one.
 */
export function matchesIn<Source extends string>(table: readonly NamedCode[], source: Source, name: unknown): readonly CloseCodeNameMatch<Source>[] {
  if (typeof name !== 'string') return NONE;
  let index = indexes.get(table);
  if (index === undefined) {
    index = new Map();
    for (const { code, key, name: display } of table) {
      const match = Object.freeze({ code, name: display, key, source });
      for (const form of new Set([normaliseName(key), normaliseName(display)])) if (form) index.set(form, Object.freeze([...(index.get(form) ?? []), match]));
    }
    indexes.set(table, index);
  }
  return (index.get(normaliseName(name)) ?? NONE) as readonly CloseCodeNameMatch<Source>[];
}
