import type { IanaFieldsDocument, ReconnectAdviceDocument, RegistryDocument } from './schema.ts';
import { byText } from './compare.ts';
import { parseSpan, spanContains } from './span.ts';
import type { CloseCodeRegistry, Contact, IanaData, ReconnectAdvice } from './types.ts';

/** Builds the typed, sorted close-code registry from a document that passed every rule; the engine (check-document.ts) freezes it. */
export function compileRegistry(input: RegistryDocument, source: string): CloseCodeRegistry {
  const document = normalise(input);
  const contacts = new Map(document.contacts.map((c) => [c.id, c]));
  const resolve = (iana: IanaFieldsDocument): IanaData => ({
    ...iana,
    contact: iana.contact === null ? null : (contacts.get(iana.contact) as Contact),
  });
  const ranges = document.ranges.map(({ range, reconnect, ...rest }) => ({ ...parseSpan(range), ...rest, reconnect: advice(reconnect) }));
  return {
    source,
    ianaUpdated: document.iana.updated,
    contacts: document.contacts,
    ranges,
    ianaRanges: document.ianaRanges.map((r) => ({ ...parseSpan(r.range), iana: resolve(r.iana) })),
    codes: document.codes.map(({ iana, pending, reconnect, ...entry }) => ({
      ...entry,
      reconnect: advice(reconnect),
      pending: pending ?? false,
      rangeKind: ranges.find((r) => spanContains(r, entry.code))!.kind,
      ...(iana ? { iana: resolve(iana) } : {}),
    })),
    notACloseCode: { name: document.notACloseCode.name, reconnect: advice(document.notACloseCode.reconnect), classify: document.notACloseCode.classify },
    troubleshooting: document.troubleshooting ?? [],
    peerNotes: document.peerNotes ?? [],
    document,
  };
}

/** The same advice with `conditions` always a list, so readers need not test for it. */
function advice({ policy, source, delay, conditions, advice }: ReconnectAdviceDocument): ReconnectAdvice {
  return { policy, source, ...(delay ? { delay } : {}), conditions: conditions ?? [], advice };
}

/** Sorted, so registry.json and every generated file are stable whatever the YAML order. */
function normalise(doc: RegistryDocument): RegistryDocument {
  const bySpan = (a: { range: string }, b: { range: string }) => parseSpan(a.range).from - parseSpan(b.range).from;
  return {
    ...doc,
    contacts: [...doc.contacts].sort(byText((c) => c.id)),
    ranges: [...doc.ranges].sort(bySpan),
    ianaRanges: [...doc.ianaRanges].sort(bySpan),
    codes: [...doc.codes].sort((a, b) => a.code - b.code),
  };
}
