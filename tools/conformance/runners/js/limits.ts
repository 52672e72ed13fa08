// The runner's bounds: every wait has a time limit (PROTOCOL.md, "Limits"), and vectors are played a
// few at a time. Timers never keep the process alive.

/** Every wait in a run: long, because the machine is busy and only `timeout` may rest on it. */
export const STEP_LIMIT_MS = 10_000;

/** `promise`'s value, or `onLimit` once `ms` have passed. */
export function withinLimit<T, L>(promise: Promise<T>, ms: number, onLimit: L): Promise<T | L> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<L>((resolve) => {
    timer = setTimeout(() => resolve(onLimit), ms);
    timer.unref();
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

/** `promise`'s value; rejects after `ms` with an error naming what was awaited. */
export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  const limited = Symbol('limit');
  return withinLimit(promise, ms, limited).then((value) => {
    if (value === limited) throw new Error(`waited ${ms} ms for ${what}`);
    return value as T;
  });
}

/** Runs `task` over `items` with at most `limit` at a time; results keep the input order. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
