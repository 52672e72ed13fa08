import type { SyncDiff } from './diff.ts';

export type Bump = 'major' | 'minor' | 'patch';

export interface BumpDecision {
  readonly bump: Bump;
  /** Why, one clause per kind of change, the deciding one first. */
  readonly reasons: readonly string[];
}

/**
 * The semver policy of DESIGN.md applied to an IANA update; the highest bump wins:
 * a withdrawn code is major (its verdicts change and its constant is deprecated), a new code or a new span record minor,
 * any reference, text, contact or date change patch. Null when nothing changed.
 */
export function bumpFor(diff: SyncDiff): BumpDecision | null {
  const reasons: { bump: Bump; reason: string }[] = [];
  const spansMoved = diff.ranges.some((r) => r.change === 'added' || r.change === 'removed');
  if (diff.withdrawn.length) reasons.push({ bump: 'major', reason: `${plural(diff.withdrawn.length, 'code')} withdrawn` });
  if (diff.reinstated.length) reasons.push({ bump: 'major', reason: `${plural(diff.reinstated.length, 'withdrawn code')} registered again` });
  if (diff.added.length) reasons.push({ bump: 'minor', reason: `${plural(diff.added.length, 'code')} added` });
  if (diff.ranges.some((r) => r.change === 'unmatched')) reasons.push({ bump: 'minor', reason: 'IANA lists a new range' });
  if (spansMoved) reasons.push({ bump: 'minor', reason: 'IANA span records changed' });
  if (diff.changed.length) reasons.push({ bump: 'patch', reason: `${plural(diff.changed.length, 'IANA field')} changed` });
  if (diff.ranges.some((r) => r.change === 'changed' || r.change === 'registration')) reasons.push({ bump: 'patch', reason: 'range text changed' });
  if (diff.contacts.length) reasons.push({ bump: 'patch', reason: `${plural(diff.contacts.length, 'contact')} changed` });
  if (diff.upstreamUpdated !== diff.registryUpdated) reasons.push({ bump: 'patch', reason: "IANA's registry date changed" });
  if (reasons.length === 0) return null;
  const rank = { major: 0, minor: 1, patch: 2 } as const;
  reasons.sort((a, b) => rank[a.bump] - rank[b.bump]);
  return { bump: reasons[0]!.bump, reasons: reasons.map((r) => r.reason) };
}

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
