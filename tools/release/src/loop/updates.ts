// The synthetic IANA revisions the maintainer loop replays on top of IANA's current file: one per
// kind of change, each touching all six registries at once, with what the synced registries must
// then show. Values are chosen from the file at run time, never fixed, so the replay keeps working
// as IANA's registries grow. Also the broken upstreams the sync must refuse.
import {
  addValue,
  changeWords,
  decodeEntities,
  dropRegistry,
  emptyRegistry,
  records,
  registeredValues,
  withdrawValue,
  type LoopRegistry,
  type Withdrawal,
} from './synthetic-iana.ts';
import { basename } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import type { ChildResult } from './run-child.ts';

/** What a synced registry must show after a revision. */
export interface Change {
  readonly registry: string;
  readonly value: number | string;
  readonly kind: 'added' | 'changed' | 'withdrawn';
  /** The words IANA now gives the value (added, changed). */
  readonly words?: string;
}

export interface Update {
  readonly name: string;
  readonly xml: string;
  /** What the step proves, in a few words, for the loop's table. */
  readonly proves: string;
  readonly changes: readonly Change[];
  /** Registries the revision leaves alone, and why: printed in the step's log. */
  readonly skipped: readonly string[];
  /** `REGISTRY:VALUE` for every withdrawal the sync's mass-withdrawal guard would refuse. */
  readonly allowWithdrawal: readonly string[];
}

export const ADDED_WORDS = 'Synthetic addition';
export const CHANGED_SUFFIX = ' (synthetic update)';

/** The day after `date`, as YYYY-MM-DD. */
export const nextDay = (date: string): string => new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const fileDate = (xml: string): string => {
  const updated = /<updated>(\d{4}-\d{2}-\d{2})<\/updated>/.exec(xml)?.[1];
  if (!updated) throw new Error('the IANA file has no <updated> YYYY-MM-DD date');
  return updated;
};

/** The value a synthetic revision registers in each registry: inside an Unassigned span, after the last number, or a new name. */
export function freshValues(xml: string, registry: LoopRegistry): (number | string)[] {
  const all = records(xml, registry);
  const taken = new Set(all.filter((r) => r.value !== undefined && !r.placeholder).map((r) => String(r.value).toLowerCase()));
  const ok = (v: number | string) => registry.parseValue(String(v)) === v && !taken.has(String(v).toLowerCase());
  const spans = all.filter((r) => r.span && /^\s*unassigned\b/i.test(r.words));
  if (spans.length > 0) {
    // Close codes: one in IANA's standards span (1000-2999) and one in the first-come span (3000-3999); other registries one.
    const wanted = registry.ianaId === 'close-code-number' ? [(v: number) => v < 3000, (v: number) => v >= 3000 && v < 4000] : [() => true];
    return wanted.flatMap((inRange) => {
      const span = spans.find((s) => inRange(s.span!.from) && ok(s.span!.from));
      return span ? [span.span!.from] : [];
    });
  }
  const numbers = all.flatMap((r) => (r.span ? [r.span.to] : []));
  const candidates: (number | string)[] = [
    ...(numbers.length > 0 ? [Math.max(...numbers) + 1] : []),
    `synthetic-${registry.ianaId}`,
    // A name with a number in it (RSV1): the next one.
    ...[...taken].flatMap((v) => {
      const value = all.find((r) => String(r.value).toLowerCase() === v)!.valueText;
      const digits = /(\d+)$/.exec(value);
      return digits ? [value.slice(0, -digits[1]!.length) + String(Number(digits[1]) + 1)] : [];
    }),
  ];
  const found = candidates.find(ok);
  return found === undefined ? [] : [found];
}

/**
 * The values the loop may change or withdraw, best first: the registry's preferred values among
 * those it held at the start (third parties' close codes, control opcodes), then the loop's own
 * additions, then the rest; never a protected value. Within each group the highest value first.
 */
export function candidates(xml: string, registry: LoopRegistry, original: readonly (number | string)[]): (number | string)[] {
  const now = registeredValues(xml, registry).filter((v) => !registry.protectedValues.includes(v));
  const rank = (v: number | string) => (!original.includes(v) ? 1 : registry.preferred(v) ? 0 : 2);
  return [...now].sort((a, b) => rank(a) - rank(b) || compare(b, a));
}

/** The value a revision changes: the last of the best group, so that the withdrawals, which take the first ones, come later. */
function toChange(list: readonly (number | string)[], registry: LoopRegistry, original: readonly (number | string)[]): number | string | undefined {
  const best = (v: number | string) => original.includes(v) && registry.preferred(v);
  return list.filter(best).at(-1) ?? list.at(-1);
}

const compare = (a: number | string, b: number | string): number =>
  typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b), 'en');

/** Does sync's guard refuse this withdrawal? More than half of a registry of 4 or more values, at once. */
export const guardApplies = (registeredBefore: number, withdrawn: number): boolean => registeredBefore >= 4 && withdrawn * 2 > registeredBefore;

const allowed = (registry: LoopRegistry, values: readonly (number | string)[]): string[] => values.map((v) => `${registry.id}:${v}`);

/**
 * Five revisions on top of `current`, each on top of the one before: (a) an addition in every
 * registry, plus a close code in 1000-2999 and one in 3000-3999; (b) a changed field in every
 * registry; (c) a withdrawal by deletion, (d) by "Unassigned", (e) by "Reserved", in every
 * registry that keeps a registered value after it.
 */
export function syntheticUpdates(current: string, registries: readonly LoopRegistry[]): Update[] {
  let date = fileDate(current);
  const original = new Map(registries.map((r) => [r.id, registeredValues(current, r)]));
  const updates: Update[] = [];

  // (a) additions; each revision dated the day after the one before, as IANA dates a revision
  let xml = current;
  date = nextDay(date);
  const added: Change[] = [];
  for (const registry of registries) {
    for (const value of freshValues(xml, registry)) {
      const words = `${ADDED_WORDS} ${value}`;
      xml = addValue(xml, registry, { value, words, date });
      added.push({ registry: registry.id, value, kind: 'added', words });
    }
  }
  const missing = registries.filter((r) => !added.some((a) => a.registry === r.id)).map((r) => `${r.id}: no value left to register`);
  updates.push({ name: 'synthetic-add', xml, proves: `added ${list(added)}`, changes: added, skipped: missing, allowWithdrawal: [] });

  // (b) a changed field
  const changed: Change[] = [];
  const unchanged: string[] = [];
  date = nextDay(date);
  for (const registry of registries) {
    const value = toChange(candidates(xml, registry, original.get(registry.id)!), registry, original.get(registry.id)!);
    if (value === undefined) {
      unchanged.push(`${registry.id}: no registered value the loop may change`);
      continue;
    }
    const before = records(xml, registry).find((r) => r.value === value && !r.placeholder)!;
    const words = `${before.words.replace(/\s+$/, '')}${CHANGED_SUFFIX}`;
    xml = changeWords(xml, registry, value, words, date);
    changed.push({ registry: registry.id, value, kind: 'changed', words: decodeEntities(words) });
  }
  updates.push({ name: 'synthetic-change', xml, proves: `changed ${list(changed)}`, changes: changed, skipped: unchanged, allowWithdrawal: [] });

  // (c) (d) (e) withdrawals
  for (const how of ['deletion', 'unassigned', 'reserved'] as const satisfies readonly Withdrawal[]) {
    const withdrawn: Change[] = [];
    const skipped: string[] = [];
    const allow: string[] = [];
    date = nextDay(date);
    for (const registry of registries) {
      const registered = registeredValues(xml, registry);
      const value = candidates(xml, registry, original.get(registry.id)!)[0];
      if (value === undefined || registered.length < 2) {
        // Withdrawing a registry's last value would leave IANA's registry registering nothing, an
        // upstream the sync refuses while our YAML has entries (the refused steps show it).
        skipped.push(`${registry.id}: ${registered.length === 1 ? `${registered[0]} is its only registered value left` : 'no value the loop may withdraw'}; withdrawing it would leave the registry empty`);
        continue;
      }
      xml = withdrawValue(xml, registry, value, how, date);
      withdrawn.push({ registry: registry.id, value, kind: 'withdrawn' });
      if (guardApplies(registered.length, 1)) allow.push(...allowed(registry, [value]));
    }
    updates.push({ name: `synthetic-withdraw-${how}`, xml, proves: `withdrawn by ${how}: ${list(withdrawn)}`, changes: withdrawn, skipped, allowWithdrawal: allow });
  }
  return updates;
}

const list = (changes: readonly Change[]): string => {
  const by = new Map<string, (number | string)[]>();
  for (const c of changes) by.set(c.registry, [...(by.get(c.registry) ?? []), c.value]);
  return [...by].map(([registry, values]) => `${registry} ${values.join(', ')}`).join('; ');
};

/** An upstream the sync must refuse (exit 2, one line naming the registry, nothing written), or accept with the flag. */
export interface Refusal {
  readonly name: string;
  readonly xml: string;
  readonly registry: LoopRegistry;
  readonly args: readonly string[];
  /** 2: refused. 1: `--check` with the flag, the guard lifted, differences found. */
  readonly exit: 1 | 2;
  readonly proves: string;
}

/**
 * Broken upstreams made from `current`: an empty close-code registry, an empty registry of
 * another kind, a missing registry, a mass withdrawal without the flag; and the same mass
 * withdrawal named by --allow-withdrawal, which --check then reports instead of refusing.
 */
export function refusedUpstreams(current: string, registries: readonly LoopRegistry[]): Refusal[] {
  const date = nextDay(fileDate(current));
  const [closeCodes, ...others] = registries;
  if (!closeCodes || others.length < 2) throw new Error('the loop needs close codes and at least two other registries');
  // The largest other registry, for an empty registry and a mass withdrawal; the smallest, for a missing one.
  const bySize = [...others].sort((a, b) => registeredValues(current, b).length - registeredValues(current, a).length);
  const largest = bySize[0]!;
  const smallest = bySize.at(-1)!;
  const mass = candidates(current, largest, registeredValues(current, largest));
  const count = Math.floor(registeredValues(current, largest).length / 2) + 1;
  if (mass.length < count || !guardApplies(registeredValues(current, largest).length, count)) {
    throw new Error(`${largest.id} has too few values for a mass withdrawal`);
  }
  const gone = mass.slice(0, count);
  const massXml = gone.reduce<string>((xml, value) => withdrawValue(xml, largest, value, 'deletion', date), current);
  const allow = ['--allow-withdrawal', allowed(largest, gone).join(',')];
  return [
    { name: 'refused-empty-close-codes', xml: emptyRegistry(current, closeCodes, date), registry: closeCodes, args: [], exit: 2, proves: `${closeCodes.id} listed with no records: refused` },
    { name: `refused-empty-${largest.id}`, xml: emptyRegistry(current, largest, date), registry: largest, args: [], exit: 2, proves: `${largest.id} listed with no records: refused` },
    { name: `refused-missing-${smallest.id}`, xml: dropRegistry(current, smallest, date), registry: smallest, args: [], exit: 2, proves: `${smallest.id} missing from the file: refused` },
    {
      name: `refused-mass-withdrawal-${largest.id}`,
      xml: massXml,
      registry: largest,
      args: [],
      exit: 2,
      proves: `${count} of ${registeredValues(current, largest).length} ${largest.id} withdrawn at once, no flag: refused`,
    },
    {
      name: `allowed-mass-withdrawal-${largest.id}`,
      xml: massXml,
      registry: largest,
      args: ['--check', ...allow],
      exit: 1,
      proves: `the same, named by --allow-withdrawal: --check reports it (exit 1), nothing written`,
    },
  ];
}

/** One synced registry as the loop reads it from the YAML: each value's words and whether it is withdrawn. */
export type SyncedRegistry = ReadonlyMap<string, { readonly words: string | undefined; readonly withdrawn: boolean }>;

/** Problems with the synced registries; none when every change of the revision arrived. */
export function changeProblems(changes: readonly Change[], synced: ReadonlyMap<string, SyncedRegistry>): string[] {
  return changes.flatMap((change) => {
    const entry = synced.get(change.registry)?.get(String(change.value));
    const where = `${change.registry} ${change.value}`;
    if (!entry) return [`${where}: not in the synced registry`];
    const words = entry.words?.replace(/\s+/g, ' ').trim();
    const expected = change.words?.replace(/\s+/g, ' ').trim();
    switch (change.kind) {
      case 'added':
        return entry.withdrawn || words !== expected ? [`${where}: not added as "${expected}" (found "${words}"${entry.withdrawn ? ', withdrawn' : ''})`] : [];
      case 'changed':
        return words !== expected ? [`${where}: IANA's words did not change to "${expected}" (found "${words}")`] : [];
      case 'withdrawn':
        return entry.withdrawn ? [] : [`${where}: not marked withdrawn`];
    }
  });
}

/** Problems with how the sync answered a refusal: the exit status, and for a refusal one line naming the registry and no stack. */
export function refusalProblems(refusal: Pick<Refusal, 'exit' | 'registry'>, result: Pick<ChildResult, 'status' | 'output'>): string[] {
  const problems: string[] = [];
  if (result.status !== refusal.exit) problems.push(`exit ${result.status}, expected ${refusal.exit}\n${indentLines(stripVTControlCharacters(result.output).trim().split('\n').slice(-8).join('\n'))}`);
  if (refusal.exit !== 2) return problems;
  const lines = stripVTControlCharacters(result.output).split('\n');
  if (lines.some((line) => /^\s+at\s/.test(line))) problems.push('printed a stack trace');
  const errors = lines.filter((line) => /^sync:iana\b/.test(line));
  if (errors.length !== 1) problems.push(`${errors.length} "sync:iana: …" lines, expected one`);
  const { registry } = refusal;
  const names = [registry.id, registry.ianaId, registry.file, basename(registry.file), registry.noun].map((n) => n.toLowerCase());
  if (errors.length === 1 && !names.some((n) => errors[0]!.toLowerCase().includes(n))) problems.push(`the line does not name the registry (${registry.id}): ${errors[0]}`);
  return problems;
}

const indentLines = (text: string): string => text.split('\n').map((line) => `    ${line}`).join('\n');
