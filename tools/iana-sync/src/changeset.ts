import type { SyncDiff } from './diff.ts';
import { codeLines, contactLines, rangeLines } from './report.ts';
import type { BumpDecision } from './semver.ts';

/** The fixed group: the four public packages always release together, at one version. */
export const PUBLIC_PACKAGES = ['@wscodes/core', '@wscodes/schema', '@wscodes/docs', '@wscodes/fixtures'] as const;

/** One file per IANA revision; syncing the same revision again rewrites the same draft. */
export const changesetFileName = (diff: SyncDiff): string => `iana-sync-${diff.upstreamUpdated}.md`;

/** A changeset (https://github.com/changesets/changesets) whose summary lists IANA's changes. */
export function changesetText(diff: SyncDiff, decision: BumpDecision): string {
  const frontMatter = PUBLIC_PACKAGES.map((name) => `"${name}": ${decision.bump}`);
  const codes = codeLines(diff).map((l) => {
    if (l.marker === '+') return `Added ${l.text}.`;
    if (l.marker === '-') return `**Breaking:** removed ${l.text}.`;
    return `Changed ${l.text}.`;
  });
  const ranges = rangeLines(diff).map((l) => `IANA ${l.marker === '+' ? 'added' : l.marker === '-' ? 'removed' : 'changed'} ${l.text}.`);
  const contacts = contactLines(diff).map((l) => `IANA contact ${l.marker === '+' ? 'added' : l.marker === '-' ? 'removed' : 'changed'}: ${l.text}.`);
  const date = diff.upstreamUpdated === diff.registryUpdated ? [] : [`IANA registry date ${diff.registryUpdated} → ${diff.upstreamUpdated}.`];
  return [
    '---',
    ...frontMatter,
    '---',
    '',
    `Sync the close codes with IANA's registry of ${diff.upstreamUpdated} (${decision.bump}: ${decision.reasons.join('; ')}).`,
    '',
    ...[...codes, ...ranges, ...contacts, ...date].map((line) => `- ${line}`),
    '',
  ].join('\n');
}
