// Finds the public packages of the workspace: every packages/*/package.json that is not private.
// Generic on purpose, so the release gates pick up whatever packages exist.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = fileURLToPath(new URL('../../../', import.meta.url));

/** The parts of package.json the release gates read. */
export interface Manifest {
  readonly name: string;
  readonly version: string;
  readonly private?: boolean;
  readonly type?: string;
  readonly main?: string;
  readonly module?: string;
  readonly types?: string;
  /** The commands the package installs: one path, or command name -> path. */
  readonly bin?: string | Readonly<Record<string, string>>;
  readonly exports?: unknown;
  readonly files?: readonly string[];
  readonly dependencies?: Readonly<Record<string, string>>;
  readonly devDependencies?: Readonly<Record<string, string>>;
  readonly peerDependencies?: Readonly<Record<string, string>>;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
  /** Where the project lives (checked against the root's by project-links.ts). */
  readonly homepage?: unknown;
  readonly repository?: unknown;
  readonly bugs?: unknown;
}

export interface WorkspacePackage {
  /** Absolute folder of the package. */
  readonly dir: string;
  /** Folder relative to the repository root, e.g. `packages/core`. */
  readonly relativeDir: string;
  readonly manifest: Manifest;
}

export function readManifest(dir: string): Manifest {
  return JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
}

/** Every package under `<root>/<group>/*`, sorted by folder name. */
export function listPackages(root: string, group: 'packages' | 'tools'): WorkspacePackage[] {
  const base = join(root, group);
  if (!existsSync(base)) return [];
  return readdirSync(base, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(base, entry.name, 'package.json')))
    .map((entry) => entry.name)
    .sort()
    .map((name) => ({ dir: join(base, name), relativeDir: `${group}/${name}`, manifest: readManifest(join(base, name)) }));
}

/** The packages that are published: packages/* without `"private": true`. */
export function listPublicPackages(root: string = REPO_ROOT): WorkspacePackage[] {
  return listPackages(root, 'packages').filter((pkg) => pkg.manifest.private !== true);
}
