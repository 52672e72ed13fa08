import type { IanaRegistryData } from '@wscodes-tools/registry';

/**
 * The entries IANA lists today. An entry IANA withdrew stays in the registry file as history, but
 * core describes the registry as it is: its constant, literal type and table row go (a major
 * release, as the versioning policy says for a withdrawal).
 */
export const listed = <E extends IanaRegistryData['entries'][number]>(registry: { readonly entries: readonly E[] }): E[] =>
  registry.entries.filter((e) => e.withdrawn === undefined);

/** A note for the JSDoc of an entry whose curated fields are placeholders. */
export const pendingMark = (entry: { readonly pending: boolean }): string => (entry.pending ? ' Its curated name awaits review.' : '');
