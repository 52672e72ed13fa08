// Duplicate checks in one pass. Comparing every entry with every other costs O(n²): 10,000 entries
// took seconds. A Map from each key to where it first appears answers the same question in O(n).

/**
 * For each item, the index of the first item with the same key: its own index when it is the first.
 * `key` runs once per item (normalise there: lower-case, derive). Keys compare as a Map's do.
 */
export function firstIndexes<T>(items: readonly T[], key: (item: T) => unknown): number[] {
  const first = new Map<unknown, number>();
  return items.map((item, i) => {
    const k = key(item);
    const at = first.get(k);
    if (at !== undefined) return at;
    first.set(k, i);
    return i;
  });
}
