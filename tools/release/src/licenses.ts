// npm does not take the workspace root's LICENSE into a package's tarball, so each public package
// carries a checked-in copy. The copies must stay byte-identical to the root LICENSE.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { WorkspacePackage } from './workspace.ts';

export interface LicenseState {
  readonly pkg: WorkspacePackage;
  readonly state: 'same' | 'missing' | 'different';
}

export function licenseStates(root: string, packages: readonly WorkspacePackage[]): LicenseState[] {
  const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');
  return packages.map((pkg) => {
    const file = join(pkg.dir, 'LICENSE');
    if (!existsSync(file)) return { pkg, state: 'missing' };
    return { pkg, state: readFileSync(file, 'utf8') === rootLicense ? 'same' : 'different' };
  });
}

/** Writes the root LICENSE into every package whose copy is missing or different; returns those packages. */
export function syncLicenses(root: string, packages: readonly WorkspacePackage[]): WorkspacePackage[] {
  const rootLicense = readFileSync(join(root, 'LICENSE'), 'utf8');
  const stale = licenseStates(root, packages).filter((s) => s.state !== 'same');
  for (const { pkg } of stale) writeFileSync(join(pkg.dir, 'LICENSE'), rootLicense);
  return stale.map((s) => s.pkg);
}
