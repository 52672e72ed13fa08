import { firstIndexes } from '../first-index.ts';
import { error, warning, type Rule } from '../spec.ts';

export const uniqueContacts: Rule = {
  id: 'unique-contacts',
  needsWhole: [],
  description: 'contact ids are unique',
  check(doc) {
    const first = firstIndexes(doc.contacts, (c) => c.id);
    return doc.contacts.flatMap((c, i) => (first[i]! < i ? [error(['contacts', i, 'id'], `contact ${c.id} is listed twice`, 'remove the second entry')] : []));
  },
};

export const knownContacts: Rule = {
  id: 'known-contacts',
  needsWhole: ['contacts'],
  description: 'every IANA contact refers to an entry in contacts',
  check(doc) {
    const ids = new Set(doc.contacts.map((c) => c.id));
    const records = [
      ...doc.codes.map((c, i) => ({ path: ['codes', i, 'iana', 'contact'], iana: c.iana })),
      ...doc.ianaRanges.map((r, i) => ({ path: ['ianaRanges', i, 'iana', 'contact'], iana: r.iana })),
    ];
    return records.flatMap(({ path, iana }) =>
      iana?.contact != null && !ids.has(iana.contact)
        ? [error(path, `unknown contact ${iana.contact}`, `add ${iana.contact} to contacts (from IANA's <people>), or correct the id`)]
        : [],
    );
  },
};

export const usedContacts: Rule = {
  id: 'used-contacts',
  needsWhole: ['contacts', 'codes', 'ianaRanges'],
  description: 'every contact is referred to by some record',
  check(doc) {
    const used = new Set([...doc.codes, ...doc.ianaRanges].map((r) => r.iana?.contact));
    return doc.contacts.flatMap((c, i) =>
      used.has(c.id) ? [] : [warning(['contacts', i, 'id'], `contact ${c.id} is not referred to`, 'remove it')],
    );
  },
};
