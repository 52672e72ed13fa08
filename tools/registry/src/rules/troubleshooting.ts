import { firstIndexes } from '../first-index.ts';
import { error, type Rule } from '../spec.ts';

export const troubleshootingCodes: Rule = {
  id: 'troubleshooting-codes',
  needsWhole: ['codes'],
  description: 'each troubleshooting guide is for a code that has an entry, and no code has two guides',
  check(doc) {
    const guides = doc.troubleshooting ?? [];
    const codes = new Set(doc.codes.map((c) => c.code));
    const firstOf = firstIndexes(guides, (g) => g.code);
    return guides.flatMap((guide, i) => {
      const path = ['troubleshooting', i, 'code'];
      if (!codes.has(guide.code))
        return [error(path, `the troubleshooting guide for ${guide.code} is for a code with no entry in codes`, 'add the code to codes first, or remove the guide')];
      const first = firstOf[i]!;
      if (first < i) return [error(path, `code ${guide.code} has two troubleshooting guides (first at troubleshooting[${first}])`, 'merge the two guides into one')];
      return [];
    });
  },
};

export const peerNoteVectorsOnce: Rule = {
  id: 'peer-note-vectors-once',
  needsWhole: [],
  description: 'a peer departs from a vector for one reason only, so each (peer, vector) pair has one note',
  check(doc) {
    const seen = new Map<string, number>();
    return (doc.peerNotes ?? []).flatMap((n, i) =>
      n.vectors.flatMap((id, j) => {
        const key = `${n.peer} ${id}`;
        const first = seen.get(key);
        if (first === undefined) {
          seen.set(key, i);
          return [];
        }
        return [error(['peerNotes', i, 'vectors', j], `${n.peer} already has a note for ${id} (peerNotes[${first}])`, 'list each vector once per peer: merge the two notes, or remove the vector from one')];
      }),
    );
  },
};
