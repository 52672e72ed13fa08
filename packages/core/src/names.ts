// @wscodes/core/names: IANA's close codes by name, for a code given as text (a config file, a log
// line, a person). Its own entry point, so that the main entry does not grow; a protocol's names are
// looked up by findCloseCodesByName of @wscodes/core/protocols.

// Through the main entry, not generated/registry.ts: an entry that reaches the registry without
// describe.ts makes the build split the registry into a chunk of its own, which costs the main
// entry's bundle 2 B (measured). A bundler keeps only CLOSE_CODE_INFO of it.
import { CLOSE_CODE_INFO } from './index.ts';
import { matchesIn, type CloseCodeNameMatch } from './name-lookup.ts';

export type { CloseCodeNameMatch } from './name-lookup.ts';

/**
 * IANA's close codes whose constant key (`AbnormalClosure`) or display name (`Abnormal Closure`) is
 * `name`, compared in lower case with everything but letters and digits dropped (`abnormal_closure`,
 * `ABNORMAL-CLOSURE`, `abnormalclosure`). Every match, sorted by code, never a guess; empty when none.
 * A code IANA withdrew still matches (its entry says when). Never throws; the result is frozen.
 */
export function findCloseCodesByName(name: string): readonly CloseCodeNameMatch<'iana'>[] {
  return matchesIn(CLOSE_CODE_INFO, 'iana', name);
}
