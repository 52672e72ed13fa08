// Rules about how the public packages link to each other and what they may depend on.
// In a changesets fixed group a peerDependency on a sibling turns every release into a major,
// so siblings are linked through `dependencies` only (DESIGN.md, semver policy).
import type { Manifest } from './workspace.ts';

/** Runtime dependencies a published package must never carry (build-time tools of the generators). */
export const FORBIDDEN_RUNTIME_DEPENDENCIES: readonly string[] = ['zod', 'yaml', 'ts-morph'];

export interface ManifestProblem {
  readonly packageName: string;
  readonly problem: string;
}

/**
 * `publicNames`: the packages of the fixed group. `privateNames`: workspace packages that are never
 * published (tools). Each manifest is one public package.
 */
export function checkDependencyLinks(
  manifests: readonly Manifest[],
  publicNames: ReadonlySet<string>,
  privateNames: ReadonlySet<string>,
): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const manifest of manifests) {
    const report = (problem: string): void => void problems.push({ packageName: manifest.name, problem });
    for (const field of ['peerDependencies', 'optionalDependencies'] as const) {
      for (const dep of Object.keys(manifest[field] ?? {})) {
        if (publicNames.has(dep)) {
          report(`lists ${dep} in ${field}: move it to "dependencies" (a sibling in the fixed group is always a dependency; a peer would make every release a major)`);
        }
      }
    }
    for (const field of ['dependencies', 'peerDependencies', 'optionalDependencies'] as const) {
      for (const dep of Object.keys(manifest[field] ?? {})) {
        if (privateNames.has(dep)) report(`lists the private tool package ${dep} in ${field}: published packages never depend on tools/`);
        if (FORBIDDEN_RUNTIME_DEPENDENCIES.includes(dep)) report(`lists ${dep} in ${field}: published packages depend on neither zod, yaml nor ts-morph`);
      }
    }
    if (manifest.dependencies?.[manifest.name] !== undefined) report('depends on itself');
  }
  return problems;
}

/** Bare package names a built file imports or requires (`@scope/name` or `name`, without subpath). */
export function importedPackages(source: string): string[] {
  const found = new Set<string>();
  const specifiers = /(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*|\bimport\s+)["']([^"'./][^"']*)["']/g;
  for (const match of source.matchAll(specifiers)) {
    const spec = match[1] as string;
    if (spec.startsWith('node:')) continue;
    const parts = spec.split('/');
    found.add(spec.startsWith('@') ? parts.slice(0, 2).join('/') : (parts[0] as string));
  }
  return [...found].sort();
}

/** A built file that imports a sibling (or anything) must list it in `dependencies`. */
export function checkRuntimeImports(manifest: Manifest, builtSources: ReadonlyMap<string, string>): ManifestProblem[] {
  const problems: ManifestProblem[] = [];
  for (const [file, source] of builtSources) {
    for (const dep of importedPackages(source)) {
      if (dep !== manifest.name && manifest.dependencies?.[dep] === undefined) {
        problems.push({ packageName: manifest.name, problem: `${file} imports ${dep}, which is not in "dependencies"` });
      }
    }
  }
  return problems;
}
