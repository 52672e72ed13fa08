import { firstIndexes } from '../first-index.ts';
import { constantKeyFromName } from '../keys.ts';
import { error, type Rule } from '../spec.ts';

export const uniqueKeys: Rule = {
  id: 'unique-keys',
  needsWhole: [],
  description: 'constant keys are unique, also when compared without case',
  check(doc) {
    const first = firstIndexes(doc.codes, (c) => c.key.toLowerCase());
    return doc.codes.flatMap((entry, i) => {
      if (first[i] === i) return [];
      const clash = doc.codes[first[i]!]!;
      const same = clash.key === entry.key;
      return [
        error(
          ['codes', i, 'key'],
          same
            ? `key ${entry.key} of code ${entry.code} is already used by code ${clash.code}`
            : `key ${entry.key} of code ${entry.code} differs only in case from key ${clash.key} of code ${clash.code}`,
          'give each code its own key; a released key never changes',
        ),
      ];
    });
  },
};

export const distinctNames: Rule = {
  id: 'distinct-names',
  needsWhole: [],
  description: 'no two names map to the same constant, so a derived key can never clash',
  check(doc) {
    const derivedKeys = doc.codes.map((c) => constantKeyFromName(c.name));
    const first = firstIndexes(derivedKeys, (derived) => derived);
    return doc.codes.flatMap((entry, i) => {
      const derived = derivedKeys[i]!;
      const clash = first[i]! < i ? doc.codes[first[i]!] : undefined;
      return clash
        ? [error(['codes', i, 'name'], `name "${entry.name}" of code ${entry.code} maps to the same constant (${derived}) as "${clash.name}" of code ${clash.code}`, 'give the codes names that differ in more than case and punctuation')]
        : [];
    });
  },
};
