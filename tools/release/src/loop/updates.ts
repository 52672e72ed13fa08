// The synthetic IANA updates the maintainer loop replays on top of IANA's current file, each with
// what the synced registry must then show. Codes are chosen from the file, never fixed, so the
// replay keeps working as IANA's registry grows.
import type { ExpectedEntry } from './packed-check.ts';
import { addCode, changeDescription, closeRecords, firstPerson, isRegisteredCode, withdrawCode } from './synthetic-iana.ts';

export interface Update {
  readonly name: string;
  readonly xml: string;
  /** Problems with the synced registry's entries; none when the update arrived as intended. */
  readonly expect?: (entries: readonly ExpectedEntry[]) => string[];
}

const FIRST_COME_FIRST_SERVED = { from: 3000, to: 3999 } as const;
export const ADDED_DESCRIPTION = 'Synthetic Addition';
export const CHANGED_SUFFIX = ' (synthetic update)';

/** The day after the file's own <updated> date, then the next, and so on. */
function laterDates(xml: string): () => string {
  const updated = /<updated>(\d{4}-\d{2}-\d{2})<\/updated>/.exec(xml)?.[1] ?? '2026-01-01';
  let day = Date.parse(`${updated}T00:00:00Z`);
  return () => {
    day += 86_400_000;
    return new Date(day).toISOString().slice(0, 10);
  };
}

/** An addition, then a changed description, then a withdrawal, each on top of the one before. */
export function syntheticUpdates(current: string): Update[] {
  const nextDate = laterDates(current);
  const inFcfs = (from: number) => from >= FIRST_COME_FIRST_SERVED.from && from <= FIRST_COME_FIRST_SERVED.to;
  const records = closeRecords(current);
  const free = records.find((r) => !isRegisteredCode(r) && r.description === 'Unassigned' && inFcfs(r.from));
  if (!free) throw new Error('IANA\'s file has no Unassigned span in 3000-3999 to register a synthetic code in');
  const added = free.from;
  const registered = records.filter(isRegisteredCode).map((r) => r.from);
  const changed = registered.find((code) => inFcfs(code)) ?? registered[0]!;
  const withdrawn = [...registered].reverse().find((code) => inFcfs(code) && code !== changed) ?? added;

  const addition = addCode(current, { code: added, description: ADDED_DESCRIPTION, contact: firstPerson(current), date: nextDate() });
  const originalDescription = records.find((r) => r.from === changed)!.description;
  const change = changeDescription(addition, changed, originalDescription + CHANGED_SUFFIX, nextDate());
  const withdrawal = withdrawCode(change, withdrawn, nextDate());

  const entry = (entries: readonly ExpectedEntry[], code: number) => entries.find((e) => e.code === code);
  return [
    {
      name: `synthetic-add-${added}`,
      xml: addition,
      expect: (entries) => (entry(entries, added)?.ianaDescription === ADDED_DESCRIPTION ? [] : [`registry: ${added} was not added by the sync`]),
    },
    {
      name: `synthetic-change-${changed}`,
      xml: change,
      expect: (entries) =>
        entry(entries, changed)?.ianaDescription === originalDescription + CHANGED_SUFFIX ? [] : [`registry: ${changed}'s description did not change`],
    },
    {
      name: `synthetic-withdraw-${withdrawn}`,
      xml: withdrawal,
      expect: (entries) => (entry(entries, withdrawn)?.withdrawn ? [] : [`registry: ${withdrawn} is not marked withdrawn`]),
    },
  ];
}
