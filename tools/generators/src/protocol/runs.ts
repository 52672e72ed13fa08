import { spanContains, type Registry } from '@wscodes-tools/registry';

export interface Run {
  readonly from: number;
  readonly to: number;
}

/** Codes valid on receipt, as merged runs: registered codes that allow it, plus ranges open to any code. */
export const receivableRuns = (registry: Registry): Run[] => runsWhere(registry, (entry) => entry.receive);

/** Codes an endpoint may send: like receipt, but by each entry's `send` flag. */
export const sendableRuns = (registry: Registry): Run[] => runsWhere(registry, (entry) => entry.send);

function runsWhere(registry: Registry, allows: (entry: Registry['codes'][number]) => boolean): Run[] {
  const runs: Run[] = [];
  const push = (from: number, to: number) => {
    const last = runs.at(-1);
    if (last && last.to + 1 === from) runs[runs.length - 1] = { from: last.from, to };
    else runs.push({ from, to });
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
  return runs;
}

/** Runs as a reader says them: "1000-1003, 1007-1014 or 3000-4999"; "none" for no runs. */
export function runsInWords(runs: readonly Run[]): string {
  const parts = runs.map((r) => (r.from === r.to ? `${r.from}` : `${r.from}-${r.to}`));
  if (parts.length <= 1) return parts[0] ?? 'none';
  return `${parts.slice(0, -1).join(', ')} or ${parts.at(-1)}`;
}
