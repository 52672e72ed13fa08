import { CODE_SPACE_TEXT, MAX_CODE } from '../protocol.ts';
import { parseSpan, spansOverlap, type Span } from '../span.ts';
import { error, type Rule } from '../spec.ts';

export const spanBounds: Rule = {
  id: 'span-bounds',
  needsWhole: [],
  description: `every FROM-TO span has FROM <= TO, inside ${CODE_SPACE_TEXT}`,
  check(doc) {
    const lists = [
      ['ranges', doc.ranges],
      ['ianaRanges', doc.ianaRanges],
    ] as const;
    return lists.flatMap(([list, items]) =>
      items.flatMap((item, i) => {
        const { from, to } = parseSpan(item.range);
        if (to > MAX_CODE)
          return [error([list, i, 'range'], `span ${item.range} ends past ${MAX_CODE}`, `close codes are 16-bit: end the span at ${MAX_CODE} or below`)];
        if (from > MAX_CODE)
          return [error([list, i, 'range'], `span ${item.range} starts past ${MAX_CODE}`, `close codes are 16-bit: keep both ends at ${MAX_CODE} or below`)];
        if (from > to)
          return [error([list, i, 'range'], `span ${item.range} starts after it ends`, `write it as ${to}-${from}`)];
        return [];
      }),
    );
  },
};

export const rangesTileTheCodeSpace: Rule = {
  id: 'ranges-tile-code-space',
  needsWhole: ['ranges'],
  description: `ranges are in order, do not overlap, and cover ${CODE_SPACE_TEXT} without gaps`,
  check(doc) {
    const findings = [];
    const spans = doc.ranges.map((r, index) => ({ ...parseSpan(r.range), text: r.range, index }));
    // An out-of-order range is reported as such; the tiling is then checked in sorted order, so
    // that one misplaced range does not also show up as a gap and an overlap.
    for (const [i, s] of spans.entries()) {
      const previous = spans[i - 1];
      if (previous && s.from < previous.from) {
        findings.push(error(['ranges', i, 'range'], `range ${s.text} is listed after range ${previous.text}, which starts later`, 'list the ranges in ascending order'));
      }
    }
    let expected = 0;
    for (const { from, to, text, index } of [...spans].sort((a, b) => a.from - b.from)) {
      if (from > to) continue; // reported by span-bounds
      if (from < expected) {
        findings.push(error(['ranges', index, 'range'], `range ${text} overlaps the range before it, which ends at ${expected - 1}`, `start it at ${expected}`));
      } else if (from > expected) {
        findings.push(error(['ranges', index, 'range'], `codes ${expected}-${from - 1} fall in no range`, `start this range at ${expected}, or add a range for ${expected}-${from - 1}`));
      }
      expected = Math.max(expected, to + 1);
    }
    if (doc.ranges.length === 0) {
      findings.push(error(['ranges'], 'there are no ranges', `list the five ranges of RFC 6455 section 7.4.2 plus 5000-${MAX_CODE}`));
    } else if (expected <= MAX_CODE) {
      const last = spans.filter((s) => s.from <= s.to).reduce((a, b) => (b.to > a.to ? b : a), { to: -1, index: spans.length - 1 });
      findings.push(error(['ranges', last.index, 'range'], `codes ${expected}-${MAX_CODE} fall in no range`, `extend the last range to ${MAX_CODE}`));
    }
    return findings;
  },
};

export const ianaRangesPlaced: Rule = {
  id: 'iana-ranges-placed',
  needsWhole: ['ranges'],
  // A span may cross the boundary of a curated range: IANA's 2015 file had 1016-3999 Unassigned.
  description: 'IANA span records overlap neither each other nor a registered code',
  check(doc) {
    // Linear for a valid file: IANA lists a span for each gap between codes, so there are about as
    // many spans as codes, and comparing each with each grew as their square.
    const spans = doc.ianaRanges.map((record) => parseSpan(record.range));
    const byStart = [...spans].sort((x, y) => x.from - y.from);
    const disjoint = byStart.every((s, k) => k === 0 || byStart[k - 1]!.to < s.from);
    // A withdrawn code is back in IANA's unassigned spans; its entry is history.
    const registered = doc.codes.flatMap((c, index) => (c.withdrawn ? [] : [{ code: c.code, index }])).sort((x, y) => x.code - y.code);
    return doc.ianaRanges.flatMap((record, i) => {
      const span = spans[i]!;
      const path = ['ianaRanges', i, 'range'];
      const findings = [];
      const earlier = disjoint ? undefined : doc.ianaRanges.slice(0, i).find((_, j) => spansOverlap(spans[j]!, span));
      if (earlier) findings.push(error(path, `IANA span ${record.range} overlaps IANA span ${earlier.range}`, 'make the spans disjoint'));
      const code = firstListedIn(registered, span);
      if (code !== undefined) findings.push(error(path, `IANA span ${record.range} contains registered code ${code}`, `split the span so that ${code} is left out`));
      return findings;
    });
  },
};

/** The code listed first (lowest index) among `sorted` (by code) inside `span`; binary search, then only the codes inside. */
function firstListedIn(sorted: readonly { code: number; index: number }[], span: Span): number | undefined {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]!.code < span.from) lo = mid + 1;
    else hi = mid;
  }
  let first: { code: number; index: number } | undefined;
  for (let k = lo; k < sorted.length && sorted[k]!.code <= span.to; k++) if (!first || sorted[k]!.index < first.index) first = sorted[k];
  return first?.code;
}
