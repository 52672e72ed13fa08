import { firstIndexes } from '../first-index.ts';
import { warning, type IanaRule } from '../spec.ts';

/** Rules for registries whose values are RFC 2616 tokens sent in a header (extensions, subprotocols). */
export function tokenRules(noun: string, pattern: RegExp): IanaRule[] {
  return [
    {
      id: 'token-syntax',
      description: `each ${noun} is an RFC 2616 token, as RFC 6455 section 4.1 requires`,
      needsWhole: [],
      check: (doc) =>
        doc.entries.flatMap((e, i) =>
          pattern.test(String(e.value))
            ? []
            : [warning(['entries', i, 'value'], `${noun} ${JSON.stringify(e.value)} is not a token: peers will refuse it in a header`, 'keep it as IANA lists it, and say so in its curated text')],
        ),
    },
    {
      id: 'case-only-difference',
      description: `no two ${noun}s differ only by case (RFC 7936 section 2: IANA refuses such registrations)`,
      needsWhole: [],
      check(doc) {
        const firstOfCase = firstIndexes(doc.entries, (e) => String(e.value).toLowerCase());
        return doc.entries.flatMap((e, i) => {
          const first = doc.entries[firstOfCase[i]!]!;
          return firstOfCase[i]! < i && first.value !== e.value
            ? [warning(['entries', i, 'value'], `${noun} ${e.value} differs from ${first.value} only by case`, 'IANA refuses such registrations (RFC 7936 section 2): check the entry against IANA')]
            : [];
        });
      },
    },
  ];
}
