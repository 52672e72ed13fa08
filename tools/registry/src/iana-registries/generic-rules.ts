import type { z } from 'zod';
import { error, warning, type Finding, type IanaRegistrySpec, type IanaRule } from '../spec.ts';
import { firstIndexes } from '../first-index.ts';
import { parseSpan, spansOverlap, type Span } from '../span.ts';
import { personIds } from './record-shape.ts';

// The rules every one of IANA's other registries gets, whatever its module declares: values, keys
// and people unique, people known and used, entries pending review, and a bounded value space
// accounted for once.

/** The shared rules of a registry, as its declaration asks for them (keys only where it has a key). */
export function genericRules(spec: IanaRegistrySpec<string, number | string, z.ZodRawShape>): IanaRule[] {
  const noun = spec.noun;
  const rules: IanaRule[] = [
    {
      id: 'unique-values',
      description: `each ${noun} is listed once`,
      needsWhole: [],
      check(doc) {
        const first = firstIndexes(doc.entries, (e) => e.value);
        return doc.entries.flatMap((e, i) => (first[i]! < i ? [error(['entries', i, 'value'], `${noun} ${e.value} is listed twice`, 'remove one of the two entries')] : []));
      },
    },
    {
      id: 'known-people',
      description: 'every person a record names is in people',
      needsWhole: ['people'],
      check(doc) {
        const ids = new Set(doc.people.map((p) => p.id));
        const records = [
          ...doc.entries.map((e, i) => ({ path: ['entries', i, 'iana'], iana: e.iana })),
          ...(doc.unassigned ?? []).map((u, i) => ({ path: ['unassigned', i, 'iana'], iana: u.iana })),
        ];
        return records.flatMap(({ path, iana }) =>
          personIds(iana)
            .filter((id) => !ids.has(id))
            .map((id) => error(path, `the record names person ${id}, who is not in people`, `add ${id} to people (from IANA's <people>), or correct the id`)),
        );
      },
    },
    {
      id: 'used-people',
      description: 'every person in people is named by some record',
      needsWhole: ['people', 'entries', 'unassigned'],
      check(doc) {
        const used = new Set([...doc.entries, ...(doc.unassigned ?? [])].flatMap((r) => personIds(r.iana)));
        return doc.people.flatMap((p, i) =>
          used.has(p.id) ? [] : [warning(['people', i, 'id'], `person ${p.id} is named by no record`, 'remove it; npm run sync:iana keeps only the people records name')],
        );
      },
    },
    {
      id: 'unique-people',
      description: 'person ids are unique',
      needsWhole: [],
      check(doc) {
        const first = firstIndexes(doc.people, (p) => p.id);
        return doc.people.flatMap((p, i) => (first[i]! < i ? [error(['people', i, 'id'], `person ${p.id} is listed twice`, 'remove the second entry')] : []));
      },
    },
    {
      id: 'pending-review',
      description: 'entries added by the sync await curated text',
      needsWhole: [],
      check: (doc) =>
        doc.entries.flatMap((e, i) =>
          e.pending ? [warning(['entries', i, 'pending'], `${noun} ${e.value} awaits review: its curated fields are placeholders`, 'review them, then remove `pending: true`')] : [],
        ),
    },
  ];
  if ('key' in spec.curated) {
    rules.push({
      id: 'unique-keys',
      description: 'constant keys are unique',
      needsWhole: [],
      check(doc) {
        const first = firstIndexes(doc.entries, (e) => e.key);
        return doc.entries.flatMap((e, i) =>
          first[i]! < i ? [error(['entries', i, 'key'], `the key ${String(e.key)} is used twice`, 'give each entry its own key; a released key never changes')] : [],
        );
      },
    });
  }
  const space = spec.value.space;
  if (space) rules.push(valueSpaceTiled(noun, space));
  return rules;
}

/** Every value of a bounded space is one entry or inside one unassigned span, never both. */
function valueSpaceTiled(noun: string, space: Span): IanaRule {
  return {
    id: 'value-space-tiled',
    description: `every ${noun} from ${space.from} to ${space.to} is accounted for once`,
    needsWhole: ['entries', 'unassigned'],
    check(doc) {
      const findings: Finding[] = [];
      // A withdrawn entry is history: inside a span IANA now lists as unassigned it claims nothing.
      const spans = (doc.unassigned ?? []).map((u) => parseSpan(u.range));
      const claims = (e: (typeof doc.entries)[number]) => !e.withdrawn || !spans.some((s) => s.from <= Number(e.value) && Number(e.value) <= s.to);
      const covered = [
        ...doc.entries.flatMap((e, i) => (claims(e) ? [{ path: ['entries', i, 'value'], from: Number(e.value), to: Number(e.value), label: String(e.value) }] : [])),
        ...(doc.unassigned ?? []).map((u, i) => ({ path: ['unassigned', i, 'range'], ...parseSpan(u.range), label: u.range })),
      ].sort((a, b) => a.from - b.from);
      let next = space.from;
      for (const [i, c] of covered.entries()) {
        if (c.from > c.to || c.from < space.from || c.to > space.to) {
          findings.push(error(c.path, `${c.label} is outside ${space.from}-${space.to}`, `a ${noun} is between ${space.from} and ${space.to}`));
          continue;
        }
        const before = covered[i - 1];
        if (before && spansOverlap(before, c)) findings.push(error(c.path, `${c.label} overlaps ${before.label}`, 'list each value once: shrink the unassigned span'));
        if (c.from > next) findings.push(error(c.path, `${next}-${c.from - 1} is neither an entry nor unassigned`, `add an unassigned span ${next}-${c.from - 1}, as IANA lists it`));
        next = Math.max(next, c.to + 1);
      }
      if (next <= space.to) findings.push(error(['unassigned'], `${next}-${space.to} is neither an entry nor unassigned`, `add an unassigned span ${next}-${space.to}, as IANA lists it`));
      return findings;
    },
  };
}
