// The registry this package is generated from, and facts derived from it, so that the tests follow
// the data: an IANA update (a code added, changed or withdrawn) needs no test edit.
import { loadRegistry, type CloseCodeEntry } from '@wscodes-tools/registry';

export const registry = loadRegistry();

export const registeredCodes: readonly number[] = registry.codes.map((c) => c.code);

/** Entries IANA still lists: a withdrawn entry (if the registry marks one) keeps its constant but not its verdicts. */
export const inForce: readonly CloseCodeEntry[] = registry.codes.filter((c) => !('withdrawn' in c && c.withdrawn));

/** The entry for a code, or undefined when the registry does not list it. */
export const entryOf = (code: number): CloseCodeEntry | undefined => registry.codes.find((c) => c.code === code);

/** Registered codes in from-to. */
export const registeredIn = (from: number, to: number): number[] => registeredCodes.filter((c) => c >= from && c <= to);

/** Codes in from-to that the registry does not list, lowest first. */
export function unregisteredIn(from: number, to: number): number[] {
  const out: number[] = [];
  for (let code = from; code <= to; code++) if (!entryOf(code)) out.push(code);
  return out;
}

/** The lowest and the highest unregistered code of a span (they may be equal), for boundary cases. */
export function unregisteredEnds(from: number, to: number): number[] {
  const free = unregisteredIn(from, to);
  if (free.length === 0) throw new Error(`the registry lists every code in ${from}-${to}; pick another span for this test`);
  return [...new Set([free[0]!, free[free.length - 1]!])];
}

/**
 * What the protocol says may be sent in a Close frame (RFC 6455 7.4): a registered code in 1000-2999
 * that its entry lets endpoints send, or anything in 3000-4999.
 */
export function sendableByRule(code: number): boolean {
  if (code >= 3000 && code <= 4999) return Number.isInteger(code);
  return code >= 1000 && code <= 2999 && entryOf(code)?.send === true;
}

/** What the protocol accepts on receipt (RFC 6455 7.4): the same shape, with each entry's receive flag. */
export function receivableByRule(code: number): boolean {
  if (code >= 3000 && code <= 4999) return Number.isInteger(code);
  return code >= 1000 && code <= 2999 && entryOf(code)?.receive === true;
}

/** Every code in a list of runs such as "1000-1003, 1007-1014 or 3000-4999". */
export function expandRuns(text: string): number[] {
  const out: number[] = [];
  for (const part of text.split(/, | or /)) {
    const m = /^(\d+)(?:-(\d+))?$/.exec(part.trim());
    if (!m) throw new Error(`expandRuns: ${JSON.stringify(part)} in ${JSON.stringify(text)} is not a code or a run`);
    const from = Number(m[1]);
    const to = m[2] === undefined ? from : Number(m[2]);
    for (let code = from; code <= to; code++) out.push(code);
  }
  return out;
}

/** Every integer 0-65535 that passes a test. */
export function codesWhere(test: (code: number) => boolean): number[] {
  const out: number[] = [];
  for (let code = 0; code <= 65535; code++) if (test(code)) out.push(code);
  return out;
}

/** IANA's other registries, loaded beside the close codes; a missing one fails here, loudly. */
export function ianaRegistry<Id extends keyof NonNullable<typeof registry.ianaRegistries>>(id: Id): NonNullable<NonNullable<typeof registry.ianaRegistries>[Id]> {
  const loaded = registry.ianaRegistries?.[id];
  if (loaded === undefined) throw new Error(`registry/${id} was not loaded beside registry/close-codes.yaml: core's ${id} module has nothing to be checked against`);
  return loaded;
}

/** The entries IANA lists today (a withdrawn entry stays in the file as history, not in core). */
export const listedEntries = <E extends { readonly withdrawn?: unknown }>(registry: { readonly entries: readonly E[] }): E[] => registry.entries.filter((e) => e.withdrawn === undefined);
