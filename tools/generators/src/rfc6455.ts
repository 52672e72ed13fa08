import { spanContains, type Registry, type Span } from '@wscodes-tools/registry';

/** Receivable codes (the receive rule), as merged spans: registered codes that allow it, plus ranges open to any code. */
export const receivableSpans = (registry: Registry): Span[] => spansWhere(registry, (entry) => entry.receive);

/** Sendable codes (the send rule): like receipt, but by each entry's `send` flag. */
export const sendableSpans = (registry: Registry): Span[] => spansWhere(registry, (entry) => entry.send);

function spansWhere(registry: Registry, allows: (entry: Registry['codes'][number]) => boolean): Span[] {
  const spans: Span[] = [];
  const push = (from: number, to: number) => {
    const last = spans.at(-1);
    if (last && last.to + 1 === from) spans[spans.length - 1] = { from: last.from, to };
    else spans.push({ from, to });
  };
  for (const range of registry.ranges) {
    if (range.receive === 'none') continue;
    const entries = registry.codes.filter((c) => spanContains(range, c.code));
    if (range.receive === 'registered') {
      for (const entry of entries) if (allows(entry)) push(entry.code, entry.code);
      continue;
    }
    // 'any': the whole range, minus registered codes that forbid it.
    let from = range.from;
    for (const entry of entries.filter((e) => !allows(e))) {
      if (entry.code > from) push(from, entry.code - 1);
      from = entry.code + 1;
    }
    if (from <= range.to) push(from, range.to);
  }
  return spans;
}

/** Sorted spans, with those that touch or overlap merged: 10-19 and 20-29 read as 10-29. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged.at(-1);
    if (last !== undefined && last.to + 1 >= s.from) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, s.to) };
    else merged.push({ from: s.from, to: s.to });
  }
  return merged;
}
