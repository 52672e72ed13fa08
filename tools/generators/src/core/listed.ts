import type { IanaRegistryData } from '@wscodes-tools/registry';

type Entry = IanaRegistryData['entries'][number];

/**
 * The entries IANA lists today. An entry IANA withdrew stays in the registry file as history, but
 * core's tables, literal types and lookups describe the registry as it is.
 */
export const listed = <E extends Entry>(registry: { readonly entries: readonly E[] }): E[] => registry.entries.filter((e) => e.withdrawn === undefined);

/**
 * A named constant (Opcode.Close, HeaderBit.Rsv1) outlives its registration, as CloseCode's do:
 * code that names it keeps compiling, warned by @deprecated, until a major release deletes the
 * entry from the registry file.
 */
export const withConstant = <E extends Entry>(registry: { readonly entries: readonly E[] }): readonly E[] => registry.entries;

/** The end of an entry's JSDoc: a note on placeholders awaiting review, or the deprecation of a withdrawn entry. */
export function entryNotes(entry: Entry): string {
  const pending = entry.pending ? ' Its curated name awaits review.' : '';
  if (entry.withdrawn === undefined) return pending;
  return `${pending}\n\n@deprecated IANA withdrew ${entry.value} on ${entry.withdrawn.date} (${entry.withdrawn.reason}). This constant goes in the next major release.`;
}
