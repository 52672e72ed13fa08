import type { Contact, IanaRecord, IanaRegistryDocument, IanaRegistryModule } from '@wscodes-tools/registry';
import { byText, canonical, compareValues, personIds } from '@wscodes-tools/registry';
import { withdrawalNote } from '../diff.ts';
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
  readonly withdrawn: readonly { readonly value: number | string; readonly reason: string; readonly iana: IanaRecord; readonly key?: string }[];
  /** Entries the YAML holds as withdrawn that IANA lists again. */
  readonly reinstated: readonly UpstreamEntry[];
  readonly changed: readonly { readonly value: number | string; readonly fields: readonly FieldDifference[] }[];
  readonly header: readonly FieldDifference[];
  readonly unassigned: readonly { readonly range: string; readonly change: 'added' | 'removed' | 'changed' }[];
  readonly people: readonly { readonly id: string; readonly change: 'added' | 'removed' | 'changed'; readonly from?: Contact; readonly to?: Contact }[];
  /** The people the file holds after the sync: those IANA's records name, and those only withdrawn entries still name. */
  readonly peopleAfter: IanaRegistryDocument['people'];
  /** Display names by person id, either side's (IANA's wins), so text can say who without an address. */
  readonly personNames: Readonly<Record<string, string>>;
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
    .map((e) => ({ value: e.value, reason: withdrawalReason(upstream, e.value), iana: e.iana, ...(typeof e.key === 'string' ? { key: e.key } : {}) }));
  // A withdrawn entry keeps IANA's last fields, so the people it names stay too.
  const kept = new Set(document.entries.filter((e) => !listed.has(e.value)).flatMap((e) => personIds(e.iana)));
  const peopleAfter = [...upstream.people, ...document.people.filter((p) => kept.has(p.id) && !upstream.people.some((u) => u.id === p.id))].sort(byText((p) => p.id));
  return {
    module: upstream.module,
    upstreamUpdated: upstream.header.updated,
    registryUpdated: document.iana.updated,
    added,
    withdrawn,
    reinstated,
    changed,
    header: fieldDifferences(document.iana, upstream.header),
    unassigned: keyedChanges(document.unassigned ?? [], upstream.unassigned, (u) => u.range).map(([range, change]) => ({ range, change })),
    people: keyedChanges(document.people, peopleAfter, (p) => p.id).map(([id, change]) => ({
      id,
      change,
      ...(change !== 'added' ? { from: document.people.find((p) => p.id === id) } : {}),
      ...(change !== 'removed' ? { to: peopleAfter.find((p) => p.id === id) } : {}),
    })),
    peopleAfter,
    personNames: Object.fromEntries([...document.people, ...upstream.people].map((p) => [p.id, p.name])),
  };
}

/**
 * Why IANA no longer registers a value, by the close codes' rule: IANA's note when the placeholder
 * record now covering it says more than a bare "Unassigned" or "Reserved"; otherwise the date.
 */
export function withdrawalReason(upstream: UpstreamRegistry, value: number | string): string {
  const covering = upstream.placeholders.find((p) => {
    const span = /^(\d+)-(\d+)$/.exec(p.value);
    return span && typeof value === 'number' ? Number(span[1]) <= value && value <= Number(span[2]) : p.value === String(value);
  });
  const field = upstream.module.fields.find((f) => f.kind === 'text');
  return withdrawalNote(covering && field ? String(covering.iana[field.element] ?? '') : '', upstream.header.updated);
}

/** Nothing to write: every entry, the header (its date too, as for close codes), the spans and the people agree. */
export function registryInSync(diff: RegistryDiff): boolean {
  return [diff.added, diff.withdrawn, diff.reinstated, diff.changed, diff.header, diff.unassigned, diff.people].every((list) => list.length === 0);
}

/** DESIGN.md's semver policy for these registries: a withdrawn registration is major, a new one minor, the rest patch. */
export function bumpForRegistry(diff: RegistryDiff): { bump: Bump; reasons: string[] } | null {
  const n = (count: number, what: string) => `${count} ${diff.module.noun}${count === 1 ? '' : 's'} ${what}`;
  const reasons: { bump: Bump; reason: string }[] = [];
  if (diff.withdrawn.length) {
    const constants = diff.module.constants ? diff.withdrawn.flatMap((w) => (w.key ? [`${diff.module.constants}.${w.key}`] : [])) : [];
    reasons.push({ bump: 'major', reason: `${n(diff.withdrawn.length, 'withdrawn')}${constants.length ? ` (${constants.join(', ')} deprecated)` : ''}` });
  }
  if (diff.added.length) reasons.push({ bump: 'minor', reason: n(diff.added.length, 'added') });
  if (diff.reinstated.length) reasons.push({ bump: 'minor', reason: n(diff.reinstated.length, 'registered again') });
  if (diff.unassigned.some((u) => u.change !== 'changed')) reasons.push({ bump: 'minor', reason: 'unassigned spans moved' });
  if (diff.changed.length) reasons.push({ bump: 'patch', reason: n(diff.changed.length, 'changed') });
  const headerFields = diff.header.filter((h) => h.field !== 'updated').map((h) => h.field);
  if (headerFields.length) reasons.push({ bump: 'patch', reason: `IANA's registry ${headerFields.join(', ')} changed` });
  if (diff.people.length) reasons.push({ bump: 'patch', reason: `${diff.people.length} ${diff.people.length === 1 ? 'person' : 'people'} changed` });
  if (diff.unassigned.some((u) => u.change === 'changed')) reasons.push({ bump: 'patch', reason: 'unassigned span text changed' });
  if (diff.header.some((h) => h.field === 'updated')) reasons.push({ bump: 'patch', reason: "IANA's registry date changed" });
  if (!reasons.length) return null;
  const rank = { major: 0, minor: 1, patch: 2 } as const;
  reasons.sort((a, b) => rank[a.bump] - rank[b.bump]);
  return { bump: reasons[0]!.bump, reasons: reasons.map((r) => r.reason) };
}

/** IANA changed the registry's own text, its people or a span's fields: more than its date. */
export function textChanged(diff: RegistryDiff): boolean {
  return diff.header.some((h) => h.field !== 'updated') || diff.people.length > 0 || diff.unassigned.some((u) => u.change === 'changed');
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
