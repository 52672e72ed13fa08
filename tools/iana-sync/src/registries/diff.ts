import type { IanaRecord, IanaRegistryDocument, IanaRegistryModule } from '@wscodes-tools/registry';
import { compareValues } from '@wscodes-tools/registry';
import type { Bump } from '../semver.ts';
import type { UpstreamEntry, UpstreamRegistry } from './parse.ts';

// What differs between one IANA registry and its YAML. The `iana` fields are IANA's verbatim, so
// a difference is plain inequality; what a difference means for users is decided by bumpForRegistry.

export interface FieldDifference {
  readonly field: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface RegistryDiff {
  readonly module: IanaRegistryModule;
  readonly upstreamUpdated: string;
  readonly registryUpdated: string;
  readonly added: readonly UpstreamEntry[];
  /** Entries IANA no longer lists: kept, marked withdrawn. */
  readonly withdrawn: readonly { readonly value: number | string; readonly reason: string; readonly iana: IanaRecord }[];
  /** Entries the YAML holds as withdrawn that IANA lists again. */
  readonly reinstated: readonly UpstreamEntry[];
  readonly changed: readonly { readonly value: number | string; readonly fields: readonly FieldDifference[] }[];
  readonly header: readonly FieldDifference[];
  readonly unassigned: readonly { readonly range: string; readonly change: 'added' | 'removed' | 'changed' }[];
  readonly people: readonly { readonly id: string; readonly change: 'added' | 'removed' | 'changed' }[];
}

export function diffIanaRegistry(upstream: UpstreamRegistry, document: IanaRegistryDocument): RegistryDiff {
  const current = new Map(document.entries.map((e) => [e.value, e]));
  const listed = new Set(upstream.entries.map((e) => e.value));
  const added: UpstreamEntry[] = [];
  const reinstated: UpstreamEntry[] = [];
  const changed: RegistryDiff['changed'][number][] = [];
  for (const entry of upstream.entries) {
    const mine = current.get(entry.value);
    if (!mine) added.push(entry);
    else if (mine.withdrawn) reinstated.push(entry);
    else {
      const fields = fieldDifferences(mine.iana, entry.iana);
      if (fields.length) changed.push({ value: entry.value, fields });
    }
  }
  const withdrawn = document.entries
    .filter((e) => !listed.has(e.value) && !e.withdrawn)
    .sort((a, b) => compareValues(a.value, b.value))
    .map((e) => ({ value: e.value, reason: `no longer listed by IANA on ${upstream.header.updated}`, iana: e.iana }));
  return {
    module: upstream.module,
    upstreamUpdated: upstream.header.updated,
    registryUpdated: document.iana.updated,
    added,
    withdrawn,
    reinstated,
    changed,
    header: fieldDifferences({ ...document.iana, updated: '' }, { ...upstream.header, updated: '' }),
    unassigned: keyedChanges(document.unassigned ?? [], upstream.unassigned, (u) => u.range).map(([range, change]) => ({ range, change })),
    people: keyedChanges(document.people, upstream.people, (p) => p.id).map(([id, change]) => ({ id, change })),
  };
}

/** Nothing to write: every entry, the header, the spans and the people agree. The date alone is no change. */
export function registryInSync(diff: RegistryDiff): boolean {
  return [diff.added, diff.withdrawn, diff.reinstated, diff.changed, diff.header, diff.unassigned, diff.people].every((list) => list.length === 0);
}

/** DESIGN.md's semver policy for these registries: a withdrawn registration is major, a new one minor, the rest patch. */
export function bumpForRegistry(diff: RegistryDiff): { bump: Bump; reasons: string[] } | null {
  const n = (count: number, what: string) => `${count} ${diff.module.noun}${count === 1 ? '' : 's'} ${what}`;
  const reasons: { bump: Bump; reason: string }[] = [];
  if (diff.withdrawn.length) reasons.push({ bump: 'major', reason: n(diff.withdrawn.length, 'withdrawn') });
  if (diff.added.length) reasons.push({ bump: 'minor', reason: n(diff.added.length, 'added') });
  if (diff.reinstated.length) reasons.push({ bump: 'minor', reason: n(diff.reinstated.length, 'registered again') });
  if (diff.unassigned.some((u) => u.change !== 'changed')) reasons.push({ bump: 'minor', reason: 'unassigned spans moved' });
  if (diff.changed.length) reasons.push({ bump: 'patch', reason: n(diff.changed.length, 'changed') });
  if (diff.header.length || diff.people.length || diff.unassigned.some((u) => u.change === 'changed')) reasons.push({ bump: 'patch', reason: 'registry text changed' });
  if (!reasons.length) return null;
  const rank = { major: 0, minor: 1, patch: 2 } as const;
  reasons.sort((a, b) => rank[a.bump] - rank[b.bump]);
  return { bump: reasons[0]!.bump, reasons: reasons.map((r) => r.reason) };
}

function fieldDifferences(from: object, to: object): FieldDifference[] {
  const a = from as Record<string, unknown>;
  const b = to as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(a), ...Object.keys(b)])];
  return fields.filter((f) => canonical(a[f]) !== canonical(b[f])).map((field) => ({ field, from: a[field] ?? null, to: b[field] ?? null }));
}

function keyedChanges<T>(mine: readonly T[], theirs: readonly T[], key: (item: T) => string): [string, 'added' | 'removed' | 'changed'][] {
  const before = new Map(mine.map((m) => [key(m), m]));
  const after = new Map(theirs.map((t) => [key(t), t]));
  const out: [string, 'added' | 'removed' | 'changed'][] = [];
  for (const [k, t] of after) {
    if (!before.has(k)) out.push([k, 'added']);
    else if (canonical(before.get(k)) !== canonical(t)) out.push([k, 'changed']);
  }
  for (const k of before.keys()) if (!after.has(k)) out.push([k, 'removed']);
  return out;
}

/** JSON with keys sorted: equal data, whatever order the YAML or the XML wrote its fields in. */
export function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0))) : v,
  );
}
