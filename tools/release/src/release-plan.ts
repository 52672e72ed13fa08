// Pure helpers for the release dry run: the placeholder changeset, the fixed-group version check
// and the printed listing.
import { formatBytes, type PackResult } from './pack.ts';

export type Bump = 'patch' | 'minor' | 'major';
export const BUMPS: readonly Bump[] = ['patch', 'minor', 'major'];

/** Changeset files are the Markdown files of .changeset/ other than its README. */
export const isChangesetFile = (name: string): boolean => name.endsWith('.md') && name.toLowerCase() !== 'readme.md';

/** A changeset that bumps every package of the fixed group, so a dry run can show the next version. */
export function placeholderChangeset(packageNames: readonly string[], bump: Bump): string {
  const lines = packageNames.map((name) => `"${name}": ${bump}`);
  return `---\n${lines.join('\n')}\n---\n\nrelease:dry placeholder (no changeset was pending); never committed.\n`;
}

/** The fixed group ships one version. Returns a message naming each package's version, or null when they agree. */
export function versionMismatch(packs: readonly Pick<PackResult, 'name' | 'version'>[]): string | null {
  const versions = new Set(packs.map((p) => p.version));
  if (versions.size <= 1) return null;
  return [
    `the public packages must share one version (one changesets "fixed" group), but they differ:`,
    ...packs.map((p) => `  ${p.name}@${p.version}`),
    'check that .changeset/config.json lists every public package in its one "fixed" group.',
  ].join('\n');
}

/**
 * After `changeset version`, a public package that depends on a sibling must name the sibling's
 * new version, or an install would mix two releases. Returns one line per stale range, or null.
 */
export function staleInternalDependencies(manifests: readonly { name: string; version: string; dependencies?: Readonly<Record<string, string>> }[]): string | null {
  const versions = new Map(manifests.map((m) => [m.name, m.version]));
  const stale = manifests.flatMap((m) =>
    Object.entries(m.dependencies ?? {})
      .filter(([dep, range]) => versions.has(dep) && range !== versions.get(dep))
      .map(([dep, range]) => `  ${m.name} depends on ${dep}@${range}, but ${dep} is at ${versions.get(dep)}`),
  );
  if (stale.length === 0) return null;
  return ['a public package depends on another release of a sibling:', ...stale, 'pin siblings at the group version in "dependencies" (changesets updates the pin when "updateInternalDependencies" is set).'].join('\n');
}

export function formatListing(pack: PackResult): string {
  const width = Math.max(...pack.files.map((f) => f.path.length));
  return [
    `${pack.name}@${pack.version}  ${pack.files.length} files, ${formatBytes(pack.size)} packed, ${formatBytes(pack.unpackedSize)} unpacked`,
    ...pack.files.map((f) => `    ${f.path.padEnd(width)}  ${formatBytes(f.size).padStart(9)}`),
  ].join('\n');
}
