import { parseSpan, spanContains } from '../span.ts';
import type { RegistryDocument } from '../schema.ts';
import { error, type Rule } from '../spec.ts';

/**
 * What a code's range gives a code with no registration (send and receive alike): true where the
 * range accepts any code (3000-3999, 4000-4999), false where only registered ones count (1000-2999).
 */
export function unregisteredVerdict(doc: Pick<RegistryDocument, 'ranges'>, code: number): boolean {
  return doc.ranges.find((r) => spanContains(parseSpan(r.range), code))?.receive === 'any';
}

// A withdrawn code is no longer registered, so its verdicts are those IANA's range gives any
// unregistered code: none in 1000-2999 (receive: registered), both in 3000-3999 (receive: any).
export const withdrawnVerdicts: Rule = {
  id: 'withdrawn-verdicts',
  needsWhole: ['ranges'],
  description: "a withdrawn code's send/receive equal what its range gives an unregistered code",
  check(doc) {
    return doc.codes.flatMap((entry, i) => {
      if (!entry.withdrawn) return [];
      const range = doc.ranges.find((r) => spanContains(parseSpan(r.range), entry.code));
      if (!range) return []; // codes-in-registrable-range reports it
      const allowed = unregisteredVerdict(doc, entry.code);
      return (['send', 'receive'] as const).flatMap((field) =>
        entry[field] === allowed
          ? []
          : [
              error(
                ['codes', i, field],
                `code ${entry.code} is withdrawn, so it follows range ${range.range} (${range.name}), where an unregistered code has ${field}: ${allowed}`,
                `set ${field}: ${allowed}`,
              ),
            ],
      );
    });
  },
};

export const withdrawnDate: Rule = {
  id: 'withdrawn-date',
  needsWhole: ['iana'],
  description: 'a withdrawal is dated no later than the IANA revision the registry was synced with',
  check(doc) {
    return doc.codes.flatMap((entry, i) =>
      entry.withdrawn && entry.withdrawn.date > doc.iana.updated
        ? [
            error(
              ['codes', i, 'withdrawn', 'date'],
              `code ${entry.code} is withdrawn on ${entry.withdrawn.date}, after the IANA revision this registry was synced with (${doc.iana.updated})`,
              "use the <updated> date of the IANA revision that stopped listing it, as npm run sync:iana writes it",
            ),
          ]
        : [],
    );
  },
};
