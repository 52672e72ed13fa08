import { error, type Rule } from './rule.ts';

export const troubleshootingCodes: Rule = {
  id: 'troubleshooting-codes',
  needsWhole: ['codes'],
  description: 'each troubleshooting guide is for a code that has an entry, and no code has two guides',
  check(doc) {
    const guides = doc.troubleshooting ?? [];
    return guides.flatMap((guide, i) => {
      const path = ['troubleshooting', i, 'code'];
      if (!doc.codes.some((c) => c.code === guide.code))
        return [error(path, `the troubleshooting guide for ${guide.code} is for a code with no entry in codes`, 'add the code to codes first, or remove the guide')];
      const first = guides.findIndex((g) => g.code === guide.code);
      if (first < i) return [error(path, `code ${guide.code} has two troubleshooting guides (first at troubleshooting[${first}])`, 'merge the two guides into one')];
      return [];
    });
  },
};

export const divergenceVectorsOnce: Rule = {
  id: 'divergence-vectors-once',
  needsWhole: [],
  description: 'a peer diverges from a vector for one reason only, so each (peer, vector) pair is listed once',
  check(doc) {
    const seen = new Map<string, number>();
    return (doc.divergences ?? []).flatMap((d, i) =>
      d.vectors.flatMap((v, j) => {
        const key = `${d.family} ${d.peer} ${v.id}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          return [];
        }
        return [error(['divergences', i, 'vectors', j, 'id'], `${d.peer} is already listed as diverging from ${v.id} (divergences[${first}])`, 'list each vector once per peer: merge the two entries')];
      }),
    );
  },
};
