import type { CloseCodeEntry, Registry, TroubleshootingGuide as Guide } from '@wscodes-tools/registry';
import { codePagePath, reconnectBlocks } from './code-page.ts';
import { githubSlug, inline, link, richInline } from '../output/markdown.ts';

const heading = (code: number) => `My socket closed with ${code}`;

// The guides (meaning and checks) are curated in the registry's `troubleshooting` section; this
// page only lays them out, with every fact about a code (name, summary, advice) from its entry.

/** The registry's guides, in its order; a rule makes sure each has an entry. */
function sectionsFor(registry: Registry): { guide: Guide; entry: CloseCodeEntry }[] {
  return registry.troubleshooting.flatMap((guide) => {
    const entry = registry.codes.find((c) => c.code === guide.code);
    return entry ? [{ guide, entry }] : [];
  });
}

/** The codes troubleshooting.md covers, for the index to announce. */
export const troubleshootingCodes = (registry: Registry): number[] => sectionsFor(registry).map((s) => s.entry.code);

/** troubleshooting.md: one section per guide whose code the registry has. */
export function troubleshootingPage(registry: Registry): string {
  const sections = sectionsFor(registry);
  return [
    '# Troubleshooting: why did my WebSocket close?',
    '[All codes](README.md) · [Ranges](ranges.md)',
    'A close event tells you three things: `event.code`, `event.reason` (often empty) and `event.wasClean`. ' +
      'Start from the code. `describeCloseCode(event.code)` from `@wscodes/core` gives its name and the advice below.',
    sections.map(({ guide }) => `- [${heading(guide.code)}](#${githubSlug(heading(guide.code))})`).join('\n'),
    ...sections.flatMap(({ guide, entry }) => section(guide, entry)),
    '## Another code?',
    // What a range means is the registry's (ranges.md lays it out), so this only points there.
    'Look it up in the [index of every code](README.md). A code without an entry of its own follows the advice of its range: see [Ranges](ranges.md), which says what the code means and whether to reconnect.',
  ].join('\n\n');
}

function section(guide: Guide, entry: CloseCodeEntry): string[] {
  return [
    `## ${heading(guide.code)}`,
    `${link(`${entry.code} ${entry.name}`, codePagePath(entry))}: ${inline(entry.summary)}`,
    richInline(guide.meaning),
    `### What to check for ${entry.code}`,
    guide.checks.map((check, i) => `${i + 1}. ${richInline(check)}`).join('\n'),
    `### Reconnect after ${entry.code}?`,
    ...reconnectBlocks(entry),
  ];
}
