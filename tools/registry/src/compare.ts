// One comparator for text, used wherever output must be sorted the same on every machine.

/**
 * Orders strings by UTF-16 code units, as `<` does: unlike localeCompare, the order never depends
 * on the locale or the ICU data of the Node that runs it, so generated files stay byte-identical.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** A comparator for records by one text field: `items.sort(byText((i) => i.path))`. */
export const byText =
  <T>(key: (item: T) => string) =>
  (a: T, b: T): number =>
    compareText(key(a), key(b));

/**
 * JSON with object keys in code-unit order and undefined members left out: two values that hold the
 * same data, whatever order a file or a peer wrote their fields in, give the same text.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).filter(([, v]) => v !== undefined).sort(([a], [b]) => compareText(a, b));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
