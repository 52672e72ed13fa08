import { byText, unregisteredVerdict, type RegistryDocument } from '@wscodes-tools/registry';
import { proposeNaming, type Naming } from './new-entry.ts';
import type { IanaFields, IanaXref, Upstream, UpstreamContact } from './upstream.ts';

/** The IANA fields of a record, in the order the registry writes them. */
export const IANA_FIELDS = ['description', 'contact', 'references', 'date', 'updated'] as const;
export type IanaField = (typeof IANA_FIELDS)[number];
/** A field's value; null when the field is absent (or, for contact, empty). */
export type FieldValue = string | readonly IanaXref[] | null;

export interface AddedCode {
  readonly code: number;
  /** Proposed constant key and display name: a person reviews them before release. */
  readonly key: string;
  readonly name: string;
  readonly iana: IanaFields;
}

/** A code IANA no longer registers: not listed, or listed as Unassigned or Reserved. */
export interface WithdrawnCode {
  readonly code: number;
  readonly key: string;
  readonly name: string;
  /** The last fields IANA listed; the registry keeps them as history. */
  readonly iana: IanaFields;
  /** IANA's note where there is one, otherwise "no longer listed by IANA on DATE". */
  readonly reason: string;
  /** The verdicts its range gives an unregistered code, which the entry takes. */
  readonly send: boolean;
  readonly receive: boolean;
}

/** A code the registry holds as withdrawn that IANA lists again: a person decides. */
export interface ReinstatedCode {
  readonly code: number;
  readonly key: string;
  readonly iana: IanaFields;
}

export interface FieldChange {
  readonly code: number;
  /** The code's constant key in the registry. */
  readonly key: string;
  readonly field: IanaField;
  /** null when the field is absent. */
  readonly from: FieldValue;
  readonly to: FieldValue;
}

/** IANA span records and the registration rules of <range>. */
export type RangeChange =
  | { readonly change: 'added' | 'removed'; readonly range: string; readonly iana: IanaFields }
  | { readonly change: 'changed'; readonly range: string; readonly field: IanaField; readonly from: FieldValue; readonly to: FieldValue }
  | { readonly change: 'registration'; readonly range: string; readonly from: string | null; readonly to: string | null }
  /** An IANA <range> whose span matches none of the registry's curated ranges: needs a person. */
  | { readonly change: 'unmatched'; readonly range: string; readonly registration: string };

export type ContactChange =
  | { readonly change: 'added' | 'removed'; readonly id: string; readonly name: string; readonly uri: string }
  | { readonly change: 'changed'; readonly id: string; readonly field: 'name' | 'uri'; readonly from: string; readonly to: string };

// `duplicates` pairs this field list with Upstream (upstream.ts) and CloseCodeRegistry (tools/registry/src/types.ts) by shape alone (lists of readonly records);
// they hold different records, so they stay apart.
/** What IANA's close-code registry says that ours does not, change by change. */
export interface SyncDiff {
  /** The <updated> dates either side: they differ when IANA touched the registry. */
  readonly upstreamUpdated: string;
  readonly registryUpdated: string;
  /** Codes IANA lists that the registry lacks, each with a proposed name. */
  readonly added: readonly AddedCode[];
  /** Codes the registry holds that IANA no longer registers. */
  readonly withdrawn: readonly WithdrawnCode[];
  /** Withdrawn codes IANA lists again. */
  readonly reinstated: readonly ReinstatedCode[];
  /** IANA fields whose value changed, one row a field. */
  readonly changed: readonly FieldChange[];
  /** Span records and registration rules. */
  readonly ranges: readonly RangeChange[];
  /** People added, removed or renamed. */
  readonly contacts: readonly ContactChange[];
  /** Display names of the contacts either side names, by id (IANA's wins), so text can say who without an address. */
  readonly contactNames: Readonly<Record<string, string>>;
  /** Oddities in IANA's data that were read leniently. Not differences. */
  readonly notes: readonly string[];
}

/** Compares IANA's close-code registry with the registry's IANA-owned fields. Pure. */
export function diffRegistry(upstream: Upstream, registry: RegistryDocument): SyncDiff {
  const upstreamCodes = new Map(upstream.codes.map((c) => [c.code, c]));
  const registryCodes = new Map(registry.codes.map((c) => [c.code, c]));

  const namings: Naming[] = registry.codes.map(({ key, name }) => ({ key, name }));
  const added = upstream.codes
    .filter((c) => !registryCodes.has(c.code))
    .map(({ code, iana }) => {
      const naming = proposeNaming(code, iana.description, namings);
      namings.push(naming);
      return { code, ...naming, iana };
    });
  const withdrawn = registry.codes
    .filter((c) => c.iana && !c.withdrawn && !upstreamCodes.has(c.code))
    .sort((a, b) => a.code - b.code)
    .map((c): WithdrawnCode => {
      const allowed = unregisteredVerdict(registry, c.code);
      return { code: c.code, key: c.key, name: c.name, iana: c.iana!, reason: withdrawalReason(upstream, c.code), send: allowed, receive: allowed };
    });
  const reinstated = upstream.codes.flatMap((u) => {
    const entry = registryCodes.get(u.code);
    return entry?.withdrawn ? [{ code: u.code, key: entry.key, iana: u.iana }] : [];
  });
  const changed = upstream.codes.flatMap((u) => {
    const entry = registryCodes.get(u.code);
    return entry && !entry.withdrawn ? fieldChanges(entry.iana, u.iana).map((c) => ({ code: u.code, key: entry.key, ...c })) : [];
  });
  // A withdrawn entry keeps its IANA block as history, and so the contact it names.
  const keptContacts = new Set(
    [...registry.codes.filter((c) => c.withdrawn).map((c) => c.iana), ...withdrawn.map((w) => w.iana)].flatMap((iana) => (iana?.contact ? [iana.contact] : [])),
  );

  return {
    upstreamUpdated: upstream.updated,
    registryUpdated: registry.iana.updated,
    added,
    withdrawn,
    reinstated,
    changed,
    ranges: [...spanChanges(upstream, registry), ...registrationChanges(upstream, registry)],
    contacts: contactChanges(upstream.contacts, registry.contacts, keptContacts),
    contactNames: Object.fromEntries([...registry.contacts, ...upstream.contacts].map((c) => [c.id, c.name])),
    notes: upstream.notes,
  };
}

/** True when syncing would change nothing, the registry's <updated> date included. */
export function isInSync(diff: SyncDiff): boolean {
  return (
    diff.upstreamUpdated === diff.registryUpdated &&
    diff.added.length + diff.withdrawn.length + diff.reinstated.length + diff.changed.length + diff.ranges.length + diff.contacts.length === 0
  );
}

function fieldChanges(current: IanaFields | undefined, next: IanaFields): { field: IanaField; from: FieldValue; to: FieldValue }[] {
  return IANA_FIELDS.flatMap((field) => {
    const from = current?.[field] ?? null;
    const to = next[field] ?? null;
    return sameValue(from, to) ? [] : [{ field, from, to }];
  });
}

function spanChanges(upstream: Upstream, registry: RegistryDocument): RangeChange[] {
  const upstreamSpans = new Map(upstream.spans.map((s) => [s.range, s]));
  const registrySpans = new Map(registry.ianaRanges.map((s) => [s.range, s]));
  const changes: (RangeChange & { at: number })[] = [];
  for (const r of registry.ianaRanges) {
    if (!upstreamSpans.has(r.range)) changes.push({ change: 'removed', range: r.range, iana: r.iana, at: firstCode(r.range) });
  }
  for (const u of upstream.spans) {
    const current = registrySpans.get(u.range);
    if (!current) changes.push({ change: 'added', range: u.range, iana: u.iana, at: u.from });
    else for (const c of fieldChanges(current.iana, u.iana)) changes.push({ change: 'changed', range: u.range, ...c, at: u.from });
  }
  // In code order, a removal before the additions that replace it: the report reads like a diff.
  const order = { removed: 0, changed: 1, added: 2 } as const;
  return changes
    .sort((a, b) => a.at - b.at || order[a.change as keyof typeof order] - order[b.change as keyof typeof order])
    .map(({ at: _at, ...change }) => change as RangeChange);
}

function registrationChanges(upstream: Upstream, registry: RegistryDocument): RangeChange[] {
  const changes: RangeChange[] = [];
  for (const u of upstream.ranges) {
    const range = registry.ranges.find((r) => r.range === u.range);
    if (!range) changes.push({ change: 'unmatched', range: u.range, registration: u.registration });
    else if (range.registration !== u.registration) changes.push({ change: 'registration', range: u.range, from: range.registration ?? null, to: u.registration });
  }
  for (const r of registry.ranges) {
    if (r.registration !== undefined && !upstream.ranges.some((u) => u.range === r.range)) {
      changes.push({ change: 'registration', range: r.range, from: r.registration, to: null });
    }
  }
  return changes;
}

function contactChanges(upstream: readonly UpstreamContact[], registry: readonly UpstreamContact[], kept: ReadonlySet<string>): ContactChange[] {
  const changes: ContactChange[] = [];
  for (const u of upstream) {
    const current = registry.find((c) => c.id === u.id);
    if (!current) {
      changes.push({ change: 'added', ...u });
      continue;
    }
    for (const field of ['name', 'uri'] as const) {
      if (current[field] !== u[field]) changes.push({ change: 'changed', id: u.id, field, from: current[field], to: u[field] });
    }
  }
  // The registry lists only the people its records name (IANA's <people> covers every registry).
  for (const c of registry) if (!kept.has(c.id) && !upstream.some((u) => u.id === c.id)) changes.push({ change: 'removed', id: c.id, name: c.name, uri: c.uri });
  return changes.sort(byText((c) => c.id));
}

const firstCode = (span: string): number => Number(span.split('-')[0]);

/**
 * Why IANA no longer registers a code: IANA's note, when the record that now covers the value says
 * more than a bare "Unassigned" or "Reserved"; otherwise the date of the revision that dropped it.
 */
export function withdrawalReason(upstream: Upstream, code: number): string {
  const covering = upstream.spans.find((s) => s.from <= code && code <= s.to);
  return withdrawalNote(covering?.iana.description ?? '', upstream.updated);
}

/** Every registry's reason for a withdrawal: IANA's note when it says more than a bare placeholder word, else the date. */
export function withdrawalNote(placeholderText: string, updated: string): string {
  const note = placeholderText.replace(/\s+/g, ' ').trim();
  return /^(unassigned|reserved)\b./i.test(note) ? note : `no longer listed by IANA on ${updated}`;
}

function sameValue(a: FieldValue, b: FieldValue): boolean {
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((ref, i) => ref.type === b[i]!.type && ref.data === b[i]!.data);
  }
  return a === b;
}
