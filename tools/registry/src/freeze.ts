/** Freezes a value and everything it holds, so no generator can change what another reads. */
export function freeze<T>(value: T): T {
  // An explicit stack, not recursion: compiled registries are shallow, but nothing here should depend on it.
  const pending: unknown[] = [value];
  while (pending.length > 0) {
    const next = pending.pop();
    if (next && typeof next === 'object' && !Object.isFrozen(next)) {
      Object.freeze(next);
      for (const child of Object.values(next)) pending.push(child);
    }
  }
  return value;
}
