import { constantKeyFromName } from '../keys.ts';
import { error, type Rule } from '../spec.ts';

export const uniqueKeys: Rule = {
  id: 'unique-keys',
  needsWhole: [],
  description: 'constant keys are unique, also when compared without case',
  check(doc) {
    return doc.codes.flatMap((entry, i) => {
      const clash = doc.codes.slice(0, i).find((c) => c.key.toLowerCase() === entry.key.toLowerCase());
      if (!clash) return [];
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
    return doc.codes.flatMap((entry, i) => {
      const derived = constantKeyFromName(entry.name);
      const clash = doc.codes.slice(0, i).find((c) => constantKeyFromName(c.name) === derived);
      return clash
        ? [error(['codes', i, 'name'], `name "${entry.name}" of code ${entry.code} maps to the same constant (${derived}) as "${clash.name}" of code ${clash.code}`, 'give the codes names that differ in more than case and punctuation')]
        : [];
    });
  },
};
