import type { IanaFieldsDocument, RegistryDocument } from './schema.ts';
import { parseSpan, spanContains } from './span.ts';
import type { Contact, IanaData, Registry } from './types.ts';

/** Builds the typed, sorted, deeply frozen Registry from a document that passed every rule. */
export function compileRegistry(input: RegistryDocument, source: string): Registry {
  const document = normalise(input);
  const contacts = new Map(document.contacts.map((c) => [c.id, c]));
  const resolve = (iana: IanaFieldsDocument): IanaData => ({
    ...iana,
    contact: iana.contact === null ? null : (contacts.get(iana.contact) as Contact),
  });
  const ranges = document.ranges.map(({ range, ...rest }) => ({ ...parseSpan(range), ...rest }));
  return deepFreeze({
    source,
    ianaUpdated: document.iana.updated,
    contacts: document.contacts,
    ranges,
    ianaRanges: document.ianaRanges.map((r) => ({ ...parseSpan(r.range), iana: resolve(r.iana) })),
    codes: document.codes.map(({ iana, pending, ...entry }) => ({
      ...entry,
      pending: pending ?? false,
      rangeKind: ranges.find((r) => spanContains(r, entry.code))!.kind,
      ...(iana ? { iana: resolve(iana) } : {}),
    })),
    document,
  });
}

/** Sorted, so registry.json and every generated file are stable whatever the YAML order. */
function normalise(doc: RegistryDocument): RegistryDocument {
  const bySpan = (a: { range: string }, b: { range: string }) => parseSpan(a.range).from - parseSpan(b.range).from;
  return {
    ...doc,
    contacts: [...doc.contacts].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    ranges: [...doc.ranges].sort(bySpan),
    ianaRanges: [...doc.ianaRanges].sort(bySpan),
    codes: [...doc.codes].sort((a, b) => a.code - b.code),
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
